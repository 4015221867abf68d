import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines,
  printReport,
  reviewAndPrint
} from "./chunk-GBTW4YE4.js";
import "./chunk-U5BMATXH.js";
import "./chunk-CK2LJP7T.js";
import "./chunk-3D54UV2A.js";
import "./chunk-EZV5J4R4.js";
import "./chunk-FOGY22XO.js";
import "./chunk-2ANEMDOD.js";
import "./chunk-OLPIKUGP.js";
import "./chunk-BA2WAK67.js";
import "./chunk-N6AXQMNT.js";
import "./chunk-KCVFDIL4.js";
import "./chunk-BIWLE6VI.js";
import "./chunk-N7M7IRS2.js";
import "./chunk-KJGS2JH6.js";
import "./chunk-Q7HWTFSU.js";
import "./chunk-OAOGZIZ2.js";
import "./chunk-KWXGGXOU.js";
import "./chunk-WD7Q4ILT.js";
import "./chunk-6V6SB7MZ.js";
import "./chunk-BW47LDJB.js";
import "./chunk-NEZCUVYR.js";
import "./chunk-XQ442IOM.js";
import "./chunk-J7BEQH3Y.js";
import "./chunk-QF3ZHR46.js";
import "./chunk-KDBACEXJ.js";
import "./chunk-UFWOLI4P.js";
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
