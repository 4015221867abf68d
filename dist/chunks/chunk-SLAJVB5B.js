import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  lineColumnIndex,
  literalGroups
} from "./chunk-NHBBLBWC.js";

// src/formats/dnscontrol/creds.ts
import { posix } from "node:path";
function keyOffset(text, key, from = 0) {
  const quoted = JSON.stringify(key);
  let i = text.indexOf(quoted, from);
  while (i >= 0) {
    if (/^\s*:/.test(text.slice(i + quoted.length, i + quoted.length + 20))) return i;
    i = text.indexOf(quoted, i + 1);
  }
  return void 0;
}
function isEnvReference(value) {
  return typeof value === "string" && /^\$[A-Za-z_][A-Za-z0-9_]*$/.test(value);
}
function defaultCredsFile(config) {
  return posix.join(posix.dirname(config), "creds.json");
}
function parseCredsText(text, json5) {
  try {
    return { ok: true, value: JSON.parse(text), plainJson: true };
  } catch {
    if (!json5) return { ok: "json5-needed" };
    try {
      return { ok: true, value: json5(text), plainJson: false };
    } catch (e) {
      const line = e.lineNumber;
      return { ok: false, ...line ? { line } : {} };
    }
  }
}
function readCreds(text, file, json5) {
  const credentials = [];
  const types = /* @__PURE__ */ new Map();
  const bindDirectories = /* @__PURE__ */ new Map();
  const parsed = parseCredsText(text, json5);
  if (parsed.ok === "json5-needed")
    return { credentials, types, bindDirectories, plainJson: false, errors: [] };
  if (!parsed.ok)
    return {
      credentials,
      types,
      bindDirectories,
      plainJson: false,
      errors: [
        {
          level: "error",
          message: "creds.json is not valid JSON",
          location: { file, ...parsed.line ? { line: parsed.line } : {} },
          code: "dnscontrol/creds"
        }
      ]
    };
  const { value, plainJson } = parsed;
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return {
      credentials,
      types,
      bindDirectories,
      plainJson,
      errors: [
        {
          level: "error",
          message: "creds.json must hold an object of providers",
          location: { file },
          code: "dnscontrol/creds"
        }
      ]
    };
  const lineColumnAt = lineColumnIndex(text);
  const group = literalGroups();
  const lineAt = (offset) => offset === void 0 ? {} : { line: lineColumnAt(offset).line };
  for (const [provider, body] of Object.entries(value)) {
    const at = keyOffset(text, provider);
    const location = { file, ...lineAt(at) };
    if (typeof body !== "object" || body === null || Array.isArray(body)) continue;
    const type = body.TYPE;
    const fields = [];
    for (const [key, fieldValue] of Object.entries(body)) {
      if (key === "TYPE") continue;
      const env = isEnvReference(fieldValue);
      fields.push({
        key,
        literal: !env,
        ...env ? { env: fieldValue.slice(1) } : { literalGroup: group(fieldValue) },
        location: { file, ...lineAt(keyOffset(text, key, at ?? 0)) }
      });
    }
    if (typeof type === "string") types.set(provider, type);
    const directory = body.directory;
    if (type === "BIND" && typeof directory === "string") bindDirectories.set(provider, directory);
    credentials.push({ provider, ...typeof type === "string" ? { type } : {}, location, fields });
  }
  return { credentials, types, bindDirectories, plainJson, errors: [] };
}

export {
  defaultCredsFile,
  readCreds
};
