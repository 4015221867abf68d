import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  parseBootstrap
} from "./chunk-UGRD6HPW.js";
import "./chunk-Y6VGXGMD.js";

// src/live/rdap/iana-dns-bootstrap.json
var iana_dns_bootstrap_default = {
  version: "1.0",
  publication: "",
  description: "Placeholder: no copy of IANA's RDAP bootstrap file for DNS is shipped yet. Refresh it with node scripts/refresh-rdap-bootstrap.mjs (from https://data.iana.org/rdap/dns.json).",
  services: []
};

// src/live/rdap/iana.ts
var parsed;
function shippedBootstrap() {
  if (!parsed) {
    const result = parseBootstrap(iana_dns_bootstrap_default);
    parsed = result.ok ? result : {
      ok: false,
      problem: `the copy of IANA's RDAP bootstrap file shipped with ZoneGuard is not usable (${result.problem}): refresh it with node scripts/refresh-rdap-bootstrap.mjs, or give --rdap URL (the Action's rdap input)`
    };
  }
  return parsed;
}
export {
  shippedBootstrap
};
