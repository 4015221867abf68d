import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines,
  printReport,
  reviewAndPrint
} from "./chunk-KUCRWPOT.js";
import "./chunk-MFLNO7UH.js";
import "./chunk-CK2LJP7T.js";
import "./chunk-AVUUDVM7.js";
import "./chunk-IPDO4QRZ.js";
import "./chunk-RGEN7GXS.js";
import "./chunk-5YU7IXLJ.js";
import "./chunk-QO3C6I4C.js";
import "./chunk-QPCPW5SD.js";
import "./chunk-M4IZTXVJ.js";
import "./chunk-R3JRNQOD.js";
import "./chunk-H7W2XJV7.js";
import "./chunk-ZZBNJ6AF.js";
import "./chunk-OX3KPDDL.js";
import "./chunk-Z7STY57L.js";
import "./chunk-Y6VGXGMD.js";
export {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines,
  printReport,
  reviewAndPrint
};
