import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines,
  printReport,
  reviewAndPrint
} from "./chunk-H2C7G424.js";
import "./chunk-ZJQZRUGX.js";
import "./chunk-CK2LJP7T.js";
import "./chunk-MQ4WMALI.js";
import "./chunk-MTKWNBL4.js";
import "./chunk-U5FXIKW4.js";
import "./chunk-JUI67A5A.js";
import "./chunk-WOWNL37E.js";
import "./chunk-TD3WDRJ4.js";
import "./chunk-M4IZTXVJ.js";
import "./chunk-R3JRNQOD.js";
import "./chunk-D5NJTRP2.js";
import "./chunk-ZP2HPXPT.js";
import "./chunk-ATHLTT4N.js";
import "./chunk-Z7STY57L.js";
import "./chunk-Y6VGXGMD.js";
export {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines,
  printReport,
  reviewAndPrint
};
