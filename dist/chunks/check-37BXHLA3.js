import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines,
  printReport,
  reviewAndPrint
} from "./chunk-CWQKAPKV.js";
import "./chunk-WDCPWS7P.js";
import "./chunk-CK2LJP7T.js";
import "./chunk-W74ZIW26.js";
import "./chunk-VGKRJKA2.js";
import "./chunk-WR7BHNAN.js";
import "./chunk-AO7LOS2U.js";
import "./chunk-MSFA7VHF.js";
import "./chunk-3RUYV3D4.js";
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
