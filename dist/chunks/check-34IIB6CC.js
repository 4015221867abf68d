import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines,
  printReport,
  reviewAndPrint
} from "./chunk-FKIGPALG.js";
import "./chunk-VVAHVUAE.js";
import "./chunk-CK2LJP7T.js";
import "./chunk-XEZWP3UP.js";
import "./chunk-UX2QYSL6.js";
import "./chunk-QHPVV7LP.js";
import "./chunk-5YU7IXLJ.js";
import "./chunk-DLSG2LMP.js";
import "./chunk-PSYH4RHE.js";
import "./chunk-M4IZTXVJ.js";
import "./chunk-R3JRNQOD.js";
import "./chunk-ZF2E7C7V.js";
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
