import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines,
  printReport,
  reviewAndPrint
} from "./chunk-TPLPEDSZ.js";
import "./chunk-Y6U47BFY.js";
import "./chunk-CK2LJP7T.js";
import "./chunk-ALPNPQJF.js";
import "./chunk-HDINF7PI.js";
import "./chunk-INVWNHWP.js";
import "./chunk-AO7LOS2U.js";
import "./chunk-MSFA7VHF.js";
import "./chunk-3RUYV3D4.js";
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
