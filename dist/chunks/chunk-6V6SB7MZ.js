import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);

// src/formats/dnscontrol/files.ts
import { posix } from "node:path";
var CONFIG = "dnsconfig.js";
function under(path) {
  const prefix = path === "" || path === "." ? "" : `${path.replace(/\/$/, "")}/`;
  return (f) => f.startsWith(prefix);
}
function findDnsconfigs(files, path) {
  return files.filter(under(path)).filter((f) => posix.basename(f) === CONFIG).sort((a, b) => a.split("/").length - b.split("/").length || (a < b ? -1 : 1));
}
function findDnsconfig(files, path) {
  return findDnsconfigs(files, path)[0];
}

export {
  CONFIG,
  findDnsconfigs,
  findDnsconfig
};
