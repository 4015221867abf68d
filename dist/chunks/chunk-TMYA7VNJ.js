import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  terraformFiles
} from "./chunk-BIWLE6VI.js";
import {
  RECORD_RESOURCE_TYPES
} from "./chunk-N7M7IRS2.js";
import {
  isZoneFileName,
  underPath
} from "./chunk-NPJJ6ZXY.js";
import {
  CONFIG,
  findDnsconfig
} from "./chunk-6V6SB7MZ.js";
import {
  SINGLE_VALUE_TYPES,
  naturalCompare,
  resolvePlainScalar,
  yamlFiles
} from "./chunk-J7BEQH3Y.js";
import {
  isUnder
} from "./chunk-UFWOLI4P.js";
import {
  decodeEscapes,
  decodeRdata,
  isInZone,
  isPseudoType,
  relativeName,
  tokenizeRdata
} from "./chunk-UEUQZ7ZE.js";
import {
  MAX_MESSAGE_CHARS,
  capText,
  lineColumnIndex,
  makeRRset
} from "./chunk-NHBBLBWC.js";

// src/formats/bind/write.ts
function ownerText(name, origin) {
  return origin !== "." && isInZone(name, origin) ? relativeName(name, origin) : name;
}
function formatBindRecords(rrsets, origin) {
  let out = "";
  for (const rr of rrsets) {
    const owner = ownerText(rr.name, origin);
    for (const v of rr.values) {
      const line = `${owner}	${rr.ttl}	IN	${rr.type}	${v}`;
      out += isPseudoType(rr.type) ? `; ${line} (provider record: no zone-file form)
` : `${line}
`;
    }
  }
  return out;
}
var ORDER = { SOA: 0, NS: 1 };
function formatZoneFile(zone) {
  const rrsets = [...zone.rrsets].sort((a, b) => {
    const apexA = a.name === zone.name ? 0 : 1;
    const apexB = b.name === zone.name ? 0 : 1;
    if (apexA !== apexB) return apexA - apexB;
    const oa = ORDER[a.type] ?? 2;
    const ob = ORDER[b.type] ?? 2;
    if (apexA === 0 && oa !== ob) return oa - ob;
    if (a.name !== b.name) return a.name < b.name ? -1 : 1;
    return a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
  });
  const soa = rrsets.find((r) => r.type === "SOA" && r.name === zone.name);
  const ttl = soa?.ttl ?? rrsets[0]?.ttl ?? 3600;
  return `$ORIGIN ${zone.name}
$TTL ${ttl}
${formatBindRecords(rrsets, zone.name)}`;
}
function exportZoneFile(zone) {
  if (zone.rrsets.some((r) => r.type === "SOA" && r.name === zone.name))
    return formatZoneFile(zone);
  const ns = zone.rrsets.find((r) => r.type === "NS" && r.name === zone.name)?.values[0];
  const mname = ns ?? zone.nameservers?.[0] ?? `ns.${zone.name}`;
  const rname = `hostmaster.${zone.name === "." ? "" : zone.name}`;
  const soa = makeRRset({
    name: zone.name,
    type: "SOA",
    ttl: 3600,
    values: [`${mname} ${rname} 1 7200 3600 1209600 300`]
  });
  return `; SOA made by zoneguard export: the configuration leaves the SOA to the DNS provider
${formatZoneFile({ ...zone, rrsets: [soa, ...zone.rrsets] })}`;
}

// src/formats/bind/format.ts
var bindFormat = {
  id: "bind",
  mayRead: isZoneFileName,
  detect(files, path) {
    return files.some((f) => underPath(f, path) && isZoneFileName(f));
  },
  load: async (tree, options) => (await import("./load-4MY33T5C.js")).loadBind(tree, options),
  write: {
    fenceLanguage: "dns",
    lineComment: ";",
    editUnit: "rrset",
    zoneLocation: (zone) => `the zone file of ${zone} ($ORIGIN ${zone})`,
    records: formatBindRecords,
    zoneFile: { extension: ".zone", text: exportZoneFile }
  }
};

// src/formats/dnscontrol/write.ts
var s = (x) => JSON.stringify(x);
var utf8 = (octets2) => Buffer.from(octets2, "latin1").toString("utf8");
var R53_OPTIONS = /* @__PURE__ */ new Set(["r53_zone_id", "r53_evaluate_target_health"]);
function modifiers(rrset) {
  const mods = [`TTL(${rrset.ttl})`];
  const options = rrset.options ?? {};
  const meta = Object.entries(options).filter(([k]) => !R53_OPTIONS.has(k));
  if (meta.length) mods.push(`{ ${meta.map(([k, v]) => `${s(k)}: ${s(v)}`).join(", ")} }`);
  return mods;
}
function r53Modifiers(rrset) {
  const o = rrset.options ?? {};
  const out = [];
  if (o.r53_zone_id) out.push(`R53_ZONE(${s(o.r53_zone_id)})`);
  if (o.r53_evaluate_target_health === "true") out.push("R53_EVALUATE_TARGET_HEALTH(true)");
  return out;
}
function locArgs(value) {
  const t = value.split(/\s+/);
  const out = [];
  let k = 0;
  for (const hemis of ["NS", "EW"]) {
    const parts = [0, 0, 0];
    let i = 0;
    while (k < t.length && !hemis.includes(t[k])) parts[i++] = Number(t[k++]);
    out.push(...parts, t[k++] ?? "");
  }
  const metres = t.slice(k).map((x) => Number(x.replace(/m$/, "")));
  while (metres.length < 4) metres.push(0);
  if (out.some((x) => typeof x === "number" && Number.isNaN(x)) || metres.some(Number.isNaN))
    return void 0;
  return [
    ...out.map((x) => typeof x === "string" ? s(x) : String(x)),
    ...metres.map(String)
  ].join(", ");
}
function call(rrset, label, value) {
  const mods = modifiers(rrset).join(", ");
  const fqdn = (n) => s(n);
  let rdata;
  try {
    rdata = decodeRdata(rrset.type, value);
  } catch {
    return `// ${rrset.type} ${label} ${value}: not expressible as a DNSControl record`;
  }
  switch (rdata.type) {
    case "A":
    case "AAAA":
      return `${rdata.type}(${s(label)}, ${s(rdata.address)}, ${mods}),`;
    case "CNAME":
    case "NS":
    case "PTR":
    case "DNAME":
      return `${rdata.type}(${s(label)}, ${fqdn(rdata.target)}, ${mods}),`;
    case "MX":
      return `MX(${s(label)}, ${rdata.preference}, ${fqdn(rdata.exchange)}, ${mods}),`;
    case "SRV":
      return `SRV(${s(label)}, ${rdata.priority}, ${rdata.weight}, ${rdata.port}, ${fqdn(rdata.target)}, ${mods}),`;
    case "TXT":
      return `TXT(${s(label)}, ${s(utf8(rdata.strings.join("")))}, ${mods}),`;
    case "CAA":
      return `CAA(${s(label)}, ${s(rdata.tag)}, ${s(utf8(rdata.value))}${rdata.flags & 128 ? ", CAA_CRITICAL" : ""}, ${mods}),`;
    case "SSHFP":
      return `SSHFP(${s(label)}, ${rdata.algorithm}, ${rdata.fpType}, ${s(rdata.fingerprint.toLowerCase())}, ${mods}),`;
    case "TLSA":
    case "SMIMEA":
      return `${rdata.type}(${s(label)}, ${rdata.usage}, ${rdata.selector}, ${rdata.matchingType}, ${s(rdata.data.toLowerCase())}, ${mods}),`;
    case "DS":
      return `DS(${s(label)}, ${rdata.keyTag}, ${rdata.algorithm}, ${rdata.digestType}, ${s(rdata.digest)}, ${mods}),`;
    case "DNSKEY":
      return `DNSKEY(${s(label)}, ${rdata.flags}, ${rdata.protocol}, ${rdata.algorithm}, ${s(rdata.publicKey)}, ${mods}),`;
    case "NAPTR":
      return `NAPTR(${s(label)}, ${rdata.order}, ${rdata.preference}, ${s(utf8(rdata.flags))}, ${s(utf8(rdata.services))}, ${s(utf8(rdata.regexp))}, ${fqdn(rdata.replacement)}, ${mods}),`;
    case "SOA":
      return `SOA(${s(label)}, ${fqdn(rdata.mname)}, ${fqdn(rdata.rname)}, ${rdata.refresh}, ${rdata.retry}, ${rdata.expire}, ${rdata.minimum}, ${mods}),`;
    case "SVCB":
    case "HTTPS": {
      const params = rdata.params.map((p) => p.value === void 0 ? p.key : `${p.key}=${p.value}`).join(" ");
      return `${rdata.type}(${s(label)}, ${rdata.priority}, ${fqdn(rdata.target)}, ${s(params)}, ${mods}),`;
    }
    case "LOC": {
      const args = locArgs(value);
      return args ? `LOC(${s(label)}, ${args}, ${mods}),` : `// LOC ${label} ${value}: restore by hand`;
    }
    case "DHCID":
      return `DHCID(${s(label)}, ${s(rdata.data)}, ${mods}),`;
    case "OPENPGPKEY":
      return `OPENPGPKEY(${s(label)}, ${s(rdata.publicKey)}, ${mods}),`;
    default:
      return pseudoCall(rrset, label, value, mods);
  }
}
function pseudoCall(rrset, label, value, mods) {
  const tokens = tokenizeRdata(value);
  const words2 = "error" in tokens ? [] : tokens.map((t) => {
    const octets2 = decodeEscapes(t.text);
    return typeof octets2 === "string" ? utf8(octets2) : t.text;
  });
  switch (rrset.type) {
    case "ALIAS":
    case "URL":
    case "URL301":
    case "FRAME":
      return `${rrset.type}(${s(label)}, ${s(value)}, ${mods}),`;
    case "R53_ALIAS":
    case "AZURE_ALIAS": {
      const extra = rrset.type === "R53_ALIAS" ? r53Modifiers(rrset).map((m) => `, ${m}`).join("") : "";
      return `${rrset.type}(${s(label)}, ${s(words2[0] ?? "")}, ${s(words2[1] ?? "")}${extra}, ${mods}),`;
    }
    case "CF_REDIRECT":
    case "CF_TEMP_REDIRECT":
    case "CF_WORKER_ROUTE": {
      const comma = value.indexOf(",");
      return `${rrset.type}(${s(value.slice(0, comma))}, ${s(value.slice(comma + 1))}, ${mods}),`;
    }
    case "CF_SINGLE_REDIRECT":
      if (words2.length === 4)
        return `CF_SINGLE_REDIRECT(${s(words2[0])}, ${Number(words2[1])}, ${s(words2[2])}, ${s(words2[3])}),`;
      break;
  }
  return `// ${rrset.type} ${label} ${value}: not expressible as a DNSControl record`;
}
function formatDnscontrolRecords(rrsets, zone) {
  const lines = [];
  for (const rrset of rrsets) {
    const label = relativeName(rrset.name, zone);
    if (rrset.type === "NS" && label === "@") {
      for (const value of rrset.values) lines.push(`NAMESERVER(${s(value)}),`);
      continue;
    }
    for (const value of rrset.values) lines.push(call(rrset, label, value));
  }
  return lines.join("\n");
}

// src/formats/dnscontrol/format.ts
function dnscontrolZoneLocation(zone, where) {
  const d = `D("${zone.replace(/\.$/, "")}", \u2026)`;
  const config = where?.config;
  if (config === void 0) return `${d} in ${CONFIG}`;
  const elsewhere = where.files.filter((f) => f !== config);
  if (elsewhere.length === 0) return `${d} in ${config}`;
  const files = [...elsewhere, ...where.files.includes(config) ? [config] : []];
  const list2 = files.length === 1 ? files[0] : `${files.slice(0, -1).join(", ")} and ${files.at(-1)}`;
  return `${list2}, where these records are written (${d} is in ${config})`;
}
var dnscontrolFormat = {
  id: "dnscontrol",
  // dnsconfig.js, creds.json and what `require` reads.
  mayRead: (path) => /\.(js|json5?)$/.test(path),
  detect(files, path) {
    return findDnsconfig(files, path) !== void 0;
  },
  // The loader (sandbox host, JSON5) is imported when a load runs: start-up time, issue 15.
  load: async (tree, options) => (await import("./load-67MVLJCY.js")).loadDnscontrol(tree, options),
  write: {
    fenceLanguage: "js",
    lineComment: "//",
    editUnit: "rrset",
    zoneLocation: dnscontrolZoneLocation,
    records: formatDnscontrolRecords
  }
};

// src/formats/octodns/write.ts
function formatOctodnsRecords(rrsets, zone, options = {}) {
  const byName = /* @__PURE__ */ new Map();
  const skipped = [];
  for (const r of rrsets) {
    if (octodnsTypeOf(r.type) === void 0) {
      skipped.push(`# ${r.name} ${r.type}: octoDNS has no record type for this`);
      continue;
    }
    if (!isInZone(r.name, zone)) {
      skipped.push(`# ${r.name} ${r.type}: outside ${zone}`);
      continue;
    }
    const rel = relativeName(r.name, zone);
    const key = rel === "@" ? "" : rel;
    const list2 = byName.get(key) ?? [];
    list2.push(r);
    byName.set(key, list2);
  }
  const entries = [...byName.entries()].sort(([a], [b]) => naturalCompare(a, b)).map(([name, list2]) => {
    const records = list2.sort((a, b) => naturalCompare(octodnsTypeOf(a.type), octodnsTypeOf(b.type))).map((r) => recordOut(r, zone, options));
    return [name, records.length === 1 ? records[0] : records];
  });
  const body = entries.length > 0 ? emit({ entries }, 0) : "{}\n";
  return `${skipped.map((s2) => `${s2}
`).join("")}${body}`;
}
function octodnsTypeOf(type) {
  if (type === "TYPE256") return "URI";
  return /^(?:A|AAAA|ALIAS|CAA|CNAME|DNAME|DS|HTTPS|LOC|MX|NAPTR|NS|OPENPGPKEY|PTR|SPF|SRV|SSHFP|SVCB|TLSA|TXT|URLFWD)$/.test(
    type
  ) ? type : void 0;
}
function sorted(entries) {
  return { entries: entries.sort(([a], [b]) => naturalCompare(a, b)) };
}
function recordOut(r, zone, options) {
  const type = octodnsTypeOf(r.type);
  const entries = [["type", type]];
  if (r.ttl !== options.defaultTtl) entries.push(["ttl", r.ttl]);
  const values = r.values.map((v) => valueOut(type, v, zone));
  if (SINGLE_VALUE_TYPES.has(type) || values.length === 1) entries.push(["value", values[0]]);
  else entries.push(["values", values]);
  for (const [key, json] of Object.entries(r.options ?? {}))
    if (key === "dynamic" || key === "geo") entries.push([key, fromJson(JSON.parse(json))]);
  return sorted(entries);
}
function fromJson(v) {
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean")
    return v;
  if (Array.isArray(v)) return v.map(fromJson);
  return sorted(Object.entries(v).map(([k, x]) => [k, fromJson(x)]));
}
function valueOut(type, text, zone) {
  const tokens = tokenizeRdata(text);
  if ("error" in tokens) throw new Error(`not canonical ${type} rdata: ${text}`);
  const t = (i) => tokens[i]?.text ?? "";
  const n = (i) => Number(t(i));
  const str = (i) => octets(tokens[i]);
  switch (type) {
    case "A":
    case "AAAA":
    case "CNAME":
    case "ALIAS":
    case "DNAME":
    case "NS":
    case "PTR":
    case "OPENPGPKEY":
      return tokens.map((x) => x.text).join("");
    case "TXT":
    case "SPF":
      return tokens.map(octets).join("").replace(/;/g, "\\;");
    case "MX":
      return sorted([
        ["preference", n(0)],
        ["exchange", t(1)]
      ]);
    case "SRV":
      return sorted([
        ["priority", n(0)],
        ["weight", n(1)],
        ["port", n(2)],
        ["target", t(3)]
      ]);
    case "CAA":
      return sorted([
        ["flags", n(0)],
        ["tag", t(1)],
        ["value", str(2)]
      ]);
    case "DS":
      return sorted([
        ["key_tag", n(0)],
        ["algorithm", n(1)],
        ["digest_type", n(2)],
        [
          "digest",
          tokens.slice(3).map((x) => x.text).join("")
        ]
      ]);
    case "SSHFP":
      return sorted([
        ["algorithm", n(0)],
        ["fingerprint_type", n(1)],
        [
          "fingerprint",
          tokens.slice(2).map((x) => x.text).join("")
        ]
      ]);
    case "TLSA":
      return sorted([
        ["certificate_usage", n(0)],
        ["selector", n(1)],
        ["matching_type", n(2)],
        [
          "certificate_association_data",
          tokens.slice(3).map((x) => x.text).join("")
        ]
      ]);
    case "NAPTR":
      return sorted([
        ["order", n(0)],
        ["preference", n(1)],
        ["flags", str(2)],
        ["service", str(3)],
        ["regexp", str(4)],
        ["replacement", t(5)]
      ]);
    case "LOC":
      return locOut(tokens);
    case "SVCB":
    case "HTTPS":
      return svcbOut(tokens);
    case "URLFWD":
      return sorted([
        ["path", str(0)],
        ["target", str(1)],
        ["code", n(2)],
        ["masking", n(3)],
        ["query", n(4)]
      ]);
    case "URI": {
      const hex = tokens.slice(2).map((x) => x.text).join("");
      const bytes = Buffer.from(hex, "hex");
      return sorted([
        ["priority", bytes.readUInt16BE(0)],
        ["weight", bytes.readUInt16BE(2)],
        ["target", bytes.subarray(4).toString("utf8")]
      ]);
    }
    default:
      throw new Error(`octoDNS has no ${type} records (${zone})`);
  }
}
function octets(token) {
  if (!token) return "";
  const d = decodeEscapes(token.text);
  if (typeof d !== "string") throw new Error(d.error);
  return d;
}
function locOut(tokens) {
  let i = 0;
  const angle = (dirs) => {
    const parts = [];
    while (i < tokens.length && !dirs.includes(tokens[i].text.toUpperCase()))
      parts.push(tokens[i++].text);
    const dir = tokens[i++]?.text.toUpperCase() ?? dirs[0];
    return { d: Number(parts[0] ?? 0), m: Number(parts[1] ?? 0), s: Number(parts[2] ?? 0), dir };
  };
  const lat = angle("NS");
  const lon = angle("EW");
  const metres = (dflt) => {
    const x = tokens[i++];
    return x ? Number(x.text.replace(/m$/i, "")) : dflt;
  };
  const altitude = metres(0);
  const size = metres(1);
  const hp = metres(1e4);
  const vp = metres(10);
  return sorted([
    ["lat_degrees", lat.d],
    ["lat_minutes", lat.m],
    ["lat_seconds", lat.s],
    ["lat_direction", lat.dir],
    ["long_degrees", lon.d],
    ["long_minutes", lon.m],
    ["long_seconds", lon.s],
    ["long_direction", lon.dir],
    ["altitude", altitude],
    ["size", size],
    ["precision_horz", hp],
    ["precision_vert", vp]
  ]);
}
var SVC_LISTS = /* @__PURE__ */ new Set(["alpn", "ipv4hint", "ipv6hint", "mandatory"]);
function svcbOut(tokens) {
  const params = [];
  for (let i = 2; i < tokens.length; i++) {
    const tok = tokens[i];
    const eq = tok.text.indexOf("=");
    if (eq < 0) {
      params.push([tok.text, null]);
      continue;
    }
    const key = tok.text.slice(0, eq);
    let raw = tok.text.slice(eq + 1);
    if (raw === "" && tokens[i + 1]?.quoted) raw = tokens[++i].text;
    const value = octets({ text: raw, quoted: false });
    if (SVC_LISTS.has(key)) params.push([key, splitUnescapedCommas(value)]);
    else if (key === "port") params.push([key, Number(value)]);
    else params.push([key, value]);
  }
  const entries = [
    ["svcpriority", Number(tokens[0]?.text)],
    ["targetname", tokens[1]?.text ?? "."]
  ];
  if (params.length > 0) entries.push(["svcparams", sorted(params)]);
  return sorted(entries);
}
function splitUnescapedCommas(s2) {
  const out = [];
  let cur = "";
  for (let i = 0; i < s2.length; i++) {
    if (s2[i] === "\\" && i + 1 < s2.length) cur += s2[++i];
    else if (s2[i] === ",") {
      out.push(cur);
      cur = "";
    } else cur += s2[i];
  }
  out.push(cur);
  return out;
}
function scalar(v) {
  if (v === null) return "null";
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  const plain = /^[A-Za-z0-9_./][A-Za-z0-9_./+=@-]*$/.test(v) && resolvePlainScalar(v).type === "str" && !/^\d{4}-\d\d?-\d\d?/.test(v) && v !== "<<" && v !== "=";
  if (plain) return v;
  if (!/[\x00-\x1f\x7f]/.test(v)) return `'${v.replace(/'/g, "''")}'`;
  let out = "";
  for (const ch of v) {
    const c = ch.codePointAt(0);
    if (ch === "\\" || ch === '"') out += `\\${ch}`;
    else if (c < 32 || c === 127) out += `\\x${c.toString(16).padStart(2, "0")}`;
    else out += ch;
  }
  return `"${out}"`;
}
function isCollection(v) {
  return Array.isArray(v) || typeof v === "object" && v !== null;
}
function emit(v, indent) {
  const pad = " ".repeat(indent);
  if (Array.isArray(v)) {
    if (v.length === 0) return `${pad}[]
`;
    return v.map((item) => {
      if (!isCollection(item)) return `${pad}- ${scalar(item)}
`;
      const inner = emit(item, indent + 2);
      return `${pad}- ${inner.slice(indent + 2)}`;
    }).join("");
  }
  if (typeof v === "object" && v !== null) {
    if (v.entries.length === 0) return `${pad}{}
`;
    return v.entries.map(([k, x]) => {
      if (!isCollection(x)) return `${pad}${scalar(k)}: ${scalar(x)}
`;
      return `${pad}${scalar(k)}:
${emit(x, indent + 2)}`;
    }).join("");
  }
  return `${pad}${scalar(v)}
`;
}

// src/formats/octodns/format.ts
var ZONE_FILE = /(^|\/)[^/]+\.[^/]+\.yaml$/;
var SPLIT_DIR = /(^|\/)[^/]+\.[^/]+\.\/[^/]+\.yaml$/;
var octodnsFormat = {
  id: "octodns",
  // YAML files outside hidden folders (`.github/`), as configs are looked for.
  mayRead: (path) => yamlFiles([path], "").length > 0,
  detect(files, path) {
    const dir = path.replace(/\/+$/, "");
    const inside = files.filter((f) => isUnder(f, dir));
    const yaml = yamlFiles(inside, dir);
    return yaml.some((f) => !ZONE_FILE.test(f)) && yaml.some((f) => ZONE_FILE.test(f) || SPLIT_DIR.test(f));
  },
  // The loader (and the YAML parser) is imported when a load runs: start-up time, issue 15.
  load: async (tree, options) => (await import("./load-4DZA72E6.js")).loadOctodns(tree, options),
  write: {
    fenceLanguage: "yaml",
    lineComment: "#",
    editUnit: "name",
    zoneLocation: (zone) => `the YamlProvider zone file of ${zone}`,
    // Without options: a snippet spells out every TTL rather than assume the zone's default.
    records: (rrsets, zone) => formatOctodnsRecords(rrsets, zone)
  }
};

// src/formats/terraform/write.ts
var RECORD_FOR_PROVIDER = {
  aws: "aws_route53_record",
  cloudflare: "cloudflare_dns_record",
  google: "google_dns_record_set",
  azurerm: "azurerm_dns_a_record",
  digitalocean: "digitalocean_record",
  ovh: "ovh_domain_zone_record"
};
function recordResourceFor(zone) {
  const providers = zone?.providers ?? [];
  return providers.map((p) => p.resource).find((t) => t !== void 0 && RECORD_RESOURCE_TYPES.has(t)) ?? providers.map((p) => RECORD_FOR_PROVIDER[p.type ?? ""]).find((t) => t !== void 0) ?? "aws_route53_record";
}
var utf82 = (octets2) => Buffer.from(octets2, "latin1").toString("utf8");
function hclString(s2) {
  const body = s2.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t").replace(/\$\{/g, "$${").replace(/%\{/g, "%%{").replace(
    /[\u0000-\u001f\u007f]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
  return `"${body}"`;
}
function words(value) {
  const t = tokenizeRdata(value);
  if ("error" in t) return [value];
  return t.map((x) => {
    const d = decodeEscapes(x.text);
    return typeof d === "string" ? utf82(d) : x.text;
  });
}
var noDot = (s2) => s2.length > 1 ? s2.replace(/\.$/, "") : s2;
function resourceName(rrset, zone, n) {
  const label = relativeName(rrset.name, zone);
  const base = `${label === "@" ? "apex" : label}_${rrset.type}`.toLowerCase().replace(/[^a-z0-9_-]/g, "_").replace(/^([^a-z_])/, "_$1");
  return n === void 0 ? base : `${base}_${n}`;
}
function block(type, name, lines) {
  const body = lines.filter((l) => l !== void 0);
  const width = Math.max(...body.map((l) => l.includes(" = ") ? l.indexOf(" = ") : 0));
  const aligned = body.map((l) => {
    const i = l.indexOf(" = ");
    return i > 0 && !l.startsWith(" ") && !l.startsWith("#") ? `${l.slice(0, i).padEnd(width)}${l.slice(i)}` : l;
  });
  return `resource "${type}" "${name}" {
${aligned.map((l) => `  ${l}`).join("\n")}
}`;
}
var list = (items) => `[${items.map(hclString).join(", ")}]`;
function formatTerraformRecords(rrsets, zone, of) {
  const type = recordResourceFor(of);
  const zoneRef = of?.reference ?? "var.zone_id";
  const out = [];
  for (const r of rrsets) {
    const label = relativeName(r.name, zone);
    switch (RECORD_RESOURCE_TYPES.get(type)) {
      case "aws":
        out.push(route53(r, zone, zoneRef));
        break;
      case "google":
        out.push(
          block("google_dns_record_set", resourceName(r, zone), [
            `managed_zone = ${zoneRef.replace(/\.id$/, ".name")}`,
            `name = ${hclString(r.name)}`,
            `type = ${hclString(r.type)}`,
            `ttl = ${r.ttl}`,
            `rrdatas = ${list(r.values)}`
          ])
        );
        break;
      case "azurerm":
        out.push(azure(r, label, zone, zoneRef.replace(/\.id$/, ".name")));
        break;
      case "digitalocean":
      case "ovh":
      case "cloudflare":
      default:
        r.values.forEach((v, i) => {
          out.push(
            perValue(type, r, label, zone, zoneRef, v, r.values.length > 1 ? i + 1 : void 0)
          );
        });
    }
  }
  return out.join("\n\n");
}
function route53(r, zone, zoneRef) {
  const lines = [
    `zone_id = ${zoneRef}`,
    `name = ${hclString(noDot(r.name))}`
  ];
  if (r.type === "R53_ALIAS") {
    const [type, target] = words(r.values[0] ?? "");
    lines.push(`type = ${hclString(type ?? "A")}`);
    lines.push("alias {");
    lines.push(`  name                   = ${hclString(noDot(target ?? ""))}`);
    lines.push(`  zone_id                = ${hclString(r.options?.["r53_zone_id"] ?? "")}`);
    lines.push(
      `  evaluate_target_health = ${r.options?.["r53_evaluate_target_health"] ?? "false"}`
    );
    lines.push("}");
  } else {
    lines.push(`type = ${hclString(r.type)}`, `ttl = ${r.ttl}`);
    const values = r.values.map(
      (v) => r.type === "TXT" || r.type === "SPF" ? words(v).join('""') : v
    );
    lines.push(`records = ${list(values)}`);
  }
  if (r.options?.["routing"])
    lines.push(
      `# routing sets at base (set_identifier: policy ttl values): ${r.options["routing"]}`
    );
  return block("aws_route53_record", resourceName(r, zone), lines);
}
function azure(r, label, zone, zoneName) {
  const type = `azurerm_dns_${r.type.toLowerCase()}_record`;
  const lines = [
    `name = ${hclString(label)}`,
    `zone_name = ${zoneName}`,
    "resource_group_name = var.resource_group_name",
    `ttl = ${r.ttl}`
  ];
  const rec = (fields) => [
    "record {",
    ...fields.map(([k, v]) => `  ${k} = ${v}`),
    "}"
  ];
  switch (r.type) {
    case "A":
    case "AAAA":
    case "NS":
    case "PTR":
      lines.push(`records = ${list(r.values)}`);
      break;
    case "CNAME":
      lines.push(`record = ${hclString(r.values[0] ?? "")}`);
      break;
    case "MX":
      for (const v of r.values) {
        const [p, x] = words(v);
        lines.push(
          ...rec([
            ["preference", p ?? "0"],
            ["exchange", hclString(x ?? "")]
          ])
        );
      }
      break;
    case "SRV":
      for (const v of r.values) {
        const [p, w, port, t] = words(v);
        lines.push(
          ...rec([
            ["priority", p],
            ["weight", w],
            ["port", port],
            ["target", hclString(t ?? "")]
          ])
        );
      }
      break;
    case "CAA":
      for (const v of r.values) {
        const [f, tag, val] = words(v);
        lines.push(
          ...rec([
            ["flags", f],
            ["tag", hclString(tag ?? "")],
            ["value", hclString(val ?? "")]
          ])
        );
      }
      break;
    case "TXT":
      for (const v of r.values) lines.push(...rec([["value", hclString(words(v).join(""))]]));
      break;
    default:
      lines.push(`# ${r.type} ${r.values.join(" | ")}: Azure DNS has no resource for this type`);
  }
  return block(type, resourceName(r, zone), lines);
}
function perValue(type, r, label, zone, zoneRef, v, n) {
  const w = words(v);
  const name = resourceName(r, zone, n);
  if (type === "digitalocean_record") {
    const lines2 = [
      `domain = ${zoneRef}`,
      `name = ${hclString(label)}`,
      `type = ${hclString(r.type)}`,
      `ttl = ${r.ttl}`
    ];
    if (r.type === "MX") lines2.push(`priority = ${w[0]}`, `value = ${hclString(w[1] ?? "")}`);
    else if (r.type === "SRV")
      lines2.push(
        `priority = ${w[0]}`,
        `weight = ${w[1]}`,
        `port = ${w[2]}`,
        `value = ${hclString(w[3] ?? "")}`
      );
    else if (r.type === "CAA")
      lines2.push(
        `flags = ${w[0]}`,
        `tag = ${hclString(w[1] ?? "")}`,
        `value = ${hclString(w[2] ?? "")}`
      );
    else lines2.push(`value = ${hclString(r.type === "TXT" ? w.join("") : v)}`);
    return block(type, name, lines2);
  }
  if (type === "ovh_domain_zone_record")
    return block(type, name, [
      `zone = ${zoneRef}`,
      `subdomain = ${hclString(label === "@" ? "" : label)}`,
      `fieldtype = ${hclString(r.type)}`,
      `ttl = ${r.ttl}`,
      `target = ${hclString(v)}`
    ]);
  const v5 = type !== "cloudflare_record";
  const lines = [
    `zone_id = ${zoneRef}`,
    `name = ${hclString(label)}`,
    `type = ${hclString(r.type)}`,
    `ttl = ${r.ttl}`
  ];
  const data = (fields) => v5 ? ["data = {", ...fields.map(([k, x]) => `  ${k} = ${x}`), "}"] : ["data {", ...fields.map(([k, x]) => `  ${k} = ${x}`), "}"];
  switch (r.type) {
    case "MX":
      lines.push(`priority = ${w[0]}`, `content = ${hclString(noDot(w[1] ?? ""))}`);
      break;
    case "SRV":
      lines.push(
        ...data([
          ["priority", w[0]],
          ["weight", w[1]],
          ["port", w[2]],
          ["target", hclString(noDot(w[3] ?? ""))]
        ])
      );
      break;
    case "CAA":
      lines.push(
        ...data([
          ["flags", w[0]],
          ["tag", hclString(w[1] ?? "")],
          ["value", hclString(w[2] ?? "")]
        ])
      );
      break;
    case "TXT":
    case "SPF":
      lines.push(`content = ${hclString(w.join(""))}`);
      break;
    case "CNAME":
    case "NS":
    case "PTR":
      lines.push(`content = ${hclString(noDot(v))}`);
      break;
    default:
      lines.push(`content = ${hclString(v)}`);
  }
  if (r.options?.["cloudflare_proxy"] === "on") lines.push("proxied = true");
  return block(type, name, lines);
}

// src/formats/terraform/format.ts
var terraformFormat = {
  id: "terraform",
  // HCL files and variable files: a refused link with such a name is said, not skipped.
  mayRead: (path) => /\.(?:tf|tfvars)$/.test(path),
  detect: (files, path) => terraformFiles(files, path).length > 0,
  // The loader is imported when a load runs: start-up time, issue 15.
  load: async (tree, options) => (await import("./load-V5K3DCQX.js")).loadTerraform(tree, options),
  write: {
    fenceLanguage: "hcl",
    lineComment: "#",
    editUnit: "rrset",
    zoneLocation: (zone, where) => `the Terraform configuration of ${zone}${where?.config ? ` (${where.config})` : ""}${where?.files.length ? `, replacing the resources in ${where.files.join(", ")}` : ""}`,
    records: formatTerraformRecords
  }
};

// src/formats/registry.ts
var FORMATS = [
  dnscontrolFormat,
  octodnsFormat,
  terraformFormat,
  bindFormat
];
function formatById(id) {
  return FORMATS.find((f) => f.id === id);
}

// src/model/severity.ts
var SEVERITIES = ["info", "low", "medium", "high", "critical"];
function isSeverity(value) {
  return typeof value === "string" && SEVERITIES.includes(value);
}
function severityRank(severity) {
  return SEVERITIES.indexOf(severity);
}
function compareSeverity(a, b) {
  return severityRank(a) - severityRank(b);
}
function maxSeverity(severities) {
  let highest;
  for (const s2 of severities)
    if (highest === void 0 || severityRank(s2) > severityRank(highest)) highest = s2;
  return highest;
}
function raiseSeverity(severity) {
  return SEVERITIES[Math.min(severityRank(severity) + 1, SEVERITIES.length - 1)];
}

// src/secrets/secrets.ts
import { createHash } from "node:crypto";
var MAX_SCAN = 2 * 1024 * 1024;
var ASSIGN = String.raw`["']?\s*[:=]\s*["']?`;
var PATTERNS = [
  {
    kind: "private key",
    re: /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/g,
    group: 0
  },
  { kind: "AWS access key ID", re: /\b((?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16})\b/g, group: 1 },
  {
    kind: "AWS secret access key",
    re: new RegExp(
      `(?:aws_?secret_?access_?key|secret_?access_?key|SecretKey)${ASSIGN}([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])`,
      "gi"
    ),
    group: 1
  },
  {
    kind: "Cloudflare Origin CA key",
    re: /\b(v1\.0-[0-9a-f]{24}-[0-9a-f]{146})\b/g,
    group: 1
  },
  {
    kind: "Cloudflare Global API Key",
    re: new RegExp(
      `(?:x-auth-key|apikey|api_key|cloudflare_api_key|cf_api_key|dns_cloudflare_api_key)${ASSIGN}([0-9a-f]{37})(?![0-9a-z])`,
      "gi"
    ),
    group: 1
  },
  {
    kind: "Cloudflare API token",
    re: new RegExp(
      `(?:apitoken|api_token|cloudflare_api_token|cf_api_token|dns_cloudflare_api_token|cloudflare_dns_api_token)${ASSIGN}([A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])`,
      "gi"
    ),
    group: 1
  },
  { kind: "DigitalOcean token", re: /\b(do[opr]_v1_[a-f0-9]{64})\b/g, group: 1 },
  { kind: "GitHub token", re: /\b(gh[pousr]_[A-Za-z0-9]{36,255})\b/g, group: 1 },
  { kind: "GitHub token", re: /\b(github_pat_[A-Za-z0-9_]{82})\b/g, group: 1 },
  { kind: "Google API key", re: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g, group: 1 },
  { kind: "Slack token", re: /\b(xox[abposr]-[0-9A-Za-z-]{10,200})\b/g, group: 1 },
  {
    kind: "Azure client secret",
    re: new RegExp(
      `(?:client_?secret|AZURE_CLIENT_SECRET|ARM_CLIENT_SECRET)${ASSIGN}([A-Za-z0-9_~.-]{34,44})(?![A-Za-z0-9_~.-])`,
      "gi"
    ),
    group: 1
  },
  {
    kind: "Bearer token",
    re: /\bAuthorization:\s*Bearer\s+([A-Za-z0-9_\-.=]{20,400})(?![A-Za-z0-9_\-.=])/gi,
    group: 1
  }
];
function maskSecret(value) {
  if (value.startsWith("-----BEGIN")) return "-----BEGIN \u2026 PRIVATE KEY-----";
  return value.length >= 12 ? `${value.slice(0, 4)}\u2026${value.slice(-2)}` : "\u2026";
}
function secretDigest(value) {
  return createHash("sha256").update(value).digest("hex").slice(0, 16);
}
function patternHits(source) {
  const out = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (const m of source.matchAll(p.re)) {
      const value = p.group === 0 ? m[0] : m[p.group];
      if (!value) continue;
      if (p.group !== 0 && looksLikePlaceholder(value)) continue;
      const start = m.index + (p.group === 0 ? 0 : m[0].lastIndexOf(value));
      out.push({ kind: p.kind, start, value });
    }
  }
  return out;
}
var GUESSED_KIND = "credential-like value";
var CREDENTIAL_WORD = /\b(?:aws|secret|token|passw(?:or)?d|pwd|api[_-]?key|access[_-]?key|private[_-]?key|credentials?|auth)[A-Za-z0-9_-]{0,32}/gi;
var RUN = /[A-Za-z0-9+/=_~.-]+/g;
var RUN_CHAR = /[A-Za-z0-9+/=_~.-]/;
var CONTEXT_WINDOW = 24;
var CONTEXT_MAX = 128;
function looksGenerated(value, min = 20) {
  if (value.length < min || value.length > CONTEXT_MAX) return false;
  if (!/[A-Z]/.test(value) || !/[a-z]/.test(value) || !/[0-9]/.test(value)) return false;
  const counts = /* @__PURE__ */ new Map();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= n / value.length * Math.log2(n / value.length);
  return bits >= 3.5;
}
function contextHits(source, keepPlaceholders) {
  const out = [];
  CREDENTIAL_WORD.lastIndex = 0;
  for (const m of source.matchAll(CREDENTIAL_WORD)) {
    const from = m.index + m[0].length;
    let window = source.slice(from, from + CONTEXT_WINDOW + CONTEXT_MAX + 1);
    const eol = window.indexOf("\n");
    if (eol !== -1) window = window.slice(0, eol);
    for (const r of window.matchAll(RUN)) {
      if (r.index > CONTEXT_WINDOW) break;
      if (r.index === 0 && RUN_CHAR.test(source[from - 1] ?? "")) continue;
      if (r.index + r[0].length === window.length && RUN_CHAR.test(source[from + window.length] ?? ""))
        break;
      if (looksGenerated(r[0]) && (keepPlaceholders || !looksLikePlaceholder(r[0]))) {
        out.push({ kind: GUESSED_KIND, start: from + r.index, value: r[0] });
        break;
      }
    }
  }
  return out;
}
function shapeHits(source) {
  const out = [];
  for (const r of source.matchAll(RUN)) {
    const v = r[0];
    if (v.length === 40 && /^[A-Za-z0-9+/_-]{40}$/.test(v) && looksGenerated(v, 40))
      out.push({ kind: "AWS secret or Cloudflare token", start: r.index, value: v });
    else if (v.length === 37 && /^[0-9a-f]{37}$/.test(v) && /[a-f]/.test(v) && /\d/.test(v))
      out.push({ kind: "Cloudflare Global API Key", start: r.index, value: v });
  }
  return out;
}
function findSecrets(text) {
  const source = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  const lineColumnAt = lineColumnIndex(source);
  const seen = /* @__PURE__ */ new Set();
  const out = [];
  for (const h of [...patternHits(source), ...contextHits(source, false)]) {
    if (seen.has(h.start)) continue;
    seen.add(h.start);
    const { line, column } = lineColumnAt(h.start);
    out.push({
      kind: h.kind,
      masked: maskSecret(h.value),
      digest: secretDigest(h.value),
      line,
      column
    });
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}
function looksLikePlaceholder(value) {
  return /^(.)\1+$/.test(value) || /example|placeholder|your[-_]?|changeme|redacted/i.test(value);
}
var PEM_END = /-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----/g;
var PEM_MAX = 16 * 1024;
function redactSecrets(text) {
  const hits = [...patternHits(text), ...contextHits(text, true), ...shapeHits(text)].sort(
    (a, b) => a.start - b.start || b.value.length - a.value.length
  );
  if (hits.length === 0) return text;
  let out = "";
  let at = 0;
  for (const h of hits) {
    if (h.start < at) continue;
    let end = h.start + h.value.length;
    if (h.value.startsWith("-----BEGIN")) {
      PEM_END.lastIndex = end;
      const close = PEM_END.exec(text.slice(0, end + PEM_MAX));
      end = close ? close.index + close[0].length : Math.min(text.length, end + PEM_MAX);
    }
    out += text.slice(at, h.start) + maskSecret(h.value);
    at = end;
  }
  return out + text.slice(at);
}
function escapeControlCharacters(text) {
  return text.replace(
    /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => c === "\n" ? "\\n" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function outputText(text, max = MAX_MESSAGE_CHARS) {
  const rough = text.length > 4 * max ? text.slice(0, 4 * max) : text;
  const escaped = escapeControlCharacters(redactSecrets(rough));
  return rough === text ? capText(escaped, max) : capText(escaped, max, text.length);
}

export {
  FORMATS,
  formatById,
  SEVERITIES,
  isSeverity,
  severityRank,
  compareSeverity,
  maxSeverity,
  raiseSeverity,
  GUESSED_KIND,
  findSecrets,
  redactSecrets,
  escapeControlCharacters,
  outputText
};
