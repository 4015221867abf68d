import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines,
  printReport,
  reviewAndPrint
} from "./chunk-VJ3FMSFD.js";
import "./chunk-PONYORFE.js";
import "./chunk-CK2LJP7T.js";
import "./chunk-WRBBIZ5R.js";
import "./chunk-UIRNGXGH.js";
import "./chunk-HIJ2FXVG.js";
import "./chunk-QRZEOXI6.js";
import "./chunk-ZC2UBEEA.js";
import "./chunk-BA2WAK67.js";
import "./chunk-CKCQAYCW.js";
import "./chunk-MWSJLBWS.js";
import "./chunk-S77FTQID.js";
import "./chunk-N7M7IRS2.js";
import "./chunk-KJGS2JH6.js";
import "./chunk-MS23SCCJ.js";
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
