import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines,
  printReport,
  reviewAndPrint
} from "./chunk-HIQPAPS4.js";
import "./chunk-G2ELTUA7.js";
import "./chunk-CK2LJP7T.js";
import "./chunk-SGQNU4QE.js";
import "./chunk-UIRNGXGH.js";
import "./chunk-HIJ2FXVG.js";
import "./chunk-JBZN5Y5R.js";
import "./chunk-ZC2UBEEA.js";
import "./chunk-BA2WAK67.js";
import "./chunk-VPT657DE.js";
import "./chunk-LOWC2N5C.js";
import "./chunk-S77FTQID.js";
import "./chunk-N7M7IRS2.js";
import "./chunk-KJGS2JH6.js";
import "./chunk-Q7HWTFSU.js";
import "./chunk-OAOGZIZ2.js";
import "./chunk-KWXGGXOU.js";
import "./chunk-WD7Q4ILT.js";
import "./chunk-6V6SB7MZ.js";
import "./chunk-BW47LDJB.js";
import "./chunk-NEZCUVYR.js";
import "./chunk-HJLTWW2R.js";
import "./chunk-LWDZ6I6M.js";
import "./chunk-FXSV6JJG.js";
import "./chunk-EI7QBLDV.js";
import "./chunk-C4F7EEJU.js";
import "./chunk-TDRNXKI5.js";
import "./chunk-Y6VGXGMD.js";
export {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines,
  printReport,
  reviewAndPrint
};
