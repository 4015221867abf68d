import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines,
  printReport,
  reviewAndPrint
} from "./chunk-URUSLCVT.js";
import "./chunk-NHBVFG7Y.js";
import "./chunk-CK2LJP7T.js";
import "./chunk-5N75E6DP.js";
import "./chunk-EMITG5HV.js";
import "./chunk-FOGY22XO.js";
import "./chunk-LUGJ75TA.js";
import "./chunk-OLPIKUGP.js";
import "./chunk-CD4UVBI3.js";
import "./chunk-SJ7HFVK6.js";
import "./chunk-HVMDG22F.js";
import "./chunk-BIWLE6VI.js";
import "./chunk-N7M7IRS2.js";
import "./chunk-TPEPFDQ3.js";
import "./chunk-Q7HWTFSU.js";
import "./chunk-XHTFMCYY.js";
import "./chunk-KWXGGXOU.js";
import "./chunk-G2DP5OMJ.js";
import "./chunk-6V6SB7MZ.js";
import "./chunk-BW47LDJB.js";
import "./chunk-NEZCUVYR.js";
import "./chunk-ZPAHH2VO.js";
import "./chunk-J7BEQH3Y.js";
import "./chunk-QF3ZHR46.js";
import "./chunk-FOEEQWV6.js";
import "./chunk-UFWOLI4P.js";
import "./chunk-CKWCTUXU.js";
import "./chunk-C4AGW7PP.js";
import "./chunk-Y6VGXGMD.js";
export {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines,
  printReport,
  reviewAndPrint
};
