import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines,
  printReport,
  reviewAndPrint
} from "./chunk-KVFRNCJD.js";
import "./chunk-OATCWFMY.js";
import "./chunk-CK2LJP7T.js";
import "./chunk-ZUW2O4OY.js";
import "./chunk-BODMBBI3.js";
import "./chunk-FOGY22XO.js";
import "./chunk-R7V7NTOT.js";
import "./chunk-OLPIKUGP.js";
import "./chunk-4EJRU3SP.js";
import "./chunk-FDVDS2TK.js";
import "./chunk-NPXQOZBG.js";
import "./chunk-BIWLE6VI.js";
import "./chunk-N7M7IRS2.js";
import "./chunk-5JFUO2YY.js";
import "./chunk-Q7HWTFSU.js";
import "./chunk-ZMV2Z7JS.js";
import "./chunk-KWXGGXOU.js";
import "./chunk-G2DP5OMJ.js";
import "./chunk-6V6SB7MZ.js";
import "./chunk-BW47LDJB.js";
import "./chunk-NEZCUVYR.js";
import "./chunk-FETQ46QT.js";
import "./chunk-J7BEQH3Y.js";
import "./chunk-QF3ZHR46.js";
import "./chunk-FOEEQWV6.js";
import "./chunk-UFWOLI4P.js";
import "./chunk-EKTMLWFZ.js";
import "./chunk-C4AGW7PP.js";
import "./chunk-Y6VGXGMD.js";
export {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines,
  printReport,
  reviewAndPrint
};
