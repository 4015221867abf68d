import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines,
  printReport,
  reviewAndPrint
} from "./chunk-E37T2HZU.js";
import "./chunk-GPRKVNPJ.js";
import "./chunk-CK2LJP7T.js";
import "./chunk-3IGAJO34.js";
import "./chunk-NX75YGOA.js";
import "./chunk-FOGY22XO.js";
import "./chunk-NRGPRJBI.js";
import "./chunk-QG7UGGD7.js";
import "./chunk-H3NUVHNC.js";
import "./chunk-MQ4DWPMJ.js";
import "./chunk-5S6OJGAM.js";
import "./chunk-BIWLE6VI.js";
import "./chunk-N7M7IRS2.js";
import "./chunk-N4O4RUW4.js";
import "./chunk-43NXJOJ3.js";
import "./chunk-X3F6ISCN.js";
import "./chunk-KWXGGXOU.js";
import "./chunk-SLAJVB5B.js";
import "./chunk-6V6SB7MZ.js";
import "./chunk-UQBXA3FV.js";
import "./chunk-6YSZJKEN.js";
import "./chunk-ZTWXCZHL.js";
import "./chunk-2GJVCXDQ.js";
import "./chunk-J7BEQH3Y.js";
import "./chunk-QF3ZHR46.js";
import "./chunk-BW47LDJB.js";
import "./chunk-7BXAX2Z4.js";
import "./chunk-UFWOLI4P.js";
import "./chunk-PW6GGXO2.js";
import "./chunk-NJX6KEW5.js";
import "./chunk-NHBBLBWC.js";
import "./chunk-Y6VGXGMD.js";
export {
  MAX_PRINTED_ERRORS,
  checkCommand,
  errorLines,
  printReport,
  reviewAndPrint
};
