import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines,
  printReport,
  reviewAndPrint
} from "./chunk-HNRKUXIZ.js";
import "./chunk-WTYQWW2V.js";
import "./chunk-CK2LJP7T.js";
import "./chunk-4BYGSF5S.js";
import "./chunk-UF76ROFU.js";
import "./chunk-FOGY22XO.js";
import "./chunk-RIZ772I3.js";
import "./chunk-QG7UGGD7.js";
import "./chunk-XQKESXWW.js";
import "./chunk-YD2F3FGD.js";
import "./chunk-TMYA7VNJ.js";
import "./chunk-BIWLE6VI.js";
import "./chunk-N7M7IRS2.js";
import "./chunk-6726HYXS.js";
import "./chunk-43NXJOJ3.js";
import "./chunk-NPJJ6ZXY.js";
import "./chunk-KWXGGXOU.js";
import "./chunk-SLAJVB5B.js";
import "./chunk-6V6SB7MZ.js";
import "./chunk-SYYWBRKN.js";
import "./chunk-6YSZJKEN.js";
import "./chunk-ZTWXCZHL.js";
import "./chunk-STTGIKZ5.js";
import "./chunk-J7BEQH3Y.js";
import "./chunk-QF3ZHR46.js";
import "./chunk-BW47LDJB.js";
import "./chunk-7BXAX2Z4.js";
import "./chunk-UFWOLI4P.js";
import "./chunk-PW6GGXO2.js";
import "./chunk-UEUQZ7ZE.js";
import "./chunk-NHBBLBWC.js";
import "./chunk-Y6VGXGMD.js";
export {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines,
  printReport,
  reviewAndPrint
};
