import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  isUnder
} from "./chunk-UFWOLI4P.js";

// src/formats/octodns/files.ts
var YAML_EXT = /\.ya?ml$/;
function yamlFiles(files, path) {
  const dir = path.replace(/\/+$/, "");
  return files.filter((f) => isUnder(f, dir) && YAML_EXT.test(f)).filter((f) => !f.split("/").some((part) => part.startsWith("."))).sort();
}

// src/formats/octodns/value-shape.ts
var SINGLE_VALUE_TYPES = /* @__PURE__ */ new Set(["CNAME", "ALIAS", "DNAME"]);

// src/formats/octodns/yaml11.ts
var BOOL_TRUE = /* @__PURE__ */ new Set(["yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"]);
var BOOL_FALSE = /* @__PURE__ */ new Set(["no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]);
var NULLS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
var INT = /^(?:[-+]?0b[01_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
var TIMESTAMP = /^(?:\d{4}-\d\d-\d\d|\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)$/;
var FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
function resolvePlainScalar(text) {
  if (NULLS.has(text)) return { type: "null" };
  if (BOOL_TRUE.has(text)) return { type: "bool", value: true };
  if (BOOL_FALSE.has(text)) return { type: "bool", value: false };
  if (INT.test(text)) return { type: "int", value: parseInt11(text) };
  if (FLOAT.test(text)) return { type: "float", value: parseFloat11(text) };
  if (TIMESTAMP.test(text)) return { type: "timestamp", value: text };
  return { type: "str", value: text };
}
function parseInt11(text) {
  let s = text.replace(/_/g, "");
  let sign = 1n;
  if (s[0] === "-" || s[0] === "+") {
    if (s[0] === "-") sign = -1n;
    s = s.slice(1);
  }
  if (s === "0") return 0n;
  if (s.startsWith("0b")) return sign * BigInt(s);
  if (s.startsWith("0x")) return sign * BigInt(s);
  if (s.includes(":")) {
    let v = 0n;
    for (const part of s.split(":")) v = v * 60n + BigInt(part);
    return sign * v;
  }
  if (s.startsWith("0")) return sign * BigInt(`0o${s.slice(1)}`);
  return sign * BigInt(s);
}
function parseFloat11(text) {
  let s = text.replace(/_/g, "").toLowerCase();
  let sign = 1;
  if (s[0] === "-" || s[0] === "+") {
    if (s[0] === "-") sign = -1;
    s = s.slice(1);
  }
  if (s === ".inf") return sign * Number.POSITIVE_INFINITY;
  if (s === ".nan") return Number.NaN;
  if (s.includes(":")) {
    let v = 0;
    for (const part of s.split(":")) v = v * 60 + Number(part);
    return sign * v;
  }
  return sign * Number(s);
}
function pyStr(s) {
  switch (s.type) {
    case "str":
    case "timestamp":
      return s.value;
    case "int":
      return s.value.toString();
    case "bool":
      return s.value ? "True" : "False";
    case "null":
      return "None";
    case "float":
      return pyFloatRepr(s.value);
  }
}
function pyFloatRepr(v) {
  if (Number.isNaN(v)) return "nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  if (Number.isInteger(v) && Math.abs(v) < 1e16) return `${v}.0`;
  return String(v);
}
function naturalCompare(a, b) {
  if (!HAS_DIGIT.test(a) && !HAS_DIGIT.test(b)) return simpleCompare(a, b);
  const ca = chunks(a);
  const cb = chunks(b);
  const n = Math.min(ca.length, cb.length);
  for (let i = 0; i < n; i++) {
    const x = ca[i];
    const y = cb[i];
    if (typeof x === "bigint" && typeof y === "bigint") {
      if (x !== y) return x < y ? -1 : 1;
    } else if (x !== y) return String(x) < String(y) ? -1 : 1;
  }
  return ca.length - cb.length;
}
var HAS_DIGIT = /\d/;
function chunks(s) {
  const out = [];
  const re = /(\d+)/g;
  let last = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(s.slice(last, m.index), BigInt(m[1]));
    last = m.index + m[1].length;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}
function simpleCompare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/model/glob.ts
var cache = /* @__PURE__ */ new Map();
function globToRegExp(glob) {
  let re = cache.get(glob);
  if (re) return re;
  let out = "";
  let inBraces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "*") out += ".*";
    else if (c === "?") out += ".";
    else if (c === "{") {
      inBraces++;
      out += "(?:";
    } else if (c === "}" && inBraces > 0) {
      inBraces--;
      out += ")";
    } else if (c === "," && inBraces > 0) out += "|";
    else if (c === "[") {
      const end = glob.indexOf("]", i + 1);
      if (end < 0) out += "\\[";
      else {
        const body = glob.slice(i + 1, end).replace(/^!/, "^").replace(/\\/g, "\\\\");
        out += `[${body}]`;
        i = end;
      }
    } else if (c === "\\" && i + 1 < glob.length) out += escapeRegExp(glob[++i]);
    else out += escapeRegExp(c);
  }
  re = new RegExp(`^(?:${out})$`, "i");
  cache.set(glob, re);
  return re;
}
function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
function globMatch(glob, text) {
  return globToRegExp(glob).test(text);
}

export {
  yamlFiles,
  SINGLE_VALUE_TYPES,
  resolvePlainScalar,
  pyStr,
  naturalCompare,
  simpleCompare,
  globMatch
};
