import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  parseResolverSpec,
  readSystemResolvers
} from "./chunk-XQKESXWW.js";
import {
  DNSKEY_FLAG_ZONE,
  describeSpecialUse,
  keyTag,
  matchDs,
  nameToWire,
  newestSerial,
  parseDnskey,
  parseDs,
  serverLabel,
  specialUseZone
} from "./chunk-6726HYXS.js";
import {
  TYPE_NUMBERS,
  canonicalName,
  canonicalRdata,
  isInZone,
  isPseudoType,
  parentName,
  parseRecordType,
  plainForm,
  quoteOctets
} from "./chunk-UEUQZ7ZE.js";
import {
  formatIPv6,
  isIPv4,
  makeRRset,
  parseIPv6,
  rrsetKey,
  sameValues
} from "./chunk-NHBBLBWC.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-Y6VGXGMD.js";

// node_modules/dns-packet/types.js
var require_types = __commonJS({
  "node_modules/dns-packet/types.js"(exports) {
    "use strict";
    exports.toString = function(type) {
      switch (type) {
        case 1:
          return "A";
        case 10:
          return "NULL";
        case 28:
          return "AAAA";
        case 18:
          return "AFSDB";
        case 42:
          return "APL";
        case 257:
          return "CAA";
        case 60:
          return "CDNSKEY";
        case 59:
          return "CDS";
        case 37:
          return "CERT";
        case 5:
          return "CNAME";
        case 49:
          return "DHCID";
        case 32769:
          return "DLV";
        case 39:
          return "DNAME";
        case 48:
          return "DNSKEY";
        case 43:
          return "DS";
        case 55:
          return "HIP";
        case 13:
          return "HINFO";
        case 45:
          return "IPSECKEY";
        case 25:
          return "KEY";
        case 36:
          return "KX";
        case 29:
          return "LOC";
        case 15:
          return "MX";
        case 35:
          return "NAPTR";
        case 2:
          return "NS";
        case 47:
          return "NSEC";
        case 50:
          return "NSEC3";
        case 51:
          return "NSEC3PARAM";
        case 12:
          return "PTR";
        case 46:
          return "RRSIG";
        case 17:
          return "RP";
        case 24:
          return "SIG";
        case 6:
          return "SOA";
        case 99:
          return "SPF";
        case 33:
          return "SRV";
        case 44:
          return "SSHFP";
        case 32768:
          return "TA";
        case 249:
          return "TKEY";
        case 52:
          return "TLSA";
        case 250:
          return "TSIG";
        case 16:
          return "TXT";
        case 252:
          return "AXFR";
        case 251:
          return "IXFR";
        case 41:
          return "OPT";
        case 255:
          return "ANY";
      }
      return "UNKNOWN_" + type;
    };
    exports.toType = function(name) {
      switch (name.toUpperCase()) {
        case "A":
          return 1;
        case "NULL":
          return 10;
        case "AAAA":
          return 28;
        case "AFSDB":
          return 18;
        case "APL":
          return 42;
        case "CAA":
          return 257;
        case "CDNSKEY":
          return 60;
        case "CDS":
          return 59;
        case "CERT":
          return 37;
        case "CNAME":
          return 5;
        case "DHCID":
          return 49;
        case "DLV":
          return 32769;
        case "DNAME":
          return 39;
        case "DNSKEY":
          return 48;
        case "DS":
          return 43;
        case "HIP":
          return 55;
        case "HINFO":
          return 13;
        case "IPSECKEY":
          return 45;
        case "KEY":
          return 25;
        case "KX":
          return 36;
        case "LOC":
          return 29;
        case "MX":
          return 15;
        case "NAPTR":
          return 35;
        case "NS":
          return 2;
        case "NSEC":
          return 47;
        case "NSEC3":
          return 50;
        case "NSEC3PARAM":
          return 51;
        case "PTR":
          return 12;
        case "RRSIG":
          return 46;
        case "RP":
          return 17;
        case "SIG":
          return 24;
        case "SOA":
          return 6;
        case "SPF":
          return 99;
        case "SRV":
          return 33;
        case "SSHFP":
          return 44;
        case "TA":
          return 32768;
        case "TKEY":
          return 249;
        case "TLSA":
          return 52;
        case "TSIG":
          return 250;
        case "TXT":
          return 16;
        case "AXFR":
          return 252;
        case "IXFR":
          return 251;
        case "OPT":
          return 41;
        case "ANY":
          return 255;
        case "*":
          return 255;
      }
      if (name.toUpperCase().startsWith("UNKNOWN_")) return parseInt(name.slice(8));
      return 0;
    };
  }
});

// node_modules/dns-packet/rcodes.js
var require_rcodes = __commonJS({
  "node_modules/dns-packet/rcodes.js"(exports) {
    "use strict";
    exports.toString = function(rcode) {
      switch (rcode) {
        case 0:
          return "NOERROR";
        case 1:
          return "FORMERR";
        case 2:
          return "SERVFAIL";
        case 3:
          return "NXDOMAIN";
        case 4:
          return "NOTIMP";
        case 5:
          return "REFUSED";
        case 6:
          return "YXDOMAIN";
        case 7:
          return "YXRRSET";
        case 8:
          return "NXRRSET";
        case 9:
          return "NOTAUTH";
        case 10:
          return "NOTZONE";
        case 11:
          return "RCODE_11";
        case 12:
          return "RCODE_12";
        case 13:
          return "RCODE_13";
        case 14:
          return "RCODE_14";
        case 15:
          return "RCODE_15";
      }
      return "RCODE_" + rcode;
    };
    exports.toRcode = function(code) {
      switch (code.toUpperCase()) {
        case "NOERROR":
          return 0;
        case "FORMERR":
          return 1;
        case "SERVFAIL":
          return 2;
        case "NXDOMAIN":
          return 3;
        case "NOTIMP":
          return 4;
        case "REFUSED":
          return 5;
        case "YXDOMAIN":
          return 6;
        case "YXRRSET":
          return 7;
        case "NXRRSET":
          return 8;
        case "NOTAUTH":
          return 9;
        case "NOTZONE":
          return 10;
        case "RCODE_11":
          return 11;
        case "RCODE_12":
          return 12;
        case "RCODE_13":
          return 13;
        case "RCODE_14":
          return 14;
        case "RCODE_15":
          return 15;
      }
      return 0;
    };
  }
});

// node_modules/dns-packet/opcodes.js
var require_opcodes = __commonJS({
  "node_modules/dns-packet/opcodes.js"(exports) {
    "use strict";
    exports.toString = function(opcode) {
      switch (opcode) {
        case 0:
          return "QUERY";
        case 1:
          return "IQUERY";
        case 2:
          return "STATUS";
        case 3:
          return "OPCODE_3";
        case 4:
          return "NOTIFY";
        case 5:
          return "UPDATE";
        case 6:
          return "OPCODE_6";
        case 7:
          return "OPCODE_7";
        case 8:
          return "OPCODE_8";
        case 9:
          return "OPCODE_9";
        case 10:
          return "OPCODE_10";
        case 11:
          return "OPCODE_11";
        case 12:
          return "OPCODE_12";
        case 13:
          return "OPCODE_13";
        case 14:
          return "OPCODE_14";
        case 15:
          return "OPCODE_15";
      }
      return "OPCODE_" + opcode;
    };
    exports.toOpcode = function(code) {
      switch (code.toUpperCase()) {
        case "QUERY":
          return 0;
        case "IQUERY":
          return 1;
        case "STATUS":
          return 2;
        case "OPCODE_3":
          return 3;
        case "NOTIFY":
          return 4;
        case "UPDATE":
          return 5;
        case "OPCODE_6":
          return 6;
        case "OPCODE_7":
          return 7;
        case "OPCODE_8":
          return 8;
        case "OPCODE_9":
          return 9;
        case "OPCODE_10":
          return 10;
        case "OPCODE_11":
          return 11;
        case "OPCODE_12":
          return 12;
        case "OPCODE_13":
          return 13;
        case "OPCODE_14":
          return 14;
        case "OPCODE_15":
          return 15;
      }
      return 0;
    };
  }
});

// node_modules/dns-packet/classes.js
var require_classes = __commonJS({
  "node_modules/dns-packet/classes.js"(exports) {
    "use strict";
    exports.toString = function(klass) {
      switch (klass) {
        case 1:
          return "IN";
        case 2:
          return "CS";
        case 3:
          return "CH";
        case 4:
          return "HS";
        case 255:
          return "ANY";
      }
      return "UNKNOWN_" + klass;
    };
    exports.toClass = function(name) {
      switch (name.toUpperCase()) {
        case "IN":
          return 1;
        case "CS":
          return 2;
        case "CH":
          return 3;
        case "HS":
          return 4;
        case "ANY":
          return 255;
      }
      return 0;
    };
  }
});

// node_modules/dns-packet/optioncodes.js
var require_optioncodes = __commonJS({
  "node_modules/dns-packet/optioncodes.js"(exports) {
    "use strict";
    exports.toString = function(type) {
      switch (type) {
        // list at
        // https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-11
        case 1:
          return "LLQ";
        case 2:
          return "UL";
        case 3:
          return "NSID";
        case 5:
          return "DAU";
        case 6:
          return "DHU";
        case 7:
          return "N3U";
        case 8:
          return "CLIENT_SUBNET";
        case 9:
          return "EXPIRE";
        case 10:
          return "COOKIE";
        case 11:
          return "TCP_KEEPALIVE";
        case 12:
          return "PADDING";
        case 13:
          return "CHAIN";
        case 14:
          return "KEY_TAG";
        case 26946:
          return "DEVICEID";
      }
      if (type < 0) {
        return null;
      }
      return `OPTION_${type}`;
    };
    exports.toCode = function(name) {
      if (typeof name === "number") {
        return name;
      }
      if (!name) {
        return -1;
      }
      switch (name.toUpperCase()) {
        case "OPTION_0":
          return 0;
        case "LLQ":
          return 1;
        case "UL":
          return 2;
        case "NSID":
          return 3;
        case "OPTION_4":
          return 4;
        case "DAU":
          return 5;
        case "DHU":
          return 6;
        case "N3U":
          return 7;
        case "CLIENT_SUBNET":
          return 8;
        case "EXPIRE":
          return 9;
        case "COOKIE":
          return 10;
        case "TCP_KEEPALIVE":
          return 11;
        case "PADDING":
          return 12;
        case "CHAIN":
          return 13;
        case "KEY_TAG":
          return 14;
        case "DEVICEID":
          return 26946;
        case "OPTION_65535":
          return 65535;
      }
      const m = name.match(/_(\d+)$/);
      if (m) {
        return parseInt(m[1], 10);
      }
      return -1;
    };
  }
});

// node_modules/@leichtgewicht/ip-codec/index.cjs
var require_ip_codec = __commonJS({
  "node_modules/@leichtgewicht/ip-codec/index.cjs"(exports, module) {
    var ipCodec = (function(exports2) {
      "use strict";
      Object.defineProperty(exports2, "__esModule", {
        value: true
      });
      exports2.decode = decode2;
      exports2.encode = encode;
      exports2.familyOf = familyOf;
      exports2.name = void 0;
      exports2.sizeOf = sizeOf;
      exports2.v6 = exports2.v4 = void 0;
      const v4Regex = /^(\d{1,3}\.){3,3}\d{1,3}$/;
      const v4Size = 4;
      const v6Regex = /^(::)?(((\d{1,3}\.){3}(\d{1,3}){1})?([0-9a-f]){0,4}:{0,2}){1,8}(::)?$/i;
      const v6Size = 16;
      const v4 = {
        name: "v4",
        size: v4Size,
        isFormat: (ip) => v4Regex.test(ip),
        encode(ip, buff, offset) {
          offset = ~~offset;
          buff = buff || new Uint8Array(offset + v4Size);
          const max = ip.length;
          let n = 0;
          for (let i = 0; i < max; ) {
            const c = ip.charCodeAt(i++);
            if (c === 46) {
              buff[offset++] = n;
              n = 0;
            } else {
              n = n * 10 + (c - 48);
            }
          }
          buff[offset] = n;
          return buff;
        },
        decode(buff, offset) {
          offset = ~~offset;
          return `${buff[offset++]}.${buff[offset++]}.${buff[offset++]}.${buff[offset]}`;
        }
      };
      exports2.v4 = v4;
      const v6 = {
        name: "v6",
        size: v6Size,
        isFormat: (ip) => ip.length > 0 && v6Regex.test(ip),
        encode(ip, buff, offset) {
          offset = ~~offset;
          let end2 = offset + v6Size;
          let fill = -1;
          let hexN = 0;
          let decN = 0;
          let prevColon = true;
          let useDec = false;
          buff = buff || new Uint8Array(offset + v6Size);
          for (let i = 0; i < ip.length; i++) {
            let c = ip.charCodeAt(i);
            if (c === 58) {
              if (prevColon) {
                if (fill !== -1) {
                  if (offset < end2) buff[offset] = 0;
                  if (offset < end2 - 1) buff[offset + 1] = 0;
                  offset += 2;
                } else if (offset < end2) {
                  fill = offset;
                }
              } else {
                if (useDec === true) {
                  if (offset < end2) buff[offset] = decN;
                  offset++;
                } else {
                  if (offset < end2) buff[offset] = hexN >> 8;
                  if (offset < end2 - 1) buff[offset + 1] = hexN & 255;
                  offset += 2;
                }
                hexN = 0;
                decN = 0;
              }
              prevColon = true;
              useDec = false;
            } else if (c === 46) {
              if (offset < end2) buff[offset] = decN;
              offset++;
              decN = 0;
              hexN = 0;
              prevColon = false;
              useDec = true;
            } else {
              prevColon = false;
              if (c >= 97) {
                c -= 87;
              } else if (c >= 65) {
                c -= 55;
              } else {
                c -= 48;
                decN = decN * 10 + c;
              }
              hexN = (hexN << 4) + c;
            }
          }
          if (prevColon === false) {
            if (useDec === true) {
              if (offset < end2) buff[offset] = decN;
              offset++;
            } else {
              if (offset < end2) buff[offset] = hexN >> 8;
              if (offset < end2 - 1) buff[offset + 1] = hexN & 255;
              offset += 2;
            }
          } else if (fill === 0) {
            if (offset < end2) buff[offset] = 0;
            if (offset < end2 - 1) buff[offset + 1] = 0;
            offset += 2;
          } else if (fill !== -1) {
            offset += 2;
            for (let i = Math.min(offset - 1, end2 - 1); i >= fill + 2; i--) {
              buff[i] = buff[i - 2];
            }
            buff[fill] = 0;
            buff[fill + 1] = 0;
            fill = offset;
          }
          if (fill !== offset && fill !== -1) {
            if (offset > end2 - 2) {
              offset = end2 - 2;
            }
            while (end2 > fill) {
              buff[--end2] = offset < end2 && offset > fill ? buff[--offset] : 0;
            }
          } else {
            while (offset < end2) {
              buff[offset++] = 0;
            }
          }
          return buff;
        },
        decode(buff, offset) {
          offset = ~~offset;
          let result = "";
          for (let i = 0; i < v6Size; i += 2) {
            if (i !== 0) {
              result += ":";
            }
            result += (buff[offset + i] << 8 | buff[offset + i + 1]).toString(16);
          }
          return result.replace(/(^|:)0(:0)*:0(:|$)/, "$1::$3").replace(/:{3,4}/, "::");
        }
      };
      exports2.v6 = v6;
      const name = "ip";
      exports2.name = name;
      function sizeOf(ip) {
        if (v4.isFormat(ip)) return v4.size;
        if (v6.isFormat(ip)) return v6.size;
        throw Error(`Invalid ip address: ${ip}`);
      }
      function familyOf(string) {
        return sizeOf(string) === v4.size ? 1 : 2;
      }
      function encode(ip, buff, offset) {
        offset = ~~offset;
        const size = sizeOf(ip);
        if (typeof buff === "function") {
          buff = buff(offset + size);
        }
        if (size === v4.size) {
          return v4.encode(ip, buff, offset);
        }
        return v6.encode(ip, buff, offset);
      }
      function decode2(buff, offset, length) {
        offset = ~~offset;
        length = length || buff.length - offset;
        if (length === v4.size) {
          return v4.decode(buff, offset, length);
        }
        if (length === v6.size) {
          return v6.decode(buff, offset, length);
        }
        throw Error(`Invalid buffer size needs to be ${v4.size} for v4 or ${v6.size} for v6.`);
      }
      return "default" in exports2 ? exports2.default : exports2;
    })({});
    if (typeof define === "function" && define.amd) define([], function() {
      return ipCodec;
    });
    else if (typeof module === "object" && typeof exports === "object") module.exports = ipCodec;
  }
});

// node_modules/dns-packet/index.js
var require_dns_packet = __commonJS({
  "node_modules/dns-packet/index.js"(exports) {
    "use strict";
    var Buffer2 = __require("buffer").Buffer;
    var types = require_types();
    var rcodes = require_rcodes();
    var opcodes = require_opcodes();
    var classes = require_classes();
    var optioncodes = require_optioncodes();
    var ip = require_ip_codec();
    var QUERY_FLAG = 0;
    var RESPONSE_FLAG = 1 << 15;
    var FLUSH_MASK = 1 << 15;
    var NOT_FLUSH_MASK = ~FLUSH_MASK;
    var QU_MASK = 1 << 15;
    var NOT_QU_MASK = ~QU_MASK;
    var name = exports.name = {};
    name.encode = function(str, buf, offset, { mail = false } = {}) {
      if (!buf) buf = Buffer2.alloc(name.encodingLength(str));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const n = str.replace(/^\.|\.$/gm, "");
      if (n.length) {
        let list = [];
        if (mail) {
          let localPart = "";
          n.split(".").forEach((label) => {
            if (label.endsWith("\\")) {
              localPart += (localPart.length ? "." : "") + label.slice(0, -1);
            } else {
              if (list.length === 0 && localPart.length) {
                list.push(localPart + "." + label);
              } else {
                list.push(label);
              }
            }
          });
        } else {
          list = n.split(".");
        }
        for (let i = 0; i < list.length; i++) {
          const len = buf.write(list[i], offset + 1);
          buf[offset] = len;
          offset += len + 1;
        }
      }
      buf[offset++] = 0;
      name.encode.bytes = offset - oldOffset;
      return buf;
    };
    name.encode.bytes = 0;
    name.decode = function(buf, offset, { mail = false } = {}) {
      if (!offset) offset = 0;
      const list = [];
      let oldOffset = offset;
      let totalLength = 0;
      let consumedBytes = 0;
      let jumped = false;
      while (true) {
        if (offset >= buf.length) {
          throw new Error("Cannot decode name (buffer overflow)");
        }
        const len = buf[offset++];
        consumedBytes += jumped ? 0 : 1;
        if (len === 0) {
          break;
        } else if ((len & 192) === 0) {
          if (offset + len > buf.length) {
            throw new Error("Cannot decode name (buffer overflow)");
          }
          totalLength += len + 1;
          if (totalLength > 254) {
            throw new Error("Cannot decode name (name too long)");
          }
          let label = buf.toString("utf-8", offset, offset + len);
          if (mail) {
            label = label.replace(/\./g, "\\.");
          }
          list.push(label);
          offset += len;
          consumedBytes += jumped ? 0 : len;
        } else if ((len & 192) === 192) {
          if (offset + 1 > buf.length) {
            throw new Error("Cannot decode name (buffer overflow)");
          }
          const jumpOffset = buf.readUInt16BE(offset - 1) - 49152;
          if (jumpOffset >= oldOffset) {
            throw new Error("Cannot decode name (bad pointer)");
          }
          offset = jumpOffset;
          oldOffset = jumpOffset;
          consumedBytes += jumped ? 0 : 1;
          jumped = true;
        } else {
          throw new Error("Cannot decode name (bad label)");
        }
      }
      name.decode.bytes = consumedBytes;
      return list.length === 0 ? "." : list.join(".");
    };
    name.decode.bytes = 0;
    name.encodingLength = function(n) {
      if (n === "." || n === "..") return 1;
      return Buffer2.byteLength(n.replace(/^\.|\.$/gm, "")) + 2;
    };
    var string = {};
    string.encode = function(s, buf, offset) {
      if (!buf) buf = Buffer2.alloc(string.encodingLength(s));
      if (!offset) offset = 0;
      const len = buf.write(s, offset + 1);
      buf[offset] = len;
      string.encode.bytes = len + 1;
      return buf;
    };
    string.encode.bytes = 0;
    string.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf[offset];
      const s = buf.toString("utf-8", offset + 1, offset + 1 + len);
      string.decode.bytes = len + 1;
      return s;
    };
    string.decode.bytes = 0;
    string.encodingLength = function(s) {
      return Buffer2.byteLength(s) + 1;
    };
    var header = {};
    header.encode = function(h, buf, offset) {
      if (!buf) buf = header.encodingLength(h);
      if (!offset) offset = 0;
      const flags = (h.flags || 0) & 32767;
      const type = h.type === "response" ? RESPONSE_FLAG : QUERY_FLAG;
      buf.writeUInt16BE(h.id || 0, offset);
      buf.writeUInt16BE(flags | type, offset + 2);
      buf.writeUInt16BE(h.questions.length, offset + 4);
      buf.writeUInt16BE(h.answers.length, offset + 6);
      buf.writeUInt16BE(h.authorities.length, offset + 8);
      buf.writeUInt16BE(h.additionals.length, offset + 10);
      return buf;
    };
    header.encode.bytes = 12;
    header.decode = function(buf, offset) {
      if (!offset) offset = 0;
      if (buf.length < 12) throw new Error("Header must be 12 bytes");
      const flags = buf.readUInt16BE(offset + 2);
      return {
        id: buf.readUInt16BE(offset),
        type: flags & RESPONSE_FLAG ? "response" : "query",
        flags: flags & 32767,
        flag_qr: (flags >> 15 & 1) === 1,
        opcode: opcodes.toString(flags >> 11 & 15),
        flag_aa: (flags >> 10 & 1) === 1,
        flag_tc: (flags >> 9 & 1) === 1,
        flag_rd: (flags >> 8 & 1) === 1,
        flag_ra: (flags >> 7 & 1) === 1,
        flag_z: (flags >> 6 & 1) === 1,
        flag_ad: (flags >> 5 & 1) === 1,
        flag_cd: (flags >> 4 & 1) === 1,
        rcode: rcodes.toString(flags & 15),
        questions: new Array(buf.readUInt16BE(offset + 4)),
        answers: new Array(buf.readUInt16BE(offset + 6)),
        authorities: new Array(buf.readUInt16BE(offset + 8)),
        additionals: new Array(buf.readUInt16BE(offset + 10))
      };
    };
    header.decode.bytes = 12;
    header.encodingLength = function() {
      return 12;
    };
    var runknown = exports.unknown = {};
    runknown.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(runknown.encodingLength(data));
      if (!offset) offset = 0;
      buf.writeUInt16BE(data.length, offset);
      data.copy(buf, offset + 2);
      runknown.encode.bytes = data.length + 2;
      return buf;
    };
    runknown.encode.bytes = 0;
    runknown.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf.readUInt16BE(offset);
      const data = buf.slice(offset + 2, offset + 2 + len);
      runknown.decode.bytes = len + 2;
      return data;
    };
    runknown.decode.bytes = 0;
    runknown.encodingLength = function(data) {
      return data.length + 2;
    };
    var rns = exports.ns = {};
    rns.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rns.encodingLength(data));
      if (!offset) offset = 0;
      name.encode(data, buf, offset + 2);
      buf.writeUInt16BE(name.encode.bytes, offset);
      rns.encode.bytes = name.encode.bytes + 2;
      return buf;
    };
    rns.encode.bytes = 0;
    rns.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf.readUInt16BE(offset);
      const dd = name.decode(buf, offset + 2);
      rns.decode.bytes = len + 2;
      return dd;
    };
    rns.decode.bytes = 0;
    rns.encodingLength = function(data) {
      return name.encodingLength(data) + 2;
    };
    var rsoa = exports.soa = {};
    rsoa.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rsoa.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      name.encode(data.mname, buf, offset);
      offset += name.encode.bytes;
      name.encode(data.rname, buf, offset, { mail: true });
      offset += name.encode.bytes;
      buf.writeUInt32BE(data.serial || 0, offset);
      offset += 4;
      buf.writeUInt32BE(data.refresh || 0, offset);
      offset += 4;
      buf.writeUInt32BE(data.retry || 0, offset);
      offset += 4;
      buf.writeUInt32BE(data.expire || 0, offset);
      offset += 4;
      buf.writeUInt32BE(data.minimum || 0, offset);
      offset += 4;
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rsoa.encode.bytes = offset - oldOffset;
      return buf;
    };
    rsoa.encode.bytes = 0;
    rsoa.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.mname = name.decode(buf, offset);
      offset += name.decode.bytes;
      data.rname = name.decode(buf, offset, { mail: true });
      offset += name.decode.bytes;
      data.serial = buf.readUInt32BE(offset);
      offset += 4;
      data.refresh = buf.readUInt32BE(offset);
      offset += 4;
      data.retry = buf.readUInt32BE(offset);
      offset += 4;
      data.expire = buf.readUInt32BE(offset);
      offset += 4;
      data.minimum = buf.readUInt32BE(offset);
      offset += 4;
      rsoa.decode.bytes = offset - oldOffset;
      return data;
    };
    rsoa.decode.bytes = 0;
    rsoa.encodingLength = function(data) {
      return 22 + name.encodingLength(data.mname) + name.encodingLength(data.rname);
    };
    var rtxt = exports.txt = {};
    rtxt.encode = function(data, buf, offset) {
      if (!Array.isArray(data)) data = [data];
      for (let i = 0; i < data.length; i++) {
        if (typeof data[i] === "string") {
          data[i] = Buffer2.from(data[i]);
        }
        if (!Buffer2.isBuffer(data[i])) {
          throw new Error("Must be a Buffer");
        }
      }
      if (!buf) buf = Buffer2.alloc(rtxt.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      data.forEach(function(d) {
        buf[offset++] = d.length;
        d.copy(buf, offset, 0, d.length);
        offset += d.length;
      });
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rtxt.encode.bytes = offset - oldOffset;
      return buf;
    };
    rtxt.encode.bytes = 0;
    rtxt.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      let remaining = buf.readUInt16BE(offset);
      offset += 2;
      let data = [];
      while (remaining > 0) {
        const len = buf[offset++];
        --remaining;
        if (remaining < len) {
          throw new Error("Buffer overflow");
        }
        data.push(buf.slice(offset, offset + len));
        offset += len;
        remaining -= len;
      }
      rtxt.decode.bytes = offset - oldOffset;
      return data;
    };
    rtxt.decode.bytes = 0;
    rtxt.encodingLength = function(data) {
      if (!Array.isArray(data)) data = [data];
      let length = 2;
      data.forEach(function(buf) {
        if (typeof buf === "string") {
          length += Buffer2.byteLength(buf) + 1;
        } else {
          length += buf.length + 1;
        }
      });
      return length;
    };
    var rnull = exports.null = {};
    rnull.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rnull.encodingLength(data));
      if (!offset) offset = 0;
      if (typeof data === "string") data = Buffer2.from(data);
      if (!data) data = Buffer2.alloc(0);
      const oldOffset = offset;
      offset += 2;
      const len = data.length;
      data.copy(buf, offset, 0, len);
      offset += len;
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rnull.encode.bytes = offset - oldOffset;
      return buf;
    };
    rnull.encode.bytes = 0;
    rnull.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const len = buf.readUInt16BE(offset);
      offset += 2;
      const data = buf.slice(offset, offset + len);
      offset += len;
      rnull.decode.bytes = offset - oldOffset;
      return data;
    };
    rnull.decode.bytes = 0;
    rnull.encodingLength = function(data) {
      if (!data) return 2;
      return (Buffer2.isBuffer(data) ? data.length : Buffer2.byteLength(data)) + 2;
    };
    var rhinfo = exports.hinfo = {};
    rhinfo.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rhinfo.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      string.encode(data.cpu, buf, offset);
      offset += string.encode.bytes;
      string.encode(data.os, buf, offset);
      offset += string.encode.bytes;
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rhinfo.encode.bytes = offset - oldOffset;
      return buf;
    };
    rhinfo.encode.bytes = 0;
    rhinfo.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.cpu = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.os = string.decode(buf, offset);
      offset += string.decode.bytes;
      rhinfo.decode.bytes = offset - oldOffset;
      return data;
    };
    rhinfo.decode.bytes = 0;
    rhinfo.encodingLength = function(data) {
      return string.encodingLength(data.cpu) + string.encodingLength(data.os) + 2;
    };
    var rptr = exports.ptr = {};
    var rcname = exports.cname = rptr;
    var rdname = exports.dname = rptr;
    rptr.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rptr.encodingLength(data));
      if (!offset) offset = 0;
      name.encode(data, buf, offset + 2);
      buf.writeUInt16BE(name.encode.bytes, offset);
      rptr.encode.bytes = name.encode.bytes + 2;
      return buf;
    };
    rptr.encode.bytes = 0;
    rptr.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const data = name.decode(buf, offset + 2);
      rptr.decode.bytes = name.decode.bytes + 2;
      return data;
    };
    rptr.decode.bytes = 0;
    rptr.encodingLength = function(data) {
      return name.encodingLength(data) + 2;
    };
    var rsrv = exports.srv = {};
    rsrv.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rsrv.encodingLength(data));
      if (!offset) offset = 0;
      buf.writeUInt16BE(data.priority || 0, offset + 2);
      buf.writeUInt16BE(data.weight || 0, offset + 4);
      buf.writeUInt16BE(data.port || 0, offset + 6);
      name.encode(data.target, buf, offset + 8);
      const len = name.encode.bytes + 6;
      buf.writeUInt16BE(len, offset);
      rsrv.encode.bytes = len + 2;
      return buf;
    };
    rsrv.encode.bytes = 0;
    rsrv.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf.readUInt16BE(offset);
      const data = {};
      data.priority = buf.readUInt16BE(offset + 2);
      data.weight = buf.readUInt16BE(offset + 4);
      data.port = buf.readUInt16BE(offset + 6);
      data.target = name.decode(buf, offset + 8);
      rsrv.decode.bytes = len + 2;
      return data;
    };
    rsrv.decode.bytes = 0;
    rsrv.encodingLength = function(data) {
      return 8 + name.encodingLength(data.target);
    };
    var rcaa = exports.caa = {};
    rcaa.ISSUER_CRITICAL = 1 << 7;
    rcaa.encode = function(data, buf, offset) {
      const len = rcaa.encodingLength(data);
      if (!buf) buf = Buffer2.alloc(rcaa.encodingLength(data));
      if (!offset) offset = 0;
      if (data.issuerCritical) {
        data.flags = rcaa.ISSUER_CRITICAL;
      }
      buf.writeUInt16BE(len - 2, offset);
      offset += 2;
      buf.writeUInt8(data.flags || 0, offset);
      offset += 1;
      string.encode(data.tag, buf, offset);
      offset += string.encode.bytes;
      buf.write(data.value, offset);
      offset += Buffer2.byteLength(data.value);
      rcaa.encode.bytes = len;
      return buf;
    };
    rcaa.encode.bytes = 0;
    rcaa.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const len = buf.readUInt16BE(offset);
      offset += 2;
      const oldOffset = offset;
      const data = {};
      data.flags = buf.readUInt8(offset);
      offset += 1;
      data.tag = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.value = buf.toString("utf-8", offset, oldOffset + len);
      data.issuerCritical = !!(data.flags & rcaa.ISSUER_CRITICAL);
      rcaa.decode.bytes = len + 2;
      return data;
    };
    rcaa.decode.bytes = 0;
    rcaa.encodingLength = function(data) {
      return string.encodingLength(data.tag) + string.encodingLength(data.value) + 2;
    };
    var rmx = exports.mx = {};
    rmx.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rmx.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      buf.writeUInt16BE(data.preference || 0, offset);
      offset += 2;
      name.encode(data.exchange, buf, offset);
      offset += name.encode.bytes;
      buf.writeUInt16BE(offset - oldOffset - 2, oldOffset);
      rmx.encode.bytes = offset - oldOffset;
      return buf;
    };
    rmx.encode.bytes = 0;
    rmx.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.preference = buf.readUInt16BE(offset);
      offset += 2;
      data.exchange = name.decode(buf, offset);
      offset += name.decode.bytes;
      rmx.decode.bytes = offset - oldOffset;
      return data;
    };
    rmx.encodingLength = function(data) {
      return 4 + name.encodingLength(data.exchange);
    };
    var ra = exports.a = {};
    ra.encode = function(host, buf, offset) {
      if (!buf) buf = Buffer2.alloc(ra.encodingLength(host));
      if (!offset) offset = 0;
      buf.writeUInt16BE(4, offset);
      offset += 2;
      ip.v4.encode(host, buf, offset);
      ra.encode.bytes = 6;
      return buf;
    };
    ra.encode.bytes = 0;
    ra.decode = function(buf, offset) {
      if (!offset) offset = 0;
      offset += 2;
      const host = ip.v4.decode(buf, offset);
      ra.decode.bytes = 6;
      return host;
    };
    ra.decode.bytes = 0;
    ra.encodingLength = function() {
      return 6;
    };
    var raaaa = exports.aaaa = {};
    raaaa.encode = function(host, buf, offset) {
      if (!buf) buf = Buffer2.alloc(raaaa.encodingLength(host));
      if (!offset) offset = 0;
      buf.writeUInt16BE(16, offset);
      offset += 2;
      ip.v6.encode(host, buf, offset);
      raaaa.encode.bytes = 18;
      return buf;
    };
    raaaa.encode.bytes = 0;
    raaaa.decode = function(buf, offset) {
      if (!offset) offset = 0;
      offset += 2;
      const host = ip.v6.decode(buf, offset);
      raaaa.decode.bytes = 18;
      return host;
    };
    raaaa.decode.bytes = 0;
    raaaa.encodingLength = function() {
      return 18;
    };
    var roption = exports.option = {};
    roption.encode = function(option, buf, offset) {
      if (!buf) buf = Buffer2.alloc(roption.encodingLength(option));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const code = optioncodes.toCode(option.code);
      buf.writeUInt16BE(code, offset);
      offset += 2;
      if (option.data) {
        buf.writeUInt16BE(option.data.length, offset);
        offset += 2;
        option.data.copy(buf, offset);
        offset += option.data.length;
      } else {
        switch (code) {
          // case 3: NSID.  No encode makes sense.
          // case 5,6,7: Not implementable
          case 8:
            const spl = option.sourcePrefixLength || 0;
            const fam = option.family || ip.familyOf(option.ip);
            const ipBuf = ip.encode(option.ip, Buffer2.alloc);
            const ipLen = Math.ceil(spl / 8);
            buf.writeUInt16BE(ipLen + 4, offset);
            offset += 2;
            buf.writeUInt16BE(fam, offset);
            offset += 2;
            buf.writeUInt8(spl, offset++);
            buf.writeUInt8(option.scopePrefixLength || 0, offset++);
            ipBuf.copy(buf, offset, 0, ipLen);
            offset += ipLen;
            break;
          // case 9: EXPIRE (experimental)
          // case 10: COOKIE.  No encode makes sense.
          case 11:
            if (option.timeout) {
              buf.writeUInt16BE(2, offset);
              offset += 2;
              buf.writeUInt16BE(option.timeout, offset);
              offset += 2;
            } else {
              buf.writeUInt16BE(0, offset);
              offset += 2;
            }
            break;
          case 12:
            const len = option.length || 0;
            buf.writeUInt16BE(len, offset);
            offset += 2;
            buf.fill(0, offset, offset + len);
            offset += len;
            break;
          // case 13:  CHAIN.  Experimental.
          case 14:
            const tagsLen = option.tags.length * 2;
            buf.writeUInt16BE(tagsLen, offset);
            offset += 2;
            for (const tag of option.tags) {
              buf.writeUInt16BE(tag, offset);
              offset += 2;
            }
            break;
          default:
            throw new Error(`Unknown roption code: ${option.code}`);
        }
      }
      roption.encode.bytes = offset - oldOffset;
      return buf;
    };
    roption.encode.bytes = 0;
    roption.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const option = {};
      option.code = buf.readUInt16BE(offset);
      option.type = optioncodes.toString(option.code);
      offset += 2;
      const len = buf.readUInt16BE(offset);
      offset += 2;
      option.data = buf.slice(offset, offset + len);
      switch (option.code) {
        // case 3: NSID.  No decode makes sense.
        case 8:
          option.family = buf.readUInt16BE(offset);
          offset += 2;
          option.sourcePrefixLength = buf.readUInt8(offset++);
          option.scopePrefixLength = buf.readUInt8(offset++);
          const padded = Buffer2.alloc(option.family === 1 ? 4 : 16);
          buf.copy(padded, 0, offset, offset + len - 4);
          option.ip = ip.decode(padded);
          break;
        // case 12: Padding.  No decode makes sense.
        case 11:
          if (len > 0) {
            option.timeout = buf.readUInt16BE(offset);
            offset += 2;
          }
          break;
        case 14:
          option.tags = [];
          for (let i = 0; i < len; i += 2) {
            option.tags.push(buf.readUInt16BE(offset));
            offset += 2;
          }
      }
      roption.decode.bytes = len + 4;
      return option;
    };
    roption.decode.bytes = 0;
    roption.encodingLength = function(option) {
      if (option.data) {
        return option.data.length + 4;
      }
      const code = optioncodes.toCode(option.code);
      switch (code) {
        case 8:
          const spl = option.sourcePrefixLength || 0;
          return Math.ceil(spl / 8) + 8;
        case 11:
          return typeof option.timeout === "number" ? 6 : 4;
        case 12:
          return option.length + 4;
        case 14:
          return 4 + option.tags.length * 2;
      }
      throw new Error(`Unknown roption code: ${option.code}`);
    };
    var ropt = exports.opt = {};
    ropt.encode = function(options, buf, offset) {
      if (!buf) buf = Buffer2.alloc(ropt.encodingLength(options));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const rdlen = encodingLengthList(options, roption);
      buf.writeUInt16BE(rdlen, offset);
      offset = encodeList(options, roption, buf, offset + 2);
      ropt.encode.bytes = offset - oldOffset;
      return buf;
    };
    ropt.encode.bytes = 0;
    ropt.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const options = [];
      let rdlen = buf.readUInt16BE(offset);
      offset += 2;
      let o = 0;
      while (rdlen > 0) {
        options[o++] = roption.decode(buf, offset);
        offset += roption.decode.bytes;
        rdlen -= roption.decode.bytes;
      }
      ropt.decode.bytes = offset - oldOffset;
      return options;
    };
    ropt.decode.bytes = 0;
    ropt.encodingLength = function(options) {
      return 2 + encodingLengthList(options || [], roption);
    };
    var rdnskey = exports.dnskey = {};
    rdnskey.PROTOCOL_DNSSEC = 3;
    rdnskey.ZONE_KEY = 128;
    rdnskey.SECURE_ENTRYPOINT = 32768;
    rdnskey.encode = function(key, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rdnskey.encodingLength(key));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const keydata = key.key;
      if (!Buffer2.isBuffer(keydata)) {
        throw new Error("Key must be a Buffer");
      }
      offset += 2;
      buf.writeUInt16BE(key.flags, offset);
      offset += 2;
      buf.writeUInt8(rdnskey.PROTOCOL_DNSSEC, offset);
      offset += 1;
      buf.writeUInt8(key.algorithm, offset);
      offset += 1;
      keydata.copy(buf, offset, 0, keydata.length);
      offset += keydata.length;
      rdnskey.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rdnskey.encode.bytes - 2, oldOffset);
      return buf;
    };
    rdnskey.encode.bytes = 0;
    rdnskey.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var key = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      key.flags = buf.readUInt16BE(offset);
      offset += 2;
      if (buf.readUInt8(offset) !== rdnskey.PROTOCOL_DNSSEC) {
        throw new Error("Protocol must be 3");
      }
      offset += 1;
      key.algorithm = buf.readUInt8(offset);
      offset += 1;
      key.key = buf.slice(offset, oldOffset + length + 2);
      offset += key.key.length;
      rdnskey.decode.bytes = offset - oldOffset;
      return key;
    };
    rdnskey.decode.bytes = 0;
    rdnskey.encodingLength = function(key) {
      return 6 + Buffer2.byteLength(key.key);
    };
    var rrrsig = exports.rrsig = {};
    rrrsig.encode = function(sig, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rrrsig.encodingLength(sig));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const signature = sig.signature;
      if (!Buffer2.isBuffer(signature)) {
        throw new Error("Signature must be a Buffer");
      }
      offset += 2;
      buf.writeUInt16BE(types.toType(sig.typeCovered), offset);
      offset += 2;
      buf.writeUInt8(sig.algorithm, offset);
      offset += 1;
      buf.writeUInt8(sig.labels, offset);
      offset += 1;
      buf.writeUInt32BE(sig.originalTTL, offset);
      offset += 4;
      buf.writeUInt32BE(sig.expiration, offset);
      offset += 4;
      buf.writeUInt32BE(sig.inception, offset);
      offset += 4;
      buf.writeUInt16BE(sig.keyTag, offset);
      offset += 2;
      name.encode(sig.signersName, buf, offset);
      offset += name.encode.bytes;
      signature.copy(buf, offset, 0, signature.length);
      offset += signature.length;
      rrrsig.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rrrsig.encode.bytes - 2, oldOffset);
      return buf;
    };
    rrrsig.encode.bytes = 0;
    rrrsig.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var sig = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      sig.typeCovered = types.toString(buf.readUInt16BE(offset));
      offset += 2;
      sig.algorithm = buf.readUInt8(offset);
      offset += 1;
      sig.labels = buf.readUInt8(offset);
      offset += 1;
      sig.originalTTL = buf.readUInt32BE(offset);
      offset += 4;
      sig.expiration = buf.readUInt32BE(offset);
      offset += 4;
      sig.inception = buf.readUInt32BE(offset);
      offset += 4;
      sig.keyTag = buf.readUInt16BE(offset);
      offset += 2;
      sig.signersName = name.decode(buf, offset);
      offset += name.decode.bytes;
      sig.signature = buf.slice(offset, oldOffset + length + 2);
      offset += sig.signature.length;
      rrrsig.decode.bytes = offset - oldOffset;
      return sig;
    };
    rrrsig.decode.bytes = 0;
    rrrsig.encodingLength = function(sig) {
      return 20 + name.encodingLength(sig.signersName) + Buffer2.byteLength(sig.signature);
    };
    var rrp = exports.rp = {};
    rrp.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rrp.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      name.encode(data.mbox || ".", buf, offset, { mail: true });
      offset += name.encode.bytes;
      name.encode(data.txt || ".", buf, offset);
      offset += name.encode.bytes;
      rrp.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rrp.encode.bytes - 2, oldOffset);
      return buf;
    };
    rrp.encode.bytes = 0;
    rrp.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.mbox = name.decode(buf, offset, { mail: true }) || ".";
      offset += name.decode.bytes;
      data.txt = name.decode(buf, offset) || ".";
      offset += name.decode.bytes;
      rrp.decode.bytes = offset - oldOffset;
      return data;
    };
    rrp.decode.bytes = 0;
    rrp.encodingLength = function(data) {
      return 2 + name.encodingLength(data.mbox || ".") + name.encodingLength(data.txt || ".");
    };
    var typebitmap = {};
    typebitmap.encode = function(typelist, buf, offset) {
      if (!buf) buf = Buffer2.alloc(typebitmap.encodingLength(typelist));
      if (!offset) offset = 0;
      const oldOffset = offset;
      var typesByWindow = [];
      for (var i = 0; i < typelist.length; i++) {
        var typeid = types.toType(typelist[i]);
        if (typesByWindow[typeid >> 8] === void 0) {
          typesByWindow[typeid >> 8] = [];
        }
        typesByWindow[typeid >> 8][typeid >> 3 & 31] |= 1 << 7 - (typeid & 7);
      }
      for (i = 0; i < typesByWindow.length; i++) {
        if (typesByWindow[i] !== void 0) {
          var windowBuf = Buffer2.from(typesByWindow[i]);
          buf.writeUInt8(i, offset);
          offset += 1;
          buf.writeUInt8(windowBuf.length, offset);
          offset += 1;
          windowBuf.copy(buf, offset);
          offset += windowBuf.length;
        }
      }
      typebitmap.encode.bytes = offset - oldOffset;
      return buf;
    };
    typebitmap.encode.bytes = 0;
    typebitmap.decode = function(buf, offset, length) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var typelist = [];
      while (offset - oldOffset < length) {
        var window = buf.readUInt8(offset);
        offset += 1;
        var windowLength = buf.readUInt8(offset);
        offset += 1;
        for (var i = 0; i < windowLength; i++) {
          var b = buf.readUInt8(offset + i);
          for (var j = 0; j < 8; j++) {
            if (b & 1 << 7 - j) {
              var typeid = types.toString(window << 8 | i << 3 | j);
              typelist.push(typeid);
            }
          }
        }
        offset += windowLength;
      }
      typebitmap.decode.bytes = offset - oldOffset;
      return typelist;
    };
    typebitmap.decode.bytes = 0;
    typebitmap.encodingLength = function(typelist) {
      var extents = [];
      for (var i = 0; i < typelist.length; i++) {
        var typeid = types.toType(typelist[i]);
        extents[typeid >> 8] = Math.max(extents[typeid >> 8] || 0, typeid & 255);
      }
      var len = 0;
      for (i = 0; i < extents.length; i++) {
        if (extents[i] !== void 0) {
          len += 2 + Math.ceil((extents[i] + 1) / 8);
        }
      }
      return len;
    };
    var rnsec = exports.nsec = {};
    rnsec.encode = function(record2, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rnsec.encodingLength(record2));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      name.encode(record2.nextDomain, buf, offset);
      offset += name.encode.bytes;
      typebitmap.encode(record2.rrtypes, buf, offset);
      offset += typebitmap.encode.bytes;
      rnsec.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rnsec.encode.bytes - 2, oldOffset);
      return buf;
    };
    rnsec.encode.bytes = 0;
    rnsec.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var record2 = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      record2.nextDomain = name.decode(buf, offset);
      offset += name.decode.bytes;
      record2.rrtypes = typebitmap.decode(buf, offset, length - (offset - oldOffset));
      offset += typebitmap.decode.bytes;
      rnsec.decode.bytes = offset - oldOffset;
      return record2;
    };
    rnsec.decode.bytes = 0;
    rnsec.encodingLength = function(record2) {
      return 2 + name.encodingLength(record2.nextDomain) + typebitmap.encodingLength(record2.rrtypes);
    };
    var rnsec3 = exports.nsec3 = {};
    rnsec3.encode = function(record2, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rnsec3.encodingLength(record2));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const salt = record2.salt;
      if (!Buffer2.isBuffer(salt)) {
        throw new Error("salt must be a Buffer");
      }
      const nextDomain = record2.nextDomain;
      if (!Buffer2.isBuffer(nextDomain)) {
        throw new Error("nextDomain must be a Buffer");
      }
      offset += 2;
      buf.writeUInt8(record2.algorithm, offset);
      offset += 1;
      buf.writeUInt8(record2.flags, offset);
      offset += 1;
      buf.writeUInt16BE(record2.iterations, offset);
      offset += 2;
      buf.writeUInt8(salt.length, offset);
      offset += 1;
      salt.copy(buf, offset, 0, salt.length);
      offset += salt.length;
      buf.writeUInt8(nextDomain.length, offset);
      offset += 1;
      nextDomain.copy(buf, offset, 0, nextDomain.length);
      offset += nextDomain.length;
      typebitmap.encode(record2.rrtypes, buf, offset);
      offset += typebitmap.encode.bytes;
      rnsec3.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rnsec3.encode.bytes - 2, oldOffset);
      return buf;
    };
    rnsec3.encode.bytes = 0;
    rnsec3.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var record2 = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      record2.algorithm = buf.readUInt8(offset);
      offset += 1;
      record2.flags = buf.readUInt8(offset);
      offset += 1;
      record2.iterations = buf.readUInt16BE(offset);
      offset += 2;
      const saltLength = buf.readUInt8(offset);
      offset += 1;
      record2.salt = buf.slice(offset, offset + saltLength);
      offset += saltLength;
      const hashLength = buf.readUInt8(offset);
      offset += 1;
      record2.nextDomain = buf.slice(offset, offset + hashLength);
      offset += hashLength;
      record2.rrtypes = typebitmap.decode(buf, offset, length - (offset - oldOffset));
      offset += typebitmap.decode.bytes;
      rnsec3.decode.bytes = offset - oldOffset;
      return record2;
    };
    rnsec3.decode.bytes = 0;
    rnsec3.encodingLength = function(record2) {
      return 8 + record2.salt.length + record2.nextDomain.length + typebitmap.encodingLength(record2.rrtypes);
    };
    var rds = exports.ds = {};
    rds.encode = function(digest, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rds.encodingLength(digest));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const digestdata = digest.digest;
      if (!Buffer2.isBuffer(digestdata)) {
        throw new Error("Digest must be a Buffer");
      }
      offset += 2;
      buf.writeUInt16BE(digest.keyTag, offset);
      offset += 2;
      buf.writeUInt8(digest.algorithm, offset);
      offset += 1;
      buf.writeUInt8(digest.digestType, offset);
      offset += 1;
      digestdata.copy(buf, offset, 0, digestdata.length);
      offset += digestdata.length;
      rds.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rds.encode.bytes - 2, oldOffset);
      return buf;
    };
    rds.encode.bytes = 0;
    rds.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      var digest = {};
      var length = buf.readUInt16BE(offset);
      offset += 2;
      digest.keyTag = buf.readUInt16BE(offset);
      offset += 2;
      digest.algorithm = buf.readUInt8(offset);
      offset += 1;
      digest.digestType = buf.readUInt8(offset);
      offset += 1;
      digest.digest = buf.slice(offset, oldOffset + length + 2);
      offset += digest.digest.length;
      rds.decode.bytes = offset - oldOffset;
      return digest;
    };
    rds.decode.bytes = 0;
    rds.encodingLength = function(digest) {
      return 6 + Buffer2.byteLength(digest.digest);
    };
    var rsshfp = exports.sshfp = {};
    rsshfp.getFingerprintLengthForHashType = function getFingerprintLengthForHashType(hashType) {
      switch (hashType) {
        case 1:
          return 20;
        case 2:
          return 32;
      }
    };
    rsshfp.encode = function encode(record2, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rsshfp.encodingLength(record2));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      buf[offset] = record2.algorithm;
      offset += 1;
      buf[offset] = record2.hash;
      offset += 1;
      const fingerprintBuf = Buffer2.from(record2.fingerprint.toUpperCase(), "hex");
      if (fingerprintBuf.length !== rsshfp.getFingerprintLengthForHashType(record2.hash)) {
        throw new Error("Invalid fingerprint length");
      }
      fingerprintBuf.copy(buf, offset);
      offset += fingerprintBuf.byteLength;
      rsshfp.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rsshfp.encode.bytes - 2, oldOffset);
      return buf;
    };
    rsshfp.encode.bytes = 0;
    rsshfp.decode = function decode2(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const record2 = {};
      offset += 2;
      record2.algorithm = buf[offset];
      offset += 1;
      record2.hash = buf[offset];
      offset += 1;
      const fingerprintLength = rsshfp.getFingerprintLengthForHashType(record2.hash);
      record2.fingerprint = buf.slice(offset, offset + fingerprintLength).toString("hex").toUpperCase();
      offset += fingerprintLength;
      rsshfp.decode.bytes = offset - oldOffset;
      return record2;
    };
    rsshfp.decode.bytes = 0;
    rsshfp.encodingLength = function(record2) {
      return 4 + Buffer2.from(record2.fingerprint, "hex").byteLength;
    };
    var rnaptr = exports.naptr = {};
    rnaptr.encode = function(data, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rnaptr.encodingLength(data));
      if (!offset) offset = 0;
      const oldOffset = offset;
      offset += 2;
      buf.writeUInt16BE(data.order || 0, offset);
      offset += 2;
      buf.writeUInt16BE(data.preference || 0, offset);
      offset += 2;
      string.encode(data.flags, buf, offset);
      offset += string.encode.bytes;
      string.encode(data.services, buf, offset);
      offset += string.encode.bytes;
      string.encode(data.regexp, buf, offset);
      offset += string.encode.bytes;
      name.encode(data.replacement, buf, offset);
      offset += name.encode.bytes;
      rnaptr.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rnaptr.encode.bytes - 2, oldOffset);
      return buf;
    };
    rnaptr.encode.bytes = 0;
    rnaptr.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const data = {};
      offset += 2;
      data.order = buf.readUInt16BE(offset);
      offset += 2;
      data.preference = buf.readUInt16BE(offset);
      offset += 2;
      data.flags = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.services = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.regexp = string.decode(buf, offset);
      offset += string.decode.bytes;
      data.replacement = name.decode(buf, offset);
      offset += name.decode.bytes;
      rnaptr.decode.bytes = offset - oldOffset;
      return data;
    };
    rnaptr.decode.bytes = 0;
    rnaptr.encodingLength = function(data) {
      return string.encodingLength(data.flags) + string.encodingLength(data.services) + string.encodingLength(data.regexp) + name.encodingLength(data.replacement) + 6;
    };
    var rtlsa = exports.tlsa = {};
    rtlsa.encode = function(cert, buf, offset) {
      if (!buf) buf = Buffer2.alloc(rtlsa.encodingLength(cert));
      if (!offset) offset = 0;
      const oldOffset = offset;
      const certdata = cert.certificate;
      if (!Buffer2.isBuffer(certdata)) {
        throw new Error("Certificate must be a Buffer");
      }
      offset += 2;
      buf.writeUInt8(cert.usage, offset);
      offset += 1;
      buf.writeUInt8(cert.selector, offset);
      offset += 1;
      buf.writeUInt8(cert.matchingType, offset);
      offset += 1;
      certdata.copy(buf, offset, 0, certdata.length);
      offset += certdata.length;
      rtlsa.encode.bytes = offset - oldOffset;
      buf.writeUInt16BE(rtlsa.encode.bytes - 2, oldOffset);
      return buf;
    };
    rtlsa.encode.bytes = 0;
    rtlsa.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const cert = {};
      const length = buf.readUInt16BE(offset);
      offset += 2;
      cert.usage = buf.readUInt8(offset);
      offset += 1;
      cert.selector = buf.readUInt8(offset);
      offset += 1;
      cert.matchingType = buf.readUInt8(offset);
      offset += 1;
      cert.certificate = buf.slice(offset, oldOffset + length + 2);
      offset += cert.certificate.length;
      rtlsa.decode.bytes = offset - oldOffset;
      return cert;
    };
    rtlsa.decode.bytes = 0;
    rtlsa.encodingLength = function(cert) {
      return 5 + Buffer2.byteLength(cert.certificate);
    };
    var renc = exports.record = function(type) {
      switch (type.toUpperCase()) {
        case "A":
          return ra;
        case "PTR":
          return rptr;
        case "CNAME":
          return rcname;
        case "DNAME":
          return rdname;
        case "TXT":
          return rtxt;
        case "NULL":
          return rnull;
        case "AAAA":
          return raaaa;
        case "SRV":
          return rsrv;
        case "HINFO":
          return rhinfo;
        case "CAA":
          return rcaa;
        case "NS":
          return rns;
        case "SOA":
          return rsoa;
        case "MX":
          return rmx;
        case "OPT":
          return ropt;
        case "DNSKEY":
          return rdnskey;
        case "RRSIG":
          return rrrsig;
        case "RP":
          return rrp;
        case "NSEC":
          return rnsec;
        case "NSEC3":
          return rnsec3;
        case "SSHFP":
          return rsshfp;
        case "DS":
          return rds;
        case "NAPTR":
          return rnaptr;
        case "TLSA":
          return rtlsa;
      }
      return runknown;
    };
    var answer = exports.answer = {};
    answer.encode = function(a, buf, offset) {
      if (!buf) buf = Buffer2.alloc(answer.encodingLength(a));
      if (!offset) offset = 0;
      const oldOffset = offset;
      name.encode(a.name, buf, offset);
      offset += name.encode.bytes;
      buf.writeUInt16BE(types.toType(a.type), offset);
      if (a.type.toUpperCase() === "OPT") {
        if (a.name !== ".") {
          throw new Error("OPT name must be root.");
        }
        buf.writeUInt16BE(a.udpPayloadSize || 4096, offset + 2);
        buf.writeUInt8(a.extendedRcode || 0, offset + 4);
        buf.writeUInt8(a.ednsVersion || 0, offset + 5);
        buf.writeUInt16BE(a.flags || 0, offset + 6);
        offset += 8;
        ropt.encode(a.options || [], buf, offset);
        offset += ropt.encode.bytes;
      } else {
        let klass = classes.toClass(a.class === void 0 ? "IN" : a.class);
        if (a.flush) klass |= FLUSH_MASK;
        buf.writeUInt16BE(klass, offset + 2);
        buf.writeUInt32BE(a.ttl || 0, offset + 4);
        offset += 8;
        const enc = renc(a.type);
        enc.encode(a.data, buf, offset);
        offset += enc.encode.bytes;
      }
      answer.encode.bytes = offset - oldOffset;
      return buf;
    };
    answer.encode.bytes = 0;
    answer.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const a = {};
      const oldOffset = offset;
      a.name = name.decode(buf, offset);
      offset += name.decode.bytes;
      a.type = types.toString(buf.readUInt16BE(offset));
      if (a.type === "OPT") {
        a.udpPayloadSize = buf.readUInt16BE(offset + 2);
        a.extendedRcode = buf.readUInt8(offset + 4);
        a.ednsVersion = buf.readUInt8(offset + 5);
        a.flags = buf.readUInt16BE(offset + 6);
        a.flag_do = (a.flags >> 15 & 1) === 1;
        a.options = ropt.decode(buf, offset + 8);
        offset += 8 + ropt.decode.bytes;
      } else {
        const klass = buf.readUInt16BE(offset + 2);
        a.ttl = buf.readUInt32BE(offset + 4);
        a.class = classes.toString(klass & NOT_FLUSH_MASK);
        a.flush = !!(klass & FLUSH_MASK);
        const enc = renc(a.type);
        a.data = enc.decode(buf, offset + 8);
        offset += 8 + enc.decode.bytes;
      }
      answer.decode.bytes = offset - oldOffset;
      return a;
    };
    answer.decode.bytes = 0;
    answer.encodingLength = function(a) {
      const data = a.data !== null && a.data !== void 0 ? a.data : a.options;
      return name.encodingLength(a.name) + 8 + renc(a.type).encodingLength(data);
    };
    var question = exports.question = {};
    question.encode = function(q, buf, offset) {
      if (!buf) buf = Buffer2.alloc(question.encodingLength(q));
      if (!offset) offset = 0;
      const oldOffset = offset;
      name.encode(q.name, buf, offset);
      offset += name.encode.bytes;
      buf.writeUInt16BE(types.toType(q.type), offset);
      offset += 2;
      buf.writeUInt16BE(classes.toClass(q.class === void 0 ? "IN" : q.class), offset);
      offset += 2;
      question.encode.bytes = offset - oldOffset;
      return q;
    };
    question.encode.bytes = 0;
    question.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const q = {};
      q.name = name.decode(buf, offset);
      offset += name.decode.bytes;
      q.type = types.toString(buf.readUInt16BE(offset));
      offset += 2;
      q.class = classes.toString(buf.readUInt16BE(offset));
      offset += 2;
      const qu = !!(q.class & QU_MASK);
      if (qu) q.class &= NOT_QU_MASK;
      question.decode.bytes = offset - oldOffset;
      return q;
    };
    question.decode.bytes = 0;
    question.encodingLength = function(q) {
      return name.encodingLength(q.name) + 4;
    };
    exports.AUTHORITATIVE_ANSWER = 1 << 10;
    exports.TRUNCATED_RESPONSE = 1 << 9;
    exports.RECURSION_DESIRED = 1 << 8;
    exports.RECURSION_AVAILABLE = 1 << 7;
    exports.AUTHENTIC_DATA = 1 << 5;
    exports.CHECKING_DISABLED = 1 << 4;
    exports.DNSSEC_OK = 1 << 15;
    exports.encode = function(result, buf, offset) {
      const allocing = !buf;
      if (allocing) buf = Buffer2.alloc(exports.encodingLength(result));
      if (!offset) offset = 0;
      const oldOffset = offset;
      if (!result.questions) result.questions = [];
      if (!result.answers) result.answers = [];
      if (!result.authorities) result.authorities = [];
      if (!result.additionals) result.additionals = [];
      header.encode(result, buf, offset);
      offset += header.encode.bytes;
      offset = encodeList(result.questions, question, buf, offset);
      offset = encodeList(result.answers, answer, buf, offset);
      offset = encodeList(result.authorities, answer, buf, offset);
      offset = encodeList(result.additionals, answer, buf, offset);
      exports.encode.bytes = offset - oldOffset;
      if (allocing && exports.encode.bytes !== buf.length) {
        return buf.slice(0, exports.encode.bytes);
      }
      return buf;
    };
    exports.encode.bytes = 0;
    exports.decode = function(buf, offset) {
      if (!offset) offset = 0;
      const oldOffset = offset;
      const result = header.decode(buf, offset);
      offset += header.decode.bytes;
      offset = decodeList(result.questions, question, buf, offset);
      offset = decodeList(result.answers, answer, buf, offset);
      offset = decodeList(result.authorities, answer, buf, offset);
      offset = decodeList(result.additionals, answer, buf, offset);
      exports.decode.bytes = offset - oldOffset;
      return result;
    };
    exports.decode.bytes = 0;
    exports.encodingLength = function(result) {
      return header.encodingLength(result) + encodingLengthList(result.questions || [], question) + encodingLengthList(result.answers || [], answer) + encodingLengthList(result.authorities || [], answer) + encodingLengthList(result.additionals || [], answer);
    };
    exports.streamEncode = function(result) {
      const buf = exports.encode(result);
      const sbuf = Buffer2.alloc(2);
      sbuf.writeUInt16BE(buf.byteLength);
      const combine = Buffer2.concat([sbuf, buf]);
      exports.streamEncode.bytes = combine.byteLength;
      return combine;
    };
    exports.streamEncode.bytes = 0;
    exports.streamDecode = function(sbuf) {
      const len = sbuf.readUInt16BE(0);
      if (sbuf.byteLength < len + 2) {
        return null;
      }
      const result = exports.decode(sbuf.slice(2));
      exports.streamDecode.bytes = exports.decode.bytes;
      return result;
    };
    exports.streamDecode.bytes = 0;
    function encodingLengthList(list, enc) {
      let len = 0;
      for (let i = 0; i < list.length; i++) len += enc.encodingLength(list[i]);
      return len;
    }
    function encodeList(list, enc, buf, offset) {
      for (let i = 0; i < list.length; i++) {
        enc.encode(list[i], buf, offset);
        offset += enc.encode.bytes;
      }
      return offset;
    }
    function decodeList(list, enc, buf, offset) {
      for (let i = 0; i < list.length; i++) {
        list[i] = enc.decode(buf, offset);
        offset += enc.decode.bytes;
      }
      return offset;
    }
  }
});

// src/live/records.ts
var packet = __toESM(require_dns_packet(), 1);

// src/live/dns/wire-types.ts
var NUMBERS = new Map(Object.entries(TYPE_NUMBERS));
function typeNumber(type) {
  const named = NUMBERS.get(type);
  if (named !== void 0) return named;
  const upper = type.toUpperCase();
  const known = TYPE_NUMBERS[upper];
  if (known !== void 0) return known;
  const m = /^TYPE(\d{1,5})$/.exec(upper);
  const n = m ? Number(m[1]) : Number.NaN;
  if (n >= 0 && n <= 65535) return n;
  throw new RangeError(`not a DNS type: ${type}`);
}
function recordTypeOf(wire) {
  const text = String(wire);
  const m = /^UNKNOWN_(\d+)$/.exec(text);
  return parseRecordType(m ? `TYPE${m[1]}` : text);
}

// src/live/records.ts
function absolute(name) {
  const r = canonicalName(name === "" || name === "." ? "." : `${name}.`);
  return r.ok ? r.name : void 0;
}
function plainName(name) {
  return name.length <= 253 && plainForm(name) === "relative" ? `${name}.` : void 0;
}
function target(name) {
  const text = typeof name === "string" ? name : "";
  return absolute(text) ?? `${text.toLowerCase()}.`;
}
function quote(octets) {
  const buf = typeof octets === "string" ? Buffer.from(octets, "latin1") : octets;
  let s = '"';
  for (const o of buf) {
    if (o === 34 || o === 92) s += `\\${String.fromCharCode(o)}`;
    else if (o < 32 || o >= 127) s += `\\${String(o).padStart(3, "0")}`;
    else s += String.fromCharCode(o);
  }
  return `${s}"`;
}
function generic(data) {
  return data.length === 0 ? "\\# 0" : `\\# ${data.length} ${data.toString("hex").toUpperCase()}`;
}
function dsText(b) {
  if (b.length < 4) return void 0;
  return `${b.readUInt16BE(0)} ${b[2]} ${b[3]} ${b.subarray(4).toString("hex").toUpperCase()}`;
}
function dnskeyText(b) {
  if (b.length < 4) return void 0;
  return `${b.readUInt16BE(0)} ${b[2]} ${b[3]} ${b.subarray(4).toString("base64")}`;
}
function presentation(type, data) {
  const d = data;
  switch (type) {
    case "A":
    case "AAAA":
      return typeof data === "string" ? data : void 0;
    case "NS":
    case "CNAME":
    case "DNAME":
    case "PTR":
      return target(data);
    case "MX":
      return `${d.preference} ${target(d.exchange)}`;
    case "SRV":
      return `${d.priority ?? 0} ${d.weight ?? 0} ${d.port} ${target(d.target)}`;
    case "TXT":
    case "SPF": {
      const parts2 = Buffer.isBuffer(data) ? splitStrings(data) : data.map((p) => p);
      return parts2.map(quote).join(" ");
    }
    case "CAA":
      return `${d.flags ?? 0} ${d.tag} ${quote(String(d.value))}`;
    case "SOA":
      return `${target(d.mname)} ${target(d.rname)} ${d.serial} ${d.refresh} ${d.retry} ${d.expire} ${d.minimum}`;
    case "DS":
      return `${d.keyTag} ${d.algorithm} ${d.digestType} ${d.digest.toString("hex").toUpperCase()}`;
    case "DNSKEY":
      return `${d.flags} 3 ${d.algorithm} ${d.key.toString("base64")}`;
    case "CDS":
      return Buffer.isBuffer(data) ? dsText(data) : void 0;
    case "CDNSKEY":
      return Buffer.isBuffer(data) ? dnskeyText(data) : void 0;
    default:
      return Buffer.isBuffer(data) ? generic(data) : wireGeneric(type, data);
  }
}
var recordCodec = packet.record;
function wireGeneric(type, data) {
  try {
    const encoded = recordCodec(type).encode(data);
    return generic(encoded.subarray(2));
  } catch {
    return void 0;
  }
}
function splitStrings(b) {
  const out = [];
  for (let i = 0; i < b.length; ) {
    const len = b[i];
    out.push(b.subarray(i + 1, i + 1 + len));
    i += 1 + len;
  }
  return out;
}
function directValue(type, data) {
  switch (type) {
    case "A":
      return typeof data === "string" && isIPv4(data) ? data : void 0;
    case "AAAA": {
      const words = typeof data === "string" ? parseIPv6(data) : void 0;
      return words && formatIPv6(words);
    }
    case "NS":
    case "CNAME":
    case "DNAME":
    case "PTR":
      return typeof data === "string" ? plainName(data) : void 0;
    case "MX": {
      const { preference, exchange } = data;
      const target2 = typeof exchange === "string" ? plainName(exchange) : void 0;
      return target2 !== void 0 && Number.isInteger(preference) && preference >= 0 ? `${preference} ${target2}` : void 0;
    }
    case "TXT":
    case "SPF": {
      if (!Array.isArray(data) || data.length === 0) return void 0;
      let text = "";
      for (const part of data) {
        if (!Buffer.isBuffer(part)) return void 0;
        text += (text === "" ? "" : " ") + quoteOctets(part.toString("latin1"));
      }
      return text;
    }
    default:
      return void 0;
  }
}
function canonicalValue(type, data) {
  const direct = directValue(type, data);
  if (direct !== void 0) return direct;
  const text = presentation(type, data);
  if (text === void 0) return void 0;
  const r = canonicalRdata(type, text, ".");
  return r.ok ? r.value : text;
}
function rrsetFrom(records, name, type) {
  const values = [];
  let ttl = Number.POSITIVE_INFINITY;
  for (const rr of records ?? []) {
    if (rr.type !== type && recordTypeOf(rr.type) !== type) continue;
    if (!sameOwner(rr.name, name)) continue;
    const value = canonicalValue(type, rr.data);
    if (value === void 0) continue;
    values.push(value);
    ttl = Math.min(ttl, rr.ttl ?? 0);
  }
  if (values.length === 0) return void 0;
  return makeRRset({ name, type, ttl, values });
}
function sameOwner(owner, name) {
  if (owner.length === name.length - 1 && name.startsWith(owner)) return true;
  return absolute(owner) === name;
}
function ownersOf(records, type) {
  const out = /* @__PURE__ */ new Set();
  for (const rr of records ?? []) {
    if (recordTypeOf(rr.type) !== type) continue;
    const n = absolute(rr.name);
    if (n) out.add(n);
  }
  return [...out];
}
function rrsetsOf(records, skip = /* @__PURE__ */ new Set()) {
  const groups = /* @__PURE__ */ new Map();
  for (const rr of records) {
    const type = recordTypeOf(rr.type);
    const name = absolute(rr.name);
    if (!type || !name || skip.has(type) || rr.class === "CH") continue;
    const value = canonicalValue(type, rr.data);
    if (value === void 0) continue;
    const key = `${name} ${type}`;
    const ttl = rr.ttl ?? 0;
    const group = groups.get(key);
    if (group) {
      group.values.push(value);
      group.ttl = Math.min(group.ttl, ttl);
    } else groups.set(key, { name, type, ttl, values: [value] });
  }
  return [...groups.values()].map((g) => makeRRset(g));
}

// src/live/discover.ts
async function recursive(lookup, name, type, dnssec = false) {
  let last = { ok: false, error: "network", message: "no recursive resolver" };
  for (const server of lookup.resolvers) {
    const key = `${server.address}#${server.port}`;
    if (lookup.silent.has(key)) {
      last = { ok: false, error: "timeout", message: `resolver ${server.address} did not answer` };
      continue;
    }
    last = await lookup.client.query(server, { name, type, rd: true, dnssec });
    if (last.ok && (last.rcode === "NOERROR" || last.rcode === "NXDOMAIN"))
      return { ...last, server };
    if (!last.ok && (last.error === "timeout" || last.error === "network")) lookup.silent.add(key);
  }
  return last;
}
function describeFailure(r) {
  if (!r.ok) return r.message;
  return r.authoritative ? r.rcode : `${r.rcode}, not authoritative`;
}
async function addressesOf(lookup, name) {
  const v4 = await recursive(lookup, name, "A");
  const a = v4.ok ? rrsetFrom(v4.response.answers, name, "A")?.values ?? [] : [];
  if (a.length > 0) return [...a];
  const v6 = await recursive(lookup, name, "AAAA");
  return v6.ok ? [...rrsetFrom(v6.response.answers, name, "AAAA")?.values ?? []] : [];
}
async function allAddressesOf(lookup, name) {
  const [v4, v6] = await Promise.all([
    recursive(lookup, name, "A"),
    recursive(lookup, name, "AAAA")
  ]);
  const of = (r, type) => r.ok ? rrsetFrom(r.response.answers, name, type)?.values ?? [] : [];
  return [...of(v4, "A"), ...of(v6, "AAAA")];
}
async function enclosingZone(lookup, name) {
  const r = await recursive(lookup, name, "SOA");
  if (!r.ok || r.rcode !== "NOERROR" && r.rcode !== "NXDOMAIN")
    return [`finding the zone of ${name} through the resolver: ${describeFailure(r)}`];
  const owner = ownersOf(r.response.answers, "SOA")[0] ?? ownersOf(r.response.authorities, "SOA")[0];
  return owner ?? [`the resolver gave no SOA for ${name}`];
}
async function discoverDelegation(lookup, zone) {
  if (zone === ".") return { reasons: ["the root zone has no parent delegation to check"] };
  const parent = await enclosingZone(lookup, parentName(zone));
  if (typeof parent !== "string") return { reasons: parent };
  const nsAnswer = await recursive(lookup, parent, "NS");
  const parentNs = nsAnswer.ok ? rrsetFrom(nsAnswer.response.answers, parent, "NS")?.values ?? [] : [];
  if (parentNs.length === 0)
    return { reasons: [`no NS for the parent zone ${parent}: ${describeFailure(nsAnswer)}`] };
  const parentServers = [];
  for (const ns of parentNs)
    for (const address of await addressesOf(lookup, ns))
      parentServers.push({ name: ns, address, port: 53 });
  if (parentServers.length === 0)
    return { reasons: [`no address for any server of the parent zone ${parent}`] };
  const referral = await askParent(lookup.client, parentServers, zone, "NS");
  if ("reason" in referral) return { reasons: [referral.reason] };
  const resp = referral.result.response;
  const nsSet = rrsetFrom(resp.authorities, zone, "NS") ?? (referral.result.authoritative ? rrsetFrom(resp.answers, zone, "NS") : void 0);
  if (!nsSet) {
    const what = referral.result.rcode === "NXDOMAIN" ? "says it does not exist" : "has no NS for it";
    return { reasons: [`${zone} is not delegated: the parent ${parent} ${what}`] };
  }
  const glue = [];
  for (const ns of nsSet.values)
    for (const type of ["A", "AAAA"])
      for (const address of rrsetFrom(resp.additionals, ns, type)?.values ?? [])
        glue.push({ name: ns, address });
  const reasons = [];
  const dsAnswer = await askParent(lookup.client, parentServers, zone, "DS");
  let ds = [];
  let dsTtl;
  if ("reason" in dsAnswer) reasons.push(`DS of ${zone}: ${dsAnswer.reason}`);
  else {
    const set = rrsetFrom(dsAnswer.result.response.answers, zone, "DS");
    ds = set ? [...set.values] : [];
    dsTtl = set?.ttl;
  }
  const servers = [];
  for (const ns of nsSet.values) {
    const fromGlue = glue.filter((g) => g.name === ns).map((g) => g.address);
    const addresses = fromGlue.length > 0 ? fromGlue : await allAddressesOf(lookup, ns);
    if (addresses.length === 0) reasons.push(`nameserver ${ns} has no address`);
    for (const address of addresses) servers.push({ name: ns, address, port: 53 });
  }
  const delegation = {
    parent,
    parentServers,
    ns: nsSet.values,
    nsTtl: nsSet.ttl,
    glue,
    ds,
    ...dsTtl === void 0 ? {} : { dsTtl }
  };
  return { delegation, servers, reasons };
}
async function askParent(client, servers, name, type) {
  const failures = [];
  for (const server of servers) {
    const r = await client.query(server, { name, type, dnssec: type === "DS" });
    if (r.ok && (r.rcode === "NOERROR" || r.rcode === "NXDOMAIN")) {
      const isReferral = ownersOf(r.response.authorities, "NS").includes(name);
      if (r.authoritative || type === "NS" && isReferral) return { result: r };
    }
    failures.push(`${server.name} (${server.address}): ${describeFailure(r)}`);
  }
  return { reason: `no parent server answered ${name} ${type}: ${failures.join("; ")}` };
}

// src/live/servers.ts
var DNSSEC_TYPES = /* @__PURE__ */ new Set(["DS", "DNSKEY", "CDS", "CDNSKEY"]);
function readAnswer(r, zone, name, type) {
  if (r.rcode !== "NOERROR" && r.rcode !== "NXDOMAIN") return void 0;
  const resp = r.response;
  if (r.authoritative) {
    const rrset = rrsetFrom(resp.answers, name, type);
    return rrset ? { kind: "rrset", rrset } : { kind: "absent" };
  }
  const cut = ownersOf(resp.authorities, "NS").find((o) => o !== zone && isInZone(o, zone));
  if (!cut || !isInZone(name, cut)) return void 0;
  if (type === "NS" && name === cut) {
    const rrset = rrsetFrom(resp.authorities, name, "NS");
    return rrset ? { kind: "rrset", rrset } : { kind: "absent" };
  }
  const glue = type === "A" || type === "AAAA" ? rrsetFrom(resp.additionals, name, type) : void 0;
  return glue ? { kind: "rrset", rrset: glue } : { kind: "delegated" };
}
async function probeServer(client, zone, server) {
  const soa = await client.query(server, { name: zone, type: "SOA" });
  if (!soa.ok) return { ...server, responded: false, authoritative: false, error: soa.message };
  const soaSet = rrsetFrom(soa.response.answers, zone, "SOA");
  const authoritative = soa.authoritative && soa.rcode === "NOERROR" && soaSet !== void 0;
  const health = {
    ...server,
    responded: true,
    authoritative
  };
  if (!authoritative) {
    health.error = soaSet ? `${soa.rcode}, not authoritative` : `${describeFailure(soa)} for SOA`;
    return health;
  }
  const [primary, , serialText] = soaSet.values[0]?.split(/\s+/) ?? [];
  const serial = Number(serialText);
  if (Number.isFinite(serial)) health.soaSerial = serial;
  if (primary) health.soaPrimary = primary;
  const [ns, dnskey] = await Promise.all([
    client.query(server, { name: zone, type: "NS" }),
    client.query(server, { name: zone, type: "DNSKEY", dnssec: true })
  ]);
  if (ns.ok && ns.authoritative)
    health.ns = rrsetFrom(ns.response.answers, zone, "NS")?.values ?? [];
  if (dnskey.ok && dnskey.authoritative)
    health.dnskey = rrsetFrom(dnskey.response.answers, zone, "DNSKEY")?.values ?? [];
  return health;
}
function askServer(client, server, zone, wanted, options) {
  return new Promise(
    (resolve) => new ServerAsk(client, server, zone, wanted, options, resolve).start()
  );
}
var ServerAsk = class {
  constructor(client, server, zone, wanted, options, resolve) {
    this.client = client;
    this.server = server;
    this.zone = zone;
    this.wanted = wanted;
    this.options = options;
    this.resolve = resolve;
    this.facts = new Array(wanted.length);
    this.request = { name: "", type: "A", dnssec: false, stream: options.stream };
  }
  client;
  server;
  zone;
  wanted;
  options;
  resolve;
  facts;
  request;
  next = 0;
  running = 0;
  starting = false;
  start() {
    if (this.starting) return;
    this.starting = true;
    const { wanted, options, request } = this;
    while (this.running < options.width && this.next < wanted.length) {
      const i = this.next++;
      if (options.skip?.(i)) continue;
      const { name, type } = wanted[i];
      request.name = name;
      request.type = type;
      request.dnssec = DNSSEC_TYPES.has(type);
      this.running++;
      this.client.ask(this.server, request, i, this);
    }
    this.starting = false;
    if (this.running === 0 && this.next === wanted.length) this.resolve(this.facts);
  }
  answered(i, r) {
    const { name, type } = this.wanted[i];
    this.facts[i] = (r.ok ? readAnswer(r, this.zone, name, type) : void 0) ?? {
      kind: "failed",
      reason: `${serverLabel(this.server)}: ${describeFailure(r)}`
    };
    this.running--;
    this.start();
  }
};
function markUpToDate(servers) {
  const newest = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  for (const s of servers) {
    if (!s.authoritative || s.soaSerial === void 0) continue;
    const key = s.soaPrimary ?? "";
    groups.set(key, [...groups.get(key) ?? [], s.soaSerial]);
  }
  for (const [key, serials] of groups) newest.set(key, newestSerial(serials));
  return servers.map((s) => {
    if (!s.authoritative) return s;
    const best = newest.get(s.soaPrimary ?? "");
    return { ...s, upToDate: best === void 0 || s.soaSerial === best };
  });
}
var SERVER_SPECIFIC = /* @__PURE__ */ new Set(["SOA", "DNSKEY", "CDS", "CDNSKEY"]);
function sameFact(a, b) {
  if (a.kind !== b.kind) return false;
  if (a.kind !== "rrset" || b.kind !== "rrset") return true;
  const x = a.rrset;
  const y = b.rrset;
  return x.ttl === y.ttl && x.values.length === y.values.length && x.values.every((v, i) => v === y.values[i]);
}
function mergeAnswers(wanted, servers, answers) {
  const facts = new Array(wanted.length);
  const differences = [];
  for (let i = 0; i < wanted.length; i++) {
    let chosen;
    let failure;
    let differs = false;
    let first;
    for (let s = 0; s < servers.length; s++) {
      const fact = answers[s]?.[i];
      if (!fact) continue;
      if (fact.kind === "failed") {
        if (servers[s].upToDate) failure ??= fact;
        continue;
      }
      if (servers[s].upToDate) chosen ??= fact;
      if (first === void 0) first = fact;
      else if (!sameFact(first, fact)) differs = true;
    }
    facts[i] = chosen ?? failure;
    const { name, type } = wanted[i];
    if (differs && !SERVER_SPECIFIC.has(type))
      differences.push({
        name,
        type,
        answers: servers.flatMap((server, s) => {
          const fact = answers[s]?.[i];
          if (!fact || fact.kind === "failed") return [];
          const answer = fact.kind === "rrset" ? { ttl: fact.rrset.ttl, values: fact.rrset.values } : fact.kind;
          return [{ server: serverLabel(server), answer }];
        })
      });
  }
  return { facts, differences };
}

// src/live/migration.ts
var LISTED = 20;
function newNameservers(request, liveNs) {
  const live = new Set(liveNs.map((n) => n.toLowerCase()));
  return (request.head?.nameservers ?? []).filter((n) => !live.has(n.name.toLowerCase()));
}
async function checkCandidates(lookup, request, liveNs, options) {
  const fresh = newNameservers(request, liveNs);
  if (fresh.length === 0) return [];
  const expected = request.head?.rrsets ?? [];
  const before = /* @__PURE__ */ new Map();
  for (const c of request.head?.changed ?? [])
    if (typeof c === "string") before.set(c, void 0);
    else before.set(rrsetKey(c), c);
  const wanted = expected.map((r) => ({ name: r.name, type: r.type }));
  const perName = await Promise.all(
    fresh.map(async (ns) => {
      const addresses = ns.addresses.length > 0 ? [...ns.addresses] : await allAddressesOf(lookup, ns.name);
      if (addresses.length === 0)
        return [
          {
            name: ns.name,
            authoritative: false,
            error: "the name has no address (A or AAAA) yet",
            expected: expected.length,
            served: 0,
            missing: [],
            differing: [],
            unanswered: expected.length
          }
        ];
      return Promise.all(
        addresses.map(
          (address) => checkOne(lookup, request.zone, { name: ns.name, address, port: 53 }, expected, wanted, {
            ...options,
            before
          })
        )
      );
    })
  );
  return perName.flat();
}
async function checkOne(lookup, zone, server, expected, wanted, options) {
  const health = await probeServer(lookup.client, zone, server);
  const base = {
    name: server.name,
    address: server.address,
    authoritative: health.authoritative,
    ...health.soaSerial !== void 0 ? { soaSerial: health.soaSerial } : {},
    ...health.dnskey ? { dnskey: health.dnskey } : {},
    expected: expected.length
  };
  if (!health.authoritative)
    return {
      ...base,
      error: health.error ?? "not authoritative",
      served: 0,
      missing: [],
      differing: [],
      unanswered: expected.length
    };
  const facts = await askServer(lookup.client, server, zone, wanted, {
    width: lookup.workers,
    stream: options.stream
  });
  const missing = [];
  const differing = [];
  let served = 0;
  let unanswered = 0;
  let missingCount = 0;
  let differingCount = 0;
  facts.forEach((fact, i) => {
    const want = expected[i];
    const label = `${want.name} ${want.type}`;
    const changed = options.before.has(rrsetKey(want));
    const base2 = options.before.get(rrsetKey(want));
    if (!fact || fact.kind === "failed") unanswered++;
    else if (fact.kind === "delegated")
      served++;
    else if (fact.kind === "absent") {
      if (changed && !base2)
        served++;
      else if (missingCount++ < LISTED) missing.push(label);
    } else if (sameValues(fact.rrset.values, want.values) || base2 && sameValues(fact.rrset.values, base2.values))
      served++;
    else if (differingCount++ < LISTED) differing.push(label);
  });
  return {
    ...base,
    served,
    missing,
    differing,
    unanswered,
    ...missingCount > LISTED ? { missingCount } : {},
    ...differingCount > LISTED ? { differingCount } : {}
  };
}

// src/live/transfer.ts
var TRANSFER_TIMEOUTS = 5;
async function transferFromEach(client, zone, servers, timeoutMs) {
  const complete = new Array(servers.length);
  const outcomes = await Promise.all(
    servers.map(async (server, i2) => {
      if (!server.responded) return void 0;
      const r = await client.transfer(server, zone, timeoutMs * TRANSFER_TIMEOUTS);
      if (!r.ok)
        return r.refused ? { status: "refused", rcode: r.rcode } : { status: "failed", reason: r.reason };
      const rrsets = rrsetsOf(r.records);
      const soa = rrsets.find((x) => x.name === zone && x.type === "SOA");
      const serial = Number(soa?.values[0]?.split(" ")[2]);
      const outcome = {
        status: "open",
        records: r.records.length - 1,
        // the closing SOA repeats the first
        ...Number.isFinite(serial) ? { serial } : {}
      };
      if (server.upToDate && serial === server.soaSerial) complete[i2] = rrsets;
      return outcome;
    })
  );
  const i = complete.findIndex((c) => c !== void 0);
  const chosen = i < 0 ? void 0 : { server: serverLabel(servers[i]), rrsets: complete[i] };
  return { outcomes, ...chosen ? { zone: chosen } : {} };
}

// src/live/collect.ts
var STREAM_FROM = 100;
function unreachableHere(s) {
  return !s.responded && s.address.includes(":") && /ENETUNREACH|EHOSTUNREACH|EADDRNOTAVAIL|EAFNOSUPPORT/.test(s.error ?? "");
}
async function resolverFacts(lookup, request) {
  const [targets, keys] = await Promise.all([
    resolveTargets(lookup, request.targets ?? []),
    resolveKeys(lookup, request.keysOf ?? [])
  ]);
  return { targets, keys };
}
async function collectZone(lookup, input, facts, options = { axfr: false, timeoutMs: 2e3 }) {
  const { request, delegation } = input;
  const { targets, keys } = facts;
  const zone = request.zone;
  const reasons = [...input.reasons];
  const client = lookup.client;
  const probed = await Promise.all(input.servers.map((s) => probeServer(client, zone, s)));
  const unreachable = probed.filter(unreachableHere);
  if (unreachable.length > 0)
    reasons.push(
      `not reachable over IPv6 from this machine, so not asked: ${unreachable.map(serverLabel).join(", ")}`
    );
  let servers = markUpToDate(probed.filter((s) => !unreachableHere(s)));
  for (const s of servers)
    if (!s.authoritative) reasons.push(`${serverLabel(s)}: ${s.error ?? "not authoritative"}`);
  const healthy = servers.filter((s) => s.authoritative);
  const serials = new Set(healthy.map((s) => s.soaSerial));
  const serialsAgree = serials.size <= 1;
  if (!serialsAgree)
    reasons.push(
      `SOA serials differ between servers: ${healthy.map((s) => `${serverLabel(s)} ${s.soaSerial ?? "?"}${s.upToDate ? "" : " (behind)"}`).join(", ")}`
    );
  const wanted = dedupe(request.rrsets).filter((q) => !isPseudoType(q.type));
  const apexDs = (i) => delegation !== void 0 && wanted[i].name === zone && wanted[i].type === "DS";
  const stream = wanted.length >= STREAM_FROM;
  const liveNs = delegation?.ns ?? [...new Set(healthy.flatMap((s) => s.ns ?? []))];
  const [answers, transfers, candidates] = await Promise.all([
    Promise.all(
      healthy.map(
        (s) => askServer(client, s, zone, wanted, { width: lookup.workers, stream, skip: apexDs })
      )
    ),
    options.axfr ? transferFromEach(client, zone, servers, options.timeoutMs) : void 0,
    request.head && (delegation || healthy.length > 0) ? checkCandidates(lookup, request, liveNs, {
      stream: (request.head.rrsets.length ?? 0) >= STREAM_FROM
    }) : []
  ]);
  const merged = mergeAnswers(wanted, healthy, answers);
  const found = merged.facts.map((fact, i) => {
    if (!apexDs(i)) return fact;
    const ds = delegation;
    return ds.ds.length === 0 ? { kind: "absent" } : { kind: "rrset", rrset: { name: zone, type: "DS", ttl: ds.dsTtl ?? 0, values: ds.ds } };
  });
  if (transfers)
    servers = servers.map(
      (s, i) => transfers.outcomes[i] ? { ...s, axfr: transfers.outcomes[i] } : s
    );
  const rrsets = [];
  const absent = [];
  const unresolved = [];
  let failedCount = 0;
  const transferred = transfers?.zone;
  if (transferred) {
    rrsets.push(...transferred.rrsets);
    const held = new Set(transferred.rrsets.map(rrsetKey));
    found.forEach((fact, i) => {
      const q = wanted[i];
      if (apexDs(i) && fact?.kind === "rrset") rrsets.push(fact.rrset);
      else if (!held.has(rrsetKey(q)) && fact?.kind !== "delegated")
        absent.push({ name: q.name, type: q.type });
    });
  } else
    found.forEach((fact, i) => {
      const q = wanted[i];
      if (fact?.kind === "rrset") rrsets.push(fact.rrset);
      else if (fact?.kind === "absent") absent.push({ name: q.name, type: q.type });
      else if (fact?.kind !== "delegated") {
        unresolved.push({ name: q.name, type: q.type });
        if (fact?.reason && failedCount++ < 5) reasons.push(`${q.name} ${q.type}: ${fact.reason}`);
      }
    });
  if (failedCount > 5) reasons.push(`\u2026and ${failedCount - 5} more RRsets no server answered`);
  let status = "ok";
  if (healthy.length === 0) {
    status = "failed";
    if (servers.length > 0) reasons.unshift("no server answered authoritatively for the zone");
    else if (reasons.length === 0) reasons.push("no server to ask");
  } else if (healthy.length < servers.length || unresolved.length > 0 || input.reasons.length > 0)
    status = "partial";
  const live = {
    zone,
    status,
    reasons,
    servers,
    serialsAgree,
    rrsets,
    absent
  };
  if (merged.differences.length > 0) live.differences = merged.differences;
  if (transferred) live.transferredFrom = transferred.server;
  if (candidates.length > 0) live.candidates = candidates;
  if (delegation) live.delegation = delegation;
  if (unresolved.length > 0) live.unresolved = unresolved;
  if (targets.length > 0) live.targets = targets;
  if (keys.length > 0) live.keys = keys;
  return live;
}
function dedupe(list) {
  const seen = /* @__PURE__ */ new Map();
  return list.filter(({ name, type }) => {
    const types = seen.get(name);
    if (types === void 0) seen.set(name, type);
    else if (types === type || Array.isArray(types) && types.includes(type)) return false;
    else if (Array.isArray(types)) types.push(type);
    else seen.set(name, [types, type]);
    return true;
  });
}
async function resolveTargets(lookup, names) {
  const unique = [...new Set(names)];
  return Promise.all(
    unique.map(async (name) => {
      const r = await recursive(lookup, name, "A");
      return { name, rcode: r.ok ? r.rcode : r.error };
    })
  );
}
async function resolveKeys(lookup, names) {
  return Promise.all(
    [...new Set(names)].map(async (name) => {
      const r = await recursive(lookup, name, "DNSKEY", true);
      const dnskey = r.ok ? rrsetFrom(r.response.answers, name, "DNSKEY")?.values ?? [] : [];
      return { name, rcode: r.ok ? r.rcode : r.error, dnskey };
    })
  );
}

// src/live/dns/axfr.ts
import { connect } from "node:net";

// src/live/dns/query-wire.ts
var packet3 = __toESM(require_dns_packet(), 1);
import { getRandomValues } from "node:crypto";

// src/live/dns/decode.ts
var packet2 = __toESM(require_dns_packet(), 1);
var parts = packet2;
var answerCodec = parts.answer;
var questionCodec = parts.question;
var OPCODES = ["QUERY", "IQUERY", "STATUS", "OPCODE_3", "NOTIFY", "UPDATE"];
var RCODES = [
  "NOERROR",
  "FORMERR",
  "SERVFAIL",
  "NXDOMAIN",
  "NOTIMP",
  "REFUSED",
  "YXDOMAIN",
  "YXRRSET",
  "NXRRSET",
  "NOTAUTH",
  "NOTZONE"
];
var OVERRUN = "a record runs past the end of the message";
function decodeResponse(buf) {
  if (buf.length < 12) throw new Error("Header must be 12 bytes");
  questionOf = void 0;
  const result = new Decoded(buf);
  let offset = 12;
  const { questions } = result;
  for (let i = 0; i < questions.length; i++) {
    const question = fastQuestion(buf, offset);
    if (question) {
      questions[i] = question;
      offset = end;
    } else {
      questions[i] = questionCodec.decode(buf, offset);
      offset += questionCodec.decode.bytes;
    }
  }
  offset = decodeRecords(result.answers, buf, offset);
  result.rest(offset);
  return result;
}
var Decoded = class {
  id;
  type;
  flags;
  flag_qr;
  opcode;
  flag_aa;
  flag_tc;
  flag_rd;
  flag_ra;
  flag_z;
  flag_ad;
  flag_cd;
  rcode;
  questions;
  answers;
  #authorities;
  #additionals;
  #buf;
  /** Where each section starts while it is still to be read; -1 once it is read. */
  #authoritiesAt = -1;
  #additionalsAt = -1;
  constructor(buf) {
    const flags = buf.readUInt16BE(2);
    const opcode = flags >> 11 & 15;
    const rcode = flags & 15;
    this.id = buf.readUInt16BE(0);
    this.type = flags & 32768 ? "response" : "query";
    this.flags = flags & 32767;
    this.flag_qr = (flags >> 15 & 1) === 1;
    this.opcode = OPCODES[opcode] ?? `OPCODE_${opcode}`;
    this.flag_aa = (flags >> 10 & 1) === 1;
    this.flag_tc = (flags >> 9 & 1) === 1;
    this.flag_rd = (flags >> 8 & 1) === 1;
    this.flag_ra = (flags >> 7 & 1) === 1;
    this.flag_z = (flags >> 6 & 1) === 1;
    this.flag_ad = (flags >> 5 & 1) === 1;
    this.flag_cd = (flags >> 4 & 1) === 1;
    this.rcode = RCODES[rcode] ?? `RCODE_${rcode}`;
    this.questions = new Array(buf.readUInt16BE(4));
    this.answers = new Array(buf.readUInt16BE(6));
    this.#authorities = new Array(buf.readUInt16BE(8));
    this.#additionals = new Array(buf.readUInt16BE(10));
    this.#buf = buf;
  }
  /** The two sections after the answers, which start at `offset`: now, or marked for later. */
  rest(offset) {
    const additionalsAt = skipRecords(this.#authorities.length, this.#buf, offset);
    if (additionalsAt >= 0 && skipRecords(this.#additionals.length, this.#buf, additionalsAt) >= 0) {
      this.#authoritiesAt = offset;
      this.#additionalsAt = additionalsAt;
      return;
    }
    decodeRecords(
      this.#additionals,
      this.#buf,
      decodeRecords(this.#authorities, this.#buf, offset)
    );
  }
  get authorities() {
    if (this.#authoritiesAt >= 0) {
      decodeRecords(this.#authorities, this.#buf, this.#authoritiesAt);
      this.#authoritiesAt = -1;
    }
    return this.#authorities;
  }
  get additionals() {
    if (this.#additionalsAt >= 0) {
      decodeRecords(this.#additionals, this.#buf, this.#additionalsAt);
      this.#additionalsAt = -1;
    }
    return this.#additionals;
  }
};
function skipRecords(count, buf, offset) {
  let o = offset;
  for (let i = 0; i < count; i++) {
    if (fastRecord(buf, o, false) === void 0) return -1;
    o = end;
  }
  return o;
}
function decodeRecords(list, buf, offset) {
  for (let i = 0; i < list.length; i++) {
    const record2 = fastRecord(buf, offset);
    if (record2) {
      list[i] = record2;
      offset = end;
    } else {
      list[i] = answerCodec.decode(buf, offset);
      offset += answerCodec.decode.bytes;
      if (!(offset <= buf.length)) throw new Error(OVERRUN);
    }
  }
  return offset;
}
var end = 0;
var NAME_TYPES = {
  2: "NS",
  5: "CNAME",
  12: "PTR",
  39: "DNAME"
};
var TYPE_NAMES = {
  ...NAME_TYPES,
  1: "A",
  28: "AAAA",
  15: "MX",
  16: "TXT"
};
function fastQuestion(buf, offset) {
  const name = readName(buf, offset);
  if (name === void 0 || end + 4 > buf.length) return void 0;
  const type = TYPE_NAMES[buf.readUInt16BE(end)];
  if (type === void 0 || buf.readUInt16BE(end + 2) !== 1) return void 0;
  end += 4;
  return { name, type, class: "IN" };
}
var READABLE = {};
function fastRecord(buf, offset, build = true) {
  const owner = readName(buf, offset, build);
  if (owner === void 0) return void 0;
  const o = end;
  if (o + 10 > buf.length) return void 0;
  const type = buf.readUInt16BE(o);
  if (type === 41) return optRecord(buf, owner, o, build);
  if (buf.readUInt16BE(o + 2) !== 1) return void 0;
  const ttl = buf.readUInt32BE(o + 4);
  const rdlength = buf.readUInt16BE(o + 8);
  const rdata = o + 10;
  const rdEnd = rdata + rdlength;
  if (rdEnd > buf.length) return void 0;
  let data;
  let typeName;
  switch (type) {
    case 1:
      if (rdlength !== 4) return void 0;
      typeName = "A";
      if (build) data = `${buf[rdata]}.${buf[rdata + 1]}.${buf[rdata + 2]}.${buf[rdata + 3]}`;
      break;
    case 28:
      if (rdlength !== 16) return void 0;
      typeName = "AAAA";
      if (build) data = aaaaText(buf, rdata);
      break;
    case 2:
    case 5:
    case 12:
    case 39: {
      const target2 = readName(buf, rdata, build);
      if (target2 === void 0 || end !== rdEnd) return void 0;
      typeName = NAME_TYPES[type];
      data = target2;
      break;
    }
    case 15: {
      const exchange = rdlength >= 3 ? readName(buf, rdata + 2, build) : void 0;
      if (exchange === void 0 || end !== rdEnd) return void 0;
      typeName = "MX";
      if (build) data = { preference: buf.readUInt16BE(rdata), exchange };
      break;
    }
    case 16: {
      const strings = [];
      for (let i = rdata; i < rdEnd; ) {
        const len = buf[i++];
        if (i + len > rdEnd) return void 0;
        if (build) strings.push(buf.subarray(i, i + len));
        i += len;
      }
      typeName = "TXT";
      data = strings;
      break;
    }
    default:
      return void 0;
  }
  end = rdEnd;
  if (!build) return READABLE;
  return { name: owner, type: typeName, ttl, class: "IN", flush: false, data };
}
function optRecord(buf, owner, o, build) {
  if (buf.readUInt16BE(o + 8) !== 0) return void 0;
  const flags = buf.readUInt16BE(o + 6);
  end = o + 10;
  if (!build) return READABLE;
  return {
    name: owner,
    type: "OPT",
    udpPayloadSize: buf.readUInt16BE(o + 2),
    extendedRcode: buf[o + 4],
    ednsVersion: buf[o + 5],
    flags,
    flag_do: (flags >> 15 & 1) === 1,
    options: []
  };
}
function aaaaText(buf, at) {
  let runAt = -1;
  let runLength = 0;
  for (let k = 0; k < 8 && runLength < 2; k++) {
    if (buf[at + 2 * k] !== 0 || buf[at + 2 * k + 1] !== 0) {
      runLength = 0;
      continue;
    }
    if (runLength++ === 0) runAt = k;
  }
  if (runLength >= 2)
    while (runAt + runLength < 8 && buf.readUInt16BE(at + 2 * (runAt + runLength)) === 0)
      runLength++;
  else runAt = -1;
  let text = "";
  for (let k = 0; k < 8; k++) {
    if (k === runAt) {
      text += k === 0 ? "::" : ":";
      k += runLength - 1;
      continue;
    }
    text += buf.readUInt16BE(at + 2 * k).toString(16);
    if (k < 7) text += ":";
  }
  return text;
}
var questionOf;
var questionName = "";
var questionTotal = 0;
var spelling = Buffer.allocUnsafe(255);
function readName(buf, offset, build = true) {
  if (!(offset >= 0)) return void 0;
  let o = offset;
  let floor = offset;
  let consumed = 0;
  let jumped = false;
  let total = 0;
  let n = 0;
  let name = "";
  for (; ; ) {
    if (o >= buf.length) return void 0;
    const len = buf[o++];
    if (!jumped) consumed++;
    if (len === 0) break;
    if ((len & 192) === 0) {
      if (o + len > buf.length) return void 0;
      total += len + 1;
      if (total > 254) return void 0;
      if (build && n > 0) spelling[n++] = 46;
      for (let i = o; i < o + len; i++) {
        const c = buf[i];
        if (c >= 128) return void 0;
        if (build) spelling[n++] = c;
      }
      o += len;
      if (!jumped) consumed += len;
    } else if ((len & 192) === 192) {
      if (o >= buf.length) return void 0;
      const target2 = (len & 63) << 8 | buf[o];
      if (target2 >= floor) return void 0;
      if (!jumped) consumed++;
      if (target2 === 12 && buf === questionOf) {
        total += questionTotal;
        if (total > 254) return void 0;
        if (build) {
          if (questionName.length > 0 && n > 0) spelling[n++] = 46;
          name = n === 0 ? questionName : spelling.toString("latin1", 0, n) + questionName;
        }
        break;
      }
      o = target2;
      floor = target2;
      jumped = true;
    } else return void 0;
  }
  end = offset + consumed;
  if (build && name.length === 0 && n > 0) name = spelling.toString("latin1", 0, n);
  if (offset === 12 && build) {
    questionOf = buf;
    questionName = name;
    questionTotal = total;
  }
  if (!build) return "";
  return name.length === 0 ? "." : name;
}

// src/live/dns/query-wire.ts
var EDNS_BUFFER = 1232;
var HEADER = 12;
function encodeQuery(id, q, framed = false) {
  const type = typeNumber(q.type);
  const at = framed ? 2 : 0;
  const name = q.name;
  const n = name.endsWith(".") ? name.length - 1 : name.length;
  let nameLength = n + 2;
  let buf = n > 0 && n <= 253 ? Buffer.allocUnsafe(at + HEADER + nameLength + 15) : void 0;
  if (buf === void 0 || !writePlain(name, n, buf, at + HEADER)) {
    const qname = questionName2(name);
    nameLength = qname.length;
    buf = Buffer.allocUnsafe(at + HEADER + nameLength + 15);
    qname.copy(buf, at + HEADER);
  }
  if (framed) buf.writeUInt16BE(buf.length - 2, 0);
  buf.writeUInt16BE(id, at);
  buf.writeUInt16BE(q.rd ? packet3.RECURSION_DESIRED : 0, at + 2);
  buf.writeUInt32BE(65536, at + 4);
  buf.writeUInt32BE(1, at + 8);
  let o = at + HEADER + nameLength;
  o = buf.writeUInt16BE(type, o);
  o = buf.writeUInt16BE(1, o);
  buf[o++] = 0;
  o = buf.writeUInt16BE(41, o);
  o = buf.writeUInt16BE(EDNS_BUFFER, o);
  o = buf.writeUInt16BE(0, o);
  o = buf.writeUInt16BE(q.dnssec ? packet3.DNSSEC_OK : 0, o);
  buf.writeUInt16BE(0, o);
  return buf;
}
var PLAIN = new Uint8Array(128);
for (const c of "abcdefghijklmnopqrstuvwxyz0123456789-_*") PLAIN[c.charCodeAt(0)] = 1;
function writePlain(name, n, buf, at) {
  let lenAt = at;
  for (let i = 0; i < n; i++) {
    const c = name.charCodeAt(i);
    if (c === 46) {
      const len2 = at + i - lenAt;
      if (len2 === 0 || len2 > 63) return false;
      buf[lenAt] = len2;
      lenAt = at + i + 1;
    } else if (c < 128 && PLAIN[c] === 1) buf[at + i + 1] = c;
    else return false;
  }
  const len = at + n - lenAt;
  if (len === 0 || len > 63) return false;
  buf[lenAt] = len;
  buf[at + n + 1] = 0;
  return true;
}
function questionName2(name) {
  if (name === "." || name === "") return Buffer.from([0]);
  return nameToWire(name.endsWith(".") ? name : `${name}.`);
}
var foldCase = (c) => c >= 65 && c <= 90 ? c | 32 : c;
function answersQuery(msg, query, at = 0) {
  const end2 = query.length - at - 11;
  if (msg.length < end2 || (msg[2] & 128) === 0 || msg[4] !== 0 || msg[5] !== 1) return false;
  const nameEnd = end2 - 4;
  for (let i = HEADER; i < nameEnd; i++)
    if (msg[i] !== query[at + i] && foldCase(msg[i]) !== foldCase(query[at + i])) return false;
  for (let i = nameEnd; i < end2; i++) if (msg[i] !== query[at + i]) return false;
  return true;
}
function decode(buf) {
  try {
    return decodeResponse(buf);
  } catch {
    return void 0;
  }
}
var IdSource = class {
  pool = new Uint16Array(4096);
  next = this.pool.length;
  take() {
    if (this.next === this.pool.length) {
      getRandomValues(this.pool);
      this.next = 0;
    }
    return this.pool[this.next++];
  }
};
function toFrame(message) {
  const frame = Buffer.allocUnsafe(message.length + 2);
  frame.writeUInt16BE(message.length, 0);
  message.copy(frame, 2);
  return frame;
}

// src/live/dns/axfr.ts
var AXFR_MAX_OCTETS = 512 * 1024 * 1024;
var AXFR_MAX_RECORDS = 2e6;
function transferZone(server, zone, timeoutMs, ids, aborts, done) {
  const query = encodeQuery(ids.take(), { name: zone, type: "TYPE252", rd: false, dnssec: false });
  const records = [];
  let pending;
  let octets = 0;
  let soaSeen = 0;
  let settled = false;
  const socket = connect({ host: server.address, port: server.port });
  const finish = (result) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    aborts.delete(abort);
    socket.destroy();
    done(result);
  };
  const failed = (reason) => finish({ ok: false, refused: false, reason });
  const abort = () => failed("the DNS client was closed");
  aborts.add(abort);
  const timer = setTimeout(() => failed(`no complete transfer within ${timeoutMs} ms`), timeoutMs);
  socket.on("connect", () => socket.write(toFrame(query)));
  socket.on("error", (e) => failed(e.message));
  socket.on("close", () => failed("the server closed the connection before the end of the zone"));
  socket.on("data", (chunk) => {
    octets += chunk.length;
    if (octets > AXFR_MAX_OCTETS) {
      failed(`the transfer passed ${AXFR_MAX_OCTETS} octets`);
      return;
    }
    const buf = pending ? Buffer.concat([pending, chunk]) : chunk;
    let o = 0;
    while (!settled && buf.length - o >= 2) {
      const length = buf.readUInt16BE(o);
      if (buf.length - o - 2 < length) break;
      const msg = buf.subarray(o + 2, o + 2 + length);
      o += 2 + length;
      const outcome = read(msg);
      if (outcome) finish(outcome);
    }
    pending = o < buf.length ? buf.subarray(o) : void 0;
  });
  function read(msg) {
    const fail = (reason) => ({ ok: false, refused: false, reason });
    const first = records.length === 0;
    if (msg.length < HEADER || msg[0] !== query[0] || msg[1] !== query[1])
      return fail("a message of the transfer does not answer the query");
    const response = decode(msg);
    if (!response) return fail("a message of the transfer cannot be read");
    if (response.rcode && response.rcode !== "NOERROR")
      return { ok: false, refused: true, rcode: response.rcode };
    if (first && !answersQuery(msg, query) && (response.questions?.length ?? 0) > 0)
      return fail("the first message of the transfer does not answer the query");
    for (const rr of response.answers ?? []) {
      if (records.length === 0 && rr.type !== "SOA")
        return fail("the transfer does not start with the SOA");
      records.push(rr);
      if (rr.type === "SOA" && ++soaSeen === 2) return { ok: true, records };
      if (records.length > AXFR_MAX_RECORDS)
        return fail(`the transfer passed ${AXFR_MAX_RECORDS} records`);
    }
    return first && records.length === 0 ? { ok: false, refused: true, rcode: "NOERROR without records" } : void 0;
  }
}

// src/live/dns/transport.ts
import { connect as connect3 } from "node:net";

// src/live/dns/exchange.ts
var transportClosed = {
  ok: false,
  error: "network",
  message: "the DNS client was closed"
};

// src/live/dns/stream-channel.ts
import { connect as connect2 } from "node:net";

// src/live/dns/id-table.ts
var IdTable = class {
  /** The ID in each slot, -1 for none. */
  keys;
  vals;
  mask;
  count = 0;
  constructor(capacity = 128) {
    const size = 2 ** Math.ceil(Math.log2(Math.max(2, capacity)));
    this.keys = new Int32Array(size).fill(-1);
    this.vals = new Array(size).fill(void 0);
    this.mask = size - 1;
  }
  get size() {
    return this.count;
  }
  has(id) {
    return this.slotOf(id) >= 0;
  }
  get(id) {
    const slot = this.slotOf(id);
    return slot >= 0 ? this.vals[slot] : void 0;
  }
  /** Sets the value of `id`, replacing any it had. */
  set(id, value) {
    const existing = this.slotOf(id);
    if (existing >= 0) {
      this.vals[existing] = value;
      return;
    }
    if (2 * (this.count + 1) > this.keys.length) this.grow();
    let slot = id & this.mask;
    while (this.keys[slot] !== -1) slot = slot + 1 & this.mask;
    this.keys[slot] = id;
    this.vals[slot] = value;
    this.count++;
  }
  /**
   * Removes `id`; true when it was there. The entries after it in its probe run move back
   * (backward-shift deletion), so no lookup ever has to step over a tombstone.
   */
  delete(id) {
    let hole = this.slotOf(id);
    if (hole < 0) return false;
    const mask = this.mask;
    let slot = hole + 1 & mask;
    while (this.keys[slot] !== -1) {
      const home = this.keys[slot] & mask;
      if ((slot - home & mask) >= (slot - hole & mask)) {
        this.keys[hole] = this.keys[slot];
        this.vals[hole] = this.vals[slot];
        hole = slot;
      }
      slot = slot + 1 & mask;
    }
    this.keys[hole] = -1;
    this.vals[hole] = void 0;
    this.count--;
    return true;
  }
  /** Every value, in no particular order. */
  values() {
    const out = [];
    if (this.count === 0) return out;
    for (let slot = 0; slot < this.keys.length; slot++)
      if (this.keys[slot] !== -1) out.push(this.vals[slot]);
    return out;
  }
  /** Every (ID, value), in no particular order. */
  entries() {
    const out = [];
    if (this.count === 0) return out;
    for (let slot = 0; slot < this.keys.length; slot++)
      if (this.keys[slot] !== -1) out.push([this.keys[slot], this.vals[slot]]);
    return out;
  }
  clear() {
    if (this.count === 0) return;
    this.keys.fill(-1);
    this.vals.fill(void 0);
    this.count = 0;
  }
  slotOf(id) {
    const mask = this.mask;
    for (let slot = id & mask; ; slot = slot + 1 & mask) {
      const key = this.keys[slot];
      if (key === id) return slot;
      if (key === -1) return -1;
    }
  }
  grow() {
    const keys = this.keys;
    const vals = this.vals;
    const size = keys.length * 2;
    this.keys = new Int32Array(size).fill(-1);
    this.vals = new Array(size).fill(void 0);
    this.mask = size - 1;
    for (let slot = 0; slot < keys.length; slot++) {
      const id = keys[slot];
      if (id === -1) continue;
      let to = id & this.mask;
      while (this.keys[to] !== -1) to = to + 1 & this.mask;
      this.keys[to] = id;
      this.vals[to] = vals[slot];
    }
  }
};

// src/live/dns/waiting.ts
var Waiting = class {
  /**
   * `onTimeout` hears of each sweep that expired something, before the callers do; `framed`
   * queries are written with their TCP length prefix.
   */
  constructor(ids, onTimeout, framed = false) {
    this.ids = ids;
    this.onTimeout = onTimeout;
    this.framed = framed;
    this.at = framed ? 2 : 0;
  }
  ids;
  onTimeout;
  framed;
  entries = new IdTable();
  timer;
  timerAt = Number.POSITIVE_INFINITY;
  /** Where a query's message starts in what `add` gives: 2 after a TCP length prefix. */
  at;
  get size() {
    return this.entries.size;
  }
  /**
   * Registers a question under a random ID no waiting query uses, and gives its wire form to
   * send (framed for TCP when the channel is). Undefined, after telling `done`, when the question cannot be encoded (a pseudo-type,
   * a bad name).
   */
  add(q, timeoutMs, done) {
    let id = this.ids.take();
    for (let i = 0; this.entries.has(id) && i < 65536; i++) id = id + 1 & 65535;
    let query;
    try {
      query = encodeQuery(id, q, this.framed);
    } catch (e) {
      done({ ok: false, error: "malformed", message: e.message });
      return void 0;
    }
    const expiry = Date.now() + timeoutMs;
    this.entries.set(id, { query, expiry, timeoutMs, done });
    if (expiry < this.timerAt) this.arm(expiry);
    return query;
  }
  /** Offers a message as an answer; true when it settled a query. */
  settle(msg) {
    if (msg.length < HEADER) return false;
    const id = msg[0] << 8 | msg[1];
    const entry = this.entries.get(id);
    if (!entry || !answersQuery(msg, entry.query, this.at)) return false;
    const response = decode(msg);
    if (!response) return false;
    this.entries.delete(id);
    if (this.entries.size === 0) this.disarm();
    entry.done({ ok: true, response });
    return true;
  }
  /** The queries still waiting, as sent, to send again (on a new connection). */
  queries() {
    return this.entries.values().map((e) => e.query);
  }
  /** Ends every waiting query with `result`. */
  failAll(result) {
    const entries = this.entries.values();
    this.entries.clear();
    this.disarm();
    for (const entry of entries) entry.done(result);
  }
  /** One timer for the whole channel, set for the earliest expiry. */
  arm(at) {
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(this.sweep, Math.max(1, at - Date.now()));
  }
  disarm() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = void 0;
    this.timerAt = Number.POSITIVE_INFINITY;
  }
  sweep = () => {
    this.timer = void 0;
    this.timerAt = Number.POSITIVE_INFINITY;
    const now = Date.now();
    const expired = [];
    let next = Number.POSITIVE_INFINITY;
    for (const [id, entry] of this.entries.entries()) {
      if (entry.expiry <= now) {
        this.entries.delete(id);
        expired.push(entry);
      } else if (entry.expiry < next) next = entry.expiry;
    }
    if (next < this.timerAt) this.arm(next);
    if (expired.length > 0) this.onTimeout?.();
    for (const entry of expired)
      entry.done({
        ok: false,
        error: "timeout",
        message: `no answer within ${entry.timeoutMs} ms`
      });
  };
};

// src/live/dns/stream-channel.ts
var WORTH_REOPENING = 16;
var SLAB = 65536;
var MIN_READ = 16384;
var StreamChannel = class {
  constructor(server, ids) {
    this.server = server;
    this.waiting = new Waiting(ids, () => this.giveUp("TCP: a query timed out"), true);
  }
  server;
  waiting;
  socket;
  connected = false;
  /** Why TCP to this server is not used any more; undefined while it is usable. */
  unusable;
  closed = false;
  /** Length-prefixed queries not yet written (the waiting list frames them). */
  outbox = [];
  /** The start of a frame whose rest has not arrived. */
  partial;
  /** Queries the current connection has answered. */
  answered = 0;
  lastError;
  /** Where the socket reads to: the rest of `slab` from `slabAt` on (see `SLAB`). */
  slab = Buffer.allocUnsafeSlow(SLAB);
  slabAt = 0;
  get usable() {
    return this.unusable === void 0 && !this.closed;
  }
  send(q, timeoutMs, done) {
    if (this.closed) {
      done(transportClosed);
      return;
    }
    if (this.unusable !== void 0) {
      done({ ok: false, error: "network", message: this.unusable });
      return;
    }
    const query = this.waiting.add(q, timeoutMs, done);
    if (!query) return;
    if (this.outbox.push(query) === 1) setImmediate(this.flush);
    if (!this.socket) this.open();
  }
  close() {
    this.closed = true;
    this.drop();
    this.waiting.failAll(transportClosed);
  }
  open() {
    const socket = connect2({
      host: this.server.address,
      port: this.server.port,
      onread: { buffer: this.nextRead, callback: this.onRead }
    });
    this.socket = socket;
    this.connected = false;
    this.answered = 0;
    this.lastError = void 0;
    socket.setNoDelay(true);
    socket.unref();
    socket.on("connect", () => {
      this.connected = true;
      this.flush();
    });
    socket.on("error", (e) => {
      this.lastError = e.message;
    });
    socket.on("close", () => {
      if (socket !== this.socket) return;
      const reason = `TCP: ${this.lastError ?? "the server closed the connection"}`;
      if (this.answered < WORTH_REOPENING) {
        this.giveUp(reason);
        return;
      }
      this.drop();
      this.outbox = this.waiting.queries();
      if (this.outbox.length > 0) this.open();
    });
  }
  flush = () => {
    if (!this.connected || !this.socket || this.outbox.length === 0) return;
    const frames = this.outbox;
    this.outbox = [];
    this.socket.write(frames.length === 1 ? frames[0] : Buffer.concat(frames));
  };
  /** The next read's buffer: asked for after each read (and once before the first). */
  nextRead = () => {
    if (SLAB - this.slabAt < MIN_READ) {
      this.slab = Buffer.allocUnsafeSlow(SLAB);
      this.slabAt = 0;
    }
    return this.slab.subarray(this.slabAt);
  };
  onRead = (length, buffer) => {
    this.slabAt += length;
    this.read(buffer, length);
    return true;
  };
  /**
   * Splits what was read (the first `length` octets of `chunk`, a part of a slab no later read
   * writes) into length-prefixed messages and offers each as an answer, a view of the slab.
   */
  read(chunk, length) {
    let buf = chunk;
    let end2 = length;
    if (this.partial) {
      buf = Buffer.concat([this.partial, chunk.subarray(0, length)]);
      end2 = buf.length;
    }
    let o = 0;
    while (end2 - o >= 2) {
      const size = buf.readUInt16BE(o);
      if (end2 - o - 2 < size) break;
      if (this.waiting.settle(buf.subarray(o + 2, o + 2 + size))) this.answered++;
      o += 2 + size;
    }
    this.partial = o < end2 ? buf.subarray(o, end2) : void 0;
  }
  /** Stops using TCP to this server; what is waiting goes back to the client for UDP. */
  giveUp(reason) {
    this.unusable = reason;
    this.drop();
    this.waiting.failAll({ ok: false, error: "network", message: reason });
  }
  drop() {
    const socket = this.socket;
    this.socket = void 0;
    this.connected = false;
    this.partial = void 0;
    this.outbox = [];
    socket?.destroy();
  }
};

// src/live/dns/udp-channel.ts
import { createSocket } from "node:dgram";
import { isIPv6 } from "node:net";
var UdpChannel = class {
  waiting;
  socket;
  /** Sends waiting for `connect` to finish; undefined once it has. */
  connecting = [];
  closed = false;
  failure;
  /** Queries encoded but not yet sent: they leave together, see `flush`. */
  outbox = [];
  constructor(server, ids) {
    this.waiting = new Waiting(ids);
    this.socket = createSocket({ type: isIPv6(server.address) ? "udp6" : "udp4" });
    this.socket.on("message", (msg) => this.waiting.settle(msg));
    this.socket.on("error", (e) => {
      const message = /ECONNREFUSED/.test(e.message) ? "port unreachable (refused)" : e.message;
      this.waiting.failAll({ ok: false, error: "network", message });
    });
    this.socket.unref();
    this.socket.connect(server.port, server.address, (err) => {
      if (err) this.failure = err.message;
      const connecting = this.connecting ?? [];
      this.connecting = void 0;
      for (const send of connecting) send();
    });
  }
  send(q, timeoutMs, done) {
    if (this.closed) {
      done(transportClosed);
      return;
    }
    if (this.connecting) {
      this.connecting.push(() => this.send(q, timeoutMs, done));
      return;
    }
    if (this.failure !== void 0) {
      done({ ok: false, error: "network", message: this.failure });
      return;
    }
    const query = this.waiting.add(q, timeoutMs, done);
    if (query && this.outbox.push(query) === 1) setImmediate(this.flush);
  }
  /**
   * Sends what queued up while answers were being read, back to back. Answers arrive in
   * bursts and each frees a slot for a new query; sending each at once would wake an idle
   * server once per query, and on loopback that wake-up is most of a send's cost.
   */
  flush = () => {
    const queries = this.outbox;
    this.outbox = [];
    if (this.closed) return;
    for (const query of queries) this.socket.send(query);
  };
  close() {
    this.closed = true;
    this.waiting.failAll(transportClosed);
    const connecting = this.connecting ?? [];
    this.connecting = void 0;
    for (const send of connecting) send();
    try {
      this.socket.close();
    } catch {
    }
  }
};

// src/live/dns/transport.ts
var MAX_TCP_MESSAGE = 65535;
var Channels = class {
  constructor(make) {
    this.make = make;
  }
  make;
  byKey = /* @__PURE__ */ new Map();
  // Callers ask the same server objects again and again: find their channel without
  // building the key string each time.
  known = /* @__PURE__ */ new WeakMap();
  of(server) {
    let channel = this.known.get(server);
    if (!channel) {
      const key = `${server.address}#${server.port}`;
      channel = this.byKey.get(key);
      if (!channel) {
        channel = this.make(server);
        this.byKey.set(key, channel);
      }
      this.known.set(server, channel);
    }
    return channel;
  }
  close() {
    for (const c of this.byKey.values()) c.close();
    this.byKey.clear();
    this.known = /* @__PURE__ */ new WeakMap();
  }
};
function createTransport() {
  const ids = new IdSource();
  const udp = new Channels((server) => new UdpChannel(server, ids));
  const streams = new Channels((server) => new StreamChannel(server, ids));
  const connections = /* @__PURE__ */ new Set();
  return {
    udp: (server, q, timeoutMs, done) => udp.of(server).send(q, timeoutMs, done),
    stream: (server, q, timeoutMs, done) => streams.of(server).send(q, timeoutMs, done),
    streams: (server) => streams.of(server).usable,
    tcp: (server, q, timeoutMs, done) => tcpExchange(server, q, timeoutMs, ids, connections, done),
    close() {
      udp.close();
      streams.close();
      for (const abort of [...connections]) abort();
    }
  };
}
function tcpExchange(server, q, timeoutMs, ids, connections, done) {
  let query;
  try {
    query = encodeQuery(ids.take(), q);
  } catch (e) {
    done({ ok: false, error: "malformed", message: e.message });
    return;
  }
  const chunks = [];
  let received = 0;
  let settled = false;
  const socket = connect3({ host: server.address, port: server.port });
  const finish = (result) => {
    if (settled) return;
    settled = true;
    clearTimeout(timer);
    connections.delete(abort);
    socket.destroy();
    done(result);
  };
  const abort = () => finish(transportClosed);
  connections.add(abort);
  const timer = setTimeout(
    () => finish({ ok: false, error: "timeout", message: `no TCP answer within ${timeoutMs} ms` }),
    timeoutMs
  );
  socket.on("connect", () => socket.write(toFrame(query)));
  socket.on("error", (err) => finish({ ok: false, error: "network", message: err.message }));
  socket.on(
    "close",
    () => finish({ ok: false, error: "network", message: "TCP connection closed before the answer" })
  );
  socket.on("data", (data) => {
    chunks.push(data);
    received += data.length;
    if (received > MAX_TCP_MESSAGE + 2) {
      finish({ ok: false, error: "malformed", message: "TCP answer longer than 65535 octets" });
      return;
    }
    const all = received === data.length ? data : Buffer.concat(chunks);
    if (all.length < 2) return;
    const length = all.readUInt16BE(0);
    if (all.length < length + 2) return;
    const msg = all.subarray(2, 2 + length);
    const response = msg.length >= HEADER && msg[0] === query[0] && msg[1] === query[1] && answersQuery(msg, query) ? decode(msg) : void 0;
    if (!response)
      finish({ ok: false, error: "malformed", message: "TCP answer does not match the query" });
    else finish({ ok: true, response });
  });
}

// src/live/dns/client.ts
var DEFAULTS = {
  timeoutMs: 2e3,
  retries: 2,
  backoffMs: 100,
  maxInFlight: 64
};
var Limiter = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  active = 0;
  waiting = [];
  granting = false;
  acquire(holder) {
    this.waiting.push(holder);
    this.grant();
  }
  release() {
    this.active--;
    this.grant();
  }
  grant() {
    if (this.granting) return;
    this.granting = true;
    while (this.active < this.limit && this.waiting.length > 0) {
      this.active++;
      this.waiting.shift().go();
    }
    this.granting = false;
  }
};
var Ask = class {
  constructor(core, server, request, index, to) {
    this.core = core;
    this.server = server;
    this.index = index;
    this.to = to;
    this.name = request.name;
    this.type = request.type;
    this.rd = request.rd === true;
    this.dnssec = request.dnssec === true;
    this.attempt = 0;
    this.via = "udp";
    this.viaStream = request.stream === true;
    this.limiter = core.limiterOf(server);
    this.exchanged = (result) => this.outcome(result);
  }
  core;
  server;
  index;
  to;
  name;
  type;
  rd;
  dnssec;
  attempt;
  via;
  viaStream;
  limiter;
  exchanged;
  finish(result) {
    this.to.answered(this.index, result);
  }
  start() {
    this.exchange(this.viaStream && this.core.net.streams(this.server) ? "stream" : "udp");
  }
  /**
   * Each exchange holds a limiter slot from send to outcome; the time left is read when the
   * slot is granted, so waiting for a slot cannot carry a query past the deadline.
   */
  exchange(via) {
    this.via = via;
    this.limiter.acquire(this);
  }
  go() {
    const core = this.core;
    if (core.closed) {
      this.limiter.release();
      this.finish(closedResult);
      return;
    }
    const left = core.deadline - Date.now();
    if (left <= 0) {
      this.limiter.release();
      this.finish(pastDeadline);
      return;
    }
    core.sent++;
    core.net[this.via](this.server, this, Math.min(core.timeoutMs, left), this.exchanged);
  }
  outcome(result) {
    this.limiter.release();
    switch (this.via) {
      case "stream":
        if (result.ok) return this.finish(describe(result.response, true));
        if (result.error === "malformed" || this.core.closed) return this.finish(result);
        this.viaStream = false;
        return this.start();
      case "udp":
        if (!result.ok) return this.failed(result);
        if (!result.response.flag_tc) return this.finish(describe(result.response, false));
        return this.exchange("tcp");
      case "tcp":
        return result.ok ? this.finish(describe(result.response, true)) : this.failed(result);
    }
  }
  failed(result) {
    const core = this.core;
    if (result.error === "malformed" || core.closed) return this.finish(result);
    if (++this.attempt > core.retries) return this.finish(result);
    const wait = Math.min(core.backoffMs * 2 ** (this.attempt - 1), core.deadline - Date.now());
    if (wait <= 0) return this.start();
    const retry = () => this.start();
    const timer = setTimeout(() => {
      core.backoffs.delete(timer);
      retry();
    }, wait);
    core.backoffs.set(timer, retry);
  }
};
function createDnsClient(options = {}, transport) {
  const net = transport ?? createTransport();
  const timeoutMs = Math.max(1, options.timeoutMs ?? DEFAULTS.timeoutMs);
  const retries = Math.max(0, Math.min(10, options.retries ?? DEFAULTS.retries));
  const backoffMs = Math.max(0, options.backoffMs ?? DEFAULTS.backoffMs);
  const width = Math.max(1, options.maxInFlight ?? DEFAULTS.maxInFlight);
  const limiters = /* @__PURE__ */ new Map();
  const known = /* @__PURE__ */ new WeakMap();
  const limiterOf = (server) => {
    let limiter = known.get(server);
    if (limiter) return limiter;
    const key = `${server.address}#${server.port}`;
    limiter = limiters.get(key);
    if (!limiter) {
      limiter = new Limiter(width);
      limiters.set(key, limiter);
    }
    known.set(server, limiter);
    return limiter;
  };
  const deadline = options.deadline ?? Number.POSITIVE_INFINITY;
  const core = {
    net,
    timeoutMs,
    retries,
    backoffMs,
    deadline,
    backoffs: /* @__PURE__ */ new Map(),
    closed: false,
    sent: 0,
    limiterOf
  };
  const transferIds = new IdSource();
  const transfers = /* @__PURE__ */ new Set();
  return {
    query(server, request) {
      return new Promise(
        (resolve) => new Ask(core, server, request, 0, new Resolving(resolve)).start()
      );
    },
    ask(server, request, index, to) {
      new Ask(core, server, request, index, to).start();
    },
    transfer(server, zone, transferMs) {
      const left = Math.min(transferMs, deadline - Date.now());
      if (core.closed)
        return Promise.resolve({ ok: false, refused: false, reason: "the DNS client was closed" });
      if (left <= 0)
        return Promise.resolve({
          ok: false,
          refused: false,
          reason: "the live-DNS deadline passed"
        });
      core.sent++;
      return new Promise(
        (resolve) => transferZone(server, zone, left, transferIds, transfers, resolve)
      );
    },
    get sent() {
      return core.sent;
    },
    close() {
      core.closed = true;
      net.close();
      for (const abort of [...transfers]) abort();
      const waiting = [...core.backoffs];
      core.backoffs.clear();
      for (const [timer, retry] of waiting) {
        clearTimeout(timer);
        retry();
      }
    }
  };
}
var Resolving = class {
  constructor(resolve) {
    this.resolve = resolve;
  }
  resolve;
  answered(_index, result) {
    this.resolve(result);
  }
};
var closedResult = {
  ok: false,
  error: "network",
  message: "the DNS client was closed"
};
var pastDeadline = {
  ok: false,
  error: "deadline",
  message: "the live-DNS deadline passed"
};
function describe(response, tcp) {
  return {
    ok: true,
    response,
    rcode: response.rcode ?? "NOERROR",
    authoritative: response.flag_aa === true,
    truncated: response.flag_tc === true,
    tcp
  };
}

// src/live/dnssec/keys.ts
import { createPublicKey, verify } from "node:crypto";
var ALGORITHMS = {
  8: { digest: "sha256", kind: "rsa", minBits: 512 },
  10: { digest: "sha512", kind: "rsa", minBits: 1024 },
  13: { digest: "sha256", kind: "ec", curve: "P-256", keyLength: 64 },
  14: { digest: "sha384", kind: "ec", curve: "P-384", keyLength: 96 },
  15: { digest: null, kind: "okp", curve: "Ed25519", keyLength: 32 },
  16: { digest: null, kind: "okp", curve: "Ed448", keyLength: 57 }
};
function supportsAlgorithm(algorithm) {
  return ALGORITHMS[algorithm] !== void 0;
}
var b64url = (b) => b.toString("base64url");
function minimal(b) {
  let i = 0;
  while (i < b.length - 1 && b[i] === 0) i++;
  return b.subarray(i);
}
function rsaJwk(key, minBits) {
  if (key.length < 3) return "RSA key too short";
  let expLen = key[0];
  let at = 1;
  if (expLen === 0) {
    expLen = key.readUInt16BE(1);
    at = 3;
  }
  if (expLen === 0 || at + expLen >= key.length) return "RSA exponent length runs past the key";
  const e = key.subarray(at, at + expLen);
  const n = minimal(key.subarray(at + expLen));
  const bits = n.length * 8 - Math.clz32(n[0]) + 24;
  if (bits < minBits || bits > 4096) return `RSA modulus of ${bits} bits`;
  return { kty: "RSA", n: b64url(n), e: b64url(minimal(e)) };
}
function publicKey(algorithm, key) {
  const spec = ALGORITHMS[algorithm];
  if (!spec) return `algorithm ${algorithm} is not supported`;
  let jwk;
  if (spec.kind === "rsa") jwk = rsaJwk(key, spec.minBits);
  else if (key.length !== spec.keyLength)
    jwk = `a ${spec.curve} key is ${spec.keyLength} octets, not ${key.length}`;
  else if (spec.kind === "ec") {
    const half = spec.keyLength / 2;
    jwk = {
      kty: "EC",
      crv: spec.curve,
      x: b64url(key.subarray(0, half)),
      y: b64url(key.subarray(half))
    };
  } else jwk = { kty: "OKP", crv: spec.curve, x: b64url(key) };
  if (typeof jwk === "string") return jwk;
  try {
    return createPublicKey({ key: jwk, format: "jwk" });
  } catch (e) {
    return `not a valid ${spec.curve ?? "RSA"} public key: ${e.message}`;
  }
}
function verifySignature(algorithm, key, data, signature) {
  const spec = ALGORITHMS[algorithm];
  if (!spec) return false;
  try {
    if (spec.kind === "ec")
      return verify(spec.digest, data, { key, dsaEncoding: "ieee-p1363" }, signature);
    return verify(spec.digest, data, key, signature);
  } catch {
    return false;
  }
}

// src/live/dnssec/wire.ts
var packet4 = __toESM(require_dns_packet(), 1);
var codecs = packet4;
var NAME_FIELDS = {
  NS: "data",
  CNAME: "data",
  PTR: "data",
  DNAME: "data",
  SOA: ["mname", "rname"],
  MX: ["exchange"],
  SRV: ["target"],
  NAPTR: ["replacement"],
  RP: ["mbox", "txt"],
  RRSIG: ["signersName"]
};
var RAW_NAME_TYPES = /* @__PURE__ */ new Set([
  "MD",
  "MF",
  "MB",
  "MG",
  "MR",
  "MINFO",
  "AFSDB",
  "RT",
  "SIG",
  "PX",
  "NXT",
  "KX",
  "A6"
]);
function lowerAscii(buf) {
  for (let i = 0; i < buf.length; i++) {
    const c = buf[i];
    if (c >= 65 && c <= 90) buf[i] = c | 32;
  }
  return buf;
}
function canonicalNameWire(name) {
  return lowerAscii(Buffer.from(codecs.name.encode(name)));
}
function labelsOf(name) {
  const bare = name.replace(/^\.|\.$/g, "");
  return bare === "" ? [] : bare.split(".");
}
function labelCount(name) {
  const labels = labelsOf(name);
  return labels[0] === "*" ? labels.length - 1 : labels.length;
}
function lossy(value) {
  if (typeof value === "string") return value.includes("\uFFFD");
  if (Array.isArray(value)) return value.some(lossy);
  if (value && typeof value === "object" && !Buffer.isBuffer(value))
    return Object.values(value).some(lossy);
  return false;
}
function lowerNames(type, data) {
  const fields = NAME_FIELDS[type];
  if (!fields) return data;
  if (fields === "data") return typeof data === "string" ? data.toLowerCase() : data;
  const copy = { ...data };
  for (const f of fields)
    if (typeof copy[f] === "string") copy[f] = copy[f].toLowerCase();
  return copy;
}
function canonicalRdata2(record2) {
  const { type, data } = record2;
  if (Buffer.isBuffer(data)) return RAW_NAME_TYPES.has(type) ? void 0 : data;
  if (RAW_NAME_TYPES.has(type) || lossy(data)) return void 0;
  try {
    return codecs.record(type).encode(lowerNames(type, data)).subarray(2);
  } catch {
    return void 0;
  }
}
function rrsigPrefix(sig) {
  let covered;
  try {
    covered = typeNumber(sig.typeCovered.replace(/^UNKNOWN_/, "TYPE"));
  } catch {
    return void 0;
  }
  const head = Buffer.alloc(18);
  head.writeUInt16BE(covered, 0);
  head.writeUInt8(sig.algorithm, 2);
  head.writeUInt8(sig.labels, 3);
  head.writeUInt32BE(sig.originalTTL >>> 0, 4);
  head.writeUInt32BE(sig.expiration >>> 0, 8);
  head.writeUInt32BE(sig.inception >>> 0, 12);
  head.writeUInt16BE(sig.keyTag, 16);
  return Buffer.concat([head, canonicalNameWire(sig.signersName)]);
}
function signedOwner(owner, labels) {
  const count = labelCount(owner);
  if (labels > count) return void 0;
  if (labels === count) return owner;
  const all = labelsOf(owner);
  return ["*", ...all.slice(all.length - labels)].join(".");
}
function compareOctets(a, b) {
  return Buffer.compare(a, b);
}
function signedData(sig, records) {
  const prefix = rrsigPrefix(sig);
  if (!prefix) return { unverifiable: `unknown covered type ${sig.typeCovered}` };
  const first = records[0];
  if (!first) return { unverifiable: "no records" };
  if (lossy(first.name) || lossy(sig.signersName))
    return { unverifiable: "a name whose labels are not UTF-8" };
  const owner = signedOwner(first.name, sig.labels);
  if (owner === void 0) return { unverifiable: "labels field exceeds the owner" };
  let type;
  try {
    type = typeNumber(first.type.replace(/^UNKNOWN_/, "TYPE"));
  } catch {
    return { unverifiable: `unknown type ${first.type}` };
  }
  const rdatas = [];
  for (const r of records) {
    const rdata = canonicalRdata2(r);
    if (!rdata)
      return { unverifiable: `${first.type} data that cannot be rebuilt octet for octet` };
    rdatas.push(rdata);
  }
  rdatas.sort(compareOctets);
  const unique = rdatas.filter((r, i) => i === 0 || !r.equals(rdatas[i - 1]));
  const ownerWire = canonicalNameWire(owner);
  const parts2 = [prefix];
  for (const rdata of unique) {
    const fixed = Buffer.alloc(10);
    fixed.writeUInt16BE(type, 0);
    fixed.writeUInt16BE(1, 2);
    fixed.writeUInt32BE(sig.originalTTL >>> 0, 4);
    fixed.writeUInt16BE(rdata.length, 8);
    parts2.push(ownerWire, fixed, rdata);
  }
  return { data: Buffer.concat(parts2) };
}

// src/live/dnssec/verify.ts
function keyRing(records) {
  const out = [];
  for (const r of records) {
    const d = r.data;
    if (!d || typeof d.flags !== "number" || typeof d.algorithm !== "number" || !d.key) continue;
    const publicKey64 = d.key.toString("base64");
    const tag = keyTag({
      flags: d.flags,
      protocol: 3,
      // dns-packet refuses any other protocol
      algorithm: d.algorithm,
      publicKey: publicKey64
    });
    const key = supportsAlgorithm(d.algorithm) ? publicKey(d.algorithm, d.key) : `algorithm ${d.algorithm}`;
    out.push({ tag, publicKey: publicKey64, flags: d.flags, algorithm: d.algorithm, key });
  }
  return out;
}
function checkSignatures(zone, records, sigs, keys) {
  const zoneWire = canonicalNameWire(zone);
  const owner = records[0]?.name ?? zone;
  return sigs.map((sig) => {
    const base = {
      keyTag: sig.keyTag,
      algorithm: sig.algorithm,
      inception: sig.inception >>> 0,
      expiration: sig.expiration >>> 0,
      originalTtl: sig.originalTTL >>> 0
    };
    const outcome = (o, detail) => detail === void 0 ? { ...base, outcome: o } : { ...base, outcome: o, detail };
    if (!canonicalNameWire(sig.signersName).equals(zoneWire))
      return outcome("mismatch", `signer ${sig.signersName} is not the zone`);
    if (sig.labels > labelCount(owner))
      return outcome("mismatch", `Labels ${sig.labels} exceeds the owner's labels`);
    if (!supportsAlgorithm(sig.algorithm)) return outcome("unsupported");
    const candidates = keys.filter(
      (k) => k.tag === sig.keyTag && k.algorithm === sig.algorithm && (k.flags & DNSKEY_FLAG_ZONE) !== 0
    );
    if (candidates.length === 0) return outcome("no-key");
    const data = signedData(sig, records);
    if ("unverifiable" in data) return outcome("unverifiable", data.unverifiable);
    let why;
    for (const k of candidates) {
      if (typeof k.key === "string") {
        why = k.key;
        continue;
      }
      if (verifySignature(sig.algorithm, k.key, data.data, sig.signature)) return outcome("valid");
    }
    return outcome("bad-signature", why);
  });
}

// src/live/dnssec/collect.ts
var VERIFY_AT_MOST = 200;
var APEX_TYPES = ["DNSKEY", "SOA", "NS", "CDS", "CDNSKEY"];
function pick(records, name, type) {
  const same = (r) => absolute(r.name) === name;
  const own = records.filter((r) => recordTypeOf(r.type) === type && same(r));
  const sigs = records.filter((r) => r.type === "RRSIG" && same(r)).map((r) => r.data).filter((s) => s && recordTypeOf(s.typeCovered) === type);
  return { own, sigs };
}
async function askServer2(client, zone, server, wanted) {
  const answers = [];
  let cds = [];
  let cdnskey = [];
  await Promise.all(
    wanted.map(async ({ name, type }) => {
      const r = await client.query(server, { name, type, dnssec: true });
      if (!r.ok || !r.authoritative || r.rcode !== "NOERROR") return;
      const all = r.response.answers;
      const { own, sigs } = pick(all, name, type);
      if (own.length === 0) return;
      const rrset = rrsetFrom(r.response.answers, name, type);
      const values = [...rrset?.values ?? []].sort();
      if (name === zone && type === "CDS") cds = values;
      if (name === zone && type === "CDNSKEY") cdnskey = values;
      answers.push({ name, type, records: own, sigs, values, ttl: rrset?.ttl ?? own[0].ttl ?? 0 });
    })
  );
  return {
    server: serverLabel(server),
    answers,
    cds: { server: serverLabel(server), cds, cdnskey }
  };
}
function dsReferenced(zone, ds, dnskey) {
  const keys = dnskey.map(parseDnskey).filter((k) => k !== void 0);
  const matched = /* @__PURE__ */ new Map();
  for (const text of ds) {
    const d = parseDs(text);
    const m = d && matchDs(zone, d, keys);
    if (m?.kind === "match") matched.set(m.key.publicKey, d.keyTag);
  }
  return matched;
}
async function collectDnssec(client, zone, servers, ds, touched) {
  const reasons = [];
  if (ds.length === 0 || servers.length === 0) return { reasons };
  const wanted = /* @__PURE__ */ new Map();
  for (const type of APEX_TYPES) wanted.set(`${zone} ${type}`, { name: zone, type });
  let extra = 0;
  for (const t of touched) {
    const key = `${t.name} ${t.type}`;
    if (wanted.has(key)) continue;
    if (wanted.size >= APEX_TYPES.length + VERIFY_AT_MOST) extra++;
    else wanted.set(key, { name: t.name, type: t.type });
  }
  if (extra > 0)
    reasons.push(
      `signatures checked for ${VERIFY_AT_MOST} of the RRsets the change touches; ${extra} more were not asked`
    );
  const asked = await Promise.all(
    servers.map((s) => askServer2(client, zone, s, [...wanted.values()]))
  );
  const keySets = [];
  const setOf = /* @__PURE__ */ new Map();
  for (const a of asked) {
    const rrset = a.answers.find((x) => x.name === zone && x.type === "DNSKEY");
    if (!rrset) continue;
    const key = rrset.values.join("\n");
    let i = setOf.get(key);
    if (i === void 0) {
      i = keySets.length;
      setOf.set(key, i);
      const anchors = dsReferenced(zone, ds, rrset.values);
      keySets.push({
        fact: { servers: [], dnskey: rrset.values, dsKeys: [...new Set(anchors.values())] },
        anchors,
        ring: keyRing(rrset.records)
      });
    }
    keySets[i].fact.servers.push(a.server);
  }
  const rrsets = [];
  for (const a of asked) {
    for (const ans of a.answers) {
      const base = { name: ans.name, type: ans.type, ttl: ans.ttl, server: a.server };
      const check = (keySet, keys) => rrsets.push({
        ...base,
        keySet,
        signatures: checkSignatures(zone, ans.records, ans.sigs, keys)
      });
      if (ans.name === zone && ans.type === "DNSKEY") {
        const i = setOf.get(ans.values.join("\n"));
        const { ring, anchors } = keySets[i];
        check(
          i,
          ring.filter((k) => anchors.has(k.publicKey))
        );
      } else for (const [i, set] of keySets.entries()) check(i, set.ring);
    }
  }
  const facts = {
    ds,
    keySets: keySets.map((k) => k.fact),
    rrsets,
    cds: asked.map((a) => a.cds)
  };
  return { facts, reasons };
}
async function withDnssec(client, live, touched) {
  const ds = live.delegation?.ds ?? [];
  const servers = live.servers.filter((s) => s.authoritative);
  const { facts, reasons } = await collectDnssec(client, live.zone, servers, ds, touched);
  if (!facts) return live;
  return {
    ...live,
    dnssec: facts,
    ...reasons.length > 0 ? { reasons: [...live.reasons, ...reasons] } : {}
  };
}

// src/live/live-phase.ts
var DEFAULT_DEADLINE_MS = 3e4;
async function collectLive(requests, options) {
  const takenAt = /* @__PURE__ */ new Date();
  const deadline = takenAt.getTime() + (options.deadlineMs ?? DEFAULT_DEADLINE_MS);
  const maxInFlight = options.maxInFlight ?? DEFAULTS.maxInFlight;
  const client = createDnsClient({
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    retries: options.retries ?? DEFAULTS.retries,
    backoffMs: options.backoffMs ?? DEFAULTS.backoffMs,
    maxInFlight,
    deadline
  });
  const onQueries = options.onQueries;
  onQueries?.(0);
  const ticker = onQueries ? setInterval(() => onQueries(client.sent), 250) : void 0;
  ticker?.unref();
  try {
    const { resolvers, problems } = chooseResolvers(options);
    const lookup = {
      client,
      resolvers,
      workers: Math.max(1, maxInFlight),
      silent: /* @__PURE__ */ new Set()
    };
    const skipped = requests.filter(
      (r) => !options.authoritative.has(r.zone) && specialUseZone(r.zone)
    );
    const asked = requests.filter((r) => !skipped.includes(r));
    const zones = await Promise.all(
      asked.map(async (request) => {
        const [input, facts] = await Promise.all([
          zoneInput(lookup, request, options),
          resolverFacts(lookup, request)
        ]);
        const zone = await collectZone(lookup, input, facts, {
          axfr: options.axfr === true,
          timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs
        });
        return withDnssec(client, zone, request.signed ?? []);
      })
    );
    const reasons = [...problems];
    for (const r of skipped)
      reasons.push(
        `${r.zone}: not asked: ${describeSpecialUse(specialUseZone(r.zone))} is served locally, never delegated in public DNS (--authoritative ${r.zone}=IP asks its own servers)`
      );
    for (const r of lookup.silent)
      reasons.push(`recursive resolver ${r.replace("#", " port ")} did not answer`);
    for (const z of zones) for (const r of z.reasons) reasons.push(`${z.zone}: ${r}`);
    if (Date.now() > deadline)
      reasons.push("the live-DNS deadline passed before every answer came");
    const status = asked.length === 0 ? "off" : overall(zones);
    return { status, reasons, zones, queries: client.sent, takenAt };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return {
      status: "failed",
      reasons: [`live DNS stopped on an internal error: ${message}`],
      zones: [],
      queries: client.sent,
      takenAt
    };
  } finally {
    clearInterval(ticker);
    onQueries?.(client.sent);
    client.close();
  }
}
function chooseResolvers(options) {
  const problems = [];
  if (options.resolvers.length > 0) {
    const resolvers = [];
    for (const text of options.resolvers) {
      const r = parseResolverSpec(text);
      if (r.ok) resolvers.push({ address: r.address, port: r.port });
      else problems.push(`resolver ${r.message}`);
    }
    return { resolvers, problems };
  }
  const system = readSystemResolvers(options.resolvConf);
  if (system.problem) problems.push(system.problem);
  return { resolvers: system.servers, problems };
}
async function zoneInput(lookup, request, options) {
  const given = options.authoritative.get(request.zone);
  if (given) return { request, servers: given, reasons: [] };
  if (lookup.resolvers.length === 0)
    return { request, servers: [], reasons: ["no recursive resolver to discover the delegation"] };
  const found = await discoverDelegation(lookup, request.zone);
  if (!("delegation" in found)) return { request, servers: [], reasons: found.reasons };
  return {
    request,
    servers: found.servers,
    delegation: found.delegation,
    reasons: found.reasons
  };
}
function overall(zones) {
  if (zones.length === 0) return "ok";
  if (zones.every((z) => z.status === "ok")) return "ok";
  if (zones.every((z) => z.status === "failed")) return "failed";
  return "partial";
}
export {
  DEFAULT_DEADLINE_MS,
  collectLive
};
