import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  parseFilepos
} from "./chunk-62H6EOL3.js";
import {
  maskKnownValues
} from "./chunk-KWXGGXOU.js";
import {
  SourceError
} from "./chunk-BW47LDJB.js";
import {
  scaledCap
} from "./chunk-7BXAX2Z4.js";
import {
  fail,
  formatIPv6,
  ok,
  parseIPv4,
  parseIPv6
} from "./chunk-NHBBLBWC.js";
import {
  __commonJS,
  __toESM
} from "./chunk-Y6VGXGMD.js";

// node_modules/json5/lib/unicode.js
var require_unicode = __commonJS({
  "node_modules/json5/lib/unicode.js"(exports, module) {
    module.exports.Space_Separator = /[\u1680\u2000-\u200A\u202F\u205F\u3000]/;
    module.exports.ID_Start = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0370-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u05D0-\u05EA\u05F0-\u05F2\u0620-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06E5\u06E6\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710\u0712-\u072F\u074D-\u07A5\u07B1\u07CA-\u07EA\u07F4\u07F5\u07FA\u0800-\u0815\u081A\u0824\u0828\u0840-\u0858\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u0904-\u0939\u093D\u0950\u0958-\u0961\u0971-\u0980\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BD\u09CE\u09DC\u09DD\u09DF-\u09E1\u09F0\u09F1\u09FC\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A59-\u0A5C\u0A5E\u0A72-\u0A74\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABD\u0AD0\u0AE0\u0AE1\u0AF9\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3D\u0B5C\u0B5D\u0B5F-\u0B61\u0B71\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BD0\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D\u0C58-\u0C5A\u0C60\u0C61\u0C80\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBD\u0CDE\u0CE0\u0CE1\u0CF1\u0CF2\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D3A\u0D3D\u0D4E\u0D54-\u0D56\u0D5F-\u0D61\u0D7A-\u0D7F\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0E01-\u0E30\u0E32\u0E33\u0E40-\u0E46\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB0\u0EB2\u0EB3\u0EBD\u0EC0-\u0EC4\u0EC6\u0EDC-\u0EDF\u0F00\u0F40-\u0F47\u0F49-\u0F6C\u0F88-\u0F8C\u1000-\u102A\u103F\u1050-\u1055\u105A-\u105D\u1061\u1065\u1066\u106E-\u1070\u1075-\u1081\u108E\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1711\u1720-\u1731\u1740-\u1751\u1760-\u176C\u176E-\u1770\u1780-\u17B3\u17D7\u17DC\u1820-\u1877\u1880-\u1884\u1887-\u18A8\u18AA\u18B0-\u18F5\u1900-\u191E\u1950-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u1A00-\u1A16\u1A20-\u1A54\u1AA7\u1B05-\u1B33\u1B45-\u1B4B\u1B83-\u1BA0\u1BAE\u1BAF\u1BBA-\u1BE5\u1C00-\u1C23\u1C4D-\u1C4F\u1C5A-\u1C7D\u1C80-\u1C88\u1CE9-\u1CEC\u1CEE-\u1CF1\u1CF5\u1CF6\u1D00-\u1DBF\u1E00-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u2071\u207F\u2090-\u209C\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CEE\u2CF2\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D80-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2E2F\u3005-\u3007\u3021-\u3029\u3031-\u3035\u3038-\u303C\u3041-\u3096\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA61F\uA62A\uA62B\uA640-\uA66E\uA67F-\uA69D\uA6A0-\uA6EF\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA801\uA803-\uA805\uA807-\uA80A\uA80C-\uA822\uA840-\uA873\uA882-\uA8B3\uA8F2-\uA8F7\uA8FB\uA8FD\uA90A-\uA925\uA930-\uA946\uA960-\uA97C\uA984-\uA9B2\uA9CF\uA9E0-\uA9E4\uA9E6-\uA9EF\uA9FA-\uA9FE\uAA00-\uAA28\uAA40-\uAA42\uAA44-\uAA4B\uAA60-\uAA76\uAA7A\uAA7E-\uAAAF\uAAB1\uAAB5\uAAB6\uAAB9-\uAABD\uAAC0\uAAC2\uAADB-\uAADD\uAAE0-\uAAEA\uAAF2-\uAAF4\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABE2\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D\uFB1F-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE70-\uFE74\uFE76-\uFEFC\uFF21-\uFF3A\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDE80-\uDE9C\uDEA0-\uDED0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF75\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00\uDE10-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE4\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC03-\uDC37\uDC83-\uDCAF\uDCD0-\uDCE8\uDD03-\uDD26\uDD50-\uDD72\uDD76\uDD83-\uDDB2\uDDC1-\uDDC4\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE2B\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEDE\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3D\uDF50\uDF5D-\uDF61]|\uD805[\uDC00-\uDC34\uDC47-\uDC4A\uDC80-\uDCAF\uDCC4\uDCC5\uDCC7\uDD80-\uDDAE\uDDD8-\uDDDB\uDE00-\uDE2F\uDE44\uDE80-\uDEAA\uDF00-\uDF19]|\uD806[\uDCA0-\uDCDF\uDCFF\uDE00\uDE0B-\uDE32\uDE3A\uDE50\uDE5C-\uDE83\uDE86-\uDE89\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC2E\uDC40\uDC72-\uDC8F\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD30\uDD46]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDED0-\uDEED\uDF00-\uDF2F\uDF40-\uDF43\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50\uDF93-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB]|\uD83A[\uDC00-\uDCC4\uDD00-\uDD43]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]/;
    module.exports.ID_Continue = /[\xAA\xB5\xBA\xC0-\xD6\xD8-\xF6\xF8-\u02C1\u02C6-\u02D1\u02E0-\u02E4\u02EC\u02EE\u0300-\u0374\u0376\u0377\u037A-\u037D\u037F\u0386\u0388-\u038A\u038C\u038E-\u03A1\u03A3-\u03F5\u03F7-\u0481\u0483-\u0487\u048A-\u052F\u0531-\u0556\u0559\u0561-\u0587\u0591-\u05BD\u05BF\u05C1\u05C2\u05C4\u05C5\u05C7\u05D0-\u05EA\u05F0-\u05F2\u0610-\u061A\u0620-\u0669\u066E-\u06D3\u06D5-\u06DC\u06DF-\u06E8\u06EA-\u06FC\u06FF\u0710-\u074A\u074D-\u07B1\u07C0-\u07F5\u07FA\u0800-\u082D\u0840-\u085B\u0860-\u086A\u08A0-\u08B4\u08B6-\u08BD\u08D4-\u08E1\u08E3-\u0963\u0966-\u096F\u0971-\u0983\u0985-\u098C\u098F\u0990\u0993-\u09A8\u09AA-\u09B0\u09B2\u09B6-\u09B9\u09BC-\u09C4\u09C7\u09C8\u09CB-\u09CE\u09D7\u09DC\u09DD\u09DF-\u09E3\u09E6-\u09F1\u09FC\u0A01-\u0A03\u0A05-\u0A0A\u0A0F\u0A10\u0A13-\u0A28\u0A2A-\u0A30\u0A32\u0A33\u0A35\u0A36\u0A38\u0A39\u0A3C\u0A3E-\u0A42\u0A47\u0A48\u0A4B-\u0A4D\u0A51\u0A59-\u0A5C\u0A5E\u0A66-\u0A75\u0A81-\u0A83\u0A85-\u0A8D\u0A8F-\u0A91\u0A93-\u0AA8\u0AAA-\u0AB0\u0AB2\u0AB3\u0AB5-\u0AB9\u0ABC-\u0AC5\u0AC7-\u0AC9\u0ACB-\u0ACD\u0AD0\u0AE0-\u0AE3\u0AE6-\u0AEF\u0AF9-\u0AFF\u0B01-\u0B03\u0B05-\u0B0C\u0B0F\u0B10\u0B13-\u0B28\u0B2A-\u0B30\u0B32\u0B33\u0B35-\u0B39\u0B3C-\u0B44\u0B47\u0B48\u0B4B-\u0B4D\u0B56\u0B57\u0B5C\u0B5D\u0B5F-\u0B63\u0B66-\u0B6F\u0B71\u0B82\u0B83\u0B85-\u0B8A\u0B8E-\u0B90\u0B92-\u0B95\u0B99\u0B9A\u0B9C\u0B9E\u0B9F\u0BA3\u0BA4\u0BA8-\u0BAA\u0BAE-\u0BB9\u0BBE-\u0BC2\u0BC6-\u0BC8\u0BCA-\u0BCD\u0BD0\u0BD7\u0BE6-\u0BEF\u0C00-\u0C03\u0C05-\u0C0C\u0C0E-\u0C10\u0C12-\u0C28\u0C2A-\u0C39\u0C3D-\u0C44\u0C46-\u0C48\u0C4A-\u0C4D\u0C55\u0C56\u0C58-\u0C5A\u0C60-\u0C63\u0C66-\u0C6F\u0C80-\u0C83\u0C85-\u0C8C\u0C8E-\u0C90\u0C92-\u0CA8\u0CAA-\u0CB3\u0CB5-\u0CB9\u0CBC-\u0CC4\u0CC6-\u0CC8\u0CCA-\u0CCD\u0CD5\u0CD6\u0CDE\u0CE0-\u0CE3\u0CE6-\u0CEF\u0CF1\u0CF2\u0D00-\u0D03\u0D05-\u0D0C\u0D0E-\u0D10\u0D12-\u0D44\u0D46-\u0D48\u0D4A-\u0D4E\u0D54-\u0D57\u0D5F-\u0D63\u0D66-\u0D6F\u0D7A-\u0D7F\u0D82\u0D83\u0D85-\u0D96\u0D9A-\u0DB1\u0DB3-\u0DBB\u0DBD\u0DC0-\u0DC6\u0DCA\u0DCF-\u0DD4\u0DD6\u0DD8-\u0DDF\u0DE6-\u0DEF\u0DF2\u0DF3\u0E01-\u0E3A\u0E40-\u0E4E\u0E50-\u0E59\u0E81\u0E82\u0E84\u0E87\u0E88\u0E8A\u0E8D\u0E94-\u0E97\u0E99-\u0E9F\u0EA1-\u0EA3\u0EA5\u0EA7\u0EAA\u0EAB\u0EAD-\u0EB9\u0EBB-\u0EBD\u0EC0-\u0EC4\u0EC6\u0EC8-\u0ECD\u0ED0-\u0ED9\u0EDC-\u0EDF\u0F00\u0F18\u0F19\u0F20-\u0F29\u0F35\u0F37\u0F39\u0F3E-\u0F47\u0F49-\u0F6C\u0F71-\u0F84\u0F86-\u0F97\u0F99-\u0FBC\u0FC6\u1000-\u1049\u1050-\u109D\u10A0-\u10C5\u10C7\u10CD\u10D0-\u10FA\u10FC-\u1248\u124A-\u124D\u1250-\u1256\u1258\u125A-\u125D\u1260-\u1288\u128A-\u128D\u1290-\u12B0\u12B2-\u12B5\u12B8-\u12BE\u12C0\u12C2-\u12C5\u12C8-\u12D6\u12D8-\u1310\u1312-\u1315\u1318-\u135A\u135D-\u135F\u1380-\u138F\u13A0-\u13F5\u13F8-\u13FD\u1401-\u166C\u166F-\u167F\u1681-\u169A\u16A0-\u16EA\u16EE-\u16F8\u1700-\u170C\u170E-\u1714\u1720-\u1734\u1740-\u1753\u1760-\u176C\u176E-\u1770\u1772\u1773\u1780-\u17D3\u17D7\u17DC\u17DD\u17E0-\u17E9\u180B-\u180D\u1810-\u1819\u1820-\u1877\u1880-\u18AA\u18B0-\u18F5\u1900-\u191E\u1920-\u192B\u1930-\u193B\u1946-\u196D\u1970-\u1974\u1980-\u19AB\u19B0-\u19C9\u19D0-\u19D9\u1A00-\u1A1B\u1A20-\u1A5E\u1A60-\u1A7C\u1A7F-\u1A89\u1A90-\u1A99\u1AA7\u1AB0-\u1ABD\u1B00-\u1B4B\u1B50-\u1B59\u1B6B-\u1B73\u1B80-\u1BF3\u1C00-\u1C37\u1C40-\u1C49\u1C4D-\u1C7D\u1C80-\u1C88\u1CD0-\u1CD2\u1CD4-\u1CF9\u1D00-\u1DF9\u1DFB-\u1F15\u1F18-\u1F1D\u1F20-\u1F45\u1F48-\u1F4D\u1F50-\u1F57\u1F59\u1F5B\u1F5D\u1F5F-\u1F7D\u1F80-\u1FB4\u1FB6-\u1FBC\u1FBE\u1FC2-\u1FC4\u1FC6-\u1FCC\u1FD0-\u1FD3\u1FD6-\u1FDB\u1FE0-\u1FEC\u1FF2-\u1FF4\u1FF6-\u1FFC\u203F\u2040\u2054\u2071\u207F\u2090-\u209C\u20D0-\u20DC\u20E1\u20E5-\u20F0\u2102\u2107\u210A-\u2113\u2115\u2119-\u211D\u2124\u2126\u2128\u212A-\u212D\u212F-\u2139\u213C-\u213F\u2145-\u2149\u214E\u2160-\u2188\u2C00-\u2C2E\u2C30-\u2C5E\u2C60-\u2CE4\u2CEB-\u2CF3\u2D00-\u2D25\u2D27\u2D2D\u2D30-\u2D67\u2D6F\u2D7F-\u2D96\u2DA0-\u2DA6\u2DA8-\u2DAE\u2DB0-\u2DB6\u2DB8-\u2DBE\u2DC0-\u2DC6\u2DC8-\u2DCE\u2DD0-\u2DD6\u2DD8-\u2DDE\u2DE0-\u2DFF\u2E2F\u3005-\u3007\u3021-\u302F\u3031-\u3035\u3038-\u303C\u3041-\u3096\u3099\u309A\u309D-\u309F\u30A1-\u30FA\u30FC-\u30FF\u3105-\u312E\u3131-\u318E\u31A0-\u31BA\u31F0-\u31FF\u3400-\u4DB5\u4E00-\u9FEA\uA000-\uA48C\uA4D0-\uA4FD\uA500-\uA60C\uA610-\uA62B\uA640-\uA66F\uA674-\uA67D\uA67F-\uA6F1\uA717-\uA71F\uA722-\uA788\uA78B-\uA7AE\uA7B0-\uA7B7\uA7F7-\uA827\uA840-\uA873\uA880-\uA8C5\uA8D0-\uA8D9\uA8E0-\uA8F7\uA8FB\uA8FD\uA900-\uA92D\uA930-\uA953\uA960-\uA97C\uA980-\uA9C0\uA9CF-\uA9D9\uA9E0-\uA9FE\uAA00-\uAA36\uAA40-\uAA4D\uAA50-\uAA59\uAA60-\uAA76\uAA7A-\uAAC2\uAADB-\uAADD\uAAE0-\uAAEF\uAAF2-\uAAF6\uAB01-\uAB06\uAB09-\uAB0E\uAB11-\uAB16\uAB20-\uAB26\uAB28-\uAB2E\uAB30-\uAB5A\uAB5C-\uAB65\uAB70-\uABEA\uABEC\uABED\uABF0-\uABF9\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uF900-\uFA6D\uFA70-\uFAD9\uFB00-\uFB06\uFB13-\uFB17\uFB1D-\uFB28\uFB2A-\uFB36\uFB38-\uFB3C\uFB3E\uFB40\uFB41\uFB43\uFB44\uFB46-\uFBB1\uFBD3-\uFD3D\uFD50-\uFD8F\uFD92-\uFDC7\uFDF0-\uFDFB\uFE00-\uFE0F\uFE20-\uFE2F\uFE33\uFE34\uFE4D-\uFE4F\uFE70-\uFE74\uFE76-\uFEFC\uFF10-\uFF19\uFF21-\uFF3A\uFF3F\uFF41-\uFF5A\uFF66-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]|\uD800[\uDC00-\uDC0B\uDC0D-\uDC26\uDC28-\uDC3A\uDC3C\uDC3D\uDC3F-\uDC4D\uDC50-\uDC5D\uDC80-\uDCFA\uDD40-\uDD74\uDDFD\uDE80-\uDE9C\uDEA0-\uDED0\uDEE0\uDF00-\uDF1F\uDF2D-\uDF4A\uDF50-\uDF7A\uDF80-\uDF9D\uDFA0-\uDFC3\uDFC8-\uDFCF\uDFD1-\uDFD5]|\uD801[\uDC00-\uDC9D\uDCA0-\uDCA9\uDCB0-\uDCD3\uDCD8-\uDCFB\uDD00-\uDD27\uDD30-\uDD63\uDE00-\uDF36\uDF40-\uDF55\uDF60-\uDF67]|\uD802[\uDC00-\uDC05\uDC08\uDC0A-\uDC35\uDC37\uDC38\uDC3C\uDC3F-\uDC55\uDC60-\uDC76\uDC80-\uDC9E\uDCE0-\uDCF2\uDCF4\uDCF5\uDD00-\uDD15\uDD20-\uDD39\uDD80-\uDDB7\uDDBE\uDDBF\uDE00-\uDE03\uDE05\uDE06\uDE0C-\uDE13\uDE15-\uDE17\uDE19-\uDE33\uDE38-\uDE3A\uDE3F\uDE60-\uDE7C\uDE80-\uDE9C\uDEC0-\uDEC7\uDEC9-\uDEE6\uDF00-\uDF35\uDF40-\uDF55\uDF60-\uDF72\uDF80-\uDF91]|\uD803[\uDC00-\uDC48\uDC80-\uDCB2\uDCC0-\uDCF2]|\uD804[\uDC00-\uDC46\uDC66-\uDC6F\uDC7F-\uDCBA\uDCD0-\uDCE8\uDCF0-\uDCF9\uDD00-\uDD34\uDD36-\uDD3F\uDD50-\uDD73\uDD76\uDD80-\uDDC4\uDDCA-\uDDCC\uDDD0-\uDDDA\uDDDC\uDE00-\uDE11\uDE13-\uDE37\uDE3E\uDE80-\uDE86\uDE88\uDE8A-\uDE8D\uDE8F-\uDE9D\uDE9F-\uDEA8\uDEB0-\uDEEA\uDEF0-\uDEF9\uDF00-\uDF03\uDF05-\uDF0C\uDF0F\uDF10\uDF13-\uDF28\uDF2A-\uDF30\uDF32\uDF33\uDF35-\uDF39\uDF3C-\uDF44\uDF47\uDF48\uDF4B-\uDF4D\uDF50\uDF57\uDF5D-\uDF63\uDF66-\uDF6C\uDF70-\uDF74]|\uD805[\uDC00-\uDC4A\uDC50-\uDC59\uDC80-\uDCC5\uDCC7\uDCD0-\uDCD9\uDD80-\uDDB5\uDDB8-\uDDC0\uDDD8-\uDDDD\uDE00-\uDE40\uDE44\uDE50-\uDE59\uDE80-\uDEB7\uDEC0-\uDEC9\uDF00-\uDF19\uDF1D-\uDF2B\uDF30-\uDF39]|\uD806[\uDCA0-\uDCE9\uDCFF\uDE00-\uDE3E\uDE47\uDE50-\uDE83\uDE86-\uDE99\uDEC0-\uDEF8]|\uD807[\uDC00-\uDC08\uDC0A-\uDC36\uDC38-\uDC40\uDC50-\uDC59\uDC72-\uDC8F\uDC92-\uDCA7\uDCA9-\uDCB6\uDD00-\uDD06\uDD08\uDD09\uDD0B-\uDD36\uDD3A\uDD3C\uDD3D\uDD3F-\uDD47\uDD50-\uDD59]|\uD808[\uDC00-\uDF99]|\uD809[\uDC00-\uDC6E\uDC80-\uDD43]|[\uD80C\uD81C-\uD820\uD840-\uD868\uD86A-\uD86C\uD86F-\uD872\uD874-\uD879][\uDC00-\uDFFF]|\uD80D[\uDC00-\uDC2E]|\uD811[\uDC00-\uDE46]|\uD81A[\uDC00-\uDE38\uDE40-\uDE5E\uDE60-\uDE69\uDED0-\uDEED\uDEF0-\uDEF4\uDF00-\uDF36\uDF40-\uDF43\uDF50-\uDF59\uDF63-\uDF77\uDF7D-\uDF8F]|\uD81B[\uDF00-\uDF44\uDF50-\uDF7E\uDF8F-\uDF9F\uDFE0\uDFE1]|\uD821[\uDC00-\uDFEC]|\uD822[\uDC00-\uDEF2]|\uD82C[\uDC00-\uDD1E\uDD70-\uDEFB]|\uD82F[\uDC00-\uDC6A\uDC70-\uDC7C\uDC80-\uDC88\uDC90-\uDC99\uDC9D\uDC9E]|\uD834[\uDD65-\uDD69\uDD6D-\uDD72\uDD7B-\uDD82\uDD85-\uDD8B\uDDAA-\uDDAD\uDE42-\uDE44]|\uD835[\uDC00-\uDC54\uDC56-\uDC9C\uDC9E\uDC9F\uDCA2\uDCA5\uDCA6\uDCA9-\uDCAC\uDCAE-\uDCB9\uDCBB\uDCBD-\uDCC3\uDCC5-\uDD05\uDD07-\uDD0A\uDD0D-\uDD14\uDD16-\uDD1C\uDD1E-\uDD39\uDD3B-\uDD3E\uDD40-\uDD44\uDD46\uDD4A-\uDD50\uDD52-\uDEA5\uDEA8-\uDEC0\uDEC2-\uDEDA\uDEDC-\uDEFA\uDEFC-\uDF14\uDF16-\uDF34\uDF36-\uDF4E\uDF50-\uDF6E\uDF70-\uDF88\uDF8A-\uDFA8\uDFAA-\uDFC2\uDFC4-\uDFCB\uDFCE-\uDFFF]|\uD836[\uDE00-\uDE36\uDE3B-\uDE6C\uDE75\uDE84\uDE9B-\uDE9F\uDEA1-\uDEAF]|\uD838[\uDC00-\uDC06\uDC08-\uDC18\uDC1B-\uDC21\uDC23\uDC24\uDC26-\uDC2A]|\uD83A[\uDC00-\uDCC4\uDCD0-\uDCD6\uDD00-\uDD4A\uDD50-\uDD59]|\uD83B[\uDE00-\uDE03\uDE05-\uDE1F\uDE21\uDE22\uDE24\uDE27\uDE29-\uDE32\uDE34-\uDE37\uDE39\uDE3B\uDE42\uDE47\uDE49\uDE4B\uDE4D-\uDE4F\uDE51\uDE52\uDE54\uDE57\uDE59\uDE5B\uDE5D\uDE5F\uDE61\uDE62\uDE64\uDE67-\uDE6A\uDE6C-\uDE72\uDE74-\uDE77\uDE79-\uDE7C\uDE7E\uDE80-\uDE89\uDE8B-\uDE9B\uDEA1-\uDEA3\uDEA5-\uDEA9\uDEAB-\uDEBB]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D\uDC20-\uDFFF]|\uD873[\uDC00-\uDEA1\uDEB0-\uDFFF]|\uD87A[\uDC00-\uDFE0]|\uD87E[\uDC00-\uDE1D]|\uDB40[\uDD00-\uDDEF]/;
  }
});

// node_modules/json5/lib/util.js
var require_util = __commonJS({
  "node_modules/json5/lib/util.js"(exports, module) {
    var unicode = require_unicode();
    module.exports = {
      isSpaceSeparator(c) {
        return typeof c === "string" && unicode.Space_Separator.test(c);
      },
      isIdStartChar(c) {
        return typeof c === "string" && (c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c === "$" || c === "_" || unicode.ID_Start.test(c));
      },
      isIdContinueChar(c) {
        return typeof c === "string" && (c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c >= "0" && c <= "9" || c === "$" || c === "_" || c === "\u200C" || c === "\u200D" || unicode.ID_Continue.test(c));
      },
      isDigit(c) {
        return typeof c === "string" && /[0-9]/.test(c);
      },
      isHexDigit(c) {
        return typeof c === "string" && /[0-9A-Fa-f]/.test(c);
      }
    };
  }
});

// node_modules/json5/lib/parse.js
var require_parse = __commonJS({
  "node_modules/json5/lib/parse.js"(exports, module) {
    var util = require_util();
    var source;
    var parseState;
    var stack;
    var pos;
    var line;
    var column;
    var token;
    var key;
    var root;
    module.exports = function parse(text, reviver) {
      source = String(text);
      parseState = "start";
      stack = [];
      pos = 0;
      line = 1;
      column = 0;
      token = void 0;
      key = void 0;
      root = void 0;
      do {
        token = lex();
        parseStates[parseState]();
      } while (token.type !== "eof");
      if (typeof reviver === "function") {
        return internalize({ "": root }, "", reviver);
      }
      return root;
    };
    function internalize(holder, name, reviver) {
      const value = holder[name];
      if (value != null && typeof value === "object") {
        if (Array.isArray(value)) {
          for (let i = 0; i < value.length; i++) {
            const key2 = String(i);
            const replacement = internalize(value, key2, reviver);
            if (replacement === void 0) {
              delete value[key2];
            } else {
              Object.defineProperty(value, key2, {
                value: replacement,
                writable: true,
                enumerable: true,
                configurable: true
              });
            }
          }
        } else {
          for (const key2 in value) {
            const replacement = internalize(value, key2, reviver);
            if (replacement === void 0) {
              delete value[key2];
            } else {
              Object.defineProperty(value, key2, {
                value: replacement,
                writable: true,
                enumerable: true,
                configurable: true
              });
            }
          }
        }
      }
      return reviver.call(holder, name, value);
    }
    var lexState;
    var buffer;
    var doubleQuote;
    var sign;
    var c;
    function lex() {
      lexState = "default";
      buffer = "";
      doubleQuote = false;
      sign = 1;
      for (; ; ) {
        c = peek();
        const token2 = lexStates[lexState]();
        if (token2) {
          return token2;
        }
      }
    }
    function peek() {
      if (source[pos]) {
        return String.fromCodePoint(source.codePointAt(pos));
      }
    }
    function read() {
      const c2 = peek();
      if (c2 === "\n") {
        line++;
        column = 0;
      } else if (c2) {
        column += c2.length;
      } else {
        column++;
      }
      if (c2) {
        pos += c2.length;
      }
      return c2;
    }
    var lexStates = {
      default() {
        switch (c) {
          case "	":
          case "\v":
          case "\f":
          case " ":
          case "\xA0":
          case "\uFEFF":
          case "\n":
          case "\r":
          case "\u2028":
          case "\u2029":
            read();
            return;
          case "/":
            read();
            lexState = "comment";
            return;
          case void 0:
            read();
            return newToken("eof");
        }
        if (util.isSpaceSeparator(c)) {
          read();
          return;
        }
        return lexStates[parseState]();
      },
      comment() {
        switch (c) {
          case "*":
            read();
            lexState = "multiLineComment";
            return;
          case "/":
            read();
            lexState = "singleLineComment";
            return;
        }
        throw invalidChar(read());
      },
      multiLineComment() {
        switch (c) {
          case "*":
            read();
            lexState = "multiLineCommentAsterisk";
            return;
          case void 0:
            throw invalidChar(read());
        }
        read();
      },
      multiLineCommentAsterisk() {
        switch (c) {
          case "*":
            read();
            return;
          case "/":
            read();
            lexState = "default";
            return;
          case void 0:
            throw invalidChar(read());
        }
        read();
        lexState = "multiLineComment";
      },
      singleLineComment() {
        switch (c) {
          case "\n":
          case "\r":
          case "\u2028":
          case "\u2029":
            read();
            lexState = "default";
            return;
          case void 0:
            read();
            return newToken("eof");
        }
        read();
      },
      value() {
        switch (c) {
          case "{":
          case "[":
            return newToken("punctuator", read());
          case "n":
            read();
            literal("ull");
            return newToken("null", null);
          case "t":
            read();
            literal("rue");
            return newToken("boolean", true);
          case "f":
            read();
            literal("alse");
            return newToken("boolean", false);
          case "-":
          case "+":
            if (read() === "-") {
              sign = -1;
            }
            lexState = "sign";
            return;
          case ".":
            buffer = read();
            lexState = "decimalPointLeading";
            return;
          case "0":
            buffer = read();
            lexState = "zero";
            return;
          case "1":
          case "2":
          case "3":
          case "4":
          case "5":
          case "6":
          case "7":
          case "8":
          case "9":
            buffer = read();
            lexState = "decimalInteger";
            return;
          case "I":
            read();
            literal("nfinity");
            return newToken("numeric", Infinity);
          case "N":
            read();
            literal("aN");
            return newToken("numeric", NaN);
          case '"':
          case "'":
            doubleQuote = read() === '"';
            buffer = "";
            lexState = "string";
            return;
        }
        throw invalidChar(read());
      },
      identifierNameStartEscape() {
        if (c !== "u") {
          throw invalidChar(read());
        }
        read();
        const u = unicodeEscape();
        switch (u) {
          case "$":
          case "_":
            break;
          default:
            if (!util.isIdStartChar(u)) {
              throw invalidIdentifier();
            }
            break;
        }
        buffer += u;
        lexState = "identifierName";
      },
      identifierName() {
        switch (c) {
          case "$":
          case "_":
          case "\u200C":
          case "\u200D":
            buffer += read();
            return;
          case "\\":
            read();
            lexState = "identifierNameEscape";
            return;
        }
        if (util.isIdContinueChar(c)) {
          buffer += read();
          return;
        }
        return newToken("identifier", buffer);
      },
      identifierNameEscape() {
        if (c !== "u") {
          throw invalidChar(read());
        }
        read();
        const u = unicodeEscape();
        switch (u) {
          case "$":
          case "_":
          case "\u200C":
          case "\u200D":
            break;
          default:
            if (!util.isIdContinueChar(u)) {
              throw invalidIdentifier();
            }
            break;
        }
        buffer += u;
        lexState = "identifierName";
      },
      sign() {
        switch (c) {
          case ".":
            buffer = read();
            lexState = "decimalPointLeading";
            return;
          case "0":
            buffer = read();
            lexState = "zero";
            return;
          case "1":
          case "2":
          case "3":
          case "4":
          case "5":
          case "6":
          case "7":
          case "8":
          case "9":
            buffer = read();
            lexState = "decimalInteger";
            return;
          case "I":
            read();
            literal("nfinity");
            return newToken("numeric", sign * Infinity);
          case "N":
            read();
            literal("aN");
            return newToken("numeric", NaN);
        }
        throw invalidChar(read());
      },
      zero() {
        switch (c) {
          case ".":
            buffer += read();
            lexState = "decimalPoint";
            return;
          case "e":
          case "E":
            buffer += read();
            lexState = "decimalExponent";
            return;
          case "x":
          case "X":
            buffer += read();
            lexState = "hexadecimal";
            return;
        }
        return newToken("numeric", sign * 0);
      },
      decimalInteger() {
        switch (c) {
          case ".":
            buffer += read();
            lexState = "decimalPoint";
            return;
          case "e":
          case "E":
            buffer += read();
            lexState = "decimalExponent";
            return;
        }
        if (util.isDigit(c)) {
          buffer += read();
          return;
        }
        return newToken("numeric", sign * Number(buffer));
      },
      decimalPointLeading() {
        if (util.isDigit(c)) {
          buffer += read();
          lexState = "decimalFraction";
          return;
        }
        throw invalidChar(read());
      },
      decimalPoint() {
        switch (c) {
          case "e":
          case "E":
            buffer += read();
            lexState = "decimalExponent";
            return;
        }
        if (util.isDigit(c)) {
          buffer += read();
          lexState = "decimalFraction";
          return;
        }
        return newToken("numeric", sign * Number(buffer));
      },
      decimalFraction() {
        switch (c) {
          case "e":
          case "E":
            buffer += read();
            lexState = "decimalExponent";
            return;
        }
        if (util.isDigit(c)) {
          buffer += read();
          return;
        }
        return newToken("numeric", sign * Number(buffer));
      },
      decimalExponent() {
        switch (c) {
          case "+":
          case "-":
            buffer += read();
            lexState = "decimalExponentSign";
            return;
        }
        if (util.isDigit(c)) {
          buffer += read();
          lexState = "decimalExponentInteger";
          return;
        }
        throw invalidChar(read());
      },
      decimalExponentSign() {
        if (util.isDigit(c)) {
          buffer += read();
          lexState = "decimalExponentInteger";
          return;
        }
        throw invalidChar(read());
      },
      decimalExponentInteger() {
        if (util.isDigit(c)) {
          buffer += read();
          return;
        }
        return newToken("numeric", sign * Number(buffer));
      },
      hexadecimal() {
        if (util.isHexDigit(c)) {
          buffer += read();
          lexState = "hexadecimalInteger";
          return;
        }
        throw invalidChar(read());
      },
      hexadecimalInteger() {
        if (util.isHexDigit(c)) {
          buffer += read();
          return;
        }
        return newToken("numeric", sign * Number(buffer));
      },
      string() {
        switch (c) {
          case "\\":
            read();
            buffer += escape();
            return;
          case '"':
            if (doubleQuote) {
              read();
              return newToken("string", buffer);
            }
            buffer += read();
            return;
          case "'":
            if (!doubleQuote) {
              read();
              return newToken("string", buffer);
            }
            buffer += read();
            return;
          case "\n":
          case "\r":
            throw invalidChar(read());
          case "\u2028":
          case "\u2029":
            separatorChar(c);
            break;
          case void 0:
            throw invalidChar(read());
        }
        buffer += read();
      },
      start() {
        switch (c) {
          case "{":
          case "[":
            return newToken("punctuator", read());
        }
        lexState = "value";
      },
      beforePropertyName() {
        switch (c) {
          case "$":
          case "_":
            buffer = read();
            lexState = "identifierName";
            return;
          case "\\":
            read();
            lexState = "identifierNameStartEscape";
            return;
          case "}":
            return newToken("punctuator", read());
          case '"':
          case "'":
            doubleQuote = read() === '"';
            lexState = "string";
            return;
        }
        if (util.isIdStartChar(c)) {
          buffer += read();
          lexState = "identifierName";
          return;
        }
        throw invalidChar(read());
      },
      afterPropertyName() {
        if (c === ":") {
          return newToken("punctuator", read());
        }
        throw invalidChar(read());
      },
      beforePropertyValue() {
        lexState = "value";
      },
      afterPropertyValue() {
        switch (c) {
          case ",":
          case "}":
            return newToken("punctuator", read());
        }
        throw invalidChar(read());
      },
      beforeArrayValue() {
        if (c === "]") {
          return newToken("punctuator", read());
        }
        lexState = "value";
      },
      afterArrayValue() {
        switch (c) {
          case ",":
          case "]":
            return newToken("punctuator", read());
        }
        throw invalidChar(read());
      },
      end() {
        throw invalidChar(read());
      }
    };
    function newToken(type, value) {
      return {
        type,
        value,
        line,
        column
      };
    }
    function literal(s) {
      for (const c2 of s) {
        const p = peek();
        if (p !== c2) {
          throw invalidChar(read());
        }
        read();
      }
    }
    function escape() {
      const c2 = peek();
      switch (c2) {
        case "b":
          read();
          return "\b";
        case "f":
          read();
          return "\f";
        case "n":
          read();
          return "\n";
        case "r":
          read();
          return "\r";
        case "t":
          read();
          return "	";
        case "v":
          read();
          return "\v";
        case "0":
          read();
          if (util.isDigit(peek())) {
            throw invalidChar(read());
          }
          return "\0";
        case "x":
          read();
          return hexEscape();
        case "u":
          read();
          return unicodeEscape();
        case "\n":
        case "\u2028":
        case "\u2029":
          read();
          return "";
        case "\r":
          read();
          if (peek() === "\n") {
            read();
          }
          return "";
        case "1":
        case "2":
        case "3":
        case "4":
        case "5":
        case "6":
        case "7":
        case "8":
        case "9":
          throw invalidChar(read());
        case void 0:
          throw invalidChar(read());
      }
      return read();
    }
    function hexEscape() {
      let buffer2 = "";
      let c2 = peek();
      if (!util.isHexDigit(c2)) {
        throw invalidChar(read());
      }
      buffer2 += read();
      c2 = peek();
      if (!util.isHexDigit(c2)) {
        throw invalidChar(read());
      }
      buffer2 += read();
      return String.fromCodePoint(parseInt(buffer2, 16));
    }
    function unicodeEscape() {
      let buffer2 = "";
      let count = 4;
      while (count-- > 0) {
        const c2 = peek();
        if (!util.isHexDigit(c2)) {
          throw invalidChar(read());
        }
        buffer2 += read();
      }
      return String.fromCodePoint(parseInt(buffer2, 16));
    }
    var parseStates = {
      start() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        push();
      },
      beforePropertyName() {
        switch (token.type) {
          case "identifier":
          case "string":
            key = token.value;
            parseState = "afterPropertyName";
            return;
          case "punctuator":
            pop();
            return;
          case "eof":
            throw invalidEOF();
        }
      },
      afterPropertyName() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        parseState = "beforePropertyValue";
      },
      beforePropertyValue() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        push();
      },
      beforeArrayValue() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        if (token.type === "punctuator" && token.value === "]") {
          pop();
          return;
        }
        push();
      },
      afterPropertyValue() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        switch (token.value) {
          case ",":
            parseState = "beforePropertyName";
            return;
          case "}":
            pop();
        }
      },
      afterArrayValue() {
        if (token.type === "eof") {
          throw invalidEOF();
        }
        switch (token.value) {
          case ",":
            parseState = "beforeArrayValue";
            return;
          case "]":
            pop();
        }
      },
      end() {
      }
    };
    function push() {
      let value;
      switch (token.type) {
        case "punctuator":
          switch (token.value) {
            case "{":
              value = {};
              break;
            case "[":
              value = [];
              break;
          }
          break;
        case "null":
        case "boolean":
        case "numeric":
        case "string":
          value = token.value;
          break;
      }
      if (root === void 0) {
        root = value;
      } else {
        const parent = stack[stack.length - 1];
        if (Array.isArray(parent)) {
          parent.push(value);
        } else {
          Object.defineProperty(parent, key, {
            value,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      if (value !== null && typeof value === "object") {
        stack.push(value);
        if (Array.isArray(value)) {
          parseState = "beforeArrayValue";
        } else {
          parseState = "beforePropertyName";
        }
      } else {
        const current = stack[stack.length - 1];
        if (current == null) {
          parseState = "end";
        } else if (Array.isArray(current)) {
          parseState = "afterArrayValue";
        } else {
          parseState = "afterPropertyValue";
        }
      }
    }
    function pop() {
      stack.pop();
      const current = stack[stack.length - 1];
      if (current == null) {
        parseState = "end";
      } else if (Array.isArray(current)) {
        parseState = "afterArrayValue";
      } else {
        parseState = "afterPropertyValue";
      }
    }
    function invalidChar(c2) {
      if (c2 === void 0) {
        return syntaxError(`JSON5: invalid end of input at ${line}:${column}`);
      }
      return syntaxError(`JSON5: invalid character '${formatChar(c2)}' at ${line}:${column}`);
    }
    function invalidEOF() {
      return syntaxError(`JSON5: invalid end of input at ${line}:${column}`);
    }
    function invalidIdentifier() {
      column -= 5;
      return syntaxError(`JSON5: invalid identifier character at ${line}:${column}`);
    }
    function separatorChar(c2) {
      console.warn(`JSON5: '${formatChar(c2)}' in strings is not valid ECMAScript; consider escaping`);
    }
    function formatChar(c2) {
      const replacements = {
        "'": "\\'",
        '"': '\\"',
        "\\": "\\\\",
        "\b": "\\b",
        "\f": "\\f",
        "\n": "\\n",
        "\r": "\\r",
        "	": "\\t",
        "\v": "\\v",
        "\0": "\\0",
        "\u2028": "\\u2028",
        "\u2029": "\\u2029"
      };
      if (replacements[c2]) {
        return replacements[c2];
      }
      if (c2 < " ") {
        const hexString = c2.charCodeAt(0).toString(16);
        return "\\x" + ("00" + hexString).substring(hexString.length);
      }
      return c2;
    }
    function syntaxError(message) {
      const err = new SyntaxError(message);
      err.lineNumber = line;
      err.columnNumber = column;
      return err;
    }
  }
});

// node_modules/json5/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/json5/lib/stringify.js"(exports, module) {
    var util = require_util();
    module.exports = function stringify(value, replacer, space) {
      const stack = [];
      let indent = "";
      let propertyList;
      let replacerFunc;
      let gap = "";
      let quote;
      if (replacer != null && typeof replacer === "object" && !Array.isArray(replacer)) {
        space = replacer.space;
        quote = replacer.quote;
        replacer = replacer.replacer;
      }
      if (typeof replacer === "function") {
        replacerFunc = replacer;
      } else if (Array.isArray(replacer)) {
        propertyList = [];
        for (const v of replacer) {
          let item;
          if (typeof v === "string") {
            item = v;
          } else if (typeof v === "number" || v instanceof String || v instanceof Number) {
            item = String(v);
          }
          if (item !== void 0 && propertyList.indexOf(item) < 0) {
            propertyList.push(item);
          }
        }
      }
      if (space instanceof Number) {
        space = Number(space);
      } else if (space instanceof String) {
        space = String(space);
      }
      if (typeof space === "number") {
        if (space > 0) {
          space = Math.min(10, Math.floor(space));
          gap = "          ".substr(0, space);
        }
      } else if (typeof space === "string") {
        gap = space.substr(0, 10);
      }
      return serializeProperty("", { "": value });
      function serializeProperty(key, holder) {
        let value2 = holder[key];
        if (value2 != null) {
          if (typeof value2.toJSON5 === "function") {
            value2 = value2.toJSON5(key);
          } else if (typeof value2.toJSON === "function") {
            value2 = value2.toJSON(key);
          }
        }
        if (replacerFunc) {
          value2 = replacerFunc.call(holder, key, value2);
        }
        if (value2 instanceof Number) {
          value2 = Number(value2);
        } else if (value2 instanceof String) {
          value2 = String(value2);
        } else if (value2 instanceof Boolean) {
          value2 = value2.valueOf();
        }
        switch (value2) {
          case null:
            return "null";
          case true:
            return "true";
          case false:
            return "false";
        }
        if (typeof value2 === "string") {
          return quoteString(value2, false);
        }
        if (typeof value2 === "number") {
          return String(value2);
        }
        if (typeof value2 === "object") {
          return Array.isArray(value2) ? serializeArray(value2) : serializeObject(value2);
        }
        return void 0;
      }
      function quoteString(value2) {
        const quotes = {
          "'": 0.1,
          '"': 0.2
        };
        const replacements = {
          "'": "\\'",
          '"': '\\"',
          "\\": "\\\\",
          "\b": "\\b",
          "\f": "\\f",
          "\n": "\\n",
          "\r": "\\r",
          "	": "\\t",
          "\v": "\\v",
          "\0": "\\0",
          "\u2028": "\\u2028",
          "\u2029": "\\u2029"
        };
        let product = "";
        for (let i = 0; i < value2.length; i++) {
          const c = value2[i];
          switch (c) {
            case "'":
            case '"':
              quotes[c]++;
              product += c;
              continue;
            case "\0":
              if (util.isDigit(value2[i + 1])) {
                product += "\\x00";
                continue;
              }
          }
          if (replacements[c]) {
            product += replacements[c];
            continue;
          }
          if (c < " ") {
            let hexString = c.charCodeAt(0).toString(16);
            product += "\\x" + ("00" + hexString).substring(hexString.length);
            continue;
          }
          product += c;
        }
        const quoteChar = quote || Object.keys(quotes).reduce((a, b) => quotes[a] < quotes[b] ? a : b);
        product = product.replace(new RegExp(quoteChar, "g"), replacements[quoteChar]);
        return quoteChar + product + quoteChar;
      }
      function serializeObject(value2) {
        if (stack.indexOf(value2) >= 0) {
          throw TypeError("Converting circular structure to JSON5");
        }
        stack.push(value2);
        let stepback = indent;
        indent = indent + gap;
        let keys = propertyList || Object.keys(value2);
        let partial = [];
        for (const key of keys) {
          const propertyString = serializeProperty(key, value2);
          if (propertyString !== void 0) {
            let member = serializeKey(key) + ":";
            if (gap !== "") {
              member += " ";
            }
            member += propertyString;
            partial.push(member);
          }
        }
        let final;
        if (partial.length === 0) {
          final = "{}";
        } else {
          let properties;
          if (gap === "") {
            properties = partial.join(",");
            final = "{" + properties + "}";
          } else {
            let separator = ",\n" + indent;
            properties = partial.join(separator);
            final = "{\n" + indent + properties + ",\n" + stepback + "}";
          }
        }
        stack.pop();
        indent = stepback;
        return final;
      }
      function serializeKey(key) {
        if (key.length === 0) {
          return quoteString(key, true);
        }
        const firstChar = String.fromCodePoint(key.codePointAt(0));
        if (!util.isIdStartChar(firstChar)) {
          return quoteString(key, true);
        }
        for (let i = firstChar.length; i < key.length; i++) {
          if (!util.isIdContinueChar(String.fromCodePoint(key.codePointAt(i)))) {
            return quoteString(key, true);
          }
        }
        return key;
      }
      function serializeArray(value2) {
        if (stack.indexOf(value2) >= 0) {
          throw TypeError("Converting circular structure to JSON5");
        }
        stack.push(value2);
        let stepback = indent;
        indent = indent + gap;
        let partial = [];
        for (let i = 0; i < value2.length; i++) {
          const propertyString = serializeProperty(String(i), value2);
          partial.push(propertyString !== void 0 ? propertyString : "null");
        }
        let final;
        if (partial.length === 0) {
          final = "[]";
        } else {
          if (gap === "") {
            let properties = partial.join(",");
            final = "[" + properties + "]";
          } else {
            let separator = ",\n" + indent;
            let properties = partial.join(separator);
            final = "[\n" + indent + properties + ",\n" + stepback + "]";
          }
        }
        stack.pop();
        indent = stepback;
        return final;
      }
    };
  }
});

// node_modules/json5/lib/index.js
var require_lib = __commonJS({
  "node_modules/json5/lib/index.js"(exports, module) {
    var parse = require_parse();
    var stringify = require_stringify();
    var JSON52 = {
      parse,
      stringify
    };
    module.exports = JSON52;
  }
});

// src/formats/dnscontrol/sandbox.ts
var DEFAULT_TIMEOUT_MS = 1e4;
var DEFAULT_MEMORY_BYTES = 256 * 1024 * 1024;
function sandboxMemoryBytes(limits) {
  return scaledCap(DEFAULT_MEMORY_BYTES, limits);
}
var MiB = 1024 * 1024;
var WORKER_BASE_BYTES = 32 * MiB;
var YOUNG_GENERATION_MB = 16;
var START_LIMIT_MS = 3e4;
var GRACE_MS = 250;
var workerParts;
function sandboxWorkerParts() {
  workerParts ??= loadWorkerParts().catch((e) => {
    workerParts = void 0;
    throw e;
  });
  return workerParts;
}
async function loadWorkerParts() {
  const [{ default: WORKER_BUNDLE }, { quickjsWasm }] = await Promise.all([
    import("./sandbox-worker-bundle-YLHAWJLT.js"),
    import("./quickjs-wasm-2BY2CKNU.js")
  ]);
  if (!WORKER_BUNDLE)
    throw new Error(
      "the DNSControl sandbox worker was not bundled (build with scripts/sandbox-worker-bundle.mjs)"
    );
  const engine = await WebAssembly.compile((await quickjsWasm()).engine);
  const url = new URL(
    `data:text/javascript;base64,${Buffer.from(WORKER_BUNDLE).toString("base64")}`
  );
  return { url, engine };
}
function formatSeconds(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3} s` : `${ms} ms`;
}
function formatBytes(n) {
  return n % MiB === 0 ? `${n / MiB} MiB` : `${n} bytes`;
}
function workerHeapMb(input, memoryBytes) {
  let chars = input.source.length;
  for (const [path, text] of input.files.texts) chars += path.length + text.length;
  for (const path of input.files.listing) chars += path.length;
  return Math.ceil((WORKER_BASE_BYTES + memoryBytes / 2 + 2 * chars) / MiB);
}
function limitMessage(limit, limits) {
  switch (limit) {
    case "deadline":
      return `evaluation exceeded ${formatSeconds(limits.timeoutMs)}`;
    case "memory":
      return `evaluation exceeded the memory limit of ${formatBytes(limits.memoryBytes)}`;
    case "stack":
      return "evaluation exceeded the stack limit (recursion too deep)";
    case "nesting":
      return "evaluation exceeded the stack limit (nesting too deep)";
  }
}
function fromWorker(outcome, limits) {
  const unset = outcome.unset?.length ? { unset: outcome.unset } : {};
  if (outcome.ok)
    return {
      ok: true,
      json: outcome.json,
      log: outcome.log,
      filesRead: outcome.filesRead,
      ...unset
    };
  if (!outcome.limit) return { ok: false, error: outcome.error, ...unset };
  const { file, line, column } = outcome.error;
  const message = limitMessage(outcome.limit, limits);
  if (outcome.limit === "deadline" || line === void 0)
    return { ok: false, error: { file, message } };
  return {
    ok: false,
    error: { file, line, ...column === void 0 ? {} : { column }, message }
  };
}
function stopped(file, limit, limits) {
  return { ok: false, error: { file, message: limitMessage(limit, limits) } };
}
var Sandbox = class _Sandbox {
  constructor(Worker, parts, memoryBytes, heapMb) {
    this.memoryBytes = memoryBytes;
    this.heapMb = heapMb;
    const workerData = { memoryBytes, engine: parts.engine };
    this.worker = new Worker(parts.url, {
      workerData,
      name: "zoneguard-dnscontrol-sandbox",
      env: {},
      argv: [],
      execArgv: [],
      stdout: true,
      stderr: true,
      resourceLimits: {
        maxOldGenerationSizeMb: heapMb,
        maxYoungGenerationSizeMb: YOUNG_GENERATION_MB
      }
    });
    this.worker.on("message", (message) => {
      if (message.kind === "ready") this.ready = true;
      else this.done ??= message.outcome;
      this.wake?.();
    });
    this.worker.on("error", (e) => {
      this.failure ??= e;
      this.wake?.();
    });
    this.worker.on("exit", (code) => {
      this.failure ??= code;
      this.wake?.();
    });
  }
  memoryBytes;
  heapMb;
  worker;
  ready = false;
  done;
  failure;
  /** The evaluation waiting for the worker's next event. */
  wake;
  idle;
  /** The running evaluation's bound: the start-up's, then the deadline's. */
  timer;
  /** Whether the evaluation keeps Node alive (`run`). */
  held = true;
  /** A sandbox for an evaluation of `input` under `memoryBytes`, booting from now. */
  static async start(input, memoryBytes) {
    const parts = await sandboxWorkerParts();
    const { Worker } = await import("node:worker_threads");
    return new _Sandbox(Worker, parts, memoryBytes, workerHeapMb(input, memoryBytes));
  }
  /**
   * Whether this sandbox's limits are the ones an evaluation of `input` under `memoryBytes`
   * gets: a sandbox started ahead serves only such an evaluation, so no cap is looser than a
   * new sandbox's would be.
   */
  fits(input, memoryBytes) {
    return this.memoryBytes === memoryBytes && this.heapMb === workerHeapMb(input, memoryBytes) && this.wake === void 0 && this.done === void 0 && this.failure === void 0;
  }
  /**
   * Kept aside for a later evaluation: the thread does not keep Node alive meanwhile, and ends
   * after `ms` if no evaluation came.
   */
  aside(ms) {
    this.worker.unref();
    this.idle = setTimeout(() => this.close(), ms);
    this.idle.unref();
  }
  close() {
    if (this.idle) clearTimeout(this.idle);
    void this.worker.terminate();
  }
  /** The evaluation keeps Node alive from now: its side asked for it. */
  hold() {
    this.held = true;
    this.worker.ref();
    this.timer?.ref();
    this.worker.stdout.resume();
    this.worker.stderr.resume();
  }
  /** Sets the running evaluation's bound, in place of the one before. */
  bound(stop, ms) {
    clearTimeout(this.timer);
    this.timer = setTimeout(stop, ms);
    if (!this.held) this.timer.unref();
  }
  /**
   * Evaluates the prelude and then the config, under the deadline (from when the request is
   * sent, once the engine is loaded) and the memory cap; the raw configuration as JSON text, or
   * a located error. Once: the worker ends with it. An evaluation not `held` (one started for a
   * side that may never ask for it, evaluation-memo.ts) does not keep Node alive until `hold()`:
   * a process that ends meanwhile ends it.
   */
  run(input, limits, held = true) {
    if (this.idle) clearTimeout(this.idle);
    if (held) this.hold();
    else {
      this.held = false;
      this.worker.unref();
    }
    const file = input.file;
    const request = {
      request: { ...input, memoryBytes: this.memoryBytes },
      timeoutMs: limits.timeoutMs
    };
    return new Promise((resolve) => {
      let settled2 = false;
      let sent = false;
      this.bound(
        () => finish({ ok: false, error: { file, message: "the sandbox did not start" } }),
        START_LIMIT_MS
      );
      const finish = (outcome) => {
        if (settled2) return;
        settled2 = true;
        clearTimeout(this.timer);
        this.wake = void 0;
        resolve(outcome);
        this.close();
      };
      const step = () => {
        if (this.done) return finish(fromWorker(this.done, limits));
        const failure = this.failure;
        if (typeof failure === "number")
          return finish({
            ok: false,
            error: { file, message: `the sandbox stopped (exit code ${failure})` }
          });
        if (failure) {
          if (failure.code === "ERR_WORKER_OUT_OF_MEMORY")
            return finish(stopped(file, "memory", limits));
          return finish({
            ok: false,
            error: { file, message: `the sandbox failed: ${failure.message.slice(0, 200)}` }
          });
        }
        if (this.ready && !sent) {
          sent = true;
          this.worker.postMessage(request);
          this.bound(() => finish(stopped(file, "deadline", limits)), limits.timeoutMs + GRACE_MS);
        }
      };
      this.wake = step;
      step();
    });
  }
};
async function runInSandbox(input, limits) {
  return (await Sandbox.start(input, limits.memoryBytes)).run(input, limits);
}
async function sandboxFor(input, limits, ahead) {
  if (ahead?.fits(input, limits.memoryBytes)) return ahead;
  ahead?.close();
  return Sandbox.start(input, limits.memoryBytes);
}
var AHEAD_IDLE_MS = 12e4;
var SandboxAhead = class {
  ahead;
  first = true;
  /** The review's evaluations run one at a time, in the order asked: this is the last one. */
  queue = Promise.resolve();
  run(input, limits) {
    return this.inTurn(async () => (await this.sandbox(input, limits)).run(input, limits));
  }
  /**
   * An evaluation started now for a side that may not ask for it (evaluation-memo.ts): in turn
   * like any other, but not keeping Node alive until held, and ended when released.
   */
  start(input, limits) {
    let sandbox;
    let released = false;
    let held = false;
    const notNeeded = {
      ok: false,
      error: { file: input.file, message: "not needed" }
    };
    const outcome = this.inTurn(async () => {
      if (released) return notNeeded;
      sandbox = await this.sandbox(input, limits);
      if (!released) return sandbox.run(input, limits, held);
      sandbox.close();
      return notNeeded;
    });
    return {
      outcome,
      hold: () => {
        held = true;
        sandbox?.hold();
      },
      release: () => {
        released = true;
        sandbox?.close();
      }
    };
  }
  /**
   * Runs `task` once the evaluations asked before have ended. Its failure is handled here for
   * the queue, so an evaluation started ahead that no side takes leaves none unhandled; whoever
   * awaits it still gets it.
   */
  inTurn(task) {
    const result = this.queue.then(task, task);
    this.queue = result.catch(() => void 0);
    return result;
  }
  async sandbox(input, limits) {
    const ahead = this.ahead;
    this.ahead = void 0;
    if (!this.first) return sandboxFor(input, limits, await ahead);
    this.first = false;
    const own = Sandbox.start(input, limits.memoryBytes);
    this.ahead = own.then(() => Sandbox.start(input, limits.memoryBytes)).then((sandbox) => {
      sandbox.aside(AHEAD_IDLE_MS);
      return sandbox;
    }).catch(() => void 0);
    return own;
  }
};

// src/formats/dnscontrol/evaluate.ts
import { posix as posix2 } from "node:path";

// src/formats/dnscontrol/evaluation-memo.ts
var KEPT_JSON_MAX_CHARS = 64 * 2 ** 20;
var keyOf = (file) => `dnscontrol evaluation ${file}`;
async function takeSameEvaluation(memo, input, limits) {
  const entry = memo?.take(keyOf(input.file));
  if (!entry) return { found: false };
  const remembered = await entry;
  if (!remembered) return { found: true };
  if (sameLimits(remembered.limits, limits) && sameInput(remembered.input, input)) {
    remembered.evaluation.hold();
    return { found: true, outcome: remembered.evaluation.outcome };
  }
  remembered.evaluation.release();
  return { found: true };
}
function keepEvaluation(memo, own, next) {
  if (!memo) return;
  const { input, limits, outcome } = own;
  const kept = outcome.ok && outcome.json.length <= KEPT_JSON_MAX_CHARS ? { input, limits, evaluation: settled(outcome) } : void 0;
  memo.keep(keyOf(input.file), next ? next(kept) : Promise.resolve(kept));
}
function settled(outcome) {
  return { outcome: Promise.resolve(outcome), hold() {
  }, release() {
  } };
}
function sameLimits(a, b) {
  return a.timeoutMs === b.timeoutMs && a.memoryBytes === b.memoryBytes;
}
function sameInput(a, b) {
  return a.source === b.source && a.file === b.file && a.baseDir === b.baseDir && samePairs(a.vars ?? [], b.vars ?? []) && sameFiles(a.files, b.files);
}
function sameFiles(a, b) {
  return a.listing.length === b.listing.length && a.listing.every((path, i) => b.listing[i] === path) && sameMap(a.texts, b.texts) && sameMap(a.targets ?? /* @__PURE__ */ new Map(), b.targets ?? /* @__PURE__ */ new Map());
}
function sameMap(a, b) {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}
function samePairs(a, b) {
  return a.length === b.length && a.every(([k, v], i) => b[i][0] === k && b[i][1] === v);
}

// src/formats/dnscontrol/host-bridge.ts
var import_json5 = __toESM(require_lib(), 1);
import { posix } from "node:path";
var CREDENTIAL_FILE = /^creds\.json5?$/i;
function holdsCredentials(path) {
  return CREDENTIAL_FILE.test(posix.basename(path));
}
var MAX_LOG_BYTES = 1 << 20;

// src/formats/dnscontrol/normalize/names.ts
function addOrigin(name, origin) {
  if (name === "@") return origin;
  if (name.endsWith(".")) return name;
  return `${name}.${origin}`;
}
function fqdnOf(rec, domain) {
  return rec.name === "@" ? domain : `${rec.name}.${domain}`;
}

// src/formats/dnscontrol/normalize/ptr-name.ts
function ptrNameMagic(name, domain) {
  if (name.endsWith(".in-addr.arpa.") || name.endsWith(".ip6.arpa.")) {
    if (name.endsWith(`.${domain}.`)) return name.slice(0, -(domain.length + 2));
    return { error: `PTR record ${name} in wrong domain (${domain})` };
  }
  if (domain.endsWith(".in-addr.arpa")) {
    const v4 = name.includes(".") ? parseIPv4(name) : void 0;
    if (!v4) return name;
    const rev = `${[...v4].reverse().join(".")}.in-addr.arpa`;
    if (rev.endsWith(`.${domain}`)) return rev.slice(0, -(domain.length + 1));
    const m = /^(\d{1,3})[/-](\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.in-addr\.arpa$/.exec(
      domain
    );
    if (m && v4[0] === +m[5] && v4[1] === +m[4] && v4[2] === +m[3]) {
      const bits = +m[2];
      const mask = bits >= 32 ? 255 : 255 << 32 - bits & 255;
      if ((v4[3] & mask) === +m[1]) return String(v4[3]);
    }
    return { error: `PTR record ${name} in wrong IPv4 domain (${domain})` };
  }
  if (domain.endsWith(".ip6.arpa")) {
    const w = name.includes(":") ? parseIPv6(name) : void 0;
    if (!w) return name;
    const nibbles = w.flatMap(
      (x) => [x >> 12, x >> 8 & 15, x >> 4 & 15, x & 15].map((n) => n.toString(16))
    );
    const rev = `${nibbles.reverse().join(".")}.ip6.arpa`;
    if (rev.endsWith(`.${domain}`)) return rev.slice(0, -(domain.length + 1));
    return { error: `PTR record ${name} in wrong IPv6 domain (${domain})` };
  }
  return name;
}

// src/formats/dnscontrol/normalize/record-checks.ts
var HOST_TARGET = /* @__PURE__ */ new Set(["ALIAS", "CNAME", "DNAME", "MX", "NS", "PTR", "SRV", "SOA"]);
function checkTarget(target) {
  if (target === "@") return void 0;
  if (target === "") return "empty target";
  if (/['" +,|!£$%&()=?^*ç°§;:<>[\]@]/.test(target))
    return `target (${target}) includes invalid char`;
  if (!target.endsWith(".in-addr.arpa.") && target.includes("/"))
    return `target (${target}) includes invalid char`;
  if (target.includes(".") && !target.endsWith("."))
    return `target (${target}) must end with a (.) [https://docs.dnscontrol.org/language-reference/why-the-dot]`;
  return void 0;
}
function checkLabel(rec, domain, p) {
  const label = rec.name;
  if (label === "@") return;
  if (label === "") {
    p.error(`empty ${rec.type} label in ${domain} (did you mean "@"?)`, rec.filepos);
    return;
  }
  if ((label === domain || label.endsWith(`.${domain}`)) && rec.meta?.skip_fqdn_check !== "true") {
    const short = label.endsWith(`.${domain}`) ? label.slice(0, -(domain.length + 1)) : label;
    p.error(
      `The name "${label}.${domain}." is an error (repeats the domain). Maybe instead of "${label}" you intended "${short}"? If not add DISABLE_REPEATED_DOMAIN_CHECK to this record to permit this as-is.`,
      rec.filepos
    );
  }
  if (["SRV", "TLSA", "TXT", "LUA"].includes(rec.type)) return;
  if (label.startsWith("_") || label.includes("._") || label.startsWith("sql-")) return;
  if (label.includes("_"))
    p.warn(`label ${label}.${domain} contains "_" (can't be used in a URL)`, rec.filepos);
}
function checkTargets(rec, domain, p, where) {
  const err = (m) => p.error(`${where()}: ${m}`, rec.filepos);
  const t = rec.target;
  if (rec.type === "A" && !parseIPv4(t)) err(`target (${t}) is not an IPv4 address`);
  if (rec.type === "AAAA" && !parseIPv6(t)) err(`target (${t}) is not an IPv6 address`);
  if (HOST_TARGET.has(rec.type) || rec.type === "NAPTR" && t !== "") {
    const problem = checkTarget(t);
    if (problem) err(problem);
  }
  if (rec.type === "CNAME") {
    if (rec.name === "@") err("cannot create CNAME record for bare domain");
    else if (addOrigin(rec.name, `${domain}.`) === addOrigin(t, `${domain}.`))
      err("CNAME loop (target points at itself)");
  }
  if (rec.type === "NS" && rec.name === "@")
    err("cannot create NS record for bare domain. Use NAMESERVER instead");
  if (rec.type === "SOA" && rec.name !== "@") err("SOA record is only valid for bare domain");
}

// src/formats/dnscontrol/normalize/untrusted-json.ts
var isObj = (x) => typeof x === "object" && x !== null && !Array.isArray(x);
function stringMap(x, what, pos, p) {
  const out = {};
  if (x === void 0) return out;
  if (!isObj(x)) {
    p.error(`${what} must be an object`, pos);
    return out;
  }
  for (const [k, v] of Object.entries(x)) {
    if (typeof v === "string") out[k] = v;
    else
      p.error(
        `${what} "${k}" must be a string, not ${Array.isArray(v) ? "an array" : typeof v} (DNSControl refuses it)`,
        pos
      );
  }
  return out;
}

// src/formats/dnscontrol/normalize/record-fields.ts
var NUMERIC = {
  ttl: 32,
  mxpreference: 16,
  srvpriority: 16,
  srvweight: 16,
  srvport: 16,
  caaflag: 8,
  dskeytag: 16,
  dsalgorithm: 8,
  dsdigesttype: 8,
  dnskeyflags: 16,
  dnskeyprotocol: 8,
  dnskeyalgorithm: 8,
  locsize: 8,
  lochorizpre: 8,
  locvertpre: 8,
  loclatitude: 32,
  loclongitude: 32,
  localtitude: 32,
  naptrorder: 16,
  naptrpreference: 16,
  smimeausage: 8,
  smimeaselector: 8,
  smimeamatchingtype: 8,
  sshfpalgorithm: 8,
  sshfpfingerprint: 8,
  soarefresh: 32,
  soaretry: 32,
  soaexpire: 32,
  soaminttl: 32,
  svcpriority: 16,
  tlsausage: 8,
  tlsaselector: 8,
  tlsamatchingtype: 8
};
var STRING_FIELDS = /* @__PURE__ */ new Set([
  "caatag",
  "dsdigest",
  "dnskeypublickey",
  "luartype",
  "naptrflags",
  "naptrservice",
  "naptrregexp",
  "soambox",
  "svcparams",
  "answer_type",
  "subdomain",
  "filepos"
]);
function readRecord(r, domain, p) {
  if (!isObj(r) || typeof r.type !== "string") {
    p.error(`a record in ${domain} is malformed`);
    return void 0;
  }
  const pos = r.filepos;
  if (typeof r.name !== "string") {
    p.error(`${r.type} record in ${domain}: the name must be a string`, pos);
    return void 0;
  }
  const target = typeof r.target === "number" ? String(r.target) : r.target;
  if (typeof target !== "string") {
    p.error(
      `${r.type} "${r.name}" in ${domain}: the target must be a string, not ${typeof r.target}`,
      pos
    );
    return void 0;
  }
  const rec = { type: r.type, name: r.name, target };
  for (const k of Object.keys(r)) {
    const v = r[k];
    if (v === void 0 || v === null) continue;
    const bits = Object.hasOwn(NUMERIC, k) ? NUMERIC[k] : void 0;
    if (bits !== void 0) {
      const max = bits === 32 ? 4294967295 : (1 << bits) - 1;
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0 || v > max) {
        p.error(
          `${r.type} "${r.name}" in ${domain}: ${k} must be a whole number from 0 to ${max}, not ${JSON.stringify(v)}`,
          pos
        );
        continue;
      }
      rec[k] = v;
    } else if (STRING_FIELDS.has(k)) {
      if (typeof v !== "string") {
        p.error(`${r.type} "${r.name}" in ${domain}: ${k} must be a string`, pos);
        continue;
      }
      rec[k] = v;
    }
  }
  const meta = stringMap(r.meta, `${r.type} "${r.name}" meta`, pos, p);
  if (Object.keys(meta).length) rec.meta = meta;
  for (const k of ["r53_alias", "azure_alias"]) {
    if (r[k] === void 0) continue;
    const m = stringMap(r[k], `${r.type} "${r.name}" ${k}`, pos, p);
    rec[k] = m;
  }
  return rec;
}
function compact(rec) {
  const out = rec;
  for (const [k, v] of Object.entries(out)) {
    if (k === "type" || k === "name" || k === "target") continue;
    if (v === 0 || v === "" || v === void 0) delete out[k];
    else if (k === "meta" && isObj(v) && Object.keys(v).length === 0) delete out[k];
  }
  return rec;
}

// src/formats/dnscontrol/normalize/normalize-record.ts
var DEFAULT_TTL = 300;
var STANDARD = /* @__PURE__ */ new Set([
  "A",
  "AAAA",
  "ALIAS",
  "CAA",
  "CNAME",
  "DHCID",
  "DNAME",
  "DS",
  "DNSKEY",
  "HTTPS",
  "IMPORT_TRANSFORM",
  "LOC",
  "MX",
  "NAPTR",
  "NS",
  "OPENPGPKEY",
  "PTR",
  "SMIMEA",
  "SOA",
  "SRV",
  "SSHFP",
  "SVCB",
  "TLSA",
  "TXT"
]);
var CUSTOM_TYPES = /* @__PURE__ */ new Set([
  "AKAMAICDN",
  "AKAMAITLC",
  "AZURE_ALIAS",
  "R53_ALIAS",
  "CF_REDIRECT",
  "CF_TEMP_REDIRECT",
  "CF_WORKER_ROUTE",
  "URL",
  "URL301",
  "FRAME",
  "CLOUDNS_WR",
  "PORKBUN_URLFWD",
  "BUNNY_DNS_RDR",
  "LUA",
  "ADGUARDHOME_A_PASSTHROUGH",
  "ADGUARDHOME_AAAA_PASSTHROUGH"
]);
var DOWNCASE_TARGET = /* @__PURE__ */ new Set([
  "AKAMAICDN",
  "ALIAS",
  "AAAA",
  "CNAME",
  "DNAME",
  "DS",
  "DNSKEY",
  "MX",
  "NS",
  "NAPTR",
  "PTR",
  "SRV",
  "TLSA",
  "SMIMEA"
]);
var FQDN_TARGET = /* @__PURE__ */ new Set(["ALIAS", "CNAME", "MX", "NS", "SRV"]);
var CAA_TAGS = /* @__PURE__ */ new Set([
  "issue",
  "issuewild",
  "iodef",
  "issuemail",
  "issuevmc",
  "contactemail",
  "contactphone"
]);
function normalizeRecord(r, domain, p) {
  const rec = readRecord(r, domain, p);
  if (!rec) return void 0;
  const pos = rec.filepos;
  const where = () => `in ${rec.type} ${rec.name}.${domain}`;
  if (!rec.ttl) rec.ttl = DEFAULT_TTL;
  rec.name = rec.name.toLowerCase();
  if (DOWNCASE_TARGET.has(rec.type)) rec.target = rec.target.toLowerCase();
  if (rec.type === "SOA") {
    rec.target = rec.target.toLowerCase();
    if (rec.soambox) rec.soambox = rec.soambox.toLowerCase();
  }
  if (rec.name === `${domain}.`) rec.name = "@";
  else if (rec.name.endsWith(`.${domain}.`)) rec.name = rec.name.slice(0, -(domain.length + 2));
  if (rec.name.endsWith(".")) {
    p.error(`label "${rec.name}" does not match D("${domain}")`, pos);
    return void 0;
  }
  const reverse = domain.endsWith(".in-addr.arpa") || domain.endsWith(".ip6.arpa");
  if (reverse && rec.name.endsWith(`.${domain}`))
    rec.name = rec.name.slice(0, -(domain.length + 1));
  if (!STANDARD.has(rec.type)) {
    if (!CUSTOM_TYPES.has(rec.type)) {
      p.error(`unsupported record type (${rec.type}) domain=${domain} name=${rec.name}`, pos);
      return void 0;
    }
    rec.meta = { ...rec.meta, orig_custom_type: rec.type };
  }
  checkLabel(rec, domain, p);
  checkTargets(rec, domain, p, where);
  if (FQDN_TARGET.has(rec.type)) {
    const origin = rec.subdomain ? `${rec.subdomain}.${domain}.` : `${domain}.`;
    rec.target = addOrigin(rec.target, origin);
  } else if (rec.type === "A" || rec.type === "AAAA") {
    const canon = canonicalIP(rec.target, rec.type);
    if (canon) rec.target = canon;
  } else if (rec.type === "PTR") {
    const magic = ptrNameMagic(rec.name, domain);
    if (typeof magic === "string") rec.name = magic;
    else p.error(magic.error, pos);
  } else if (rec.type === "NAPTR" && rec.target === "") rec.target = ".";
  else if (rec.type === "CAA" && !CAA_TAGS.has(rec.caatag ?? ""))
    p.error(`CAA tag ${rec.caatag ?? ""} is invalid`, pos);
  else if (rec.type === "TLSA" || rec.type === "SMIMEA") {
    const [u, s, m] = rec.type === "TLSA" ? [rec.tlsausage, rec.tlsaselector, rec.tlsamatchingtype] : [rec.smimeausage, rec.smimeaselector, rec.smimeamatchingtype];
    if ((u ?? 0) > 3)
      p.error(`${rec.type} Usage ${u} is invalid in record ${rec.name} (domain ${domain})`, pos);
    if ((s ?? 0) > 1)
      p.error(`${rec.type} Selector ${s} is invalid in record ${rec.name} (domain ${domain})`, pos);
    if ((m ?? 0) > 2)
      p.error(
        `${rec.type} MatchingType ${m} is invalid in record ${rec.name} (domain ${domain})`,
        pos
      );
  }
  return compact(rec);
}
function canonicalIP(text, type) {
  if (type === "A") return parseIPv4(text)?.join(".");
  const w = parseIPv6(text);
  return w ? formatIPv6(w) : void 0;
}

// src/formats/dnscontrol/normalize/domain-checks.ts
function checkCnames(d, p) {
  const cnames = /* @__PURE__ */ new Map();
  for (const r of d.records)
    if (r.type === "CNAME") cnames.set(r.name, (cnames.get(r.name) ?? 0) + 1);
  for (const r of d.records) {
    const n = cnames.get(r.name);
    if (n === void 0) continue;
    if (r.type === "CNAME" && n > 1) {
      p.error(`cannot have multiple CNAMEs with same name: ${fqdnOf(r, d.name)}`, r.filepos);
      cnames.set(r.name, 1);
    } else if (r.type !== "CNAME" && r.meta?.cloudflare_proxy !== "on" && r.type !== "AKAMAICDN") {
      p.error(
        `cannot have CNAME and ${r.type} record with same name: ${fqdnOf(r, d.name)}`,
        r.filepos
      );
    }
  }
}
function comparable(rec) {
  const { ttl: _t, filepos: _f, subdomain: _s, meta, ...rest } = rec;
  const m = { ...meta };
  delete m.orig_custom_type;
  return JSON.stringify(Object.entries({ ...rest, meta: m }).sort(([a], [b]) => a < b ? -1 : 1));
}
function checkDuplicates(d, p) {
  const groups = /* @__PURE__ */ new Map();
  for (const r of d.records) {
    const group = `${r.type}\0${r.name}\0${r.target}`;
    const held = groups.get(group);
    if (held === void 0) {
      groups.set(group, r);
      continue;
    }
    let seen = held;
    if (!(seen instanceof Set)) {
      seen = /* @__PURE__ */ new Set([comparable(seen)]);
      groups.set(group, seen);
    }
    const key = comparable(r);
    if (seen.has(key))
      p.error(
        `exact duplicate record found: ${r.type} ${fqdnOf(r, d.name)} ${r.target}`,
        r.filepos
      );
    seen.add(key);
  }
}
function checkTtls(d, p) {
  const byKey = /* @__PURE__ */ new Map();
  for (const r of d.records) {
    const key = `${r.name} ${r.type}`;
    const e = byKey.get(key) ?? { ttls: /* @__PURE__ */ new Set(), first: r };
    e.ttls.add(r.ttl ?? DEFAULT_TTL);
    byKey.set(key, e);
  }
  for (const [key, e] of byKey)
    if (e.ttls.size > 1)
      p.warn(
        `inconsistent TTLs at "${fqdnOf(e.first, d.name)}": ${key.split(" ")[1]}:${[...e.ttls].sort((a, b) => a - b).join(",")}`,
        e.first.filepos
      );
}

// src/formats/dnscontrol/normalize/import-transform.ts
var ipNum = (s) => {
  const q = parseIPv4(s.trim());
  return q ? (q[0] << 24 >>> 0) + (q[1] << 16) + (q[2] << 8) + q[3] : void 0;
};
var numIp = (n) => [n >>> 24, n >>> 16 & 255, n >>> 8 & 255, n & 255].join(".");
function decodeTable(table) {
  const out = [];
  for (const row of table.split(";")) {
    const items = row.split("~").map((s) => s.trim());
    if (items.length !== 4)
      return `transform_table rows should have 4 elements, found ${items.length} in "${row.trim()}"`;
    const list = (s) => {
      const ips2 = [];
      for (const part of s.split(",")) {
        if (part.trim() === "") continue;
        const n = ipNum(part);
        if (n === void 0) return `${part} is not a valid ip address`;
        ips2.push(n);
      }
      return ips2;
    };
    const low = ipNum(items[0]);
    const high = ipNum(items[1]);
    const bases = list(items[2]);
    const ips = list(items[3]);
    if (low === void 0 || high === void 0)
      return `transform_table: bad range "${items[0]} ~ ${items[1]}"`;
    if (typeof bases === "string") return bases;
    if (typeof ips === "string") return ips;
    if (low > high)
      return `transform_table: Low should be less than High (${items[0]} > ${items[1]})`;
    if (bases.length && ips.length)
      return "transform_table rows should only specify one of NewBases or NewIPs, Not both";
    out.push({ low, high, bases, ips });
  }
  return out;
}
function transformIP(ip, table) {
  const n = ipNum(ip);
  if (n === void 0) return [ip];
  for (const c of table) {
    if (n < c.low || n > c.high) continue;
    if (c.ips.length) return c.ips.map(numIp);
    return c.bases.map((b) => numIp(b + (n - c.low) >>> 0));
  }
  return [ip];
}
function importTransforms(d, all, p) {
  const imports = d.records.filter((r) => r.type === "IMPORT_TRANSFORM");
  if (!imports.length) return;
  for (const imp of imports) {
    const table = decodeTable(imp.meta?.transform_table ?? "");
    if (typeof table === "string") {
      p.error(table, imp.filepos);
      continue;
    }
    const src = all.find(
      (x) => x.meta.dnscontrol_uniquename === imp.target.toLowerCase() || x.name === imp.target.toLowerCase()
    );
    if (!src) {
      p.error(`IMPORT_TRANSFORM mentions non-existent domain "${imp.target}"`, imp.filepos);
      continue;
    }
    const strip = imp.meta?.transform_suffixstrip ?? "";
    const has = (type, fqdn) => d.records.some((r) => r.type === type && fqdnOf(r, d.name) === fqdn);
    const relabel = (fqdn) => {
      let label = fqdn;
      if (strip) {
        if (!label.endsWith(`.${strip}`)) {
          p.error(`label "${fqdn}" does not end with ".${strip}"`, imp.filepos);
          return void 0;
        }
        label = label.slice(0, -(strip.length + 1));
      }
      return label === d.name ? "@" : label.endsWith(`.${d.name}`) ? label.slice(0, -(d.name.length + 1)) : label;
    };
    for (const rec of src.records) {
      if (rec.meta?.import_transform_skip) continue;
      const fqdn = fqdnOf(rec, src.name);
      if (has(rec.type, fqdn)) continue;
      const label = relabel(fqdn);
      if (label === void 0) continue;
      const ttl = imp.ttl || rec.ttl;
      if (rec.type === "A") {
        for (const ip of transformIP(rec.target, table))
          d.records.push({
            ...rec,
            name: label,
            target: ip,
            ttl,
            ...imp.filepos ? { filepos: imp.filepos } : {}
          });
      } else if (rec.type === "CNAME") {
        const newDomain = strip && d.name.startsWith(`${strip}.`) ? d.name.slice(strip.length + 1) : d.name;
        const target = rec.target.endsWith(".") ? `${rec.target}${newDomain}.` : `${addOrigin(rec.target, src.name)}.${newDomain}.`;
        d.records.push({
          ...rec,
          name: label,
          target,
          ttl,
          ...imp.filepos ? { filepos: imp.filepos } : {}
        });
      }
    }
  }
  for (let i = d.records.length - 1; i >= 0; i--)
    if (d.records[i].type === "IMPORT_TRANSFORM") d.records.splice(i, 1);
}
function expandTransforms(d, p) {
  const extra = [];
  for (const rec of d.records) {
    if (rec.type !== "A" || rec.meta?.transform === void 0) continue;
    const table = decodeTable(rec.meta.transform);
    if (typeof table === "string") {
      p.error(table, rec.filepos);
      continue;
    }
    const ips = transformIP(rec.target, table);
    rec.target = ips[0];
    for (const ip of ips.slice(1)) extra.push({ ...rec, meta: { ...rec.meta }, target: ip });
  }
  d.records.push(...extra);
}

// src/formats/dnscontrol/normalize/problems.ts
var Problems = class {
  constructor(file) {
    this.file = file;
  }
  file;
  errors = [];
  warnings = [];
  at(pos) {
    return parseFilepos(typeof pos === "string" ? pos : void 0) ?? { file: this.file };
  }
  error(message, pos, code = "dnscontrol/invalid") {
    this.errors.push({ level: "error", message, location: this.at(pos), code });
  }
  warn(message, pos, code = "dnscontrol/warning") {
    this.warnings.push({ level: "warning", message, location: this.at(pos), code });
  }
};

// src/formats/dnscontrol/normalize.ts
function positionsWarning(records, calls) {
  const parts = [];
  if (typeof records === "number" && records > 0)
    parts.push(
      `${records} records sit in very long runs of straight-line code: they point at their D() or D_EXTEND() call rather than their own line`
    );
  if (typeof calls === "number" && calls > 0)
    parts.push(
      `${calls} D() and D_EXTEND() calls come late in a very long config: they point only at their file${parts.length ? ", and so do their records that have no line of their own" : ""}`
    );
  return parts.length ? parts.join("; ") : void 0;
}
function normalizeConfig(json, file) {
  const p = new Problems(file);
  let raw;
  try {
    raw = JSON.parse(json);
  } catch {
    p.error("the configuration did not produce valid JSON");
    return { ir: void 0, errors: p.errors, warnings: p.warnings };
  }
  if (!isObj(raw) || !Array.isArray(raw.domains) || !Array.isArray(raw.registrars) || !Array.isArray(raw.dns_providers)) {
    p.error(
      "the configuration object was replaced or damaged by the config (conf must hold registrars, dns_providers, domains)"
    );
    return { ir: void 0, errors: p.errors, warnings: p.warnings };
  }
  const positions = positionsWarning(raw.positions_skipped, raw.call_positions_skipped);
  if (positions) p.warn(positions, void 0, "dnscontrol/positions");
  const registrars = providers(raw.registrars, "NewRegistrar", p);
  const dnsProviders = providers(raw.dns_providers, "NewDnsProvider", p);
  const domains = [];
  const seen = /* @__PURE__ */ new Set();
  for (const d of raw.domains) {
    const domain = normalizeDomain(d, p);
    if (!domain) continue;
    const unique = domain.meta.dnscontrol_uniquename;
    if (seen.has(unique)) p.error(`duplicate domain name: "${unique}"`, domain.filepos);
    seen.add(unique);
    domains.push(domain);
  }
  for (const d of domains) importTransforms(d, domains, p);
  for (const d of domains) {
    expandTransforms(d, p);
    checkCnames(d, p);
    checkDuplicates(d, p);
    checkTtls(d, p);
  }
  const ir = { registrars, dns_providers: dnsProviders, domains };
  return { ir: p.errors.length ? void 0 : ir, errors: p.errors, warnings: p.warnings };
}
function providers(list, what, p) {
  const out = [];
  for (const e of list) {
    if (!isObj(e) || typeof e.name !== "string" || typeof e.type !== "string") {
      p.error(`${what}: expected a name and a type`);
      continue;
    }
    out.push(
      isObj(e.meta) ? { name: e.name, type: e.type, meta: e.meta } : { name: e.name, type: e.type }
    );
  }
  return out;
}
function normalizeDomain(d, p) {
  if (!isObj(d) || typeof d.name !== "string") {
    p.error("D(): a domain without a name");
    return void 0;
  }
  const pos = d.filepos;
  if (typeof d.registrar !== "string") {
    p.error(
      `D("${d.name}"): the registrar must be a name (a string), not ${typeof d.registrar}`,
      pos
    );
    return void 0;
  }
  const full = d.name.toLowerCase();
  const bang = full.indexOf("!");
  const name = bang < 0 ? full : full.slice(0, bang);
  const tag = bang < 0 ? "" : full.slice(bang + 1);
  const meta = stringMap(d.meta, `D("${d.name}") meta`, pos, p);
  meta.dnscontrol_tag = tag;
  meta.dnscontrol_uniquename = tag ? `${name}!${tag}` : name;
  const dnsProviders = /* @__PURE__ */ Object.create(null);
  if (isObj(d.dnsProviders))
    for (const [k, v] of Object.entries(d.dnsProviders)) {
      if (typeof v === "number" && Number.isInteger(v) && v >= -1) dnsProviders[k] = v;
      else
        p.error(
          `DnsProvider("${k}", ${String(v)}): the nameserver count must be a whole number`,
          pos
        );
    }
  const nameservers = [];
  for (const ns of Array.isArray(d.nameservers) ? d.nameservers : []) {
    const n = isObj(ns) ? ns.name : void 0;
    if (typeof n !== "string") {
      p.error(`NAMESERVER() in ${name}: the name must be a string`, isObj(ns) ? ns.filepos : pos);
      continue;
    }
    const problem = checkTarget(n);
    if (problem) p.error(`NAMESERVER("${n}"): ${problem}`, isObj(ns) ? ns.filepos : pos);
    nameservers.push({ name: addOrigin(n.toLowerCase(), `${name}.`).replace(/\.$/, "") });
  }
  const records = [];
  for (const r of Array.isArray(d.records) ? d.records : []) {
    const rec = normalizeRecord(r, name, p);
    if (rec) records.push(rec);
  }
  const absent = [];
  for (const r of Array.isArray(d.recordsabsent) ? d.recordsabsent : []) {
    const rec = readRecord(r, name, p);
    if (rec) absent.push(compact(rec));
  }
  const raw = rawRecords(d.rawrecords, name, p);
  const unmanaged = (Array.isArray(d.unmanaged) ? d.unmanaged : []).filter(isObj).map((u) => {
    const out = {};
    for (const k of ["label_pattern", "rType_pattern", "target_pattern"])
      if (typeof u[k] === "string" && u[k] !== "") out[k] = u[k];
    return out;
  });
  const domain = {
    name,
    registrar: d.registrar,
    dnsProviders,
    meta,
    records
  };
  if (nameservers.length) domain.nameservers = nameservers;
  if (absent.length) domain.recordsabsent = absent;
  if (raw.length) domain.rawrecords = raw;
  if (d.keepunknown === true) domain.keepunknown = true;
  if (unmanaged.length) domain.unmanaged = unmanaged;
  if (d.unmanaged_disable_safety_check === true) domain.unmanaged_disable_safety_check = true;
  if (d.ignore_external_dns === true) domain.ignore_external_dns = true;
  if (typeof d.external_dns_prefix === "string" && d.external_dns_prefix)
    domain.external_dns_prefix = d.external_dns_prefix;
  if (d.auto_dnssec === "on" || d.auto_dnssec === "off") domain.auto_dnssec = d.auto_dnssec;
  if (typeof pos === "string") domain.filepos = pos;
  return domain;
}
function rawRecords(list, domain, p) {
  const out = [];
  for (const r of Array.isArray(list) ? list : []) {
    if (!isObj(r) || typeof r.type !== "string" || !Array.isArray(r.args)) {
      p.error(`a raw record in ${domain} is malformed`);
      continue;
    }
    const rec = {
      type: r.type,
      args: r.args
    };
    if (Array.isArray(r.metas) && r.metas.length) rec.metas = r.metas.filter(isObj);
    if (typeof r.ttl === "number" && r.ttl !== 0) rec.ttl = r.ttl;
    if (typeof r.filepos === "string") rec.filepos = r.filepos;
    if (r.type === "CLOUDFLAREAPI_SINGLE_REDIRECT" && r.args.length !== 4)
      p.error(
        `CF_SINGLE_REDIRECT needs 4 arguments (name, code, when, then), got ${r.args.length}`,
        r.filepos
      );
    out.push(rec);
  }
  return out;
}

// src/formats/dnscontrol/variables.ts
function howToPass(name) {
  return `pass it with --var ${name}=\u2026 (the Action: a line ${name}=\u2026 in its vars input), as dnscontrol -v ${name}=\u2026 does`;
}
var NOT_DEFINED = /^ReferenceError: '([A-Za-z_$][\w$]{0,99})' is not defined$/;
var ABOUT_NOTHING = /\b(null|undefined)\b/;
var MAX_NAMES = 5;
var MAX_LINE = 1e4;
function explainVariables(d, unset, texts) {
  const hint = variableHint(d, unset, texts);
  return hint ? { ...d, message: `${d.message}${hint}` } : d;
}
function variableHint(d, unset, texts) {
  const undefinedName = NOT_DEFINED.exec(d.message)?.[1];
  if (undefinedName)
    return `. If ${undefinedName} is a variable DNSControl gets from its command line, ${howToPass(undefinedName)}`;
  if (unset.length === 0) return "";
  const line = sourceLine(texts, d.location.file, d.location.line);
  const named = line === void 0 ? [] : unset.filter((n) => mentions(line, n));
  const names = named.length > 0 ? named : ABOUT_NOTHING.test(d.message) ? unset : [];
  if (names.length === 0) return "";
  const shown = names.slice(0, MAX_NAMES);
  const more = names.length > shown.length ? ` (and ${names.length - shown.length} more)` : "";
  const subject = names.length === 1 ? `${shown[0]} has no value (its CLI_DEFAULTS default is null or undefined, and none was passed)` : `${shown.join(", ")}${more} have no value (their CLI_DEFAULTS defaults are null or undefined, and none was passed)`;
  return `. ${subject}: ${howToPass(shown[0])}`;
}
function sourceLine(texts, file, line) {
  const text = texts.get(file);
  if (text === void 0 || line === void 0) return void 0;
  let start = 0;
  for (let n = 1; n < line; n++) {
    const next = text.indexOf("\n", start);
    if (next < 0) return void 0;
    start = next + 1;
  }
  const end = text.indexOf("\n", start);
  return text.slice(start, Math.min(end < 0 ? text.length : end, start + MAX_LINE));
}
function mentions(line, name) {
  for (let at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + 1)) {
    if (!isIdentifierChar(line[at - 1]) && !isIdentifierChar(line[at + name.length])) return true;
  }
  return false;
}
function isIdentifierChar(c) {
  return c !== void 0 && /[\w$]/.test(c);
}

// src/formats/dnscontrol/evaluate.ts
function knownValues(vars) {
  return [...vars ?? []].map(([name, value]) => ({ name, value }));
}
function maskDiagnostic(d, values) {
  return values.length ? { ...d, message: maskKnownValues(d.message, values) } : d;
}
var LOADABLE = /\.(js|json|json5)$/i;
var SKIP_DIRS = /(^|\/)(node_modules|\.git)\//;
var MAX_PRELOAD_FILES = 5e3;
var MAX_PRELOAD_BYTES = 64 * 1024 * 1024;
async function preload(tree, mainFile, mainText) {
  const listing = await tree.listFiles();
  const texts = /* @__PURE__ */ new Map([[mainFile, mainText]]);
  const targets = /* @__PURE__ */ new Map();
  const wanted = listing.filter((f) => LOADABLE.test(f) && !SKIP_DIRS.test(f) && f !== mainFile).slice(0, MAX_PRELOAD_FILES);
  let bytes = mainText.length;
  const readLoadable = async (f) => {
    const reached = tree.resolvePath ? await tree.resolvePath(f) : f;
    if (reached === void 0) return void 0;
    if (reached !== f) targets.set(f, reached);
    return holdsCredentials(f) || holdsCredentials(reached) ? void 0 : await tree.readText(f);
  };
  for (let i = 0; i < wanted.length && bytes < MAX_PRELOAD_BYTES; i += 32) {
    const batch = wanted.slice(i, i + 32);
    const read = await Promise.all(
      batch.map(async (f) => {
        try {
          return await readLoadable(f);
        } catch (e) {
          if (e instanceof SourceError) return void 0;
          throw e;
        }
      })
    );
    batch.forEach((f, k) => {
      const text = read[k];
      if (text !== void 0 && bytes + text.length <= MAX_PRELOAD_BYTES) {
        texts.set(f, text);
        bytes += text.length;
      }
    });
  }
  return { texts, listing, targets };
}
async function sandboxInput(tree, file, opts) {
  let source;
  try {
    source = await tree.readText(file);
  } catch (e) {
    if (e instanceof SourceError)
      return fail({ level: "error", message: e.message, location: { file } });
    throw e;
  }
  if (source === void 0)
    return fail({ level: "error", message: "file not found", location: { file } });
  const files = await preload(tree, file, source);
  const baseDir = opts.baseDir ?? posix2.dirname(file).replace(/^\.$/, "");
  return ok({ source, file, files, baseDir, ...opts.vars?.size ? { vars: [...opts.vars] } : {} });
}
async function evaluateAhead(next, ahead, limits, own) {
  const input = await next;
  if (!input?.ok) return void 0;
  if (own && sameInput(own.input, input.value)) return own;
  return { input: input.value, limits, evaluation: ahead.start(input.value, limits) };
}
async function evaluateDnsconfigFull(tree, file, opts = {}) {
  const prepared = await sandboxInput(tree, file, opts);
  if (!prepared.ok) return prepared;
  const input = prepared.value;
  const { files } = input;
  const masked = knownValues(opts.vars);
  const limits = {
    timeoutMs: opts.evalTimeoutMs ?? DEFAULT_TIMEOUT_MS,
    memoryBytes: opts.evalMemoryBytes ?? DEFAULT_MEMORY_BYTES
  };
  const same = await takeSameEvaluation(opts.memo, input, limits);
  const { next, ahead } = opts;
  const nextInput = !same.found && next && ahead ? sandboxInput(next, file, opts).catch(() => void 0) : void 0;
  const outcome = await (same.outcome ?? (ahead ? ahead.run(input, limits) : runInSandbox(input, limits)));
  const startsNext = nextInput !== void 0 && ahead !== void 0 && outcome.ok;
  if (!same.found)
    keepEvaluation(
      opts.memo,
      { input, limits, outcome },
      startsNext ? (own) => evaluateAhead(nextInput, ahead, limits, own) : void 0
    );
  if (startsNext) await new Promise((resolve) => setImmediate(resolve));
  if (!outcome.ok) {
    const { message, ...location } = outcome.error;
    const d = { level: "error", message, location, code: "dnscontrol/evaluation" };
    return fail(maskDiagnostic(explainVariables(d, outcome.unset ?? [], files.texts), masked));
  }
  const normalized = normalizeConfig(outcome.json, file);
  if (!normalized.ir)
    return {
      ok: false,
      errors: normalized.errors.map(
        (e) => maskDiagnostic(explainVariables(e, outcome.unset ?? [], files.texts), masked)
      )
    };
  return ok(
    {
      ir: normalized.ir,
      log: outcome.log.map((line) => maskKnownValues(line, masked)),
      files: outcome.filesRead
    },
    normalized.warnings.map((w) => maskDiagnostic(w, masked))
  );
}

export {
  require_lib,
  sandboxMemoryBytes,
  SandboxAhead,
  knownValues,
  maskDiagnostic,
  evaluateDnsconfigFull
};
