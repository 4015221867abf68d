import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import "./chunk-Y6VGXGMD.js";

// src/formats/dnscontrol/sandbox-worker-bundle.js
var sandbox_worker_bundle_default = `var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/@jitl/quickjs-wasmfile-release-sync/dist/ffi.mjs
var ffi_exports = {};
__export(ffi_exports, {
  QuickJSFFI: () => QuickJSFFI
});
var QuickJSFFI;
var init_ffi = __esm({
  "node_modules/@jitl/quickjs-wasmfile-release-sync/dist/ffi.mjs"() {
    QuickJSFFI = class {
      constructor(module) {
        this.module = module;
        this.DEBUG = false;
        this.QTS_Throw = this.module.cwrap("QTS_Throw", "number", ["number", "number"]);
        this.QTS_NewError = this.module.cwrap("QTS_NewError", "number", ["number"]);
        this.QTS_RuntimeSetMemoryLimit = this.module.cwrap("QTS_RuntimeSetMemoryLimit", null, ["number", "number"]);
        this.QTS_RuntimeComputeMemoryUsage = this.module.cwrap("QTS_RuntimeComputeMemoryUsage", "number", ["number", "number"]);
        this.QTS_RuntimeDumpMemoryUsage = this.module.cwrap("QTS_RuntimeDumpMemoryUsage", "number", ["number"]);
        this.QTS_RecoverableLeakCheck = this.module.cwrap("QTS_RecoverableLeakCheck", "number", []);
        this.QTS_BuildIsSanitizeLeak = this.module.cwrap("QTS_BuildIsSanitizeLeak", "number", []);
        this.QTS_RuntimeSetMaxStackSize = this.module.cwrap("QTS_RuntimeSetMaxStackSize", null, ["number", "number"]);
        this.QTS_GetUndefined = this.module.cwrap("QTS_GetUndefined", "number", []);
        this.QTS_GetNull = this.module.cwrap("QTS_GetNull", "number", []);
        this.QTS_GetFalse = this.module.cwrap("QTS_GetFalse", "number", []);
        this.QTS_GetTrue = this.module.cwrap("QTS_GetTrue", "number", []);
        this.QTS_NewHostRef = this.module.cwrap("QTS_NewHostRef", "number", ["number", "number"]);
        this.QTS_GetHostRefId = this.module.cwrap("QTS_GetHostRefId", "number", ["number"]);
        this.QTS_NewRuntime = this.module.cwrap("QTS_NewRuntime", "number", []);
        this.QTS_FreeRuntime = this.module.cwrap("QTS_FreeRuntime", null, ["number"]);
        this.QTS_NewContext = this.module.cwrap("QTS_NewContext", "number", ["number", "number"]);
        this.QTS_FreeContext = this.module.cwrap("QTS_FreeContext", null, ["number"]);
        this.QTS_FreeValuePointer = this.module.cwrap("QTS_FreeValuePointer", null, ["number", "number"]);
        this.QTS_FreeValuePointerRuntime = this.module.cwrap("QTS_FreeValuePointerRuntime", null, ["number", "number"]);
        this.QTS_FreeVoidPointer = this.module.cwrap("QTS_FreeVoidPointer", null, ["number", "number"]);
        this.QTS_FreeCString = this.module.cwrap("QTS_FreeCString", null, ["number", "number"]);
        this.QTS_DupValuePointer = this.module.cwrap("QTS_DupValuePointer", "number", ["number", "number"]);
        this.QTS_NewObject = this.module.cwrap("QTS_NewObject", "number", ["number"]);
        this.QTS_NewObjectProto = this.module.cwrap("QTS_NewObjectProto", "number", ["number", "number"]);
        this.QTS_NewArray = this.module.cwrap("QTS_NewArray", "number", ["number"]);
        this.QTS_NewArrayBuffer = this.module.cwrap("QTS_NewArrayBuffer", "number", ["number", "number", "number"]);
        this.QTS_NewFloat64 = this.module.cwrap("QTS_NewFloat64", "number", ["number", "number"]);
        this.QTS_GetFloat64 = this.module.cwrap("QTS_GetFloat64", "number", ["number", "number"]);
        this.QTS_NewString = this.module.cwrap("QTS_NewString", "number", ["number", "number"]);
        this.QTS_GetString = this.module.cwrap("QTS_GetString", "number", ["number", "number"]);
        this.QTS_GetArrayBuffer = this.module.cwrap("QTS_GetArrayBuffer", "number", ["number", "number"]);
        this.QTS_GetArrayBufferLength = this.module.cwrap("QTS_GetArrayBufferLength", "number", ["number", "number"]);
        this.QTS_NewSymbol = this.module.cwrap("QTS_NewSymbol", "number", ["number", "number", "number"]);
        this.QTS_GetSymbolDescriptionOrKey = this.module.cwrap("QTS_GetSymbolDescriptionOrKey", "number", ["number", "number"]);
        this.QTS_IsGlobalSymbol = this.module.cwrap("QTS_IsGlobalSymbol", "number", ["number", "number"]);
        this.QTS_IsJobPending = this.module.cwrap("QTS_IsJobPending", "number", ["number"]);
        this.QTS_ExecutePendingJob = this.module.cwrap("QTS_ExecutePendingJob", "number", ["number", "number", "number"]);
        this.QTS_GetProp = this.module.cwrap("QTS_GetProp", "number", ["number", "number", "number"]);
        this.QTS_GetPropNumber = this.module.cwrap("QTS_GetPropNumber", "number", ["number", "number", "number"]);
        this.QTS_SetProp = this.module.cwrap("QTS_SetProp", null, ["number", "number", "number", "number"]);
        this.QTS_DefineProp = this.module.cwrap("QTS_DefineProp", null, ["number", "number", "number", "number", "number", "number", "boolean", "boolean", "boolean"]);
        this.QTS_GetOwnPropertyNames = this.module.cwrap("QTS_GetOwnPropertyNames", "number", ["number", "number", "number", "number", "number"]);
        this.QTS_Call = this.module.cwrap("QTS_Call", "number", ["number", "number", "number", "number", "number"]);
        this.QTS_ResolveException = this.module.cwrap("QTS_ResolveException", "number", ["number", "number"]);
        this.QTS_Dump = this.module.cwrap("QTS_Dump", "number", ["number", "number"]);
        this.QTS_Eval = this.module.cwrap("QTS_Eval", "number", ["number", "number", "number", "string", "number", "number"]);
        this.QTS_GetModuleNamespace = this.module.cwrap("QTS_GetModuleNamespace", "number", ["number", "number"]);
        this.QTS_Typeof = this.module.cwrap("QTS_Typeof", "number", ["number", "number"]);
        this.QTS_GetLength = this.module.cwrap("QTS_GetLength", "number", ["number", "number", "number"]);
        this.QTS_IsEqual = this.module.cwrap("QTS_IsEqual", "number", ["number", "number", "number", "number"]);
        this.QTS_GetGlobalObject = this.module.cwrap("QTS_GetGlobalObject", "number", ["number"]);
        this.QTS_NewPromiseCapability = this.module.cwrap("QTS_NewPromiseCapability", "number", ["number", "number"]);
        this.QTS_PromiseState = this.module.cwrap("QTS_PromiseState", "number", ["number", "number"]);
        this.QTS_PromiseResult = this.module.cwrap("QTS_PromiseResult", "number", ["number", "number"]);
        this.QTS_TestStringArg = this.module.cwrap("QTS_TestStringArg", null, ["string"]);
        this.QTS_GetDebugLogEnabled = this.module.cwrap("QTS_GetDebugLogEnabled", "number", ["number"]);
        this.QTS_SetDebugLogEnabled = this.module.cwrap("QTS_SetDebugLogEnabled", null, ["number", "number"]);
        this.QTS_BuildIsDebug = this.module.cwrap("QTS_BuildIsDebug", "number", []);
        this.QTS_BuildIsAsyncify = this.module.cwrap("QTS_BuildIsAsyncify", "number", []);
        this.QTS_NewFunction = this.module.cwrap("QTS_NewFunction", "number", ["number", "string", "number", "boolean", "number"]);
        this.QTS_ArgvGetJSValueConstPointer = this.module.cwrap("QTS_ArgvGetJSValueConstPointer", "number", ["number", "number"]);
        this.QTS_RuntimeEnableInterruptHandler = this.module.cwrap("QTS_RuntimeEnableInterruptHandler", null, ["number"]);
        this.QTS_RuntimeDisableInterruptHandler = this.module.cwrap("QTS_RuntimeDisableInterruptHandler", null, ["number"]);
        this.QTS_RuntimeEnableModuleLoader = this.module.cwrap("QTS_RuntimeEnableModuleLoader", null, ["number", "number"]);
        this.QTS_RuntimeDisableModuleLoader = this.module.cwrap("QTS_RuntimeDisableModuleLoader", null, ["number"]);
        this.QTS_bjson_encode = this.module.cwrap("QTS_bjson_encode", "number", ["number", "number"]);
        this.QTS_bjson_decode = this.module.cwrap("QTS_bjson_decode", "number", ["number", "number"]);
      }
    };
  }
});

// node_modules/@jitl/quickjs-wasmfile-release-sync/dist/emscripten-module.mjs
var emscripten_module_exports = {};
__export(emscripten_module_exports, {
  default: () => emscripten_module_default
});
async function QuickJSRaw(moduleArg = {}) {
  var moduleRtn;
  var d = moduleArg, aa = !!globalThis.window, n = !!globalThis.WorkerGlobalScope, q = globalThis.process?.versions?.node && "renderer" != globalThis.process?.type;
  if (q) {
    const { createRequire: a } = await import("node:module");
    var require2 = a("file:///zoneguard-dnscontrol-sandbox.js");
  }
  function r(a) {
    a = { log: a || function() {
    } };
    for (const c of r.Pa) c(a);
    return d.quickJSEmscriptenExtensions = a;
  }
  r.Pa = [];
  d.quickjsEmscriptenInit = r;
  r.Pa.push((a) => {
    a.getWasmMemory = function() {
      return t;
    };
  });
  var u = "./this.program", v = (a, c) => {
    throw c;
  }, w = "file:///zoneguard-dnscontrol-sandbox.js", y = "", z, A;
  if (q) {
    var fs = require2("node:fs");
    w.startsWith("file:") && (y = require2("node:path").dirname(require2("node:url").fileURLToPath(w)) + "/");
    A = (a) => {
      a = B(a) ? new URL(a) : a;
      return fs.readFileSync(a);
    };
    z = async (a) => {
      a = B(a) ? new URL(a) : a;
      return fs.readFileSync(a, void 0);
    };
    1 < process.argv.length && (u = process.argv[1].replace(/\\\\/g, "/"));
    process.argv.slice(2);
    v = (a, c) => {
      process.exitCode = a;
      throw c;
    };
  } else if (aa || n) {
    try {
      y = new URL(".", w).href;
    } catch {
    }
    n && (A = (a) => {
      var c = new XMLHttpRequest();
      c.open("GET", a, false);
      c.responseType = "arraybuffer";
      c.send(null);
      return new Uint8Array(c.response);
    });
    z = async (a) => {
      if (B(a)) return new Promise((b, e) => {
        var f = new XMLHttpRequest();
        f.open("GET", a, true);
        f.responseType = "arraybuffer";
        f.onload = () => {
          200 == f.status || 0 == f.status && f.response ? b(f.response) : e(f.status);
        };
        f.onerror = e;
        f.send(null);
      });
      var c = await fetch(a, { credentials: "same-origin" });
      if (c.ok) return c.arrayBuffer();
      throw Error(c.status + " : " + c.url);
    };
  }
  var C = console.log.bind(console), D = console.error.bind(console), E, F = false, G, B = (a) => a.startsWith("file://"), H, I, J, K, L, M, ba = false;
  function ca() {
    var a = t.buffer;
    d.HEAP8 = J = new Int8Array(a);
    new Int16Array(a);
    d.HEAPU8 = K = new Uint8Array(a);
    new Uint16Array(a);
    L = new Int32Array(a);
    M = new Uint32Array(a);
    new Float32Array(a);
    new Float64Array(a);
    new BigInt64Array(a);
    new BigUint64Array(a);
  }
  function N(a) {
    d.onAbort?.(a);
    a = "Aborted(" + a + ")";
    D(a);
    F = true;
    a = new WebAssembly.RuntimeError(a + ". Build with -sASSERTIONS for more info.");
    I?.(a);
    throw a;
  }
  var O;
  async function da(a) {
    if (!E) try {
      var c = await z(a);
      return new Uint8Array(c);
    } catch {
    }
    if (a == O && E) a = new Uint8Array(E);
    else if (A) a = A(a);
    else throw "both async and sync fetching of the wasm failed";
    return a;
  }
  async function ea(a, c) {
    try {
      var b = await da(a);
      return await WebAssembly.instantiate(b, c);
    } catch (e) {
      D(\`failed to asynchronously prepare wasm: \${e}\`), N(e);
    }
  }
  async function fa(a) {
    var c = O;
    if (!E && !B(c) && !q) try {
      var b = fetch(c, { credentials: "same-origin" });
      return await WebAssembly.instantiateStreaming(b, a);
    } catch (e) {
      D(\`wasm streaming compile failed: \${e}\`), D("falling back to ArrayBuffer instantiation");
    }
    return ea(c, a);
  }
  class P {
    name = "ExitStatus";
    constructor(a) {
      this.message = \`Program terminated with exit(\${a})\`;
      this.status = a;
    }
  }
  var ha = (a) => {
    for (; 0 < a.length; ) a.shift()(d);
  }, ia = [], ja = [], ka = () => {
    var a = d.preRun.shift();
    ja.push(a);
  }, Q = true, t, la = new TextDecoder(), ma = (a, c, b, e) => {
    b = c + b;
    if (e) return b;
    for (; a[c] && !(c >= b); ) ++c;
    return c;
  }, R = (a, c, b) => a ? la.decode(K.subarray(a, ma(K, a, c, b))) : "", S = 0, na = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335], oa = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334], T = {}, pa = (a) => {
    G = a;
    Q || 0 < S || (d.onExit?.(a), F = true);
    v(a, new P(a));
  }, qa = (a) => {
    if (!F) try {
      a();
    } catch (c) {
      c instanceof P || "unwind" == c || v(1, c);
    } finally {
      if (!(Q || 0 < S)) try {
        G = a = G, pa(a);
      } catch (c) {
        c instanceof P || "unwind" == c || v(1, c);
      }
    }
  }, U = (a, c, b) => {
    var e = K;
    if (!(0 < b)) return 0;
    var f = c;
    b = c + b - 1;
    for (var g = 0; g < a.length; ++g) {
      var h = a.codePointAt(g);
      if (127 >= h) {
        if (c >= b) break;
        e[c++] = h;
      } else if (2047 >= h) {
        if (c + 1 >= b) break;
        e[c++] = 192 | h >> 6;
        e[c++] = 128 | h & 63;
      } else if (65535 >= h) {
        if (c + 2 >= b) break;
        e[c++] = 224 | h >> 12;
        e[c++] = 128 | h >> 6 & 63;
        e[c++] = 128 | h & 63;
      } else {
        if (c + 3 >= b) break;
        e[c++] = 240 | h >> 18;
        e[c++] = 128 | h >> 12 & 63;
        e[c++] = 128 | h >> 6 & 63;
        e[c++] = 128 | h & 63;
        g++;
      }
    }
    e[c] = 0;
    return c - f;
  }, V = {}, ra = () => {
    if (!W) {
      var a = {
        USER: "web_user",
        LOGNAME: "web_user",
        PATH: "/",
        PWD: "/",
        HOME: "/home/web_user",
        LANG: (globalThis.navigator?.language ?? "C").replace("-", "_") + ".UTF-8",
        _: u || "./this.program"
      }, c;
      for (c in V) void 0 === V[c] ? delete a[c] : a[c] = V[c];
      var b = [];
      for (c in a) b.push(\`\${c}=\${a[c]}\`);
      W = b;
    }
    return W;
  }, W, X = (a) => {
    for (var c = 0, b = 0; b < a.length; ++b) {
      var e = a.charCodeAt(b);
      127 >= e ? c++ : 2047 >= e ? c += 2 : 55296 <= e && 57343 >= e ? (c += 4, ++b) : c += 3;
    }
    return c;
  }, sa = [null, [], []], va = (a, c, b, e) => {
    var f = { string: (k) => {
      var l = 0;
      if (null !== k && void 0 !== k && 0 !== k) {
        l = X(k) + 1;
        var p = Y(l);
        U(
          k,
          p,
          l
        );
        l = p;
      }
      return l;
    }, array: (k) => {
      var l = Y(k.length);
      J.set(k, l);
      return l;
    } };
    a = d["_" + a];
    var g = [], h = 0;
    if (e) for (var m = 0; m < e.length; m++) {
      var x = f[b[m]];
      x ? (0 === h && (h = ta()), g[m] = x(e[m])) : g[m] = e[m];
    }
    b = a(...g);
    return b = (function(k) {
      0 !== h && ua(h);
      return "string" === c ? R(k) : "boolean" === c ? !!k : k;
    })(b);
  };
  d.wasmMemory ? t = d.wasmMemory : t = new WebAssembly.Memory({ initial: (d.INITIAL_MEMORY || 16777216) / 65536, maximum: 32768 });
  ca();
  d.noExitRuntime && (Q = d.noExitRuntime);
  d.print && (C = d.print);
  d.printErr && (D = d.printErr);
  d.wasmBinary && (E = d.wasmBinary);
  d.thisProgram && (u = d.thisProgram);
  if (d.preInit) for ("function" == typeof d.preInit && (d.preInit = [d.preInit]); 0 < d.preInit.length; ) d.preInit.shift()();
  d.cwrap = (a, c, b, e) => {
    var f = !b || b.every((g) => "number" === g || "boolean" === g);
    return "string" !== c && f && !e ? d["_" + a] : (...g) => va(a, c, b, g);
  };
  d.UTF8ToString = R;
  d.stringToUTF8 = (a, c, b) => U(a, c, b);
  d.lengthBytesUTF8 = X;
  var wa, ua, Y, ta, xa = { b: (a, c, b, e) => N(\`Assertion failed: \${R(a)}, at: \` + [c ? R(c) : "unknown filename", b, e ? R(e) : "unknown function"]), q: () => N(""), l: () => {
    Q = false;
    S = 0;
  }, m: function(a, c) {
    a = -9007199254740992 > a || 9007199254740992 < a ? NaN : Number(a);
    a = new Date(1e3 * a);
    L[c >> 2] = a.getSeconds();
    L[c + 4 >> 2] = a.getMinutes();
    L[c + 8 >> 2] = a.getHours();
    L[c + 12 >> 2] = a.getDate();
    L[c + 16 >> 2] = a.getMonth();
    L[c + 20 >> 2] = a.getFullYear() - 1900;
    L[c + 24 >> 2] = a.getDay();
    var b = a.getFullYear();
    L[c + 28 >> 2] = (0 !== b % 4 || 0 === b % 100 && 0 !== b % 400 ? oa : na)[a.getMonth()] + a.getDate() - 1 | 0;
    L[c + 36 >> 2] = -(60 * a.getTimezoneOffset());
    b = new Date(a.getFullYear(), 6, 1).getTimezoneOffset();
    var e = new Date(a.getFullYear(), 0, 1).getTimezoneOffset();
    L[c + 32 >> 2] = (b != e && a.getTimezoneOffset() == Math.min(e, b)) | 0;
  }, j: (a, c) => {
    T[a] && (clearTimeout(T[a].id), delete T[a]);
    if (!c) return 0;
    var b = setTimeout(() => {
      delete T[a];
      qa(() => wa(a, performance.now()));
    }, c);
    T[a] = { id: b, Qa: c };
    return 0;
  }, n: (a, c, b, e) => {
    var f = (/* @__PURE__ */ new Date()).getFullYear(), g = new Date(f, 0, 1).getTimezoneOffset();
    f = new Date(f, 6, 1).getTimezoneOffset();
    M[a >> 2] = 60 * Math.max(g, f);
    L[c >> 2] = Number(g != f);
    c = (h) => {
      var m = Math.abs(h);
      return \`UTC\${0 <= h ? "-" : "+"}\${String(Math.floor(m / 60)).padStart(2, "0")}\${String(m % 60).padStart(2, "0")}\`;
    };
    a = c(g);
    c = c(f);
    f < g ? (U(a, b, 17), U(c, e, 17)) : (U(a, e, 17), U(c, b, 17));
  }, p: () => Date.now(), k: (a) => {
    var c = K.length;
    a >>>= 0;
    if (2147483648 < a) return false;
    for (var b = 1; 4 >= b; b *= 2) {
      var e = c * (1 + 0.2 / b);
      e = Math.min(e, a + 100663296);
      a: {
        e = (Math.min(2147483648, 65536 * Math.ceil(Math.max(a, e) / 65536)) - t.buffer.byteLength + 65535) / 65536 | 0;
        try {
          t.grow(e);
          ca();
          var f = 1;
          break a;
        } catch (g) {
        }
        f = void 0;
      }
      if (f) return true;
    }
    return false;
  }, e: (a, c) => {
    var b = 0, e = 0, f;
    for (f of ra()) {
      var g = c + b;
      M[a + e >> 2] = g;
      b += U(f, g, Infinity) + 1;
      e += 4;
    }
    return 0;
  }, f: (a, c) => {
    var b = ra();
    M[a >> 2] = b.length;
    a = 0;
    for (var e of b) a += X(e) + 1;
    M[c >> 2] = a;
    return 0;
  }, d: () => 52, o: function() {
    return 70;
  }, c: (a, c, b, e) => {
    for (var f = 0, g = 0; g < b; g++) {
      var h = M[c >> 2], m = M[c + 4 >> 2];
      c += 8;
      for (var x = 0; x < m; x++) {
        var k = a, l = K[h + x], p = sa[k];
        0 === l || 10 === l ? (k = 1 === k ? C : D, l = ma(p, 0), l = la.decode(p.buffer ? p.subarray(0, l) : new Uint8Array(p.slice(0, l))), k(l), p.length = 0) : p.push(l);
      }
      f += m;
    }
    M[e >> 2] = f;
    return 0;
  }, a: t, r: pa, s: function(a, c, b, e, f) {
    return d.callbacks.callFunction(void 0, a, c, b, e, f);
  }, i: function(a) {
    return d.callbacks.shouldInterrupt(void 0, a);
  }, h: function(a, c, b) {
    b = R(b);
    return d.callbacks.loadModuleSource(void 0, a, c, b);
  }, g: function(a, c, b, e) {
    b = R(b);
    e = R(e);
    return d.callbacks.normalizeModule(void 0, a, c, b, e);
  }, t: function(a, c) {
    d.callbacks.freeHostRef(void 0, a, c);
  } }, Z;
  Z = await (async function() {
    function a(b) {
      b = Z = b.exports;
      d._malloc = b.v;
      d._QTS_Throw = b.w;
      d._QTS_NewError = b.x;
      d._QTS_RuntimeSetMemoryLimit = b.y;
      d._QTS_RuntimeComputeMemoryUsage = b.z;
      d._QTS_RuntimeDumpMemoryUsage = b.A;
      d._QTS_RecoverableLeakCheck = b.B;
      d._QTS_BuildIsSanitizeLeak = b.C;
      d._QTS_RuntimeSetMaxStackSize = b.D;
      d._QTS_GetUndefined = b.E;
      d._QTS_GetNull = b.F;
      d._QTS_GetFalse = b.G;
      d._QTS_GetTrue = b.H;
      d._QTS_NewHostRef = b.I;
      d._QTS_GetHostRefId = b.J;
      d._QTS_NewRuntime = b.K;
      d._QTS_FreeRuntime = b.L;
      d._free = b.M;
      d._QTS_NewContext = b.N;
      d._QTS_FreeContext = b.O;
      d._QTS_FreeValuePointer = b.P;
      d._QTS_FreeValuePointerRuntime = b.Q;
      d._QTS_FreeVoidPointer = b.R;
      d._QTS_FreeCString = b.S;
      d._QTS_DupValuePointer = b.T;
      d._QTS_NewObject = b.U;
      d._QTS_NewObjectProto = b.V;
      d._QTS_NewArray = b.W;
      d._QTS_NewArrayBuffer = b.X;
      d._QTS_NewFloat64 = b.Y;
      d._QTS_GetFloat64 = b.Z;
      d._QTS_NewString = b._;
      d._QTS_GetString = b.$;
      d._QTS_GetArrayBuffer = b.aa;
      d._QTS_GetArrayBufferLength = b.ba;
      d._QTS_NewSymbol = b.ca;
      d._QTS_GetSymbolDescriptionOrKey = b.da;
      d._QTS_IsGlobalSymbol = b.ea;
      d._QTS_IsJobPending = b.fa;
      d._QTS_ExecutePendingJob = b.ga;
      d._QTS_GetProp = b.ha;
      d._QTS_GetPropNumber = b.ia;
      d._QTS_SetProp = b.ja;
      d._QTS_DefineProp = b.ka;
      d._QTS_GetOwnPropertyNames = b.la;
      d._QTS_Call = b.ma;
      d._QTS_ResolveException = b.na;
      d._QTS_Dump = b.oa;
      d._QTS_Eval = b.pa;
      d._QTS_GetModuleNamespace = b.qa;
      d._QTS_Typeof = b.ra;
      d._QTS_GetLength = b.sa;
      d._QTS_IsEqual = b.ta;
      d._QTS_GetGlobalObject = b.ua;
      d._QTS_NewPromiseCapability = b.va;
      d._QTS_PromiseState = b.wa;
      d._QTS_PromiseResult = b.xa;
      d._QTS_TestStringArg = b.ya;
      d._QTS_GetDebugLogEnabled = b.za;
      d._QTS_SetDebugLogEnabled = b.Aa;
      d._QTS_BuildIsDebug = b.Ba;
      d._QTS_BuildIsAsyncify = b.Ca;
      d._QTS_NewFunction = b.Da;
      d._QTS_ArgvGetJSValueConstPointer = b.Ea;
      d._QTS_RuntimeEnableInterruptHandler = b.Fa;
      d._QTS_RuntimeDisableInterruptHandler = b.Ga;
      d._QTS_RuntimeEnableModuleLoader = b.Ha;
      d._QTS_RuntimeDisableModuleLoader = b.Ia;
      d._QTS_bjson_encode = b.Ja;
      d._QTS_bjson_decode = b.Ka;
      wa = b.La;
      ua = b.Ma;
      Y = b.Na;
      ta = b.Oa;
      return Z;
    }
    var c = { a: xa };
    if (d.instantiateWasm) return new Promise((b) => {
      d.instantiateWasm(c, (e, f) => {
        b(a(e, f));
      });
    });
    O ??= d.locateFile ? d.locateFile ? d.locateFile("emscripten-module.wasm", y) : y + "emscripten-module.wasm" : new URL("emscripten-module.wasm", "file:///zoneguard-dnscontrol-sandbox.js").href;
    return a((await fa(c)).instance);
  })();
  (function() {
    function a() {
      d.calledRun = true;
      if (!F) {
        ba = true;
        Z.u();
        H?.(d);
        d.onRuntimeInitialized?.();
        if (d.postRun) for ("function" == typeof d.postRun && (d.postRun = [d.postRun]); d.postRun.length; ) {
          var c = d.postRun.shift();
          ia.push(c);
        }
        ha(ia);
      }
    }
    if (d.preRun) for ("function" == typeof d.preRun && (d.preRun = [d.preRun]); d.preRun.length; ) ka();
    ha(ja);
    d.setStatus ? (d.setStatus("Running..."), setTimeout(() => {
      setTimeout(() => d.setStatus(""), 1);
      a();
    }, 1)) : a();
  })();
  ba ? moduleRtn = d : moduleRtn = new Promise((a, c) => {
    H = a;
    I = c;
  });
  ;
  return moduleRtn;
}
var emscripten_module_default;
var init_emscripten_module = __esm({
  "node_modules/@jitl/quickjs-wasmfile-release-sync/dist/emscripten-module.mjs"() {
    emscripten_module_default = QuickJSRaw;
  }
});

// node_modules/@jitl/quickjs-ffi-types/dist/index.mjs
var EvalFlags, IntrinsicsFlags, JSPromiseStateEnum, GetOwnPropertyNamesFlags, IsEqualOp;
var init_dist = __esm({
  "node_modules/@jitl/quickjs-ffi-types/dist/index.mjs"() {
    EvalFlags = { JS_EVAL_TYPE_GLOBAL: 0, JS_EVAL_TYPE_MODULE: 1, JS_EVAL_TYPE_DIRECT: 2, JS_EVAL_TYPE_INDIRECT: 3, JS_EVAL_TYPE_MASK: 3, JS_EVAL_FLAG_STRICT: 8, JS_EVAL_FLAG_STRIP: 16, JS_EVAL_FLAG_COMPILE_ONLY: 32, JS_EVAL_FLAG_BACKTRACE_BARRIER: 64 };
    IntrinsicsFlags = { BaseObjects: 1, Date: 2, Eval: 4, StringNormalize: 8, RegExp: 16, RegExpCompiler: 32, JSON: 64, Proxy: 128, MapSet: 256, TypedArrays: 512, Promise: 1024, BigInt: 2048, BigFloat: 4096, BigDecimal: 8192, OperatorOverloading: 16384, BignumExt: 32768 };
    JSPromiseStateEnum = { Pending: 0, Fulfilled: 1, Rejected: 2 };
    GetOwnPropertyNamesFlags = { JS_GPN_STRING_MASK: 1, JS_GPN_SYMBOL_MASK: 2, JS_GPN_PRIVATE_MASK: 4, JS_GPN_ENUM_ONLY: 16, JS_GPN_SET_ENUM: 32, QTS_GPN_NUMBER_MASK: 64, QTS_STANDARD_COMPLIANT_NUMBER: 128 };
    IsEqualOp = { IsStrictlyEqual: 0, IsSameValue: 1, IsSameValueZero: 2 };
  }
});

// node_modules/quickjs-emscripten-core/dist/chunk-V2S4ZYJR.mjs
function debugLog(...args) {
  QTS_DEBUG && console.log("quickjs-emscripten:", ...args);
}
function* awaitYield(value) {
  return yield value;
}
function awaitYieldOf(generator) {
  return awaitYield(awaitEachYieldedPromise(generator));
}
function maybeAsyncFn(that, fn) {
  return (...args) => {
    let generator = fn.call(that, AwaitYield, ...args);
    return awaitEachYieldedPromise(generator);
  };
}
function maybeAsync(that, startGenerator) {
  let generator = startGenerator.call(that, AwaitYield);
  return awaitEachYieldedPromise(generator);
}
function awaitEachYieldedPromise(gen) {
  function handleNextStep(step) {
    return step.done ? step.value : step.value instanceof Promise ? step.value.then((value) => handleNextStep(gen.next(value)), (error) => handleNextStep(gen.throw(error))) : handleNextStep(gen.next(step.value));
  }
  return handleNextStep(gen.next());
}
function scopeFinally(scope, blockError) {
  let disposeError;
  try {
    scope.dispose();
  } catch (error) {
    disposeError = error;
  }
  if (blockError && disposeError) throw Object.assign(blockError, { message: \`\${blockError.message}
 Then, failed to dispose scope: \${disposeError.message}\`, disposeError }), blockError;
  if (blockError || disposeError) throw blockError || disposeError;
}
function createDisposableArray(items) {
  let array = items ? Array.from(items) : [];
  function disposeAlive() {
    return array.forEach((disposable) => disposable.alive ? disposable.dispose() : void 0);
  }
  function someIsAlive() {
    return array.some((disposable) => disposable.alive);
  }
  return Object.defineProperty(array, SymbolDispose, { configurable: true, enumerable: false, value: disposeAlive }), Object.defineProperty(array, "dispose", { configurable: true, enumerable: false, value: disposeAlive }), Object.defineProperty(array, "alive", { configurable: true, enumerable: false, get: someIsAlive }), array;
}
function isDisposable(value) {
  return !!(value && (typeof value == "object" || typeof value == "function") && "alive" in value && typeof value.alive == "boolean" && "dispose" in value && typeof value.dispose == "function");
}
function intrinsicsToFlags(intrinsics) {
  if (!intrinsics) return 0;
  let result = 0;
  for (let [maybeIntrinsicName, enabled] of Object.entries(intrinsics)) {
    if (!(maybeIntrinsicName in IntrinsicsFlags)) throw new QuickJSUnknownIntrinsic(maybeIntrinsicName);
    enabled && (result |= IntrinsicsFlags[maybeIntrinsicName]);
  }
  return result;
}
function evalOptionsToFlags(evalOptions) {
  if (typeof evalOptions == "number") return evalOptions;
  if (evalOptions === void 0) return 0;
  let { type, strict, strip, compileOnly, backtraceBarrier } = evalOptions, flags = 0;
  return type === "global" && (flags |= EvalFlags.JS_EVAL_TYPE_GLOBAL), type === "module" && (flags |= EvalFlags.JS_EVAL_TYPE_MODULE), strict && (flags |= EvalFlags.JS_EVAL_FLAG_STRICT), strip && (flags |= EvalFlags.JS_EVAL_FLAG_STRIP), compileOnly && (flags |= EvalFlags.JS_EVAL_FLAG_COMPILE_ONLY), backtraceBarrier && (flags |= EvalFlags.JS_EVAL_FLAG_BACKTRACE_BARRIER), flags;
}
function getOwnPropertyNamesOptionsToFlags(options) {
  if (typeof options == "number") return options;
  if (options === void 0) return 0;
  let { strings: includeStrings, symbols: includeSymbols, quickjsPrivate: includePrivate, onlyEnumerable, numbers: includeNumbers, numbersAsStrings } = options, flags = 0;
  return includeStrings && (flags |= GetOwnPropertyNamesFlags.JS_GPN_STRING_MASK), includeSymbols && (flags |= GetOwnPropertyNamesFlags.JS_GPN_SYMBOL_MASK), includePrivate && (flags |= GetOwnPropertyNamesFlags.JS_GPN_PRIVATE_MASK), onlyEnumerable && (flags |= GetOwnPropertyNamesFlags.JS_GPN_ENUM_ONLY), includeNumbers && (flags |= GetOwnPropertyNamesFlags.QTS_GPN_NUMBER_MASK), numbersAsStrings && (flags |= GetOwnPropertyNamesFlags.QTS_STANDARD_COMPLIANT_NUMBER), flags;
}
function concat(...values) {
  let result = [];
  for (let value of values) value !== void 0 && (result = result.concat(value));
  return result;
}
function getGroupId(id) {
  return id >> 8;
}
function applyBaseRuntimeOptions(runtime, options) {
  options.interruptHandler && runtime.setInterruptHandler(options.interruptHandler), options.maxStackSizeBytes !== void 0 && runtime.setMaxStackSize(options.maxStackSizeBytes), options.memoryLimitBytes !== void 0 && runtime.setMemoryLimit(options.memoryLimitBytes);
}
function applyModuleEvalRuntimeOptions(runtime, options) {
  options.moduleLoader && runtime.setModuleLoader(options.moduleLoader), options.shouldInterrupt && runtime.setInterruptHandler(options.shouldInterrupt), options.memoryLimitBytes !== void 0 && runtime.setMemoryLimit(options.memoryLimitBytes), options.maxStackSizeBytes !== void 0 && runtime.setMaxStackSize(options.maxStackSizeBytes);
}
var __defProp2, __export2, QTS_DEBUG, errors_exports, QuickJSUnwrapError, QuickJSWrongOwner, QuickJSUseAfterFree, QuickJSNotImplemented, QuickJSAsyncifyError, QuickJSAsyncifySuspended, QuickJSMemoryLeakDetected, QuickJSEmscriptenModuleError, QuickJSUnknownIntrinsic, QuickJSPromisePending, QuickJSEmptyGetOwnPropertyNames, QuickJSHostRefRangeExceeded, QuickJSHostRefInvalid, AwaitYield, UsingDisposable, SymbolDispose, prototypeAsAny, Lifetime, StaticLifetime, WeakLifetime, Scope, AbstractDisposableResult, DisposableSuccess, DisposableFail, DisposableResult, QuickJSDeferredPromise, ModuleMemory, DefaultIntrinsics, QuickJSIterator, INT32_MIN, INT32_MAX, INVALID_HOST_REF_ID, HostRefMap, HostRef, ContextMemory, QuickJSContext, QuickJSRuntime, QuickJSEmscriptenModuleCallbacks, QuickJSModuleCallbacks, QuickJSWASMModule;
var init_chunk_V2S4ZYJR = __esm({
  "node_modules/quickjs-emscripten-core/dist/chunk-V2S4ZYJR.mjs"() {
    init_dist();
    init_dist();
    __defProp2 = Object.defineProperty;
    __export2 = (target, all) => {
      for (var name in all) __defProp2(target, name, { get: all[name], enumerable: true });
    };
    QTS_DEBUG = false;
    errors_exports = {};
    __export2(errors_exports, { QuickJSAsyncifyError: () => QuickJSAsyncifyError, QuickJSAsyncifySuspended: () => QuickJSAsyncifySuspended, QuickJSEmptyGetOwnPropertyNames: () => QuickJSEmptyGetOwnPropertyNames, QuickJSEmscriptenModuleError: () => QuickJSEmscriptenModuleError, QuickJSHostRefInvalid: () => QuickJSHostRefInvalid, QuickJSHostRefRangeExceeded: () => QuickJSHostRefRangeExceeded, QuickJSMemoryLeakDetected: () => QuickJSMemoryLeakDetected, QuickJSNotImplemented: () => QuickJSNotImplemented, QuickJSPromisePending: () => QuickJSPromisePending, QuickJSUnknownIntrinsic: () => QuickJSUnknownIntrinsic, QuickJSUnwrapError: () => QuickJSUnwrapError, QuickJSUseAfterFree: () => QuickJSUseAfterFree, QuickJSWrongOwner: () => QuickJSWrongOwner });
    QuickJSUnwrapError = class extends Error {
      constructor(cause, context) {
        let message = typeof cause == "object" && cause && "message" in cause ? String(cause.message) : String(cause);
        super(message);
        this.cause = cause;
        this.context = context;
        this.name = "QuickJSUnwrapError";
      }
    };
    QuickJSWrongOwner = class extends Error {
      constructor() {
        super(...arguments);
        this.name = "QuickJSWrongOwner";
      }
    };
    QuickJSUseAfterFree = class extends Error {
      constructor() {
        super(...arguments);
        this.name = "QuickJSUseAfterFree";
      }
    };
    QuickJSNotImplemented = class extends Error {
      constructor() {
        super(...arguments);
        this.name = "QuickJSNotImplemented";
      }
    };
    QuickJSAsyncifyError = class extends Error {
      constructor() {
        super(...arguments);
        this.name = "QuickJSAsyncifyError";
      }
    };
    QuickJSAsyncifySuspended = class extends Error {
      constructor() {
        super(...arguments);
        this.name = "QuickJSAsyncifySuspended";
      }
    };
    QuickJSMemoryLeakDetected = class extends Error {
      constructor() {
        super(...arguments);
        this.name = "QuickJSMemoryLeakDetected";
      }
    };
    QuickJSEmscriptenModuleError = class extends Error {
      constructor() {
        super(...arguments);
        this.name = "QuickJSEmscriptenModuleError";
      }
    };
    QuickJSUnknownIntrinsic = class extends TypeError {
      constructor() {
        super(...arguments);
        this.name = "QuickJSUnknownIntrinsic";
      }
    };
    QuickJSPromisePending = class extends Error {
      constructor() {
        super(...arguments);
        this.name = "QuickJSPromisePending";
      }
    };
    QuickJSEmptyGetOwnPropertyNames = class extends Error {
      constructor() {
        super(...arguments);
        this.name = "QuickJSEmptyGetOwnPropertyNames";
      }
    };
    QuickJSHostRefRangeExceeded = class extends Error {
      constructor() {
        super(...arguments);
        this.name = "QuickJSHostRefRangeExceeded";
      }
    };
    QuickJSHostRefInvalid = class extends Error {
      constructor() {
        super(...arguments);
        this.name = "QuickJSHostRefInvalid";
      }
    };
    AwaitYield = awaitYield;
    AwaitYield.of = awaitYieldOf;
    UsingDisposable = class {
      [Symbol.dispose]() {
        return this.dispose();
      }
    };
    SymbolDispose = Symbol.dispose ?? /* @__PURE__ */ Symbol.for("Symbol.dispose");
    prototypeAsAny = UsingDisposable.prototype;
    prototypeAsAny[SymbolDispose] || (prototypeAsAny[SymbolDispose] = function() {
      return this.dispose();
    });
    Lifetime = class _Lifetime extends UsingDisposable {
      constructor(_value, copier, disposer, _owner) {
        super();
        this._value = _value;
        this.copier = copier;
        this.disposer = disposer;
        this._owner = _owner;
        this._alive = true;
        this._constructorStack = QTS_DEBUG ? new Error("Lifetime constructed").stack : void 0;
      }
      get alive() {
        return this._alive;
      }
      get value() {
        return this.assertAlive(), this._value;
      }
      get owner() {
        return this._owner;
      }
      get dupable() {
        return !!this.copier;
      }
      dup() {
        if (this.assertAlive(), !this.copier) throw new Error("Non-dupable lifetime");
        return new _Lifetime(this.copier(this._value), this.copier, this.disposer, this._owner);
      }
      consume(map) {
        this.assertAlive();
        let result = map(this);
        return this.dispose(), result;
      }
      map(map) {
        return this.assertAlive(), map(this);
      }
      tap(fn) {
        return fn(this), this;
      }
      dispose() {
        this.assertAlive(), this.disposer && this.disposer(this._value), this._alive = false;
      }
      assertAlive() {
        if (!this.alive) throw this._constructorStack ? new QuickJSUseAfterFree(\`Lifetime not alive
\${this._constructorStack}
Lifetime used\`) : new QuickJSUseAfterFree("Lifetime not alive");
      }
    };
    StaticLifetime = class extends Lifetime {
      constructor(value, owner) {
        super(value, void 0, void 0, owner);
      }
      get dupable() {
        return true;
      }
      dup() {
        return this;
      }
      dispose() {
      }
    };
    WeakLifetime = class extends Lifetime {
      constructor(value, copier, disposer, owner) {
        super(value, copier, disposer, owner);
      }
      dispose() {
        this._alive = false;
      }
    };
    Scope = class _Scope extends UsingDisposable {
      constructor() {
        super(...arguments);
        this._disposables = new Lifetime(/* @__PURE__ */ new Set());
        this.manage = (lifetime) => (this._disposables.value.add(lifetime), lifetime);
      }
      static withScope(block) {
        let scope = new _Scope(), blockError;
        try {
          return block(scope);
        } catch (error) {
          throw blockError = error, error;
        } finally {
          scopeFinally(scope, blockError);
        }
      }
      static withScopeMaybeAsync(_this, block) {
        return maybeAsync(void 0, function* (awaited) {
          let scope = new _Scope(), blockError;
          try {
            return yield* awaited.of(block.call(_this, awaited, scope));
          } catch (error) {
            throw blockError = error, error;
          } finally {
            scopeFinally(scope, blockError);
          }
        });
      }
      static async withScopeAsync(block) {
        let scope = new _Scope(), blockError;
        try {
          return await block(scope);
        } catch (error) {
          throw blockError = error, error;
        } finally {
          scopeFinally(scope, blockError);
        }
      }
      get alive() {
        return this._disposables.alive;
      }
      dispose() {
        let lifetimes = Array.from(this._disposables.value.values()).reverse();
        for (let lifetime of lifetimes) lifetime.alive && lifetime.dispose();
        this._disposables.dispose();
      }
    };
    AbstractDisposableResult = class _AbstractDisposableResult extends UsingDisposable {
      static success(value) {
        return new DisposableSuccess(value);
      }
      static fail(error, onUnwrap) {
        return new DisposableFail(error, onUnwrap);
      }
      static is(result) {
        return result instanceof _AbstractDisposableResult;
      }
    };
    DisposableSuccess = class extends AbstractDisposableResult {
      constructor(value) {
        super();
        this.value = value;
      }
      get alive() {
        return isDisposable(this.value) ? this.value.alive : true;
      }
      dispose() {
        isDisposable(this.value) && this.value.dispose();
      }
      unwrap() {
        return this.value;
      }
      unwrapOr(_fallback) {
        return this.value;
      }
    };
    DisposableFail = class extends AbstractDisposableResult {
      constructor(error, onUnwrap) {
        super();
        this.error = error;
        this.onUnwrap = onUnwrap;
      }
      get alive() {
        return isDisposable(this.error) ? this.error.alive : true;
      }
      dispose() {
        isDisposable(this.error) && this.error.dispose();
      }
      unwrap() {
        throw this.onUnwrap(this), this.error;
      }
      unwrapOr(fallback) {
        return fallback;
      }
    };
    DisposableResult = AbstractDisposableResult;
    QuickJSDeferredPromise = class extends UsingDisposable {
      constructor(args) {
        super();
        this.resolve = (value) => {
          this.resolveHandle.alive && (this.context.unwrapResult(this.context.callFunction(this.resolveHandle, this.context.undefined, value || this.context.undefined)).dispose(), this.disposeResolvers(), this.onSettled());
        };
        this.reject = (value) => {
          this.rejectHandle.alive && (this.context.unwrapResult(this.context.callFunction(this.rejectHandle, this.context.undefined, value || this.context.undefined)).dispose(), this.disposeResolvers(), this.onSettled());
        };
        this.dispose = () => {
          this.handle.alive && this.handle.dispose(), this.disposeResolvers();
        };
        this.context = args.context, this.owner = args.context.runtime, this.handle = args.promiseHandle, this.settled = new Promise((resolve) => {
          this.onSettled = resolve;
        }), this.resolveHandle = args.resolveHandle, this.rejectHandle = args.rejectHandle;
      }
      get alive() {
        return this.handle.alive || this.resolveHandle.alive || this.rejectHandle.alive;
      }
      disposeResolvers() {
        this.resolveHandle.alive && this.resolveHandle.dispose(), this.rejectHandle.alive && this.rejectHandle.dispose();
      }
    };
    ModuleMemory = class {
      constructor(module) {
        this.module = module;
      }
      toPointerArray(handleArray) {
        let typedArray = new Int32Array(handleArray.map((handle) => handle.value)), numBytes = typedArray.length * typedArray.BYTES_PER_ELEMENT, ptr = this.module._malloc(numBytes);
        return new Uint8Array(this.module.HEAPU8.buffer, ptr, numBytes).set(new Uint8Array(typedArray.buffer)), new Lifetime(ptr, void 0, (ptr2) => this.module._free(ptr2));
      }
      newTypedArray(kind, length) {
        let zeros = new kind(new Array(length).fill(0)), numBytes = zeros.length * zeros.BYTES_PER_ELEMENT, ptr = this.module._malloc(numBytes), typedArray = new kind(this.module.HEAPU8.buffer, ptr, length);
        return typedArray.set(zeros), new Lifetime({ typedArray, ptr }, void 0, (value) => this.module._free(value.ptr));
      }
      newMutablePointerArray(length) {
        return this.newTypedArray(Int32Array, length);
      }
      newHeapCharPointer(string) {
        let strlen = this.module.lengthBytesUTF8(string), dataBytes = strlen + 1, ptr = this.module._malloc(dataBytes);
        return this.module.stringToUTF8(string, ptr, dataBytes), new Lifetime({ ptr, strlen }, void 0, (value) => this.module._free(value.ptr));
      }
      newHeapBufferPointer(buffer) {
        let numBytes = buffer.byteLength, ptr = this.module._malloc(numBytes);
        return this.module.HEAPU8.set(buffer, ptr), new Lifetime({ pointer: ptr, numBytes }, void 0, (value) => this.module._free(value.pointer));
      }
      consumeHeapCharPointer(ptr) {
        let str = this.module.UTF8ToString(ptr);
        return this.module._free(ptr), str;
      }
    };
    DefaultIntrinsics = Object.freeze({ BaseObjects: true, Date: true, Eval: true, StringNormalize: true, RegExp: true, JSON: true, Proxy: true, MapSet: true, TypedArrays: true, Promise: true });
    QuickJSIterator = class extends UsingDisposable {
      constructor(handle, context) {
        super();
        this.handle = handle;
        this.context = context;
        this._isDone = false;
        this.owner = context.runtime;
      }
      [Symbol.iterator]() {
        return this;
      }
      next(value) {
        if (!this.alive || this._isDone) return { done: true, value: void 0 };
        let nextMethod = this._next ?? (this._next = this.context.getProp(this.handle, "next"));
        return this.callIteratorMethod(nextMethod, value);
      }
      return(value) {
        if (!this.alive) return { done: true, value: void 0 };
        let returnMethod = this.context.getProp(this.handle, "return");
        if (returnMethod === this.context.undefined && value === void 0) return this.dispose(), { done: true, value: void 0 };
        let result = this.callIteratorMethod(returnMethod, value);
        return returnMethod.dispose(), this.dispose(), result;
      }
      throw(e) {
        if (!this.alive) return { done: true, value: void 0 };
        let errorHandle = e instanceof Lifetime ? e : this.context.newError(e), throwMethod = this.context.getProp(this.handle, "throw"), result = this.callIteratorMethod(throwMethod, e);
        return errorHandle.alive && errorHandle.dispose(), throwMethod.dispose(), this.dispose(), result;
      }
      get alive() {
        return this.handle.alive;
      }
      dispose() {
        this._isDone = true, this.handle.dispose(), this._next?.dispose();
      }
      callIteratorMethod(method, input) {
        let callResult = input ? this.context.callFunction(method, this.handle, input) : this.context.callFunction(method, this.handle);
        if (callResult.error) return this.dispose(), { value: callResult };
        let done = this.context.getProp(callResult.value, "done").consume((v) => this.context.dump(v)), value = this.context.getProp(callResult.value, "value");
        return callResult.value.dispose(), done && this.dispose(), { value: DisposableResult.success(value), done };
      }
    };
    INT32_MIN = -2147483648;
    INT32_MAX = 2147483647;
    INVALID_HOST_REF_ID = 0;
    HostRefMap = class {
      constructor() {
        this.nextId = INT32_MIN;
        this.freelist = [];
        this.groups = /* @__PURE__ */ new Map();
      }
      put(value) {
        let id = this.allocateId(), groupId = getGroupId(id), group = this.groups.get(groupId);
        return group || (group = /* @__PURE__ */ new Map(), this.groups.set(groupId, group)), group.set(id, value), id;
      }
      get(id) {
        if (id === INVALID_HOST_REF_ID) throw new QuickJSHostRefInvalid("no host reference id defined");
        let groupId = getGroupId(id), group = this.groups.get(groupId);
        if (!group) throw new QuickJSHostRefInvalid(\`host reference id \${id} is not defined\`);
        let value = group.get(id);
        if (!value) throw new QuickJSHostRefInvalid(\`host reference id \${id} is not defined\`);
        return value;
      }
      delete(id) {
        if (id === INVALID_HOST_REF_ID) throw new QuickJSHostRefInvalid("no host reference id defined");
        let groupId = getGroupId(id), group = this.groups.get(groupId);
        if (!group) throw new QuickJSHostRefInvalid(\`host reference id \${id} is not defined\`);
        group.delete(id), group.size === 0 && this.groups.delete(groupId), this.freelist.push(id);
      }
      allocateId() {
        if (this.freelist.length > 0) return this.freelist.shift();
        if (this.nextId === INVALID_HOST_REF_ID && this.nextId++, this.nextId > INT32_MAX) throw new QuickJSHostRefRangeExceeded(\`HostRefMap: too many host refs created without disposing. Max simultaneous host refs: \${INT32_MAX - INT32_MIN}\`);
        return this.nextId++;
      }
    };
    HostRef = class extends UsingDisposable {
      constructor(runtime, handle, id) {
        if (id === INVALID_HOST_REF_ID) throw new QuickJSHostRefInvalid("cannot create HostRef with undefined id");
        super();
        this.runtime = runtime;
        this.handle = handle;
        this.id = id;
      }
      get alive() {
        return this.handle.alive;
      }
      dispose() {
        this.handle.dispose();
      }
      get value() {
        return this.runtime.hostRefs.get(this.id);
      }
    };
    ContextMemory = class extends ModuleMemory {
      constructor(args) {
        super(args.module);
        this.scope = new Scope();
        this.copyJSValue = (ptr) => this.ffi.QTS_DupValuePointer(this.ctx.value, ptr);
        this.freeJSValue = (ptr) => {
          this.ffi.QTS_FreeValuePointer(this.ctx.value, ptr);
        };
        args.ownedLifetimes?.forEach((lifetime) => this.scope.manage(lifetime)), this.owner = args.owner, this.module = args.module, this.ffi = args.ffi, this.rt = args.rt, this.ctx = this.scope.manage(args.ctx);
      }
      get alive() {
        return this.scope.alive;
      }
      dispose() {
        return this.scope.dispose();
      }
      [Symbol.dispose]() {
        return this.dispose();
      }
      manage(lifetime) {
        return this.scope.manage(lifetime);
      }
      consumeJSCharPointer(ptr) {
        let str = this.module.UTF8ToString(ptr);
        return this.ffi.QTS_FreeCString(this.ctx.value, ptr), str;
      }
      heapValueHandle(ptr, extraDispose) {
        let dispose = extraDispose ? (val) => {
          extraDispose(), this.freeJSValue(val);
        } : this.freeJSValue;
        return new Lifetime(ptr, this.copyJSValue, dispose, this.owner);
      }
      staticHeapValueHandle(ptr) {
        return this.manage(this.heapValueHandle(ptr)), new StaticLifetime(ptr, this.owner);
      }
    };
    QuickJSContext = class extends UsingDisposable {
      constructor(args) {
        super();
        this._undefined = void 0;
        this._null = void 0;
        this._false = void 0;
        this._true = void 0;
        this._global = void 0;
        this._BigInt = void 0;
        this._Symbol = void 0;
        this._SymbolIterator = void 0;
        this._SymbolAsyncIterator = void 0;
        this.cToHostCallbacks = { callFunction: (ctx, this_ptr, argc, argv, fn_id) => {
          if (ctx !== this.ctx.value) throw new Error("QuickJSContext instance received C -> JS call with mismatched ctx");
          let fn = this.getFunction(fn_id);
          return Scope.withScopeMaybeAsync(this, function* (awaited, scope) {
            let thisHandle = scope.manage(new WeakLifetime(this_ptr, this.memory.copyJSValue, this.memory.freeJSValue, this.runtime)), argHandles = new Array(argc);
            for (let i = 0; i < argc; i++) {
              let ptr = this.ffi.QTS_ArgvGetJSValueConstPointer(argv, i);
              argHandles[i] = scope.manage(new WeakLifetime(ptr, this.memory.copyJSValue, this.memory.freeJSValue, this.runtime));
            }
            try {
              let result = yield* awaited(fn.apply(thisHandle, argHandles));
              if (result) {
                if ("error" in result && result.error) throw this.runtime.debugLog("throw error", result.error), result.error;
                let handle = scope.manage(result instanceof Lifetime ? result : result.value);
                return this.ffi.QTS_DupValuePointer(this.ctx.value, handle.value);
              }
              return 0;
            } catch (error) {
              return this.errorToHandle(error).consume((errorHandle) => this.ffi.QTS_Throw(this.ctx.value, errorHandle.value));
            }
          });
        } };
        this.runtime = args.runtime, this.module = args.module, this.ffi = args.ffi, this.rt = args.rt, this.ctx = args.ctx, this.memory = new ContextMemory({ ...args, owner: this.runtime }), args.callbacks.setContextCallbacks(this.ctx.value, this.cToHostCallbacks), this.dump = this.dump.bind(this), this.getString = this.getString.bind(this), this.getNumber = this.getNumber.bind(this), this.resolvePromise = this.resolvePromise.bind(this), this.uint32Out = this.memory.manage(this.memory.newTypedArray(Uint32Array, 1));
      }
      get alive() {
        return this.memory.alive;
      }
      dispose() {
        this.memory.dispose();
      }
      get undefined() {
        if (this._undefined) return this._undefined;
        let ptr = this.ffi.QTS_GetUndefined();
        return this._undefined = new StaticLifetime(ptr);
      }
      get null() {
        if (this._null) return this._null;
        let ptr = this.ffi.QTS_GetNull();
        return this._null = new StaticLifetime(ptr);
      }
      get true() {
        if (this._true) return this._true;
        let ptr = this.ffi.QTS_GetTrue();
        return this._true = new StaticLifetime(ptr);
      }
      get false() {
        if (this._false) return this._false;
        let ptr = this.ffi.QTS_GetFalse();
        return this._false = new StaticLifetime(ptr);
      }
      get global() {
        if (this._global) return this._global;
        let ptr = this.ffi.QTS_GetGlobalObject(this.ctx.value);
        return this._global = this.memory.staticHeapValueHandle(ptr), this._global;
      }
      newNumber(num) {
        return this.memory.heapValueHandle(this.ffi.QTS_NewFloat64(this.ctx.value, num));
      }
      newString(str) {
        let ptr = this.memory.newHeapCharPointer(str).consume((charHandle) => this.ffi.QTS_NewString(this.ctx.value, charHandle.value.ptr));
        return this.memory.heapValueHandle(ptr);
      }
      newUniqueSymbol(description) {
        let key = (typeof description == "symbol" ? description.description : description) ?? "", ptr = this.memory.newHeapCharPointer(key).consume((charHandle) => this.ffi.QTS_NewSymbol(this.ctx.value, charHandle.value.ptr, 0));
        return this.memory.heapValueHandle(ptr);
      }
      newSymbolFor(key) {
        let description = (typeof key == "symbol" ? key.description : key) ?? "", ptr = this.memory.newHeapCharPointer(description).consume((charHandle) => this.ffi.QTS_NewSymbol(this.ctx.value, charHandle.value.ptr, 1));
        return this.memory.heapValueHandle(ptr);
      }
      getWellKnownSymbol(name) {
        return this._Symbol ?? (this._Symbol = this.memory.manage(this.getProp(this.global, "Symbol"))), this.getProp(this._Symbol, name);
      }
      newBigInt(num) {
        if (!this._BigInt) {
          let bigIntHandle2 = this.getProp(this.global, "BigInt");
          this.memory.manage(bigIntHandle2), this._BigInt = new StaticLifetime(bigIntHandle2.value, this.runtime);
        }
        let bigIntHandle = this._BigInt, asString = String(num);
        return this.newString(asString).consume((handle) => this.unwrapResult(this.callFunction(bigIntHandle, this.undefined, handle)));
      }
      newObject(prototype) {
        prototype && this.runtime.assertOwned(prototype);
        let ptr = prototype ? this.ffi.QTS_NewObjectProto(this.ctx.value, prototype.value) : this.ffi.QTS_NewObject(this.ctx.value);
        return this.memory.heapValueHandle(ptr);
      }
      newArray() {
        let ptr = this.ffi.QTS_NewArray(this.ctx.value);
        return this.memory.heapValueHandle(ptr);
      }
      newArrayBuffer(buffer) {
        let array = new Uint8Array(buffer), handle = this.memory.newHeapBufferPointer(array), ptr = this.ffi.QTS_NewArrayBuffer(this.ctx.value, handle.value.pointer, array.length);
        return this.memory.heapValueHandle(ptr);
      }
      newPromise(value) {
        let deferredPromise = Scope.withScope((scope) => {
          let mutablePointerArray = scope.manage(this.memory.newMutablePointerArray(2)), promisePtr = this.ffi.QTS_NewPromiseCapability(this.ctx.value, mutablePointerArray.value.ptr), promiseHandle = this.memory.heapValueHandle(promisePtr), [resolveHandle, rejectHandle] = Array.from(mutablePointerArray.value.typedArray).map((jsvaluePtr) => this.memory.heapValueHandle(jsvaluePtr));
          return new QuickJSDeferredPromise({ context: this, promiseHandle, resolveHandle, rejectHandle });
        });
        return value && typeof value == "function" && (value = new Promise(value)), value && Promise.resolve(value).then(deferredPromise.resolve, (error) => error instanceof Lifetime ? deferredPromise.reject(error) : this.newError(error).consume(deferredPromise.reject)), deferredPromise;
      }
      newFunction(nameOrFn, maybeFn) {
        let fn = typeof nameOrFn == "function" ? nameOrFn : maybeFn;
        if (!fn) throw new TypeError("Expected a function");
        return this.newFunctionWithOptions({ name: typeof nameOrFn == "string" ? nameOrFn : void 0, length: fn.length, isConstructor: false, fn });
      }
      newConstructorFunction(nameOrFn, maybeFn) {
        let fn = typeof nameOrFn == "function" ? nameOrFn : maybeFn;
        if (!fn) throw new TypeError("Expected a function");
        return this.newFunctionWithOptions({ name: typeof nameOrFn == "string" ? nameOrFn : void 0, length: fn.length, isConstructor: true, fn });
      }
      newFunctionWithOptions(args) {
        let { name, length, isConstructor, fn } = args, refId = this.runtime.hostRefs.put(fn);
        try {
          return this.memory.heapValueHandle(this.ffi.QTS_NewFunction(this.ctx.value, name ?? "", length, isConstructor, refId));
        } catch (error) {
          throw this.runtime.hostRefs.delete(refId), error;
        }
      }
      newError(error) {
        let errorHandle = this.memory.heapValueHandle(this.ffi.QTS_NewError(this.ctx.value));
        return error && typeof error == "object" ? (error.name !== void 0 && this.newString(error.name).consume((handle) => this.setProp(errorHandle, "name", handle)), error.message !== void 0 && this.newString(error.message).consume((handle) => this.setProp(errorHandle, "message", handle))) : typeof error == "string" ? this.newString(error).consume((handle) => this.setProp(errorHandle, "message", handle)) : error !== void 0 && this.newString(String(error)).consume((handle) => this.setProp(errorHandle, "message", handle)), errorHandle;
      }
      newHostRef(value) {
        let id = this.runtime.hostRefs.put(value);
        try {
          let handle = this.memory.heapValueHandle(this.ffi.QTS_NewHostRef(this.ctx.value, id));
          return new HostRef(this.runtime, handle, id);
        } catch (error) {
          throw this.runtime.hostRefs.delete(id), error;
        }
      }
      toHostRef(handle) {
        let id = this.ffi.QTS_GetHostRefId(handle.value);
        if (id !== 0) return this.runtime.hostRefs.get(id), new HostRef(this.runtime, handle.dup(), id);
      }
      unwrapHostRef(handle) {
        let id = this.ffi.QTS_GetHostRefId(handle.value);
        if (id === 0) throw new QuickJSHostRefInvalid("handle is not a HostRef");
        return this.runtime.hostRefs.get(id);
      }
      typeof(handle) {
        return this.runtime.assertOwned(handle), this.memory.consumeHeapCharPointer(this.ffi.QTS_Typeof(this.ctx.value, handle.value));
      }
      getNumber(handle) {
        return this.runtime.assertOwned(handle), this.ffi.QTS_GetFloat64(this.ctx.value, handle.value);
      }
      getString(handle) {
        return this.runtime.assertOwned(handle), this.memory.consumeJSCharPointer(this.ffi.QTS_GetString(this.ctx.value, handle.value));
      }
      getSymbol(handle) {
        this.runtime.assertOwned(handle);
        let key = this.memory.consumeJSCharPointer(this.ffi.QTS_GetSymbolDescriptionOrKey(this.ctx.value, handle.value));
        return this.ffi.QTS_IsGlobalSymbol(this.ctx.value, handle.value) ? Symbol.for(key) : Symbol(key);
      }
      getBigInt(handle) {
        this.runtime.assertOwned(handle);
        let asString = this.getString(handle);
        return BigInt(asString);
      }
      getArrayBuffer(handle) {
        this.runtime.assertOwned(handle);
        let len = this.ffi.QTS_GetArrayBufferLength(this.ctx.value, handle.value), ptr = this.ffi.QTS_GetArrayBuffer(this.ctx.value, handle.value);
        if (!ptr) throw new Error("Couldn't allocate memory to get ArrayBuffer");
        return new Lifetime(this.module.HEAPU8.subarray(ptr, ptr + len), void 0, () => this.module._free(ptr));
      }
      getPromiseState(handle) {
        this.runtime.assertOwned(handle);
        let state = this.ffi.QTS_PromiseState(this.ctx.value, handle.value);
        if (state < 0) return { type: "fulfilled", value: handle, notAPromise: true };
        if (state === JSPromiseStateEnum.Pending) return { type: "pending", get error() {
          return new QuickJSPromisePending("Cannot unwrap a pending promise");
        } };
        let ptr = this.ffi.QTS_PromiseResult(this.ctx.value, handle.value), result = this.memory.heapValueHandle(ptr);
        if (state === JSPromiseStateEnum.Fulfilled) return { type: "fulfilled", value: result };
        if (state === JSPromiseStateEnum.Rejected) return { type: "rejected", error: result };
        throw result.dispose(), new Error(\`Unknown JSPromiseStateEnum: \${state}\`);
      }
      resolvePromise(promiseLikeHandle) {
        this.runtime.assertOwned(promiseLikeHandle);
        let vmResolveResult = Scope.withScope((scope) => {
          let vmPromise = scope.manage(this.getProp(this.global, "Promise")), vmPromiseResolve = scope.manage(this.getProp(vmPromise, "resolve"));
          return this.callFunction(vmPromiseResolve, vmPromise, promiseLikeHandle);
        });
        return vmResolveResult.error ? Promise.resolve(vmResolveResult) : new Promise((resolve) => {
          Scope.withScope((scope) => {
            let resolveHandle = scope.manage(this.newFunction("resolve", (value) => {
              resolve(this.success(value && value.dup()));
            })), rejectHandle = scope.manage(this.newFunction("reject", (error) => {
              resolve(this.fail(error && error.dup()));
            })), promiseHandle = scope.manage(vmResolveResult.value), promiseThenHandle = scope.manage(this.getProp(promiseHandle, "then"));
            this.callFunction(promiseThenHandle, promiseHandle, resolveHandle, rejectHandle).unwrap().dispose();
          });
        });
      }
      isEqual(a, b, equalityType = IsEqualOp.IsStrictlyEqual) {
        if (a === b) return true;
        this.runtime.assertOwned(a), this.runtime.assertOwned(b);
        let result = this.ffi.QTS_IsEqual(this.ctx.value, a.value, b.value, equalityType);
        if (result === -1) throw new QuickJSNotImplemented("WASM variant does not expose equality");
        return !!result;
      }
      eq(handle, other) {
        return this.isEqual(handle, other, IsEqualOp.IsStrictlyEqual);
      }
      sameValue(handle, other) {
        return this.isEqual(handle, other, IsEqualOp.IsSameValue);
      }
      sameValueZero(handle, other) {
        return this.isEqual(handle, other, IsEqualOp.IsSameValueZero);
      }
      getProp(handle, key) {
        this.runtime.assertOwned(handle);
        let ptr;
        return typeof key == "number" && key >= 0 ? ptr = this.ffi.QTS_GetPropNumber(this.ctx.value, handle.value, key) : ptr = this.borrowPropertyKey(key).consume((quickJSKey) => this.ffi.QTS_GetProp(this.ctx.value, handle.value, quickJSKey.value)), this.memory.heapValueHandle(ptr);
      }
      getLength(handle) {
        if (this.runtime.assertOwned(handle), !(this.ffi.QTS_GetLength(this.ctx.value, this.uint32Out.value.ptr, handle.value) < 0)) return this.uint32Out.value.typedArray[0];
      }
      getOwnPropertyNames(handle, options = { strings: true, numbersAsStrings: true }) {
        this.runtime.assertOwned(handle), handle.value;
        let flags = getOwnPropertyNamesOptionsToFlags(options);
        if (flags === 0) throw new QuickJSEmptyGetOwnPropertyNames("No options set, will return an empty array");
        return Scope.withScope((scope) => {
          let outPtr = scope.manage(this.memory.newMutablePointerArray(1)), errorPtr = this.ffi.QTS_GetOwnPropertyNames(this.ctx.value, outPtr.value.ptr, this.uint32Out.value.ptr, handle.value, flags);
          if (errorPtr) return this.fail(this.memory.heapValueHandle(errorPtr));
          let len = this.uint32Out.value.typedArray[0], ptr = outPtr.value.typedArray[0], pointerArray = new Uint32Array(this.module.HEAP8.buffer, ptr, len), handles = Array.from(pointerArray).map((ptr2) => this.memory.heapValueHandle(ptr2));
          return this.ffi.QTS_FreeVoidPointer(this.ctx.value, ptr), this.success(createDisposableArray(handles));
        });
      }
      getIterator(iterableHandle) {
        let SymbolIterator = this._SymbolIterator ?? (this._SymbolIterator = this.memory.manage(this.getWellKnownSymbol("iterator")));
        return Scope.withScope((scope) => {
          let methodHandle = scope.manage(this.getProp(iterableHandle, SymbolIterator)), iteratorCallResult = this.callFunction(methodHandle, iterableHandle);
          return iteratorCallResult.error ? iteratorCallResult : this.success(new QuickJSIterator(iteratorCallResult.value, this));
        });
      }
      setProp(handle, key, value) {
        this.runtime.assertOwned(handle), this.borrowPropertyKey(key).consume((quickJSKey) => this.ffi.QTS_SetProp(this.ctx.value, handle.value, quickJSKey.value, value.value));
      }
      defineProp(handle, key, descriptor) {
        this.runtime.assertOwned(handle), Scope.withScope((scope) => {
          let quickJSKey = scope.manage(this.borrowPropertyKey(key)), value = descriptor.value || this.undefined, configurable = !!descriptor.configurable, enumerable = !!descriptor.enumerable, hasValue = !!descriptor.value, get = descriptor.get ? scope.manage(this.newFunction(descriptor.get.name, descriptor.get)) : this.undefined, set = descriptor.set ? scope.manage(this.newFunction(descriptor.set.name, descriptor.set)) : this.undefined;
          this.ffi.QTS_DefineProp(this.ctx.value, handle.value, quickJSKey.value, value.value, get.value, set.value, configurable, enumerable, hasValue);
        });
      }
      callFunction(func, thisVal, ...restArgs) {
        this.runtime.assertOwned(func);
        let args, firstArg = restArgs[0];
        firstArg === void 0 || Array.isArray(firstArg) ? args = firstArg ?? [] : args = restArgs;
        let resultPtr = this.memory.toPointerArray(args).consume((argsArrayPtr) => this.ffi.QTS_Call(this.ctx.value, func.value, thisVal.value, args.length, argsArrayPtr.value)), errorPtr = this.ffi.QTS_ResolveException(this.ctx.value, resultPtr);
        return errorPtr ? (this.ffi.QTS_FreeValuePointer(this.ctx.value, resultPtr), this.fail(this.memory.heapValueHandle(errorPtr))) : this.success(this.memory.heapValueHandle(resultPtr));
      }
      callMethod(thisHandle, key, args = []) {
        return this.getProp(thisHandle, key).consume((func) => this.callFunction(func, thisHandle, args));
      }
      evalCode(code, filename = "eval.js", options) {
        let detectModule = options === void 0 ? 1 : 0, flags = evalOptionsToFlags(options), resultPtr = this.memory.newHeapCharPointer(code).consume((charHandle) => this.ffi.QTS_Eval(this.ctx.value, charHandle.value.ptr, charHandle.value.strlen, filename, detectModule, flags)), errorPtr = this.ffi.QTS_ResolveException(this.ctx.value, resultPtr);
        return errorPtr ? (this.ffi.QTS_FreeValuePointer(this.ctx.value, resultPtr), this.fail(this.memory.heapValueHandle(errorPtr))) : this.success(this.memory.heapValueHandle(resultPtr));
      }
      throw(error) {
        return this.errorToHandle(error).consume((handle) => this.ffi.QTS_Throw(this.ctx.value, handle.value));
      }
      borrowPropertyKey(key) {
        return typeof key == "number" ? this.newNumber(key) : typeof key == "string" ? this.newString(key) : new StaticLifetime(key.value, this.runtime);
      }
      getMemory(rt) {
        if (rt === this.rt.value) return this.memory;
        throw new Error("Private API. Cannot get memory from a different runtime");
      }
      dump(handle) {
        this.runtime.assertOwned(handle);
        let type = this.typeof(handle);
        if (type === "string") return this.getString(handle);
        if (type === "number") return this.getNumber(handle);
        if (type === "bigint") return this.getBigInt(handle);
        if (type === "undefined") return;
        if (type === "symbol") return this.getSymbol(handle);
        let asPromiseState = this.getPromiseState(handle);
        if (asPromiseState.type === "fulfilled" && !asPromiseState.notAPromise) return handle.dispose(), { type: asPromiseState.type, value: asPromiseState.value.consume(this.dump) };
        if (asPromiseState.type === "pending") return handle.dispose(), { type: asPromiseState.type };
        if (asPromiseState.type === "rejected") return handle.dispose(), { type: asPromiseState.type, error: asPromiseState.error.consume(this.dump) };
        let str = this.memory.consumeJSCharPointer(this.ffi.QTS_Dump(this.ctx.value, handle.value));
        try {
          return JSON.parse(str);
        } catch {
          return str;
        }
      }
      unwrapResult(result) {
        if (result.error) {
          let context = "context" in result.error ? result.error.context : this, cause = result.error.consume((error) => this.dump(error));
          if (cause && typeof cause == "object" && typeof cause.message == "string") {
            let { message, name, stack, ...rest } = cause, exception = new QuickJSUnwrapError(cause, context);
            typeof name == "string" && (exception.name = cause.name), exception.message = message;
            let hostStack = exception.stack;
            throw typeof stack == "string" && (exception.stack = \`\${name}: \${message}
\${cause.stack}Host: \${hostStack}\`), Object.assign(exception, rest), exception;
          }
          throw new QuickJSUnwrapError(cause);
        }
        return result.value;
      }
      [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
        return this.alive ? \`\${this.constructor.name} { ctx: \${this.ctx.value} rt: \${this.rt.value} }\` : \`\${this.constructor.name} { disposed }\`;
      }
      getFunction(fn_id) {
        let fn = this.runtime.hostRefs.get(fn_id);
        if (typeof fn != "function") throw new Error(\`Host reference \${fn_id} is not a function\`);
        return fn;
      }
      errorToHandle(error) {
        return error instanceof Lifetime ? error : this.newError(error);
      }
      encodeBinaryJSON(handle) {
        let ptr = this.ffi.QTS_bjson_encode(this.ctx.value, handle.value);
        return this.memory.heapValueHandle(ptr);
      }
      decodeBinaryJSON(handle) {
        let ptr = this.ffi.QTS_bjson_decode(this.ctx.value, handle.value);
        return this.memory.heapValueHandle(ptr);
      }
      success(value) {
        return DisposableResult.success(value);
      }
      fail(error) {
        return DisposableResult.fail(error, (error2) => this.unwrapResult(error2));
      }
    };
    QuickJSRuntime = class extends UsingDisposable {
      constructor(args) {
        super();
        this.scope = new Scope();
        this.contextMap = /* @__PURE__ */ new Map();
        this.hostRefs = new HostRefMap();
        this._debugMode = false;
        this.cToHostCallbacks = { freeHostRef: (rt, host_ref_id) => {
          if (rt !== this.rt.value) throw new Error("Runtime pointer mismatch");
          this.hostRefs.delete(host_ref_id);
        }, shouldInterrupt: (rt) => {
          if (rt !== this.rt.value) throw new Error("QuickJSContext instance received C -> JS interrupt with mismatched rt");
          let fn = this.interruptHandler;
          if (!fn) throw new Error("QuickJSContext had no interrupt handler");
          return fn(this) ? 1 : 0;
        }, loadModuleSource: maybeAsyncFn(this, function* (awaited, rt, ctx, moduleName) {
          let moduleLoader = this.moduleLoader;
          if (!moduleLoader) throw new Error("Runtime has no module loader");
          if (rt !== this.rt.value) throw new Error("Runtime pointer mismatch");
          let context = this.contextMap.get(ctx) ?? this.newContext({ contextPointer: ctx });
          try {
            let result = yield* awaited(moduleLoader(moduleName, context));
            if (typeof result == "object" && "error" in result && result.error) throw this.debugLog("cToHostLoadModule: loader returned error", result.error), result.error;
            let moduleSource = typeof result == "string" ? result : "value" in result ? result.value : result;
            return this.memory.newHeapCharPointer(moduleSource).value.ptr;
          } catch (error) {
            return this.debugLog("cToHostLoadModule: caught error", error), context.throw(error), 0;
          }
        }), normalizeModule: maybeAsyncFn(this, function* (awaited, rt, ctx, baseModuleName, moduleNameRequest) {
          let moduleNormalizer = this.moduleNormalizer;
          if (!moduleNormalizer) throw new Error("Runtime has no module normalizer");
          if (rt !== this.rt.value) throw new Error("Runtime pointer mismatch");
          let context = this.contextMap.get(ctx) ?? this.newContext({ contextPointer: ctx });
          try {
            let result = yield* awaited(moduleNormalizer(baseModuleName, moduleNameRequest, context));
            if (typeof result == "object" && "error" in result && result.error) throw this.debugLog("cToHostNormalizeModule: normalizer returned error", result.error), result.error;
            let name = typeof result == "string" ? result : result.value;
            return context.getMemory(this.rt.value).newHeapCharPointer(name).value.ptr;
          } catch (error) {
            return this.debugLog("normalizeModule: caught error", error), context.throw(error), 0;
          }
        }) };
        args.ownedLifetimes?.forEach((lifetime) => this.scope.manage(lifetime)), this.module = args.module, this.memory = new ModuleMemory(this.module), this.ffi = args.ffi, this.rt = args.rt, this.callbacks = args.callbacks, this.scope.manage(this.rt), this.callbacks.setRuntimeCallbacks(this.rt.value, this.cToHostCallbacks), this.executePendingJobs = this.executePendingJobs.bind(this), QTS_DEBUG && this.setDebugMode(true);
      }
      get alive() {
        return this.scope.alive;
      }
      dispose() {
        return this.scope.dispose();
      }
      newContext(options = {}) {
        let intrinsics = intrinsicsToFlags(options.intrinsics), ctx = new Lifetime(options.contextPointer || this.ffi.QTS_NewContext(this.rt.value, intrinsics), void 0, (ctx_ptr) => {
          this.contextMap.delete(ctx_ptr), this.callbacks.deleteContext(ctx_ptr), this.ffi.QTS_FreeContext(ctx_ptr);
        }), context = new QuickJSContext({ module: this.module, ctx, ffi: this.ffi, rt: this.rt, ownedLifetimes: options.ownedLifetimes, runtime: this, callbacks: this.callbacks });
        return this.contextMap.set(ctx.value, context), context;
      }
      setModuleLoader(moduleLoader, moduleNormalizer) {
        this.moduleLoader = moduleLoader, this.moduleNormalizer = moduleNormalizer, this.ffi.QTS_RuntimeEnableModuleLoader(this.rt.value, this.moduleNormalizer ? 1 : 0);
      }
      removeModuleLoader() {
        this.moduleLoader = void 0, this.ffi.QTS_RuntimeDisableModuleLoader(this.rt.value);
      }
      hasPendingJob() {
        return !!this.ffi.QTS_IsJobPending(this.rt.value);
      }
      setInterruptHandler(cb) {
        let prevInterruptHandler = this.interruptHandler;
        this.interruptHandler = cb, prevInterruptHandler || this.ffi.QTS_RuntimeEnableInterruptHandler(this.rt.value);
      }
      removeInterruptHandler() {
        this.interruptHandler && (this.ffi.QTS_RuntimeDisableInterruptHandler(this.rt.value), this.interruptHandler = void 0);
      }
      executePendingJobs(maxJobsToExecute = -1) {
        let ctxPtrOut = this.memory.newMutablePointerArray(1), valuePtr = this.ffi.QTS_ExecutePendingJob(this.rt.value, maxJobsToExecute ?? -1, ctxPtrOut.value.ptr), ctxPtr = ctxPtrOut.value.typedArray[0];
        if (ctxPtrOut.dispose(), ctxPtr === 0) return this.ffi.QTS_FreeValuePointerRuntime(this.rt.value, valuePtr), DisposableResult.success(0);
        let context = this.contextMap.get(ctxPtr) ?? this.newContext({ contextPointer: ctxPtr }), resultValue = context.getMemory(this.rt.value).heapValueHandle(valuePtr);
        if (context.typeof(resultValue) === "number") {
          let executedJobs = context.getNumber(resultValue);
          return resultValue.dispose(), DisposableResult.success(executedJobs);
        } else {
          let error = Object.assign(resultValue, { context });
          return DisposableResult.fail(error, (error2) => context.unwrapResult(error2));
        }
      }
      setMemoryLimit(limitBytes) {
        if (limitBytes < 0 && limitBytes !== -1) throw new Error("Cannot set memory limit to negative number. To unset, pass -1");
        this.ffi.QTS_RuntimeSetMemoryLimit(this.rt.value, limitBytes);
      }
      computeMemoryUsage() {
        let serviceContextMemory = this.getSystemContext().getMemory(this.rt.value);
        return serviceContextMemory.heapValueHandle(this.ffi.QTS_RuntimeComputeMemoryUsage(this.rt.value, serviceContextMemory.ctx.value));
      }
      dumpMemoryUsage() {
        return this.memory.consumeHeapCharPointer(this.ffi.QTS_RuntimeDumpMemoryUsage(this.rt.value));
      }
      setMaxStackSize(stackSize) {
        if (stackSize < 0) throw new Error("Cannot set memory limit to negative number. To unset, pass 0.");
        this.ffi.QTS_RuntimeSetMaxStackSize(this.rt.value, stackSize);
      }
      assertOwned(handle) {
        if (handle.owner && handle.owner.rt !== this.rt) throw new QuickJSWrongOwner(\`Handle is not owned by this runtime: \${handle.owner.rt.value} != \${this.rt.value}\`);
      }
      setDebugMode(enabled) {
        this._debugMode = enabled, this.ffi.DEBUG && this.rt.alive && this.ffi.QTS_SetDebugLogEnabled(this.rt.value, enabled ? 1 : 0);
      }
      isDebugMode() {
        return this._debugMode;
      }
      debugLog(...msg) {
        this._debugMode && console.log("quickjs-emscripten:", ...msg);
      }
      [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
        return this.alive ? \`\${this.constructor.name} { rt: \${this.rt.value} }\` : \`\${this.constructor.name} { disposed }\`;
      }
      getSystemContext() {
        return this.context || (this.context = this.scope.manage(this.newContext())), this.context;
      }
    };
    QuickJSEmscriptenModuleCallbacks = class {
      constructor(args) {
        this.freeHostRef = args.freeHostRef, this.callFunction = args.callFunction, this.shouldInterrupt = args.shouldInterrupt, this.loadModuleSource = args.loadModuleSource, this.normalizeModule = args.normalizeModule;
      }
    };
    QuickJSModuleCallbacks = class {
      constructor(module) {
        this.contextCallbacks = /* @__PURE__ */ new Map();
        this.runtimeCallbacks = /* @__PURE__ */ new Map();
        this.suspendedCount = 0;
        this.cToHostCallbacks = new QuickJSEmscriptenModuleCallbacks({ freeHostRef: (_asyncify, rt, host_ref_id) => {
          let runtimeCallbacks = this.runtimeCallbacks.get(rt);
          if (!runtimeCallbacks) throw new Error(\`QuickJSRuntime(rt = \${rt}) not found when trying to free HostRef(id = \${host_ref_id})\`);
          runtimeCallbacks.freeHostRef(rt, host_ref_id);
        }, callFunction: (asyncify, ctx, this_ptr, argc, argv, fn_id) => this.handleAsyncify(asyncify, () => {
          try {
            let vm = this.contextCallbacks.get(ctx);
            if (!vm) throw new Error(\`QuickJSContext(ctx = \${ctx}) not found for C function call "\${fn_id}"\`);
            return vm.callFunction(ctx, this_ptr, argc, argv, fn_id);
          } catch (error) {
            return console.error("[C to host error: returning null]", error), 0;
          }
        }), shouldInterrupt: (asyncify, rt) => this.handleAsyncify(asyncify, () => {
          try {
            let vm = this.runtimeCallbacks.get(rt);
            if (!vm) throw new Error(\`QuickJSRuntime(rt = \${rt}) not found for C interrupt\`);
            return vm.shouldInterrupt(rt);
          } catch (error) {
            return console.error("[C to host interrupt: returning error]", error), 1;
          }
        }), loadModuleSource: (asyncify, rt, ctx, moduleName) => this.handleAsyncify(asyncify, () => {
          try {
            let runtimeCallbacks = this.runtimeCallbacks.get(rt);
            if (!runtimeCallbacks) throw new Error(\`QuickJSRuntime(rt = \${rt}) not found for C module loader\`);
            let loadModule = runtimeCallbacks.loadModuleSource;
            if (!loadModule) throw new Error(\`QuickJSRuntime(rt = \${rt}) does not support module loading\`);
            return loadModule(rt, ctx, moduleName);
          } catch (error) {
            return console.error("[C to host module loader error: returning null]", error), 0;
          }
        }), normalizeModule: (asyncify, rt, ctx, moduleBaseName, moduleName) => this.handleAsyncify(asyncify, () => {
          try {
            let runtimeCallbacks = this.runtimeCallbacks.get(rt);
            if (!runtimeCallbacks) throw new Error(\`QuickJSRuntime(rt = \${rt}) not found for C module loader\`);
            let normalizeModule = runtimeCallbacks.normalizeModule;
            if (!normalizeModule) throw new Error(\`QuickJSRuntime(rt = \${rt}) does not support module loading\`);
            return normalizeModule(rt, ctx, moduleBaseName, moduleName);
          } catch (error) {
            return console.error("[C to host module loader error: returning null]", error), 0;
          }
        }) });
        this.module = module, this.module.callbacks = this.cToHostCallbacks;
      }
      setRuntimeCallbacks(rt, callbacks) {
        this.runtimeCallbacks.set(rt, callbacks);
      }
      deleteRuntime(rt) {
        this.runtimeCallbacks.delete(rt);
      }
      setContextCallbacks(ctx, callbacks) {
        this.contextCallbacks.set(ctx, callbacks);
      }
      deleteContext(ctx) {
        this.contextCallbacks.delete(ctx);
      }
      handleAsyncify(asyncify, fn) {
        if (asyncify) return asyncify.handleSleep((done) => {
          try {
            let result = fn();
            if (!(result instanceof Promise)) {
              debugLog("asyncify.handleSleep: not suspending:", result), done(result);
              return;
            }
            if (this.suspended) throw new QuickJSAsyncifyError(\`Already suspended at: \${this.suspended.stack}
Attempted to suspend at:\`);
            this.suspended = new QuickJSAsyncifySuspended(\`(\${this.suspendedCount++})\`), debugLog("asyncify.handleSleep: suspending:", this.suspended), result.then((resolvedResult) => {
              this.suspended = void 0, debugLog("asyncify.handleSleep: resolved:", resolvedResult), done(resolvedResult);
            }, (error) => {
              debugLog("asyncify.handleSleep: rejected:", error), console.error("QuickJS: cannot handle error in suspended function", error), this.suspended = void 0;
            });
          } catch (error) {
            throw debugLog("asyncify.handleSleep: error:", error), this.suspended = void 0, error;
          }
        });
        let value = fn();
        if (value instanceof Promise) throw new Error("Promise return value not supported in non-asyncify context.");
        return value;
      }
    };
    QuickJSWASMModule = class {
      constructor(module, ffi) {
        this.module = module, this.ffi = ffi, this.callbacks = new QuickJSModuleCallbacks(module);
      }
      newRuntime(options = {}) {
        let rt = new Lifetime(this.ffi.QTS_NewRuntime(), void 0, (rt_ptr) => {
          this.ffi.QTS_FreeRuntime(rt_ptr), this.callbacks.deleteRuntime(rt_ptr);
        }), runtime = new QuickJSRuntime({ module: this.module, callbacks: this.callbacks, ffi: this.ffi, rt });
        return applyBaseRuntimeOptions(runtime, options), options.moduleLoader && runtime.setModuleLoader(options.moduleLoader), runtime;
      }
      newContext(options = {}) {
        let runtime = this.newRuntime(), context = runtime.newContext({ ...options, ownedLifetimes: concat(runtime, options.ownedLifetimes) });
        return runtime.context = context, context;
      }
      evalCode(code, options = {}) {
        return Scope.withScope((scope) => {
          let vm = scope.manage(this.newContext());
          applyModuleEvalRuntimeOptions(vm.runtime, options);
          let result = vm.evalCode(code, "eval.js");
          if (options.memoryLimitBytes !== void 0 && vm.runtime.setMemoryLimit(-1), result.error) throw vm.dump(scope.manage(result.error));
          return vm.dump(scope.manage(result.value));
        });
      }
      getWasmMemory() {
        let memory = this.module.quickjsEmscriptenInit?.(() => {
        })?.getWasmMemory?.();
        if (!memory) throw new Error("Variant does not support getting WebAssembly.Memory");
        return memory;
      }
      getFFI() {
        return this.ffi;
      }
    };
  }
});

// node_modules/quickjs-emscripten-core/dist/module-ES6BEMUI.mjs
var module_ES6BEMUI_exports = {};
__export(module_ES6BEMUI_exports, {
  QuickJSModuleCallbacks: () => QuickJSModuleCallbacks,
  QuickJSWASMModule: () => QuickJSWASMModule,
  applyBaseRuntimeOptions: () => applyBaseRuntimeOptions,
  applyModuleEvalRuntimeOptions: () => applyModuleEvalRuntimeOptions
});
var init_module_ES6BEMUI = __esm({
  "node_modules/quickjs-emscripten-core/dist/module-ES6BEMUI.mjs"() {
    init_chunk_V2S4ZYJR();
  }
});

// node_modules/json5/lib/unicode.js
var require_unicode = __commonJS({
  "node_modules/json5/lib/unicode.js"(exports, module) {
    module.exports.Space_Separator = /[\\u1680\\u2000-\\u200A\\u202F\\u205F\\u3000]/;
    module.exports.ID_Start = /[\\xAA\\xB5\\xBA\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\u02C1\\u02C6-\\u02D1\\u02E0-\\u02E4\\u02EC\\u02EE\\u0370-\\u0374\\u0376\\u0377\\u037A-\\u037D\\u037F\\u0386\\u0388-\\u038A\\u038C\\u038E-\\u03A1\\u03A3-\\u03F5\\u03F7-\\u0481\\u048A-\\u052F\\u0531-\\u0556\\u0559\\u0561-\\u0587\\u05D0-\\u05EA\\u05F0-\\u05F2\\u0620-\\u064A\\u066E\\u066F\\u0671-\\u06D3\\u06D5\\u06E5\\u06E6\\u06EE\\u06EF\\u06FA-\\u06FC\\u06FF\\u0710\\u0712-\\u072F\\u074D-\\u07A5\\u07B1\\u07CA-\\u07EA\\u07F4\\u07F5\\u07FA\\u0800-\\u0815\\u081A\\u0824\\u0828\\u0840-\\u0858\\u0860-\\u086A\\u08A0-\\u08B4\\u08B6-\\u08BD\\u0904-\\u0939\\u093D\\u0950\\u0958-\\u0961\\u0971-\\u0980\\u0985-\\u098C\\u098F\\u0990\\u0993-\\u09A8\\u09AA-\\u09B0\\u09B2\\u09B6-\\u09B9\\u09BD\\u09CE\\u09DC\\u09DD\\u09DF-\\u09E1\\u09F0\\u09F1\\u09FC\\u0A05-\\u0A0A\\u0A0F\\u0A10\\u0A13-\\u0A28\\u0A2A-\\u0A30\\u0A32\\u0A33\\u0A35\\u0A36\\u0A38\\u0A39\\u0A59-\\u0A5C\\u0A5E\\u0A72-\\u0A74\\u0A85-\\u0A8D\\u0A8F-\\u0A91\\u0A93-\\u0AA8\\u0AAA-\\u0AB0\\u0AB2\\u0AB3\\u0AB5-\\u0AB9\\u0ABD\\u0AD0\\u0AE0\\u0AE1\\u0AF9\\u0B05-\\u0B0C\\u0B0F\\u0B10\\u0B13-\\u0B28\\u0B2A-\\u0B30\\u0B32\\u0B33\\u0B35-\\u0B39\\u0B3D\\u0B5C\\u0B5D\\u0B5F-\\u0B61\\u0B71\\u0B83\\u0B85-\\u0B8A\\u0B8E-\\u0B90\\u0B92-\\u0B95\\u0B99\\u0B9A\\u0B9C\\u0B9E\\u0B9F\\u0BA3\\u0BA4\\u0BA8-\\u0BAA\\u0BAE-\\u0BB9\\u0BD0\\u0C05-\\u0C0C\\u0C0E-\\u0C10\\u0C12-\\u0C28\\u0C2A-\\u0C39\\u0C3D\\u0C58-\\u0C5A\\u0C60\\u0C61\\u0C80\\u0C85-\\u0C8C\\u0C8E-\\u0C90\\u0C92-\\u0CA8\\u0CAA-\\u0CB3\\u0CB5-\\u0CB9\\u0CBD\\u0CDE\\u0CE0\\u0CE1\\u0CF1\\u0CF2\\u0D05-\\u0D0C\\u0D0E-\\u0D10\\u0D12-\\u0D3A\\u0D3D\\u0D4E\\u0D54-\\u0D56\\u0D5F-\\u0D61\\u0D7A-\\u0D7F\\u0D85-\\u0D96\\u0D9A-\\u0DB1\\u0DB3-\\u0DBB\\u0DBD\\u0DC0-\\u0DC6\\u0E01-\\u0E30\\u0E32\\u0E33\\u0E40-\\u0E46\\u0E81\\u0E82\\u0E84\\u0E87\\u0E88\\u0E8A\\u0E8D\\u0E94-\\u0E97\\u0E99-\\u0E9F\\u0EA1-\\u0EA3\\u0EA5\\u0EA7\\u0EAA\\u0EAB\\u0EAD-\\u0EB0\\u0EB2\\u0EB3\\u0EBD\\u0EC0-\\u0EC4\\u0EC6\\u0EDC-\\u0EDF\\u0F00\\u0F40-\\u0F47\\u0F49-\\u0F6C\\u0F88-\\u0F8C\\u1000-\\u102A\\u103F\\u1050-\\u1055\\u105A-\\u105D\\u1061\\u1065\\u1066\\u106E-\\u1070\\u1075-\\u1081\\u108E\\u10A0-\\u10C5\\u10C7\\u10CD\\u10D0-\\u10FA\\u10FC-\\u1248\\u124A-\\u124D\\u1250-\\u1256\\u1258\\u125A-\\u125D\\u1260-\\u1288\\u128A-\\u128D\\u1290-\\u12B0\\u12B2-\\u12B5\\u12B8-\\u12BE\\u12C0\\u12C2-\\u12C5\\u12C8-\\u12D6\\u12D8-\\u1310\\u1312-\\u1315\\u1318-\\u135A\\u1380-\\u138F\\u13A0-\\u13F5\\u13F8-\\u13FD\\u1401-\\u166C\\u166F-\\u167F\\u1681-\\u169A\\u16A0-\\u16EA\\u16EE-\\u16F8\\u1700-\\u170C\\u170E-\\u1711\\u1720-\\u1731\\u1740-\\u1751\\u1760-\\u176C\\u176E-\\u1770\\u1780-\\u17B3\\u17D7\\u17DC\\u1820-\\u1877\\u1880-\\u1884\\u1887-\\u18A8\\u18AA\\u18B0-\\u18F5\\u1900-\\u191E\\u1950-\\u196D\\u1970-\\u1974\\u1980-\\u19AB\\u19B0-\\u19C9\\u1A00-\\u1A16\\u1A20-\\u1A54\\u1AA7\\u1B05-\\u1B33\\u1B45-\\u1B4B\\u1B83-\\u1BA0\\u1BAE\\u1BAF\\u1BBA-\\u1BE5\\u1C00-\\u1C23\\u1C4D-\\u1C4F\\u1C5A-\\u1C7D\\u1C80-\\u1C88\\u1CE9-\\u1CEC\\u1CEE-\\u1CF1\\u1CF5\\u1CF6\\u1D00-\\u1DBF\\u1E00-\\u1F15\\u1F18-\\u1F1D\\u1F20-\\u1F45\\u1F48-\\u1F4D\\u1F50-\\u1F57\\u1F59\\u1F5B\\u1F5D\\u1F5F-\\u1F7D\\u1F80-\\u1FB4\\u1FB6-\\u1FBC\\u1FBE\\u1FC2-\\u1FC4\\u1FC6-\\u1FCC\\u1FD0-\\u1FD3\\u1FD6-\\u1FDB\\u1FE0-\\u1FEC\\u1FF2-\\u1FF4\\u1FF6-\\u1FFC\\u2071\\u207F\\u2090-\\u209C\\u2102\\u2107\\u210A-\\u2113\\u2115\\u2119-\\u211D\\u2124\\u2126\\u2128\\u212A-\\u212D\\u212F-\\u2139\\u213C-\\u213F\\u2145-\\u2149\\u214E\\u2160-\\u2188\\u2C00-\\u2C2E\\u2C30-\\u2C5E\\u2C60-\\u2CE4\\u2CEB-\\u2CEE\\u2CF2\\u2CF3\\u2D00-\\u2D25\\u2D27\\u2D2D\\u2D30-\\u2D67\\u2D6F\\u2D80-\\u2D96\\u2DA0-\\u2DA6\\u2DA8-\\u2DAE\\u2DB0-\\u2DB6\\u2DB8-\\u2DBE\\u2DC0-\\u2DC6\\u2DC8-\\u2DCE\\u2DD0-\\u2DD6\\u2DD8-\\u2DDE\\u2E2F\\u3005-\\u3007\\u3021-\\u3029\\u3031-\\u3035\\u3038-\\u303C\\u3041-\\u3096\\u309D-\\u309F\\u30A1-\\u30FA\\u30FC-\\u30FF\\u3105-\\u312E\\u3131-\\u318E\\u31A0-\\u31BA\\u31F0-\\u31FF\\u3400-\\u4DB5\\u4E00-\\u9FEA\\uA000-\\uA48C\\uA4D0-\\uA4FD\\uA500-\\uA60C\\uA610-\\uA61F\\uA62A\\uA62B\\uA640-\\uA66E\\uA67F-\\uA69D\\uA6A0-\\uA6EF\\uA717-\\uA71F\\uA722-\\uA788\\uA78B-\\uA7AE\\uA7B0-\\uA7B7\\uA7F7-\\uA801\\uA803-\\uA805\\uA807-\\uA80A\\uA80C-\\uA822\\uA840-\\uA873\\uA882-\\uA8B3\\uA8F2-\\uA8F7\\uA8FB\\uA8FD\\uA90A-\\uA925\\uA930-\\uA946\\uA960-\\uA97C\\uA984-\\uA9B2\\uA9CF\\uA9E0-\\uA9E4\\uA9E6-\\uA9EF\\uA9FA-\\uA9FE\\uAA00-\\uAA28\\uAA40-\\uAA42\\uAA44-\\uAA4B\\uAA60-\\uAA76\\uAA7A\\uAA7E-\\uAAAF\\uAAB1\\uAAB5\\uAAB6\\uAAB9-\\uAABD\\uAAC0\\uAAC2\\uAADB-\\uAADD\\uAAE0-\\uAAEA\\uAAF2-\\uAAF4\\uAB01-\\uAB06\\uAB09-\\uAB0E\\uAB11-\\uAB16\\uAB20-\\uAB26\\uAB28-\\uAB2E\\uAB30-\\uAB5A\\uAB5C-\\uAB65\\uAB70-\\uABE2\\uAC00-\\uD7A3\\uD7B0-\\uD7C6\\uD7CB-\\uD7FB\\uF900-\\uFA6D\\uFA70-\\uFAD9\\uFB00-\\uFB06\\uFB13-\\uFB17\\uFB1D\\uFB1F-\\uFB28\\uFB2A-\\uFB36\\uFB38-\\uFB3C\\uFB3E\\uFB40\\uFB41\\uFB43\\uFB44\\uFB46-\\uFBB1\\uFBD3-\\uFD3D\\uFD50-\\uFD8F\\uFD92-\\uFDC7\\uFDF0-\\uFDFB\\uFE70-\\uFE74\\uFE76-\\uFEFC\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\uFF66-\\uFFBE\\uFFC2-\\uFFC7\\uFFCA-\\uFFCF\\uFFD2-\\uFFD7\\uFFDA-\\uFFDC]|\\uD800[\\uDC00-\\uDC0B\\uDC0D-\\uDC26\\uDC28-\\uDC3A\\uDC3C\\uDC3D\\uDC3F-\\uDC4D\\uDC50-\\uDC5D\\uDC80-\\uDCFA\\uDD40-\\uDD74\\uDE80-\\uDE9C\\uDEA0-\\uDED0\\uDF00-\\uDF1F\\uDF2D-\\uDF4A\\uDF50-\\uDF75\\uDF80-\\uDF9D\\uDFA0-\\uDFC3\\uDFC8-\\uDFCF\\uDFD1-\\uDFD5]|\\uD801[\\uDC00-\\uDC9D\\uDCB0-\\uDCD3\\uDCD8-\\uDCFB\\uDD00-\\uDD27\\uDD30-\\uDD63\\uDE00-\\uDF36\\uDF40-\\uDF55\\uDF60-\\uDF67]|\\uD802[\\uDC00-\\uDC05\\uDC08\\uDC0A-\\uDC35\\uDC37\\uDC38\\uDC3C\\uDC3F-\\uDC55\\uDC60-\\uDC76\\uDC80-\\uDC9E\\uDCE0-\\uDCF2\\uDCF4\\uDCF5\\uDD00-\\uDD15\\uDD20-\\uDD39\\uDD80-\\uDDB7\\uDDBE\\uDDBF\\uDE00\\uDE10-\\uDE13\\uDE15-\\uDE17\\uDE19-\\uDE33\\uDE60-\\uDE7C\\uDE80-\\uDE9C\\uDEC0-\\uDEC7\\uDEC9-\\uDEE4\\uDF00-\\uDF35\\uDF40-\\uDF55\\uDF60-\\uDF72\\uDF80-\\uDF91]|\\uD803[\\uDC00-\\uDC48\\uDC80-\\uDCB2\\uDCC0-\\uDCF2]|\\uD804[\\uDC03-\\uDC37\\uDC83-\\uDCAF\\uDCD0-\\uDCE8\\uDD03-\\uDD26\\uDD50-\\uDD72\\uDD76\\uDD83-\\uDDB2\\uDDC1-\\uDDC4\\uDDDA\\uDDDC\\uDE00-\\uDE11\\uDE13-\\uDE2B\\uDE80-\\uDE86\\uDE88\\uDE8A-\\uDE8D\\uDE8F-\\uDE9D\\uDE9F-\\uDEA8\\uDEB0-\\uDEDE\\uDF05-\\uDF0C\\uDF0F\\uDF10\\uDF13-\\uDF28\\uDF2A-\\uDF30\\uDF32\\uDF33\\uDF35-\\uDF39\\uDF3D\\uDF50\\uDF5D-\\uDF61]|\\uD805[\\uDC00-\\uDC34\\uDC47-\\uDC4A\\uDC80-\\uDCAF\\uDCC4\\uDCC5\\uDCC7\\uDD80-\\uDDAE\\uDDD8-\\uDDDB\\uDE00-\\uDE2F\\uDE44\\uDE80-\\uDEAA\\uDF00-\\uDF19]|\\uD806[\\uDCA0-\\uDCDF\\uDCFF\\uDE00\\uDE0B-\\uDE32\\uDE3A\\uDE50\\uDE5C-\\uDE83\\uDE86-\\uDE89\\uDEC0-\\uDEF8]|\\uD807[\\uDC00-\\uDC08\\uDC0A-\\uDC2E\\uDC40\\uDC72-\\uDC8F\\uDD00-\\uDD06\\uDD08\\uDD09\\uDD0B-\\uDD30\\uDD46]|\\uD808[\\uDC00-\\uDF99]|\\uD809[\\uDC00-\\uDC6E\\uDC80-\\uDD43]|[\\uD80C\\uD81C-\\uD820\\uD840-\\uD868\\uD86A-\\uD86C\\uD86F-\\uD872\\uD874-\\uD879][\\uDC00-\\uDFFF]|\\uD80D[\\uDC00-\\uDC2E]|\\uD811[\\uDC00-\\uDE46]|\\uD81A[\\uDC00-\\uDE38\\uDE40-\\uDE5E\\uDED0-\\uDEED\\uDF00-\\uDF2F\\uDF40-\\uDF43\\uDF63-\\uDF77\\uDF7D-\\uDF8F]|\\uD81B[\\uDF00-\\uDF44\\uDF50\\uDF93-\\uDF9F\\uDFE0\\uDFE1]|\\uD821[\\uDC00-\\uDFEC]|\\uD822[\\uDC00-\\uDEF2]|\\uD82C[\\uDC00-\\uDD1E\\uDD70-\\uDEFB]|\\uD82F[\\uDC00-\\uDC6A\\uDC70-\\uDC7C\\uDC80-\\uDC88\\uDC90-\\uDC99]|\\uD835[\\uDC00-\\uDC54\\uDC56-\\uDC9C\\uDC9E\\uDC9F\\uDCA2\\uDCA5\\uDCA6\\uDCA9-\\uDCAC\\uDCAE-\\uDCB9\\uDCBB\\uDCBD-\\uDCC3\\uDCC5-\\uDD05\\uDD07-\\uDD0A\\uDD0D-\\uDD14\\uDD16-\\uDD1C\\uDD1E-\\uDD39\\uDD3B-\\uDD3E\\uDD40-\\uDD44\\uDD46\\uDD4A-\\uDD50\\uDD52-\\uDEA5\\uDEA8-\\uDEC0\\uDEC2-\\uDEDA\\uDEDC-\\uDEFA\\uDEFC-\\uDF14\\uDF16-\\uDF34\\uDF36-\\uDF4E\\uDF50-\\uDF6E\\uDF70-\\uDF88\\uDF8A-\\uDFA8\\uDFAA-\\uDFC2\\uDFC4-\\uDFCB]|\\uD83A[\\uDC00-\\uDCC4\\uDD00-\\uDD43]|\\uD83B[\\uDE00-\\uDE03\\uDE05-\\uDE1F\\uDE21\\uDE22\\uDE24\\uDE27\\uDE29-\\uDE32\\uDE34-\\uDE37\\uDE39\\uDE3B\\uDE42\\uDE47\\uDE49\\uDE4B\\uDE4D-\\uDE4F\\uDE51\\uDE52\\uDE54\\uDE57\\uDE59\\uDE5B\\uDE5D\\uDE5F\\uDE61\\uDE62\\uDE64\\uDE67-\\uDE6A\\uDE6C-\\uDE72\\uDE74-\\uDE77\\uDE79-\\uDE7C\\uDE7E\\uDE80-\\uDE89\\uDE8B-\\uDE9B\\uDEA1-\\uDEA3\\uDEA5-\\uDEA9\\uDEAB-\\uDEBB]|\\uD869[\\uDC00-\\uDED6\\uDF00-\\uDFFF]|\\uD86D[\\uDC00-\\uDF34\\uDF40-\\uDFFF]|\\uD86E[\\uDC00-\\uDC1D\\uDC20-\\uDFFF]|\\uD873[\\uDC00-\\uDEA1\\uDEB0-\\uDFFF]|\\uD87A[\\uDC00-\\uDFE0]|\\uD87E[\\uDC00-\\uDE1D]/;
    module.exports.ID_Continue = /[\\xAA\\xB5\\xBA\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\u02C1\\u02C6-\\u02D1\\u02E0-\\u02E4\\u02EC\\u02EE\\u0300-\\u0374\\u0376\\u0377\\u037A-\\u037D\\u037F\\u0386\\u0388-\\u038A\\u038C\\u038E-\\u03A1\\u03A3-\\u03F5\\u03F7-\\u0481\\u0483-\\u0487\\u048A-\\u052F\\u0531-\\u0556\\u0559\\u0561-\\u0587\\u0591-\\u05BD\\u05BF\\u05C1\\u05C2\\u05C4\\u05C5\\u05C7\\u05D0-\\u05EA\\u05F0-\\u05F2\\u0610-\\u061A\\u0620-\\u0669\\u066E-\\u06D3\\u06D5-\\u06DC\\u06DF-\\u06E8\\u06EA-\\u06FC\\u06FF\\u0710-\\u074A\\u074D-\\u07B1\\u07C0-\\u07F5\\u07FA\\u0800-\\u082D\\u0840-\\u085B\\u0860-\\u086A\\u08A0-\\u08B4\\u08B6-\\u08BD\\u08D4-\\u08E1\\u08E3-\\u0963\\u0966-\\u096F\\u0971-\\u0983\\u0985-\\u098C\\u098F\\u0990\\u0993-\\u09A8\\u09AA-\\u09B0\\u09B2\\u09B6-\\u09B9\\u09BC-\\u09C4\\u09C7\\u09C8\\u09CB-\\u09CE\\u09D7\\u09DC\\u09DD\\u09DF-\\u09E3\\u09E6-\\u09F1\\u09FC\\u0A01-\\u0A03\\u0A05-\\u0A0A\\u0A0F\\u0A10\\u0A13-\\u0A28\\u0A2A-\\u0A30\\u0A32\\u0A33\\u0A35\\u0A36\\u0A38\\u0A39\\u0A3C\\u0A3E-\\u0A42\\u0A47\\u0A48\\u0A4B-\\u0A4D\\u0A51\\u0A59-\\u0A5C\\u0A5E\\u0A66-\\u0A75\\u0A81-\\u0A83\\u0A85-\\u0A8D\\u0A8F-\\u0A91\\u0A93-\\u0AA8\\u0AAA-\\u0AB0\\u0AB2\\u0AB3\\u0AB5-\\u0AB9\\u0ABC-\\u0AC5\\u0AC7-\\u0AC9\\u0ACB-\\u0ACD\\u0AD0\\u0AE0-\\u0AE3\\u0AE6-\\u0AEF\\u0AF9-\\u0AFF\\u0B01-\\u0B03\\u0B05-\\u0B0C\\u0B0F\\u0B10\\u0B13-\\u0B28\\u0B2A-\\u0B30\\u0B32\\u0B33\\u0B35-\\u0B39\\u0B3C-\\u0B44\\u0B47\\u0B48\\u0B4B-\\u0B4D\\u0B56\\u0B57\\u0B5C\\u0B5D\\u0B5F-\\u0B63\\u0B66-\\u0B6F\\u0B71\\u0B82\\u0B83\\u0B85-\\u0B8A\\u0B8E-\\u0B90\\u0B92-\\u0B95\\u0B99\\u0B9A\\u0B9C\\u0B9E\\u0B9F\\u0BA3\\u0BA4\\u0BA8-\\u0BAA\\u0BAE-\\u0BB9\\u0BBE-\\u0BC2\\u0BC6-\\u0BC8\\u0BCA-\\u0BCD\\u0BD0\\u0BD7\\u0BE6-\\u0BEF\\u0C00-\\u0C03\\u0C05-\\u0C0C\\u0C0E-\\u0C10\\u0C12-\\u0C28\\u0C2A-\\u0C39\\u0C3D-\\u0C44\\u0C46-\\u0C48\\u0C4A-\\u0C4D\\u0C55\\u0C56\\u0C58-\\u0C5A\\u0C60-\\u0C63\\u0C66-\\u0C6F\\u0C80-\\u0C83\\u0C85-\\u0C8C\\u0C8E-\\u0C90\\u0C92-\\u0CA8\\u0CAA-\\u0CB3\\u0CB5-\\u0CB9\\u0CBC-\\u0CC4\\u0CC6-\\u0CC8\\u0CCA-\\u0CCD\\u0CD5\\u0CD6\\u0CDE\\u0CE0-\\u0CE3\\u0CE6-\\u0CEF\\u0CF1\\u0CF2\\u0D00-\\u0D03\\u0D05-\\u0D0C\\u0D0E-\\u0D10\\u0D12-\\u0D44\\u0D46-\\u0D48\\u0D4A-\\u0D4E\\u0D54-\\u0D57\\u0D5F-\\u0D63\\u0D66-\\u0D6F\\u0D7A-\\u0D7F\\u0D82\\u0D83\\u0D85-\\u0D96\\u0D9A-\\u0DB1\\u0DB3-\\u0DBB\\u0DBD\\u0DC0-\\u0DC6\\u0DCA\\u0DCF-\\u0DD4\\u0DD6\\u0DD8-\\u0DDF\\u0DE6-\\u0DEF\\u0DF2\\u0DF3\\u0E01-\\u0E3A\\u0E40-\\u0E4E\\u0E50-\\u0E59\\u0E81\\u0E82\\u0E84\\u0E87\\u0E88\\u0E8A\\u0E8D\\u0E94-\\u0E97\\u0E99-\\u0E9F\\u0EA1-\\u0EA3\\u0EA5\\u0EA7\\u0EAA\\u0EAB\\u0EAD-\\u0EB9\\u0EBB-\\u0EBD\\u0EC0-\\u0EC4\\u0EC6\\u0EC8-\\u0ECD\\u0ED0-\\u0ED9\\u0EDC-\\u0EDF\\u0F00\\u0F18\\u0F19\\u0F20-\\u0F29\\u0F35\\u0F37\\u0F39\\u0F3E-\\u0F47\\u0F49-\\u0F6C\\u0F71-\\u0F84\\u0F86-\\u0F97\\u0F99-\\u0FBC\\u0FC6\\u1000-\\u1049\\u1050-\\u109D\\u10A0-\\u10C5\\u10C7\\u10CD\\u10D0-\\u10FA\\u10FC-\\u1248\\u124A-\\u124D\\u1250-\\u1256\\u1258\\u125A-\\u125D\\u1260-\\u1288\\u128A-\\u128D\\u1290-\\u12B0\\u12B2-\\u12B5\\u12B8-\\u12BE\\u12C0\\u12C2-\\u12C5\\u12C8-\\u12D6\\u12D8-\\u1310\\u1312-\\u1315\\u1318-\\u135A\\u135D-\\u135F\\u1380-\\u138F\\u13A0-\\u13F5\\u13F8-\\u13FD\\u1401-\\u166C\\u166F-\\u167F\\u1681-\\u169A\\u16A0-\\u16EA\\u16EE-\\u16F8\\u1700-\\u170C\\u170E-\\u1714\\u1720-\\u1734\\u1740-\\u1753\\u1760-\\u176C\\u176E-\\u1770\\u1772\\u1773\\u1780-\\u17D3\\u17D7\\u17DC\\u17DD\\u17E0-\\u17E9\\u180B-\\u180D\\u1810-\\u1819\\u1820-\\u1877\\u1880-\\u18AA\\u18B0-\\u18F5\\u1900-\\u191E\\u1920-\\u192B\\u1930-\\u193B\\u1946-\\u196D\\u1970-\\u1974\\u1980-\\u19AB\\u19B0-\\u19C9\\u19D0-\\u19D9\\u1A00-\\u1A1B\\u1A20-\\u1A5E\\u1A60-\\u1A7C\\u1A7F-\\u1A89\\u1A90-\\u1A99\\u1AA7\\u1AB0-\\u1ABD\\u1B00-\\u1B4B\\u1B50-\\u1B59\\u1B6B-\\u1B73\\u1B80-\\u1BF3\\u1C00-\\u1C37\\u1C40-\\u1C49\\u1C4D-\\u1C7D\\u1C80-\\u1C88\\u1CD0-\\u1CD2\\u1CD4-\\u1CF9\\u1D00-\\u1DF9\\u1DFB-\\u1F15\\u1F18-\\u1F1D\\u1F20-\\u1F45\\u1F48-\\u1F4D\\u1F50-\\u1F57\\u1F59\\u1F5B\\u1F5D\\u1F5F-\\u1F7D\\u1F80-\\u1FB4\\u1FB6-\\u1FBC\\u1FBE\\u1FC2-\\u1FC4\\u1FC6-\\u1FCC\\u1FD0-\\u1FD3\\u1FD6-\\u1FDB\\u1FE0-\\u1FEC\\u1FF2-\\u1FF4\\u1FF6-\\u1FFC\\u203F\\u2040\\u2054\\u2071\\u207F\\u2090-\\u209C\\u20D0-\\u20DC\\u20E1\\u20E5-\\u20F0\\u2102\\u2107\\u210A-\\u2113\\u2115\\u2119-\\u211D\\u2124\\u2126\\u2128\\u212A-\\u212D\\u212F-\\u2139\\u213C-\\u213F\\u2145-\\u2149\\u214E\\u2160-\\u2188\\u2C00-\\u2C2E\\u2C30-\\u2C5E\\u2C60-\\u2CE4\\u2CEB-\\u2CF3\\u2D00-\\u2D25\\u2D27\\u2D2D\\u2D30-\\u2D67\\u2D6F\\u2D7F-\\u2D96\\u2DA0-\\u2DA6\\u2DA8-\\u2DAE\\u2DB0-\\u2DB6\\u2DB8-\\u2DBE\\u2DC0-\\u2DC6\\u2DC8-\\u2DCE\\u2DD0-\\u2DD6\\u2DD8-\\u2DDE\\u2DE0-\\u2DFF\\u2E2F\\u3005-\\u3007\\u3021-\\u302F\\u3031-\\u3035\\u3038-\\u303C\\u3041-\\u3096\\u3099\\u309A\\u309D-\\u309F\\u30A1-\\u30FA\\u30FC-\\u30FF\\u3105-\\u312E\\u3131-\\u318E\\u31A0-\\u31BA\\u31F0-\\u31FF\\u3400-\\u4DB5\\u4E00-\\u9FEA\\uA000-\\uA48C\\uA4D0-\\uA4FD\\uA500-\\uA60C\\uA610-\\uA62B\\uA640-\\uA66F\\uA674-\\uA67D\\uA67F-\\uA6F1\\uA717-\\uA71F\\uA722-\\uA788\\uA78B-\\uA7AE\\uA7B0-\\uA7B7\\uA7F7-\\uA827\\uA840-\\uA873\\uA880-\\uA8C5\\uA8D0-\\uA8D9\\uA8E0-\\uA8F7\\uA8FB\\uA8FD\\uA900-\\uA92D\\uA930-\\uA953\\uA960-\\uA97C\\uA980-\\uA9C0\\uA9CF-\\uA9D9\\uA9E0-\\uA9FE\\uAA00-\\uAA36\\uAA40-\\uAA4D\\uAA50-\\uAA59\\uAA60-\\uAA76\\uAA7A-\\uAAC2\\uAADB-\\uAADD\\uAAE0-\\uAAEF\\uAAF2-\\uAAF6\\uAB01-\\uAB06\\uAB09-\\uAB0E\\uAB11-\\uAB16\\uAB20-\\uAB26\\uAB28-\\uAB2E\\uAB30-\\uAB5A\\uAB5C-\\uAB65\\uAB70-\\uABEA\\uABEC\\uABED\\uABF0-\\uABF9\\uAC00-\\uD7A3\\uD7B0-\\uD7C6\\uD7CB-\\uD7FB\\uF900-\\uFA6D\\uFA70-\\uFAD9\\uFB00-\\uFB06\\uFB13-\\uFB17\\uFB1D-\\uFB28\\uFB2A-\\uFB36\\uFB38-\\uFB3C\\uFB3E\\uFB40\\uFB41\\uFB43\\uFB44\\uFB46-\\uFBB1\\uFBD3-\\uFD3D\\uFD50-\\uFD8F\\uFD92-\\uFDC7\\uFDF0-\\uFDFB\\uFE00-\\uFE0F\\uFE20-\\uFE2F\\uFE33\\uFE34\\uFE4D-\\uFE4F\\uFE70-\\uFE74\\uFE76-\\uFEFC\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF3F\\uFF41-\\uFF5A\\uFF66-\\uFFBE\\uFFC2-\\uFFC7\\uFFCA-\\uFFCF\\uFFD2-\\uFFD7\\uFFDA-\\uFFDC]|\\uD800[\\uDC00-\\uDC0B\\uDC0D-\\uDC26\\uDC28-\\uDC3A\\uDC3C\\uDC3D\\uDC3F-\\uDC4D\\uDC50-\\uDC5D\\uDC80-\\uDCFA\\uDD40-\\uDD74\\uDDFD\\uDE80-\\uDE9C\\uDEA0-\\uDED0\\uDEE0\\uDF00-\\uDF1F\\uDF2D-\\uDF4A\\uDF50-\\uDF7A\\uDF80-\\uDF9D\\uDFA0-\\uDFC3\\uDFC8-\\uDFCF\\uDFD1-\\uDFD5]|\\uD801[\\uDC00-\\uDC9D\\uDCA0-\\uDCA9\\uDCB0-\\uDCD3\\uDCD8-\\uDCFB\\uDD00-\\uDD27\\uDD30-\\uDD63\\uDE00-\\uDF36\\uDF40-\\uDF55\\uDF60-\\uDF67]|\\uD802[\\uDC00-\\uDC05\\uDC08\\uDC0A-\\uDC35\\uDC37\\uDC38\\uDC3C\\uDC3F-\\uDC55\\uDC60-\\uDC76\\uDC80-\\uDC9E\\uDCE0-\\uDCF2\\uDCF4\\uDCF5\\uDD00-\\uDD15\\uDD20-\\uDD39\\uDD80-\\uDDB7\\uDDBE\\uDDBF\\uDE00-\\uDE03\\uDE05\\uDE06\\uDE0C-\\uDE13\\uDE15-\\uDE17\\uDE19-\\uDE33\\uDE38-\\uDE3A\\uDE3F\\uDE60-\\uDE7C\\uDE80-\\uDE9C\\uDEC0-\\uDEC7\\uDEC9-\\uDEE6\\uDF00-\\uDF35\\uDF40-\\uDF55\\uDF60-\\uDF72\\uDF80-\\uDF91]|\\uD803[\\uDC00-\\uDC48\\uDC80-\\uDCB2\\uDCC0-\\uDCF2]|\\uD804[\\uDC00-\\uDC46\\uDC66-\\uDC6F\\uDC7F-\\uDCBA\\uDCD0-\\uDCE8\\uDCF0-\\uDCF9\\uDD00-\\uDD34\\uDD36-\\uDD3F\\uDD50-\\uDD73\\uDD76\\uDD80-\\uDDC4\\uDDCA-\\uDDCC\\uDDD0-\\uDDDA\\uDDDC\\uDE00-\\uDE11\\uDE13-\\uDE37\\uDE3E\\uDE80-\\uDE86\\uDE88\\uDE8A-\\uDE8D\\uDE8F-\\uDE9D\\uDE9F-\\uDEA8\\uDEB0-\\uDEEA\\uDEF0-\\uDEF9\\uDF00-\\uDF03\\uDF05-\\uDF0C\\uDF0F\\uDF10\\uDF13-\\uDF28\\uDF2A-\\uDF30\\uDF32\\uDF33\\uDF35-\\uDF39\\uDF3C-\\uDF44\\uDF47\\uDF48\\uDF4B-\\uDF4D\\uDF50\\uDF57\\uDF5D-\\uDF63\\uDF66-\\uDF6C\\uDF70-\\uDF74]|\\uD805[\\uDC00-\\uDC4A\\uDC50-\\uDC59\\uDC80-\\uDCC5\\uDCC7\\uDCD0-\\uDCD9\\uDD80-\\uDDB5\\uDDB8-\\uDDC0\\uDDD8-\\uDDDD\\uDE00-\\uDE40\\uDE44\\uDE50-\\uDE59\\uDE80-\\uDEB7\\uDEC0-\\uDEC9\\uDF00-\\uDF19\\uDF1D-\\uDF2B\\uDF30-\\uDF39]|\\uD806[\\uDCA0-\\uDCE9\\uDCFF\\uDE00-\\uDE3E\\uDE47\\uDE50-\\uDE83\\uDE86-\\uDE99\\uDEC0-\\uDEF8]|\\uD807[\\uDC00-\\uDC08\\uDC0A-\\uDC36\\uDC38-\\uDC40\\uDC50-\\uDC59\\uDC72-\\uDC8F\\uDC92-\\uDCA7\\uDCA9-\\uDCB6\\uDD00-\\uDD06\\uDD08\\uDD09\\uDD0B-\\uDD36\\uDD3A\\uDD3C\\uDD3D\\uDD3F-\\uDD47\\uDD50-\\uDD59]|\\uD808[\\uDC00-\\uDF99]|\\uD809[\\uDC00-\\uDC6E\\uDC80-\\uDD43]|[\\uD80C\\uD81C-\\uD820\\uD840-\\uD868\\uD86A-\\uD86C\\uD86F-\\uD872\\uD874-\\uD879][\\uDC00-\\uDFFF]|\\uD80D[\\uDC00-\\uDC2E]|\\uD811[\\uDC00-\\uDE46]|\\uD81A[\\uDC00-\\uDE38\\uDE40-\\uDE5E\\uDE60-\\uDE69\\uDED0-\\uDEED\\uDEF0-\\uDEF4\\uDF00-\\uDF36\\uDF40-\\uDF43\\uDF50-\\uDF59\\uDF63-\\uDF77\\uDF7D-\\uDF8F]|\\uD81B[\\uDF00-\\uDF44\\uDF50-\\uDF7E\\uDF8F-\\uDF9F\\uDFE0\\uDFE1]|\\uD821[\\uDC00-\\uDFEC]|\\uD822[\\uDC00-\\uDEF2]|\\uD82C[\\uDC00-\\uDD1E\\uDD70-\\uDEFB]|\\uD82F[\\uDC00-\\uDC6A\\uDC70-\\uDC7C\\uDC80-\\uDC88\\uDC90-\\uDC99\\uDC9D\\uDC9E]|\\uD834[\\uDD65-\\uDD69\\uDD6D-\\uDD72\\uDD7B-\\uDD82\\uDD85-\\uDD8B\\uDDAA-\\uDDAD\\uDE42-\\uDE44]|\\uD835[\\uDC00-\\uDC54\\uDC56-\\uDC9C\\uDC9E\\uDC9F\\uDCA2\\uDCA5\\uDCA6\\uDCA9-\\uDCAC\\uDCAE-\\uDCB9\\uDCBB\\uDCBD-\\uDCC3\\uDCC5-\\uDD05\\uDD07-\\uDD0A\\uDD0D-\\uDD14\\uDD16-\\uDD1C\\uDD1E-\\uDD39\\uDD3B-\\uDD3E\\uDD40-\\uDD44\\uDD46\\uDD4A-\\uDD50\\uDD52-\\uDEA5\\uDEA8-\\uDEC0\\uDEC2-\\uDEDA\\uDEDC-\\uDEFA\\uDEFC-\\uDF14\\uDF16-\\uDF34\\uDF36-\\uDF4E\\uDF50-\\uDF6E\\uDF70-\\uDF88\\uDF8A-\\uDFA8\\uDFAA-\\uDFC2\\uDFC4-\\uDFCB\\uDFCE-\\uDFFF]|\\uD836[\\uDE00-\\uDE36\\uDE3B-\\uDE6C\\uDE75\\uDE84\\uDE9B-\\uDE9F\\uDEA1-\\uDEAF]|\\uD838[\\uDC00-\\uDC06\\uDC08-\\uDC18\\uDC1B-\\uDC21\\uDC23\\uDC24\\uDC26-\\uDC2A]|\\uD83A[\\uDC00-\\uDCC4\\uDCD0-\\uDCD6\\uDD00-\\uDD4A\\uDD50-\\uDD59]|\\uD83B[\\uDE00-\\uDE03\\uDE05-\\uDE1F\\uDE21\\uDE22\\uDE24\\uDE27\\uDE29-\\uDE32\\uDE34-\\uDE37\\uDE39\\uDE3B\\uDE42\\uDE47\\uDE49\\uDE4B\\uDE4D-\\uDE4F\\uDE51\\uDE52\\uDE54\\uDE57\\uDE59\\uDE5B\\uDE5D\\uDE5F\\uDE61\\uDE62\\uDE64\\uDE67-\\uDE6A\\uDE6C-\\uDE72\\uDE74-\\uDE77\\uDE79-\\uDE7C\\uDE7E\\uDE80-\\uDE89\\uDE8B-\\uDE9B\\uDEA1-\\uDEA3\\uDEA5-\\uDEA9\\uDEAB-\\uDEBB]|\\uD869[\\uDC00-\\uDED6\\uDF00-\\uDFFF]|\\uD86D[\\uDC00-\\uDF34\\uDF40-\\uDFFF]|\\uD86E[\\uDC00-\\uDC1D\\uDC20-\\uDFFF]|\\uD873[\\uDC00-\\uDEA1\\uDEB0-\\uDFFF]|\\uD87A[\\uDC00-\\uDFE0]|\\uD87E[\\uDC00-\\uDE1D]|\\uDB40[\\uDD00-\\uDDEF]/;
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
        return typeof c === "string" && (c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c >= "0" && c <= "9" || c === "$" || c === "_" || c === "\\u200C" || c === "\\u200D" || unicode.ID_Continue.test(c));
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
      if (c2 === "\\n") {
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
          case "\\v":
          case "\\f":
          case " ":
          case "\\xA0":
          case "\\uFEFF":
          case "\\n":
          case "\\r":
          case "\\u2028":
          case "\\u2029":
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
          case "\\n":
          case "\\r":
          case "\\u2028":
          case "\\u2029":
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
          case "\\u200C":
          case "\\u200D":
            buffer += read();
            return;
          case "\\\\":
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
          case "\\u200C":
          case "\\u200D":
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
          case "\\\\":
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
          case "\\n":
          case "\\r":
            throw invalidChar(read());
          case "\\u2028":
          case "\\u2029":
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
          case "\\\\":
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
          return "\\b";
        case "f":
          read();
          return "\\f";
        case "n":
          read();
          return "\\n";
        case "r":
          read();
          return "\\r";
        case "t":
          read();
          return "	";
        case "v":
          read();
          return "\\v";
        case "0":
          read();
          if (util.isDigit(peek())) {
            throw invalidChar(read());
          }
          return "\\0";
        case "x":
          read();
          return hexEscape();
        case "u":
          read();
          return unicodeEscape();
        case "\\n":
        case "\\u2028":
        case "\\u2029":
          read();
          return "";
        case "\\r":
          read();
          if (peek() === "\\n") {
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
        return syntaxError(\`JSON5: invalid end of input at \${line}:\${column}\`);
      }
      return syntaxError(\`JSON5: invalid character '\${formatChar(c2)}' at \${line}:\${column}\`);
    }
    function invalidEOF() {
      return syntaxError(\`JSON5: invalid end of input at \${line}:\${column}\`);
    }
    function invalidIdentifier() {
      column -= 5;
      return syntaxError(\`JSON5: invalid identifier character at \${line}:\${column}\`);
    }
    function separatorChar(c2) {
      console.warn(\`JSON5: '\${formatChar(c2)}' in strings is not valid ECMAScript; consider escaping\`);
    }
    function formatChar(c2) {
      const replacements = {
        "'": "\\\\'",
        '"': '\\\\"',
        "\\\\": "\\\\\\\\",
        "\\b": "\\\\b",
        "\\f": "\\\\f",
        "\\n": "\\\\n",
        "\\r": "\\\\r",
        "	": "\\\\t",
        "\\v": "\\\\v",
        "\\0": "\\\\0",
        "\\u2028": "\\\\u2028",
        "\\u2029": "\\\\u2029"
      };
      if (replacements[c2]) {
        return replacements[c2];
      }
      if (c2 < " ") {
        const hexString = c2.charCodeAt(0).toString(16);
        return "\\\\x" + ("00" + hexString).substring(hexString.length);
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
          "'": "\\\\'",
          '"': '\\\\"',
          "\\\\": "\\\\\\\\",
          "\\b": "\\\\b",
          "\\f": "\\\\f",
          "\\n": "\\\\n",
          "\\r": "\\\\r",
          "	": "\\\\t",
          "\\v": "\\\\v",
          "\\0": "\\\\0",
          "\\u2028": "\\\\u2028",
          "\\u2029": "\\\\u2029"
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
            case "\\0":
              if (util.isDigit(value2[i + 1])) {
                product += "\\\\x00";
                continue;
              }
          }
          if (replacements[c]) {
            product += replacements[c];
            continue;
          }
          if (c < " ") {
            let hexString = c.charCodeAt(0).toString(16);
            product += "\\\\x" + ("00" + hexString).substring(hexString.length);
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
            let separator = ",\\n" + indent;
            properties = partial.join(separator);
            final = "{\\n" + indent + properties + ",\\n" + stepback + "}";
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
            let separator = ",\\n" + indent;
            let properties = partial.join(separator);
            final = "[\\n" + indent + properties + ",\\n" + stepback + "]";
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

// src/formats/dnscontrol/sandbox-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// node_modules/@jitl/quickjs-wasmfile-release-sync/dist/index.mjs
var variant = { type: "sync", importFFI: () => Promise.resolve().then(() => (init_ffi(), ffi_exports)).then((mod) => mod.QuickJSFFI), importModuleLoader: () => Promise.resolve().then(() => (init_emscripten_module(), emscripten_module_exports)).then((mod) => mod.default) };
var src_default = variant;

// node_modules/quickjs-emscripten-core/dist/index.mjs
init_chunk_V2S4ZYJR();
init_dist();
async function newQuickJSWASMModuleFromVariant(variantOrPromise) {
  let variant3 = smartUnwrap(await variantOrPromise), [wasmModuleLoader, QuickJSFFI2, { QuickJSWASMModule: QuickJSWASMModule2 }] = await Promise.all([variant3.importModuleLoader().then(smartUnwrap), variant3.importFFI(), Promise.resolve().then(() => (init_module_ES6BEMUI(), module_ES6BEMUI_exports)).then(smartUnwrap)]), wasmModule = await wasmModuleLoader();
  wasmModule.type = "sync";
  let ffi = new QuickJSFFI2(wasmModule);
  return new QuickJSWASMModule2(wasmModule, ffi);
}
function smartUnwrap(val) {
  return val && "default" in val && val.default ? val.default && "default" in val.default && val.default.default ? val.default.default : val.default : val;
}
function newVariant(baseVariant, options) {
  return { ...baseVariant, async importModuleLoader() {
    let moduleLoader = smartUnwrap(await baseVariant.importModuleLoader());
    return async function() {
      let moduleLoaderArg = options.emscriptenModule ? { ...options.emscriptenModule } : {}, log = options.log ?? ((...args) => debugLog("newVariant moduleLoader:", ...args)), tapValue = (message, val) => (log(...message, val), val), force = (val) => typeof val == "function" ? val() : val;
      (options.wasmLocation || options.wasmSourceMapLocation || options.locateFile) && (moduleLoaderArg.locateFile = (fileName, relativeTo) => {
        let args = { fileName, relativeTo };
        if (fileName.endsWith(".wasm") && options.wasmLocation !== void 0) return tapValue(["locateFile .wasm: provide wasmLocation", args], options.wasmLocation);
        if (fileName.endsWith(".map")) {
          if (options.wasmSourceMapLocation !== void 0) return tapValue(["locateFile .map: provide wasmSourceMapLocation", args], options.wasmSourceMapLocation);
          if (options.wasmLocation && !options.locateFile) return tapValue(["locateFile .map: infer from wasmLocation", args], options.wasmLocation + ".map");
        }
        return options.locateFile ? tapValue(["locateFile: use provided fn", args], options.locateFile(fileName, relativeTo)) : tapValue(["locateFile: unhandled, passthrough", args], fileName);
      }), options.wasmBinary && (moduleLoaderArg.wasmBinary = await force(options.wasmBinary)), options.wasmMemory && (moduleLoaderArg.wasmMemory = await force(options.wasmMemory));
      let optionsWasmModule = options.wasmModule, modulePromise;
      optionsWasmModule && (moduleLoaderArg.instantiateWasm = async (imports, onSuccess) => {
        modulePromise ?? (modulePromise = Promise.resolve(force(optionsWasmModule)));
        let wasmModule = await modulePromise;
        if (!wasmModule) throw new QuickJSEmscriptenModuleError(\`options.wasmModule returned \${String(wasmModule)}\`);
        let instance = await WebAssembly.instantiate(wasmModule, imports);
        return onSuccess(instance), instance.exports;
      }), moduleLoaderArg.monitorRunDependencies = (left) => {
        log("monitorRunDependencies:", left);
      }, moduleLoaderArg.quickjsEmscriptenInit = () => newMockExtensions(log);
      let resultPromise = moduleLoader(moduleLoaderArg), extensions = moduleLoaderArg.quickjsEmscriptenInit?.(log);
      if (optionsWasmModule && extensions?.receiveWasmOffsetConverter && !extensions.existingWasmOffsetConverter) {
        let wasmBinary = await force(options.wasmBinary) ?? new ArrayBuffer(0);
        modulePromise ?? (modulePromise = Promise.resolve(force(optionsWasmModule)));
        let wasmModule = await modulePromise;
        if (!wasmModule) throw new QuickJSEmscriptenModuleError(\`options.wasmModule returned \${String(wasmModule)}\`);
        extensions.receiveWasmOffsetConverter(wasmBinary, wasmModule);
      }
      if (extensions?.receiveSourceMapJSON) {
        let loadedSourceMapData = await force(options.wasmSourceMapData);
        typeof loadedSourceMapData == "string" ? extensions.receiveSourceMapJSON(JSON.parse(loadedSourceMapData)) : loadedSourceMapData ? extensions.receiveSourceMapJSON(loadedSourceMapData) : extensions.receiveSourceMapJSON({ version: 3, names: [], sources: [], mappings: "" });
      }
      return resultPromise;
    };
  } };
}
function newMockExtensions(log) {
  let mockMessage = "mock called, emscripten module may not be initialized yet";
  return { mock: true, removeRunDependency(name) {
    log(\`\${mockMessage}: removeRunDependency called:\`, name);
  }, receiveSourceMapJSON(data) {
    log(\`\${mockMessage}: receiveSourceMapJSON called:\`, data);
  }, WasmOffsetConverter: void 0, receiveWasmOffsetConverter(bytes, mod) {
    log(\`\${mockMessage}: receiveWasmOffsetConverter called:\`, bytes, mod);
  } };
}

// src/formats/dnscontrol/host-bridge.ts
var import_json5 = __toESM(require_lib(), 1);
import { createHash } from "node:crypto";
import { posix as posix2 } from "node:path";

// src/sources/repo-path.ts
import { isAbsolute, posix, relative, sep } from "node:path";
var CONTROL = new RegExp("\\\\p{Cc}", "u");
var DRIVE = /^[a-zA-Z]:/;
function resolveRepoPath(spec, fromDir = "") {
  if (CONTROL.test(spec)) {
    const what = spec.includes("\\0") ? "a NUL byte" : "a control character";
    return refuse("control-character", \`path "\${showControls(spec)}" contains \${what}\`);
  }
  const p = spec.replaceAll("\\\\", "/");
  const normal = posix.normalize(posix.join(fromDir || ".", p));
  if (readsAsAbsolute(p) || readsAsAbsolute(normal))
    return refuse(
      "absolute",
      \`absolute path "\${spec}" refused: paths must stay inside the repository\`
    );
  if (leavesRoot(normal)) return refuse("leaves", \`path "\${spec}" leaves the repository\`);
  const path = normal.replace(/\\/$/, "");
  return { ok: true, path: path === "." ? "" : path };
}
function readsAsAbsolute(path) {
  return path.startsWith("/") || DRIVE.test(path) || path.startsWith("~");
}
function leavesRoot(normal) {
  return normal === ".." || normal.startsWith("../");
}
function refuse(problem, message) {
  return { ok: false, problem, message };
}
function showControls(text) {
  return text.replace(
    new RegExp("\\\\p{Cc}", "gu"),
    (c) => c === "\\0" ? "\\\\0" : \`\\\\x\${c.charCodeAt(0).toString(16).padStart(2, "0")}\`
  );
}

// src/formats/dnscontrol/host-bridge.ts
var BridgeError = class extends Error {
  name = "Error";
};
var MAX_REQUIRE_DEPTH = 64;
var CREDENTIAL_FILE = /^creds\\.json5?$/i;
function holdsCredentials(path) {
  return CREDENTIAL_FILE.test(posix2.basename(path));
}
var MAX_LOG_BYTES = 1 << 20;
var HASHES = { sha1: "sha1", sha256: "sha256", sha512: "sha512" };
function repoPath(spec, fromDir) {
  const checked = resolveRepoPath(spec, fromDir);
  if (!checked.ok) throw new BridgeError(checked.message);
  return checked.path;
}
function createHostBridge(files, mainFile, baseDir) {
  const stack = [mainFile];
  const logLines = [];
  const filesRead = /* @__PURE__ */ new Set([mainFile]);
  let logBytes = 0;
  const currentDir = () => posix2.dirname(stack[stack.length - 1]).replace(/^\\.$/, "");
  return {
    logLines,
    filesRead,
    load(spec) {
      const from = spec.startsWith(".") ? currentDir() : baseDir;
      const path = repoPath(spec, from);
      const reached = files.targets?.get(path) ?? path;
      if (holdsCredentials(path) || holdsCredentials(reached))
        throw new BridgeError(
          \`require("\${spec}"): \${reached === path ? path : \`\${path} leads to \${reached}, which\`} holds credentials and cannot be read by the config\`
        );
      const text = files.texts.get(path);
      if (text === void 0) {
        const known = files.listing.includes(path);
        throw new BridgeError(
          known ? \`require("\${spec}"): \${path} cannot be loaded (only .js, .json and .json5 files inside the repository)\` : \`require("\${spec}"): no file \${path || "."} in the repository\`
        );
      }
      filesRead.add(path);
      if (/\\.json5?$/i.test(path)) {
        try {
          return { kind: "json", text: JSON.stringify(import_json5.default.parse(text)) };
        } catch (e) {
          const line = e.lineNumber;
          throw new BridgeError(
            \`require("\${spec}"): \${path}\${line ? \`:\${line}\` : ""}: \${e.message}\`
          );
        }
      }
      if (stack.length > MAX_REQUIRE_DEPTH)
        throw new BridgeError(
          \`require("\${spec}"): files require each other more than \${MAX_REQUIRE_DEPTH} deep\`
        );
      return { kind: "js", path, code: text };
    },
    within(path, fn) {
      stack.push(path);
      try {
        return fn();
      } finally {
        stack.pop();
      }
    },
    currentFile: () => stack[stack.length - 1],
    glob(dir, recursive, ext) {
      const root = repoPath(dir, currentDir());
      const prefix = root === "" ? "" : \`\${root}/\`;
      const want = ext === "*" ? "" : ext.startsWith(".") ? ext : \`.\${ext}\`;
      const here = currentDir();
      const out = files.listing.filter((f) => f.startsWith(prefix)).filter((f) => recursive || !f.slice(prefix.length).includes("/")).filter((f) => want === "" || f.endsWith(want)).sort().map((f) => {
        const rel = posix2.relative(here || ".", f);
        return rel.startsWith("../") ? rel : \`./\${rel}\`;
      });
      return JSON.stringify(out);
    },
    hash(alg, value) {
      const algorithm = HASHES[alg.toLowerCase()];
      if (!algorithm)
        throw new BridgeError(\`HASH: unknown algorithm "\${alg}" (use SHA1, SHA256 or SHA512)\`);
      return createHash(algorithm).update(value, "utf8").digest("hex");
    },
    log(text) {
      if (logBytes >= MAX_LOG_BYTES) return;
      const line = text.length > 1e4 ? \`\${text.slice(0, 1e4)}\\u2026 (cut)\` : text;
      logBytes += line.length;
      logLines.push(logBytes >= MAX_LOG_BYTES ? \`\${line}
(console output cut at 1 MiB)\` : line);
    }
  };
}

// src/formats/dnscontrol/sandbox-prelude.js
var sandbox_prelude_default = \`/*
 * DNSControl's configuration language, our own implementation, evaluated inside the sandbox
 * before \\\`dnsconfig.js\\\`. It builds the same raw configuration DNSControl's JavaScript side builds
 * (registrars, providers, domains with records); the Go-side normalisation DNSControl does
 * afterwards lives in \\\`normalize.ts\\\` on the host.
 *
 * This file is not a module: the build and the tests import its text (see \\\`prelude.ts\\\`), and the
 * sandbox evaluates that text as a script named \\\`zoneguard-prelude.js\\\`. Host functions arrive in
 * one object, \\\`__zg_host\\\`, which the prelude captures and removes from the global scope:
 * \\\`load(spec)\\\` (require), \\\`glob(dir, recursive, ext)\\\`, \\\`hash(alg, text)\\\`, \\\`log(text)\\\` and
 * \\\`file()\\\` (the file being evaluated). The script's completion value is the function that
 * serialises the result, so a config that reassigns globals cannot replace it. Plain JavaScript
 * without host APIs, so the same text also runs under Node's \\\`vm\\\` (bench).
 */
((global) => {
  // biome-ignore lint/suspicious/noRedundantUseStrict: evaluated as a script, where this makes it strict
  'use strict';
  const host = global.__zg_host;
  delete global.__zg_host;
  const stringify = JSON.stringify;
  const parseJSON = JSON.parse;
  const isArray = Array.isArray;
  const PRELUDE_FILE = 'zoneguard-prelude.js';

  const conf = { registrars: [], dns_providers: [], domains: [] };
  const domainNames = [];
  let defaultArgs = [];

  // ---------------------------------------------------------------- helpers
  function isString(x) {
    return typeof x === 'string';
  }
  function isNumber(x) {
    return typeof x === 'number' && !Number.isNaN(x);
  }
  function isFunction(x) {
    return typeof x === 'function';
  }
  function isObject(x) {
    return x !== null && (typeof x === 'object' || typeof x === 'function');
  }
  function isPlainObject(x) {
    return x !== null && typeof x === 'object' && !isArray(x);
  }
  function extend(target, src) {
    for (const k in src) if (Object.hasOwn(src, k)) target[k] = src[k];
    return target;
  }
  function fail(message) {
    throw new Error(message);
  }

  // Where a record comes from: the innermost frame of config code that runs at the top level of
  // its file (QuickJS names it "<eval>", V8 prints no function name), i.e. the statement of
  // dnsconfig.js or a required file whose call led here. A record built by a helper function
  // points at the line that called the helper, where its data is usually written; a record built
  // straight in a file's top level points at its own call. Falls back to the innermost frame.
  // Both engines find a frame's line by scanning the function's line table from its start, so
  // thousands of records written straight into one function cost time quadratic in its length.
  // The scan cost grows with the line number, so the line numbers handed out are summed against
  // a budget; past it, records take the position of their D() or D_EXTEND() call instead
  // (counted and reported as a warning).
  const STACK_FRAME = /^\\\\s*at (?:(.*?) \\\\()?(.*?):(\\\\d+)(?::(\\\\d+))?\\\\)?\\\\s*$/;
  const POSITION_BUDGET = 20000000;
  function positionBudget() {
    return { cost: 0, skipped: 0 };
  }
  const recordPositions = positionBudget();
  // D() and D_EXTEND() calls have a budget of their own, so records past theirs still find their
  // call: a config of a thousand D_EXTEND() calls in one file would otherwise spend on the calls'
  // lines what it spends on its records'.
  const callPositions = positionBudget();
  function callerPos(budget, always) {
    if (!always && budget.cost > POSITION_BUDGET) {
      budget.skipped++;
      return undefined;
    }
    const stack = String(new Error().stack || '').split('\\\\n');
    let found;
    for (let i = 0; i < stack.length; i++) {
      const m = STACK_FRAME.exec(stack[i]);
      if (!m || m[2] === PRELUDE_FILE || m[2] === 'native') continue;
      if (!found) found = m;
      if (m[1] === undefined || m[1] === '<eval>') {
        found = m;
        break;
      }
    }
    if (!found) return undefined;
    budget.cost += +found[3];
    return found[2] + ':' + found[3] + ':' + (found[4] || '1');
  }
  // The position of a D() or D_EXTEND() call; past the calls' budget, only its file, which the
  // host knows without a stack: evaluation is synchronous, so the innermost top-level frame
  // (the one callerPos picks) belongs to the file whose evaluation began last and has not ended,
  // the top of the host's stack of files being required. That file still sends a finding and
  // its rollback to the right file. A file-only position is the bare path, so a path that itself
  // ends like a line number (\\\`x:12\\\`) pays for its exact position instead of being misread.
  function callPos() {
    if (callPositions.cost > POSITION_BUDGET) {
      const file = host.file();
      if (!/:\\\\d+$/.test(file)) {
        callPositions.skipped++;
        return file;
      }
    }
    return callerPos(callPositions, true);
  }

  // ---------------------------------------------------------------- durations, IPs
  const UNITS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800, n: 2592000, y: 31536000 };
  function toDuration(v) {
    if (isNumber(v)) return v;
    const m = /^(\\\\d+)([smhdwny]?)$/.exec(String(v));
    if (!m) fail(v + ' is not a valid duration string');
    return parseInt(m[1], 10) * UNITS[m[2] || 's'];
  }

  function IP(dotted) {
    const p = String(dotted).split('.');
    if (p.length !== 4) fail('IP("' + dotted + '") is not an IPv4 address');
    let n = 0;
    for (let i = 0; i < 4; i++) {
      const o = +p[i];
      if (!(o >= 0 && o <= 255) || p[i] === '') fail('IP("' + dotted + '") is not an IPv4 address');
      n = n * 256 + o;
    }
    return n;
  }
  function num2dot(num) {
    if (num === undefined) return '';
    if (isString(num)) return num;
    const parts = [];
    for (let i = 0; i < 4; i++) {
      parts.unshift(num % 256);
      num = Math.floor(num / 256);
    }
    return parts.join('.');
  }
  function formatTransformTable(table) {
    const rows = [];
    for (let i = 0; i < table.length; i++) {
      const t = table[i];
      const list = (v) => (v ? (isArray(v) ? v.map(num2dot).join(',') : num2dot(v)) : v);
      rows.push([num2dot(t.low), num2dot(t.high), list(t.newBase), list(t.newIP)].join(' ~ '));
    }
    return rows.join(' ; ');
  }

  // REV("1.2.3.0/24") -> "3.2.1.in-addr.arpa" (no trailing dot, as DNSControl returns it).
  let revMode = 'rfc2317';
  function REVCOMPAT(mode) {
    if (mode !== 'rfc2317' && mode !== 'rfc4183')
      fail('REVCOMPAT("' + mode + '"): expected "rfc2317" or "rfc4183"');
    revMode = mode;
    return '';
  }
  function expandIPv6(text) {
    const halves = text.split('::');
    if (halves.length > 2) return undefined;
    const head = halves[0] ? halves[0].split(':') : [];
    const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
    if (tail.length && tail[tail.length - 1].indexOf('.') >= 0) {
      const v4 = tail.pop().split('.');
      tail.push(((+v4[0] << 8) | +v4[1]).toString(16), ((+v4[2] << 8) | +v4[3]).toString(16));
    }
    const missing = 8 - head.length - tail.length;
    if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
    const groups = head.concat(new Array(halves.length === 2 ? missing : 0).fill('0'), tail);
    let nibbles = '';
    for (let i = 0; i < groups.length; i++) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(groups[i])) return undefined;
      nibbles += ('0000' + groups[i].toLowerCase()).slice(-4);
    }
    return nibbles;
  }
  function REV(cidr) {
    const text = String(cidr);
    const slash = text.indexOf('/');
    const addr = slash < 0 ? text : text.slice(0, slash);
    let bits = slash < 0 ? undefined : Number(text.slice(slash + 1));
    if (addr.indexOf(':') >= 0) {
      const nib = expandIPv6(addr);
      if (!nib) fail('REV("' + text + '"): not an IP address');
      if (bits === undefined) bits = 128;
      if (!(bits >= 0 && bits <= 128) || bits % 4 !== 0)
        fail('REV("' + text + '"): IPv6 mask must be a multiple of 4');
      const keep = nib.slice(0, bits / 4);
      if (/[^0]/.test(nib.slice(bits / 4))) fail('REV("' + text + '"): host bits are set');
      return keep.split('').reverse().concat(['ip6', 'arpa']).join('.');
    }
    const oct = addr.split('.');
    if (oct.length !== 4 || oct.some((o) => !/^\\\\d{1,3}$/.test(o) || +o > 255))
      fail('REV("' + text + '"): not an IP address');
    if (bits === undefined) bits = 32;
    if (!(bits >= 0 && bits <= 32) || Math.floor(bits) !== bits)
      fail('REV("' + text + '"): bad mask');
    const value = IP(addr);
    const hostBits = bits === 32 ? 0 : value % 2 ** (32 - bits);
    if (hostBits !== 0) fail('REV("' + text + '"): host bits are set');
    if (bits % 8 === 0)
      return oct
        .slice(0, bits / 8)
        .reverse()
        .concat(['in-addr', 'arpa'])
        .join('.');
    if (bits > 24) {
      const first = +oct[3];
      const label = revMode === 'rfc4183' ? first + '-' + bits : first + '/' + bits;
      return [label, oct[2], oct[1], oct[0], 'in-addr', 'arpa'].join('.');
    }
    fail('REV("' + text + '"): IPv4 mask must be a multiple of 8 or between 25 and 32');
  }

  // ---------------------------------------------------------------- providers, domains
  function providerArgs(kind, name, type, meta) {
    if (!isString(name)) fail(kind + ': the name must be a string');
    if (isPlainObject(type)) {
      meta = type;
      type = undefined;
    }
    const entry = { name: name, type: type === undefined ? '-' : String(type) };
    if (meta !== undefined) entry.meta = meta;
    return entry;
  }
  function NewRegistrar(name, type, meta) {
    conf.registrars.push(providerArgs('NewRegistrar', name, type, meta));
    return name;
  }
  function NewDnsProvider(name, type, meta) {
    const entry = providerArgs('NewDnsProvider', name, type, meta);
    if (entry.meta && entry.meta.ip_conversions)
      entry.meta.ip_conversions = formatTransformTable(entry.meta.ip_conversions);
    conf.dns_providers.push(entry);
    return name;
  }
  function DnsProvider(name, nsCount) {
    return (d) => {
      d.dnsProviders[name] = nsCount === undefined ? -1 : nsCount;
    };
  }

  function newDomain(name, registrar, pos) {
    return {
      name: name,
      subdomain: '',
      registrar: registrar,
      meta: {},
      records: [],
      rawrecords: [],
      recordsabsent: [],
      // No prototype: a provider may be named \\\`__proto__\\\` (a plain object would swallow it).
      dnsProviders: Object.create(null),
      defaultTTL: 0,
      nameservers: [],
      unmanaged: [],
      filepos: pos,
    };
  }
  function applyDomainModifier(m, d) {
    if (isFunction(m)) m(d);
    else if (isArray(m)) for (let i = 0; i < m.length; i++) applyDomainModifier(m[i], d);
    else if (isObject(m)) extend(d.meta, m);
    else fail('WARNING: domain modifier type unsupported: ' + typeof m + ' Domain: ' + d.name);
  }
  function stripBang(name) {
    return name.charAt(name.length - 1) === '!' ? name.slice(0, -1) : name;
  }

  function D(name, registrar, ...modifiers) {
    if (!isString(name)) fail('D(): the domain name must be a string');
    const d = newDomain(name, registrar, callPos());
    for (let i = 0; i < defaultArgs.length; i++) applyDomainModifier(defaultArgs[i], d);
    for (let j = 0; j < modifiers.length; j++) applyDomainModifier(modifiers[j], d);
    const key = stripBang(name);
    if (domainNames.indexOf(key) !== -1)
      fail(key + ' is declared more than once' + (key !== name ? ' (check empty tags)' : ''));
    conf.domains.push(d);
    domainNames.push(key);
  }
  // The longest declared domain equal to name or a parent of it (D_EXTEND, INCLUDE).
  function findDomain(name) {
    name = stripBang(String(name));
    let best = null;
    for (let i = 0; i < conf.domains.length; i++) {
      const d = conf.domains[i];
      const own = stripBang(d.name);
      if (name === own || name.slice(-(own.length + 1)) === '.' + own) {
        if (!best || own.length > stripBang(best.name).length) best = d;
      }
    }
    return best;
  }
  // Where the D_EXTEND() being applied was called: a record it adds that has no position of its
  // own (past the position budget) takes this one, not its D()'s, which may be in another file.
  let extendPos;
  /**
   * A record label inside D_EXTEND(sub.domain) as current DNSControl writes it: \\\`@\\\` is the
   * subdomain, an IPv4 address or a full \\\`\\u2026.in-addr.arpa\\\` name (from REV()) is already complete
   * (the subdomain is taken off its end if it is there), in an ip6.arpa zone the label is the
   * subdomain, anything else gains \\\`.sub\\\`.
   */
  function extendedLabel(label, subdomain, domain) {
    if (label === '@') return subdomain;
    if (/^\\\\d+\\\\.\\\\d+\\\\.\\\\d+\\\\.\\\\d+$/.test(label)) return label;
    // In an ip6.arpa zone DNSControl names the record after the subdomain itself (and, a quirk
    // kept here, extends no further record of that D_EXTEND: see the caller).
    if (stripBang(domain).endsWith('.ip6.arpa')) return subdomain;
    if (label.endsWith('.in-addr.arpa'))
      return label.endsWith(subdomain) ? label.slice(0, -subdomain.length - 1) : label;
    return label + '.' + subdomain;
  }
  function D_EXTEND(name, ...modifiers) {
    const d = findDomain(name);
    if (!d) fail(name + ' was not declared yet and therefore cannot be updated. Use D() before.');
    let n = stripBang(String(name));
    // A classless reverse name (\\\`0/25.7.8.9.in-addr.arpa\\\`) extends the zone its first label
    // sits in: the part after that label names the subdomain.
    if (n.includes('/')) n = n.slice(n.indexOf('.') + 1);
    d.subdomain = n.slice(0, Math.max(0, n.length - stripBang(d.name).length - 1));
    extendPos = callPos();
    try {
      for (let i = 0; i < modifiers.length; i++) applyDomainModifier(modifiers[i], d);
    } finally {
      d.subdomain = '';
      extendPos = undefined;
    }
  }
  function INCLUDE(name) {
    const src = findDomain(name);
    if (!src) fail(name + ' was not declared yet and therefore cannot be updated. Use D() before.');
    return (d) => {
      for (let i = 0; i < src.records.length; i++) d.records.push(src.records[i]);
    };
  }
  function DEFAULTS(...modifiers) {
    defaultArgs = modifiers;
  }
  function getConfiguredDomains() {
    return domainNames.slice();
  }
  function DOMAIN_ELSEWHERE(domain, registrar, nslist) {
    D(domain, registrar, NO_PURGE);
    for (let i = 0; i < nslist.length; i++) D_EXTEND(domain, NAMESERVER(nslist[i]));
  }
  function DOMAIN_ELSEWHERE_AUTO(domain, registrar, ...providers) {
    D(domain, registrar, NO_PURGE);
    for (let i = 0; i < providers.length; i++) D_EXTEND(domain, DnsProvider(providers[i]));
  }

  // ---------------------------------------------------------------- domain modifiers
  function DefaultTTL(v) {
    const ttl = toDuration(v);
    return (d) => {
      d.defaultTTL = ttl;
    };
  }
  function NAMESERVER(name) {
    // biome-ignore lint/complexity/noArguments: only the count tells NAMESERVER() from NAMESERVER(undefined), and a rest parameter would change NAMESERVER.length
    if (arguments.length !== 1) fail('NAMESERVER only accepts one argument for name.');
    const pos = callerPos(recordPositions);
    return (d) => {
      d.nameservers.push({ name: name, filepos: pos });
    };
  }
  function NAMESERVER_TTL(v) {
    return { ns_ttl: String(toDuration(v)) };
  }
  function NO_PURGE(d) {
    d.keepunknown = true;
  }
  function PURGE(d) {
    d.keepunknown = false;
  }
  function AUTODNSSEC_ON(d) {
    d.auto_dnssec = 'on';
  }
  function AUTODNSSEC_OFF(d) {
    d.auto_dnssec = 'off';
  }
  function AUTODNSSEC() {
    host.log(
      'WARNING: AUTODNSSEC is deprecated. It is now a no-op. Please use AUTODNSSEC_ON or AUTODNSSEC_OFF.',
    );
  }
  function DISABLE_IGNORE_SAFETY_CHECK(d) {
    d.unmanaged_disable_safety_check = true;
  }
  function IGNORE(label, rtypes, target) {
    const entry = {
      label_pattern: label === undefined ? '*' : label,
      rType_pattern: rtypes === undefined ? '*' : rtypes,
      target_pattern: target === undefined ? '*' : target,
    };
    return (d) => {
      d.unmanaged.push(extend({}, entry));
    };
  }
  function IGNORE_NAME(name, rtypes) {
    return IGNORE(name, rtypes);
  }
  function IGNORE_TARGET(target, rtype) {
    return IGNORE('*', rtype, target);
  }
  function IGNORE_EXTERNAL_DNS(prefix) {
    return (d) => {
      d.ignore_external_dns = true;
      if (prefix) d.external_dns_prefix = prefix;
    };
  }
  function GIDINET_PREMIUM_NS() {
    return [
      'ns1.gidinet.it',
      'ns2.gidinet.it',
      'ns3.gidinet.it',
      'ns4.gidinet.it',
      'ns5.gidinet.it',
    ].map((n) => NAMESERVER(n + '.'));
  }
  function DKIM(arr) {
    return arr;
  }
  // DNSControl's variables: the host sets each \\\`-v NAME=VALUE\\\` (ours: --var) as a global string
  // before this prelude runs, and CLI_DEFAULTS fills only the globals that are still undefined.
  // A default of null or undefined means "must be passed": such names are remembered, so an
  // error can say which variable had no value (see variablesWithoutValue).
  const defaultedVariables = [];
  function CLI_DEFAULTS(defaults) {
    for (const k in defaults) {
      if (typeof global[k] !== 'undefined') continue;
      global[k] = defaults[k];
      if (defaults[k] == null && defaultedVariables.indexOf(k) === -1) defaultedVariables.push(k);
    }
  }
  // The CLI_DEFAULTS variables that hold null or undefined now (the config may set them later).
  function variablesWithoutValue() {
    const out = [];
    for (let i = 0; i < defaultedVariables.length; i++)
      if (global[defaultedVariables[i]] == null) out.push(defaultedVariables[i]);
    return out;
  }

  // ---------------------------------------------------------------- records
  function applyRecordModifiers(rec, mods) {
    for (let i = 0; i < mods.length; i++) {
      let m = mods[i];
      if (isFunction(m)) m(rec);
      else if (isObject(m)) {
        if (m.transform && isArray(m.transform))
          m = extend(extend({}, m), { transform: formatTransformTable(m.transform) });
        extend(rec.meta, m);
      } else fail('ERROR: Unknown modifier type');
    }
  }
  function defaultBuild(rec, a) {
    rec.name = a.name;
    rec.target = isNumber(a.target) ? num2dot(a.target) : a.target;
  }
  const SUBDOMAIN_EXEMPT = {
    CF_REDIRECT: 1,
    CF_TEMP_REDIRECT: 1,
    CF_WORKER_ROUTE: 1,
    CF_SINGLE_REDIRECT: 1,
  };

  // A record type: required arguments [name, validator?], then modifiers.
  function recordType(type, args, build) {
    args = args || [['name', isString], ['target']];
    build = build || defaultBuild;
    return (...values) => {
      if (values.length < args.length) {
        fail(
          type +
            ' record requires ' +
            args.length +
            ' arguments (' +
            args.map((a) => a[0]).join(', ') +
            '). Only ' +
            values.length +
            ' were supplied',
        );
      }
      const parsed = {};
      for (let i = 0; i < args.length; i++) {
        if (args[i][1] && !args[i][1](values[i]))
          fail(
            type +
              ' record ' +
              args[i][0] +
              ' argument validation failed' +
              (values[i] == null ? ' (it is ' + values[i] + ')' : ''),
          );
        parsed[args[i][0]] = values[i];
      }
      const mods = values.slice(args.length);
      const pos = callerPos(recordPositions);
      return (d) => {
        const rec = { type: type, meta: {}, ttl: d.defaultTTL };
        applyRecordModifiers(rec, mods);
        build(rec, parsed);
        if (d.subdomain && !SUBDOMAIN_EXEMPT[type]) {
          rec.subdomain = d.subdomain;
          const label = rec.name;
          rec.name = extendedLabel(label, d.subdomain, d.name);
          if (rec.name === d.subdomain && label !== '@' && stripBang(d.name).endsWith('.ip6.arpa'))
            d.subdomain = '';
        }
        const at = pos || extendPos || d.filepos;
        if (at) rec.filepos = at;
        if (rec.ensure_absent) {
          delete rec.ensure_absent;
          d.recordsabsent.push(rec);
        } else d.records.push(rec);
        return rec;
      };
    };
  }
  function isStringOrArray(x) {
    return isString(x) || isArray(x);
  }
  function oneOf(list) {
    return (v) => isString(v) && list.indexOf(v) !== -1;
  }
  function noComma(v) {
    return isString(v) && v.indexOf(',') === -1;
  }
  const NAME = ['name', isString];

  const A = recordType('A');
  const AAAA = recordType('AAAA');
  const ALIAS = recordType('ALIAS');
  const CNAME = recordType('CNAME');
  const DHCID = recordType('DHCID');
  const DNAME = recordType('DNAME');
  const NS = recordType('NS');
  const OPENPGPKEY = recordType('OPENPGPKEY');
  const PTR = recordType('PTR');
  const AKAMAICDN = recordType('AKAMAICDN');
  const URL = recordType('URL');
  const URL301 = recordType('URL301');
  const FRAME = recordType('FRAME');
  const CLOUDNS_WR = recordType('CLOUDNS_WR');
  const PORKBUN_URLFWD = recordType('PORKBUN_URLFWD');
  const BUNNY_DNS_RDR = recordType('BUNNY_DNS_RDR');
  const ADGUARDHOME_A_PASSTHROUGH = recordType('ADGUARDHOME_A_PASSTHROUGH', [
    NAME,
    ['target', (v) => v === ''],
  ]);
  const ADGUARDHOME_AAAA_PASSTHROUGH = recordType('ADGUARDHOME_AAAA_PASSTHROUGH', [
    NAME,
    ['target', (v) => v === ''],
  ]);
  const AKAMAITLC = recordType(
    'AKAMAITLC',
    [NAME, ['answer_type', oneOf(['DUAL', 'V4', 'V6'])], ['target', isString]],
    (r, a) => {
      r.name = a.name;
      r.answer_type = a.answer_type;
      r.target = a.target;
    },
  );
  const AZURE_ALIAS = recordType(
    'AZURE_ALIAS',
    [NAME, ['type', oneOf(['A', 'AAAA', 'CNAME'])], ['target', isString]],
    (r, a) => {
      r.name = a.name;
      r.target = a.target;
      r.azure_alias = extend(r.azure_alias || {}, { type: a.type });
    },
  );
  const R53_ALIAS = recordType(
    'R53_ALIAS',
    [
      NAME,
      ['type', oneOf(['A', 'AAAA', 'CNAME', 'CAA', 'MX', 'TXT', 'PTR', 'SPF', 'SRV', 'NAPTR'])],
      ['target', isString],
    ],
    (r, a) => {
      r.name = a.name;
      r.target = a.target;
      const alias = r.r53_alias || {};
      alias.type = a.type;
      if (!isString(alias.evaluate_target_health)) alias.evaluate_target_health = 'false';
      r.r53_alias = alias;
    },
  );
  const CAA = recordType('CAA', [NAME, ['tag', isString], ['value', isString]], (r, a) => {
    r.name = a.name;
    r.caatag = a.tag;
    r.target = a.value;
  });
  const DS = recordType(
    'DS',
    [
      NAME,
      ['keytag', isNumber],
      ['algorithm', isNumber],
      ['digesttype', isNumber],
      ['digest', isString],
    ],
    (r, a) => {
      r.name = a.name;
      r.target = '';
      r.dskeytag = a.keytag;
      r.dsalgorithm = a.algorithm;
      r.dsdigesttype = a.digesttype;
      r.dsdigest = a.digest;
    },
  );
  const DNSKEY = recordType(
    'DNSKEY',
    [
      NAME,
      ['flags', isNumber],
      ['protocol', isNumber],
      ['algorithm', isNumber],
      ['publickey', isString],
    ],
    (r, a) => {
      r.name = a.name;
      r.target = '';
      r.dnskeyflags = a.flags;
      r.dnskeyprotocol = a.protocol;
      r.dnskeyalgorithm = a.algorithm;
      r.dnskeypublickey = a.publickey;
    },
  );
  function svcb(type) {
    return recordType(
      type,
      [NAME, ['priority', isNumber], ['target', isString], ['params', isString]],
      (r, a) => {
        r.name = a.name;
        r.svcpriority = a.priority;
        r.target = a.target;
        r.svcparams = a.params;
      },
    );
  }
  const HTTPS = svcb('HTTPS');
  const SVCB = svcb('SVCB');
  const MX = recordType('MX', [NAME, ['priority', isNumber], ['target', isString]], (r, a) => {
    r.name = a.name;
    r.mxpreference = a.priority;
    r.target = a.target;
  });
  const NAPTR = recordType(
    'NAPTR',
    [
      NAME,
      ['order', isNumber],
      ['preference', isNumber],
      ['flags', isString],
      ['service', isString],
      ['regexp', isString],
      ['target', isString],
    ],
    (r, a) => {
      r.name = a.name;
      r.naptrorder = a.order;
      r.naptrpreference = a.preference;
      r.naptrflags = a.flags;
      r.naptrservice = a.service;
      r.naptrregexp = a.regexp;
      r.target = a.target;
    },
  );
  const SOA = recordType(
    'SOA',
    [
      NAME,
      ['ns', isString],
      ['mbox', isString],
      ['refresh', isNumber],
      ['retry', isNumber],
      ['expire', isNumber],
      ['minttl', isNumber],
    ],
    (r, a) => {
      r.name = a.name;
      r.target = a.ns;
      r.soambox = a.mbox;
      r.soarefresh = a.refresh;
      r.soaretry = a.retry;
      r.soaexpire = a.expire;
      r.soaminttl = a.minttl;
    },
  );
  const SRV = recordType(
    'SRV',
    [NAME, ['priority', isNumber], ['weight', isNumber], ['port', isNumber], ['target', isString]],
    (r, a) => {
      r.name = a.name;
      r.srvpriority = a.priority;
      r.srvweight = a.weight;
      r.srvport = a.port;
      r.target = a.target;
    },
  );
  const SSHFP = recordType(
    'SSHFP',
    [NAME, ['algorithm', isNumber], ['fingerprint', isNumber], ['value', isString]],
    (r, a) => {
      r.name = a.name;
      r.sshfpalgorithm = a.algorithm;
      r.sshfpfingerprint = a.fingerprint;
      r.target = a.value;
    },
  );
  const TLSA = recordType(
    'TLSA',
    [
      NAME,
      ['usage', isNumber],
      ['selector', isNumber],
      ['matchingtype', isNumber],
      ['target', isString],
    ],
    (r, a) => {
      r.name = a.name;
      r.tlsausage = a.usage;
      r.tlsaselector = a.selector;
      r.tlsamatchingtype = a.matchingtype;
      r.target = a.target;
    },
  );
  const SMIMEA = recordType(
    'SMIMEA',
    [
      NAME,
      ['usage', isNumber],
      ['selector', isNumber],
      ['matchingtype', isNumber],
      ['target', isString],
    ],
    (r, a) => {
      r.name = a.name;
      r.smimeausage = a.usage;
      r.smimeaselector = a.selector;
      r.smimeamatchingtype = a.matchingtype;
      r.target = a.target;
    },
  );
  const TXT = recordType('TXT', [NAME, ['target', isStringOrArray]], (r, a) => {
    r.name = a.name;
    r.target = isString(a.target) ? a.target : a.target.join('');
  });
  const LUA = recordType(
    'LUA',
    [NAME, ['rtype', isString], ['target', isStringOrArray]],
    (r, a) => {
      r.name = a.name;
      r.luartype = a.rtype.toUpperCase();
      r.target = isString(a.target) ? a.target : a.target.join('');
    },
  );
  const CF_REDIRECT = recordType(
    'CF_REDIRECT',
    [
      ['source', noComma],
      ['destination', noComma],
    ],
    (r, a) => {
      r.name = '@';
      r.target = a.source + ',' + a.destination;
    },
  );
  const CF_TEMP_REDIRECT = recordType(
    'CF_TEMP_REDIRECT',
    [
      ['source', noComma],
      ['destination', noComma],
    ],
    (r, a) => {
      r.name = '@';
      r.target = a.source + ',' + a.destination;
    },
  );
  const CF_WORKER_ROUTE = recordType(
    'CF_WORKER_ROUTE',
    [
      ['pattern', noComma],
      ['script', noComma],
    ],
    (r, a) => {
      r.name = '@';
      r.target = a.pattern + ',' + a.script;
    },
  );
  const IMPORT_TRANSFORM = recordType(
    'IMPORT_TRANSFORM',
    [['table'], ['domain'], ['ttl', isNumber]],
    (r, a) => {
      r.name = '@';
      r.target = a.domain;
      r.meta.transform_table = formatTransformTable(a.table);
      r.ttl = a.ttl;
    },
  );
  const IMPORT_TRANSFORM_STRIP = recordType(
    'IMPORT_TRANSFORM',
    [['table'], ['domain'], ['ttl', isNumber], ['suffixstrip']],
    (r, a) => {
      r.name = '@';
      r.target = a.domain;
      r.meta.transform_table = formatTransformTable(a.table);
      r.ttl = a.ttl;
      r.meta.transform_suffixstrip = a.suffixstrip;
    },
  );

  // New-style records: arguments are kept raw and interpreted on the host.
  function rawRecordType(type) {
    return (...raw) => {
      const pos = callerPos(recordPositions);
      return (d) => {
        const rec = { type: type };
        const args = [];
        const metas = [];
        for (let i = 0; i < raw.length; i++) {
          if (isFunction(raw[i])) raw[i](rec);
          else if (isObject(raw[i])) metas.push(raw[i]);
          else args.push(raw[i]);
        }
        rec.args = args;
        if (metas.length) rec.metas = metas;
        const at = pos || extendPos || d.filepos;
        if (at) rec.filepos = at;
        d.rawrecords.push(rec);
        return rec;
      };
    };
  }
  const CF_SINGLE_REDIRECT = rawRecordType('CLOUDFLAREAPI_SINGLE_REDIRECT');

  // ---------------------------------------------------------------- record modifiers
  function TTL(v) {
    const ttl = toDuration(v);
    return (r) => {
      r.ttl = ttl;
    };
  }
  function CAA_CRITICAL(r) {
    r.caaflag = (r.caaflag || 0) | 128;
  }
  function ENSURE_ABSENT_REC() {
    return (r) => {
      r.ensure_absent = true;
    };
  }
  function R53_ZONE(zoneId) {
    return (x) => {
      if (isArray(x.records)) x.meta.zone_id = zoneId;
      else x.r53_alias = extend(x.r53_alias || {}, { zone_id: zoneId });
    };
  }
  function R53_EVALUATE_TARGET_HEALTH(enabled) {
    return (r) => {
      r.r53_alias = extend(r.r53_alias || {}, { evaluate_target_health: String(enabled) });
    };
  }
  function R53_WEIGHT(weight, setId) {
    return { r53_weight: String(weight), r53_set_identifier: String(setId) };
  }
  function R53_HEALTH_CHECK_ID(id) {
    return { r53_health_check_id: String(id) };
  }
  function CF_COMMENT(c) {
    return { cloudflare_comment: String(c) };
  }
  function CF_TAGS(...tags) {
    return { cloudflare_tags: tags.join(',') };
  }
  function HEDNS_DDNS_KEY(key) {
    return { hedns_ddns_key: String(key) };
  }

  // ---------------------------------------------------------------- LOC
  function locSize(meters) {
    // RFC 1876 size: centimetres as mantissa (high nibble) and power of ten (low nibble), 0-9 each.
    const cm = meters * 100;
    if (!(cm >= 1)) return 0;
    let exp = Math.floor(Math.log10(cm));
    let mant = Math.floor(cm / 10 ** exp);
    if (mant > 9) mant = 9;
    if (exp > 9) exp = 9;
    return (mant << 4) | exp;
  }
  function clamp(v, lo, hi) {
    return v < lo ? lo : Math.min(v, hi);
  }
  const LOC = recordType(
    'LOC',
    [
      NAME,
      ['d1', isNumber],
      ['m1', isNumber],
      ['s1', isNumber],
      ['ns', isString],
      ['d2', isNumber],
      ['m2', isNumber],
      ['s2', isNumber],
      ['ew', isString],
      ['alt', isNumber],
      ['siz', isNumber],
      ['hp', isNumber],
      ['vp', isNumber],
    ],
    (r, a) => {
      if (a.d1 % 1 || a.m1 % 1 || a.d2 % 1 || a.m2 % 1)
        fail("LOC record '" + a.name + "': degrees and minutes must be integers");
      if (!/^[NnSs]$/.test(a.ns)) fail(a.ns + ' is not a valid latitude modifier');
      if (!/^[EeWw]$/.test(a.ew)) fail(a.ew + ' is not a valid longitude modifier');
      const ns = a.ns.toUpperCase();
      const ew = a.ew.toUpperCase();
      r.name = a.name;
      r.target =
        [a.d1, a.m1, a.s1, ns, a.d2, a.m2, a.s2, ew].join(' ') +
        ' ' +
        [
          clamp(a.alt, -100000, 42849672.95),
          clamp(a.siz, 0, 90000000),
          clamp(a.hp, 0, 90000000),
          clamp(a.vp, 0, 90000000),
        ].join('m ') +
        'm';
      const half = 2147483648;
      const lat = Math.round(a.d1 * 3600000 + a.m1 * 60000 + a.s1 * 1000);
      const lon = Math.round(a.d2 * 3600000 + a.m2 * 60000 + a.s2 * 1000);
      r.loclatitude = ns === 'N' ? half + lat : half - lat;
      r.loclongitude = ew === 'E' ? half + lon : half - lon;
      r.localtitude = clamp(Math.trunc((a.alt + 100000) * 100), 0, 4294967295);
      r.locsize = locSize(a.siz);
      r.lochorizpre = locSize(a.hp);
      r.locvertpre = locSize(a.vp);
    },
  );
  function ddToDms(deg, longitude) {
    const hemi = deg < 0 ? (longitude ? 'W' : 'S') : longitude ? 'E' : 'N';
    const abs = Math.abs(deg);
    const d = Math.trunc(abs);
    const nudged = abs + 1e-9;
    return {
      hemi: hemi,
      dg: d,
      mn: Math.trunc((nudged % 1) * 60),
      sc: Math.trunc(((nudged * 60) % 1) * 60000) / 1000,
    };
  }
  function parseDms(text) {
    const lat = /(-?\\\\d+).(\\\\d+).([\\\\d.]+).? ?([NS])/.exec(text);
    const lon = /(-?\\\\d+).(\\\\d+).([\\\\d.]+).? ?([EW])/.exec(text);
    if (!lat || !lon) return null;
    const part = (m) => ({
      dg: parseInt(m[1], 10),
      mn: parseInt(m[2], 10),
      sc: parseFloat(m[3]),
      hemi: m[4],
    });
    return { lat: part(lat), lon: part(lon) };
  }
  function parseDmm(text) {
    const lat = /(-?\\\\d+(\\\\.\\\\d+)?)\\xB0?\\\\s*([NS])/i.exec(text);
    const lon = /(-?\\\\d+(\\\\.\\\\d+)?)\\xB0?\\\\s*([EW])/i.exec(text);
    if (!lat || !lon) return null;
    const part = (m) => {
      const v = parseFloat(m[1]);
      const dg = Math.floor(v);
      const mn = Math.floor((v - dg) * 60);
      return { dg: dg, mn: mn, sc: Math.round(((v - dg) * 60 - mn) * 60), hemi: m[3] };
    };
    return { lat: part(lat), lon: part(lon) };
  }
  function locFromBuilder(value, dms, what) {
    if (!dms) fail(what + ': cannot read coordinates from "' + value.str + '"');
    const mods = [{}];
    if (value.ttl) mods.push(TTL(value.ttl));
    return [
      LOC.apply(
        null,
        [
          value.label || '@',
          dms.lat.dg,
          dms.lat.mn,
          dms.lat.sc,
          dms.lat.hemi,
          dms.lon.dg,
          dms.lon.mn,
          dms.lon.sc,
          dms.lon.hemi,
          value.alt || 0,
          0,
          0,
          0,
        ].concat(mods),
      ),
    ];
  }
  function LOC_BUILDER_DD(v) {
    if (!v.x && !v.y) fail('LOC_BUILDER_DD requires x and y elements');
    return locFromBuilder(
      v,
      { lat: ddToDms(v.x, false), lon: ddToDms(v.y, true) },
      'LOC_BUILDER_DD',
    );
  }
  function LOC_BUILDER_DMM_STR(v) {
    if (!v.str) fail('LOC_BUILDER_DMM_STR requires a string of the form 25.24\\xB0S 153.15\\xB0E');
    return locFromBuilder(v, parseDmm(v.str), 'LOC_BUILDER_DMM_STR');
  }
  function LOC_BUILDER_DMS_STR(v) {
    if (!v.str) fail('LOC_BUILDER_DMS_STR requires a string of the form 33\\xB051\\u203231\\u2033S 151\\xB012\\u203251\\u2033E');
    return locFromBuilder(v, parseDms(v.str), 'LOC_BUILDER_DMS_STR');
  }
  function LOC_BUILDER_STR(v) {
    if (!v.str) fail('LOC_BUILDER_STR requires a string');
    return locFromBuilder(v, parseDmm(v.str) || parseDms(v.str), 'LOC_BUILDER_STR');
  }

  // ---------------------------------------------------------------- builders (no live lookups)
  function SPF_BUILDER(v) {
    if (!v || !v.parts || v.parts.length < 2) fail('SPF_BUILDER requires at least 2 elements');
    const label = v.label || '@';
    const raw = v.raw === undefined || v.raw === null ? '_rawspf' : v.raw;
    const text = v.parts.join(' ');
    const meta = {};
    const out = [];
    const ttl = v.ttl ? [TTL(v.ttl)] : [];
    if (v.flatten && v.flatten.length > 0) {
      meta.flatten = v.flatten.join(',');
      if (raw !== '') out.push(TXT.apply(null, [raw, text, {}].concat(ttl)));
    }
    if (v.overflow) meta.split = v.overflow;
    if (v.overhead1) meta.overhead1 = String(v.overhead1);
    if (v.txtMaxSize) meta.txtMaxSize = String(v.txtMaxSize);
    out.push(TXT.apply(null, [label, text, meta].concat(ttl)));
    return out;
  }
  function CAA_BUILDER(v) {
    const label = v.label || '@';
    const lists = {};
    const tags = ['issue', 'issuewild', 'issuevmc', 'issuemail'];
    for (let i = 0; i < tags.length; i++) {
      const x = v[tags[i]];
      lists[tags[i]] = x === 'none' ? [';'] : x === undefined ? [] : isArray(x) ? x : [x];
    }
    if (!tags.some((t) => lists[t].length > 0))
      fail('CAA_BUILDER requires at least one entry at issue, issuewild, issuevmc or issuemail');
    const ttl = v.ttl ? [TTL(v.ttl)] : [];
    const out = [];
    const iodef = v.iodef === undefined ? [] : isArray(v.iodef) ? v.iodef : [v.iodef];
    for (let j = 0; j < iodef.length; j++)
      out.push(
        CAA.apply(
          null,
          [label, 'iodef', iodef[j]].concat(v.iodef_critical ? [CAA_CRITICAL] : [], ttl),
        ),
      );
    for (let t = 0; t < tags.length; t++) {
      const tag = tags[t];
      for (let k = 0; k < lists[tag].length; k++) {
        out.push(
          CAA.apply(
            null,
            [label, tag, lists[tag][k]].concat(v[tag + '_critical'] ? [CAA_CRITICAL] : [], ttl),
          ),
        );
      }
    }
    return out;
  }
  const DMARC_ALIGN = { relaxed: 'r', r: 'r', strict: 's', s: 's' };
  const DMARC_POLICY = { none: 1, quarantine: 1, reject: 1 };
  function DMARC_BUILDER(v) {
    v = v || {};
    const label = v.label && v.label !== '@' ? '_dmarc.' + v.label : '_dmarc';
    const policy = v.policy || 'none';
    if (!DMARC_POLICY[policy]) fail('DMARC_BUILDER: invalid policy "' + policy + '"');
    const tags = ['v=' + (v.version || 'DMARC1'), 'p=' + policy];
    if (v.subdomainPolicy) {
      if (!DMARC_POLICY[v.subdomainPolicy])
        fail('DMARC_BUILDER: invalid subdomainPolicy "' + v.subdomainPolicy + '"');
      tags.push('sp=' + v.subdomainPolicy);
    }
    if (v.alignmentDKIM) {
      if (!DMARC_ALIGN[v.alignmentDKIM])
        fail('DMARC_BUILDER: invalid alignmentDKIM "' + v.alignmentDKIM + '"');
      tags.push('adkim=' + DMARC_ALIGN[v.alignmentDKIM]);
    }
    if (v.alignmentSPF) {
      if (!DMARC_ALIGN[v.alignmentSPF])
        fail('DMARC_BUILDER: invalid alignmentSPF "' + v.alignmentSPF + '"');
      tags.push('aspf=' + DMARC_ALIGN[v.alignmentSPF]);
    }
    if (v.percent !== undefined && v.percent !== null) {
      if (!(v.percent >= 0 && v.percent <= 100))
        fail('DMARC_BUILDER: percent must be between 0 and 100');
      tags.push('pct=' + v.percent);
    }
    if (v.rua && v.rua.length) tags.push('rua=' + v.rua.join(','));
    if (v.ruf && v.ruf.length) tags.push('ruf=' + v.ruf.join(','));
    if (v.failureOptions !== undefined) {
      let fo = v.failureOptions;
      if (isPlainObject(fo)) {
        const f = [];
        if (fo.SPF) f.push('s');
        if (fo.DKIM) f.push('d');
        fo = f.length === 2 ? '1' : f.length ? f[0] : '0';
      }
      tags.push('fo=' + fo);
    }
    if (v.failureFormat) tags.push('rf=' + v.failureFormat);
    if (v.reportInterval !== undefined) tags.push('ri=' + toDuration(v.reportInterval));
    const mods = v.ttl ? [TTL(v.ttl)] : [];
    return TXT.apply(null, [label, tags.join('; ')].concat(mods));
  }
  function DKIM_BUILDER(v) {
    if (!v || !v.selector) fail('DKIM_BUILDER requires selector to be defined');
    const label =
      v.label && v.label !== '@'
        ? v.selector + '._domainkey.' + v.label
        : v.selector + '._domainkey';
    const tags = [];
    if (v.version) tags.push('v=' + v.version);
    if (v.hashtypes) tags.push('h=' + (isArray(v.hashtypes) ? v.hashtypes.join(':') : v.hashtypes));
    if (v.keytype) tags.push('k=' + v.keytype);
    if (v.note) tags.push('n=' + v.note);
    tags.push('p=' + (v.pubkey || ''));
    if (v.servicetypes)
      tags.push('s=' + (isArray(v.servicetypes) ? v.servicetypes.join(':') : v.servicetypes));
    if (v.flags) tags.push('t=' + (isArray(v.flags) ? v.flags.join(':') : v.flags));
    const mods = v.ttl ? [TTL(v.ttl)] : [];
    return TXT.apply(null, [label, tags.join('; ')].concat(mods));
  }
  function M365_BUILDER(name, v) {
    v = v || {};
    const on = (k, dflt) => (v[k] === undefined ? dflt : !!v[k]);
    if (on('dkim', true) && !v.initialDomain)
      fail('M365_BUILDER requires your M365 account name as initialDomain to set up DKIM');
    if (!v.domainGUID && String(name).indexOf('-') !== -1)
      fail('M365_BUILDER requires domainGUID for domains with a "-" in their name');
    const guid = v.domainGUID || String(name).replace(/\\\\./g, '-');
    const out = [];
    if (on('mx', true)) out.push(MX('@', 0, guid + '.mail.protection.outlook.com.'));
    if (on('autodiscover', true)) out.push(CNAME('autodiscover', 'autodiscover.outlook.com.'));
    if (on('dkim', true)) {
      const initial = String(v.initialDomain).replace(/\\\\.onmicrosoft\\\\.com$/, '');
      out.push(
        CNAME(
          'selector1._domainkey',
          'selector1-' + guid + '._domainkey.' + initial + '.onmicrosoft.com.',
        ),
      );
      out.push(
        CNAME(
          'selector2._domainkey',
          'selector2-' + guid + '._domainkey.' + initial + '.onmicrosoft.com.',
        ),
      );
    }
    if (on('skypeForBusiness', false)) {
      out.push(CNAME('lyncdiscover', 'webdir.online.lync.com.'));
      out.push(CNAME('sip', 'sipdir.online.lync.com.'));
      out.push(SRV('_sip._tls', 100, 1, 443, 'sipdir.online.lync.com.'));
      out.push(SRV('_sipfederationtls._tcp', 100, 1, 5061, 'sipfed.online.lync.com.'));
    }
    if (on('mdm', false)) {
      out.push(CNAME('enterpriseregistration', 'enterpriseregistration.windows.net.'));
      out.push(CNAME('enterpriseenrollment', 'enterpriseenrollment-s.manage.microsoft.com.'));
    }
    return out;
  }

  // ---------------------------------------------------------------- host bridges
  // Host strings end at a NUL byte, so a path holding one is refused before it gets there.
  function hostPath(path) {
    const p = String(path);
    if (p.indexOf('\\\\u0000') >= 0)
      fail('path "' + p.replace(/\\\\u0000/g, '\\\\\\\\0') + '" contains a NUL byte');
    return p;
  }
  function require(path) {
    const r = host.load(hostPath(path));
    return r.kind === 'json' ? parseJSON(r.text) : true;
  }
  function glob(dir, recursive, ext) {
    return parseJSON(
      host.glob(
        hostPath(dir === undefined ? '.' : dir),
        recursive !== false,
        ext === undefined ? '.js' : String(ext),
      ),
    );
  }
  function require_glob(dir, recursive) {
    const files = glob(dir, recursive, '.js');
    for (let i = 0; i < files.length; i++) require(files[i]);
    return files;
  }
  function HASH(alg, value) {
    return host.hash(String(alg), String(value));
  }
  function PANIC(message) {
    const e = new Error(String(message));
    e.name = 'PANIC';
    throw e;
  }
  function FETCH() {
    fail('FETCH is not available: ZoneGuard evaluates dnsconfig.js without network access');
  }
  function show(x) {
    if (isString(x)) return x;
    try {
      const s = stringify(x);
      return s === undefined ? String(x) : s;
    } catch {
      return String(x);
    }
  }
  const console = {
    log: (...values) => {
      host.log(values.map(show).join(' '));
    },
  };
  console.info = console.warn = console.error = console.debug = console.log;

  // A small part of underscore.js, which DNSControl's interpreter provides as _.
  const _ = {
    each: (list, fn) => {
      if (isArray(list)) list.forEach(fn);
      else for (const k in list) fn(list[k], k, list);
      return list;
    },
    map: (list, fn) => {
      if (isArray(list)) return list.map(fn);
      const o = [];
      for (const k in list) o.push(fn(list[k], k, list));
      return o;
    },
    filter: (list, fn) => list.filter(fn),
    reject: (list, fn) => list.filter((x, i, l) => !fn(x, i, l)),
    find: (list, fn) => list.find(fn),
    contains: (list, x) => list.indexOf(x) !== -1,
    keys: (o) => Object.keys(o),
    values: (o) => Object.keys(o).map((k) => o[k]),
    extend: (t, ...sources) => {
      for (let i = 0; i < sources.length; i++) extend(t, sources[i]);
      return t;
    },
    defaults: (t, ...sources) => {
      for (let i = 0; i < sources.length; i++)
        for (const k in sources[i]) if (t[k] === undefined) t[k] = sources[i][k];
      return t;
    },
    flatten: (list) => list.reduce((a, x) => a.concat(isArray(x) ? _.flatten(x) : [x]), []),
    uniq: (list) => list.filter((x, i) => list.indexOf(x) === i),
    range: (a, b) => {
      if (b === undefined) {
        b = a;
        a = 0;
      }
      const o = [];
      for (let i = a; i < b; i++) o.push(i);
      return o;
    },
    isArray: isArray,
    isString: isString,
    isNumber: isNumber,
    isFunction: isFunction,
    isObject: isObject,
  };
  _.forEach = _.each;
  _.includes = _.contains;
  _.select = _.filter;
  _.collect = _.map;

  const exported = {
    NewRegistrar: NewRegistrar,
    NewDnsProvider: NewDnsProvider,
    DnsProvider: DnsProvider,
    D: D,
    D_EXTEND: D_EXTEND,
    INCLUDE: INCLUDE,
    DEFAULTS: DEFAULTS,
    getConfiguredDomains: getConfiguredDomains,
    DOMAIN_ELSEWHERE: DOMAIN_ELSEWHERE,
    DOMAIN_ELSEWHERE_AUTO: DOMAIN_ELSEWHERE_AUTO,
    DefaultTTL: DefaultTTL,
    NAMESERVER: NAMESERVER,
    NAMESERVER_TTL: NAMESERVER_TTL,
    NO_PURGE: NO_PURGE,
    PURGE: PURGE,
    AUTODNSSEC_ON: AUTODNSSEC_ON,
    AUTODNSSEC_OFF: AUTODNSSEC_OFF,
    AUTODNSSEC: AUTODNSSEC,
    DISABLE_IGNORE_SAFETY_CHECK: DISABLE_IGNORE_SAFETY_CHECK,
    IGNORE: IGNORE,
    IGNORE_NAME: IGNORE_NAME,
    IGNORE_TARGET: IGNORE_TARGET,
    IGNORE_EXTERNAL_DNS: IGNORE_EXTERNAL_DNS,
    GIDINET_PREMIUM_NS: GIDINET_PREMIUM_NS,
    DKIM: DKIM,
    CLI_DEFAULTS: CLI_DEFAULTS,
    A: A,
    AAAA: AAAA,
    ALIAS: ALIAS,
    CNAME: CNAME,
    DHCID: DHCID,
    DNAME: DNAME,
    NS: NS,
    OPENPGPKEY: OPENPGPKEY,
    PTR: PTR,
    AKAMAICDN: AKAMAICDN,
    AKAMAITLC: AKAMAITLC,
    URL: URL,
    URL301: URL301,
    FRAME: FRAME,
    CLOUDNS_WR: CLOUDNS_WR,
    PORKBUN_URLFWD: PORKBUN_URLFWD,
    BUNNY_DNS_RDR: BUNNY_DNS_RDR,
    ADGUARDHOME_A_PASSTHROUGH: ADGUARDHOME_A_PASSTHROUGH,
    ADGUARDHOME_AAAA_PASSTHROUGH: ADGUARDHOME_AAAA_PASSTHROUGH,
    AZURE_ALIAS: AZURE_ALIAS,
    R53_ALIAS: R53_ALIAS,
    CAA: CAA,
    DS: DS,
    DNSKEY: DNSKEY,
    HTTPS: HTTPS,
    SVCB: SVCB,
    MX: MX,
    NAPTR: NAPTR,
    SOA: SOA,
    SRV: SRV,
    SSHFP: SSHFP,
    TLSA: TLSA,
    SMIMEA: SMIMEA,
    TXT: TXT,
    LUA: LUA,
    LOC: LOC,
    CF_REDIRECT: CF_REDIRECT,
    CF_TEMP_REDIRECT: CF_TEMP_REDIRECT,
    CF_WORKER_ROUTE: CF_WORKER_ROUTE,
    CF_SINGLE_REDIRECT: CF_SINGLE_REDIRECT,
    IMPORT_TRANSFORM: IMPORT_TRANSFORM,
    IMPORT_TRANSFORM_STRIP: IMPORT_TRANSFORM_STRIP,
    TTL: TTL,
    CAA_CRITICAL: CAA_CRITICAL,
    ENSURE_ABSENT_REC: ENSURE_ABSENT_REC,
    R53_ZONE: R53_ZONE,
    R53_EVALUATE_TARGET_HEALTH: R53_EVALUATE_TARGET_HEALTH,
    R53_WEIGHT: R53_WEIGHT,
    R53_HEALTH_CHECK_ID: R53_HEALTH_CHECK_ID,
    CF_COMMENT: CF_COMMENT,
    CF_TAGS: CF_TAGS,
    HEDNS_DDNS_KEY: HEDNS_DDNS_KEY,
    LOC_BUILDER_DD: LOC_BUILDER_DD,
    LOC_BUILDER_DMM_STR: LOC_BUILDER_DMM_STR,
    LOC_BUILDER_DMS_STR: LOC_BUILDER_DMS_STR,
    LOC_BUILDER_STR: LOC_BUILDER_STR,
    SPF_BUILDER: SPF_BUILDER,
    CAA_BUILDER: CAA_BUILDER,
    DMARC_BUILDER: DMARC_BUILDER,
    DKIM_BUILDER: DKIM_BUILDER,
    M365_BUILDER: M365_BUILDER,
    IP: IP,
    REV: REV,
    REVCOMPAT: REVCOMPAT,
    require: require,
    require_glob: require_glob,
    glob: glob,
    HASH: HASH,
    PANIC: PANIC,
    FETCH: FETCH,
    fetch: FETCH,
    console: console,
    _: _,
    END: {},
    AUTOSPLIT: {},
    CF_PROXY_OFF: { cloudflare_proxy: 'off' },
    CF_PROXY_ON: { cloudflare_proxy: 'on' },
    CF_PROXY_FULL: { cloudflare_proxy: 'full' },
    CF_PROXY_DEFAULT_OFF: { cloudflare_proxy_default: 'off' },
    CF_PROXY_DEFAULT_ON: { cloudflare_proxy_default: 'on' },
    CF_UNIVERSALSSL_OFF: { cloudflare_universalssl: 'off' },
    CF_UNIVERSALSSL_ON: { cloudflare_universalssl: 'on' },
    CF_CNAME_FLATTEN_OFF: { cloudflare_cname_flatten: 'off' },
    CF_CNAME_FLATTEN_ON: { cloudflare_cname_flatten: 'on' },
    CF_MANAGE_COMMENTS: { cloudflare_manage_comments: 'true' },
    CF_MANAGE_TAGS: { cloudflare_manage_tags: 'true' },
    HEDNS_DYNAMIC_ON: { hedns_dynamic: 'on' },
    HEDNS_DYNAMIC_OFF: { hedns_dynamic: 'off' },
    DISABLE_REPEATED_DOMAIN_CHECK: { skip_fqdn_check: 'true' },
  };
  for (const key in exported) global[key] = exported[key];

  // The completion value, which only the host holds: the function that serialises the
  // configuration once the config has run. Its \\\`unset\\\` names the CLI_DEFAULTS variables that
  // have no value (JSON), for the host's error messages.
  const serialise = () => {
    if (recordPositions.skipped) conf.positions_skipped = recordPositions.skipped;
    if (callPositions.skipped) conf.call_positions_skipped = callPositions.skipped;
    return stringify(conf);
  };
  serialise.unset = () => stringify(variablesWithoutValue());
  return serialise;
})(globalThis);
\`;

// src/formats/dnscontrol/prelude.ts
var PRELUDE_FILE = "zoneguard-prelude.js";
var PRELUDE = sandbox_prelude_default;

// src/formats/dnscontrol/sandbox-run.ts
var variant2 = src_default;
var MAX_STACK_BYTES = 256 * 1024;
var WASM_PAGE_BYTES = 64 * 1024;
var ENGINE_BYTES = 16 * 1024 * 1024;
var MAX_PATH_CHARS = 4096;
var MAX_HASH_CHARS = 1024 * 1024;
var MAX_LOG_CHARS = 10001;
function loadEngine(memoryBytes, engine) {
  const initial = ENGINE_BYTES / WASM_PAGE_BYTES;
  const maximum = Math.ceil((memoryBytes + ENGINE_BYTES) / WASM_PAGE_BYTES);
  const wasmMemory = new WebAssembly.Memory({ initial, maximum });
  return newQuickJSWASMModuleFromVariant(newVariant(variant2, { wasmMemory, wasmModule: engine }));
}
var MAX_STACK_CHARS = 16 * 1024;
var MAX_FRAMES = 64;
var DIGITS = /^\\d{1,9}$/;
function locateInStack(stack, evaluated, fallbackFile) {
  const text = (stack ?? "").slice(0, MAX_STACK_CHARS);
  let start = 0;
  for (let n = 0; n < MAX_FRAMES && start < text.length; n++) {
    const newline = text.indexOf("\\n", start);
    const end = newline < 0 ? text.length : newline;
    const frame = parseFrame(text.slice(start, end));
    if (frame && evaluated.has(frame.file)) return frame;
    start = end + 1;
  }
  return { file: fallbackFile };
}
function parseFrame(line) {
  let s = line.trim();
  if (!s.startsWith("at ")) return void 0;
  s = s.slice(3);
  const open = s.indexOf(" (");
  if (s.endsWith(")") && open >= 0) s = s.slice(open + 2, -1);
  const last = s.lastIndexOf(":");
  if (last < 0 || !DIGITS.test(s.slice(last + 1))) return void 0;
  const before = s.lastIndexOf(":", last - 1);
  if (before >= 0 && DIGITS.test(s.slice(before + 1, last)))
    return {
      file: s.slice(0, before),
      line: Number(s.slice(before + 1, last)),
      column: Number(s.slice(last + 1))
    };
  return { file: s.slice(0, last), line: Number(s.slice(last + 1)) };
}
var MAX_MESSAGE = 500;
function clip(s) {
  return s.length > MAX_MESSAGE ? \`\${s.slice(0, MAX_MESSAGE)}\\u2026\` : s;
}
function runRequest(engine, request, deadline) {
  const { source, file } = request;
  const bridge = createHostBridge(request.files, file, request.baseDir);
  const runtime = engine.newRuntime();
  runtime.setMemoryLimit(request.memoryBytes);
  runtime.setMaxStackSize(MAX_STACK_BYTES);
  const clock = { timedOut: false };
  const expired = () => {
    if (Date.now() > deadline) clock.timedOut = true;
    return clock.timedOut;
  };
  runtime.setInterruptHandler(expired);
  const vm = runtime.newContext();
  const text = stringReader(vm);
  let serialise;
  const explain = (handle) => {
    const failure = describeError(text, handle, file, bridge.filesRead);
    handle.dispose();
    if (clock.timedOut) return fail({ file: failure.file, message: "" }, "deadline");
    if (/^InternalError: out of memory/.test(failure.message)) return fail(failure, "memory");
    if (/stack overflow/.test(failure.message)) return fail(failure, "stack");
    const unset = serialise ? unsetVariables(text, serialise) : [];
    return { ...fail(failure), ...unset.length ? { unset } : {} };
  };
  try {
    for (const [name, value] of request.vars ?? []) {
      const existing = vm.getProp(vm.global, name);
      const builtIn = vm.typeof(existing) !== "undefined";
      existing.dispose();
      if (builtIn)
        return fail({
          file,
          message: \`the variable \${name} (--var, the Action's vars) would replace JavaScript's own \${name}, which the configuration language needs: choose another name\`
        });
      const h = vm.newString(value);
      vm.setProp(vm.global, name, h);
      h.dispose();
    }
    installHost(vm, text, bridge, expired);
    const prelude = vm.evalCode(PRELUDE, PRELUDE_FILE);
    if (prelude.error) return explain(prelude.error);
    serialise = prelude.value;
    const run = vm.evalCode(source, file);
    if (run.error) return explain(run.error);
    run.value.dispose();
    const out = vm.callFunction(prelude.value, vm.undefined);
    if (out.error) return explain(out.error);
    const length = text.length(out.value);
    if (length === void 0)
      return fail({ file, message: "the configuration could not be serialised" });
    if (length > request.memoryBytes / 4) return fail({ file, message: "" }, "memory");
    const json = vm.getString(out.value);
    const unset = unsetVariables(text, prelude.value);
    return {
      ok: true,
      json,
      log: bridge.logLines,
      filesRead: [...bridge.filesRead],
      ...unset.length ? { unset } : {}
    };
  } catch (e) {
    if (e instanceof RangeError) return fail({ file, message: "" }, "nesting");
    throw e;
  }
}
function fail(error, limit) {
  const clipped = { ...error, message: clip(error.message) };
  return limit ? { ok: false, error: clipped, limit } : { ok: false, error: clipped };
}
function unsetVariables(text, serialise) {
  const { vm } = text;
  const fn = vm.getProp(serialise, "unset");
  try {
    if (vm.typeof(fn) !== "function") return [];
    const out = vm.callFunction(fn, vm.undefined);
    if (out.error) {
      out.error.dispose();
      return [];
    }
    const json = text.head(out.value, 64 * 1024);
    out.value.dispose();
    const names = json === void 0 ? [] : JSON.parse(json);
    return Array.isArray(names) ? names.filter((n) => typeof n === "string") : [];
  } catch {
    return [];
  } finally {
    fn.dispose();
  }
}
function describeError(text, handle, file, evaluated) {
  const { vm } = text;
  if (vm.typeof(handle) === "object") {
    const name = readString(text, handle, "name", 100);
    const message = readString(text, handle, "message", MAX_MESSAGE + 1);
    const stack = readString(text, handle, "stack", MAX_STACK_CHARS);
    const where = locateInStack(stack, evaluated, file);
    if (name === "PANIC") return { ...where, message: \`PANIC: \${message ?? ""}\` };
    if (message !== void 0) {
      const prefix = name && name !== "Error" ? \`\${name}: \` : "";
      return { ...where, message: \`\${prefix}\${message}\` };
    }
  }
  const thrown = text.head(handle, MAX_MESSAGE + 1);
  return { file, message: thrown ?? \`uncaught \${vm.typeof(handle)}\` };
}
function readString(text, handle, key, max) {
  const v = text.vm.getProp(handle, key);
  try {
    return text.head(v, max);
  } finally {
    v.dispose();
  }
}
function stringReader(vm) {
  const slice = vm.unwrapResult(vm.evalCode("String.prototype.slice", "<host>"));
  const length = (h) => {
    if (vm.typeof(h) !== "string") return void 0;
    const n = vm.getProp(h, "length");
    try {
      return vm.getNumber(n);
    } finally {
      n.dispose();
    }
  };
  return {
    vm,
    length,
    head(h, max) {
      const n = length(h);
      if (n === void 0) return void 0;
      if (n <= max) return vm.getString(h);
      const cut = vm.unwrapResult(vm.callFunction(slice, h, vm.newNumber(0), vm.newNumber(max)));
      try {
        return vm.getString(cut);
      } finally {
        cut.dispose();
      }
    }
  };
}
function installHost(vm, text, bridge, expired) {
  const host = vm.newObject();
  const guard = (fn) => (...args) => {
    if (expired()) return { error: vm.newError("evaluation deadline passed") };
    try {
      return fn(...args);
    } catch (e) {
      if (e instanceof BridgeError) return { error: vm.newError(e.message) };
      throw e;
    } finally {
      expired();
    }
  };
  const str = (h, max, what) => {
    const n = h ? text.length(h) : void 0;
    if (n === void 0) throw new BridgeError(\`\${what} must be a string\`);
    if (n > max) throw new BridgeError(\`\${what} is \${n} characters long; the limit is \${max}\`);
    return vm.getString(h);
  };
  const fns = {
    load: (spec) => {
      const r = bridge.load(str(spec, MAX_PATH_CHARS, "require: the path"));
      if (r.kind === "json") {
        const o2 = vm.newObject();
        vm.setProp(o2, "kind", vm.newString("json"));
        vm.setProp(o2, "text", vm.newString(r.text));
        return o2;
      }
      const result = bridge.within(r.path, () => vm.evalCode(r.code, r.path));
      if (result.error) return { error: result.error };
      result.value.dispose();
      const o = vm.newObject();
      vm.setProp(o, "kind", vm.newString("js"));
      return o;
    },
    glob: (dir, recursive, ext) => vm.newString(
      bridge.glob(
        str(dir, MAX_PATH_CHARS, "glob: the folder"),
        vm.dump(recursive) !== false,
        str(ext, MAX_PATH_CHARS, "glob: the extension")
      )
    ),
    hash: (alg, value) => vm.newString(
      bridge.hash(
        str(alg, MAX_PATH_CHARS, "HASH: the algorithm"),
        str(value, MAX_HASH_CHARS, "HASH: the value")
      )
    ),
    file: () => vm.newString(bridge.currentFile()),
    log: (line) => {
      bridge.log(text.head(line, MAX_LOG_CHARS) ?? "");
      return void 0;
    }
  };
  for (const [name, fn] of Object.entries(fns)) {
    const h = vm.newFunction(name, guard(fn));
    vm.setProp(host, name, h);
    h.dispose();
  }
  vm.setProp(vm.global, "__zg_host", host);
  host.dispose();
}

// src/formats/dnscontrol/sandbox-worker.ts
var port = parentPort;
if (port) {
  const input = workerData;
  const engine = await loadEngine(input.memoryBytes, input.engine);
  port.once("message", ({ request, timeoutMs }) => {
    const outcome = runRequest(engine, request, Date.now() + timeoutMs);
    port.postMessage({ kind: "done", outcome });
  });
  port.postMessage({ kind: "ready" });
}
`;
export {
  sandbox_worker_bundle_default as default
};
