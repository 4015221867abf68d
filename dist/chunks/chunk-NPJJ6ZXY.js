import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  canonicalName
} from "./chunk-UEUQZ7ZE.js";

// src/formats/bind/files.ts
function baseName(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}
function isZoneFileName(path) {
  const b = baseName(path);
  return b.endsWith(".zone") || b.startsWith("db.") || b.endsWith(".db");
}
function zoneNameFromFileName(path) {
  let b = baseName(path);
  if (b.startsWith("db.")) b = b.slice(3);
  else if (b.endsWith(".zone")) b = b.slice(0, -5);
  else if (b.endsWith(".db")) b = b.slice(0, -3);
  if (b === "") return void 0;
  const r = canonicalName(b.endsWith(".") ? b : `${b}.`);
  return r.ok ? r.name : void 0;
}
function underPath(file, path) {
  const p = path.replace(/^\.?\/+|\/+$/g, "");
  return p === "" || p === "." || file === p || file.startsWith(`${p}/`);
}

export {
  isZoneFileName,
  zoneNameFromFileName,
  underPath
};
