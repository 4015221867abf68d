import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines,
  printReport,
  reviewAndPrint
} from "./chunk-G5ZNQCBG.js";
import "./chunk-IPQUO7JM.js";
import "./chunk-CK2LJP7T.js";
import "./chunk-NF4COUTW.js";
import "./chunk-U7XHHFNU.js";
import "./chunk-HIJ2FXVG.js";
import "./chunk-4KXIBY5S.js";
import "./chunk-ZC2UBEEA.js";
import "./chunk-45AACHCR.js";
import "./chunk-C7E23QF3.js";
import "./chunk-USZY2OJW.js";
import "./chunk-S77FTQID.js";
import "./chunk-N7M7IRS2.js";
import "./chunk-HAVXETPF.js";
import "./chunk-ILLLAEHM.js";
import "./chunk-KWXGGXOU.js";
import "./chunk-WD7Q4ILT.js";
import "./chunk-6V6SB7MZ.js";
import "./chunk-BW47LDJB.js";
import "./chunk-NEZCUVYR.js";
import "./chunk-ONJ4YZKG.js";
import "./chunk-LWDZ6I6M.js";
import "./chunk-FXSV6JJG.js";
import "./chunk-5EQ6MRLU.js";
import "./chunk-VBXY4VWF.js";
import "./chunk-TDRNXKI5.js";
import "./chunk-Y6VGXGMD.js";
export {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines,
  printReport,
  reviewAndPrint
};
