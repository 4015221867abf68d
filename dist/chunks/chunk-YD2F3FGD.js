import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  GUESSED_KIND,
  SEVERITIES,
  findSecrets,
  formatById,
  maxSeverity,
  outputText,
  raiseSeverity,
  severityRank
} from "./chunk-TMYA7VNJ.js";
import {
  DNSKEY_FLAG_SEP,
  computeDs,
  formatDs,
  isUsableKey,
  keyTag,
  matchDs,
  parseDnskey,
  parseDs,
  serialGreater,
  serverLabel,
  specialUseZone
} from "./chunk-6726HYXS.js";
import {
  RRsetMap,
  byNameOf,
  entriesAt,
  lookupIn
} from "./chunk-43NXJOJ3.js";
import {
  defaultCredsFile,
  readCreds
} from "./chunk-SLAJVB5B.js";
import {
  EVENT_ID,
  getScalarValue,
  loadAll,
  memoized,
  parseEvents
} from "./chunk-ZTWXCZHL.js";
import {
  leftAlone,
  nameManagedElsewhere,
  pushWritesNothing
} from "./chunk-STTGIKZ5.js";
import {
  SourceError
} from "./chunk-BW47LDJB.js";
import {
  groupedDigits
} from "./chunk-PW6GGXO2.js";
import {
  decodeRdata,
  isInZone,
  isWildcard,
  mxExchange,
  parentName,
  relativeName
} from "./chunk-UEUQZ7ZE.js";
import {
  MAX_QUOTED_CHARS,
  formatLocation,
  lineColumnIndex,
  rrsetKey,
  zoneKey
} from "./chunk-NHBBLBWC.js";

// src/rules/pipeline-files.ts
var MAX_FILE_BYTES = 512 * 1024;
var MAX_JSON_PROBES = 200;
function kindFromPath(path) {
  if (/^\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) return "workflow";
  if (/^(?:.*\/)?(?:[\w.-]*[-_.])?creds\.json$/i.test(path)) return "dnscontrol-creds";
  if (/\.(?:tf|tf\.json|tfvars|tfvars\.json)$/.test(path)) return "terraform";
  if (path === ".zoneguard.yml" || path === ".zoneguard.yaml") return "zoneguard-policy";
  return void 0;
}
function credentialFiles(...sets) {
  const out = /* @__PURE__ */ new Map();
  for (const set of sets)
    for (const c of set?.credentials ?? []) {
      const file = c.location.file;
      out.set(file, kindFromPath(file) ?? "octodns-config");
    }
  return out;
}
async function readBounded(tree, path) {
  try {
    const text = await tree.readText(path);
    return text !== void 0 && text.length <= MAX_FILE_BYTES ? text : void 0;
  } catch {
    return void 0;
  }
}
function inScope(path, kind, scope) {
  if (scope === "" || kind === "workflow" || kind === "zoneguard-policy") return true;
  return path.startsWith(`${scope}/`);
}
async function readPipelineFiles(tree, sets, only, scope = "") {
  const listed = await tree.listFiles().catch(() => []);
  const wanted = only ? new Set(only) : void 0;
  const fromSets = credentialFiles(...sets);
  const out = [];
  let probes = 0;
  for (const path of listed) {
    if (wanted && !wanted.has(path)) continue;
    let kind = kindFromPath(path) ?? fromSets.get(path);
    if (kind && !inScope(path, kind, scope)) continue;
    if (!kind && path.endsWith(".json") && !path.includes("node_modules/")) {
      if (!inScope(path, "iam-policy", scope)) continue;
      if (probes++ >= MAX_JSON_PROBES) continue;
      const text2 = await readBounded(tree, path);
      if (text2 && /"Statement"/.test(text2) && /"Action"/.test(text2)) kind = "iam-policy";
      if (kind && text2) out.push({ path, kind, text: text2 });
      continue;
    }
    if (!kind) continue;
    const text = await readBounded(tree, path);
    if (text !== void 0) out.push({ path, kind, text });
  }
  return out;
}
function isDnsWorkflow(text) {
  return /dnscontrol|octodns|zoneguard|route53|cloudflare|\bdns\b|terraform\s+apply\b/i.test(text);
}
async function readWorkflowFiles(tree) {
  const listed = await tree.listFiles().catch(() => []);
  const out = [];
  for (const path of listed) {
    if (kindFromPath(path) !== "workflow") continue;
    const text = await readBounded(tree, path);
    if (text !== void 0) out.push({ path, kind: "workflow", text });
  }
  return out;
}

// src/rules/credential-scope.ts
var CF_TOKEN = 'a Cloudflare API token limited to Zone:Read and DNS:Edit on the zones this repository manages (DNSControl "apitoken", CLOUDFLARE_API_TOKEN)';
var AWS_OIDC = "GitHub OIDC: aws-actions/configure-aws-credentials with role-to-assume (permissions: id-token: write), the role allowed route53:ChangeResourceRecordSets only on arn:aws:route53:::hostedzone/<zone id>";
var AWS_SCOPED = "route53:ChangeResourceRecordSets and route53:GetChange on arn:aws:route53:::hostedzone/<zone id> of each managed zone (and route53:ListHostedZones on *), optionally limited with the route53:ChangeResourceRecordSets* condition keys";
var GCP_WIF = "Workload Identity Federation (google-github-actions/auth with workload_identity_provider) and roles/dns.admin granted on each managed zone (google_dns_managed_zone_iam_member), not the project";
var AZURE_SCOPED = 'OIDC azure/login (client-id, tenant-id, subscription-id) and "DNS Zone Contributor" assigned on each DNS zone (\u2026/providers/Microsoft.Network/dnszones/<zone>), not the subscription';
var WORKFLOW_LINES = [
  {
    id: "cloudflare-global-key",
    re: /\b(?:CLOUDFLARE_API_KEY|CF_API_KEY|CLOUDFLARE_AUTH_KEY|CF_AUTH_KEY|X-Auth-Key|dns_cloudflare_api_key)\b/i,
    what: "uses the Cloudflare Global API Key, which can change every zone and setting of the account",
    alternative: CF_TOKEN
  },
  {
    id: "aws-long-lived-key",
    re: /\b(?:aws-secret-access-key|AWS_SECRET_ACCESS_KEY)\b/,
    what: "authenticates to AWS with a long-lived access key",
    alternative: AWS_OIDC
  },
  {
    id: "gcp-service-account-key",
    re: /\bcredentials_json\s*:|GOOGLE_APPLICATION_CREDENTIALS|GCP_SA_KEY/,
    what: "authenticates to Google Cloud with a service account JSON key",
    alternative: GCP_WIF
  },
  {
    id: "azure-client-secret",
    re: /\bAZURE_CREDENTIALS\b|\bclientSecret\b|\bARM_CLIENT_SECRET\b/,
    what: "authenticates to Azure with a service principal secret",
    alternative: AZURE_SCOPED
  }
];
var POLICY_LINES = [
  {
    id: "route53-all-actions",
    re: /["']route53:\*["']/i,
    what: "grants route53:* (every Route 53 action, including deleting zones)",
    alternative: AWS_SCOPED
  },
  {
    id: "route53domains",
    re: /["']route53domains:[^"']*["']/i,
    what: "grants Route 53 Domains actions: the holder can move the domain\u2019s nameservers, DS and transfer lock at the registry",
    alternative: `${AWS_SCOPED}; keep registrar permissions out of the DNS pipeline`
  },
  {
    id: "all-hosted-zones",
    re: /hostedzone\/\*/i,
    what: "grants access to every hosted zone of the account (hostedzone/*)",
    alternative: AWS_SCOPED
  },
  {
    id: "aws-admin-policy",
    re: /\b(?:AdministratorAccess|PowerUserAccess|AmazonRoute53FullAccess|AmazonRoute53DomainsFullAccess)\b/,
    what: "attaches an AWS managed policy that covers every zone (or everything)",
    alternative: AWS_SCOPED
  },
  {
    id: "aws-all-actions",
    re: /["']Action["']\s*:\s*(?:\[\s*)?["']\*["']|\bactions\s*=\s*\[\s*["']\*["']/,
    what: 'grants every AWS action ("*")',
    alternative: AWS_SCOPED
  },
  {
    id: "gcp-project-role",
    re: /["']roles\/(?:dns\.admin|owner|editor)["']/,
    what: "grants a project-wide role that can change every DNS zone of the project",
    alternative: GCP_WIF
  },
  {
    id: "azure-broad-role",
    re: /role_definition_name\s*=\s*["'](?:Owner|Contributor|DNS Zone Contributor)["']/,
    what: "assigns an Azure role that, at subscription or resource-group scope, covers every DNS zone there",
    alternative: AZURE_SCOPED
  },
  {
    id: "cloudflare-global-key",
    re: /^\s*api_key\s*=|\bCLOUDFLARE_API_KEY\b/,
    what: "configures Cloudflare with the Global API Key",
    alternative: CF_TOKEN
  }
];
function scopeSignals(file) {
  switch (file.kind) {
    case "workflow":
      return isDnsWorkflow(file.text) ? workflowSignals(file.text) : [];
    case "dnscontrol-creds":
      return credsFileSignals(file);
    case "octodns-config":
      return octodnsSignals(file.text);
    case "terraform":
      return /route53|dns/i.test(file.text) ? policySignals(file.text).filter((s) => s.id !== "cloudflare-global-key") : [];
    case "iam-policy":
      return /route53|dns|cloudflare/i.test(file.text) ? policySignals(file.text) : [];
    default:
      return [];
  }
}
function byLine(text, rules2) {
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (/^\s*(#|\/\/)/.test(line)) return;
    for (const r of rules2) {
      if (seen.has(r.id) || !r.re.test(line)) continue;
      seen.add(r.id);
      out.push({ id: r.id, line: i + 1, what: r.what, alternative: r.alternative });
    }
  });
  return out;
}
function workflowSignals(text) {
  const signals = byLine(text, WORKFLOW_LINES);
  return signals.filter(
    (s) => !(s.id === "aws-long-lived-key" && /role-to-assume\s*:/.test(text)) && !(s.id === "gcp-service-account-key" && /workload_identity_provider\s*:/.test(text))
  );
}
function policySignals(text) {
  const signals = byLine(text, POLICY_LINES);
  if (/route53:(?:ChangeResourceRecordSets|\*)/i.test(text)) {
    const m = /["']Resource["']\s*:\s*(?:\[\s*)?["']\*["']|\bresources\s*=\s*\[\s*["']\*["']/.exec(
      text
    );
    if (m)
      signals.push({
        id: "route53-any-resource",
        line: lineColumnIndex(text)(m.index).line,
        what: 'lets Route 53 record changes apply to any resource ("Resource": "*"), so every hosted zone',
        alternative: AWS_SCOPED
      });
  }
  const cfKey = signals.find((s) => s.id === "cloudflare-global-key");
  if (cfKey && !/provider\s+"cloudflare"/.test(text) && !/CLOUDFLARE_API_KEY/.test(text))
    return signals.filter((s) => s !== cfKey);
  return signals.sort((a, b) => a.line - b.line);
}
function credsFileSignals(file) {
  const creds = readCreds(file.text, file.path);
  return creds.plainJson ? creds.credentials.flatMap(dnscontrolProviderSignals) : [];
}
function dnscontrolProviderSignals(cred) {
  const out = [];
  const name = cred.provider;
  const type = (cred.type ?? "").toUpperCase();
  const field = (key) => cred.fields.find((f) => f.key === key);
  const has = (key) => field(key) !== void 0;
  const line = (key) => lineOfField(cred, field(key));
  if (type === "CLOUDFLAREAPI" && has("apikey"))
    out.push({
      id: `cloudflare-global-key ${name}`,
      line: line("apikey"),
      what: `provider "${name}" uses the Cloudflare Global API Key (apikey + apiuser), which can change every zone and setting of the account`,
      alternative: CF_TOKEN
    });
  if (type === "ROUTE53" && (has("SecretKey") || has("KeyId")) && !has("RoleArn"))
    out.push({
      id: `aws-long-lived-key ${name}`,
      line: line(has("SecretKey") ? "SecretKey" : "KeyId"),
      what: `provider "${name}" uses a long-lived AWS access key`,
      alternative: AWS_OIDC
    });
  if (type === "GCLOUD" && has("private_key"))
    out.push({
      id: `gcp-service-account-key ${name}`,
      line: line("private_key"),
      what: `provider "${name}" uses a Google service account JSON key`,
      alternative: GCP_WIF
    });
  if (type === "AZURE_DNS" && has("ClientSecret"))
    out.push({
      id: `azure-client-secret ${name}`,
      line: line("ClientSecret"),
      what: `provider "${name}" uses an Azure service principal secret`,
      alternative: AZURE_SCOPED
    });
  return out;
}
function lineOfField(cred, field) {
  return field?.location?.line ?? cred.location.line ?? 1;
}
function octodnsSignals(text) {
  const out = [];
  const lines = text.split("\n");
  let providerClass = "";
  let providerName = "";
  lines.forEach((line, i) => {
    const head = /^ {2}([\w.-]+):\s*$/.exec(line);
    if (head) {
      providerName = head[1];
      providerClass = "";
    }
    const cls = /^\s+class:\s*['"]?([\w.]+)/.exec(line);
    if (cls) providerClass = cls[1];
    if (/cloudflare/i.test(providerClass) && /^\s+email:/.test(line))
      out.push({
        id: `cloudflare-global-key ${providerName}`,
        line: i + 1,
        what: `provider "${providerName}" uses the Cloudflare Global API Key (email + token)`,
        alternative: `${CF_TOKEN}; with octodns_cloudflare give only "token"`
      });
    if (/route53/i.test(providerClass) && /^\s+access_key_id:/.test(line))
      out.push({
        id: `aws-long-lived-key ${providerName}`,
        line: i + 1,
        what: `provider "${providerName}" uses a long-lived AWS access key`,
        alternative: AWS_OIDC
      });
  });
  return out;
}
function credentialSignals(cred) {
  const type = cred.type ?? "";
  const field = (...keys) => cred.fields.find((f) => keys.includes(f.key));
  const out = [];
  const terraformCf = type === "cloudflare";
  const cfKey = /cloudflare/i.test(type) ? terraformCf ? field("api_key") : field("apikey", "email") : void 0;
  if (cfKey)
    out.push({
      id: `cloudflare-global-key ${cred.provider}`,
      line: lineOfField(cred, cfKey),
      what: `provider "${cred.provider}" uses the Cloudflare Global API Key (${terraformCf ? "api_key + email" : cfKey.key === "email" ? "email + token" : "apikey + apiuser"}), which can change every zone and setting of the account`,
      alternative: terraformCf ? `${CF_TOKEN}; in Terraform, api_token` : CF_TOKEN
    });
  const awsKey = /route53/i.test(type) || type === "aws" ? field(
    "KeyId",
    "SecretKey",
    "access_key_id",
    "secret_access_key",
    "access_key",
    "secret_key"
  ) : void 0;
  if (awsKey && !field("RoleArn", "role_arn"))
    out.push({
      id: `aws-long-lived-key ${cred.provider}`,
      line: lineOfField(cred, awsKey),
      what: `provider "${cred.provider}" uses a long-lived AWS access key`,
      alternative: AWS_OIDC
    });
  return out;
}

// src/rules/checks/broad-token-scope.ts
var broadTokenScope = {
  id: "broad-token-scope",
  defaultSeverity: "high",
  title: "DNS pipeline uses a credential broader than the zones it manages",
  why: "Whoever obtains the pipeline\u2019s credential (a leaked log, a compromised action, a malicious pull request) gets everything it can do. An account-wide key can re-point every domain of the account, not only the ones in this repository.",
  fix: "Replace it with a credential scoped to the managed zones and to record changes only, preferably short-lived through OIDC.",
  readsRepository: true,
  async check(ctx) {
    const signals = async (tree, set) => {
      const found = /* @__PURE__ */ new Map();
      const add = (file, signal) => {
        const key = `${file} ${signal.id}`;
        if (!found.has(key)) found.set(key, { file, signal });
      };
      for (const f of tree ? await readPipelineFiles(tree, [set], void 0, ctx.path ?? "") : [])
        for (const s of scopeSignals(f)) add(f.path, s);
      for (const cred of set.credentials)
        for (const s of credentialSignals(cred)) add(cred.location.file, s);
      return found;
    };
    const before = await signals(ctx.baseTree, ctx.base);
    const out = [];
    for (const [key, { file, signal }] of await signals(ctx.headTree, ctx.head))
      out.push({
        introduced: !before.has(key),
        key,
        message: `${file}:${signal.line} ${signal.what}.`,
        fix: `Use ${signal.alternative}.`,
        location: { file, line: signal.line }
      });
    return out;
  }
};

// src/rules/zone-index.ts
var zoneIndexes = /* @__PURE__ */ new WeakMap();
function indexZone(zone) {
  let index = zoneIndexes.get(zone);
  if (!index) {
    index = buildZoneIndex(zone);
    zoneIndexes.set(zone, index);
  }
  return index;
}
function buildZoneIndex(zone) {
  let byName;
  let cuts;
  let scanned;
  let byType;
  const names = () => {
    scanned ??= scanZone(zone);
    return scanned;
  };
  const index = {
    zone,
    get byName() {
      byName ??= groupedBy(zone.rrsets, (r) => r.name);
      return byName;
    },
    get owners() {
      return names().owners;
    },
    get wildcardParents() {
      return names().wildcardParents;
    },
    get cuts() {
      if (!cuts) {
        cuts = /* @__PURE__ */ new Set();
        for (const r of index.ofType("NS")) if (r.name !== zone.name) cuts.add(r.name);
      }
      return cuts;
    },
    get cnames() {
      return names().cnames;
    },
    get addressOwners() {
      return names().addressOwners;
    },
    rrset: (name, type) => rrsetLookup(zone.rrsets)(name, type),
    ofType(type) {
      byType ??= groupedBy(zone.rrsets, (r) => r.type);
      return byType.get(type) ?? [];
    },
    ofTypes: (types) => types.flatMap((type) => index.ofType(type)),
    exists(name) {
      const { owners, wildcardParents } = names();
      if (owners.has(name)) return true;
      const cutSet = index.cuts;
      for (let n = name; n !== zone.name && n !== "."; n = parentName(n))
        if (cutSet.has(n)) return true;
      for (let n = name; n !== zone.name && n !== "."; n = parentName(n))
        if (owners.has(parentName(n))) return wildcardParents.has(parentName(n));
      return false;
    }
  };
  return index;
}
function groupedBy(rrsets, key) {
  const out = /* @__PURE__ */ new Map();
  for (const r of rrsets) {
    const k = key(r);
    const list2 = out.get(k);
    if (list2) list2.push(r);
    else out.set(k, [r]);
  }
  return out;
}
function scanZone(zone) {
  const byKey = rrsetMapOf(zone.rrsets);
  const emptyNonTerminals = /* @__PURE__ */ new Set();
  const wildcardParents = /* @__PURE__ */ new Set();
  const cnames = /* @__PURE__ */ new Map();
  const parentOf = parentNames();
  let ownerParent;
  for (const r of zone.rrsets) {
    const name = r.name;
    const type = r.type;
    if (type === "CNAME" && !cnames.has(name)) cnames.set(name, r);
    if (name.startsWith("*.")) wildcardParents.add(parentOf(name));
    if (name === zone.name || name === ".") continue;
    const parent = parentOf(name);
    if (parent === ownerParent) continue;
    if (byKey.hasName(parent) || emptyNonTerminals.has(parent)) {
      ownerParent = parent;
      continue;
    }
    for (let n = parent; !byKey.hasName(n) && !emptyNonTerminals.has(n); n = parentOf(n)) {
      emptyNonTerminals.add(n);
      if (n === zone.name || n === ".") break;
    }
  }
  const owners = {
    has: (name) => byKey.hasName(name) || emptyNonTerminals.has(name)
  };
  const addressOwners = {
    has: (name) => byKey.has(name, "A") || byKey.has(name, "AAAA")
  };
  return { owners, wildcardParents, cnames, addressOwners };
}
function parentNames() {
  let last = ".";
  return (name) => {
    const dot = name.indexOf(".");
    const rest = name.length - dot - 1;
    if (dot > 0 && rest > 0 && rest === last.length && name.endsWith(last) && !name.includes("\\"))
      return last;
    last = parentName(name);
    return last;
  };
}
var rrsetMaps = /* @__PURE__ */ new WeakMap();
function rrsetMapOf(rrsets) {
  let byKey = rrsetMaps.get(rrsets);
  if (!byKey) {
    const known = byNameOf(rrsets);
    if (known) byKey = lookupIn(known);
    else {
      const built = new RRsetMap();
      for (const r of rrsets) built.add(r);
      byKey = built;
    }
    rrsetMaps.set(rrsets, byKey);
  }
  return byKey;
}
var SCANS_BEFORE_MAP = 8;
var scansOf = /* @__PURE__ */ new WeakMap();
function rrsetLookup(rrsets) {
  return (name, type) => {
    if (!rrsetMaps.has(rrsets) && byNameOf(rrsets) === void 0) {
      const scans = scansOf.get(rrsets) ?? 0;
      if (scans < SCANS_BEFORE_MAP) {
        scansOf.set(rrsets, scans + 1);
        return rrsets.find((r) => r.name === name && r.type === type);
      }
    }
    return rrsetMapOf(rrsets).get(name, type);
  };
}
var setIndexes = /* @__PURE__ */ new WeakMap();
function indexZoneSet(set) {
  let index = setIndexes.get(set);
  if (!index) {
    index = buildZoneSetIndex(set);
    setIndexes.set(set, index);
  }
  return index;
}
function buildZoneSetIndex(set) {
  const byKey = /* @__PURE__ */ new Map();
  const byApex = /* @__PURE__ */ new Map();
  const cnameTargets = /* @__PURE__ */ new Map();
  set.zones.forEach((z, i) => {
    const key = z.tag ? `${z.name}!${z.tag}` : z.name;
    if (!byKey.has(key)) byKey.set(key, z);
    if (!byApex.has(z.name)) byApex.set(z.name, i);
    for (const r of indexZone(z).ofType("CNAME"))
      if (r.values[0]) cnameTargets.set(r.name, r.values[0]);
  });
  const zoneOf = (name) => {
    let first;
    for (let n = name; ; n = parentName(n)) {
      const i = byApex.get(n);
      if (i !== void 0 && (first === void 0 || i < first) && isInZone(name, n)) first = i;
      if (n === ".") break;
    }
    return first === void 0 ? void 0 : set.zones[first];
  };
  return { byKey, zoneOf, cnameTargets };
}

// src/rules/checks/caa-change.ts
var KNOWN_TAGS = /* @__PURE__ */ new Set([
  "issue",
  "issuewild",
  "iodef",
  "contactemail",
  "contactphone",
  "issuemail",
  "issuevmc"
]);
function caaIndex(set) {
  const out = /* @__PURE__ */ new Map();
  for (const z of set.zones) for (const r of indexZone(z).ofType("CAA")) out.set(r.name, r);
  return out;
}
function allowedIssuers(name, index, wildcard) {
  let at = name;
  for (; ; ) {
    const rrset = index.get(at);
    if (rrset && rrset.values.length > 0) return fromRRset(rrset, wildcard);
    if (at === ".") return "any";
    at = parentName(at);
  }
}
function fromRRset(rrset, wildcard) {
  const entries = [];
  for (const v of rrset.values) {
    try {
      const rd = decodeRdata("CAA", v);
      const tag2 = rd.tag.toLowerCase();
      if (rd.flags & 128 && !KNOWN_TAGS.has(tag2)) return /* @__PURE__ */ new Set();
      entries.push({ tag: tag2, value: rd.value });
    } catch {
    }
  }
  const hasWild = entries.some((e) => e.tag === "issuewild");
  const tag = wildcard && hasWild ? "issuewild" : "issue";
  const relevant = entries.filter((e) => e.tag === tag);
  if (tag === "issue" && relevant.length === 0) return "any";
  const out = /* @__PURE__ */ new Set();
  for (const e of relevant) {
    const issuer = e.value.split(";")[0].trim().toLowerCase().replace(/\.$/, "");
    if (issuer) out.add(issuer);
  }
  return out;
}
function describe(a) {
  if (a === "any") return "any CA";
  return a.size === 0 ? "no CA" : [...a].sort().join(", ");
}
function lost(before, after) {
  if (after === "any") return void 0;
  if (before === "any") return ["any CA not listed"];
  const gone = [...before].filter((ca) => !after.has(ca));
  return gone.length > 0 ? gone.sort() : void 0;
}
var caaChange = {
  id: "caa-change",
  defaultSeverity: "medium",
  title: "CAA change stops a CA that could issue before",
  why: "CAA tells CAs who may issue certificates for a name. Dropping the CA that issues today\u2019s certificate makes its next renewal fail, and the site\u2019s certificate then expires.",
  fix: "Check which CA issues the current certificates for these names (certificate transparency logs) and keep it in the CAA issue (and issuewild) list, or move the certificates first.",
  check(ctx) {
    const before = caaIndex(ctx.base);
    const after = caaIndex(ctx.head);
    const out = [];
    for (const d of ctx.diffs) {
      if (d.status === "removed") continue;
      for (const c of d.changes) {
        if (c.type !== "CAA" || c.ttlOnly) continue;
        const parts = [];
        for (const wildcard of [false, true]) {
          const was = allowedIssuers(c.name, before, wildcard);
          const now = allowedIssuers(c.name, after, wildcard);
          const gone = lost(was, now);
          if (!gone) continue;
          const what2 = wildcard ? `wildcard certificates under ${c.name}` : c.name;
          parts.push(
            `${what2}: ${describe(was)} before, ${describe(now)} now (${gone.join(", ")} can no longer issue)`
          );
        }
        if (parts.length === 0) continue;
        out.push({
          introduced: true,
          zone: d.zone,
          name: c.name,
          type: "CAA",
          message: `CAA narrows who may issue certificates for ${parts.join("; ")}.`,
          location: c.after?.location ?? c.before?.location
        });
      }
    }
    return out;
  }
};

// src/rules/describe.ts
function listValues(values, max = 4) {
  const shown2 = values.slice(0, max).join(", ");
  return values.length > max ? `${shown2} (+${values.length - max} more)` : shown2 || "(none)";
}
function describeChange(c) {
  if (c.kind === "add") return `added: ${listValues(c.after.values)}`;
  if (c.kind === "remove") return `removed: ${listValues(c.before.values)}`;
  if (c.ttlOnly) return `TTL ${c.before.ttl} \u2192 ${c.after.ttl}`;
  const removed = c.before.values.filter((v) => !c.after.values.includes(v));
  const added = c.after.values.filter((v) => !c.before.values.includes(v));
  const parts = [];
  if (removed.length) parts.push(`\u2212 ${listValues(removed)}`);
  if (added.length) parts.push(`+ ${listValues(added)}`);
  if (!removed.length && !added.length) parts.push("settings changed");
  return parts.join("; ");
}
function changeLocation(c) {
  return c.after?.location ?? c.before?.location;
}
function percent(fraction) {
  return `${Math.round(fraction * 1e3) / 10}%`;
}
function sentence(text) {
  return text.endsWith(".") ? text : `${text}.`;
}

// src/rules/live-facts.ts
function liveZone(ctx, apex) {
  const z = ctx.live?.zones.find((x) => x.zone === apex);
  return z && z.status !== "failed" ? z : void 0;
}
function findRRset(zone, name, type) {
  return zone?.rrsets.find((r) => r.name === name && r.type === type);
}
function servedDnskeys(lz) {
  const out = /* @__PURE__ */ new Set();
  for (const s of lz.servers) if (s.authoritative) for (const k of s.dnskey ?? []) out.add(k);
  return [...out];
}
function servedNs(lz) {
  return lz.servers.find((s) => s.authoritative && s.ns && s.ns.length > 0)?.ns;
}
function liveNs(ctx, apex) {
  const lz = liveZone(ctx, apex);
  return lz?.delegation?.ns ?? (lz ? servedNs(lz) : void 0);
}
function configuredNs(zone) {
  if (!zone) return void 0;
  const apexNs = { name: zone.name, type: "NS", values: [] };
  if (leftAlone(apexNs, zone, "live")?.partial) return void 0;
  const rr = findRRset(zone, zone?.name ?? "", "NS");
  if (rr && rr.values.length > 0) return rr.values;
  return zone?.nameservers && zone.nameservers.length > 0 ? zone.nameservers : void 0;
}
function sameSet(a, b) {
  const sa = new Set(a.map((x) => x.toLowerCase()));
  const sb = new Set(b.map((x) => x.toLowerCase()));
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}
function zonePairs(ctx) {
  return ctx.diffs.map((d) => ({ key: d.zone, apex: d.name, base: d.before, head: d.after }));
}
function delegatedZonePairs(ctx) {
  return zonePairs(ctx).filter((p) => !specialUseZone(p.apex));
}

// src/rules/checks/cds-mismatch.ts
var keyId = (tag, alg) => `${tag}/${alg}`;
var dsList = (values) => values.map(parseDs).filter((d) => d !== void 0);
var keyList = (values) => values.map(parseDnskey).filter((k) => k !== void 0);
var same = (a, b) => {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
};
var cdsMismatch = {
  id: "cds-mismatch",
  defaultSeverity: "medium",
  title: "CDS/CDNSKEY disagree with the parent's DS",
  why: "Parents and registrars that scan for CDS/CDNSKEY (RFC 7344, RFC 8078) replace their DS with what the child publishes: a stale or wrong set becomes an unreviewed DS change, and one that names no key the zone serves breaks validation for the whole zone once applied.",
  fix: "Publish CDS/CDNSKEY only for the keys the DS should reference (or remove them once a rollover is done), keep CDS and CDNSKEY in step and identical on every provider, and publish the delete form only to turn DNSSEC off.",
  check(ctx) {
    const out = [];
    for (const { key, apex, head } of zonePairs(ctx)) {
      const facts = liveZone(ctx, apex)?.dnssec;
      if (!facts) continue;
      const variants = /* @__PURE__ */ new Map();
      for (const c of facts.cds) {
        const k = `${[...c.cds].sort().join("\n")}|${[...c.cdnskey].sort().join("\n")}`;
        const v = variants.get(k);
        if (v) v.servers.push(c.server);
        else variants.set(k, { servers: [c.server], cds: c.cds, cdnskey: c.cdnskey });
      }
      const published = [...variants.values()].filter((v) => v.cds.length + v.cdnskey.length > 0);
      if (published.length === 0) continue;
      const split = variants.size > 1 ? ` The zone's servers publish ${variants.size} different CDS/CDNSKEY sets; RFC 8901 \xA78 asks every provider to publish the same.` : "";
      const ds = dsList(facts.ds);
      const dsText = new Set(ds.map(formatDs));
      const dsKeys = new Set(ds.map((d) => keyId(d.keyTag, d.algorithm)));
      const served = keyList(facts.keySets.flatMap((k) => k.dnskey));
      const location = findRRset(head, apex, "CDS")?.location ?? head?.location;
      for (const v of published) {
        const cds = dsList(v.cds);
        const cdnskey = keyList(v.cdnskey);
        const on = listValues(v.servers, 3);
        const isDelete = cds.length + cdnskey.length > 0 && cds.every((d) => d.algorithm === 0) && cdnskey.every((k) => k.algorithm === 0);
        if (isDelete) {
          out.push({
            introduced: false,
            zone: key,
            name: apex,
            type: "CDS",
            key: v.servers.join(" "),
            message: `${on} publish the DNSSEC delete request (CDS 0 0 0 00 / CDNSKEY 0 3 0 AA==, RFC 8078 \xA74): a parent that scans for it removes the DS of ${apex}, and resolvers stop validating the zone. It is a request, not yet done; remove it unless DNSSEC is meant to go.${split}`,
            ...location ? { location } : {}
          });
          continue;
        }
        const problems3 = [];
        const cdsKeys = new Set(cds.map((d) => keyId(d.keyTag, d.algorithm)));
        const cdnskeyKeys = new Set(cdnskey.map((k) => keyId(keyTag(k), k.algorithm)));
        if (cds.length > 0 && !same(cds.map(formatDs), dsText))
          problems3.push(
            `CDS ${listValues([...cdsKeys])} differs from the DS at the parent (${listValues([...dsKeys])})`
          );
        if (cdnskey.length > 0 && !same(cdnskeyKeys, dsKeys))
          problems3.push(
            `CDNSKEY ${listValues([...cdnskeyKeys])} names other keys than the DS at the parent (${listValues([...dsKeys])})`
          );
        if (cds.length > 0 && cdnskey.length > 0 && !same(cdsKeys, cdnskeyKeys))
          problems3.push("CDS and CDNSKEY name different keys (RFC 7344 \xA74: they must match)");
        const unserved = [
          ...cds.filter((d) => matchDs(apex, d, served).kind === "no-match").map((d) => keyId(d.keyTag, d.algorithm)),
          ...cdnskey.filter(
            (k) => !served.some((s) => s.publicKey === k.publicKey && s.algorithm === k.algorithm)
          ).map((k) => keyId(keyTag(k), k.algorithm))
        ];
        if (unserved.length > 0)
          problems3.push(
            `${listValues([...new Set(unserved)])} is no DNSKEY the zone serves, so a DS built from it would break validation`
          );
        if (problems3.length === 0) continue;
        out.push({
          introduced: false,
          zone: key,
          name: apex,
          type: "CDS",
          key: v.servers.join(" "),
          message: `${sentence(`On ${on}, ${problems3.join("; ")}`)} A parent that scans for CDS/CDNSKEY (RFC 7344, RFC 8078) replaces its DS with them.${split}`,
          ...location ? { location } : {}
        });
      }
    }
    return out;
  }
};

// src/rules/state.ts
function identity(f) {
  return [f.zone ?? "", f.name ?? "", f.type ?? "", f.key ?? ""].join("");
}
function compareStates(ctx, check) {
  const after = check(ctx.head);
  if (after.length === 0) return [];
  const before = new Set(check(ctx.base).map(identity));
  return after.map((f) => ({ ...f, introduced: !before.has(identity(f)) }));
}

// src/rules/checks/cname-conflict.ts
var ALLOWED_BESIDE = /* @__PURE__ */ new Set(["RRSIG", "NSEC", "NSEC3"]);
function atCnameOwners(zone, cnames) {
  const known = byNameOf(zone.rrsets);
  if (known) return (name) => entriesAt(known, name);
  const atCname = groupedBy(
    zone.rrsets.filter((r) => cnames.has(r.name)),
    (r) => r.name
  );
  return (name) => atCname.get(name) ?? [];
}
function conflicts(set) {
  const out = [];
  for (const zone of set.zones) {
    const { cnames } = indexZone(zone);
    const atCname = atCnameOwners(zone, cnames);
    for (const name of cnames.keys()) {
      const rrsets = atCname(name);
      const cname = rrsets.find((r) => r.type === "CNAME");
      if (!cname) continue;
      const others = rrsets.filter((r) => r !== cname && !ALLOWED_BESIDE.has(r.type));
      const base = { zone: zoneKey(zone), name, type: "CNAME", location: cname.location };
      if (name === zone.name)
        out.push({
          ...base,
          key: "apex",
          message: `${name} has a CNAME at the zone apex, where SOA and NS must be: the zone breaks.`
        });
      else if (others.length > 0)
        out.push({
          ...base,
          key: "beside",
          message: `${name} has a CNAME beside other data (${others.map((r) => r.type).join(", ")}); resolvers will see only one or the other.`
        });
      if (cname.values.length > 1)
        out.push({
          ...base,
          key: "multiple",
          message: `${name} has ${cname.values.length} CNAME targets; a name can alias only one.`
        });
    }
  }
  return out;
}
var cnameConflict = {
  id: "cname-conflict",
  defaultSeverity: "high",
  title: "A CNAME shares its name with other data",
  why: "A CNAME says the name is an alias and nothing else: other records beside it (or a CNAME at the apex, beside SOA and NS) are refused by BIND and most providers, and answered inconsistently by others.",
  fix: "Remove the other records at this name, point the CNAME elsewhere, or use the provider's ALIAS/flattening record at the apex.",
  check: (ctx) => compareStates(ctx, conflicts)
};

// src/rules/checks/config-warning.ts
function warnings(set) {
  return set.zones.flatMap(
    (zone) => (zone.diagnostics ?? []).filter((d) => d.level === "warning").map((d) => ({
      zone: zoneKey(zone),
      // The message identifies the problem; the line moves with unrelated edits.
      key: `${d.code ?? ""} ${d.message}`,
      message: d.message,
      location: d.location
    }))
  );
}
var configWarning = {
  id: "config-warning",
  defaultSeverity: "low",
  title: "The DNS tool would warn about or ignore part of the config",
  why: "What the tool drops or reinterprets at load time (out-of-zone records, mixed TTLs in one RRset) is not what the file says, so the review of the file and the zone that gets served differ.",
  fix: "Make the file say what should be served: move out-of-zone records to their own zone, give an RRset one TTL, set $TTL explicitly.",
  check: (ctx) => compareStates(ctx, warnings)
};

// src/model/public-suffix-rules.ts
var ICANN_SUFFIX_RULES = "!city.kawasaki.jp\n!city.kitakyushu.jp\n!city.kobe.jp\n!city.nagoya.jp\n!city.sapporo.jp\n!city.sendai.jp\n!city.yokohama.jp\n!www.ck\n*.ck\n*.er\n*.fk\n*.jm\n*.kawasaki.jp\n*.kitakyushu.jp\n*.kobe.jp\n*.mm\n*.nagoya.jp\n*.nom.br\n*.np\n*.pg\n*.sapporo.jp\n*.sch.uk\n*.sendai.jp\n*.yokohama.jp\n0.bg\n1.bg\n2.bg\n2000.hu\n3.bg\n4.bg\n5.bg\n5g.in\n6.bg\n6g.in\n7.bg\n8.bg\n9.bg\n9guacu.br\na.bg\na.se\naa.no\naaa\naaa.pro\naarborte.no\naarp\nab.ca\nabashiri.hokkaido.jp\nabb\nabbott\nabbvie\nabc\nabc.br\nabeno.osaka.jp\nabg.ec\nabiko.chiba.jp\nabira.hokkaido.jp\nable\nabo.pa\nabogado\nabr.it\nabruzzo.it\nabu.yamaguchi.jp\nabudhabi\nac\nac.ae\nac.at\nac.bd\nac.be\nac.bw\nac.ci\nac.cn\nac.cr\nac.cy\nac.eg\nac.fj\nac.gn\nac.gov.br\nac.id\nac.il\nac.im\nac.in\nac.ir\nac.jp\nac.ke\nac.kr\nac.lk\nac.ls\nac.ma\nac.me\nac.ml\nac.mu\nac.mw\nac.mz\nac.ni\nac.nz\nac.pa\nac.pk\nac.pr\nac.rs\nac.rw\nac.se\nac.sz\nac.th\nac.tz\nac.ug\nac.uk\nac.vn\nac.za\nac.zm\nac.zw\naca.pro\nacademia.bo\nacademy\naccenture\naccident-investigation.aero\naccident-prevention.aero\naccountant\naccountants\nacct.pro\nachi.nagano.jp\naco\nact.au\nact.edu.au\nactor\nad\nad.jp\nad.vn\nadachi.tokyo.jp\nadm.br\nadm.ec\nads\nadult\nadult.ht\nadv.br\nadv.mz\nae\naeg\naejrie.no\naero\naero.in\naero.mv\naerobatic.aero\naeroclub.aero\naerodrome.aero\naetna\naf\nafjord.no\nafl\nafrica\nafrica.bj\nag\nag.it\naga.niigata.jp\nagakhan\nagano.niigata.jp\nagdenes.no\nagematsu.nagano.jp\nagency\nagents.aero\nagr.br\nagrar.hu\nagri.jo\nagric.za\nagrigento.it\nagro.bj\nagro.bo\nagro.pl\nagron.ec\naguni.okinawa.jp\nah.cn\nah.no\nai\nai.bd\nai.id\nai.in\nai.jo\nai.kr\nai.vn\naibetsu.hokkaido.jp\naichi.jp\naid.pl\naig\naikawa.kanagawa.jp\nainan.ehime.jp\naioi.hyogo.jp\naip.ee\nair-surveillance.aero\nair-traffic-control.aero\nairbus\naircraft.aero\nairforce\nairline.aero\nairport.aero\nairtel\nairtraffic.aero\naisai.aichi.jp\naisho.shiga.jp\naizubange.fukushima.jp\naizumi.tokushima.jp\naizumisato.fukushima.jp\naizuwakamatsu.fukushima.jp\naju.br\nak.us\nakabira.hokkaido.jp\nakagi.shimane.jp\nakaiwa.okayama.jp\nakashi.hyogo.jp\nakdn\naki.kochi.jp\nakiruno.tokyo.jp\nakishima.tokyo.jp\nakita.akita.jp\nakita.jp\nakkeshi.hokkaido.jp\naknoluokta.no\nako.hyogo.jp\nakrehamn.no\nakune.kagoshima.jp\nal\nal.gov.br\nal.it\nal.no\nal.us\nalaheadju.no\naland.fi\nalessandria.it\nalesund.no\nalgard.no\nalibaba\nalipay\nallfinanz\nallstate\nally\nalsace\nalstahaug.no\nalstom\nalt.na\nalt.za\nalta.no\nalto-adige.it\naltoadige.it\nalumni.in\nalvdal.no\nam\nam.br\nam.gov.br\nam.in\nama.aichi.jp\nama.shimane.jp\namagasaki.hyogo.jp\namakusa.kumamoto.jp\namami.kagoshima.jp\namazon\nambulance.aero\namericanexpress\namericanfamily\namex\namfam\nami.ibaraki.jp\namica\namli.no\namot.no\namsterdam\nan.it\nanalytics\nanamizu.ishikawa.jp\nanan.nagano.jp\nanan.tokushima.jp\nanani.br\nancona.it\nandasuolo.no\nandebu.no\nando.nara.jp\nandoy.no\nandria-barletta-trani.it\nandria-trani-barletta.it\nandriabarlettatrani.it\nandriatranibarletta.it\nandroid\nand\xF8y.no\nangiang.vn\nanjo.aichi.jp\nann-arbor.mi.us\nannaka.gunma.jp\nanpachi.gifu.jp\nanquan\nanz\nao\nao.it\naogaki.hyogo.jp\naogashima.tokyo.jp\naoki.nagano.jp\naol\naomori.aomori.jp\naomori.jp\naosta-valley.it\naosta.it\naostavalley.it\naoste.it\nap.gov.br\nap.gov.pl\nap.it\nap.vn\naparecida.br\napartments\napi.br\napp\napp.br\napple\naq\naq.it\naquarelle\nar\nar.it\nar.us\narab\narai.shizuoka.jp\narakawa.saitama.jp\narakawa.tokyo.jp\naramco\narao.kumamoto.jp\narchi\narchitectes.bj\nardal.no\naremark.no\narendal.no\narezzo.it\nariake.saga.jp\narida.wakayama.jp\naridagawa.wakayama.jp\narita.saga.jp\narmy\narna.no\narpa\narq.br\narqt.ec\nart\nart.br\nart.do\nart.dz\nart.ec\nart.ht\nart.ml\nart.sn\narte\narte.bo\narts.nf\narts.ro\narts.ve\nas\nas.us\nasago.hyogo.jp\nasahi.chiba.jp\nasahi.ibaraki.jp\nasahi.mie.jp\nasahi.nagano.jp\nasahi.toyama.jp\nasahi.yamagata.jp\nasahikawa.hokkaido.jp\nasaka.saitama.jp\nasakawa.fukushima.jp\nasakuchi.okayama.jp\nasaminami.hiroshima.jp\nascoli-piceno.it\nascolipiceno.it\nasda\naseral.no\nashibetsu.hokkaido.jp\nashikaga.tochigi.jp\nashiya.fukuoka.jp\nashiya.hyogo.jp\nashoro.hokkaido.jp\nasia\nasker.no\naskim.no\naskoy.no\naskvoll.no\nask\xF8y.no\nasn.au\nasn.lv\nasnes.no\naso.kumamoto.jp\nass.km\nassabu.hokkaido.jp\nassn.lk\nasso.ci\nasso.dz\nasso.fr\nasso.gp\nasso.ht\nasso.km\nasso.mc\nasso.ml\nasso.nc\nasso.re\nassociates\nassociation.aero\nassur.bj\nasti.it\nasuke.aichi.jp\nat\nat.it\natami.shizuoka.jp\nathleta\natm.pl\nato.br\natsugi.kanagawa.jp\natsuma.hokkaido.jp\nattorney\nau\nauction\naudi\naudible\naudio\naudnedal.no\naugustow.pl\naukra.no\naure.no\naurland.no\naurskog-holand.no\naurskog-h\xF8land.no\nauspost\naustevoll.no\naustrheim.no\nauthor\nauthor.aero\nauto\nauto.pl\nautos\nav.it\nav.tr\navellino.it\naveroy.no\naver\xF8y.no\navocat.pro\navocats.bj\navoues.fr\naw\nawaji.hyogo.jp\naws\nax\naxa\naya.miyazaki.jp\nayabe.kyoto.jp\nayagawa.kagawa.jp\nayase.kanagawa.jp\naz\naz.us\nazumino.nagano.jp\nazure\na\xE9roport.ci\nb.bg\nb.br\nb.se\nba\nba.gov.br\nba.it\nbabia-gora.pl\nbaby\nbacgiang.vn\nbackan.vn\nbaclieu.vn\nbacninh.vn\nbadaddja.no\nbahcavuotna.no\nbahccavuotna.no\nbaidar.no\nbaidu\nbajddar.no\nbalat.no\nbalestrand.no\nballangen.no\nballooning.aero\nbalsan-sudtirol.it\nbalsan-suedtirol.it\nbalsan-s\xFCdtirol.it\nbalsan.it\nbalsfjord.no\nbamble.no\nbanamex\nband\nbandai.fukushima.jp\nbando.ibaraki.jp\nbank\nbank.in\nbar\nbar.ec\nbar.pro\nbarcelona\nbarclaycard\nbarclays\nbardu.no\nbarefoot\nbargains\nbari.it\nbaria-vungtau.vn\nbarletta-trani-andria.it\nbarlettatraniandria.it\nbarueri.br\nbarum.no\nbas.it\nbaseball\nbasilicata.it\nbasketball\nbato.tochigi.jp\nbatsfjord.no\nbauhaus\nbayern\nbb\nbbc\nbbs.tr\nbbt\nbbva\nbc.ca\nbcg\nbcn\nbd\nbd.se\nbe\nbearalvahki.no\nbearalv\xE1hki.no\nbeardu.no\nbeats\nbeauty\nbedzin.pl\nbeer\nbeiarn.no\nbel.tr\nbelem.br\nbelluno.it\nbenevento.it\nbentre.vn\nbeppu.oita.jp\nberg.no\nbergamo.it\nbergen.no\nberlevag.no\nberlev\xE5g.no\nberlin\nbeskidy.pl\nbest\nbestbuy\nbet\nbet.ar\nbet.br\nbf\nbg\nbg.it\nbh\nbharti\nbhz.br\nbi\nbi.it\nbialowieza.pl\nbialystok.pl\nbib.br\nbib.ve\nbibai.hokkaido.jp\nbible\nbid\nbiei.hokkaido.jp\nbielawa.pl\nbiella.it\nbieszczady.pl\nbievat.no\nbiev\xE1t.no\nbifuka.hokkaido.jp\nbihar.in\nbihoro.hokkaido.jp\nbike\nbindal.no\nbing\nbingo\nbinhdinh.vn\nbinhduong.vn\nbinhphuoc.vn\nbinhthuan.vn\nbio\nbio.br\nbiratori.hokkaido.jp\nbirkenes.no\nbiz\nbiz.az\nbiz.bb\nbiz.cy\nbiz.et\nbiz.fj\nbiz.gh\nbiz.id\nbiz.in\nbiz.ki\nbiz.ls\nbiz.mv\nbiz.mw\nbiz.my\nbiz.ni\nbiz.nr\nbiz.pk\nbiz.pl\nbiz.pr\nbiz.ss\nbiz.tj\nbiz.tr\nbiz.tt\nbiz.vn\nbiz.zm\nbizen.okayama.jp\nbj\nbj.cn\nbjerkreim.no\nbjugn.no\nbl.it\nblack\nblackfriday\nblockbuster\nblog\nblog.bo\nblog.br\nbloomberg\nblue\nbm\nbmd.br\nbms\nbmw\nbn\nbn.it\nbnpparibas\nbo\nbo.it\nbo.nordland.no\nbo.telemark.no\nboats\nboavista.br\nbodo.no\nbod\xF8.no\nboehringer\nbofa\nbokn.no\nboleslawiec.pl\nbolivia.bo\nbologna.it\nbolt.hu\nbolzano-altoadige.it\nbolzano.it\nbom\nbomlo.no\nbond\nboo\nbook\nbooking\nbosch\nbostik\nboston\nbot\nboutique\nbox\nbozen-sudtirol.it\nbozen-suedtirol.it\nbozen-s\xFCdtirol.it\nbozen.it\nbr\nbr.it\nbradesco\nbrand.se\nbremanger.no\nbrescia.it\nbridgestone\nbrindisi.it\nbroadway\nbroker\nbroker.aero\nbronnoy.no\nbronnoysund.no\nbrother\nbrumunddal.no\nbrussels\nbryne.no\nbr\xF8nn\xF8y.no\nbr\xF8nn\xF8ysund.no\nbs\nbs.it\nbsb.br\nbt\nbt.it\nbu.no\nbudejju.no\nbuild\nbuilders\nbulsan-sudtirol.it\nbulsan-suedtirol.it\nbulsan-s\xFCdtirol.it\nbulsan.it\nbungoono.oita.jp\nbungotakada.oita.jp\nbunkyo.tokyo.jp\nbusan.kr\nbusiness\nbusiness.in\nbuy\nbuzen.fukuoka.jp\nbuzz\nbv\nbw\nby\nbydgoszcz.pl\nbygland.no\nbykle.no\nbytom.pl\nbz\nbz.it\nbzh\nb\xE1hcavuotna.no\nb\xE1hccavuotna.no\nb\xE1id\xE1r.no\nb\xE1jddar.no\nb\xE1l\xE1t.no\nb\xE5d\xE5ddj\xE5.no\nb\xE5tsfjord.no\nb\xE6rum.no\nb\xF8.nordland.no\nb\xF8.telemark.no\nb\xF8mlo.no\nc.bg\nc.se\nca\nca.in\nca.it\nca.us\ncaa.aero\ncab\ncafe\ncagliari.it\ncahcesuolo.no\ncal\ncal.it\ncalabria.it\ncall\ncaltanissetta.it\ncalvinklein\ncam\ncam.it\ncamau.vn\ncamera\ncamp\ncampania.it\ncampidano-medio.it\ncampidanomedio.it\ncampinagrande.br\ncampinas.br\ncampobasso.it\ncanon\ncantho.vn\ncaobang.vn\ncapetown\ncapital\ncapitalone\ncar\ncaravan\ncarbonia-iglesias.it\ncarboniaiglesias.it\ncards\ncare\ncareer\ncareers\ncargo.aero\ncarrara-massa.it\ncarraramassa.it\ncars\ncasa\ncase\ncaserta.it\ncash\ncasino\ncasino.hu\ncat\ncatania.it\ncatanzaro.it\ncatering\ncatering.aero\ncatholic\ncatholic.edu.au\ncaxias.br\ncb.it\ncba\ncbn\ncbre\ncc\ncc.ak.us\ncc.al.us\ncc.ar.us\ncc.as.us\ncc.az.us\ncc.ca.us\ncc.co.us\ncc.ct.us\ncc.dc.us\ncc.de.us\ncc.fl.us\ncc.ga.us\ncc.gu.us\ncc.hi.us\ncc.ia.us\ncc.id.us\ncc.il.us\ncc.in.us\ncc.ks.us\ncc.ky.us\ncc.la.us\ncc.ma.us\ncc.md.us\ncc.me.us\ncc.mi.us\ncc.mn.us\ncc.mo.us\ncc.ms.us\ncc.mt.us\ncc.nc.us\ncc.ne.us\ncc.nh.us\ncc.nj.us\ncc.nm.us\ncc.nv.us\ncc.ny.us\ncc.oh.us\ncc.ok.us\ncc.or.us\ncc.pa.us\ncc.pr.us\ncc.ri.us\ncc.sc.us\ncc.sd.us\ncc.tn.us\ncc.tx.us\ncc.ut.us\ncc.va.us\ncc.vi.us\ncc.vt.us\ncc.wa.us\ncc.wi.us\ncc.wv.us\ncc.wy.us\ncci.fr\ncd\nce.gov.br\nce.it\ncenter\nceo\ncern\ncertification.aero\ncesena-forli.it\ncesena-forl\xEC.it\ncesenaforli.it\ncesenaforl\xEC.it\ncf\ncfa\ncfd\ncg\nch\nch.it\nchampionship.aero\nchanel\nchannel\ncharity\ncharter.aero\nchase\nchat\ncheap\nchef.ec\ncherkassy.ua\ncherkasy.ua\nchernigov.ua\nchernihiv.ua\nchernivtsi.ua\nchernovtsy.ua\nchiba.jp\nchichibu.saitama.jp\nchieti.it\nchigasaki.kanagawa.jp\nchihayaakasaka.osaka.jp\nchijiwa.nagasaki.jp\nchikugo.fukuoka.jp\nchikuho.fukuoka.jp\nchikuhoku.nagano.jp\nchikujo.fukuoka.jp\nchikuma.nagano.jp\nchikusei.ibaraki.jp\nchikushino.fukuoka.jp\nchikuzen.fukuoka.jp\nchino.nagano.jp\nchintai\nchippubetsu.hokkaido.jp\nchiryu.aichi.jp\nchita.aichi.jp\nchitose.hokkaido.jp\nchiyoda.gunma.jp\nchiyoda.tokyo.jp\nchizu.tottori.jp\nchofu.tokyo.jp\nchonan.chiba.jp\nchosei.chiba.jp\nchoshi.chiba.jp\nchoyo.kumamoto.jp\nchristmas\nchrome\nchtr.k12.ma.us\nchungbuk.kr\nchungnam.kr\nchuo.chiba.jp\nchuo.fukuoka.jp\nchuo.osaka.jp\nchuo.tokyo.jp\nchuo.yamanashi.jp\nchurch\nci\nci.it\nciencia.bo\ncieszyn.pl\ncim.br\ncipriani\ncircle\ncisco\ncitadel\nciti\ncitic\ncity\ncity.hu\ncivilaviation.aero\nck\nck.ua\ncl\ncl.it\nclaims\ncleaning\nclick\nclinic\nclinique\nclothing\ncloud\nclub\nclub.aero\nclub.tw\nclubmed\ncm\ncn\ncn.in\ncn.it\ncn.ua\ncng.br\ncnt.br\nco\nco.ae\nco.ag\nco.am\nco.ao\nco.at\nco.az\nco.bb\nco.bd\nco.bi\nco.bj\nco.bw\nco.bz\nco.ci\nco.cl\nco.cm\nco.cr\nco.dm\nco.gg\nco.gl\nco.gy\nco.hu\nco.id\nco.il\nco.im\nco.in\nco.io\nco.ir\nco.it\nco.je\nco.jp\nco.ke\nco.kr\nco.lc\nco.ls\nco.ma\nco.me\nco.mg\nco.mu\nco.mw\nco.mz\nco.na\nco.ni\nco.nz\nco.om\nco.pn\nco.rs\nco.rw\nco.ss\nco.st\nco.sz\nco.th\nco.tj\nco.tm\nco.tt\nco.tz\nco.ug\nco.uk\nco.us\nco.uz\nco.ve\nco.vi\nco.za\nco.zm\nco.zw\ncoach\ncodes\ncoffee\ncog.mi.us\ncollege\ncologne\ncom\ncom.ac\ncom.af\ncom.ag\ncom.ai\ncom.al\ncom.am\ncom.ar\ncom.au\ncom.aw\ncom.az\ncom.ba\ncom.bb\ncom.bd\ncom.bh\ncom.bi\ncom.bj\ncom.bm\ncom.bn\ncom.bo\ncom.br\ncom.bs\ncom.bt\ncom.by\ncom.bz\ncom.ci\ncom.cm\ncom.cn\ncom.co\ncom.cu\ncom.cv\ncom.cw\ncom.cy\ncom.dm\ncom.do\ncom.dz\ncom.ec\ncom.ee\ncom.eg\ncom.es\ncom.et\ncom.fj\ncom.fm\ncom.fr\ncom.ge\ncom.gh\ncom.gi\ncom.gl\ncom.gn\ncom.gp\ncom.gr\ncom.gt\ncom.gu\ncom.gy\ncom.hk\ncom.hn\ncom.hr\ncom.ht\ncom.im\ncom.in\ncom.io\ncom.iq\ncom.jo\ncom.kg\ncom.kh\ncom.ki\ncom.km\ncom.kp\ncom.kw\ncom.ky\ncom.kz\ncom.la\ncom.lb\ncom.lc\ncom.lk\ncom.lr\ncom.lv\ncom.ly\ncom.mg\ncom.mk\ncom.ml\ncom.mo\ncom.ms\ncom.mt\ncom.mu\ncom.mv\ncom.mw\ncom.mx\ncom.my\ncom.na\ncom.nf\ncom.ng\ncom.ni\ncom.nr\ncom.om\ncom.pa\ncom.pe\ncom.pf\ncom.ph\ncom.pk\ncom.pl\ncom.pr\ncom.ps\ncom.pt\ncom.py\ncom.qa\ncom.re\ncom.ro\ncom.sa\ncom.sb\ncom.sc\ncom.sd\ncom.sg\ncom.sh\ncom.sl\ncom.sn\ncom.so\ncom.ss\ncom.st\ncom.sv\ncom.sy\ncom.tj\ncom.tm\ncom.tn\ncom.to\ncom.tr\ncom.tt\ncom.tw\ncom.ua\ncom.ug\ncom.uy\ncom.uz\ncom.vc\ncom.ve\ncom.vi\ncom.vn\ncom.vu\ncom.ws\ncom.ye\ncom.zm\ncommbank\ncommune.am\ncommunity\ncomo.it\ncompany\ncompare\ncomputer\ncomsec\ncondos\nconf.au\nconf.lv\nconference.aero\nconstruction\nconsulado.st\nconsultant.aero\nconsulting\nconsulting.aero\ncont.ec\ncontact\ncontagem.br\ncontractors\ncontrol.aero\ncooking\ncool\ncoop\ncoop.ar\ncoop.br\ncoop.ht\ncoop.in\ncoop.km\ncoop.mv\ncoop.mw\ncoop.py\ncoop.rw\ncooperativa.bo\ncorsica\ncosenza.it\ncouncil.aero\ncountry\ncoupon\ncoupons\ncourses\ncoz.br\ncpa\ncpa.ec\ncpa.pro\ncq.cn\ncr\ncr.it\ncr.ua\ncredit\ncreditcard\ncreditunion\ncremona.it\ncrew.aero\ncri.br\ncri.nz\ncricket\ncrimea.ua\ncrotone.it\ncrown\ncrs\ncruise\ncruises\ncs.in\ncs.it\nct.it\nct.us\ncu\ncue.ec\ncuiaba.br\ncuisinella\ncuneo.it\ncuritiba.br\ncv\ncv.ua\ncw\ncx\ncy\ncyb.ge\ncymru\ncyou\ncz\ncz.it\nczeladz.pl\nczest.pl\nd.bg\nd.se\ndad\ndaegu.kr\ndaejeon.kr\ndaigo.ibaraki.jp\ndaisen.akita.jp\ndaito.osaka.jp\ndaiwa.hiroshima.jp\ndaklak.vn\ndaknong.vn\ndanang.vn\ndance\ndata\ndate\ndate.fukushima.jp\ndate.hokkaido.jp\ndating\ndatsun\ndavvenjarga.no\ndavvenj\xE1rga.no\ndavvesiida.no\nday\ndazaifu.fukuoka.jp\ndc.us\ndclk\ndds\nde\nde.us\ndeal\ndealer\ndeals\ndeatnu.no\ndef.br\ndegree\ndelhi.in\ndelivery\ndell\ndell-ogliastra.it\ndellogliastra.it\ndeloitte\ndelta\ndemocracia.bo\ndemocrat\ndent.ec\ndental\ndentist\ndep.no\ndeporte.bo\ndes.br\ndesa.id\ndesi\ndesign\ndesign.aero\ndet.br\ndev\ndev.br\ndf.gov.br\ndgca.aero\ndgn.ec\ndhl\ndiamonds\ndielddanuorri.no\ndienbien.vn\ndiet\ndigital\ndirect\ndirectory\ndisco.ec\ndiscount\ndiscover\ndish\ndivtasvuodna.no\ndivttasvuotna.no\ndiy\ndj\ndk\ndlugoleka.pl\ndm\ndn.ua\ndnepropetrovsk.ua\ndni.us\ndnipropetrovsk.ua\ndnp\ndo\ndoc.ec\ndocs\ndoctor\ndog\ndomains\ndonetsk.ua\ndongnai.vn\ndongthap.vn\ndonna.no\ndoshi.yamanashi.jp\ndot\ndovre.no\ndownload\ndp.ua\ndr.in\ndr.tr\ndrammen.no\ndrangedal.no\ndrive\ndrobak.no\ndr\xF8bak.no\ndst.mi.us\ndtv\ndubai\ndupont\ndurban\ndvag\ndvr\ndyroy.no\ndyr\xF8y.no\ndz\nd\xF8nna.no\ne.bg\ne.se\ne12.ve\ne164.arpa\nearth\neat\neaton.mi.us\nebetsu.hokkaido.jp\nebina.kanagawa.jp\nebino.miyazaki.jp\nebiz.tw\nec\nechizen.fukui.jp\necn.br\neco\neco.bj\neco.br\necologia.bo\necono.bj\neconomia.bo\ned.ao\ned.ci\ned.cr\ned.jp\nedeka\nedogawa.tokyo.jp\nedu\nedu.ac\nedu.af\nedu.al\nedu.ao\nedu.ar\nedu.au\nedu.az\nedu.ba\nedu.bb\nedu.bd\nedu.bh\nedu.bi\nedu.bj\nedu.bm\nedu.bn\nedu.bo\nedu.br\nedu.bs\nedu.bt\nedu.bz\nedu.ci\nedu.cn\nedu.co\nedu.cu\nedu.cv\nedu.cw\nedu.dm\nedu.do\nedu.dz\nedu.ec\nedu.ee\nedu.eg\nedu.es\nedu.et\nedu.fj\nedu.fm\nedu.gd\nedu.ge\nedu.gh\nedu.gi\nedu.gl\nedu.gn\nedu.gp\nedu.gr\nedu.gt\nedu.gu\nedu.gy\nedu.hk\nedu.hn\nedu.ht\nedu.in\nedu.io\nedu.iq\nedu.it\nedu.jo\nedu.kg\nedu.kh\nedu.ki\nedu.km\nedu.kn\nedu.kp\nedu.kw\nedu.ky\nedu.kz\nedu.la\nedu.lb\nedu.lc\nedu.lk\nedu.lr\nedu.ls\nedu.lv\nedu.ly\nedu.me\nedu.mg\nedu.mk\nedu.ml\nedu.mn\nedu.mo\nedu.ms\nedu.mt\nedu.mv\nedu.mw\nedu.mx\nedu.my\nedu.mz\nedu.ng\nedu.ni\nedu.nr\nedu.om\nedu.pa\nedu.pe\nedu.pf\nedu.ph\nedu.pk\nedu.pl\nedu.pn\nedu.pr\nedu.ps\nedu.pt\nedu.py\nedu.qa\nedu.rs\nedu.sa\nedu.sb\nedu.sc\nedu.sd\nedu.sg\nedu.sl\nedu.sn\nedu.so\nedu.ss\nedu.st\nedu.sv\nedu.sy\nedu.tj\nedu.tm\nedu.to\nedu.tr\nedu.tt\nedu.tw\nedu.ua\nedu.ug\nedu.uy\nedu.vc\nedu.ve\nedu.vg\nedu.vn\nedu.vu\nedu.ws\nedu.ye\nedu.za\nedu.zm\neducation\neducator.aero\nee\neg\negersund.no\nehime.jp\neid.no\neidfjord.no\neidsberg.no\neidskog.no\neidsvoll.no\neigersund.no\neiheiji.fukui.jp\nekloges.cy\nelblag.pl\nelk.pl\nelverum.no\nemail\nemb.kw\nembaixada.st\nembetsu.hokkaido.jp\nemerck\nemergency.aero\nemilia-romagna.it\nemiliaromagna.it\nemp.br\nemprende.ve\nempresa.bo\nemr.it\nen.it\nena.gifu.jp\nenebakk.no\nenergy\nenf.br\neng.br\neng.ec\neng.jo\neng.pro\nengerdal.no\nengine.aero\nengineer\nengineer.aero\nengineering\neniwa.hokkaido.jp\nenna.it\nens.tn\nenterprises\nentertainment.aero\nepson\nequipment\nequipment.aero\ner\ner.in\nericsson\nerimo.hokkaido.jp\nerni\nerotica.hu\nerotika.hu\nes\nes.gov.br\nes.kr\nesan.hokkaido.jp\nesashi.hokkaido.jp\nesm.ec\nesp.br\nesq\nest.pr\nestate\net\netajima.hiroshima.jp\netc.br\neti.br\netne.no\netnedal.no\neu\neu.int\neun.eg\neurovision\neus\nevenassi.no\nevenes.no\nevents\neven\xE1\u0161\u0161i.no\nevje-og-hornnes.no\nexchange\nexchange.aero\nexpert\nexposed\nexpress\nexpress.aero\nextraspace\nf.bg\nf.se\nfage\nfail\nfairwinds\nfaith\nfam.pk\nfamily\nfan\nfans\nfar.br\nfarm\nfarmers\nfarsund.no\nfashion\nfast\nfauske.no\nfc.it\nfe.it\nfederation.aero\nfedex\nfedje.no\nfeedback\nfeira.br\nfermo.it\nferrara.it\nferrari\nferrero\nfet.no\nfetsund.no\nfg.it\nfh.se\nfhs.no\nfhsk.se\nfhv.se\nfi\nfi.cr\nfi.it\nfidelity\nfido\nfie.ee\nfilm\nfilm.hu\nfin.ec\nfin.in\nfin.tn\nfinal\nfinance\nfinancial\nfinnoy.no\nfinn\xF8y.no\nfire\nfirenze.it\nfirestone\nfirm.ht\nfirm.in\nfirm.nf\nfirm.ro\nfirm.ve\nfirmdale\nfish\nfishing\nfit\nfitjar.no\nfitness\nfj\nfj.cn\nfjaler.no\nfjell.no\nfk\nfl.us\nfla.no\nflakstad.no\nflatanger.no\nflekkefjord.no\nflesberg.no\nflickr\nflight.aero\nflights\nflir\nflog.br\nflora.no\nflorence.it\nfloripa.br\nflorist\nfloro.no\nflor\xF8.no\nflowers\nfly\nfl\xE5.no\nfm\nfm.br\nfm.it\nfm.jo\nfm.no\nfnd.br\nfo\nfoggia.it\nfolkebibl.no\nfolldal.no\nfoo\nfood\nfootball\nford\nforde.no\nforex\nforli-cesena.it\nforlicesena.it\nforl\xEC-cesena.it\nforl\xECcesena.it\nforsale\nforsand.no\nfortal.br\nforum\nforum.hu\nfosnes.no\nfot.br\nfot.ec\nfoundation\nfox\nfoz.br\nfr\nfr.it\nfrana.no\nfredrikstad.no\nfree\nfreight.aero\nfresenius\nfriuli-v-giulia.it\nfriuli-ve-giulia.it\nfriuli-vegiulia.it\nfriuli-venezia-giulia.it\nfriuli-veneziagiulia.it\nfriuli-vgiulia.it\nfriuliv-giulia.it\nfriulive-giulia.it\nfriulivegiulia.it\nfriulivenezia-giulia.it\nfriuliveneziagiulia.it\nfriulivgiulia.it\nfrl\nfrogans\nfrogn.no\nfroland.no\nfrom.hr\nfrontier\nfrosinone.it\nfrosta.no\nfroya.no\nfr\xE6na.no\nfr\xF8ya.no\nfst.br\nftr\nfuchu.hiroshima.jp\nfuchu.tokyo.jp\nfuchu.toyama.jp\nfudai.iwate.jp\nfuefuki.yamanashi.jp\nfuel.aero\nfuji.shizuoka.jp\nfujieda.shizuoka.jp\nfujiidera.osaka.jp\nfujikawa.shizuoka.jp\nfujikawa.yamanashi.jp\nfujikawaguchiko.yamanashi.jp\nfujimi.nagano.jp\nfujimi.saitama.jp\nfujimino.saitama.jp\nfujinomiya.shizuoka.jp\nfujioka.gunma.jp\nfujisato.akita.jp\nfujisawa.iwate.jp\nfujisawa.kanagawa.jp\nfujishiro.ibaraki.jp\nfujitsu\nfujiyoshida.yamanashi.jp\nfukagawa.hokkaido.jp\nfukaya.saitama.jp\nfukuchi.fukuoka.jp\nfukuchiyama.kyoto.jp\nfukudomi.saga.jp\nfukui.fukui.jp\nfukui.jp\nfukumitsu.toyama.jp\nfukuoka.jp\nfukuroi.shizuoka.jp\nfukusaki.hyogo.jp\nfukushima.fukushima.jp\nfukushima.hokkaido.jp\nfukushima.jp\nfukuyama.hiroshima.jp\nfun\nfunabashi.chiba.jp\nfunagata.yamagata.jp\nfunahashi.toyama.jp\nfund\nfuoisku.no\nfuossko.no\nfurano.hokkaido.jp\nfurniture\nfurubira.hokkaido.jp\nfurudono.fukushima.jp\nfurukawa.miyagi.jp\nfusa.no\nfuso.aichi.jp\nfussa.tokyo.jp\nfutaba.fukushima.jp\nfutbol\nfutsu.nagasaki.jp\nfuttsu.chiba.jp\nfvg.it\nfyi\nfylkesbibl.no\nfyresdal.no\nf\xF8rde.no\ng.bg\ng.se\ng12.br\nga\nga.us\ngaivuotna.no\ngal\ngal.ec\ngallery\ngallo\ngallup\ngalsa.no\ngamagori.aichi.jp\ngame\ngame.tw\ngames\ngames.hu\ngamo.shiga.jp\ngamvik.no\ngangaviika.no\ngangwon.kr\ngap\ngarden\ngaular.no\ngausdal.no\ngay\ngb\ngbiz\ngc.ca\ngd\ngd.cn\ngdn\nge\nge.it\ngea\ngeek.nz\ngeisei.kochi.jp\ngen.in\ngen.mi.us\ngen.nz\ngen.tr\ngenkai.saga.jp\ngenoa.it\ngenova.it\ngent\ngenting\ngeo.br\ngeorge\ngf\ngg\nggee\nggf.br\ngh\ngi\ngialai.vn\ngiehtavuoatna.no\ngielda.no\ngift\ngifts\ngifu.gifu.jp\ngifu.jp\ngildeskal.no\ngildesk\xE5l.no\nginan.gifu.jp\nginowan.okinawa.jp\nginoza.okinawa.jp\ngiske.no\ngives\ngiving\ngjemnes.no\ngjerdrum.no\ngjerstad.no\ngjesdal.no\ngjovik.no\ngj\xF8vik.no\ngkp.pk\ngl\nglass\ngle\ngliding.aero\nglobal\nglobo\nglogow.pl\ngloppen.no\ngm\ngmail\ngmbh\ngmina.pl\ngmo\ngmx\ngn\ngniezno.pl\ngo.ci\ngo.cr\ngo.gov.br\ngo.id\ngo.it\ngo.jp\ngo.ke\ngo.kr\ngo.th\ngo.tj\ngo.tz\ngo.ug\ngob.ar\ngob.bo\ngob.cl\ngob.cu\ngob.do\ngob.ec\ngob.es\ngob.gt\ngob.hn\ngob.mx\ngob.ni\ngob.pa\ngob.pe\ngob.pk\ngob.sv\ngob.ve\ngobo.wakayama.jp\ngodaddy\ngodo.gifu.jp\ngog.pk\ngoiania.br\ngojome.akita.jp\ngok.pk\ngokase.miyazaki.jp\ngol.no\ngold\ngoldpoint\ngolf\ngonohe.aomori.jp\ngoodyear\ngoog\ngoogle\ngop\ngop.pk\ngorizia.it\ngorlice.pl\ngos.pk\ngose.nara.jp\ngosen.niigata.jp\ngoshiki.hyogo.jp\ngot\ngotemba.shizuoka.jp\ngoto.nagasaki.jp\ngotsu.shimane.jp\ngouv.ci\ngouv.fr\ngouv.ht\ngouv.km\ngouv.ml\ngouv.sn\ngov\ngov.ac\ngov.ae\ngov.af\ngov.al\ngov.ao\ngov.ar\ngov.as\ngov.au\ngov.az\ngov.ba\ngov.bb\ngov.bd\ngov.bf\ngov.bh\ngov.bm\ngov.bn\ngov.br\ngov.bs\ngov.bt\ngov.bw\ngov.by\ngov.bz\ngov.cd\ngov.cl\ngov.cm\ngov.cn\ngov.co\ngov.cx\ngov.cy\ngov.cz\ngov.dm\ngov.do\ngov.dz\ngov.ec\ngov.ee\ngov.eg\ngov.et\ngov.fj\ngov.gd\ngov.ge\ngov.gh\ngov.gi\ngov.gn\ngov.gr\ngov.gu\ngov.gy\ngov.hk\ngov.ie\ngov.il\ngov.in\ngov.io\ngov.iq\ngov.ir\ngov.it\ngov.jo\ngov.kg\ngov.kh\ngov.ki\ngov.km\ngov.kn\ngov.kp\ngov.kw\ngov.kz\ngov.la\ngov.lb\ngov.lc\ngov.lk\ngov.lr\ngov.ls\ngov.lt\ngov.lv\ngov.ly\ngov.ma\ngov.me\ngov.mg\ngov.mk\ngov.ml\ngov.mn\ngov.mo\ngov.mr\ngov.ms\ngov.mu\ngov.mv\ngov.mw\ngov.my\ngov.mz\ngov.na\ngov.nc.tr\ngov.ng\ngov.nr\ngov.om\ngov.ph\ngov.pk\ngov.pl\ngov.pn\ngov.pr\ngov.ps\ngov.pt\ngov.pw\ngov.py\ngov.qa\ngov.rs\ngov.rw\ngov.sa\ngov.sb\ngov.sc\ngov.sd\ngov.sg\ngov.sh\ngov.sl\ngov.so\ngov.ss\ngov.sx\ngov.sy\ngov.tj\ngov.tl\ngov.tm\ngov.tn\ngov.to\ngov.tr\ngov.tt\ngov.tw\ngov.ua\ngov.ug\ngov.uk\ngov.vc\ngov.ve\ngov.vn\ngov.ws\ngov.ye\ngov.za\ngov.zm\ngov.zw\ngovernment.aero\ngovt.nz\ngp\ngq\ngr\ngr.it\ngr.jp\ngrainger\ngrajewo.pl\ngran.no\ngrane.no\ngranvin.no\ngraphics\ngratangen.no\ngratis\ngreen\ngreta.fr\ngrimstad.no\ngripe\ngriw.gov.pl\ngrocery\ngrondar.za\ngrong.no\ngrosseto.it\ngroundhandling.aero\ngroup\ngroup.aero\ngrp.lk\ngru.br\ngrue.no\ngs\ngs.aa.no\ngs.ah.no\ngs.bu.no\ngs.cn\ngs.fm.no\ngs.hl.no\ngs.hm.no\ngs.jan-mayen.no\ngs.mr.no\ngs.nl.no\ngs.nt.no\ngs.of.no\ngs.ol.no\ngs.oslo.no\ngs.rl.no\ngs.sf.no\ngs.st.no\ngs.svalbard.no\ngs.tm.no\ngs.tr.no\ngs.va.no\ngs.vf.no\ngsm.pl\ngt\ngu\ngu.us\nguam.gu\ngub.uy\ngucci\nguge\nguide\nguitars\ngujarat.in\ngujo.gifu.jp\ngulen.no\ngunma.jp\nguovdageaidnu.no\nguru\ngushikami.okinawa.jp\ngv.ao\ngv.at\ngw\ngwangju.kr\ngx.cn\ngy\ngye.ec\ngyeongbuk.kr\ngyeonggi.kr\ngyeongnam.kr\ngyokuto.kumamoto.jp\ngz.cn\ng\xE1ivuotna.no\ng\xE1ls\xE1.no\ng\xE1\u014Bgaviika.no\nh.bg\nh.se\nha.cn\nha.no\nhabikino.osaka.jp\nhabmer.no\nhaboro.hokkaido.jp\nhachijo.tokyo.jp\nhachinohe.aomori.jp\nhachioji.tokyo.jp\nhachirogata.akita.jp\nhadano.kanagawa.jp\nhadsel.no\nhaebaru.okinawa.jp\nhaga.tochigi.jp\nhagebostad.no\nhagi.yamaguchi.jp\nhagiang.vn\nhaibara.shizuoka.jp\nhaiduong.vn\nhaiphong.vn\nhair\nhakata.fukuoka.jp\nhakodate.hokkaido.jp\nhakone.kanagawa.jp\nhakuba.nagano.jp\nhakui.ishikawa.jp\nhakusan.ishikawa.jp\nhalden.no\nhalsa.no\nhamada.shimane.jp\nhamamatsu.shizuoka.jp\nhamar.no\nhamaroy.no\nhamar\xF8y.no\nhamatama.saga.jp\nhamatonbetsu.hokkaido.jp\nhamburg\nhammarfeasta.no\nhammerfest.no\nhamura.tokyo.jp\nhanam.vn\nhanamaki.iwate.jp\nhanamigawa.chiba.jp\nhanawa.fukushima.jp\nhanda.aichi.jp\nhanggliding.aero\nhangout\nhannan.osaka.jp\nhanno.saitama.jp\nhanoi.vn\nhanyu.saitama.jp\nhapmir.no\nhappou.akita.jp\nhara.nagano.jp\nharam.no\nhareid.no\nharima.hyogo.jp\nharstad.no\nhasama.oita.jp\nhasami.nagasaki.jp\nhashikami.aomori.jp\nhashima.gifu.jp\nhashimoto.wakayama.jp\nhasuda.saitama.jp\nhasvik.no\nhatinh.vn\nhatogaya.saitama.jp\nhatoyama.saitama.jp\nhatsukaichi.hiroshima.jp\nhattfjelldal.no\nhaugesund.no\nhaugiang.vn\nhaus\nhayakawa.yamanashi.jp\nhayashima.okayama.jp\nhazu.aichi.jp\nhb.cn\nhbo\nhdfc\nhdfcbank\nhe.cn\nhealth\nhealth.nz\nhealth.vn\nhealthcare\nheguri.nara.jp\nhekinan.aichi.jp\nhelp\nhemne.no\nhemnes.no\nhemsedal.no\nherad.no\nhere\nhermes\nheroy.more-og-romsdal.no\nheroy.nordland.no\nher\xF8y.m\xF8re-og-romsdal.no\nher\xF8y.nordland.no\nhi.cn\nhi.us\nhichiso.gifu.jp\nhida.gifu.jp\nhidaka.hokkaido.jp\nhidaka.kochi.jp\nhidaka.saitama.jp\nhidaka.wakayama.jp\nhigashi.fukuoka.jp\nhigashi.fukushima.jp\nhigashi.okinawa.jp\nhigashiagatsuma.gunma.jp\nhigashichichibu.saitama.jp\nhigashihiroshima.hiroshima.jp\nhigashiizu.shizuoka.jp\nhigashiizumo.shimane.jp\nhigashikagawa.kagawa.jp\nhigashikagura.hokkaido.jp\nhigashikawa.hokkaido.jp\nhigashikurume.tokyo.jp\nhigashimatsushima.miyagi.jp\nhigashimatsuyama.saitama.jp\nhigashimurayama.tokyo.jp\nhigashinaruse.akita.jp\nhigashine.yamagata.jp\nhigashiomi.shiga.jp\nhigashiosaka.osaka.jp\nhigashishirakawa.gifu.jp\nhigashisumiyoshi.osaka.jp\nhigashitsuno.kochi.jp\nhigashiura.aichi.jp\nhigashiyama.kyoto.jp\nhigashiyamato.tokyo.jp\nhigashiyodogawa.osaka.jp\nhigashiyoshino.nara.jp\nhiji.oita.jp\nhikari.yamaguchi.jp\nhikawa.shimane.jp\nhikimi.shimane.jp\nhikone.shiga.jp\nhimeji.hyogo.jp\nhimeshima.oita.jp\nhimi.toyama.jp\nhino.tokyo.jp\nhino.tottori.jp\nhinode.tokyo.jp\nhinohara.tokyo.jp\nhioki.kagoshima.jp\nhiphop\nhirado.nagasaki.jp\nhiraizumi.iwate.jp\nhirakata.osaka.jp\nhiranai.aomori.jp\nhirara.okinawa.jp\nhirata.fukushima.jp\nhiratsuka.kanagawa.jp\nhiraya.nagano.jp\nhirogawa.wakayama.jp\nhirokawa.fukuoka.jp\nhirono.fukushima.jp\nhirono.iwate.jp\nhiroo.hokkaido.jp\nhirosaki.aomori.jp\nhiroshima.jp\nhisamitsu\nhisayama.fukuoka.jp\nhita.oita.jp\nhitachi\nhitachi.ibaraki.jp\nhitachinaka.ibaraki.jp\nhitachiomiya.ibaraki.jp\nhitachiota.ibaraki.jp\nhitra.no\nhiv\nhizen.saga.jp\nhjartdal.no\nhjelmeland.no\nhk\nhk.cn\nhkt\nhl.cn\nhl.no\nhm\nhm.no\nhn\nhn.cn\nhoabinh.vn\nhobol.no\nhob\xF8l.no\nhockey\nhof.no\nhofu.yamaguchi.jp\nhokkaido.jp\nhokksund.no\nhokuryu.hokkaido.jp\nhokuto.hokkaido.jp\nhokuto.yamanashi.jp\nhol.no\nholdings\nhole.no\nholiday\nholmestrand.no\nholtalen.no\nholt\xE5len.no\nhome.arpa\nhomebuilt.aero\nhomedepot\nhomegoods\nhomes\nhomesense\nhonai.ehime.jp\nhonbetsu.hokkaido.jp\nhonda\nhonefoss.no\nhongo.hiroshima.jp\nhonjo.akita.jp\nhonjo.saitama.jp\nhonjyo.akita.jp\nhornindal.no\nhorokanai.hokkaido.jp\nhoronobe.hokkaido.jp\nhorse\nhorten.no\nhospital\nhost\nhosting\nhot\nhotel\nhotel.hu\nhotel.lk\nhotel.tz\nhotels\nhotmail\nhouse\nhow\nhoyanger.no\nhoylandet.no\nhr\nhs.kr\nhsbc\nht\nhu\nhue.vn\nhughes\nhuissier-justice.fr\nhungyen.vn\nhurdal.no\nhurum.no\nhvaler.no\nhyatt\nhyllestad.no\nhyogo.jp\nhyuga.miyazaki.jp\nhyundai\nh\xE1bmer.no\nh\xE1mm\xE1rfeasta.no\nh\xE1pmir.no\nh\xE5.no\nh\xE6gebostad.no\nh\xF8nefoss.no\nh\xF8yanger.no\nh\xF8ylandet.no\ni.bg\ni.ng\ni.ph\ni.se\nia.bo\nia.br\nia.us\nia.ve\nibara.okayama.jp\nibaraki.ibaraki.jp\nibaraki.jp\nibaraki.osaka.jp\nibestad.no\nibigawa.gifu.jp\nibm\nibr.ec\nic.gov.pl\nicbc\nice\nichiba.tokushima.jp\nichihara.chiba.jp\nichikai.tochigi.jp\nichikawa.chiba.jp\nichikawa.hyogo.jp\nichikawamisato.yamanashi.jp\nichinohe.iwate.jp\nichinomiya.aichi.jp\nichinomiya.chiba.jp\nichinoseki.iwate.jp\nicu\nid\nid.au\nid.bd\nid.cv\nid.fj\nid.ir\nid.lv\nid.ly\nid.us\nid.vn\nide.kyoto.jp\nidf.il\nidrett.no\nidv.hk\nidv.tw\nie\nieee\nif.ua\nifm\niglesias-carbonia.it\niglesiascarbonia.it\niheya.okinawa.jp\niida.nagano.jp\niide.yamagata.jp\niijima.nagano.jp\niitate.fukushima.jp\niiyama.nagano.jp\niizuka.fukuoka.jp\niizuna.nagano.jp\nikano\nikaruga.nara.jp\nikata.ehime.jp\nikawa.akita.jp\nikeda.fukui.jp\nikeda.gifu.jp\nikeda.hokkaido.jp\nikeda.nagano.jp\nikeda.osaka.jp\niki.nagasaki.jp\nikoma.nara.jp\nikusaka.nagano.jp\nil\nil.us\nilawa.pl\nim\nim.it\nimabari.ehime.jp\nimakane.hokkaido.jp\nimamat\nimari.saga.jp\nimb.br\nimdb\nimizu.toyama.jp\nimmo\nimmobilien\nimperia.it\nin\nin-addr.arpa\nin.ni\nin.rs\nin.th\nin.ua\nin.us\nina.ibaraki.jp\nina.nagano.jp\nina.saitama.jp\ninabe.mie.jp\ninagawa.hyogo.jp\ninagi.tokyo.jp\ninami.toyama.jp\ninami.wakayama.jp\ninashiki.ibaraki.jp\ninatsuki.fukuoka.jp\ninawashiro.fukushima.jp\ninazawa.aichi.jp\ninc\nincheon.kr\nind.br\nind.gt\nind.in\nind.kw\nind.tn\ninderoy.no\ninder\xF8y.no\nindigena.bo\nindustria.bo\nindustries\nine.kyoto.jp\ninf.br\ninf.cu\ninf.mk\ninfiniti\ninfo\ninfo.az\ninfo.bb\ninfo.bd\ninfo.bj\ninfo.bo\ninfo.ec\ninfo.eg\ninfo.et\ninfo.fj\ninfo.gu\ninfo.ht\ninfo.hu\ninfo.in\ninfo.ke\ninfo.ki\ninfo.la\ninfo.ls\ninfo.ml\ninfo.mv\ninfo.nf\ninfo.ni\ninfo.nr\ninfo.pl\ninfo.pr\ninfo.ro\ninfo.sd\ninfo.tn\ninfo.tr\ninfo.tt\ninfo.tz\ninfo.ve\ninfo.vn\ninfo.zm\ning\ning.pa\ningatlan.hu\nink\nino.kochi.jp\ninst.ml\ninstitute\ninsurance\ninsurance.aero\ninsure\nint\nint.ar\nint.az\nint.bo\nint.ci\nint.cv\nint.in\nint.la\nint.lk\nint.mv\nint.mw\nint.ni\nint.pt\nint.tj\nint.ve\nint.vn\ninternational\ninternet.in\nintl.tn\nintuit\ninuyama.aichi.jp\ninvestments\ninzai.chiba.jp\nio\nio.in\nio.kr\nio.vn\nip6.arpa\nipiranga\niq\nir\niris.arpa\nirish\niruma.saitama.jp\nis\nis.gov.pl\nis.it\nisa.kagoshima.jp\nisa.us\nisahaya.nagasaki.jp\nise.mie.jp\nisehara.kanagawa.jp\nisen.kagoshima.jp\nisernia.it\nisesaki.gunma.jp\nishigaki.okinawa.jp\nishikari.hokkaido.jp\nishikawa.fukushima.jp\nishikawa.jp\nishikawa.okinawa.jp\nishinomaki.miyagi.jp\nisla.pr\nismaili\nisshiki.aichi.jp\nist\nistanbul\nisumi.chiba.jp\nit\nit.ao\nit.bd\nit.kr\nitabashi.tokyo.jp\nitako.ibaraki.jp\nitakura.gunma.jp\nitami.hyogo.jp\nitano.tokushima.jp\nitau\nitayanagi.aomori.jp\nito.shizuoka.jp\nitoigawa.niigata.jp\nitoman.okinawa.jp\nits.me\nitv\nivano-frankivsk.ua\niveland.no\nivgu.no\niwade.wakayama.jp\niwafune.tochigi.jp\niwaizumi.iwate.jp\niwaki.fukushima.jp\niwakuni.yamaguchi.jp\niwakura.aichi.jp\niwama.ibaraki.jp\niwamizawa.hokkaido.jp\niwanai.hokkaido.jp\niwanuma.miyagi.jp\niwata.shizuoka.jp\niwate.iwate.jp\niwate.jp\niwatsuki.saitama.jp\niwi.nz\niyo.ehime.jp\niz.hr\nizena.okinawa.jp\nizu.shizuoka.jp\nizumi.kagoshima.jp\nizumi.osaka.jp\nizumiotsu.osaka.jp\nizumisano.osaka.jp\nizumizaki.fukushima.jp\nizumo.shimane.jp\nizumozaki.niigata.jp\nizunokuni.shizuoka.jp\nj.bg\njab.br\njaguar\njampa.br\njan-mayen.no\njava\njaworzno.pl\njcb\njdf.br\nje\njeep\njeju.kr\njelenia-gora.pl\njeonbuk.kr\njeonnam.kr\njessheim.no\njetzt\njevnaker.no\njewelry\njgora.pl\njinsekikogen.hiroshima.jp\njio\njl.cn\njll\njm\njmp\njnj\njo\njoboji.iwate.jp\njobs\njoburg\njoetsu.niigata.jp\njogasz.hu\njohana.toyama.jp\njoinville.br\njolster.no\njondal.no\njor.br\njorpeland.no\njoso.ibaraki.jp\njot\njournal.aero\njournalist.aero\njoy\njoyo.kyoto.jp\njp\njpmorgan\njprs\njs.cn\njuegos\njur.pro\njus.br\njx.cn\nj\xF8lster.no\nj\xF8rpeland.no\nk.bg\nk.se\nk12.ak.us\nk12.al.us\nk12.ar.us\nk12.as.us\nk12.az.us\nk12.ca.us\nk12.co.us\nk12.ct.us\nk12.dc.us\nk12.ec\nk12.fl.us\nk12.ga.us\nk12.gu.us\nk12.ia.us\nk12.id.us\nk12.il\nk12.il.us\nk12.in.us\nk12.ks.us\nk12.ky.us\nk12.la.us\nk12.ma.us\nk12.md.us\nk12.me.us\nk12.mi.us\nk12.mn.us\nk12.mo.us\nk12.ms.us\nk12.mt.us\nk12.nc.us\nk12.ne.us\nk12.nh.us\nk12.nj.us\nk12.nm.us\nk12.nv.us\nk12.ny.us\nk12.oh.us\nk12.ok.us\nk12.or.us\nk12.pa.us\nk12.pr.us\nk12.sc.us\nk12.tn.us\nk12.tr\nk12.tx.us\nk12.ut.us\nk12.va.us\nk12.vi\nk12.vi.us\nk12.vt.us\nk12.wa.us\nk12.wi.us\nk12.wy.us\nkadena.okinawa.jp\nkadogawa.miyazaki.jp\nkadoma.osaka.jp\nkafjord.no\nkaga.ishikawa.jp\nkagami.kochi.jp\nkagamiishi.fukushima.jp\nkagamino.okayama.jp\nkagawa.jp\nkagoshima.jp\nkagoshima.kagoshima.jp\nkaho.fukuoka.jp\nkahoku.ishikawa.jp\nkahoku.yamagata.jp\nkai.yamanashi.jp\nkainan.tokushima.jp\nkainan.wakayama.jp\nkaisei.kanagawa.jp\nkaita.hiroshima.jp\nkaizuka.osaka.jp\nkakamigahara.gifu.jp\nkakegawa.shizuoka.jp\nkakinoki.shimane.jp\nkakogawa.hyogo.jp\nkakuda.miyagi.jp\nkalisz.pl\nkamagaya.chiba.jp\nkamaishi.iwate.jp\nkamakura.kanagawa.jp\nkameoka.kyoto.jp\nkameyama.mie.jp\nkami.kochi.jp\nkami.miyagi.jp\nkamiamakusa.kumamoto.jp\nkamifurano.hokkaido.jp\nkamigori.hyogo.jp\nkamiichi.toyama.jp\nkamiizumi.saitama.jp\nkamijima.ehime.jp\nkamikawa.hokkaido.jp\nkamikawa.hyogo.jp\nkamikawa.saitama.jp\nkamikitayama.nara.jp\nkamikoani.akita.jp\nkamimine.saga.jp\nkaminokawa.tochigi.jp\nkaminoyama.yamagata.jp\nkamioka.akita.jp\nkamisato.saitama.jp\nkamishihoro.hokkaido.jp\nkamisu.ibaraki.jp\nkamisunagawa.hokkaido.jp\nkamitonda.wakayama.jp\nkamitsue.oita.jp\nkamo.kyoto.jp\nkamo.niigata.jp\nkamoenai.hokkaido.jp\nkamogawa.chiba.jp\nkanagawa.jp\nkanan.osaka.jp\nkanazawa.ishikawa.jp\nkanegasaki.iwate.jp\nkaneyama.fukushima.jp\nkaneyama.yamagata.jp\nkani.gifu.jp\nkanie.aichi.jp\nkanmaki.nara.jp\nkanna.gunma.jp\nkannami.shizuoka.jp\nkanonji.kagawa.jp\nkanoya.kagoshima.jp\nkanra.gunma.jp\nkanuma.tochigi.jp\nkanzaki.saga.jp\nkarasjohka.no\nkarasjok.no\nkarasuyama.tochigi.jp\nkaratsu.saga.jp\nkariwa.niigata.jp\nkariya.aichi.jp\nkarlsoy.no\nkarls\xF8y.no\nkarmoy.no\nkarm\xF8y.no\nkarpacz.pl\nkartuzy.pl\nkaruizawa.nagano.jp\nkarumai.iwate.jp\nkasahara.gifu.jp\nkasai.hyogo.jp\nkasama.ibaraki.jp\nkasamatsu.gifu.jp\nkasaoka.okayama.jp\nkashiba.nara.jp\nkashihara.nara.jp\nkashima.ibaraki.jp\nkashima.saga.jp\nkashiwa.chiba.jp\nkashiwara.osaka.jp\nkashiwazaki.niigata.jp\nkasuga.fukuoka.jp\nkasuga.hyogo.jp\nkasugai.aichi.jp\nkasukabe.saitama.jp\nkasumigaura.ibaraki.jp\nkasuya.fukuoka.jp\nkaszuby.pl\nkatagami.akita.jp\nkatano.osaka.jp\nkatashina.gunma.jp\nkatori.chiba.jp\nkatowice.pl\nkatsuragi.nara.jp\nkatsuragi.wakayama.jp\nkatsushika.tokyo.jp\nkatsuura.chiba.jp\nkatsuyama.fukui.jp\nkaufen\nkautokeino.no\nkawaba.gunma.jp\nkawachinagano.osaka.jp\nkawagoe.mie.jp\nkawagoe.saitama.jp\nkawaguchi.saitama.jp\nkawahara.tottori.jp\nkawai.iwate.jp\nkawai.nara.jp\nkawajima.saitama.jp\nkawakami.nagano.jp\nkawakami.nara.jp\nkawakita.ishikawa.jp\nkawamata.fukushima.jp\nkawaminami.miyazaki.jp\nkawanabe.kagoshima.jp\nkawanehon.shizuoka.jp\nkawanishi.hyogo.jp\nkawanishi.nara.jp\nkawanishi.yamagata.jp\nkawara.fukuoka.jp\nkawasaki.jp\nkawasaki.miyagi.jp\nkawatana.nagasaki.jp\nkawaue.gifu.jp\nkawazu.shizuoka.jp\nkayabe.hokkaido.jp\nkazimierz-dolny.pl\nkazo.saitama.jp\nkazuno.akita.jp\nkddi\nke\nkeisen.fukuoka.jp\nkembuchi.hokkaido.jp\nkep.tr\nkepno.pl\nkerryhotels\nkerryproperties\nketrzyn.pl\nkfh\nkg\nkg.kr\nkh\nkh.ua\nkhanhhoa.vn\nkharkiv.ua\nkharkov.ua\nkherson.ua\nkhmelnitskiy.ua\nkhmelnytskyi.ua\nki\nkia\nkibichuo.okayama.jp\nkids\nkiengiang.vn\nkiev.ua\nkiho.mie.jp\nkihoku.ehime.jp\nkijo.miyazaki.jp\nkikonai.hokkaido.jp\nkikuchi.kumamoto.jp\nkikugawa.shizuoka.jp\nkim\nkimino.wakayama.jp\nkimitsu.chiba.jp\nkimobetsu.hokkaido.jp\nkin.okinawa.jp\nkindle\nkinko.kagoshima.jp\nkinokawa.wakayama.jp\nkira.aichi.jp\nkirkenes.no\nkirovograd.ua\nkiryu.gunma.jp\nkisarazu.chiba.jp\nkishiwada.osaka.jp\nkiso.nagano.jp\nkisofukushima.nagano.jp\nkisosaki.mie.jp\nkita.kyoto.jp\nkita.osaka.jp\nkita.tokyo.jp\nkitaaiki.nagano.jp\nkitaakita.akita.jp\nkitadaito.okinawa.jp\nkitagata.gifu.jp\nkitagata.saga.jp\nkitagawa.kochi.jp\nkitagawa.miyazaki.jp\nkitahata.saga.jp\nkitahiroshima.hokkaido.jp\nkitakami.iwate.jp\nkitakata.fukushima.jp\nkitakata.miyazaki.jp\nkitakyushu.jp\nkitami.hokkaido.jp\nkitamoto.saitama.jp\nkitanakagusuku.okinawa.jp\nkitashiobara.fukushima.jp\nkitaura.miyazaki.jp\nkitayama.wakayama.jp\nkitchen\nkiwa.mie.jp\nkiwi\nkiwi.nz\nkiyama.saga.jp\nkiyokawa.kanagawa.jp\nkiyosato.hokkaido.jp\nkiyose.tokyo.jp\nkiyosu.aichi.jp\nkizu.kyoto.jp\nklabu.no\nklepp.no\nklodzko.pl\nkl\xE6bu.no\nkm\nkm.ua\nkmpsp.gov.pl\nkn\nkobayashi.miyazaki.jp\nkobe.jp\nkobierzyce.pl\nkochi.jp\nkochi.kochi.jp\nkodaira.tokyo.jp\nkoeln\nkofu.yamanashi.jp\nkoga.fukuoka.jp\nkoga.ibaraki.jp\nkoganei.tokyo.jp\nkoge.tottori.jp\nkoka.shiga.jp\nkokonoe.oita.jp\nkokubunji.tokyo.jp\nkolobrzeg.pl\nkomae.tokyo.jp\nkomagane.nagano.jp\nkomaki.aichi.jp\nkomatsu\nkomatsu.ishikawa.jp\nkomatsushima.tokushima.jp\nkomforb.se\nkommunalforbund.se\nkommune.no\nkomono.mie.jp\nkomoro.nagano.jp\nkomvux.se\nkonan.aichi.jp\nkonan.shiga.jp\nkongsberg.no\nkongsvinger.no\nkonin.pl\nkonskowola.pl\nkonsulat.gov.pl\nkontum.vn\nkonyvelo.hu\nkoori.fukushima.jp\nkop.id\nkopervik.no\nkoriyama.fukushima.jp\nkoryo.nara.jp\nkosai.shizuoka.jp\nkosaka.akita.jp\nkosei.shiga.jp\nkosher\nkoshigaya.saitama.jp\nkoshimizu.hokkaido.jp\nkoshu.yamanashi.jp\nkosuge.yamanashi.jp\nkota.aichi.jp\nkoto.shiga.jp\nkoto.tokyo.jp\nkotohira.kagawa.jp\nkotoura.tottori.jp\nkouhoku.saga.jp\nkounosu.saitama.jp\nkouyama.kagoshima.jp\nkouzushima.tokyo.jp\nkoya.wakayama.jp\nkoza.wakayama.jp\nkozagawa.wakayama.jp\nkozaki.chiba.jp\nkp\nkpmg\nkpn\nkppsp.gov.pl\nkr\nkr.it\nkr.ua\nkraanghke.no\nkragero.no\nkrager\xF8.no\nkrd\nkred\nkristiansand.no\nkristiansund.no\nkrodsherad.no\nkrokstadelva.no\nkropyvnytskyi.ua\nkrym.ua\nkr\xE5anghke.no\nkr\xF8dsherad.no\nks.ua\nks.us\nkuchinotsu.nagasaki.jp\nkudamatsu.yamaguchi.jp\nkudoyama.wakayama.jp\nkui.hiroshima.jp\nkuji.iwate.jp\nkuju.oita.jp\nkujukuri.chiba.jp\nkuki.saitama.jp\nkumagaya.saitama.jp\nkumakogen.ehime.jp\nkumamoto.jp\nkumamoto.kumamoto.jp\nkumano.hiroshima.jp\nkumano.mie.jp\nkumatori.osaka.jp\nkumejima.okinawa.jp\nkumenan.okayama.jp\nkumiyama.kyoto.jp\nkunigami.okinawa.jp\nkunimi.fukushima.jp\nkunisaki.oita.jp\nkunitachi.tokyo.jp\nkunitomi.miyazaki.jp\nkunneppu.hokkaido.jp\nkunohe.iwate.jp\nkuokgroup\nkurashiki.okayama.jp\nkurate.fukuoka.jp\nkure.hiroshima.jp\nkuriyama.hokkaido.jp\nkurobe.toyama.jp\nkurogi.fukuoka.jp\nkuroishi.aomori.jp\nkuroiso.tochigi.jp\nkuromatsunai.hokkaido.jp\nkurotaki.nara.jp\nkurume.fukuoka.jp\nkusatsu.gunma.jp\nkusatsu.shiga.jp\nkushima.miyazaki.jp\nkushimoto.wakayama.jp\nkushiro.hokkaido.jp\nkusu.oita.jp\nkutchan.hokkaido.jp\nkutno.pl\nkuwana.mie.jp\nkuzumaki.iwate.jp\nkv.ua\nkvafjord.no\nkvalsund.no\nkvam.no\nkvanangen.no\nkvinesdal.no\nkvinnherad.no\nkviteseid.no\nkvitsoy.no\nkvits\xF8y.no\nkv\xE6fjord.no\nkv\xE6nangen.no\nkw\nkwp.gov.pl\nkwpsp.gov.pl\nky\nky.us\nkyiv.ua\nkyonan.chiba.jp\nkyotamba.kyoto.jp\nkyotanabe.kyoto.jp\nkyotango.kyoto.jp\nkyoto\nkyoto.jp\nkyowa.akita.jp\nkyowa.hokkaido.jp\nkyuragi.saga.jp\nkz\nk\xE1r\xE1\u0161johka.no\nk\xE5fjord.no\nl.bg\nl.se\nla\nla-spezia.it\nla.us\nlaakesvuemie.no\nlacaixa\nlahppi.no\nlaichau.vn\nlakas.hu\nlamborghini\nlamdong.vn\nlamer\nlanbib.se\nland\nlandrover\nlangevag.no\nlangev\xE5g.no\nlangson.vn\nlanxess\nlaocai.vn\nlapy.pl\nlaquila.it\nlardal.no\nlarvik.no\nlasalle\nlaspezia.it\nlat\nlat.ec\nlatina.it\nlatino\nlatrobe\nlavagis.no\nlavangen.no\nlaw\nlaw.pro\nlaw.za\nlawyer\nlaz.it\nlazio.it\nlb\nlc\nlc.it\nlds\nle.it\nleangaviika.no\nlease\nleasing.aero\nlea\u014Bgaviika.no\nlebesby.no\nlebork.pl\nlecce.it\nlecco.it\nleclerc\nlefrak\nleg.br\nlegal\nlegnica.pl\nlego\nleikanger.no\nleilao.br\nleirfjord.no\nleirvik.no\nleka.no\nleksvik.no\nlel.br\nlenvik.no\nlerdal.no\nlesja.no\nlevanger.no\nlexus\nlezajsk.pl\nlg.jp\nlg.ua\nlgbt\nli\nli.it\nlib.ak.us\nlib.al.us\nlib.ar.us\nlib.as.us\nlib.az.us\nlib.ca.us\nlib.co.us\nlib.ct.us\nlib.dc.us\nlib.ee\nlib.fl.us\nlib.ga.us\nlib.gu.us\nlib.hi.us\nlib.ia.us\nlib.id.us\nlib.il.us\nlib.in.us\nlib.ks.us\nlib.ky.us\nlib.la.us\nlib.ma.us\nlib.md.us\nlib.me.us\nlib.mi.us\nlib.mn.us\nlib.mo.us\nlib.mt.us\nlib.nc.us\nlib.ne.us\nlib.nh.us\nlib.nj.us\nlib.nm.us\nlib.nv.us\nlib.ny.us\nlib.oh.us\nlib.ok.us\nlib.or.us\nlib.pa.us\nlib.pr.us\nlib.ri.us\nlib.sc.us\nlib.sd.us\nlib.tn.us\nlib.tx.us\nlib.ut.us\nlib.va.us\nlib.vi.us\nlib.vt.us\nlib.wa.us\nlib.wi.us\nlib.wy.us\nlidl\nlier.no\nlierne.no\nlife\nlifeinsurance\nlifestyle\nlig.it\nlighting\nliguria.it\nlike\nlillehammer.no\nlillesand.no\nlilly\nlimanowa.pl\nlimited\nlimo\nlincoln\nlindas.no\nlindesnes.no\nlind\xE5s.no\nlink\nlive\nliving\nlivorno.it\nlk\nllc\nllc.ge\nllp\nln.cn\nlo.it\nloabat.no\nloab\xE1t.no\nloan\nloans\nlocker\nlocus\nlodi.it\nlodingen.no\nlog.br\nlogistics.aero\nloisirs.bj\nloj.ec\nlol\nlom.it\nlom.no\nlombardia.it\nlombardy.it\nlomza.pl\nlondon\nlondrina.br\nlongan.vn\nloppa.no\nlorenskog.no\nloten.no\nlotte\nlotto\nlove\nlowicz.pl\nlpl\nlplfinancial\nlr\nls\nlt\nlt.it\nlt.ua\nltd\nltd.co.im\nltd.cy\nltd.gi\nltd.lk\nltd.uk\nltda\nlu\nlu.it\nlubin.pl\nlucania.it\nlucca.it\nlugansk.ua\nluhansk.ua\nlukow.pl\nlund.no\nlundbeck\nlunner.no\nluroy.no\nlur\xF8y.no\nluster.no\nlutsk.ua\nluxe\nluxury\nlv\nlv.ua\nlviv.ua\nly\nlyngdal.no\nlyngen.no\nl\xE1hppi.no\nl\xE6rdal.no\nl\xF8dingen.no\nl\xF8renskog.no\nl\xF8ten.no\nm.bg\nm.se\nma\nma.gov.br\nma.us\nmacapa.br\nmaceio.br\nmacerata.it\nmachida.tokyo.jp\nmadrid\nmaebashi.gunma.jp\nmagazine.aero\nmaibara.shiga.jp\nmaif\nmail.pl\nmaintenance.aero\nmaison\nmaizuru.kyoto.jp\nmakeup\nmakinohara.shizuoka.jp\nmakurazaki.kagoshima.jp\nmalatvuopmi.no\nmalbork.pl\nmalopolska.pl\nmalselv.no\nmalvik.no\nmamurogawa.yamagata.jp\nman\nmanagement\nmanaus.br\nmandal.no\nmango\nmaniwa.okayama.jp\nmanno.kagawa.jp\nmantova.it\nmaori.nz\nmap\nmar.it\nmarche.it\nmaringa.br\nmarker.no\nmarket\nmarketing\nmarketplace.aero\nmarkets\nmarnardal.no\nmarriott\nmarshalls\nmarugame.kagawa.jp\nmarumori.miyagi.jp\nmasaki.ehime.jp\nmasfjorden.no\nmashike.hokkaido.jp\nmashiki.kumamoto.jp\nmashiko.tochigi.jp\nmasoy.no\nmassa-carrara.it\nmassacarrara.it\nmasuda.shimane.jp\nmat.br\nmatera.it\nmatsubara.osaka.jp\nmatsubushi.saitama.jp\nmatsuda.kanagawa.jp\nmatsudo.chiba.jp\nmatsue.shimane.jp\nmatsukawa.nagano.jp\nmatsumae.hokkaido.jp\nmatsumoto.kagoshima.jp\nmatsumoto.nagano.jp\nmatsuno.ehime.jp\nmatsusaka.mie.jp\nmatsushige.tokushima.jp\nmatsushima.miyagi.jp\nmatsuura.nagasaki.jp\nmatsuyama.ehime.jp\nmatsuzaki.shizuoka.jp\nmatta-varjjat.no\nmattel\nmazowsze.pl\nmazury.pl\nmb.ca\nmb.it\nmba\nmc\nmc.it\nmckinsey\nmd\nmd.us\nme\nme.eg\nme.in\nme.it\nme.ke\nme.kr\nme.so\nme.ss\nme.tz\nme.uk\nme.us\nmed\nmed.br\nmed.ec\nmed.ee\nmed.ht\nmed.ly\nmed.om\nmed.pa\nmed.pro\nmed.sa\nmed.sd\nmedecin.km\nmedia\nmedia.aero\nmedia.hu\nmedia.pl\nmedicina.bo\nmedio-campidano.it\nmediocampidano.it\nmeet\nmeguro.tokyo.jp\nmeiwa.gunma.jp\nmeiwa.mie.jp\nmeland.no\nmelbourne\nmeldal.no\nmelhus.no\nmeloy.no\nmel\xF8y.no\nmeme\nmemorial\nmen\nmenu\nmeraker.no\nmerck\nmerckmsd\nmer\xE5ker.no\nmessina.it\nmg\nmg.gov.br\nmh\nmi.it\nmi.th\nmi.us\nmiami\nmiasa.nagano.jp\nmiasta.pl\nmibu.tochigi.jp\nmicrolight.aero\nmicrosoft\nmidori.chiba.jp\nmidori.gunma.jp\nmidsund.no\nmidtre-gauldal.no\nmie.jp\nmielec.pl\nmielno.pl\nmifune.kumamoto.jp\nmihama.aichi.jp\nmihama.chiba.jp\nmihama.fukui.jp\nmihama.mie.jp\nmihama.wakayama.jp\nmihara.hiroshima.jp\nmihara.kochi.jp\nmiharu.fukushima.jp\nmiho.ibaraki.jp\nmikasa.hokkaido.jp\nmikawa.yamagata.jp\nmiki.hyogo.jp\nmil\nmil.ac\nmil.ae\nmil.al\nmil.ar\nmil.az\nmil.ba\nmil.bd\nmil.bo\nmil.br\nmil.by\nmil.cl\nmil.cn\nmil.co\nmil.cy\nmil.do\nmil.ec\nmil.eg\nmil.fj\nmil.gh\nmil.gt\nmil.hn\nmil.id\nmil.in\nmil.io\nmil.iq\nmil.jo\nmil.kg\nmil.km\nmil.kr\nmil.kz\nmil.lv\nmil.mg\nmil.mv\nmil.my\nmil.mz\nmil.ng\nmil.ni\nmil.no\nmil.nz\nmil.pe\nmil.ph\nmil.pl\nmil.py\nmil.qa\nmil.rw\nmil.sh\nmil.st\nmil.sy\nmil.tj\nmil.tm\nmil.to\nmil.tr\nmil.tt\nmil.tw\nmil.tz\nmil.ug\nmil.uy\nmil.vc\nmil.ve\nmil.ye\nmil.za\nmil.zm\nmil.zw\nmilan.it\nmilano.it\nmima.tokushima.jp\nmimata.miyazaki.jp\nminakami.gunma.jp\nminamata.kumamoto.jp\nminami-alps.yamanashi.jp\nminami.fukuoka.jp\nminami.kyoto.jp\nminami.tokushima.jp\nminamiaiki.nagano.jp\nminamiashigara.kanagawa.jp\nminamiawaji.hyogo.jp\nminamiboso.chiba.jp\nminamidaito.okinawa.jp\nminamiechizen.fukui.jp\nminamifurano.hokkaido.jp\nminamiise.mie.jp\nminamiizu.shizuoka.jp\nminamimaki.nagano.jp\nminamiminowa.nagano.jp\nminamioguni.kumamoto.jp\nminamisanriku.miyagi.jp\nminamitane.kagoshima.jp\nminamiuonuma.niigata.jp\nminamiyamashiro.kyoto.jp\nminano.saitama.jp\nminato.osaka.jp\nminato.tokyo.jp\nmincom.tn\nmini\nmino.gifu.jp\nminobu.yamanashi.jp\nminoh.osaka.jp\nminokamo.gifu.jp\nminowa.nagano.jp\nmint\nmisaki.okayama.jp\nmisaki.osaka.jp\nmisasa.tottori.jp\nmisato.akita.jp\nmisato.miyagi.jp\nmisato.saitama.jp\nmisato.shimane.jp\nmisato.wakayama.jp\nmisawa.aomori.jp\nmishima.fukushima.jp\nmishima.shizuoka.jp\nmisugi.mie.jp\nmit\nmitaka.tokyo.jp\nmitake.gifu.jp\nmitane.akita.jp\nmito.ibaraki.jp\nmitou.yamaguchi.jp\nmitoyo.kagawa.jp\nmitsubishi\nmitsue.nara.jp\nmitsuke.niigata.jp\nmiura.kanagawa.jp\nmiyada.nagano.jp\nmiyagi.jp\nmiyake.nara.jp\nmiyako.fukuoka.jp\nmiyako.iwate.jp\nmiyakonojo.miyazaki.jp\nmiyama.fukuoka.jp\nmiyama.mie.jp\nmiyashiro.saitama.jp\nmiyawaka.fukuoka.jp\nmiyazaki.jp\nmiyazaki.miyazaki.jp\nmiyazu.kyoto.jp\nmiyoshi.aichi.jp\nmiyoshi.hiroshima.jp\nmiyoshi.saitama.jp\nmiyoshi.tokushima.jp\nmiyota.nagano.jp\nmizuho.tokyo.jp\nmizumaki.fukuoka.jp\nmizunami.gifu.jp\nmizusawa.iwate.jp\nmjondalen.no\nmj\xF8ndalen.no\nmk\nmk.ua\nmktg.ec\nml\nmlb\nmls\nmm\nmma\nmn\nmn.it\nmn.us\nmo\nmo-i-rana.no\nmo.cn\nmo.it\nmo.us\nmoareke.no\nmobara.chiba.jp\nmobi\nmobi.gp\nmobi.ke\nmobi.ng\nmobi.tz\nmobile\nmochizuki.nagano.jp\nmod.gi\nmoda\nmodalen.no\nmodelling.aero\nmodena.it\nmodum.no\nmoe\nmoi\nmoka.tochigi.jp\nmol.it\nmolde.no\nmolise.it\nmom\nmombetsu.hokkaido.jp\nmon.ec\nmonash\nmoney\nmoney.bj\nmonster\nmonza-brianza.it\nmonza-e-della-brianza.it\nmonza.it\nmonzabrianza.it\nmonzaebrianza.it\nmonzaedellabrianza.it\nmorena.br\nmoriguchi.osaka.jp\nmorimachi.shizuoka.jp\nmorioka.iwate.jp\nmoriya.ibaraki.jp\nmoriyama.shiga.jp\nmoriyoshi.akita.jp\nmormon\nmorotsuka.miyazaki.jp\nmoroyama.saitama.jp\nmortgage\nmoscow\nmoseushi.hokkaido.jp\nmosjoen.no\nmosj\xF8en.no\nmoskenes.no\nmoss.no\nmotegi.tochigi.jp\nmoto\nmotobu.okinawa.jp\nmotorcycles\nmotosu.gifu.jp\nmotoyama.kochi.jp\nmov\nmovie\nmovimiento.bo\nmo\xE5reke.no\nmp\nmp.br\nmq\nmr\nmr.no\nmragowo.pl\nms\nms.gov.br\nms.it\nms.kr\nms.us\nmsd\nmt\nmt.gov.br\nmt.it\nmt.us\nmtn\nmtr\nmu\nmugi.tokushima.jp\nmuika.niigata.jp\nmukawa.hokkaido.jp\nmuko.kyoto.jp\nmunakata.fukuoka.jp\nmuni.il\nmuosat.no\nmuos\xE1t.no\nmup.gov.pl\nmurakami.niigata.jp\nmurata.miyagi.jp\nmurayama.yamagata.jp\nmuroran.hokkaido.jp\nmuroto.kochi.jp\nmus.br\nmus.mi.us\nmusashimurayama.tokyo.jp\nmusashino.tokyo.jp\nmuseum\nmuseum.mv\nmuseum.no\nmuseum.om\nmusic\nmusica.ar\nmusica.bo\nmutsu.aomori.jp\nmutsuzawa.chiba.jp\nmutual.ar\nmv\nmw\nmw.gov.pl\nmx\nmy\nmy.id\nmykolaiv.ua\nmyoko.niigata.jp\nmz\nm\xE1latvuopmi.no\nm\xE1tta-v\xE1rjjat.no\nm\xE5lselv.no\nm\xE5s\xF8y.no\nm\u0101ori.nz\nn.bg\nn.se\nna\nna.it\nnaamesjevuemie.no\nnab\nnabari.mie.jp\nnachikatsuura.wakayama.jp\nnagahama.shiga.jp\nnagai.yamagata.jp\nnagano.jp\nnagano.nagano.jp\nnaganohara.gunma.jp\nnagaoka.niigata.jp\nnagaokakyo.kyoto.jp\nnagara.chiba.jp\nnagareyama.chiba.jp\nnagasaki.jp\nnagasaki.nagasaki.jp\nnagasu.kumamoto.jp\nnagato.yamaguchi.jp\nnagatoro.saitama.jp\nnagawa.nagano.jp\nnagi.okayama.jp\nnagiso.nagano.jp\nnago.okinawa.jp\nnagoya\nnagoya.jp\nnaha.okinawa.jp\nnahari.kochi.jp\nnaie.hokkaido.jp\nnaka.hiroshima.jp\nnaka.ibaraki.jp\nnakadomari.aomori.jp\nnakagawa.fukuoka.jp\nnakagawa.hokkaido.jp\nnakagawa.nagano.jp\nnakagawa.tokushima.jp\nnakagusuku.okinawa.jp\nnakagyo.kyoto.jp\nnakai.kanagawa.jp\nnakama.fukuoka.jp\nnakamichi.yamanashi.jp\nnakamura.kochi.jp\nnakaniikawa.toyama.jp\nnakano.nagano.jp\nnakano.tokyo.jp\nnakanojo.gunma.jp\nnakanoto.ishikawa.jp\nnakasatsunai.hokkaido.jp\nnakatane.kagoshima.jp\nnakatombetsu.hokkaido.jp\nnakatsugawa.gifu.jp\nnakayama.yamagata.jp\nnakijin.okinawa.jp\nnaklo.pl\nnamdalseid.no\nnamdinh.vn\nname\nname.az\nname.eg\nname.et\nname.fj\nname.hr\nname.mk\nname.mv\nname.my\nname.ng\nname.pr\nname.qa\nname.tj\nname.tr\nname.tt\nname.vn\nnamegata.ibaraki.jp\nnamegawa.saitama.jp\nnamerikawa.toyama.jp\nnamie.fukushima.jp\nnamikata.ehime.jp\nnamsos.no\nnamsskogan.no\nnanae.hokkaido.jp\nnanao.ishikawa.jp\nnanbu.tottori.jp\nnanbu.yamanashi.jp\nnango.fukushima.jp\nnanjo.okinawa.jp\nnankoku.kochi.jp\nnanmoku.gunma.jp\nnannestad.no\nnanporo.hokkaido.jp\nnantan.kyoto.jp\nnanto.toyama.jp\nnanyo.yamagata.jp\nnaoshima.kagawa.jp\nnaples.it\nnapoli.it\nnara.jp\nnara.nara.jp\nnarashino.chiba.jp\nnarita.chiba.jp\nnaroy.no\nnarusawa.yamanashi.jp\nnaruto.tokushima.jp\nnarviika.no\nnarvik.no\nnasu.tochigi.jp\nnasushiobara.tochigi.jp\nnat.cu\nnat.tn\nnatal.br\nnatori.miyagi.jp\nnatural.bo\nnaturbruksgymn.se\nnaustdal.no\nnavigation.aero\nnavuotna.no\nnavy\nnayoro.hokkaido.jp\nnb.ca\nnba\nnc\nnc.tr\nnc.us\nnd.us\nne\nne.jp\nne.ke\nne.kr\nne.tz\nne.ug\nne.us\nnec\nnedre-eiker.no\nnemuro.hokkaido.jp\nnerima.tokyo.jp\nnes.akershus.no\nnes.buskerud.no\nnesna.no\nnesodden.no\nnesoddtangen.no\nnesseby.no\nnesset.no\nnet\nnet.ac\nnet.ae\nnet.af\nnet.ag\nnet.ai\nnet.al\nnet.am\nnet.ar\nnet.au\nnet.az\nnet.ba\nnet.bb\nnet.bd\nnet.bh\nnet.bj\nnet.bm\nnet.bn\nnet.bo\nnet.br\nnet.bs\nnet.bt\nnet.bw\nnet.bz\nnet.ci\nnet.cm\nnet.cn\nnet.co\nnet.cu\nnet.cv\nnet.cw\nnet.cy\nnet.dm\nnet.do\nnet.dz\nnet.ec\nnet.eg\nnet.et\nnet.fj\nnet.fm\nnet.ge\nnet.gg\nnet.gh\nnet.gl\nnet.gn\nnet.gp\nnet.gr\nnet.gt\nnet.gu\nnet.gy\nnet.hk\nnet.hn\nnet.ht\nnet.id\nnet.il\nnet.im\nnet.in\nnet.io\nnet.iq\nnet.ir\nnet.je\nnet.jo\nnet.kg\nnet.kh\nnet.ki\nnet.kn\nnet.kw\nnet.ky\nnet.kz\nnet.la\nnet.lb\nnet.lc\nnet.lk\nnet.lr\nnet.ls\nnet.lv\nnet.ly\nnet.ma\nnet.me\nnet.mk\nnet.ml\nnet.mo\nnet.ms\nnet.mt\nnet.mu\nnet.mv\nnet.mw\nnet.mx\nnet.my\nnet.mz\nnet.na\nnet.nf\nnet.ng\nnet.ni\nnet.nr\nnet.nz\nnet.om\nnet.pa\nnet.pe\nnet.ph\nnet.pk\nnet.pl\nnet.pn\nnet.pr\nnet.ps\nnet.pt\nnet.py\nnet.qa\nnet.rw\nnet.sa\nnet.sb\nnet.sc\nnet.sd\nnet.sg\nnet.sh\nnet.sl\nnet.so\nnet.ss\nnet.st\nnet.sy\nnet.th\nnet.tj\nnet.tm\nnet.tn\nnet.to\nnet.tr\nnet.tt\nnet.tw\nnet.ua\nnet.uk\nnet.uy\nnet.uz\nnet.vc\nnet.ve\nnet.vi\nnet.vn\nnet.vu\nnet.ws\nnet.ye\nnet.za\nnet.zm\nnetbank\nnetflix\nnetwork\nneustar\nnew\nnews\nnews.hu\nnext\nnextdirect\nnexus\nneyagawa.osaka.jp\nnf\nnf.ca\nnfl\nng\nnghean.vn\nngo\nngo.lk\nngo.ph\nngo.za\nnh.us\nnhk\nnhs.uk\nni\nnic.in\nnic.tj\nnic.za\nnichinan.miyazaki.jp\nnichinan.tottori.jp\nnico\nnieruchomosci.pl\nniigata.jp\nniigata.niigata.jp\nniihama.ehime.jp\nniikappu.hokkaido.jp\nniimi.okayama.jp\nniiza.saitama.jp\nnikaho.akita.jp\nnike\nniki.hokkaido.jp\nnikko.tochigi.jp\nnikolaev.ua\nnikon\nninhbinh.vn\nninhthuan.vn\nninja\nninohe.iwate.jp\nninomiya.kanagawa.jp\nnirasaki.yamanashi.jp\nnis.za\nnishi.fukuoka.jp\nnishi.osaka.jp\nnishiaizu.fukushima.jp\nnishiarita.saga.jp\nnishiawakura.okayama.jp\nnishiazai.shiga.jp\nnishigo.fukushima.jp\nnishihara.kumamoto.jp\nnishihara.okinawa.jp\nnishiizu.shizuoka.jp\nnishikata.tochigi.jp\nnishikatsura.yamanashi.jp\nnishikawa.yamagata.jp\nnishimera.miyazaki.jp\nnishinomiya.hyogo.jp\nnishinoomote.kagoshima.jp\nnishinoshima.shimane.jp\nnishio.aichi.jp\nnishiokoppe.hokkaido.jp\nnishitosa.kochi.jp\nnishiwaki.hyogo.jp\nnissan\nnissay\nnissedal.no\nnisshin.aichi.jp\nniteroi.br\nnittedal.no\nniyodogawa.kochi.jp\nnj.us\nnl\nnl.ca\nnl.no\nnm.cn\nnm.us\nno\nno.it\nnobeoka.miyazaki.jp\nnoboribetsu.hokkaido.jp\nnoda.chiba.jp\nnoda.iwate.jp\nnogata.fukuoka.jp\nnogi.tochigi.jp\nnoheji.aomori.jp\nnokia\nnom.ag\nnom.br\nnom.co\nnom.es\nnom.fr\nnom.io\nnom.km\nnom.mg\nnom.nc\nnom.ni\nnom.pa\nnom.pe\nnom.pl\nnom.ro\nnom.tm\nnom.ve\nnom.za\nnombre.bo\nnome.cv\nnome.pt\nnomi.ishikawa.jp\nnonoichi.ishikawa.jp\nnord-aurdal.no\nnord-fron.no\nnord-odal.no\nnorddal.no\nnordkapp.no\nnordre-land.no\nnordreisa.no\nnore-og-uvdal.no\nnorton\nnose.osaka.jp\nnosegawa.nara.jp\nnoshiro.akita.jp\nnot.br\nnotaires.km\nnoticias.bo\nnoto.ishikawa.jp\nnotodden.no\nnotogawa.shiga.jp\nnotteroy.no\nnovara.it\nnow\nnowaruda.pl\nnowruz\nnowtv\nnozawaonsen.nagano.jp\nnp\nnr\nnra\nnrw\nns.ca\nnsn.us\nnsw.au\nnsw.edu.au\nnt.au\nnt.ca\nnt.edu.au\nnt.no\nnt.ro\nntr.br\nntr.ec\nntt\nnu\nnu.ca\nnu.it\nnumata.gunma.jp\nnumata.hokkaido.jp\nnumazu.shizuoka.jp\nnuoro.it\nnv.us\nnx.cn\nny.us\nnyc\nnysa.pl\nnyuzen.toyama.jp\nnz\nn\xE1vuotna.no\nn\xE5\xE5mesjevuemie.no\nn\xE6r\xF8y.no\nn\xF8tter\xF8y.no\no.bg\no.se\noamishirasato.chiba.jp\noarai.ibaraki.jp\nobama.fukui.jp\nobama.nagasaki.jp\nobanazawa.yamagata.jp\nobi\nobihiro.hokkaido.jp\nobira.hokkaido.jp\nobserver\nobu.aichi.jp\nobuse.nagano.jp\nochi.kochi.jp\nod.ua\nodate.akita.jp\nodawara.kanagawa.jp\nodda.no\nodesa.ua\nodessa.ua\nodo.br\nodont.ec\noe.yamagata.jp\nof.by\nof.no\noff.ai\noffice\nofunato.iwate.jp\nog.ao\nog.it\noga.akita.jp\nogaki.gifu.jp\nogano.saitama.jp\nogasawara.tokyo.jp\nogata.akita.jp\nogawa.ibaraki.jp\nogawa.nagano.jp\nogawa.saitama.jp\nogawara.miyagi.jp\nogi.saga.jp\nogimi.okinawa.jp\nogliastra.it\nogori.fukuoka.jp\nogose.saitama.jp\noguchi.aichi.jp\noguni.kumamoto.jp\noguni.yamagata.jp\noh.us\noharu.aichi.jp\nohda.shimane.jp\nohi.fukui.jp\nohira.miyagi.jp\nohira.tochigi.jp\nohkura.yamagata.jp\nohtawara.tochigi.jp\noi.kanagawa.jp\noia.gov.pl\noirase.aomori.jp\noirm.gov.pl\noishida.yamagata.jp\noiso.kanagawa.jp\noita.jp\noita.oita.jp\noizumi.gunma.jp\noji.nara.jp\nojiya.niigata.jp\nok.us\nokagaki.fukuoka.jp\nokawa.fukuoka.jp\nokawa.kochi.jp\nokaya.nagano.jp\nokayama.jp\nokayama.okayama.jp\nokazaki.aichi.jp\noke.gov.pl\nokegawa.saitama.jp\noketo.hokkaido.jp\noki.fukuoka.jp\nokinawa\nokinawa.jp\nokinawa.okinawa.jp\nokinoshima.shimane.jp\nokoppe.hokkaido.jp\noksnes.no\nokuizumo.shimane.jp\nokuma.fukushima.jp\nokutama.tokyo.jp\nol.no\nolawa.pl\nolayan\nolayangroup\nolbia-tempio.it\nolbiatempio.it\nolecko.pl\nolkusz.pl\nollo\nolsztyn.pl\nom\nomachi.nagano.jp\nomachi.saga.jp\nomaezaki.shizuoka.jp\nomasvuotna.no\nome.tokyo.jp\nomega\nomi.nagano.jp\nomi.niigata.jp\nomigawa.chiba.jp\nomihachiman.shiga.jp\nomitama.ibaraki.jp\nomiya.saitama.jp\nomotego.fukushima.jp\nomura.nagasaki.jp\nomuta.fukuoka.jp\non.ca\non.vn\nonagawa.miyagi.jp\none\nong\nong.br\nonga.fukuoka.jp\nonion\nonjuku.chiba.jp\nonl\nonline\nonline.ge\nonna.okinawa.jp\nono.fukui.jp\nono.fukushima.jp\nono.hyogo.jp\nonojo.fukuoka.jp\nonomichi.hiroshima.jp\nookuwa.nagano.jp\nooo\nooshika.nagano.jp\noow.gov.pl\nopen\nopoczno.pl\nopole.pl\noppdal.no\noppegard.no\noppeg\xE5rd.no\nor.at\nor.bi\nor.ci\nor.cr\nor.id\nor.it\nor.jp\nor.ke\nor.kr\nor.mu\nor.th\nor.tz\nor.ug\nor.us\nora.gunma.jp\noracle\norange\norg\norg.ac\norg.ae\norg.af\norg.ag\norg.ai\norg.al\norg.am\norg.ao\norg.ar\norg.au\norg.az\norg.ba\norg.bb\norg.bd\norg.bh\norg.bi\norg.bj\norg.bm\norg.bn\norg.bo\norg.br\norg.bs\norg.bt\norg.bw\norg.bz\norg.ci\norg.cn\norg.co\norg.cu\norg.cv\norg.cw\norg.cy\norg.dm\norg.do\norg.dz\norg.ec\norg.ee\norg.eg\norg.es\norg.et\norg.fj\norg.fm\norg.ge\norg.gg\norg.gh\norg.gi\norg.gl\norg.gn\norg.gp\norg.gr\norg.gt\norg.gu\norg.gy\norg.hk\norg.hn\norg.ht\norg.hu\norg.il\norg.im\norg.in\norg.io\norg.iq\norg.ir\norg.je\norg.jo\norg.kg\norg.kh\norg.ki\norg.km\norg.kn\norg.kp\norg.kw\norg.ky\norg.kz\norg.la\norg.lb\norg.lc\norg.lk\norg.lr\norg.ls\norg.lv\norg.ly\norg.ma\norg.me\norg.mg\norg.mk\norg.ml\norg.mn\norg.mo\norg.ms\norg.mt\norg.mu\norg.mv\norg.mw\norg.mx\norg.my\norg.mz\norg.na\norg.ng\norg.ni\norg.nr\norg.nz\norg.om\norg.pa\norg.pe\norg.pf\norg.ph\norg.pk\norg.pl\norg.pn\norg.pr\norg.ps\norg.pt\norg.py\norg.qa\norg.ro\norg.rs\norg.rw\norg.sa\norg.sb\norg.sc\norg.sd\norg.se\norg.sg\norg.sh\norg.sk\norg.sl\norg.sn\norg.so\norg.ss\norg.st\norg.sv\norg.sy\norg.sz\norg.tj\norg.tm\norg.tn\norg.to\norg.tr\norg.tt\norg.tw\norg.ua\norg.ug\norg.uk\norg.uy\norg.uz\norg.vc\norg.ve\norg.vi\norg.vn\norg.vu\norg.ws\norg.ye\norg.za\norg.zm\norg.zw\norganic\norigins\noristano.it\norkanger.no\norkdal.no\norland.no\norskog.no\norsta.no\nos.hedmark.no\nos.hordaland.no\nosaka\nosaka.jp\nosakasayama.osaka.jp\nosaki.miyagi.jp\nosakikamijima.hiroshima.jp\nosasco.br\noschr.gov.pl\nosen.no\noseto.nagasaki.jp\noshima.tokyo.jp\noshima.yamaguchi.jp\noshino.yamanashi.jp\noshu.iwate.jp\noslo.no\nosoyro.no\nosteroy.no\noster\xF8y.no\nostre-toten.no\nostroda.pl\nostroleka.pl\nostrowiec.pl\nostrowwlkp.pl\nos\xF8yro.no\not.it\nota.gunma.jp\nota.tokyo.jp\notake.hiroshima.jp\notaki.chiba.jp\notaki.nagano.jp\notaki.saitama.jp\notama.fukushima.jp\notari.nagano.jp\notaru.hokkaido.jp\note.bj\nother.nf\noto.fukuoka.jp\notobe.hokkaido.jp\notofuke.hokkaido.jp\notoineppu.hokkaido.jp\notoyo.kochi.jp\notsu.shiga.jp\notsuchi.iwate.jp\notsuka\notsuki.kochi.jp\notsuki.yamanashi.jp\nott\nouchi.saga.jp\nouda.nara.jp\noum.gov.pl\noumu.hokkaido.jp\noverhalla.no\novh\novre-eiker.no\nowani.aomori.jp\nowariasahi.aichi.jp\noyabe.toyama.jp\noyama.tochigi.jp\noyamazaki.kyoto.jp\noyer.no\noygarden.no\noyodo.nara.jp\noystre-slidre.no\noz.au\nozora.hokkaido.jp\nozu.ehime.jp\nozu.kumamoto.jp\np.bg\np.se\npa\npa.gov.br\npa.gov.pl\npa.it\npa.us\npadova.it\npadua.it\npage\npalermo.it\npalmas.br\npanasonic\nparachuting.aero\nparagliding.aero\nparis\nparliament.nz\nparma.it\nparoch.k12.ma.us\npars\nparti.se\npartners\nparts\nparty\npassenger-association.aero\npatria.bo\npavia.it\npay\npb.ao\npb.gov.br\npc.it\npc.pl\npccw\npd.it\npe\npe.ca\npe.gov.br\npe.it\npe.kr\nper.jo\nper.la\nper.nf\nperso.ht\nperso.tn\nperugia.it\npesaro-urbino.it\npesarourbino.it\npescara.it\npet\npf\npfizer\npg\npg.in\npg.it\nph\npharmaciens.km\npharmacy\nphd\nphd.jo\nphilips\nphone\nphoto\nphotography\nphotos\nphutho.vn\nphuyen.vn\nphysio\npi.gov.br\npi.it\npiacenza.it\npics\npictet\npictures\npid\npiedmont.it\npiemonte.it\npila.pl\npilot.aero\npin\npinb.gov.pl\nping\npink\npioneer\npippu.hokkaido.jp\npisa.it\npistoia.it\npisz.pl\npiw.gov.pl\npizza\npk\npl\npl.ua\nplace\nplay\nplaystation\nplc.co.im\nplc.ly\nplc.uk\nplo.ps\nplumbing\nplurinacional.bo\nplus\npm\npmn.it\npn\npn.it\npnc\npo.gov.pl\npo.it\npoa.br\npodhale.pl\npodlasie.pl\npohl\npoker\npol.dz\npol.ht\npol.tr\npolice.uk\npolitica.bo\npolitie\npolkowice.pl\npoltava.ua\npomorskie.pl\npomorze.pl\nponpes.id\npordenone.it\nporn\nporsanger.no\nporsangu.no\nporsgrunn.no\npors\xE1\u014Bgu.no\npost\npost.in\npotenza.it\npowiat.pl\npp.az\npp.se\nppg.br\npr\npr.gov.br\npr.gov.pl\npr.it\npr.ml\npr.us\nprato.it\npraxi\nprd.fr\nprd.km\nprd.mg\npress\npress.aero\npress.cy\npress.ma\npress.se\npresse.km\npresse.ml\npri.ee\nprime\nprincipe.st\npriv.hu\npriv.me\npriv.no\npriv.pl\npro\npro.az\npro.br\npro.cy\npro.ec\npro.fj\npro.ht\npro.in\npro.mv\npro.om\npro.pr\npro.tt\npro.vn\nprochowice.pl\nprod\nproduction.aero\nproductions\nprof\nprof.ec\nprof.pr\nprofesional.bo\nprogressive\npromo\nproperties\nproperty\nprotection\npru\nprudential\npruszkow.pl\nprzeworsk.pl\nps\npsc.br\npsi.br\npsic.ec\npsiq.ec\npsp.gov.pl\npsse.gov.pl\npt\npt.it\npu.it\npub\npub.ec\npub.sa\npubl.cv\npubl.pt\npueblo.bo\npug.it\npuglia.it\npulawy.pl\npup.gov.pl\npv.it\npvh.br\npvt.ge\npvt.k12.ma.us\npw\npwc\npy\npz.it\nq.bg\nqa\nqc.ca\nqh.cn\nqld.au\nqld.edu.au\nqld.gov.au\nqpon\nqsl.br\nquangbinh.vn\nquangnam.vn\nquangngai.vn\nquangninh.vn\nquangtri.vn\nquebec\nquest\nr.bg\nr.se\nra.it\nracing\nrade.no\nradio\nradio.br\nradom.pl\nradoy.no\nrad\xF8y.no\nragusa.it\nrahkkeravju.no\nraholt.no\nraisa.no\nrakkestad.no\nralingen.no\nrana.no\nrandaberg.no\nrankoshi.hokkaido.jp\nranzan.saitama.jp\nrar.ve\nrauma.no\nravenna.it\nrawa-maz.pl\nrc.it\nre\nre.it\nre.kr\nre.no\nread\nrealestate\nrealestate.pl\nrealtor\nrealty\nrebun.hokkaido.jp\nrec.br\nrec.nf\nrec.ro\nrec.ve\nrecht.pro\nrecife.br\nrecipes\nrecreation.aero\nred\nred.sv\nredumbrella\nreggio-calabria.it\nreggio-emilia.it\nreggiocalabria.it\nreggioemilia.it\nrehab\nreise\nreisen\nreit\nreklam.hu\nrel.ht\nrel.pl\nreliance\nren\nrendalen.no\nrennebu.no\nrennesoy.no\nrennes\xF8y.no\nrent\nrentals\nrep.br\nrep.kp\nrepair\nrepbody.aero\nreport\nrepublican\nres.aero\nres.in\nresearch.aero\nrest\nrestaurant\nrestaurant.bj\nresto.bj\nreview\nreviews\nrevista.bo\nrexroth\nrg.it\nri.it\nri.us\nribeirao.br\nrich\nrichardli\nricoh\nrieti.it\nrifu.miyagi.jp\nriik.ee\nrikubetsu.hokkaido.jp\nrikuzentakata.iwate.jp\nril\nrimini.it\nrindal.no\nringebu.no\nringerike.no\nringsaker.no\nrio\nrio.br\nrio.ec\nriobranco.br\nriopreto.br\nrip\nrishiri.hokkaido.jp\nrishirifuji.hokkaido.jp\nrisor.no\nrissa.no\nris\xF8r.no\nritto.shiga.jp\nrivne.ua\nrj.gov.br\nrl.no\nrm.it\nrn.gov.br\nrn.it\nro\nro.gov.br\nro.it\nroan.no\nrocks\nrodeo\nrodoy.no\nrogers\nrokunohe.aomori.jp\nrollag.no\nroma.it\nrome.it\nromsa.no\nromskog.no\nroom\nroros.no\nrost.no\nrotorcraft.aero\nrovigo.it\nrovno.ua\nroyken.no\nroyrvik.no\nrr.gov.br\nrrpp.ec\nrs\nrs.gov.br\nrsvp\nru\nrugby\nruhr\nrun\nruovat.no\nrv.ua\nrw\nrwe\nrybnik.pl\nrygge.no\nryokami.saitama.jp\nryugasaki.ibaraki.jp\nryukyu\nryuoh.shiga.jp\nrzeszow.pl\nrzgw.gov.pl\nr\xE1hkker\xE1vju.no\nr\xE1isa.no\nr\xE5de.no\nr\xE5holt.no\nr\xE6lingen.no\nr\xF8d\xF8y.no\nr\xF8mskog.no\nr\xF8ros.no\nr\xF8st.no\nr\xF8yken.no\nr\xF8yrvik.no\ns.bg\ns.se\nsa\nsa.au\nsa.cr\nsa.edu.au\nsa.gov.au\nsa.gov.pl\nsa.it\nsaarland\nsabae.fukui.jp\nsado.niigata.jp\nsafe\nsafety\nsafety.aero\nsaga.jp\nsaga.saga.jp\nsagae.yamagata.jp\nsagamihara.kanagawa.jp\nsaigawa.fukuoka.jp\nsaijo.ehime.jp\nsaikai.nagasaki.jp\nsaiki.oita.jp\nsaitama.jp\nsaitama.saitama.jp\nsaito.miyazaki.jp\nsaka.hiroshima.jp\nsakado.saitama.jp\nsakae.chiba.jp\nsakae.nagano.jp\nsakahogi.gifu.jp\nsakai.fukui.jp\nsakai.ibaraki.jp\nsakai.osaka.jp\nsakaiminato.tottori.jp\nsakaki.nagano.jp\nsakata.yamagata.jp\nsakawa.kochi.jp\nsakegawa.yamagata.jp\nsaku.nagano.jp\nsakuho.nagano.jp\nsakura\nsakura.chiba.jp\nsakura.tochigi.jp\nsakuragawa.ibaraki.jp\nsakurai.nara.jp\nsakyo.kyoto.jp\nsal.ec\nsalangen.no\nsalat.no\nsale\nsalerno.it\nsalon\nsaltdal.no\nsalud.bo\nsalvador.br\nsamegawa.fukushima.jp\nsamnanger.no\nsampa.br\nsamsclub\nsamsung\nsamukawa.kanagawa.jp\nsanagochi.tokushima.jp\nsanda.hyogo.jp\nsande.more-og-romsdal.no\nsande.m\xF8re-og-romsdal.no\nsande.vestfold.no\nsande.xn--mre-og-romsdal-qqb.no\nsandefjord.no\nsandnes.no\nsandnessjoen.no\nsandnessj\xF8en.no\nsandoy.no\nsandvik\nsandvikcoromant\nsand\xF8y.no\nsango.nara.jp\nsanjo.niigata.jp\nsannan.hyogo.jp\nsannohe.aomori.jp\nsano.tochigi.jp\nsanofi\nsanok.pl\nsantamaria.br\nsantoandre.br\nsanuki.kagawa.jp\nsaobernardo.br\nsaogonca.br\nsaotome.st\nsap\nsapporo.jp\nsar.it\nsardegna.it\nsardinia.it\nsarl\nsaroma.hokkaido.jp\nsarpsborg.no\nsarufutsu.hokkaido.jp\nsas\nsasaguri.fukuoka.jp\nsasayama.hyogo.jp\nsasebo.nagasaki.jp\nsassari.it\nsatosho.okayama.jp\nsatsumasendai.kagoshima.jp\nsatte.saitama.jp\nsauda.no\nsauherad.no\nsave\nsavona.it\nsaxo\nsayama.osaka.jp\nsayama.saitama.jp\nsayo.hyogo.jp\nsb\nsb.ua\nsbi\nsbs\nsc\nsc.cn\nsc.gov.br\nsc.ke\nsc.kr\nsc.ls\nsc.tz\nsc.ug\nsc.us\nscb\nsch.ae\nsch.bd\nsch.id\nsch.ir\nsch.jo\nsch.lk\nsch.ly\nsch.ng\nsch.qa\nsch.sa\nsch.ss\nsch.uk\nsch.zm\nschaeffler\nschmidt\nscholarships\nschool\nschool.ge\nschool.in\nschool.nz\nschool.za\nschule\nschwarz\nsci.eg\nscience\nscientist.aero\nscot\nsd\nsd.cn\nsd.us\nsdn.gov.pl\nse\nse.gov.br\nsearch\nseat\nsebastopol.ua\nsec.ps\nsecure\nsecurity\nseek\nseg.ar\nseg.br\nseihi.nagasaki.jp\nseika.kyoto.jp\nseiro.niigata.jp\nseirou.niigata.jp\nseiyo.ehime.jp\nsejny.pl\nseki.gifu.jp\nsekigahara.gifu.jp\nsekikawa.niigata.jp\nsel.no\nselbu.no\nselect\nselje.no\nseljord.no\nsemboku.akita.jp\nsemine.miyagi.jp\nsenasa.ar\nsendai.jp\nsener\nsennan.osaka.jp\nseoul.kr\nsera.hiroshima.jp\nseranishi.hiroshima.jp\nservices\nservices.aero\nsetagaya.tokyo.jp\nseto.aichi.jp\nsetouchi.okayama.jp\nsettsu.osaka.jp\nsevastopol.ua\nseven\nsew\nsex\nsex.hu\nsex.pl\nsexy\nsf.no\nsfr\nsg\nsh\nsh.cn\nshakotan.hokkaido.jp\nshangrila\nshari.hokkaido.jp\nsharp\nshell\nshia\nshibata.miyagi.jp\nshibata.niigata.jp\nshibecha.hokkaido.jp\nshibetsu.hokkaido.jp\nshibukawa.gunma.jp\nshibuya.tokyo.jp\nshichikashuku.miyagi.jp\nshichinohe.aomori.jp\nshiga.jp\nshiiba.miyazaki.jp\nshijonawate.osaka.jp\nshika.ishikawa.jp\nshikabe.hokkaido.jp\nshikama.miyagi.jp\nshikaoi.hokkaido.jp\nshikatsu.aichi.jp\nshiki.saitama.jp\nshikokuchuo.ehime.jp\nshiksha\nshima.mie.jp\nshimabara.nagasaki.jp\nshimada.shizuoka.jp\nshimamaki.hokkaido.jp\nshimamoto.osaka.jp\nshimane.jp\nshimane.shimane.jp\nshimizu.hokkaido.jp\nshimizu.shizuoka.jp\nshimoda.shizuoka.jp\nshimodate.ibaraki.jp\nshimofusa.chiba.jp\nshimogo.fukushima.jp\nshimoichi.nara.jp\nshimoji.okinawa.jp\nshimokawa.hokkaido.jp\nshimokitayama.nara.jp\nshimonita.gunma.jp\nshimonoseki.yamaguchi.jp\nshimosuwa.nagano.jp\nshimotsuke.tochigi.jp\nshimotsuma.ibaraki.jp\nshinagawa.tokyo.jp\nshinanomachi.nagano.jp\nshingo.aomori.jp\nshingu.fukuoka.jp\nshingu.hyogo.jp\nshingu.wakayama.jp\nshinichi.hiroshima.jp\nshinjo.nara.jp\nshinjo.okayama.jp\nshinjo.yamagata.jp\nshinjuku.tokyo.jp\nshinkamigoto.nagasaki.jp\nshinonsen.hyogo.jp\nshinshinotsu.hokkaido.jp\nshinshiro.aichi.jp\nshinto.gunma.jp\nshintoku.hokkaido.jp\nshintomi.miyazaki.jp\nshinyoshitomi.fukuoka.jp\nshiogama.miyagi.jp\nshiojiri.nagano.jp\nshioya.tochigi.jp\nshirahama.wakayama.jp\nshirakawa.fukushima.jp\nshirakawa.gifu.jp\nshirako.chiba.jp\nshiranuka.hokkaido.jp\nshiraoi.hokkaido.jp\nshiraoka.saitama.jp\nshirataka.yamagata.jp\nshiriuchi.hokkaido.jp\nshiroi.chiba.jp\nshiroishi.miyagi.jp\nshiroishi.saga.jp\nshirosato.ibaraki.jp\nshishikui.tokushima.jp\nshiso.hyogo.jp\nshisui.chiba.jp\nshitara.aichi.jp\nshiwa.iwate.jp\nshizukuishi.iwate.jp\nshizuoka.jp\nshizuoka.shizuoka.jp\nshobara.hiroshima.jp\nshoes\nshonai.fukuoka.jp\nshonai.yamagata.jp\nshoo.okayama.jp\nshop\nshop.ht\nshop.hu\nshop.pl\nshopping\nshouji\nshow\nshow.aero\nshowa.fukushima.jp\nshowa.gunma.jp\nshowa.yamanashi.jp\nshunan.yamaguchi.jp\nsi\nsi.it\nsic.it\nsicilia.it\nsicily.it\nsiellak.no\nsiena.it\nsigdal.no\nsiljan.no\nsilk\nsina\nsingles\nsiracusa.it\nsirdal.no\nsite\nsj\nsjc.br\nsk\nsk.ca\nskanit.no\nskanland.no\nskaun.no\nskedsmo.no\nskedsmokorset.no\nski\nski.no\nskien.no\nskierva.no\nskierv\xE1.no\nskin\nskiptvet.no\nskjak.no\nskjervoy.no\nskjerv\xF8y.no\nskj\xE5k.no\nsklep.pl\nsko.gov.pl\nskoczow.pl\nskodje.no\nsky\nskydiving.aero\nskype\nsk\xE1nit.no\nsk\xE5nland.no\nsl\nslask.pl\nslattum.no\nsld.do\nsld.pa\nslg.br\nsling\nslupsk.pl\nslz.br\nsm\nsm.ua\nsmart\nsmile\nsmola.no\nsm\xF8la.no\nsn\nsn.cn\nsnaase.no\nsnasa.no\nsncf\nsnillfjord.no\nsnoasa.no\nsn\xE5ase.no\nsn\xE5sa.no\nso\nso.gov.pl\nso.it\nsobetsu.hokkaido.jp\nsoc.dz\nsoc.lk\nsoccer\nsocial\nsocial.br\nsoctrang.vn\nsodegaura.chiba.jp\nsoeda.fukuoka.jp\nsoftbank\nsoftware\nsoftware.aero\nsogndal.no\nsogne.no\nsohu\nsoja.okayama.jp\nsoka.saitama.jp\nsokndal.no\nsola.no\nsolar\nsolund.no\nsolutions\nsoma.fukushima.jp\nsomna.no\nsondre-land.no\nsondrio.it\nsong\nsongdalen.no\nsoni.nara.jp\nsonla.vn\nsony\nsoo.kagoshima.jp\nsor-aurdal.no\nsor-fron.no\nsor-odal.no\nsor-varanger.no\nsorfold.no\nsorocaba.br\nsorreisa.no\nsortland.no\nsorum.no\nsos.pl\nsosa.chiba.jp\nsosnowiec.pl\nsowa.ibaraki.jp\nsoy\nsp.gov.br\nsp.it\nspa\nspace\nspjelkavik.no\nsport\nsport.eg\nsport.hu\nspot\nspydeberg.no\nsr\nsr.gov.pl\nsr.it\nsrl\nsrv.br\nss\nss.it\nst\nst.no\nstada\nstalowa-wola.pl\nstange.no\nstaples\nstar\nstarachowice.pl\nstargard.pl\nstarostwo.gov.pl\nstat.no\nstatebank\nstatefarm\nstathelle.no\nstavanger.no\nstavern.no\nstc\nstcgroup\nsteigen.no\nsteinkjer.no\nsth.ac.at\nstjordal.no\nstjordalshalsen.no\nstj\xF8rdal.no\nstj\xF8rdalshalsen.no\nstockholm\nstokke.no\nstor-elvdal.no\nstorage\nstord.no\nstordal.no\nstore\nstore.bb\nstore.nf\nstore.ro\nstore.st\nstore.ve\nstorfjord.no\nstrand.no\nstranda.no\nstream\nstryn.no\nstudent.aero\nstudio\nstudy\nstyle\nsu\nsu.it\nsucks\nsud-sardegna.it\nsudsardegna.it\nsue.fukuoka.jp\nsuedtirol.it\nsuginami.tokyo.jp\nsugito.saitama.jp\nsuifu.ibaraki.jp\nsuita.osaka.jp\nsukagawa.fukushima.jp\nsukumo.kochi.jp\nsula.no\nsuldal.no\nsuli.hu\nsumida.tokyo.jp\nsumita.iwate.jp\nsumoto.hyogo.jp\nsumoto.kumamoto.jp\nsumy.ua\nsunagawa.hokkaido.jp\nsund.no\nsunndal.no\nsuohkan.no\nsupplies\nsupply\nsupport\nsurf\nsurgery\nsurnadal.no\nsusaki.kochi.jp\nsusono.shizuoka.jp\nsuwa.nagano.jp\nsuwalki.pl\nsuzaka.nagano.jp\nsuzu.ishikawa.jp\nsuzuka.mie.jp\nsuzuki\nsv\nsv.it\nsvalbard.no\nsveio.no\nsvelvik.no\nswatch\nswidnica.pl\nswiebodzin.pl\nswinoujscie.pl\nswiss\nsx\nsx.cn\nsy\nsydney\nsykkylven.no\nsystems\nsz\nszczecin.pl\nszczytno.pl\nszex.hu\nszkola.pl\ns\xE1lat.no\ns\xE1l\xE1t.no\ns\xF8gne.no\ns\xF8mna.no\ns\xF8ndre-land.no\ns\xF8r-aurdal.no\ns\xF8r-fron.no\ns\xF8r-odal.no\ns\xF8r-varanger.no\ns\xF8rfold.no\ns\xF8rreisa.no\ns\xF8rum.no\ns\xFCdtirol.it\nt.bg\nt.se\nta.it\ntaa.it\ntab\ntabayama.yamanashi.jp\ntabuse.yamaguchi.jp\ntachiarai.fukuoka.jp\ntachikawa.tokyo.jp\ntadaoka.osaka.jp\ntado.mie.jp\ntadotsu.kagawa.jp\ntagajo.miyagi.jp\ntagami.niigata.jp\ntagawa.fukuoka.jp\ntahara.aichi.jp\ntaiji.wakayama.jp\ntaiki.hokkaido.jp\ntaiki.mie.jp\ntainai.niigata.jp\ntaipei\ntaira.toyama.jp\ntaishi.hyogo.jp\ntaishi.osaka.jp\ntaishin.fukushima.jp\ntaito.tokyo.jp\ntaiwa.miyagi.jp\ntajimi.gifu.jp\ntajiri.osaka.jp\ntaka.hyogo.jp\ntakagi.nagano.jp\ntakahagi.ibaraki.jp\ntakahama.aichi.jp\ntakahama.fukui.jp\ntakaharu.miyazaki.jp\ntakahashi.okayama.jp\ntakahata.yamagata.jp\ntakaishi.osaka.jp\ntakamatsu.kagawa.jp\ntakamori.kumamoto.jp\ntakamori.nagano.jp\ntakanabe.miyazaki.jp\ntakanezawa.tochigi.jp\ntakaoka.toyama.jp\ntakarazuka.hyogo.jp\ntakasago.hyogo.jp\ntakasaki.gunma.jp\ntakashima.shiga.jp\ntakasu.hokkaido.jp\ntakata.fukuoka.jp\ntakatori.nara.jp\ntakatsuki.osaka.jp\ntakatsuki.shiga.jp\ntakayama.gifu.jp\ntakayama.gunma.jp\ntakayama.nagano.jp\ntakazaki.miyazaki.jp\ntakehara.hiroshima.jp\ntaketa.oita.jp\ntaketomi.okinawa.jp\ntaki.mie.jp\ntakikawa.hokkaido.jp\ntakino.hyogo.jp\ntakinoue.hokkaido.jp\ntakko.aomori.jp\ntako.chiba.jp\ntaku.saga.jp\ntalk\ntama.tokyo.jp\ntamakawa.fukushima.jp\ntamaki.mie.jp\ntamamura.gunma.jp\ntamano.okayama.jp\ntamatsukuri.ibaraki.jp\ntamayu.shimane.jp\ntamba.hyogo.jp\ntana.no\ntanabe.kyoto.jp\ntanabe.wakayama.jp\ntanagura.fukushima.jp\ntananger.no\ntanohata.iwate.jp\ntaobao\ntara.saga.jp\ntarama.okinawa.jp\ntaranto.it\ntarget\ntargi.pl\ntarnobrzeg.pl\ntarui.gifu.jp\ntarumizu.kagoshima.jp\ntas.au\ntas.edu.au\ntas.gov.au\ntatamotors\ntatar\ntatebayashi.gunma.jp\ntateshina.nagano.jp\ntateyama.chiba.jp\ntateyama.toyama.jp\ntatsuno.hyogo.jp\ntatsuno.nagano.jp\ntattoo\ntawaramoto.nara.jp\ntax\ntaxi\ntaxi.aero\ntaxi.br\ntayninh.vn\ntc\ntc.br\ntci\ntd\ntdk\nte.it\nte.ua\nteam\ntec.br\ntec.mi.us\ntec.ve\ntech\ntech.ec\ntechnology\ntecnologia.bo\ntel\ntel.tr\ntemasek\ntempio-olbia.it\ntempioolbia.it\ntendo.yamagata.jp\ntenei.fukushima.jp\ntenkawa.nara.jp\ntennis\ntenri.nara.jp\nteo.br\nteramo.it\nterni.it\nternopil.ua\nteshikaga.hokkaido.jp\ntest.tj\nteva\ntf\ntg\ntgory.pl\nth\nthaibinh.vn\nthainguyen.vn\nthanhhoa.vn\nthanhphohochiminh.vn\nthd\nthe.br\ntheater\ntheatre\nthuathienhue.vn\ntiaa\ntickets\ntienda\ntiengiang.vn\ntime.no\ntingvoll.no\ntinn.no\ntips\ntires\ntirol\ntj\ntj.cn\ntjeldsund.no\ntjielte.no\ntjmaxx\ntjome.no\ntjx\ntj\xF8me.no\ntk\ntkmaxx\ntksat.bo\ntl\ntm\ntm.cy\ntm.dz\ntm.fr\ntm.hu\ntm.km\ntm.mc\ntm.no\ntm.pl\ntm.ro\ntm.se\ntm.za\ntmall\ntmp.br\ntn\ntn.it\ntn.us\ntnx.ge\nto\nto.gov.br\nto.it\ntoba.mie.jp\ntobe.ehime.jp\ntobetsu.hokkaido.jp\ntobishima.aichi.jp\ntochigi.jp\ntochigi.tochigi.jp\ntochio.niigata.jp\ntoda.saitama.jp\ntoday\ntoei.aichi.jp\ntoga.toyama.jp\ntogakushi.nagano.jp\ntogane.chiba.jp\ntogitsu.nagasaki.jp\ntogo.aichi.jp\ntogura.nagano.jp\ntohma.hokkaido.jp\ntohnosho.chiba.jp\ntoho.fukuoka.jp\ntokai.aichi.jp\ntokai.ibaraki.jp\ntokamachi.niigata.jp\ntokashiki.okinawa.jp\ntoki.gifu.jp\ntokigawa.saitama.jp\ntokke.no\ntokoname.aichi.jp\ntokorozawa.saitama.jp\ntokushima.jp\ntokushima.tokushima.jp\ntokuyama.yamaguchi.jp\ntokyo\ntokyo.jp\ntolga.no\ntomakomai.hokkaido.jp\ntomari.hokkaido.jp\ntome.miyagi.jp\ntomi.nagano.jp\ntomigusuku.okinawa.jp\ntomika.gifu.jp\ntomioka.gunma.jp\ntomisato.chiba.jp\ntomiya.miyagi.jp\ntomobe.ibaraki.jp\ntonaki.okinawa.jp\ntonami.toyama.jp\ntondabayashi.osaka.jp\ntone.ibaraki.jp\ntono.iwate.jp\ntonosho.kagawa.jp\ntonsberg.no\ntools\ntoon.ehime.jp\ntop\ntorahime.shiga.jp\ntoray\ntoride.ibaraki.jp\ntorino.it\ntorsken.no\ntos.it\ntosa.kochi.jp\ntosashimizu.kochi.jp\ntoscana.it\ntoshiba\ntoshima.tokyo.jp\ntosu.saga.jp\ntotal\ntottori.jp\ntottori.tottori.jp\ntourism.bj\ntourism.pl\ntourism.tn\ntours\ntowada.aomori.jp\ntown\ntoya.hokkaido.jp\ntoyako.hokkaido.jp\ntoyama.jp\ntoyama.toyama.jp\ntoyo.kochi.jp\ntoyoake.aichi.jp\ntoyohashi.aichi.jp\ntoyokawa.aichi.jp\ntoyonaka.osaka.jp\ntoyone.aichi.jp\ntoyono.osaka.jp\ntoyooka.hyogo.jp\ntoyosato.shiga.jp\ntoyota\ntoyota.aichi.jp\ntoyota.yamaguchi.jp\ntoyotomi.hokkaido.jp\ntoyotsu.fukuoka.jp\ntoyoura.hokkaido.jp\ntoys\ntozawa.yamagata.jp\ntozsde.hu\ntp.it\ntr\ntr.it\ntr.no\ntra.kp\ntrade\ntrader.aero\ntrading\ntrading.aero\ntrainer.aero\ntraining\ntrana.no\ntranby.no\ntrani-andria-barletta.it\ntrani-barletta-andria.it\ntraniandriabarletta.it\ntranibarlettaandria.it\ntranoy.no\ntransporte.bo\ntran\xF8y.no\ntrapani.it\ntravel\ntravel.in\ntravel.pl\ntravelers\ntravelersinsurance\ntravinh.vn\ntrd.br\ntrentin-sud-tirol.it\ntrentin-sudtirol.it\ntrentin-sued-tirol.it\ntrentin-suedtirol.it\ntrentin-s\xFCd-tirol.it\ntrentin-s\xFCdtirol.it\ntrentino-a-adige.it\ntrentino-aadige.it\ntrentino-alto-adige.it\ntrentino-altoadige.it\ntrentino-s-tirol.it\ntrentino-stirol.it\ntrentino-sud-tirol.it\ntrentino-sudtirol.it\ntrentino-sued-tirol.it\ntrentino-suedtirol.it\ntrentino-s\xFCd-tirol.it\ntrentino-s\xFCdtirol.it\ntrentino.it\ntrentinoa-adige.it\ntrentinoaadige.it\ntrentinoalto-adige.it\ntrentinoaltoadige.it\ntrentinos-tirol.it\ntrentinostirol.it\ntrentinosud-tirol.it\ntrentinosued-tirol.it\ntrentinosuedtirol.it\ntrentinos\xFCd-tirol.it\ntrentinos\xFCdtirol.it\ntrentinsud-tirol.it\ntrentinsudtirol.it\ntrentinsued-tirol.it\ntrentinsuedtirol.it\ntrentins\xFCd-tirol.it\ntrentins\xFCdtirol.it\ntrento.it\ntreviso.it\ntrieste.it\ntroandin.no\ntrogstad.no\ntromsa.no\ntromso.no\ntroms\xF8.no\ntrondheim.no\ntrust\ntrv\ntrysil.no\ntr\xE6na.no\ntr\xF8gstad.no\nts.it\ntsk.tr\ntsu.mie.jp\ntsubame.niigata.jp\ntsubata.ishikawa.jp\ntsubetsu.hokkaido.jp\ntsuchiura.ibaraki.jp\ntsuga.tochigi.jp\ntsugaru.aomori.jp\ntsuiki.fukuoka.jp\ntsukigata.hokkaido.jp\ntsukiyono.gunma.jp\ntsukuba.ibaraki.jp\ntsukui.kanagawa.jp\ntsukumi.oita.jp\ntsumagoi.gunma.jp\ntsunan.niigata.jp\ntsuno.kochi.jp\ntsuno.miyazaki.jp\ntsuru.yamanashi.jp\ntsuruga.fukui.jp\ntsurugashima.saitama.jp\ntsurugi.ishikawa.jp\ntsuruoka.yamagata.jp\ntsuruta.aomori.jp\ntsushima.aichi.jp\ntsushima.nagasaki.jp\ntsuwano.shimane.jp\ntsuyama.okayama.jp\ntt\ntt.im\ntube\ntui\ntul.ec\ntunes\ntur.ar\ntur.br\ntur.ec\nturek.pl\nturin.it\nturystyka.pl\ntuscany.it\ntushu\ntuyenquang.vn\ntv\ntv.bb\ntv.bd\ntv.bo\ntv.br\ntv.eg\ntv.im\ntv.in\ntv.it\ntv.jo\ntv.sd\ntv.tr\ntv.tz\ntvedestrand.no\ntvs\ntw\ntw.cn\ntx.us\ntychy.pl\ntydal.no\ntynset.no\ntysfjord.no\ntysnes.no\ntysvar.no\ntysv\xE6r.no\ntz\nt\xF8nsberg.no\nu.bg\nu.se\nua\nub.in\nubank\nube.yamaguchi.jp\nubs\nuchihara.ibaraki.jp\nuchiko.ehime.jp\nuchinada.ishikawa.jp\nuchinomi.kagawa.jp\nud.it\nuda.nara.jp\nudi.br\nudine.it\nudono.mie.jp\nueda.nagano.jp\nueno.gunma.jp\nuenohara.yamanashi.jp\nuenorge.no\nug\nug.gov.pl\nugim.gov.pl\nuio.ec\nuji.kyoto.jp\nujiie.tochigi.jp\nujitawara.kyoto.jp\nuk\nuk.in\nuki.kumamoto.jp\nukiha.fukuoka.jp\nullensaker.no\nullensvang.no\nulsan.kr\nulstein.no\nulvik.no\num.gov.pl\numaji.kochi.jp\numb.it\numbria.it\numi.fukuoka.jp\numig.gov.pl\nunazuki.toyama.jp\nunicom\nunion.aero\nuniv.bj\nuniv.sn\nuniversity\nunjarga.no\nunj\xE1rga.no\nunnan.shimane.jp\nuno\nunzen.nagasaki.jp\nuol\nuonuma.niigata.jp\nuozu.toyama.jp\nup.in\nupow.gov.pl\nuppo.gov.pl\nups\nurakawa.hokkaido.jp\nurasoe.okinawa.jp\nurausu.hokkaido.jp\nurawa.saitama.jp\nurayasu.chiba.jp\nurbino-pesaro.it\nurbinopesaro.it\nureshino.mie.jp\nuri.arpa\nurn.arpa\nuruma.okinawa.jp\nuryu.hokkaido.jp\nus\nus.gov.pl\nus.in\nus.ug\nusa.oita.jp\nushiku.ibaraki.jp\nustka.pl\nusui.fukuoka.jp\nusuki.oita.jp\nut.us\nutashinai.hokkaido.jp\nutazas.hu\nutazu.kagawa.jp\nuto.kumamoto.jp\nutsira.no\nutsunomiya.tochigi.jp\nuw.gov.pl\nuwajima.ehime.jp\nuy\nuz\nuz.ua\nuzhgorod.ua\nuzhhorod.ua\nuzs.gov.pl\nv.bg\nva\nva.it\nva.no\nva.us\nvaapste.no\nvacations\nvadso.no\nvads\xF8.no\nvaga.no\nvagan.no\nvagsoy.no\nvaksdal.no\nval-d-aosta.it\nval-daosta.it\nvald-aosta.it\nvaler.hedmark.no\nvaler.ostfold.no\nvalle-aosta.it\nvalle-d-aosta.it\nvalle-daosta.it\nvalle.no\nvalleaosta.it\nvalled-aosta.it\nvalledaosta.it\nvallee-aoste.it\nvallee-d-aoste.it\nvalleeaoste.it\nvalleedaoste.it\nvall\xE9e-aoste.it\nvall\xE9e-d-aoste.it\nvall\xE9eaoste.it\nvall\xE9edaoste.it\nvana\nvang.no\nvanguard\nvanylven.no\nvao.it\nvardo.no\nvard\xF8.no\nvarese.it\nvarggat.no\nvaroy.no\nvb.it\nvc\nvc.it\nvda.it\nve\nve.it\nvefsn.no\nvega.no\nvegarshei.no\nvegas\nveg\xE5rshei.no\nven.it\nveneto.it\nvenezia.it\nvenice.it\nvennesla.no\nventures\nverbania.it\nverbano-cusio-ossola.it\nvercelli.it\nverdal.no\nverisign\nverm\xF6gensberater\nverm\xF6gensberatung\nverona.it\nverran.no\nversicherung\nvestby.no\nvestnes.no\nvestre-slidre.no\nvestre-toten.no\nvestvagoy.no\nvestv\xE5g\xF8y.no\nvet\nvet.br\nvet.ec\nveterinaire.km\nvevelstad.no\nvf.no\nvg\nvgs.no\nvi\nvi.it\nvi.us\nviajes\nvibo-valentia.it\nvibovalentia.it\nvic.au\nvic.edu.au\nvic.gov.au\nvicenza.it\nvideo\nvideo.hu\nvig\nvik.no\nviking\nvikna.no\nvillas\nvin\nvindafjord.no\nvinhlong.vn\nvinhphuc.vn\nvinnica.ua\nvinnytsia.ua\nvip\nvirgin\nvisa\nvision\nviterbo.it\nviva\nvivo\nvix.br\nvlaanderen\nvlog.br\nvn\nvn.ua\nvoagat.no\nvodka\nvolda.no\nvolvo\nvolyn.ua\nvoss.no\nvossevangen.no\nvote\nvoting\nvoto\nvoyage\nvr.it\nvs.it\nvt.it\nvt.us\nvu\nvv.it\nv\xE1rgg\xE1t.no\nv\xE5gan.no\nv\xE5gs\xF8y.no\nv\xE5g\xE5.no\nv\xE5ler.hedmark.no\nv\xE5ler.\xF8stfold.no\nv\xE6r\xF8y.no\nw.bg\nw.se\nwa.au\nwa.edu.au\nwa.gov.au\nwa.us\nwada.nagano.jp\nwajiki.tokushima.jp\nwajima.ishikawa.jp\nwakasa.fukui.jp\nwakasa.tottori.jp\nwakayama.jp\nwakayama.wakayama.jp\nwake.okayama.jp\nwakkanai.hokkaido.jp\nwakuya.miyagi.jp\nwalbrzych.pl\nwales\nwalmart\nwalter\nwang\nwanggou\nwanouchi.gifu.jp\nwarabi.saitama.jp\nwarmia.pl\nwarszawa.pl\nwashtenaw.mi.us\nwassamu.hokkaido.jp\nwatarai.mie.jp\nwatari.miyagi.jp\nwatch\nwatches\nwaw.pl\nwazuka.kyoto.jp\nweather\nweatherchannel\nweb\nweb.bo\nweb.do\nweb.gu\nweb.id\nweb.lk\nweb.nf\nweb.ni\nweb.pk\nweb.tj\nweb.tr\nweb.ve\nweb.za\nwebcam\nweber\nwebsite\nwed\nwedding\nwegrow.pl\nweibo\nweir\nwf\nwhoswho\nwi.us\nwielun.pl\nwien\nwif.gov.pl\nwiih.gov.pl\nwiki\nwiki.bo\nwiki.br\nwilliamhill\nwin\nwinb.gov.pl\nwindows\nwine\nwinners\nwios.gov.pl\nwitd.gov.pl\nwiw.gov.pl\nwkz.gov.pl\nwlocl.pl\nwloclawek.pl\nwme\nwodzislaw.pl\nwolomin.pl\nwoodside\nwork\nworkinggroup.aero\nworks\nworks.aero\nworld\nwow\nwroclaw.pl\nws\nwsa.gov.pl\nwskr.gov.pl\nwsse.gov.pl\nwtc\nwtf\nwuoz.gov.pl\nwv.us\nwww.ro\nwy.us\nwzmiuw.gov.pl\nx.bg\nx.se\nxbox\nxerox\nxihuan\nxin\nxj.cn\nxn--0trq7p7nn.jp\nxn--11b4c3d\nxn--12c1fe0br.xn--o3cw4h\nxn--12cfi8ixb8l.xn--o3cw4h\nxn--12co0c3b4eva.xn--o3cw4h\nxn--1ck2e1b\nxn--1ctwo.jp\nxn--1lqs03n.jp\nxn--1lqs71d.jp\nxn--1qqw23a\nxn--2m4a15e.jp\nxn--2scrj9c\nxn--30rr7y\nxn--32vp30h.jp\nxn--3bst00m\nxn--3ds443g\nxn--3e0b707e\nxn--3hcrj9c\nxn--3pxu8k\nxn--42c2d9a\nxn--45br5cyl\nxn--45brj9c\nxn--45q11c\nxn--4dbgdty6c.xn--4dbrk0ce\nxn--4dbrk0ce\nxn--4gbrim\nxn--4it168d.jp\nxn--4it797k.jp\nxn--4pvxs.jp\nxn--54b7fta0cc\nxn--55qw42g\nxn--55qx5d\nxn--55qx5d.cn\nxn--55qx5d.hk\nxn--55qx5d.xn--j6w193g\nxn--5dbhl8d.xn--4dbrk0ce\nxn--5js045d.jp\nxn--5rtp49c.jp\nxn--5rtq34k.jp\nxn--5su34j936bgsg\nxn--5tzm5g\nxn--6btw5a.jp\nxn--6frz82g\nxn--6orx2r.jp\nxn--6qq986b3xl\nxn--7t0a264c.jp\nxn--80adxhks\nxn--80ao21a\nxn--80aqecdr1a\nxn--80asehdb\nxn--80aswg\nxn--80au.xn--90a3ac\nxn--8dbq2a.xn--4dbrk0ce\nxn--8ltr62k.jp\nxn--8pvr4u.jp\nxn--8y0a063a\nxn--90a3ac\nxn--90ae\nxn--90ais\nxn--90azh.xn--90a3ac\nxn--9dbq2a\nxn--9et52u\nxn--9krt00a\nxn--9tfky.id\nxn--andy-ira.no\nxn--aroport-bya.ci\nxn--asky-ira.no\nxn--aurskog-hland-jnb.no\nxn--avery-yua.no\nxn--b-5ga.nordland.no\nxn--b-5ga.telemark.no\nxn--b4w605ferd\nxn--balsan-sdtirol-nsb.it\nxn--bck1b9a5dre4c\nxn--bdddj-mrabd.no\nxn--bearalvhki-y4a.no\nxn--berlevg-jxa.no\nxn--bhcavuotna-s4a.no\nxn--bhccavuotna-k7a.no\nxn--bidr-5nac.no\nxn--bievt-0qa.no\nxn--bjddar-pta.no\nxn--blt-elab.no\nxn--bmlo-gra.no\nxn--bod-2na.no\nxn--bozen-sdtirol-2ob.it\nxn--brnny-wuac.no\nxn--brnnysund-m8ac.no\nxn--brum-voa.no\nxn--btsfjord-9za.no\nxn--bulsan-sdtirol-nsb.it\nxn--c1avg\nxn--c1avg.xn--90a3ac\nxn--c2br7g\nxn--c3s14m.jp\nxn--cck2b3b\nxn--cckwcxetd\nxn--cesena-forl-mcb.it\nxn--cesenaforl-i8a.it\nxn--cg4bki\nxn--ciqpn.hk\nxn--clchc0ea0b2g2a9gcd\nxn--czr694b\nxn--czrs0t\nxn--czru2d\nxn--d1acj3b\nxn--d1alf\nxn--d1at.xn--90a3ac\nxn--d5qv7z876c.jp\nxn--davvenjrga-y4a.no\nxn--djrs72d6uy.jp\nxn--djty4k.jp\nxn--dnna-gra.no\nxn--drbak-wua.no\nxn--dyry-ira.no\nxn--e1a4c\nxn--eckvdtc9d\nxn--efvn9s.jp\nxn--efvy88h\nxn--ehqz56n.jp\nxn--elqq16h.jp\nxn--eveni-0qa01ga.no\nxn--f6qx53a.jp\nxn--fct429k\nxn--fhbei\nxn--finny-yua.no\nxn--fiq228c5hs\nxn--fiq64b\nxn--fiqs8s\nxn--fiqz9s\nxn--fjord-lra.no\nxn--fjq720a\nxn--fl-zia.no\nxn--flor-jra.no\nxn--flw351e\nxn--forl-cesena-fcb.it\nxn--forlcesena-c8a.it\nxn--fpcrj9c3d\nxn--frde-gra.no\nxn--frna-woa.no\nxn--frya-hra.no\nxn--fzc2c9e2c\nxn--fzys8d69uvgm\nxn--g2xx48c\nxn--gckr3f0f\nxn--gecrj9c\nxn--ggaviika-8ya47h.no\nxn--gildeskl-g0a.no\nxn--givuotna-8ya.no\nxn--gjvik-wua.no\nxn--gk3at1e\nxn--gls-elac.no\nxn--gmq050i.hk\nxn--gmqw5a.hk\nxn--gmqw5a.xn--j6w193g\nxn--h-2fa.no\nxn--h2breg3eve\nxn--h2brj9c\nxn--h2brj9c8c\nxn--h3cuzk1di.xn--o3cw4h\nxn--hamary-fya.no\nxn--hbmer-xqa.no\nxn--hcesuolo-7ya35b.no\nxn--hebda8b.xn--4dbrk0ce\nxn--hery-ira.nordland.no\nxn--hery-ira.xn--mre-og-romsdal-qqb.no\nxn--hgebostad-g3a.no\nxn--hmmrfeasta-s4ac.no\nxn--hnefoss-q1a.no\nxn--hobl-ira.no\nxn--holtlen-hxa.no\nxn--hpmir-xqa.no\nxn--hxt814e\nxn--hyanger-q1a.no\nxn--hylandet-54a.no\nxn--i1b6b1a6a2e\nxn--imr513n\nxn--indery-fya.no\nxn--io0a7i\nxn--io0a7i.cn\nxn--io0a7i.hk\nxn--j1aef\nxn--j1amh\nxn--j6w193g\nxn--jlq480n2rg\nxn--jlster-bya.no\nxn--jrpeland-54a.no\nxn--jvr189m\nxn--k7yn95e.jp\nxn--karlsy-fya.no\nxn--karmy-yua.no\nxn--kbrq7o.jp\nxn--kcrx77d1x4a\nxn--kfjord-iua.no\nxn--klbu-woa.no\nxn--klt787d.jp\nxn--kltp7d.jp\nxn--kltx9a.jp\nxn--klty5x.jp\nxn--koluokta-7ya57h.no\nxn--kprw13d\nxn--kpry57d\nxn--kput3i\nxn--krager-gya.no\nxn--kranghke-b0a.no\nxn--krdsherad-m8a.no\nxn--krehamn-dxa.no\nxn--krjohka-hwab49j.no\nxn--ksnes-uua.no\nxn--kvfjord-nxa.no\nxn--kvitsy-fya.no\nxn--kvnangen-k0a.no\nxn--l-1fa.no\nxn--l1acc\nxn--laheadju-7ya.no\nxn--langevg-jxa.no\nxn--lcvr32d.hk\nxn--ldingen-q1a.no\nxn--leagaviika-52b.no\nxn--lesund-hua.no\nxn--lgbbat1ad8j\nxn--lgrd-poac.no\nxn--lhppi-xqa.no\nxn--linds-pra.no\nxn--loabt-0qa.no\nxn--lrdal-sra.no\nxn--lrenskog-54a.no\nxn--lt-liac.no\nxn--lten-gra.no\nxn--lury-ira.no\nxn--m3ch0j3a.xn--o3cw4h\nxn--mely-ira.no\nxn--merker-kua.no\nxn--mgb2ddes\nxn--mgb9awbf\nxn--mgba3a3ejt\nxn--mgba3a4f16a\nxn--mgba3a4f16a.ir\nxn--mgba3a4fra\nxn--mgba3a4fra.ir\nxn--mgba7c0bbn0a\nxn--mgbaam7a8h\nxn--mgbab2bd\nxn--mgbah1a3hjkrd\nxn--mgbai9a5eva00b\nxn--mgbai9azgqp6j\nxn--mgbayh7gpa\nxn--mgbbh1a\nxn--mgbbh1a71e\nxn--mgbc0a9azcg\nxn--mgbca7dzdo\nxn--mgbcpq6gpa1a\nxn--mgberp4a5d4a87g\nxn--mgberp4a5d4ar\nxn--mgbgu82a\nxn--mgbi4ecexp\nxn--mgbpl2fh\nxn--mgbqly7c0a67fbc\nxn--mgbqly7cvafr\nxn--mgbt3dhd\nxn--mgbtf8fl\nxn--mgbtx2b\nxn--mgbx4cd0ab\nxn--mix082f\nxn--mix891f\nxn--mjndalen-64a.no\nxn--mk0axi.hk\nxn--mk1bu44c\nxn--mkru45i.jp\nxn--mlatvuopmi-s4a.no\nxn--mli-tla.no\nxn--mlselv-iua.no\nxn--moreke-jua.no\nxn--mori-qsa.nz\nxn--mosjen-eya.no\nxn--mot-tla.no\nxn--msy-ula0h.no\nxn--mtta-vrjjat-k7af.no\nxn--muost-0qa.no\nxn--mxtq1m\nxn--mxtq1m.hk\nxn--mxtq1m.xn--j6w193g\nxn--ngbc5azd\nxn--ngbe9e0a\nxn--ngbrx\nxn--nit225k.jp\nxn--nmesjevuemie-tcba.no\nxn--nnx388a\nxn--node\nxn--nqv7f\nxn--nqv7fs00ema\nxn--nry-yla5g.no\nxn--ntso0iqx3a.jp\nxn--ntsq17g.jp\nxn--nttery-byae.no\nxn--nvuotna-hwa.no\nxn--nyqy26a\nxn--o1ac.xn--90a3ac\nxn--o1ach.xn--90a3ac\nxn--o3cw4h\nxn--o3cyx2a.xn--o3cw4h\nxn--od0alg.cn\nxn--od0alg.hk\nxn--od0alg.xn--j6w193g\nxn--od0aq3b.hk\nxn--ogbpf8fl\nxn--oppegrd-ixa.no\nxn--ostery-fya.no\nxn--osyro-wua.no\nxn--otu796d\nxn--p1acf\nxn--p1ai\nxn--pgbs0dh\nxn--porsgu-sta26f.no\nxn--pssu33l.jp\nxn--pssy2u\nxn--q7ce6a\nxn--q9jyb4c\nxn--qcka1pmc\nxn--qqqt11m.jp\nxn--qxa6a\nxn--qxam\nxn--rady-ira.no\nxn--rdal-poa.no\nxn--rde-ula.no\nxn--rdy-0nab.no\nxn--rennesy-v1a.no\nxn--rhkkervju-01af.no\nxn--rholt-mra.no\nxn--rhqv96g\nxn--rht27z.jp\nxn--rht3d.jp\nxn--rht61e.jp\nxn--risa-5na.no\nxn--risr-ira.no\nxn--rland-uua.no\nxn--rlingen-mxa.no\nxn--rmskog-bya.no\nxn--rny31h.jp\nxn--rovu88b\nxn--rros-gra.no\nxn--rskog-uua.no\nxn--rst-0na.no\nxn--rsta-fra.no\nxn--rvc1e0am3e\nxn--ryken-vua.no\nxn--ryrvik-bya.no\nxn--s-1fa.no\nxn--s9brj9c\nxn--sandnessjen-ogb.no\nxn--sandy-yua.no\nxn--sdtirol-n2a.it\nxn--seral-lra.no\nxn--ses554g\nxn--sgne-gra.no\nxn--skierv-uta.no\nxn--skjervy-v1a.no\nxn--skjk-soa.no\nxn--sknit-yqa.no\nxn--sknland-fxa.no\nxn--slat-5na.no\nxn--slt-elab.no\nxn--smla-hra.no\nxn--smna-gra.no\nxn--snase-nra.no\nxn--sndre-land-0cb.no\nxn--snes-poa.no\nxn--snsa-roa.no\nxn--sr-aurdal-l8a.no\nxn--sr-fron-q1a.no\nxn--sr-odal-q1a.no\nxn--sr-varanger-ggb.no\nxn--srfold-bya.no\nxn--srreisa-q1a.no\nxn--srum-gra.no\nxn--stjrdal-s1a.no\nxn--stjrdalshalsen-sqb.no\nxn--stre-toten-zcb.no\nxn--t60b56a\nxn--tckwe\nxn--tiq49xqyj\nxn--tjme-hra.no\nxn--tn0ag.hk\nxn--tnsberg-q1a.no\nxn--tor131o.jp\nxn--trany-yua.no\nxn--trentin-sd-tirol-rzb.it\nxn--trentin-sdtirol-7vb.it\nxn--trentino-sd-tirol-c3b.it\nxn--trentino-sdtirol-szb.it\nxn--trentinosd-tirol-rzb.it\nxn--trentinosdtirol-7vb.it\nxn--trentinsd-tirol-6vb.it\nxn--trentinsdtirol-nsb.it\nxn--trgstad-r1a.no\nxn--trna-woa.no\nxn--troms-zua.no\nxn--tysvr-vra.no\nxn--uc0atv.hk\nxn--uc0atv.xn--j6w193g\nxn--uc0ay4a.hk\nxn--uist22h.jp\nxn--uisz3g.jp\nxn--unjrga-rta.no\nxn--unup4y\nxn--uuwu58a.jp\nxn--vads-jra.no\nxn--valle-aoste-ebb.it\nxn--valle-d-aoste-ehb.it\nxn--valleaoste-e7a.it\nxn--valledaoste-ebb.it\nxn--vard-jra.no\nxn--vegrshei-c0a.no\nxn--vermgensberater-ctb\nxn--vermgensberatung-pwb\nxn--vestvgy-ixa6o.no\nxn--vg-yiab.no\nxn--vgan-qoa.no\nxn--vgsy-qoa0j.no\nxn--vgu402c.jp\nxn--vhquv\nxn--vler-qoa.hedmark.no\nxn--vler-qoa.xn--stfold-9xa.no\nxn--vre-eiker-k8a.no\nxn--vrggt-xqad.no\nxn--vry-yla5g.no\nxn--vuq861b\nxn--w4r85el8fhu5dnra\nxn--w4rs40l\nxn--wcvs22d.hk\nxn--wcvs22d.xn--j6w193g\nxn--wgbh1c\nxn--wgbl6a\nxn--xhq521b\nxn--xkc2al3hye2a\nxn--xkc2dl3a5ee0h\nxn--y9a3aq\nxn--yer-zna.no\nxn--yfro4i67o\nxn--ygarden-p1a.no\nxn--ygbi2ammx\nxn--ystre-slidre-ujb.no\nxn--zbx025d.jp\nxn--zf0avx.hk\nxn--zfr164b\nxxx\nxxx.ec\nxyz\nxyz.br\nxz.cn\ny.bg\ny.se\nyabu.hyogo.jp\nyabuki.fukushima.jp\nyachimata.chiba.jp\nyachiyo.chiba.jp\nyachiyo.ibaraki.jp\nyachts\nyaese.okinawa.jp\nyahaba.iwate.jp\nyahiko.niigata.jp\nyahoo\nyaita.tochigi.jp\nyaizu.shizuoka.jp\nyakage.okayama.jp\nyakumo.hokkaido.jp\nyakumo.shimane.jp\nyalta.ua\nyamada.fukuoka.jp\nyamada.iwate.jp\nyamada.toyama.jp\nyamaga.kumamoto.jp\nyamagata.gifu.jp\nyamagata.ibaraki.jp\nyamagata.jp\nyamagata.nagano.jp\nyamagata.yamagata.jp\nyamaguchi.jp\nyamakita.kanagawa.jp\nyamamoto.miyagi.jp\nyamanakako.yamanashi.jp\nyamanashi.jp\nyamanashi.yamanashi.jp\nyamanobe.yamagata.jp\nyamanouchi.nagano.jp\nyamashina.kyoto.jp\nyamato.fukushima.jp\nyamato.kanagawa.jp\nyamato.kumamoto.jp\nyamatokoriyama.nara.jp\nyamatotakada.nara.jp\nyamatsuri.fukushima.jp\nyamaxun\nyamazoe.nara.jp\nyame.fukuoka.jp\nyanagawa.fukuoka.jp\nyanaizu.fukushima.jp\nyandex\nyao.osaka.jp\nyaotsu.gifu.jp\nyasaka.nagano.jp\nyashio.saitama.jp\nyashiro.hyogo.jp\nyasu.shiga.jp\nyasuda.kochi.jp\nyasugi.shimane.jp\nyasuoka.nagano.jp\nyatomi.aichi.jp\nyatsuka.shimane.jp\nyatsushiro.kumamoto.jp\nyawara.ibaraki.jp\nyawata.kyoto.jp\nyawatahama.ehime.jp\nyazu.tottori.jp\nye\nyenbai.vn\nyk.ca\nyn.cn\nyodobashi\nyoga\nyoichi.hokkaido.jp\nyoita.niigata.jp\nyoka.hyogo.jp\nyokaichiba.chiba.jp\nyokawa.hyogo.jp\nyokkaichi.mie.jp\nyokohama\nyokohama.jp\nyokoshibahikari.chiba.jp\nyokosuka.kanagawa.jp\nyokote.akita.jp\nyokoze.saitama.jp\nyomitan.okinawa.jp\nyonabaru.okinawa.jp\nyonago.tottori.jp\nyonaguni.okinawa.jp\nyonezawa.yamagata.jp\nyono.saitama.jp\nyorii.saitama.jp\nyoro.gifu.jp\nyoshida.saitama.jp\nyoshida.shizuoka.jp\nyoshikawa.saitama.jp\nyoshimi.saitama.jp\nyoshino.nara.jp\nyoshinogari.saga.jp\nyoshioka.gunma.jp\nyotsukaido.chiba.jp\nyou\nyoutube\nyt\nyuasa.wakayama.jp\nyufu.oita.jp\nyugawa.fukushima.jp\nyugawara.kanagawa.jp\nyuki.ibaraki.jp\nyukuhashi.fukuoka.jp\nyun\nyura.wakayama.jp\nyurihonjo.akita.jp\nyusuhara.kochi.jp\nyusui.kagoshima.jp\nyuu.yamaguchi.jp\nyuza.yamagata.jp\nyuzawa.niigata.jp\nz.bg\nz.se\nzachpomor.pl\nzagan.pl\nzakarpattia.ua\nzama.kanagawa.jp\nzamami.okinawa.jp\nzao.miyagi.jp\nzaporizhzhe.ua\nzaporizhzhia.ua\nzappos\nzara\nzarow.pl\nzentsuji.kagawa.jp\nzero\nzgora.pl\nzgorzelec.pl\nzhitomir.ua\nzhytomyr.ua\nzip\nzj.cn\nzlg.br\nzm\nzone\nzp.gov.pl\nzp.ua\nzpisdn.gov.pl\nzt.ua\nzuerich\nzushi.kanagawa.jp\nzw\n\xE1k\u014Boluokta.no\n\xE1laheadju.no\n\xE1lt\xE1.no\n\xE5fjord.no\n\xE5krehamn.no\n\xE5l.no\n\xE5lesund.no\n\xE5lg\xE5rd.no\n\xE5mli.no\n\xE5mot.no\n\xE5rdal.no\n\xE5s.no\n\xE5seral.no\n\xE5snes.no\n\xF8ksnes.no\n\xF8rland.no\n\xF8rskog.no\n\xF8rsta.no\n\xF8stre-toten.no\n\xF8vre-eiker.no\n\xF8yer.no\n\xF8ygarden.no\n\xF8ystre-slidre.no\n\u010D\xE1hcesuolo.no\n\u03B5\u03BB\n\u03B5\u03C5\n\u0430\u043A.\u0441\u0440\u0431\n\u0431\u0433\n\u0431\u0435\u043B\n\u0434\u0435\u0442\u0438\n\u0435\u044E\n\u043A\u0430\u0442\u043E\u043B\u0438\u043A\n\u043A\u043E\u043C\n\u043C\u043A\u0434\n\u043C\u043E\u043D\n\u043C\u043E\u0441\u043A\u0432\u0430\n\u043E\u0431\u0440.\u0441\u0440\u0431\n\u043E\u0434.\u0441\u0440\u0431\n\u043E\u043D\u043B\u0430\u0439\u043D\n\u043E\u0440\u0433\n\u043E\u0440\u0433.\u0441\u0440\u0431\n\u043F\u0440.\u0441\u0440\u0431\n\u0440\u0443\u0441\n\u0440\u0444\n\u0441\u0430\u0439\u0442\n\u0441\u0440\u0431\n\u0443\u043A\u0440\n\u0443\u043F\u0440.\u0441\u0440\u0431\n\u049B\u0430\u0437\n\u0570\u0561\u0575\n\u05D0\u05E7\u05D3\u05DE\u05D9\u05D4.\u05D9\u05E9\u05E8\u05D0\u05DC\n\u05D9\u05E9\u05D5\u05D1.\u05D9\u05E9\u05E8\u05D0\u05DC\n\u05D9\u05E9\u05E8\u05D0\u05DC\n\u05DE\u05DE\u05E9\u05DC.\u05D9\u05E9\u05E8\u05D0\u05DC\n\u05E6\u05D4\u05DC.\u05D9\u05E9\u05E8\u05D0\u05DC\n\u05E7\u05D5\u05DD\n\u0627\u0628\u0648\u0638\u0628\u064A\n\u0627\u0631\u0627\u0645\u0643\u0648\n\u0627\u0644\u0627\u0631\u062F\u0646\n\u0627\u0644\u0628\u062D\u0631\u064A\u0646\n\u0627\u0644\u062C\u0632\u0627\u0626\u0631\n\u0627\u0644\u0633\u0639\u0648\u062F\u064A\u0629\n\u0627\u0644\u0633\u0639\u0648\u062F\u064A\u0647\n\u0627\u0644\u0633\u0639\u0648\u062F\u06CC\u0629\n\u0627\u0644\u0633\u0639\u0648\u062F\u06CC\u06C3\n\u0627\u0644\u0639\u0644\u064A\u0627\u0646\n\u0627\u0644\u0645\u063A\u0631\u0628\n\u0627\u0644\u064A\u0645\u0646\n\u0627\u0645\u0627\u0631\u0627\u062A\n\u0627\u064A\u0631\u0627\u0646\n\u0627\u064A\u0631\u0627\u0646.ir\n\u0627\u06CC\u0631\u0627\u0646\n\u0627\u06CC\u0631\u0627\u0646.ir\n\u0628\u0627\u0631\u062A\n\u0628\u0627\u0632\u0627\u0631\n\u0628\u064A\u062A\u0643\n\u0628\u06BE\u0627\u0631\u062A\n\u062A\u0648\u0646\u0633\n\u0633\u0648\u062F\u0627\u0646\n\u0633\u0648\u0631\u064A\u0627\n\u0633\u0648\u0631\u064A\u0629\n\u0634\u0628\u0643\u0629\n\u0639\u0631\u0627\u0642\n\u0639\u0631\u0628\n\u0639\u0645\u0627\u0646\n\u0641\u0644\u0633\u0637\u064A\u0646\n\u0642\u0637\u0631\n\u0643\u0627\u062B\u0648\u0644\u064A\u0643\n\u0643\u0648\u0645\n\u0645\u0635\u0631\n\u0645\u0644\u064A\u0633\u064A\u0627\n\u0645\u0648\u0631\u064A\u062A\u0627\u0646\u064A\u0627\n\u0645\u0648\u0642\u0639\n\u0647\u0645\u0631\u0627\u0647\n\u067E\u0627\u0643\u0633\u062A\u0627\u0646\n\u067E\u0627\u06A9\u0633\u062A\u0627\u0646\n\u0680\u0627\u0631\u062A\n\u0915\u0949\u092E\n\u0928\u0947\u091F\n\u092D\u093E\u0930\u0924\n\u092D\u093E\u0930\u0924\u092E\u094D\n\u092D\u093E\u0930\u094B\u0924\n\u0938\u0902\u0917\u0920\u0928\n\u09AC\u09BE\u0982\u09B2\u09BE\n\u09AD\u09BE\u09B0\u09A4\n\u09AD\u09BE\u09F0\u09A4\n\u0A2D\u0A3E\u0A30\u0A24\n\u0AAD\u0ABE\u0AB0\u0AA4\n\u0B2D\u0B3E\u0B30\u0B24\n\u0B87\u0BA8\u0BCD\u0BA4\u0BBF\u0BAF\u0BBE\n\u0B87\u0BB2\u0B99\u0BCD\u0B95\u0BC8\n\u0B9A\u0BBF\u0B99\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0BC2\u0BB0\u0BCD\n\u0C2D\u0C3E\u0C30\u0C24\u0C4D\n\u0CAD\u0CBE\u0CB0\u0CA4\n\u0D2D\u0D3E\u0D30\u0D24\u0D02\n\u0DBD\u0D82\u0D9A\u0DCF\n\u0E04\u0E2D\u0E21\n\u0E17\u0E2B\u0E32\u0E23.\u0E44\u0E17\u0E22\n\u0E18\u0E38\u0E23\u0E01\u0E34\u0E08.\u0E44\u0E17\u0E22\n\u0E23\u0E31\u0E10\u0E1A\u0E32\u0E25.\u0E44\u0E17\u0E22\n\u0E28\u0E36\u0E01\u0E29\u0E32.\u0E44\u0E17\u0E22\n\u0E2D\u0E07\u0E04\u0E4C\u0E01\u0E23.\u0E44\u0E17\u0E22\n\u0E40\u0E19\u0E47\u0E15.\u0E44\u0E17\u0E22\n\u0E44\u0E17\u0E22\n\u0EA5\u0EB2\u0EA7\n\u10D2\u10D4\n\u1B29\u1B2E\u1B36.id\n\u307F\u3093\u306A\n\u30A2\u30DE\u30BE\u30F3\n\u30AF\u30E9\u30A6\u30C9\n\u30B0\u30FC\u30B0\u30EB\n\u30B3\u30E0\n\u30B9\u30C8\u30A2\n\u30BB\u30FC\u30EB\n\u30D5\u30A1\u30C3\u30B7\u30E7\u30F3\n\u30DD\u30A4\u30F3\u30C8\n\u4E09\u91CD.jp\n\u4E16\u754C\n\u4E2A\u4EBA.hk\n\u4E2D\u4FE1\n\u4E2D\u56FD\n\u4E2D\u570B\n\u4E2D\u6587\u7F51\n\u4E9A\u9A6C\u900A\n\u4EAC\u90FD.jp\n\u4F01\u4E1A\n\u4F50\u8CC0.jp\n\u4F5B\u5C71\n\u4FE1\u606F\n\u500B\u4EBA.hk\n\u500B\u4EBA.\u9999\u6E2F\n\u5065\u5EB7\n\u516B\u5366\n\u516C\u53F8\n\u516C\u53F8.cn\n\u516C\u53F8.hk\n\u516C\u53F8.\u9999\u6E2F\n\u516C\u76CA\n\u5175\u5EAB.jp\n\u5317\u6D77\u9053.jp\n\u5343\u8449.jp\n\u53F0\u6E7E\n\u53F0\u7063\n\u548C\u6B4C\u5C71.jp\n\u5546\u57CE\n\u5546\u5E97\n\u5546\u6807\n\u5609\u91CC\n\u5609\u91CC\u5927\u9152\u5E97\n\u5728\u7EBF\n\u57FC\u7389.jp\n\u5927\u5206.jp\n\u5927\u62FF\n\u5927\u962A.jp\n\u5929\u4E3B\u6559\n\u5948\u826F.jp\n\u5A31\u4E50\n\u5BAE\u57CE.jp\n\u5BAE\u5D0E.jp\n\u5BB6\u96FB\n\u5BCC\u5C71.jp\n\u5C71\u53E3.jp\n\u5C71\u5F62.jp\n\u5C71\u68A8.jp\n\u5C90\u961C.jp\n\u5CA1\u5C71.jp\n\u5CA9\u624B.jp\n\u5CF6\u6839.jp\n\u5E7F\u4E1C\n\u5E83\u5CF6.jp\n\u5FAE\u535A\n\u5FB3\u5CF6.jp\n\u611B\u5A9B.jp\n\u611B\u77E5.jp\n\u6148\u5584\n\u6211\u7231\u4F60\n\u624B\u673A\n\u62DB\u8058\n\u653F\u52A1\n\u653F\u5E9C\n\u653F\u5E9C.hk\n\u653F\u5E9C.\u9999\u6E2F\n\u654E\u80B2.hk\n\u6559\u80B2.hk\n\u6559\u80B2.\u9999\u6E2F\n\u65B0\u52A0\u5761\n\u65B0\u6F5F.jp\n\u65B0\u95FB\n\u65F6\u5C1A\n\u66F8\u7C4D\n\u673A\u6784\n\u6771\u4EAC.jp\n\u6803\u6728.jp\n\u6C96\u7E04.jp\n\u6DE1\u9A6C\u9521\n\u6E38\u620F\n\u6ECB\u8CC0.jp\n\u6FB3\u9580\n\u6FB3\u95E8\n\u70B9\u770B\n\u718A\u672C.jp\n\u77F3\u5DDD.jp\n\u795E\u5948\u5DDD.jp\n\u798F\u4E95.jp\n\u798F\u5CA1.jp\n\u798F\u5CF6.jp\n\u79CB\u7530.jp\n\u79FB\u52A8\n\u7B87\u4EBA.hk\n\u7D44\u7E54.hk\n\u7D44\u7E54.\u9999\u6E2F\n\u7D44\u7EC7.hk\n\u7DB2\u7D61.cn\n\u7DB2\u7D61.hk\n\u7DB2\u7D61.\u9999\u6E2F\n\u7DB2\u7EDC.hk\n\u7EC4\u7E54.hk\n\u7EC4\u7EC7.hk\n\u7EC4\u7EC7\u673A\u6784\n\u7F51\u5740\n\u7F51\u5E97\n\u7F51\u7AD9\n\u7F51\u7D61.hk\n\u7F51\u7EDC\n\u7F51\u7EDC.cn\n\u7F51\u7EDC.hk\n\u7FA4\u99AC.jp\n\u8054\u901A\n\u81FA\u7063\n\u8328\u57CE.jp\n\u8C37\u6B4C\n\u8D2D\u7269\n\u901A\u8CA9\n\u9577\u5D0E.jp\n\u9577\u91CE.jp\n\u96C6\u56E2\n\u96FB\u8A0A\u76C8\u79D1\n\u9752\u68EE.jp\n\u9759\u5CA1.jp\n\u98DE\u5229\u6D66\n\u98DF\u54C1\n\u9910\u5385\n\u9999\u5DDD.jp\n\u9999\u683C\u91CC\u62C9\n\u9999\u6E2F\n\u9AD8\u77E5.jp\n\u9CE5\u53D6.jp\n\u9E7F\u5150\u5CF6.jp\n\uB2F7\uB137\n\uB2F7\uCEF4\n\uC0BC\uC131\n\uD55C\uAD6D";

// src/model/registrable-domain.ts
var rules;
function ruleSets() {
  if (rules) return rules;
  const exact = /* @__PURE__ */ new Set();
  const wildcardParents = /* @__PURE__ */ new Set();
  const exceptions = /* @__PURE__ */ new Set();
  const exceptionTlds = /* @__PURE__ */ new Set();
  for (const rule of ICANN_SUFFIX_RULES.split("\n")) {
    if (rule.startsWith("!")) {
      exceptions.add(rule.slice(1));
      exceptionTlds.add(rule.slice(rule.lastIndexOf(".") + 1));
    } else if (rule.startsWith("*.")) wildcardParents.add(rule.slice(2));
    else exact.add(rule);
  }
  rules = { exact, wildcardParents, exceptions, exceptionTlds };
  return rules;
}
var HOST = /^(?!-)[a-z0-9_\u0080-\uffff-]{1,63}(?<!-)(?:\.(?!-)[a-z0-9_\u0080-\uffff-]{1,63}(?<!-))*$/;
var IPV4 = /^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$/;
function hostName(name) {
  const host = name.toLowerCase().replace(/\.$/, "");
  if (host.length > 255 || !HOST.test(host) || IPV4.test(host)) return void 0;
  return host;
}
function publicSuffix(name) {
  const host = hostName(name);
  if (host === void 0) return void 0;
  const { exact, wildcardParents, exceptions, exceptionTlds } = ruleSets();
  const starts = [0];
  for (let d = host.indexOf("."); d !== -1; d = host.indexOf(".", d + 1)) starts.push(d + 1);
  const tails = starts.map((at) => host.slice(at));
  const result = (at, icann) => ({
    suffix: tails[at],
    icann,
    registrable: at > 0 ? `${tails[at - 1]}.` : void 0
  });
  if (exceptionTlds.has(tails.at(-1))) {
    for (let i = 0; i + 1 < tails.length; i++)
      if (exceptions.has(tails[i])) return result(i + 1, true);
  }
  for (let i = 0; i < tails.length; i++)
    if (exact.has(tails[i]) || i + 1 < tails.length && wildcardParents.has(tails[i + 1]))
      return result(i, true);
  return result(tails.length - 1, false);
}
function registrableDomain(name) {
  return publicSuffix(name)?.registrable;
}

// src/rules/relative-target.ts
function lostTrailingDot(zone, target) {
  if (zone.format !== "bind" || target === zone.name || !isInZone(target, zone.name))
    return void 0;
  const relative = target.slice(0, target.length - zone.name.length - 1);
  if (!relative.includes(".")) return void 0;
  const suffix = publicSuffix(relative);
  if (!suffix?.icann || suffix.registrable === void 0) return void 0;
  return `${relative}.`;
}

// src/rules/checks/dangling-cname.ts
function liveRcodes(ctx) {
  const out = /* @__PURE__ */ new Map();
  for (const z of ctx.live?.zones ?? [])
    for (const t of z.targets ?? []) if (!out.has(t.name)) out.set(t.name, t.rcode);
  return out;
}
var danglingCname = {
  id: "dangling-cname",
  defaultSeverity: "high",
  title: "A CNAME points to a name that does not resolve",
  why: "A CNAME to a name that does not exist makes its own name fail. When the target is outside your zones it is also a subdomain-takeover risk: whoever registers the target domain or claims the target on its cloud service controls what your name serves.",
  fix: "Remove the CNAME, or point it at a name that exists and that you control; recreate the target resource first if it was deleted.",
  check(ctx) {
    const out = [];
    const heads = indexZoneSet(ctx.head);
    const rcodes = liveRcodes(ctx);
    for (const d of ctx.diffs) {
      if (!d.after) continue;
      const changed = /* @__PURE__ */ new Map();
      for (const c of d.changes) if (c.type === "CNAME") changed.set(c.name, c);
      for (const rr of indexZone(d.after).ofType("CNAME")) {
        for (const target of rr.values) {
          if (target === ".") continue;
          const home = heads.zoneOf(target);
          const c = changed.get(rr.name);
          const draft = {
            introduced: c !== void 0 && c.kind !== "remove",
            zone: d.zone,
            name: rr.name,
            type: "CNAME",
            key: target,
            ...rr.location ? { location: rr.location } : {}
          };
          if (home) {
            if (indexZone(home).exists(target) || nameManagedElsewhere(target, home) || lostTrailingDot(home, target))
              continue;
            out.push({
              ...draft,
              severity: "medium",
              message: `${rr.name} is a CNAME to ${target}, which has no records in ${home.name} (a zone of this repository): the name does not resolve. A typo, or a record removed too early?`,
              fix: `Add the records ${target} should have in ${home.name}, or point the CNAME at the right name.`
            });
          } else if (rcodes.get(target) === "NXDOMAIN") {
            out.push({
              ...draft,
              message: sentence(
                `${rr.name} is a CNAME to ${target}, which does not exist (NXDOMAIN): whoever claims that name serves content under ${rr.name}`
              )
            });
          }
        }
      }
    }
    return out;
  }
};

// src/rules/spf.ts
import { isIPv4, isIPv6 } from "node:net";
var SPF_LOOKUP_LIMIT = 10;
var textsOf = /* @__PURE__ */ new WeakMap();
function txtTexts(rrset) {
  return rrset.type === "TXT" ? [...sharedTexts(rrset)] : [];
}
function sharedTexts(rrset) {
  let texts = textsOf.get(rrset);
  if (!texts) {
    texts = decodeTexts(rrset);
    textsOf.set(rrset, texts);
  }
  return texts;
}
function decodeTexts(rrset) {
  const out = [];
  for (const v of rrset.values) {
    const plain = plainTxt(v);
    if (plain !== void 0) {
      out.push(plain);
      continue;
    }
    try {
      const rd = decodeRdata("TXT", v);
      out.push(rd.strings.join(""));
    } catch {
    }
  }
  return out;
}
function plainTxt(value) {
  const n = value.length;
  if (n < 2 || n - 2 > 255 || value.charCodeAt(0) !== 34 || value.charCodeAt(n - 1) !== 34)
    return void 0;
  for (let k = 1; k < n - 1; k++) {
    const c = value.charCodeAt(k);
    if (c < 32 || c > 126 || c === 34 || c === 92) return void 0;
  }
  return value.slice(1, -1);
}
function isSpf(text) {
  return /^v=spf1(?: |$)/i.test(text);
}
var MECHANISMS = /* @__PURE__ */ new Set(["all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists"]);
var NEEDS_DOMAIN = /* @__PURE__ */ new Set(["include", "exists"]);
var LOOKUP_MECHANISMS = /* @__PURE__ */ new Set(["include", "a", "mx", "ptr", "exists"]);
function parseSpf(text, term = parseTerm) {
  const terms = [];
  const errors = [];
  const parts = text.slice("v=spf1".length).split(" ");
  const seenModifiers = /* @__PURE__ */ new Set();
  for (const part of parts) {
    if (part === "") continue;
    const parsed = term(part);
    if (typeof parsed === "string") {
      errors.push(parsed);
      continue;
    }
    if (parsed.kind === "modifier" && (parsed.name === "redirect" || parsed.name === "exp")) {
      if (seenModifiers.has(parsed.name)) errors.push(`"${parsed.name}=" appears more than once`);
      seenModifiers.add(parsed.name);
    }
    terms.push(parsed);
  }
  return { terms, errors };
}
function parseTerm(text) {
  const modifier = /^([a-z][a-z0-9_.-]*)=(.*)$/i.exec(text);
  if (modifier) {
    const name2 = modifier[1].toLowerCase();
    const value = modifier[2];
    if (name2 === "redirect" || name2 === "exp") {
      if (!isDomainSpec(value)) return `"${text}": "${value}" is not a valid domain`;
    } else if (!isMacroString(value)) return `"${text}": not a valid macro string`;
    return { qualifier: "", name: name2, kind: "modifier", value, text };
  }
  const m = /^([+\-~?]?)([a-z0-9]+)(?:([:/])(.*))?$/i.exec(text);
  if (!m) return `"${text}" is not an SPF mechanism or modifier`;
  const qualifier = m[1];
  const name = m[2].toLowerCase();
  if (!MECHANISMS.has(name)) return `"${text}": unknown mechanism "${m[2]}"`;
  const sep = m[3];
  const rest = m[4] ?? "";
  const base = { qualifier, name, kind: "mechanism", text };
  if (name === "all") return sep ? `"${text}": "all" takes no argument` : base;
  if (name === "ip4" || name === "ip6") {
    if (sep !== ":") return `"${text}": ${name} needs an address`;
    const slash = rest.indexOf("/");
    const addr = slash < 0 ? rest : rest.slice(0, slash);
    const cidr2 = slash < 0 ? void 0 : rest.slice(slash + 1);
    const ok = name === "ip4" ? isIPv4(addr) : isIPv6(addr);
    if (!ok) return `"${text}": "${addr}" is not an ${name === "ip4" ? "IPv4" : "IPv6"} address`;
    if (cidr2 !== void 0 && !isCidr(cidr2, name === "ip4" ? 32 : 128))
      return `"${text}": "/${cidr2}" is not a valid prefix length`;
    return { ...base, value: addr };
  }
  let domain;
  let cidr;
  if (sep === ":") {
    const slash = rest.indexOf("/");
    domain = slash < 0 ? rest : rest.slice(0, slash);
    cidr = slash < 0 ? void 0 : rest.slice(slash);
  } else if (sep === "/") cidr = `/${rest}`;
  if (NEEDS_DOMAIN.has(name) && domain === void 0) return `"${text}": ${name} needs a domain`;
  if (domain !== void 0 && !isDomainSpec(domain))
    return `"${text}": "${domain}" is not a valid domain`;
  if (cidr !== void 0) {
    if (name !== "a" && name !== "mx") return `"${text}": ${name} takes no prefix length`;
    if (!isDualCidr(cidr)) return `"${text}": "${cidr}" is not a valid prefix length`;
  }
  return domain === void 0 ? base : { ...base, value: domain };
}
function isCidr(text, max) {
  return /^(0|[1-9][0-9]{0,2})$/.test(text) && Number(text) <= max;
}
function isDualCidr(text) {
  const m = /^(?:\/([0-9]+))?(?:\/\/([0-9]+))?$/.exec(text);
  return !!m && (m[1] !== void 0 || m[2] !== void 0) && (m[1] === void 0 || isCidr(m[1], 32)) && (m[2] === void 0 || isCidr(m[2], 128));
}
var MACRO = /%(?:\{[slodiphcrtv][0-9]*r?[.\-+,/_=]*\}|%|_|-)/gi;
function isMacroString(text) {
  const rest = text.replace(MACRO, "");
  return !/%/.test(rest) && /^[\x21-\x7e]*$/.test(rest);
}
function isDomainSpec(text) {
  if (text === "" || !isMacroString(text)) return false;
  if (/%\{[^}]*\}$/.test(text)) return true;
  const name = text.endsWith(".") ? text.slice(0, -1) : text;
  const labels = name.replace(MACRO, "x").split(".");
  if (labels.length < 2 || labels.some((l) => l === "" || l.length > 63)) return false;
  const top = labels[labels.length - 1];
  return /^[a-z0-9]*[a-z][a-z0-9]*$/i.test(top) || /^[a-z0-9]+-[a-z0-9-]*[a-z0-9]$/i.test(top);
}
function plainDomain(spec) {
  if (spec.includes("%")) return void 0;
  const lower = spec.toLowerCase();
  return lower.endsWith(".") ? lower : `${lower}.`;
}
function spfIndex(set) {
  const out = /* @__PURE__ */ new Map();
  for (const zone of set.zones)
    for (const rrset of indexZone(zone).ofType("TXT")) {
      const texts = sharedTexts(rrset).filter(isSpf);
      if (texts.length > 0) out.set(rrset.name, { texts, rrset, zone: zone.name });
    }
  return out;
}
function lookupCounter(index, parse = parseSpf) {
  const memo = /* @__PURE__ */ new Map();
  const targetOf3 = memoized(
    (t) => t.value === void 0 ? void 0 : plainDomain(t.value)
  );
  const visit = (at, path) => {
    const cached = memo.get(at);
    if (cached) return cached;
    if (path.includes(at)) return { count: 0, external: [], loop: [...path, at] };
    const entry = index.get(at);
    const text = entry?.texts.length === 1 ? entry.texts[0] : void 0;
    if (text === void 0) return { count: 0, external: [] };
    const record = parse(text);
    const hasAll = record.terms.some((t) => t.kind === "mechanism" && t.name === "all");
    let count2 = 0;
    const external = [];
    let loop;
    for (const t of record.terms) {
      const follows = t.kind === "mechanism" && t.name === "include" || t.kind === "modifier" && t.name === "redirect" && !hasAll;
      const counts2 = t.kind === "mechanism" && LOOKUP_MECHANISMS.has(t.name) || follows;
      if (!counts2) continue;
      count2++;
      if (!follows || t.value === void 0) continue;
      const target = targetOf3(t);
      if (target && index.has(target)) {
        const inner = visit(target, [...path, at]);
        count2 += inner.count;
        external.push(...inner.external);
        loop ??= inner.loop;
      } else external.push(t.value);
    }
    const result = loop ? { count: count2, external, loop } : { count: count2, external };
    if (!loop) memo.set(at, result);
    return result;
  };
  return (name) => visit(name, []);
}
function memoParseSpf() {
  const term = memoized(parseTerm);
  return memoized((text) => parseSpf(text, term));
}

// src/rules/checks/dmarc-weakened.ts
var STRENGTH = { none: 0, quarantine: 1, reject: 2 };
function parseDmarc(text) {
  const tags2 = /* @__PURE__ */ new Map();
  const parts = text.split(";").map((s) => s.trim());
  if (!/^v\s*=\s*DMARC1$/i.test(parts[0] ?? "")) return void 0;
  for (const part of parts.slice(1)) {
    const eq = part.indexOf("=");
    if (eq > 0) tags2.set(part.slice(0, eq).trim().toLowerCase(), part.slice(eq + 1).trim());
  }
  const policy = (v) => {
    const lower = v?.toLowerCase();
    return lower === "none" || lower === "quarantine" || lower === "reject" ? lower : void 0;
  };
  const p = policy(tags2.get("p"));
  if (!p) return void 0;
  const sp = policy(tags2.get("sp")) ?? p;
  const pctText = tags2.get("pct");
  const pct = pctText && /^\d{1,3}$/.test(pctText) ? Math.min(100, Number(pctText)) : 100;
  return {
    p,
    sp,
    np: policy(tags2.get("np")) ?? sp,
    pct,
    testing: tags2.get("t")?.toLowerCase() === "y",
    adkim: tags2.get("adkim")?.toLowerCase() === "s" ? "s" : "r",
    aspf: tags2.get("aspf")?.toLowerCase() === "s" ? "s" : "r"
  };
}
function dmarcOf(rrset) {
  if (!rrset) return { count: 0 };
  const records = txtTexts(rrset).filter((t) => /^v\s*=\s*DMARC1/i.test(t));
  if (records.length !== 1) return { count: records.length };
  const policy = parseDmarc(records[0]);
  return policy ? { policy, count: 1 } : { count: 1 };
}
function weakenings(before, after) {
  const out = [];
  const relaxed = (tag, label) => {
    if (STRENGTH[after[tag]] < STRENGTH[before[tag]])
      out.push(`${label} relaxed from ${before[tag]} to ${after[tag]}`);
  };
  relaxed("p", "policy (p)");
  if (before.sp !== before.p || after.sp !== after.p) relaxed("sp", "subdomain policy (sp)");
  if (before.np !== before.sp || after.np !== after.sp)
    relaxed("np", "non-existent subdomain policy (np)");
  if (after.pct < before.pct && after.p !== "none")
    out.push(
      `pct lowered from ${before.pct} to ${after.pct}: the policy applies to fewer messages`
    );
  if (after.testing && !before.testing) out.push("test mode (t=y) switched on");
  if (before.adkim === "s" && after.adkim === "r") out.push("DKIM alignment relaxed (adkim=r)");
  if (before.aspf === "s" && after.aspf === "r") out.push("SPF alignment relaxed (aspf=r)");
  return out;
}
var dmarcWeakened = {
  id: "dmarc-weakened",
  defaultSeverity: "medium",
  title: "DMARC policy removed or relaxed",
  why: "DMARC tells receivers to reject or quarantine mail that fakes the domain. Removing or relaxing it lets anyone send convincing phishing in the domain\u2019s name again.",
  fix: "Keep the DMARC record and its policy; if a mail source fails DMARC, fix its SPF/DKIM alignment instead. Relax only on purpose, for a short time, with reports (rua) watched.",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      if (d.status === "removed" || !d.before) continue;
      for (const c of d.changes) {
        if (c.type !== "TXT" || c.ttlOnly || !c.name.startsWith("_dmarc.")) continue;
        const was = dmarcOf(c.before);
        if (!was.policy) continue;
        const now = dmarcOf(c.after);
        const domain = c.name.slice("_dmarc.".length);
        let message;
        if (now.count === 0)
          message = sentence(
            `The DMARC record of ${domain} (p=${was.policy.p}) is removed: receivers no longer reject mail that fakes ${domain}`
          );
        else if (now.count > 1)
          message = `${c.name} now has ${now.count} DMARC records: receivers ignore them all (RFC 7489 \xA76.6.3), which removes the p=${was.policy.p} policy.`;
        else if (!now.policy)
          message = `The DMARC record of ${domain} no longer has a valid "v=DMARC1; p=\u2026": receivers ignore it, which removes the p=${was.policy.p} policy.`;
        else {
          const weaker = weakenings(was.policy, now.policy);
          if (weaker.length > 0)
            message = sentence(`DMARC for ${domain} is weakened: ${weaker.join("; ")}`);
        }
        if (!message) continue;
        out.push({
          introduced: true,
          zone: d.zone,
          name: c.name,
          type: "TXT",
          message,
          location: c.after?.location ?? c.before?.location
        });
      }
    }
    return out;
  }
};

// src/live/dnssec/verdict.ts
var HALF = 2 ** 31;
var INCEPTION_SKEW_MS = 5 * 6e4;
function absoluteTime(serial, nowMs) {
  const now32 = Math.floor(nowMs / 1e3) % 2 ** 32;
  let diff = (serial >>> 0) - now32;
  if (diff >= HALF) diff -= 2 ** 32;
  else if (diff < -HALF) diff += 2 ** 32;
  return (Math.floor(nowMs / 1e3) + diff) * 1e3;
}
function judge(checks, now) {
  const nowMs = now.getTime();
  const valid = checks.filter((c) => c.outcome === "valid");
  if (valid.length > 0) {
    let best;
    let ended;
    let begins;
    for (const c of valid) {
      const from = absoluteTime(c.inception, nowMs);
      const until = absoluteTime(c.expiration, nowMs);
      if (from > nowMs + INCEPTION_SKEW_MS) {
        if (!begins || from < begins.at) begins = { at: from, keyTag: c.keyTag };
      } else if (until < nowMs) {
        if (!ended || until > ended.at) ended = { at: until, keyTag: c.keyTag };
      } else if (!best || until > best.until) best = { from, until, keyTag: c.keyTag };
    }
    if (best) return { kind: "secure", ...best };
    return { kind: "expired", ...ended ? { ended } : {}, ...begins ? { begins } : {} };
  }
  if (checks.length === 0) return { kind: "bogus", why: "no RRSIG" };
  const judgeable = checks.filter(
    (c) => c.outcome !== "unsupported" && c.outcome !== "unverifiable"
  );
  if (judgeable.length === 0) {
    const c = checks[0];
    return {
      kind: "unknown",
      why: c.outcome === "unsupported" ? `signed with algorithm ${c.algorithm} only, which is not checked` : `the signed data cannot be rebuilt (${c.detail ?? "unusual data"})`
    };
  }
  return { kind: "bogus", why: judgeable.map(describeFailure).join("; ") };
}
function describeFailure(c) {
  const sig = `RRSIG ${c.keyTag}/${c.algorithm}`;
  switch (c.outcome) {
    case "no-key":
      return `${sig}: no such key in the DNSKEY set`;
    case "bad-signature":
      return `${sig}: the signature does not verify${c.detail ? ` (${c.detail})` : ""}`;
    default:
      return `${sig}: ${c.detail ?? c.outcome}`;
  }
}
function utc(ms) {
  return `${new Date(ms).toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

// src/rules/dnssec-facts.ts
function judgeZone(lz, now) {
  const facts = lz.dnssec;
  if (!facts || !facts.keySets.some((k) => k.dsKeys.length > 0)) return void 0;
  const judged = facts.rrsets.map((r) => {
    const keySet = facts.keySets[r.keySet];
    return {
      name: r.name,
      type: r.type,
      ttl: r.ttl,
      server: r.server,
      keySet,
      verdict: judge(r.signatures, now),
      sigTags: [...new Set(r.signatures.map((s) => s.keyTag))]
    };
  });
  const isDnskey = (j) => j.name === lz.zone && j.type === "DNSKEY";
  const anchored = facts.keySets.filter(
    (set) => judged.some(
      (j) => isDnskey(j) && j.keySet === set && (j.verdict.kind === "secure" || j.verdict.kind === "expired")
    )
  );
  const withKeys = new Set(facts.keySets.flatMap((k) => k.servers));
  const own = (server, set) => set.servers.includes(server) || !withKeys.has(server) && set === anchored[0];
  const all = judged.map((j) => ({ ...j, own: own(j.server, j.keySet) }));
  const dnskey = all.filter(isDnskey);
  const rrsets = all.filter((j) => !isDnskey(j) && anchored.includes(j.keySet));
  return { zone: lz.zone, keySets: facts.keySets, dnskey, rrsets };
}
function byRRset(list2) {
  const groups = /* @__PURE__ */ new Map();
  for (const j of list2) {
    const k = `${j.name} ${j.type}`;
    const g = groups.get(k);
    if (g) g.push(j);
    else groups.set(k, [j]);
  }
  return [...groups.values()];
}
function* judgedZones(ctx) {
  for (const { key, apex, head } of zonePairs(ctx)) {
    const lz = liveZone(ctx, apex);
    const judged = lz && judgeZone(lz, ctx.now);
    if (judged) yield { key, apex, head, judged };
  }
}
function rrsetLocation(head, name, type) {
  return findRRset(head, name, type)?.location ?? head?.location;
}

// src/rules/checks/dnssec-bogus.ts
var tags = (list2) => list2.length > 0 ? list2.join(", ") : "none";
var dnssecBogus = {
  id: "dnssec-bogus",
  defaultSeverity: "critical",
  title: "Signed data that does not validate",
  why: "A validating resolver that cannot build a chain of valid signatures from the parent's DS to an answer treats the answer as bogus and returns SERVFAIL: for a broken DNSKEY set, every name of the zone; for one RRset, that RRset.",
  fix: "Sign the DNSKEY set with a key the parent's DS references (or update the DS), re-sign the failing RRsets, and in a multi-signer setup publish every provider's zone-signing keys in every provider's DNSKEY set (RFC 8901).",
  check(ctx) {
    const out = [];
    for (const { key, apex, head, judged } of judgedZones(ctx)) {
      const at = (name, type) => rrsetLocation(head, name, type);
      const dsTags = [...new Set(judged.keySets.flatMap((k) => k.dsKeys))];
      for (const set of judged.keySets) {
        const bad = judged.dnskey.filter((j) => j.keySet === set && j.verdict.kind === "bogus");
        if (bad.length === 0) continue;
        const signedBy = [...new Set(bad.flatMap((j) => j.sigTags))];
        const how = set.dsKeys.length === 0 ? `holds no key a DS at the parent references (DS key tags ${tags(dsTags)})` : `is signed only by keys ${tags(signedBy)}, and no valid signature by a key a DS references (${tags(set.dsKeys)})`;
        const location = at(apex, "DNSKEY");
        out.push({
          introduced: false,
          zone: key,
          name: apex,
          type: "DNSKEY",
          key: set.servers.join(" "),
          message: sentence(
            `The DNSKEY set served by ${listValues(set.servers, 3)} ${how}: validating resolvers that get it answer SERVFAIL for every name in ${apex}`
          ),
          ...location ? { location } : {}
        });
      }
      const withKeys = new Set(judged.keySets.flatMap((k) => k.servers));
      const own = judged.rrsets.filter((j) => j.own);
      const keyless = own.filter((j) => !withKeys.has(j.server) && j.verdict.kind === "bogus");
      for (const server of new Set(keyless.map((j) => j.server))) {
        const bad = keyless.filter((j) => j.server === server);
        const why = [...new Set(bad.map((j) => j.verdict.kind === "bogus" ? j.verdict.why : ""))];
        out.push({
          introduced: false,
          zone: key,
          name: apex,
          type: "DNSKEY",
          key: `keyless ${server}`,
          message: sentence(
            `${server} serves no DNSKEY set for ${apex} and its answers (${listValues(
              bad.map((j) => `${j.name} ${j.type}`),
              3
            )}) do not validate (${why.join("; ")}): it serves an unsigned or differently signed copy, and validating resolvers that ask it answer SERVFAIL`
          ),
          ...head?.location ? { location: head.location } : {}
        });
      }
      for (const group of byRRset(own.filter((j) => withKeys.has(j.server)))) {
        const bad = group.filter((j) => j.verdict.kind === "bogus");
        if (bad.length === 0) continue;
        const { name, type } = bad[0];
        const why = [...new Set(bad.map((j) => j.verdict.kind === "bogus" ? j.verdict.why : ""))];
        const location = at(name, type);
        out.push({
          introduced: false,
          zone: key,
          name,
          type,
          message: sentence(
            `${name} ${type} as served by ${listValues([...new Set(bad.map((j) => j.server))], 3)} does not validate (${why.join("; ")}): validating resolvers answer SERVFAIL for it`
          ),
          ...location ? { location } : {}
        });
      }
      const crossed = /* @__PURE__ */ new Map();
      const fine = new Set(
        own.filter((j) => j.verdict.kind === "secure").map((j) => `${j.server} ${j.name} ${j.type}`)
      );
      for (const j of judged.rrsets) {
        if (j.own || j.verdict.kind !== "bogus") continue;
        if (!fine.has(`${j.server} ${j.name} ${j.type}`)) continue;
        const answering = judged.keySets.find((k2) => k2.servers.includes(j.server));
        const k = `${answering?.servers.join(" ")}|${j.keySet.servers.join(" ")}`;
        const list2 = crossed.get(k);
        if (list2) list2.push(j);
        else crossed.set(k, [j]);
      }
      for (const list2 of crossed.values()) {
        const answering = [...new Set(list2.map((j) => j.server))];
        const against = list2[0].keySet;
        const missing = [...new Set(list2.flatMap((j) => j.sigTags))].filter(
          (t) => !against.dnskey.some((v) => keyTagOf(v) === t)
        );
        const rrsets = [...new Set(list2.map((j) => `${j.name} ${j.type}`))];
        const how = missing.length > 0 ? `are signed by key ${tags(missing)}, which the DNSKEY set served by ${listValues(against.servers, 3)} lacks` : `do not validate with the DNSKEY set served by ${listValues(against.servers, 3)}`;
        out.push({
          introduced: false,
          zone: key,
          name: apex,
          type: "DNSKEY",
          key: `multi-signer ${answering.join(" ")} | ${against.servers.join(" ")}`,
          message: sentence(
            `Answers from ${listValues(answering, 3)} (${listValues(rrsets, 3)}) ${how}: a resolver holding that set finds them bogus and answers SERVFAIL (RFC 8901: every signer's DNSKEY set must hold every signer's zone-signing keys)`
          ),
          ...head?.location ? { location: head.location } : {}
        });
      }
    }
    return out;
  }
};
function keyTagOf(value) {
  const k = parseDnskey(value);
  return k ? keyTag(k) : void 0;
}

// src/rules/checks/dnssec-disable.ts
var dnssecDisable = {
  id: "dnssec-disable",
  defaultSeverity: "critical",
  title: "DNSSEC is switched off while the parent still publishes DS",
  why: "With a DS at the parent, validating resolvers require signatures. A zone that stops signing before the DS is gone (and its TTL has passed) fails validation: SERVFAIL for every name, for as long as resolvers cache the DS.",
  fix: "First remove the DS at the registrar, wait at least the DS TTL (often a day), then turn signing off in a later change.",
  check(ctx) {
    const out = [];
    for (const { key, apex, base, head } of zonePairs(ctx)) {
      if (!head) continue;
      const turnedOff = head.dnssec === "off" && base?.dnssec !== "off";
      const baseKeys = findRRset(base, apex, "DNSKEY");
      const headKeys = findRRset(head, apex, "DNSKEY");
      const keysRemoved = (baseKeys?.values.length ?? 0) > 0 && !headKeys;
      if (!turnedOff && !keysRemoved) continue;
      const what2 = turnedOff ? "turns DNSSEC signing off" : "removes every DNSKEY";
      const location = (keysRemoved ? baseKeys?.location : void 0) ?? head.location;
      const lz = liveZone(ctx, apex);
      if (lz?.delegation) {
        if (lz.delegation.ds.length === 0) continue;
        const ttl = lz.delegation.dsTtl === void 0 ? "" : ` (TTL ${lz.delegation.dsTtl} s)`;
        const signed = servedDnskeys(lz).length > 0 ? " and the zone is signed today" : "";
        out.push({
          introduced: true,
          zone: key,
          name: apex,
          type: "DNSKEY",
          message: sentence(
            `This change ${what2} for ${apex} while ${lz.delegation.parent} still publishes ${lz.delegation.ds.length} DS${ttl}${signed}`
          ),
          ...location ? { location } : {}
        });
      } else {
        out.push({
          introduced: true,
          zone: key,
          name: apex,
          type: "DNSKEY",
          severity: "high",
          message: `This change ${what2} for ${apex}; live DNS could not confirm whether the parent still publishes DS \u2014 check \`dig DS ${apex}\` before merging.`,
          ...location ? { location } : {}
        });
      }
    }
    return out;
  }
};

// src/rules/registry-facts.ts
function registrations(ctx) {
  const out = [];
  for (const fact of ctx.registry?.domains ?? []) {
    if (fact.outcome !== "found" || !fact.registration) continue;
    const diffs = ctx.diffs.filter((d) => fact.zones.includes(d.name));
    const own = diffs.find((d) => d.name === fact.domain) ?? diffs[0];
    if (!own) continue;
    const zone = own.after ?? own.before;
    out.push({
      fact,
      registration: fact.registration,
      zone: own.zone,
      ...zone?.location ? { location: zone.location } : {}
    });
  }
  return out;
}
function rdapSource(fact) {
  return fact.url ? new URL(fact.url).host : "the registry";
}

// src/rules/checks/domain-expiring.ts
var DAY = 864e5;
var HIGH_DAYS = 30;
var MEDIUM_DAYS = 90;
var domainExpiring = {
  id: "domain-expiring",
  defaultSeverity: "high",
  title: "The domain registration expires soon",
  why: "When a registration lapses the registry takes the domain out of the DNS (every name stops resolving), and after the grace periods anyone may register it and receive its mail and traffic.",
  fix: "Renew the domain at the registrar now, and turn on auto-renew with a payment method that will still work at the next renewal.",
  check(ctx) {
    const out = [];
    for (const { fact, registration, zone, location } of registrations(ctx)) {
      const dates = registration.events.filter((e) => e.action === "expiration").map((e) => Date.parse(e.date));
      if (dates.length === 0) continue;
      const expires = Math.min(...dates);
      const days = Math.floor((expires - ctx.now.getTime()) / DAY);
      if (days > MEDIUM_DAYS) continue;
      const when = new Date(expires).toISOString().slice(0, 10);
      out.push({
        introduced: false,
        zone,
        name: fact.domain,
        severity: days <= HIGH_DAYS ? "high" : "medium",
        message: expires <= ctx.now.getTime() ? `The registration of ${fact.domain} expired on ${when} (registry: ${rdapSource(fact)}).` : `The registration of ${fact.domain} expires on ${when}, in ${days} day${days === 1 ? "" : "s"} (registry: ${rdapSource(fact)}).`,
        ...location ? { location } : {}
      });
    }
    return out;
  }
};

// src/rules/checks/drift.ts
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
var ADOPT_FIX = {
  dnscontrol: "Bring what the zone holds now into the config before the first push (dnscontrol get-zones writes it as a D()), or mark what others manage with IGNORE()/NO_PURGE.",
  octodns: "Bring what the zone holds now into the zone file before the first sync (octodns-dump writes it), or mark what others manage with octodns: ignored: true or a filter.",
  terraform: "Terraform creates only the records it declares and leaves the rest alone, but creating a record that already exists fails (Route 53 without allow_overwrite, Cloudflare): import what the zone holds now (an import block or terraform import) before the first apply.",
  bind: "Start the zone file from what the zone serves now (a zone transfer or the provider export), so loading it changes only what this pull request means to change."
};
function adoptedZone(ctx, d) {
  const lz = liveZone(ctx, d.name);
  const head = d.after;
  if (d.before || !head || !lz || !lz.servers.some((s) => s.authoritative)) return void 0;
  if (pushWritesNothing(head)) return void 0;
  const changes = ctx.apply.get(d.zone) ?? [];
  const removed = changes.filter((c) => c.kind === "remove");
  const modified = changes.filter((c) => c.kind === "modify");
  const known = removed.length + modified.length;
  const names = (cs) => listValues(
    cs.map((c) => `${c.name} ${c.type}`),
    3
  );
  const effects = [
    ...removed.length > 0 ? [`deletes ${plural(removed.length, "live RRset")} (${names(removed)})`] : [],
    ...modified.length > 0 ? [`overwrites ${plural(modified.length, "live RRset")} (${names(modified)})`] : []
  ];
  const asked = lz.rrsets.length + lz.absent.length;
  const rest = head.noPurge ? "NO_PURGE keeps the live records the config does not name." : `It also deletes every live record whose name and type the config does not list: live DNS was asked only about the ${plural(asked, "name and type", "names and types")} the config names, so those are not counted here.`;
  if (known === 0 && head.noPurge) return void 0;
  return {
    introduced: true,
    zone: d.zone,
    name: d.name,
    key: "adopted-zone",
    message: `${d.name} is new in the ${d.format} config but live DNS already serves it: the first push makes the zone what the config says${effects.length > 0 ? ` and ${effects.join(" and ")}` : ""}. ${rest}`,
    fix: ADOPT_FIX[d.format],
    ...head.location ? { location: head.location } : {}
  };
}
function what(c) {
  if (c.kind === "add") return `exists live but not in git (${describeChange(c)})`;
  if (c.kind === "remove") return `is in git but missing live (${describeChange(c)})`;
  return `differs live from git (git \u2192 live: ${describeChange(c)})`;
}
var drift = {
  id: "drift",
  defaultSeverity: "medium",
  title: "Live DNS differs from git for records this change touches or would purge",
  why: "A record changed outside git (a console edit, an emergency fix, a verification token) is overwritten or deleted by the next push; nobody reviewing the diff sees it.",
  fix: "Bring the live value into the repository in this pull request (or mark the record unmanaged/IGNORE), or confirm that reverting it is intended.",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      const adopted = adoptedZone(ctx, d);
      if (adopted) out.push(adopted);
      const drifted = ctx.drift.get(d.zone) ?? [];
      if (drifted.length === 0) continue;
      const applied = new Set((ctx.apply.get(d.zone) ?? []).map(rrsetKey));
      const touched = new Set(d.changes.map(rrsetKey));
      for (const c of drifted) {
        const k = rrsetKey(c);
        if (!applied.has(k)) continue;
        const introduced = touched.has(k);
        const loc = (d.after && indexZone(d.after).rrset(c.name, c.type))?.location ?? c.before?.location;
        out.push({
          introduced,
          zone: d.zone,
          name: c.name,
          type: c.type,
          message: `${c.name} ${c.type} ${what(c)}; the next push ${c.kind === "add" ? "deletes" : c.kind === "remove" ? "re-creates" : "overwrites"} it.`,
          ...loc ? { location: loc } : {}
        });
      }
    }
    return out;
  }
};

// src/rules/checks/ds-change.ts
var dsChange = {
  id: "ds-change",
  defaultSeverity: "critical",
  title: "A DS record changes",
  why: "DS records chain trust to a signed child zone. A DS that matches no key the child serves makes every validating resolver return SERVFAIL for the whole child zone, and resolvers cache DS for its TTL (often a day).",
  fix: "Publish the new DS only once the child serves the matching DNSKEY; keep the old DS until the old key is gone and one DS TTL has passed. Compare with `dig DS` and `dig DNSKEY` before merging.",
  absorbs: ["ttl-not-lowered"],
  // how long caches keep the old RRset is part of this change
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      for (const c of d.changes) {
        if (c.type !== "DS" && c.type !== "CDS" || c.ttlOnly) continue;
        out.push({
          introduced: true,
          zone: d.zone,
          name: c.name,
          type: c.type,
          message: `${c.type} of ${c.name} changes (${describeChange(c)}).`,
          location: changeLocation(c)
        });
      }
    }
    return out;
  }
};

// src/rules/checks/ds-mismatch.ts
function judgeDs(owner, dsValues, keyValues) {
  const ds = dsValues.map(parseDs).filter((d) => d !== void 0);
  if (ds.length === 0) return "ok";
  const keys = keyValues.map(parseDnskey).filter((k) => k !== void 0 && isUsableKey(k));
  if (keys.length === 0) return "unsigned";
  let checkable = false;
  for (const d of ds) {
    const m = matchDs(owner, d, keys);
    if (m.kind === "match") return "ok";
    if (m.kind === "no-match") checkable = true;
  }
  return checkable ? "no-match" : "unknown";
}
function describe2(verdict, owner, ds) {
  const tags2 = ds.map(parseDs).filter((d) => d).map((d) => `${d.keyTag}/${d.algorithm}`).join(", ");
  return verdict === "unsigned" ? `the parent publishes DS (${tags2}) for ${owner} but the zone serves no usable DNSKEY` : `no DS for ${owner} (${tags2}) matches a DNSKEY the zone serves`;
}
var dsMismatch = {
  id: "ds-mismatch",
  defaultSeverity: "critical",
  title: "A DS matches no DNSKEY the child zone serves",
  why: "Validating resolvers (most public ones) return SERVFAIL for every name in a zone whose DS set points at no key the zone serves: the zone disappears for a large share of users until the DS is fixed and its TTL has expired.",
  fix: "Publish a DS computed from a key the zone serves (`dig DNSKEY zone | dnssec-dsfromkey -f - zone`), or serve the key the DS points to; when moving providers, add the new provider's key before switching NS.",
  check(ctx) {
    const out = [];
    for (const { key, apex, base, head } of zonePairs(ctx)) {
      const lz = liveZone(ctx, apex);
      if (lz?.delegation && lz.delegation.ds.length > 0) {
        const served = servedDnskeys(lz);
        const now = judgeDs(apex, lz.delegation.ds, served);
        const headKeys = findRRset(head, apex, "DNSKEY")?.values;
        const after = head && headKeys ? judgeDs(apex, lz.delegation.ds, headKeys) : now;
        const bad = (v) => v === "no-match" || v === "unsigned";
        if (bad(after) || bad(now)) {
          const introduced = bad(after) && !bad(now);
          out.push({
            introduced,
            zone: key,
            name: apex,
            type: "DS",
            message: introduced ? `After this change ${describe2(after, apex, lz.delegation.ds)}: the parent ${lz.delegation.parent} still publishes that DS.` : `Live DNS: ${describe2(now, apex, lz.delegation.ds)} (DS at ${lz.delegation.parent}).`,
            ...head?.location ? { location: head.location } : {}
          });
        }
      }
      for (const rr of head?.rrsets ?? []) {
        if (rr.type !== "DS" || rr.name === apex || !isInZone(rr.name, apex)) continue;
        const childKeys = childDnskeys(ctx, rr.name);
        if (!childKeys) continue;
        const v = judgeDs(rr.name, rr.values, childKeys);
        if (v !== "no-match" && v !== "unsigned") continue;
        const before = findRRset(base, rr.name, "DS");
        const unchanged = before && before.values.join("\n") === rr.values.join("\n");
        out.push({
          introduced: !unchanged,
          zone: key,
          name: rr.name,
          type: "DS",
          message: sentence(`${describe2(v, rr.name, rr.values)}`),
          ...rr.location ? { location: rr.location } : {}
        });
      }
    }
    return out;
  }
};
function childDnskeys(ctx, child) {
  const inRepo = ctx.head.zones.find((z) => z.name === child);
  const rr = findRRset(inRepo, child, "DNSKEY");
  if (rr) return rr.values;
  const lz = liveZone(ctx, child);
  if (lz) {
    const served = servedDnskeys(lz);
    return lz.servers.some((s) => s.authoritative) ? served : void 0;
  }
  for (const z of ctx.live?.zones ?? []) {
    const fact = z.keys?.find((k) => k.name === child);
    if (fact && fact.rcode === "NOERROR") return fact.dnskey;
  }
  return void 0;
}

// src/rules/checks/lame-delegation.ts
var lameDelegation = {
  id: "lame-delegation",
  defaultSeverity: "high",
  title: "A delegated nameserver does not answer authoritatively",
  why: "Resolvers that pick a lame server retry elsewhere (slow answers) or fail; a provider that no longer hosts the zone may let anyone claim it there and answer for your names.",
  fix: "Make the server serve the zone again, or remove it from the NS set at the registrar and in the zone.",
  check(ctx) {
    const out = [];
    for (const { key, apex } of delegatedZonePairs(ctx)) {
      const lz = liveZone(ctx, apex);
      if (!lz?.delegation) continue;
      const byName = /* @__PURE__ */ new Map();
      for (const s of lz.servers) {
        if (s.authoritative) continue;
        const e = byName.get(s.name) ?? { addresses: [], errors: [], silent: true };
        e.addresses.push(s.address);
        if (s.error) e.errors.push(s.error);
        if (s.responded) e.silent = false;
        byName.set(s.name, e);
      }
      for (const [name, e] of byName) {
        const how = e.silent ? "does not answer at all" : `answers without authority (${[...new Set(e.errors)].join("; ")})`;
        out.push({
          introduced: false,
          zone: key,
          name: apex,
          type: "NS",
          key: name,
          message: sentence(
            `Nameserver ${name} (${e.addresses.join(", ")}), delegated by ${lz.delegation.parent}, ${how} for ${apex}`
          )
        });
      }
    }
    return out;
  }
};

// src/rules/checks/mass-change.ts
function toolSays(format, octodnsRefuses) {
  if (format === "octodns")
    return octodnsRefuses ? "octoDNS refuses such a plan without --force" : "under octoDNS\u2019s own thresholds, so octoDNS applies it without --force";
  if (format === "dnscontrol") return "dnscontrol push applies all of it in one run";
  return "the zone file is served as written once the server reloads it";
}
function renumbering(updates) {
  let pair;
  for (const c of updates) {
    const removed = c.before.values.filter((v) => !c.after.values.includes(v));
    const added = c.after.values.filter((v) => !c.before.values.includes(v));
    if (removed.length !== 1 || added.length !== 1) return void 0;
    if (pair && (pair.from !== removed[0] || pair.to !== added[0])) return void 0;
    pair = { from: removed[0], to: added[0] };
  }
  return updates.length >= 2 ? pair : void 0;
}
function judgeZone2(d, t) {
  const existing = d.before.rrsets.length;
  if (existing < t.minExisting) return void 0;
  const modified = d.changes.filter((c) => c.kind === "modify");
  const updates = modified.filter((c) => !c.ttlOnly);
  const deletes = d.changes.filter((c) => c.kind === "remove").length;
  const updateShare = updates.length / existing;
  const deleteShare = deletes / existing;
  const octodnsRefuses = modified.length / existing > t.updatePercent || deleteShare > t.deletePercent;
  const manyUpdates = updateShare > t.updatePercent;
  const manyDeletes = deleteShare > t.deletePercent;
  const parts = [];
  if (manyDeletes)
    parts.push(
      `${deletes} of ${existing} RRsets deleted (${percent(deleteShare)} > ${percent(t.deletePercent)})`
    );
  if (manyUpdates)
    parts.push(
      `${updates.length} of ${existing} RRsets get new values (${percent(updateShare)} > ${percent(t.updatePercent)})`
    );
  const shared = manyUpdates ? renumbering(updates) : void 0;
  let severity;
  let message;
  if (parts.length > 0) {
    severity = manyDeletes || !shared ? "high" : "medium";
    const one = shared ? `; every one of the ${updates.length} changes replaces one shared value, ${shared.from} \u2192 ${shared.to}` : "";
    message = `A large share of ${d.name} changes at once: ${parts.join(" and ")}${one}; ${toolSays(d.format, octodnsRefuses)}.`;
  } else if (d.format === "octodns" && octodnsRefuses) {
    severity = "low";
    message = `${modified.length} of ${existing} RRsets of ${d.name} are updated, ${modified.length - updates.length} of them only in their TTL: the answers stay the same, but octoDNS counts every update and refuses the plan without --force.`;
  } else return void 0;
  return {
    introduced: true,
    zone: d.zone,
    name: d.name,
    key: "zone",
    severity,
    message,
    ...shared ? {
      fix: `Check that ${shared.to} serves every one of the ${updates.length} names (${listValues(
        updates.map((c) => c.name),
        3
      )}) before merging; split the change if some are not ready.`
    } : {},
    ...d.after?.location ? { location: d.after.location } : {}
  };
}
var massChange = {
  id: "mass-change",
  defaultSeverity: "high",
  title: "A large share of a zone changes at once",
  why: "Changing or deleting a large share of a zone in one push is how a bad generator, a wrong file or a mis-merge wipes a domain; octoDNS refuses such plans without --force for the same reason.",
  fix: "Check the change is intended; split it into smaller pull requests, or accept the risk with the override label.",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      if (!d.before || !d.after) continue;
      const finding = judgeZone2(d, { ...ctx.policy.massChange, ...d.after.thresholds });
      if (finding) out.push(finding);
    }
    return out;
  }
};

// src/rules/checks/migration-not-ready.ts
var plural2 = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function problems(c, lz, apex) {
  if (!c.authoritative)
    return [`does not answer authoritatively for ${apex} (${c.error ?? "no authoritative SOA"})`];
  const out = [];
  const missing = c.missingCount ?? c.missing.length;
  const differing = c.differingCount ?? c.differing.length;
  if (missing > 0 || differing > 0) {
    const parts = [
      missing > 0 ? `missing: ${listValues(c.missing, 3)}${c.missingCount ? ` (${missing} in all)` : ""}` : "",
      differing > 0 ? `different data: ${listValues(c.differing, 3)}${c.differingCount ? ` (${differing} in all)` : ""}` : ""
    ].filter(Boolean);
    out.push(
      `serves ${c.served} of ${plural2(c.expected, "RRset")} as head has them; ${parts.join("; ")}`
    );
  }
  const keyProblem = dnskeyProblem(c, lz, apex);
  if (keyProblem) out.push(keyProblem);
  return out;
}
function dnskeyProblem(c, lz, apex) {
  const ds = (lz.delegation?.ds ?? []).map(parseDs).filter((d) => d !== void 0);
  if (ds.length === 0) return void 0;
  const keys = (c.dnskey ?? []).map(parseDnskey).filter((k) => k !== void 0);
  if (keys.length === 0)
    return `serves no DNSKEY while ${lz.delegation.parent} publishes DS for ${apex}: validating resolvers would reject its answers`;
  const matches = ds.map((d) => matchDs(apex, d, keys).kind);
  if (matches.includes("match") || matches.every((m) => m === "unknown-digest")) return void 0;
  return `serves a DNSKEY set that none of the ${plural2(ds.length, "DS record")} at ${lz.delegation.parent} matches: validating resolvers would reject its answers`;
}
var migrationNotReady = {
  id: "migration-not-ready",
  defaultSeverity: "critical",
  title: "A nameserver this change delegates to is not ready to serve the zone",
  why: "Once the delegation names a new server, resolvers ask it: records it lacks vanish for them, records it holds differently change, and a server that does not answer for the zone, or whose keys no DS at the parent matches, makes the zone fail for everyone who reaches it (for validating resolvers, every answer).",
  fix: "Load the complete zone into the new provider (and, for a signed zone, publish a DS for its key at the parent or go insecure first), check its answers, and only then change the nameservers; or keep the old nameservers in this change until it is ready.",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      if (!d.after) continue;
      const lz = liveZone(ctx, d.name);
      if (!lz?.candidates) continue;
      const byName = /* @__PURE__ */ new Map();
      for (const c of lz.candidates) {
        const found = problems(c, lz, d.name);
        if (found.length === 0) continue;
        const e = byName.get(c.name) ?? { addresses: [], problems: [] };
        if (c.address) e.addresses.push(c.address);
        for (const p of found) if (!e.problems.includes(p)) e.problems.push(p);
        byName.set(c.name, e);
      }
      const ns = findRRset(d.after, d.name, "NS");
      const location = ns?.location ?? d.after.location;
      for (const [name, e] of byName)
        out.push({
          introduced: true,
          zone: d.zone,
          name: d.name,
          type: "NS",
          key: name,
          message: sentence(
            `${name}${e.addresses.length > 0 ? ` (${e.addresses.join(", ")})` : ""}, a nameserver this change delegates ${d.name} to, ${e.problems.join("; and ")}`
          ),
          ...location ? { location } : {}
        });
    }
    return out;
  }
};

// src/rules/checks/missing-glue.ts
function configFindings(set) {
  const out = [];
  for (const z of set.zones) {
    const index = indexZone(z);
    const hasAddress = index.addressOwners;
    const local = specialUseZone(z.name) !== void 0;
    for (const r of index.ofType("NS")) {
      if (local && r.name === z.name) continue;
      for (const ns of r.values) {
        if (!isInZone(ns, r.name) || !isInZone(ns, z.name) || hasAddress.has(ns)) continue;
        out.push({
          zone: zoneKey(z),
          name: r.name,
          type: r.type,
          key: ns,
          ...r.location ? { location: r.location } : {},
          message: `Nameserver ${ns} of ${r.name} lies inside the zone but has no A or AAAA record there.`
        });
      }
    }
  }
  return out;
}
var missingGlue = {
  id: "missing-glue",
  defaultSeverity: "high",
  title: "An in-zone nameserver name has no address record",
  why: "A nameserver named inside the zone it serves can only be found through glue: without an address record resolvers cannot reach it, and the delegation fails once the other servers do.",
  fix: "Add A/AAAA records for the nameserver name (and the same glue at the registrar), or use a nameserver name outside the zone.",
  check(ctx) {
    const out = compareStates(ctx, configFindings);
    for (const { key, apex } of delegatedZonePairs(ctx)) {
      const d = liveZone(ctx, apex)?.delegation;
      if (!d) continue;
      for (const ns of d.ns) {
        if (!isInZone(ns, apex) || d.glue.some((g) => g.name === ns)) continue;
        out.push({
          introduced: false,
          zone: key,
          name: apex,
          type: "NS",
          key: `parent:${ns}`,
          message: `The parent ${d.parent} delegates ${apex} to ${ns}, inside the zone, without glue.`
        });
      }
    }
    return out;
  }
};

// src/rules/served.ts
function zoneCuts(zone) {
  return zone ? indexZone(zone).cuts : /* @__PURE__ */ new Set();
}
function isOccluded(zone, cuts, name, type) {
  if (!zone || cuts.size === 0 || type === "A" || type === "AAAA") return false;
  if (cuts.has(name)) return type !== "NS" && type !== "DS";
  for (let n = parentName(name); n !== zone.name && n !== "."; n = parentName(n)) {
    if (!isInZone(n, zone.name)) break;
    if (cuts.has(n)) return true;
  }
  return false;
}
function referencedTargets(set) {
  const out = /* @__PURE__ */ new Map();
  for (const zone of set.zones) {
    for (const ns of zone.nameservers ?? []) out.set(ns, "nameserver");
    const index = indexZone(zone);
    for (const r of index.ofType("NS")) for (const v of r.values) out.set(v, "nameserver");
    for (const r of index.ofType("MX"))
      for (const v of r.values) {
        const exchange = v.split(" ")[1];
        if (exchange && exchange !== "." && !out.has(exchange)) out.set(exchange, "mail server");
      }
  }
  return out;
}
function nameIndex(zone) {
  return indexZone(zone).exists;
}

// src/rules/checks/missing-trailing-dot.ts
var TARGETS = ["CNAME", "MX", "NS"];
function targetOf(type, value) {
  if (type === "MX") return mxExchange(value);
  return value;
}
var missingTrailingDot = {
  id: "missing-trailing-dot",
  defaultSeverity: "high",
  title: "A target in a zone file lost its trailing dot and points inside the zone",
  why: "In a zone file a name without a trailing dot is relative: the origin is appended, so a CNAME, MX or NS meant for another domain points at a name inside this zone that does not exist. The record answers, but with a target that fails (NXDOMAIN): the site, mail or delegation behind it stops working.",
  fix: "Add the trailing dot to the target (shops.example-cdn.com.), or write the full name inside the zone on purpose.",
  check(ctx) {
    return compareStates(ctx, (set) => {
      const out = [];
      for (const zone of set.zones) {
        if (zone.format !== "bind") continue;
        const exists = nameIndex(zone);
        for (const rr of indexZone(zone).ofTypes(TARGETS)) {
          for (const value of rr.values) {
            const target = targetOf(rr.type, value);
            if (!isInZone(target, zone.name) || exists(target)) continue;
            const meant = lostTrailingDot(zone, target);
            if (!meant) continue;
            out.push({
              zone: zoneKey(zone),
              name: rr.name,
              type: rr.type,
              key: target,
              message: `${rr.name} ${rr.type} points at ${target}, inside ${zone.name} where it has no records: missing trailing dot? ${meant} was probably meant.`,
              ...rr.location ? { location: rr.location } : {}
            });
          }
        }
      }
      return out;
    });
  }
};

// src/rules/checks/mx-change.ts
var isNullMx = (values) => values?.length === 1 && values[0] === "0 .";
var mxChange = {
  id: "mx-change",
  defaultSeverity: "high",
  title: "Mail routing (MX) changes",
  why: "MX decides where mail for a name is delivered. A wrong MX bounces or diverts mail, and senders cache the old MX for its TTL.",
  fix: "Make sure the new mail servers accept mail for this domain before merging, keep the old ones running for one MX TTL, and check SPF/DKIM follow.",
  absorbs: ["ttl-not-lowered"],
  // how long caches keep the old RRset is part of this change
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      if (d.status === "removed") continue;
      const cutsBefore = zoneCuts(d.before);
      const cutsAfter = zoneCuts(d.after);
      for (const c of d.changes) {
        if (c.type !== "MX" || c.ttlOnly) continue;
        const servedBefore = c.before && !isOccluded(d.before, cutsBefore, c.name, "MX");
        const servedAfter = c.after && !isOccluded(d.after, cutsAfter, c.name, "MX");
        if (!servedBefore && !servedAfter) continue;
        if (c.kind === "add" && !isNullMx(c.after?.values)) continue;
        let message = `MX of ${c.name} ${c.kind === "remove" ? "is removed: mail falls back to its A/AAAA records or bounces" : "changes"} (${describeChange(c)}).`;
        if (isNullMx(c.after?.values))
          message = `${c.name} gets a null MX (RFC 7505): it will accept no mail at all (${describeChange(c)}).`;
        out.push({
          introduced: true,
          zone: d.zone,
          name: c.name,
          type: "MX",
          message,
          location: changeLocation(c)
        });
      }
    }
    return out;
  }
};

// src/rules/checks/ns-change.ts
function servingProviders(z) {
  return z.providers.filter((p) => p.nsCount !== 0).map((p) => `${p.name}${p.type ? ` (${p.type})` : ""}`).sort().join(", ");
}
var nsChange = {
  id: "ns-change",
  defaultSeverity: "critical",
  title: "The apex NS set changes",
  why: "The apex NS set decides which servers answer for the whole zone. A wrong set, or one the parent does not match, takes the domain off the internet, and resolvers cache NS for up to two days, so a mistake outlives its revert.",
  fix: "Check every new nameserver answers authoritatively for the zone with the full data before merging, change the registrar delegation in step, and lower the NS TTL a day ahead.",
  absorbs: ["ttl-not-lowered"],
  // how long caches keep the old RRset is part of this change
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      if (!d.before || !d.after) continue;
      const base = { zone: d.zone, name: d.name, type: "NS", introduced: true };
      let records = false;
      for (const c of d.changes) {
        if (c.type === "NS" && c.name === d.name && !c.ttlOnly) {
          records = true;
          const what2 = d.format === "dnscontrol" ? "NAMESERVER() set" : "NS set";
          out.push({
            ...base,
            message: `The apex ${what2} of ${d.name} changes (${describeChange(c)}).`,
            location: changeLocation(c) ?? d.after.location,
            key: "records"
          });
        }
      }
      const before = [...d.before.nameservers ?? []].sort();
      const after = [...d.after.nameservers ?? []].sort();
      if (!records && before.join(",") !== after.join(",")) {
        out.push({
          ...base,
          message: sentence(
            `The configured nameservers of ${d.name} change: ${listValues(before)} \u2192 ${listValues(after)}`
          ),
          location: d.after.location,
          key: "nameservers"
        });
      }
      const pb = servingProviders(d.before);
      const pa = servingProviders(d.after);
      if (pb !== pa && (pb || pa)) {
        out.push({
          ...base,
          message: `The DNS providers whose nameservers serve ${d.name} change: ${pb || "(none)"} \u2192 ${pa || "(none)"}, so the delegation changes.`,
          location: d.after.location,
          key: "providers"
        });
      }
    }
    return out;
  }
};

// src/rules/checks/ns-count.ts
var nsCount = {
  id: "ns-count",
  defaultSeverity: "high",
  title: "Fewer than two nameservers",
  why: "With a single nameserver, one outage or one network problem makes every name in the zone unresolvable; RFC 1034 and RFC 2182 ask for at least two, on separate networks.",
  fix: "List at least two nameservers, ideally at two operators or networks.",
  check(ctx) {
    const out = [];
    for (const { key, apex, base, head } of delegatedZonePairs(ctx)) {
      if (!head) continue;
      const live = liveNs(ctx, apex);
      const after = configuredNs(head) ?? live;
      if (!after || new Set(after).size >= 2) continue;
      const before = configuredNs(base) ?? live;
      const introduced = !before || new Set(before).size >= 2;
      const loc = head.rrsets.find((r) => r.name === apex && r.type === "NS")?.location;
      out.push({
        introduced,
        zone: key,
        name: apex,
        type: "NS",
        message: after.length === 0 ? `${apex} has no nameserver.` : sentence(`${apex} has a single nameserver, ${after[0]}`),
        ...loc ? { location: loc } : {}
      });
    }
    return out;
  }
};

// src/rules/checks/ns-mismatch.ts
var nsMismatch = {
  id: "ns-mismatch",
  defaultSeverity: "medium",
  title: "The parent's NS set differs from the zone's apex NS",
  why: "Resolvers use the parent NS set and the apex NS set interchangeably; servers listed in only one of them get traffic unexpectedly or not at all, and the difference usually means a registrar update was forgotten.",
  fix: "Update the NS at the registrar (the parent) or the apex NS records so that both list the same servers.",
  check(ctx) {
    const out = [];
    for (const { key, apex, base, head } of delegatedZonePairs(ctx)) {
      const lz = liveZone(ctx, apex);
      const parent = lz?.delegation?.ns;
      if (!lz || !parent || parent.length === 0) continue;
      const served = servedNs(lz);
      const before = configuredNs(base) ?? served;
      const after = configuredNs(head) ?? served;
      if (!after || sameSet(parent, after)) continue;
      const introduced = !before || sameSet(parent, before);
      const onlyParent = parent.filter((n) => !after.includes(n));
      const onlyZone = after.filter((n) => !parent.includes(n));
      const detail = [
        onlyParent.length ? `only at the parent: ${listValues(onlyParent)}` : "",
        onlyZone.length ? `only in the zone: ${listValues(onlyZone)}` : ""
      ].filter(Boolean).join("; ");
      const loc = head?.rrsets.find((r) => r.name === apex && r.type === "NS")?.location;
      out.push({
        introduced,
        zone: key,
        name: apex,
        type: "NS",
        message: `${lz.delegation.parent} delegates ${apex} to ${listValues(parent)}, but the zone's apex NS ${introduced ? "would be" : "is"} ${listValues(after)} (${detail}).`,
        ...loc ? { location: loc } : {}
      });
    }
    return out;
  }
};

// src/rules/push-commands.ts
var DNSCONTROL_PUSH = /* @__PURE__ */ new Set(["push", "ppush"]);
var DNSCONTROL_COMMANDS = /* @__PURE__ */ new Set([
  ...DNSCONTROL_PUSH,
  "preview",
  "ppreview",
  "check",
  "print-ir",
  "get-zones",
  "get-zone",
  "get-certs",
  "check-creds",
  "create-domains",
  "fmt",
  "write-types",
  "version",
  "help"
]);
var OCTODNS_VALUE_FLAGS = /* @__PURE__ */ new Set(["--config-file", "--source", "--target", "--checksum"]);
function pushCommands(script) {
  const out = [];
  for (const { text, line } of logicalLines(script))
    for (const words2 of simpleCommands(text)) {
      const cmd = pushOf(words2, line);
      if (cmd) out.push(cmd);
    }
  return out;
}
function dnscontrolArgsPush(args, line) {
  return dnscontrolPush(words(args), line);
}
function pushOf(ws, line) {
  for (let i = 0; i < ws.length; i++) {
    const name = programName(ws[i]);
    if (name === "dnscontrol") return dnscontrolPush(ws.slice(i + 1), line);
    if (name === "octodns-sync") return octodnsPush(ws.slice(i + 1), line);
    if (name === "terraform" || name === "tofu")
      return ws.slice(i + 1).find((w) => !w.startsWith("-")) === "apply" ? { tool: "terraform", line } : void 0;
  }
  return void 0;
}
function programName(word) {
  const base = word.slice(word.lastIndexOf("/") + 1);
  const colon = base.indexOf(":");
  return colon > 0 ? base.slice(0, colon) : base;
}
function dnscontrolPush(args, line) {
  const sub = args.find((w) => DNSCONTROL_COMMANDS.has(w));
  if (!sub || !DNSCONTROL_PUSH.has(sub)) return void 0;
  const providers = flagValue(args, "providers");
  const domains = flagValue(args, "domains");
  const config = flagValue(args, "config");
  return {
    tool: "dnscontrol",
    ...providers !== void 0 ? { providers: providers === "all" ? "all" : list(providers) } : {},
    ...domains !== void 0 ? { zones: list(domains).map(zoneName) } : {},
    ...config !== void 0 ? { config } : {},
    line
  };
}
function octodnsPush(args, line) {
  if (!args.includes("--doit")) return void 0;
  const targets = [];
  const zones = [];
  let config;
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    const eq = w.indexOf("=");
    const flag = w.startsWith("--") && eq > 0 ? w.slice(0, eq) : w;
    if (OCTODNS_VALUE_FLAGS.has(flag)) {
      const value = eq > 0 && flag !== w ? w.slice(eq + 1) : args[++i];
      if (value === void 0) break;
      if (flag === "--target") targets.push(value);
      if (flag === "--config-file") config = value;
      continue;
    }
    if (!w.startsWith("-")) zones.push(w);
  }
  return {
    tool: "octodns",
    ...targets.length ? { providers: targets } : {},
    ...zones.length ? { zones: zones.map(zoneName) } : {},
    ...config !== void 0 ? { config } : {},
    line
  };
}
function flagValue(args, name) {
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    for (const prefix of [`--${name}`, `-${name}`]) {
      if (w === prefix) return args[i + 1];
      if (w.startsWith(`${prefix}=`)) return w.slice(prefix.length + 1);
    }
  }
  return void 0;
}
function zoneName(name) {
  return name.toLowerCase().replace(/\.$/, "");
}
function list(value) {
  return value.split(",").map((s) => s.trim()).filter(Boolean);
}
function logicalLines(script) {
  const out = [];
  const lines = script.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let text = lines[i];
    while (text.endsWith("\\") && i + 1 < lines.length) text = `${text.slice(0, -1)} ${lines[++i]}`;
    const trimmed = text.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    out.push({ text, line: start + 1 });
  }
  return out;
}
function simpleCommands(text) {
  const noComment = text.replace(/(^|\s)#.*$/, "$1");
  return noComment.split(/&&|\|\||[;|&]/).map(words).filter((ws) => ws.length > 0 && !["echo", "printf"].includes(ws[0]));
}
function words(text) {
  return text.replace(/[`()]/g, " ").split(/\s+/).map((w) => w.replace(/^["']|["']$/g, "")).filter((w) => w !== "" && !/^\d?>/.test(w));
}

// src/rules/yaml-positions.ts
function yamlPositions(text) {
  const offsets = /* @__PURE__ */ new Map();
  let events;
  try {
    events = parseEvents(text, { maxDepth: 64 });
  } catch {
    events = [];
  }
  const stack = [];
  const place = (start, keyText) => {
    const top = stack[stack.length - 1];
    if (!top) return [];
    if (top.kind === "seq") {
      const path2 = [...top.path, top.index++];
      offsets.set(JSON.stringify(path2), start);
      return path2;
    }
    if (top.key === void 0) {
      top.key = keyText ?? "";
      offsets.set(JSON.stringify([...top.path, top.key]), start);
      return void 0;
    }
    const path = [...top.path, top.key];
    top.key = void 0;
    return path;
  };
  for (const ev of events) {
    switch (ev.type) {
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const path = place(ev.start, void 0) ?? [];
        stack.push({
          kind: ev.type === EVENT_ID.MAPPING ? "map" : "seq",
          path: [...path],
          key: void 0,
          index: 0
        });
        break;
      }
      case EVENT_ID.SCALAR:
        place(ev.valueStart, getScalarValue(text, ev));
        break;
      case EVENT_ID.ALIAS:
        place(ev.anchorStart, void 0);
        break;
      case EVENT_ID.POP:
        stack.pop();
        break;
      default:
        break;
    }
  }
  const lineColumnAt = lineColumnIndex(text);
  return {
    at(path) {
      const offset = offsets.get(JSON.stringify(path));
      if (offset === void 0 || offset < 0) return void 0;
      return lineColumnAt(offset);
    }
  };
}

// src/rules/workflow.ts
function parseWorkflow(text) {
  let doc;
  try {
    const docs = loadAll(text, { maxAliases: 50, maxDepth: 32 });
    doc = docs[0];
  } catch {
    return void 0;
  }
  if (!isMap(doc)) return void 0;
  const positions = yamlPositions(text);
  const lineOf = (path, fallback = 1) => positions.at(path)?.line ?? fallback;
  const on = doc["on"] ?? doc["true"];
  const triggers = typeof on === "string" ? [on] : Array.isArray(on) ? on.map(String) : isMap(on) ? Object.keys(on) : [];
  const jobs = [];
  const jobMap = isMap(doc["jobs"]) ? doc["jobs"] : {};
  for (const [id, job] of Object.entries(jobMap)) {
    if (!isMap(job)) continue;
    const at = ["jobs", id];
    const line = lineOf(at);
    const steps = (Array.isArray(job["steps"]) ? job["steps"] : []).flatMap(
      (step, i) => isMap(step) ? [readStep(step, [...at, "steps", i], lineOf)] : []
    );
    const environmentName = environmentOf(job["environment"]);
    const call = callOf(job, at, lineOf);
    jobs.push({
      id,
      line,
      applies: steps.some((s) => s.pushes.length > 0),
      environment: job["environment"] !== void 0 && job["environment"] !== null,
      ...environmentName !== void 0 ? { environmentName } : {},
      ...typeof job["if"] === "string" || typeof job["if"] === "boolean" ? { if: String(job["if"]) } : {},
      env: bindings(job["env"], [...at, "env"], lineOf, line),
      steps,
      ...call ? { call } : {}
    });
  }
  return {
    triggers,
    triggerLine: positions.at(["on"])?.line,
    reviewEvents: reviewEvents(on, triggers),
    env: bindings(doc["env"], ["env"], lineOf, 1),
    jobs,
    positions
  };
}
function reviewEvents(on, triggers) {
  const out = [];
  for (const event of ["pull_request", "pull_request_target"]) {
    if (!triggers.includes(event)) continue;
    const types = isMap(on) && isMap(on[event]) ? on[event]["types"] : void 0;
    const list2 = Array.isArray(types) ? types.map(String) : typeof types === "string" ? [types] : [];
    if (list2.length > 0 && list2.every((t) => t === "closed")) continue;
    out.push(event);
  }
  return out;
}
function readStep(step, at, lineOf) {
  const line = lineOf(at);
  const run = typeof step["run"] === "string" ? step["run"] : void 0;
  const runLine = lineOf([...at, "run"], line);
  const pushes = [];
  if (run !== void 0)
    for (const p of pushCommands(run))
      pushes.push({ ...p, line: run.includes("\n") ? runLine + p.line : runLine });
  const usesPush = actionPush(step, line);
  if (usesPush) pushes.push(usesPush);
  return {
    line,
    ...typeof step["uses"] === "string" ? { uses: step["uses"] } : {},
    ...typeof step["if"] === "string" || typeof step["if"] === "boolean" ? { if: String(step["if"]) } : {},
    env: bindings(step["env"], [...at, "env"], lineOf, line),
    with: bindings(step["with"], [...at, "with"], lineOf, line),
    run: run === void 0 ? [] : [{ name: "run", secrets: secretsIn(run), line: runLine }].filter(
      (b) => b.secrets.length > 0
    ),
    writesCreds: run !== void 0 && WRITES_CREDS.test(run),
    pushes
  };
}
var WRITES_CREDS = /(?:>>?|\btee\s+(?:-a\s+)?)\s*["']?[\w./$-]*creds[\w.-]*\.json\b/i;
function actionPush(step, line) {
  const uses = typeof step["uses"] === "string" ? step["uses"].toLowerCase() : "";
  const w = isMap(step["with"]) ? step["with"] : {};
  if (uses.includes("dnscontrol"))
    return dnscontrolArgsPush(String(w["cmdargs"] ?? w["args"] ?? ""), line);
  if (uses.includes("octodns") && /^(true|yes|--doit)$/i.test(String(w["doit"] ?? ""))) {
    const config = w["config_path"] ?? w["config-file"];
    return { tool: "octodns", line, ...typeof config === "string" ? { config } : {} };
  }
  return void 0;
}
function callOf(job, at, lineOf) {
  const uses = job["uses"];
  if (typeof uses !== "string") return void 0;
  const local = uses.startsWith("./");
  const secrets = job["secrets"];
  return {
    path: local ? uses.slice(2).replace(/@.*$/, "") : uses,
    local,
    inherit: secrets === "inherit",
    secrets: bindings(secrets, [...at, "secrets"], lineOf, lineOf(at))
  };
}
function environmentOf(v) {
  if (typeof v === "string") return v;
  if (isMap(v) && typeof v["name"] === "string") return v["name"];
  return void 0;
}
function bindings(v, at, lineOf, fallback) {
  if (!isMap(v)) return [];
  const out = [];
  for (const [name, value] of Object.entries(v)) {
    if (typeof value !== "string") continue;
    const secrets = secretsIn(value);
    if (secrets.length) out.push({ name, secrets, line: lineOf([...at, name], fallback) });
  }
  return out;
}
var SECRET_REF = /\bsecrets\s*(?:\.\s*([A-Za-z_][\w-]*)|\[\s*['"]([^'"]+)['"]\s*\])/g;
function secretsIn(text) {
  const out = /* @__PURE__ */ new Set();
  for (let at = text.indexOf("${{"); at >= 0; at = text.indexOf("${{", at)) {
    const end = text.indexOf("}}", at + 3);
    if (end < 0) break;
    const expr = text.slice(at + 3, end);
    at = end + 2;
    for (const r of expr.matchAll(SECRET_REF)) {
      const name = (r[1] ?? r[2]).toUpperCase();
      if (name !== "GITHUB_TOKEN") out.add(name);
    }
    if (/\bsecrets\s*\)|\bsecrets\s*\[\s*[^'"\s]/.test(expr)) out.add("*");
  }
  return [...out];
}
function isMap(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function mayRunOn(condition, event) {
  if (condition === void 0) return true;
  const expr = condition.trim().replace(/^\$\{\{([\s\S]*)\}\}$/, "$1").trim();
  if (expr === "false") return false;
  return topLevel(expr, "||").some(
    (disjunct) => topLevel(disjunct, "&&").every((c) => !falseOn(stripParens(c), event))
  );
}
function falseOn(c, event) {
  const q = `['"]([^'"]*)['"]`;
  const eq = (lhs, op) => new RegExp(`^(?:${lhs}\\s*${op}\\s*${q}|${q}\\s*${op}\\s*${lhs})$`).exec(c);
  const name = eq("github\\.event_name", "==");
  if (name) return (name[1] ?? name[2]) !== event;
  const notName = eq("github\\.event_name", "!=");
  if (notName) return (notName[1] ?? notName[2]) === event;
  if (/^github\.event\.pull_request\.merged\s*(?:==\s*true)?$/.test(c)) return true;
  if (event === "pull_request_target") return false;
  const ref = eq("github\\.ref", "==");
  if (ref) return /^refs\/(?:heads|tags)\//.test(ref[1] ?? ref[2]);
  if (eq("github\\.ref_name", "==") || /^github\.ref_type\s*==\s*['"]tag['"]$/.test(c)) return true;
  return new RegExp(`^startsWith\\(\\s*github\\.ref\\s*,\\s*${q}\\s*\\)$`).test(c) ? /^refs\/(?:heads|tags)\//.test(/['"]([^'"]*)['"]/.exec(c)[1]) : false;
}
function topLevel(expr, op) {
  const out = [];
  let depth = 0;
  let quote = "";
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const ch = expr[i];
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === "'" || ch === '"') quote = ch;
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (depth === 0 && expr.startsWith(op, i)) {
      out.push(expr.slice(start, i).trim());
      start = i + op.length;
      i++;
    }
  }
  out.push(expr.slice(start).trim());
  return out;
}
function stripParens(c) {
  let s = c.trim();
  while (s.startsWith("(") && s.endsWith(")")) {
    const inner = s.slice(1, -1);
    let depth = 0;
    let whole = true;
    for (let i = 0; i < inner.length && whole; i++) {
      if (inner[i] === "(") depth++;
      else if (inner[i] === ")" && --depth < 0) whole = false;
    }
    if (!whole) break;
    s = inner.trim();
  }
  return s;
}

// src/rules/checks/pipeline-change.ts
var WHAT = {
  workflow: "a workflow that runs the DNS tooling",
  "dnscontrol-creds": "the DNSControl credentials file",
  "octodns-config": "the octoDNS config that holds the provider credentials",
  terraform: "Terraform that manages DNS access",
  "iam-policy": "an IAM policy for DNS",
  "zoneguard-policy": "the ZoneGuard policy that decides what blocks this review"
};
var TERRAFORM_DNS = new RegExp(
  [
    // resource and data source types of the DNS providers (HCL `resource "…"` or .tf.json keys)
    String.raw`"(?:aws_route53_|google_dns_|azurerm_(?:private_)?dns_|cloudflare_|digitalocean_(?:domain|record)\b|dnsimple_|ns1_|powerdns_|hetznerdns_|gandi_|ovh_domain_|linode_domain|dns_|namecheap_|porkbun_|vultr_dns_|desec_)`,
    // provider blocks and required_providers sources of DNS-only providers
    String.raw`provider\s+"(?:cloudflare|dnsimple|ns1|powerdns|hetznerdns|gandi|dns|namecheap|porkbun|desec)"`,
    String.raw`source\s*=\s*"[^"]*/(?:cloudflare|dnsimple|ns1|powerdns|hetznerdns|gandi|dns|namecheap|porkbun|desec)"`,
    // IAM that grants DNS
    String.raw`route53|roles/dns\.|DNS Zone Contributor`
  ].join("|"),
  "i"
);
function terraformConcernsDns(text) {
  return TERRAFORM_DNS.test(text);
}
var TERRAFORM_DNS_ACCESS = /route53:|roles\/dns\.|DNS Zone Contributor|route53domains/i;
function terraformAccessText(text) {
  const out = [];
  let inside = false;
  for (const line of text.split("\n")) {
    if (/^(?:terraform\s*\{|provider\s+"[^"]*"\s*\{)/.test(line)) inside = true;
    if (inside || TERRAFORM_DNS_ACCESS.test(line)) out.push(line.trimEnd());
    if (inside && /^\}/.test(line)) inside = false;
  }
  return out.join("\n");
}
function jobProblems(file) {
  if (file.kind !== "workflow" || !isDnsWorkflow(file.text)) return [];
  const wf = parseWorkflow(file.text);
  if (!wf) return [];
  const out = [];
  const prTarget = wf.triggers.includes("pull_request_target");
  for (const job of wf.jobs) {
    if (!job.applies) continue;
    if (prTarget)
      out.push({
        key: `${file.path} ${job.id} pull_request_target`,
        line: wf.triggerLine ?? job.line,
        severity: "high",
        message: `${file.path}: job "${job.id}" pushes DNS on pull_request_target, which runs with the repository's secrets for pull requests from forks.`,
        fix: "Push DNS only on push to the default branch (or workflow_dispatch), and run previews of pull requests on pull_request with read-only credentials."
      });
    if (!job.environment)
      out.push({
        key: `${file.path} ${job.id} no-environment`,
        line: job.line,
        message: `${file.path}:${job.line} job "${job.id}" pushes DNS without a protected environment: nothing makes a person approve the push.`,
        fix: `Add "environment: dns-production" to job "${job.id}", protect that environment with required reviewers and the default branch only, and keep the DNS credentials as environment secrets.`
      });
  }
  return out;
}
var pipelineChange = {
  id: "pipeline-change",
  defaultSeverity: "medium",
  title: "Change to the pipeline that pushes DNS or to its credentials",
  why: "The workflows, credential files and policy around DNS decide who can change DNS and what is reviewed. A change there can bypass every check on the zones themselves.",
  fix: "Have the owners of the DNS pipeline review this part of the change (CODEOWNERS on .github/workflows, credential files and .zoneguard.yml).",
  readsRepository: true,
  async check(ctx) {
    const out = [];
    const changed = new Set(ctx.changedFiles);
    const head = await readPipelineFiles(ctx.headTree, [ctx.head], void 0, ctx.path ?? "");
    const base = ctx.baseTree ? await readPipelineFiles(ctx.baseTree, [ctx.base], void 0, ctx.path ?? "") : [];
    const headPaths = new Set(head.map((f) => f.path));
    const baseText = new Map(base.map((f) => [f.path, f.text]));
    const headText = new Map(head.map((f) => [f.path, f.text]));
    for (const file of [...head, ...base.filter((f) => !headPaths.has(f.path))]) {
      if (!changed.has(file.path)) continue;
      if (file.kind === "workflow" && !isDnsWorkflow(file.text)) continue;
      if (file.kind === "terraform" && !terraformConcernsDns(file.text)) continue;
      if (file.kind === "terraform" && terraformAccessText(headText.get(file.path) ?? "") === terraformAccessText(baseText.get(file.path) ?? ""))
        continue;
      const removed = !headPaths.has(file.path);
      out.push({
        introduced: true,
        key: `edit ${file.path}`,
        message: `This change ${removed ? "removes" : "edits"} ${file.path}, ${WHAT[file.kind]}.`,
        location: { file: file.path }
      });
    }
    const before = new Set(base.flatMap((f) => jobProblems(f).map((p) => p.key)));
    for (const file of head)
      for (const p of jobProblems(file))
        out.push({
          introduced: !before.has(p.key),
          key: p.key,
          message: p.message,
          fix: p.fix,
          location: { file: file.path, line: p.line },
          ...p.severity ? { severity: p.severity } : {}
        });
    return out;
  }
};

// src/rules/checks/provider-change.ts
function describe3(p) {
  return p.type ? `${p.name} (${p.type})` : p.name;
}
function providerSet(z) {
  return z.providers.map(describe3).sort();
}
function isSigned(zone, live) {
  if (zone.dnssec === "on") return true;
  const lz = live?.zones.find((z) => z.zone === zone.name);
  return (lz?.delegation?.ds.length ?? 0) > 0;
}
var providerChange = {
  id: "provider-change",
  defaultSeverity: "high",
  title: "The DNS providers of a zone change",
  why: "A zone moving to, or adding, a DNS provider is served by servers that may not hold every record yet; a removed provider stops answering. For a signed zone the new provider signs with other keys, so resolvers reject its answers until the DS at the parent matches.",
  fix: "Make sure the new provider serves the complete zone (compare its answers with the old one) before the delegation changes; for a signed zone, publish the new provider's DS (or go insecure first) and only then switch.",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      if (!d.before || !d.after) continue;
      const before = providerSet(d.before);
      const after = providerSet(d.after);
      if (before.join("\n") === after.join("\n")) continue;
      const added = after.filter((p) => !before.includes(p));
      const removed = before.filter((p) => !after.includes(p));
      const signed = isSigned(d.before, ctx.live) || isSigned(d.after, ctx.live);
      const parts = [
        added.length ? `adds ${added.join(", ")}` : "",
        removed.length ? `removes ${removed.join(", ")}` : ""
      ].filter(Boolean);
      out.push({
        introduced: true,
        zone: d.zone,
        name: d.name,
        message: `The DNS providers of ${d.name} change: ${parts.join(" and ")} (${before.join(", ") || "none"} \u2192 ${after.join(", ") || "none"})${signed ? "; the zone is signed, so the DS at the parent must follow" : ""}.`,
        ...signed ? { severity: "critical" } : {},
        ...d.after.location ? { location: d.after.location } : {}
      });
    }
    return out;
  }
};

// src/rules/secret-fields.ts
var PROVIDER_FIELDS = {
  // OVH API: the application key identifies the application (python-ovh: "may safely be
  // shared"); the application secret and the consumer key authenticate.
  // Terraform's `provider "ovh"` (type `ovh`) names the same keys with underscores.
  OVH: {
    secret: ["app-secret-key", "consumer-key", "application_secret", "consumer_key"],
    public: ["app-key", "endpoint", "application_key"]
  },
  // An AWS access key id names the key; the secret access key and session token are secrets.
  ROUTE53: {
    secret: ["SecretKey", "Token"],
    public: ["KeyId", "RoleArn", "ExternalId", "DelegationSet", "Profile"]
  },
  GCLOUD: {
    secret: ["private_key"],
    public: [
      "type",
      "project_id",
      "private_key_id",
      "client_email",
      "client_id",
      "auth_uri",
      "token_uri",
      "auth_provider_x509_cert_url",
      "client_x509_cert_url",
      "name_server_set"
    ]
  },
  CLOUDFLAREAPI: { secret: ["apitoken", "apikey"], public: ["accountid", "apiuser"] },
  // Terraform provider blocks, keyed by the provider's local name (the providers' docs:
  // cloudflare/cloudflare, hashicorp/aws, hashicorp/google, hashicorp/azurerm,
  // digitalocean/digitalocean, ovh/ovh). As for ROUTE53, an access key id names the key.
  CLOUDFLARE: {
    secret: ["api_token", "api_key", "api_user_service_key"],
    public: ["email", "account_id", "base_url"]
  },
  AWS: { secret: ["secret_key", "token"], public: ["access_key", "region", "profile"] },
  GOOGLE: { secret: ["credentials", "access_token"], public: ["project", "region", "zone"] },
  AZURERM: {
    secret: ["client_secret", "client_certificate_password"],
    public: ["client_id", "tenant_id", "subscription_id"]
  },
  DIGITALOCEAN: { secret: ["token", "spaces_secret_key"], public: ["spaces_access_id"] },
  // octoDNS's OVH provider (octodns/octodns-ovh), keyed by its class: the same three keys.
  "OCTODNS_OVH.OVHPROVIDER": {
    secret: ["application_secret", "consumer_key"],
    public: ["application_key", "endpoint"]
  }
};
var SECRET_NAME = /token|secret|password|passwd|key|auth|credential|private/i;
function isSecretField(type, key) {
  const known = type ? PROVIDER_FIELDS[type.toUpperCase()] : void 0;
  if (known?.secret.includes(key)) return true;
  if (known?.public.includes(key)) return false;
  return SECRET_NAME.test(key);
}

// src/rules/zone-credentials.ts
var NO_CREDENTIAL = /^(?:NONE|BIND|DNSOVERHTTPS|-)$|^octodns\.provider\.yaml\.|^octodns_bind\.ZoneFileProvider$/i;
var partiesCache = /* @__PURE__ */ new WeakMap();
function zoneParties(set, zone) {
  const bySet = partiesCache.get(set) ?? /* @__PURE__ */ new Map();
  partiesCache.set(set, bySet);
  const known = bySet.get(zone);
  if (known) return known;
  const parties = resolveParties(set, zone);
  bySet.set(zone, parties);
  return parties;
}
function resolveParties(set, zone) {
  const party = (role, name, type) => {
    const credential = credentialOf(set, zone, name);
    return {
      role,
      name,
      ...type !== void 0 ? { type } : {},
      ...credential ? { credential } : {},
      secretEnvs: credential ? secretFields(credential).flatMap(
        (f) => f.env !== void 0 ? [f.env.toUpperCase()] : []
      ) : []
    };
  };
  const dns = zone.providers.filter((p) => holdsCredential(p.type, p.name)).map((p) => party("dns", p.name, p.type));
  const r = zone.registrar;
  const registrar = (zone.format === "dnscontrol" || zone.format === "terraform") && r && r.type !== void 0 && holdsCredential(r.type, r.name) ? party("registrar", r.name, r.type) : void 0;
  return { ...registrar ? { registrar } : {}, dns };
}
function holdsCredential(type, name) {
  return type === void 0 ? !/^(?:none|bind)$/i.test(name) : !NO_CREDENTIAL.test(type);
}
function credentialOf(set, zone, name) {
  const named = set.credentials.filter((c) => c.provider === name);
  switch (zone.format) {
    case "dnscontrol": {
      const file = zone.config ? defaultCredsFile(zone.config) : void 0;
      return named.find((c) => c.location.file === file) ?? (named.length === 1 ? named[0] : void 0);
    }
    case "octodns":
      return named.find((c) => c.location.file === zone.config);
    case "terraform": {
      const folder = zone.config?.replace(/\/?$/, "/");
      return named.find((c) => folder !== void 0 && c.location.file.startsWith(folder)) ?? (named.length === 1 ? named[0] : void 0);
    }
    default:
      return void 0;
  }
}
function secretFields(cred) {
  return cred.fields.filter((f) => isSecretField(cred.type, f.key));
}
var IDENTITY = {
  ROUTE53: {
    fields: ["KeyId", "SecretKey", "Token", "Profile", "RoleArn"],
    ambient: "the AWS credentials of the environment the push runs in"
  }
};
function sharedSecret(a, b) {
  const sameFile = a.location.file === b.location.file;
  const same2 = (fa, fb) => fa.env !== void 0 && fa.env === fb.env || sameFile && fa.literalGroup !== void 0 && fa.literalGroup === fb.literalGroup;
  for (const fa of secretFields(a))
    for (const fb of secretFields(b))
      if (same2(fa, fb))
        return fa.env !== void 0 ? { kind: "env", fieldA: fa.key, fieldB: fb.key, env: fa.env } : { kind: "literal", fieldA: fa.key, fieldB: fb.key };
  const type = a.type?.toUpperCase();
  const known = type !== void 0 && type === b.type?.toUpperCase() ? IDENTITY[type] : void 0;
  if (!known) return void 0;
  const ids = (c) => c.fields.filter((f) => known.fields.includes(f.key));
  const [ia, ib] = [ids(a), ids(b)];
  if (ia.length === 0 && ib.length === 0) return { kind: "ambient", what: known.ambient };
  if (ia.length === ib.length && ia.every((fa) => ib.some((fb) => fb.key === fa.key && same2(fa, fb))))
    return { kind: "identity", field: ia.map((f) => f.key).join(" and ") };
  return void 0;
}
function credentialEnvNames(set) {
  const secret = /* @__PURE__ */ new Set();
  const identifying = /* @__PURE__ */ new Set();
  for (const c of set.credentials)
    for (const f of c.fields)
      if (f.env !== void 0)
        (isSecretField(c.type, f.key) ? secret : identifying).add(f.env.toUpperCase());
  return { secret, identifying };
}

// src/rules/push-jobs.ts
var PUSH_TOOL = {
  dnscontrol: "dnscontrol",
  octodns: "octodns",
  terraform: "terraform"
};
var CREDENTIAL_ACTIONS = [
  {
    uses: /^aws-actions\/configure-aws-credentials@/i,
    env: ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"]
  },
  {
    uses: /^google-github-actions\/auth@/i,
    env: [
      "GOOGLE_APPLICATION_CREDENTIALS",
      "CLOUDSDK_AUTH_CREDENTIAL_FILE_OVERRIDE",
      "GOOGLE_GHA_CREDS_PATH"
    ]
  },
  { uses: /^azure\/login@/i, env: [] }
];
var loginAction = (uses) => uses === void 0 ? void 0 : CREDENTIAL_ACTIONS.find((a) => a.uses.test(uses));
var parsedCache = /* @__PURE__ */ new WeakMap();
function readWorkflows(tree) {
  let parsed = parsedCache.get(tree);
  if (!parsed) {
    parsed = readWorkflowFiles(tree).then(
      (files) => files.flatMap((f) => {
        const workflow = parseWorkflow(f.text);
        return workflow ? [{ path: f.path, workflow }] : [];
      })
    );
    parsedCache.set(tree, parsed);
  }
  return parsed;
}
function pushJobs(workflows, set) {
  const names = credentialEnvNames(set);
  const tools = new Set(set.zones.map((z) => PUSH_TOOL[z.format]));
  const ours = (p) => tools.has(p.tool);
  const out = [];
  for (const { path, workflow } of workflows)
    for (const job of workflow.jobs) {
      const pushSteps = job.steps.filter((s) => s.pushes.some(ours));
      if (pushSteps.length === 0) continue;
      const credSteps = job.steps.filter((s) => s.writesCreds && !pushSteps.includes(s));
      const secrets = /* @__PURE__ */ new Map();
      const add = (b) => {
        for (const s of b.secrets) if (!secrets.has(s)) secrets.set(s, b.line);
      };
      const envBindings = [...workflow.env, ...job.env, ...pushSteps.flatMap((s) => s.env)];
      for (const b of envBindings) if (isPushCredential(b.name, names)) add(b);
      for (const s of pushSteps) {
        for (const b of s.with) if (isPushCredential(b.name, names)) add(b);
        for (const b of s.run) add(b);
      }
      for (const s of credSteps) for (const b of [...s.env, ...s.run]) add(b);
      const envNames = new Set(envBindings.map((b) => b.name.toUpperCase()));
      for (const s of credSteps) for (const b of s.env) envNames.add(b.name.toUpperCase());
      for (const s of job.steps) {
        const login = loginAction(s.uses);
        if (!login) continue;
        for (const b of s.with) if (!/GITHUB|^GH_/i.test(b.name)) add(b);
        for (const e of login.env) envNames.add(e);
      }
      out.push({
        file: path,
        job,
        pushes: pushSteps.flatMap((s) => s.pushes.filter(ours)),
        secrets: resolveCallee(path, workflow, secrets, workflows),
        envNames,
        unbounded: credSteps.length > 0 || secrets.has("*")
      });
    }
  return out;
}
function isPushCredential(name, names) {
  const upper = name.toUpperCase();
  if (names.secret.has(upper)) return true;
  if (names.identifying.has(upper) || /GITHUB|^GH_|COMMENT/.test(upper)) return false;
  return isSecretField(void 0, name);
}
function resolveCallee(path, workflow, secrets, workflows) {
  const callers = workflows.flatMap(
    (w) => w.workflow.jobs.filter((j) => j.call?.local && j.call.path === path).map((j) => j.call)
  );
  if (callers.length === 0 || callers.some((c) => c.inherit)) return secrets;
  const runsAlone = workflow.triggers.some((t) => t !== "workflow_call");
  const out = new Map(runsAlone ? secrets : []);
  for (const [name, line] of secrets) {
    for (const c of callers)
      for (const b of c.secrets)
        if (b.name.toUpperCase() === name) for (const s of b.secrets) out.set(s, line);
  }
  return out;
}
var NOTHING = { dns: [] };
function coverage(job, zone, set) {
  const tool = PUSH_TOOL[zone.format];
  const pushes = job.pushes.filter(
    (cmd) => cmd.tool === tool && configMatches(cmd.config, zone) && zoneMatches(cmd.zones, zone)
  );
  if (pushes.length === 0) return NOTHING;
  const parties = zoneParties(set, zone);
  const dns = /* @__PURE__ */ new Map();
  let registrar = false;
  for (const cmd of pushes) {
    if (cmd.tool === "dnscontrol") registrar = true;
    for (const p of parties.dns) {
      const picked = cmd.providers === "all" || (cmd.providers ? cmd.providers.includes(p.name) : !p.credential?.fields.some((f) => f.key === "_exclude_from_defaults"));
      if (picked && canAuthenticate(job, p)) dns.set(p.name, p);
    }
  }
  return {
    dns: [...dns.values()],
    ...registrar && parties.registrar && canAuthenticate(job, parties.registrar) ? { registrar: parties.registrar } : {}
  };
}
function canAuthenticate(job, p) {
  return job.unbounded || p.secretEnvs.length === 0 || p.secretEnvs.some((e) => job.envNames.has(e));
}
function configMatches(config, zone) {
  if (config === void 0 || zone.config === void 0) return true;
  const want = config.replace(/^(?:\.\/)+/, "");
  return zone.config === want || zone.config.endsWith(`/${want}`);
}
function zoneMatches(zones, zone) {
  if (!zones) return true;
  return zones.includes(zone.name.slice(0, -1));
}
function exposedSecrets(job, workflow, event, workflows) {
  const out = /* @__PURE__ */ new Map();
  if (!mayRunOn(job.if, event)) return out;
  const add = (b) => {
    for (const s of b.secrets) if (!out.has(s)) out.set(s, b.line);
  };
  for (const b of [...workflow.env, ...job.env]) add(b);
  for (const s of job.steps)
    if (mayRunOn(s.if, event)) for (const b of [...s.env, ...s.with, ...s.run]) add(b);
  if (job.call) {
    for (const b of job.call.secrets) add(b);
    if (job.call.inherit) {
      const callee = job.call.local ? workflows.find((w) => w.path === job.call.path)?.workflow : void 0;
      if (!callee) out.set("*", job.line);
      else
        for (const j of callee.jobs)
          for (const [s, _] of exposedSecrets(j, callee, event, []))
            if (!out.has(s)) out.set(s, job.line);
    }
  }
  return out;
}

// src/rules/checks/push-credentials-in-review.ts
async function exposures(tree, set) {
  if (!tree) return [];
  const workflows = await readWorkflows(tree);
  const pushers = pushJobs(workflows, set);
  if (pushers.length === 0) return [];
  const out = [];
  for (const { path, workflow } of workflows)
    for (const job of workflow.jobs) {
      const hit = /* @__PURE__ */ new Map();
      const from = /* @__PURE__ */ new Set();
      let event;
      for (const ev of workflow.reviewEvents) {
        if (ev === "pull_request_target" && job.applies) continue;
        const held = exposedSecrets(job, workflow, ev, workflows);
        for (const p of pushers) {
          if ((p.job.environmentName ?? "") !== (job.environmentName ?? "")) continue;
          for (const secret of p.secrets.keys()) {
            if (secret === "*") continue;
            const line = held.get(secret) ?? held.get("*");
            if (line === void 0) continue;
            if (!hit.has(secret)) hit.set(secret, line);
            from.add(p);
            event ??= ev;
          }
        }
      }
      if (hit.size === 0 || !event) continue;
      out.push({
        key: `${path} ${job.id}`,
        file: path,
        line: Math.min(...hit.values()),
        job: job.id,
        event,
        secrets: [...hit.keys()].sort(),
        pushers: [...from]
      });
    }
  return out;
}
function describe4(e) {
  const secrets = e.secrets.map((s) => `secrets.${s}`).join(", ");
  const pushers = [
    ...new Set(
      e.pushers.map(
        (p) => p.job.id === e.job && p.file === e.file ? "this job" : `job "${p.job.id}" of ${p.file}`
      )
    )
  ].join(", ");
  return `${e.file}:${e.line} job "${e.job}" runs on ${e.event} with ${secrets}, the push credential${e.secrets.length > 1 ? "s" : ""} of DNS (used by ${pushers}): code from the pull request runs next to a write token.`;
}
var pushCredentialsInReview = {
  id: "push-credentials-in-review",
  defaultSeverity: "high",
  title: "A pull-request job holds the credentials that push DNS",
  why: "Jobs that run for pull requests run code the pull request can change (scripts, dependencies, the DNS config itself; on pull_request_target with a fork\u2019s checkout, anyone\u2019s). A preview only reads DNS: if it holds the token the push uses, that code can change DNS or carry the token away before any review.",
  fix: "Give the preview its own read-only credential under another secret name (Cloudflare: a token with Zone:Read and DNS:Read only; AWS: a role allowed route53:List*/Get* only), and keep the push credential as a secret of a protected `environment:` that only the default branch may use.",
  readsRepository: true,
  async check(ctx) {
    const before = new Map((await exposures(ctx.baseTree, ctx.base)).map((e) => [e.key, e]));
    return (await exposures(ctx.headTree, ctx.head)).map((e) => {
      const old = before.get(e.key);
      return {
        introduced: !old || e.secrets.some((s) => !old.secrets.includes(s)),
        key: e.key,
        message: describe4(e),
        location: { file: e.file, line: e.line }
      };
    });
  }
};

// src/rules/checks/registrar-change.ts
function describe5(p) {
  if (!p) return "(none)";
  return p.type ? `${p.name} (${p.type})` : p.name;
}
var registrarChange = {
  id: "registrar-change",
  defaultSeverity: "high",
  title: "The registrar of a zone changes",
  why: "The registrar publishes the delegation (NS and DS) in the parent zone. Switching it in the config does not transfer the domain, and the new registrar's API may overwrite the nameservers or drop the DS, which takes the zone offline or breaks DNSSEC validation.",
  fix: "Transfer the domain first, check the NS and DS the new registrar will publish match what the zone serves, and only then switch the config.",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      if (!d.before || !d.after || specialUseZone(d.name)) continue;
      const before = describe5(d.before.registrar);
      const after = describe5(d.after.registrar);
      if (before === after) continue;
      out.push({
        introduced: true,
        zone: d.zone,
        name: d.name,
        message: `The registrar of ${d.name} changes: ${before} \u2192 ${after}.`,
        ...d.after.location ? { location: d.after.location } : {}
      });
    }
    return out;
  }
};

// src/rules/checks/registrar-dns-same-account.ts
function sharedAccounts(set) {
  const out = [];
  for (const zone of set.zones) {
    const { registrar, dns } = zoneParties(set, zone);
    if (!registrar) continue;
    for (const provider of dns) {
      const how = sameCredential(registrar, provider);
      if (!how) continue;
      const zk = zoneKey(zone);
      out.push({
        key: `${zk} ${registrar.name} ${provider.name}`,
        zone: zk,
        message: `${zone.name}: the registrar "${registrar.name}"${zone.format === "dnscontrol" ? " (NewRegistrar)" : ""} and the DNS provider "${provider.name}"${zone.format === "dnscontrol" ? " (NewDnsProvider)" : ""} ${how}: one stolen or misused credential changes the delegation and DS at the registry and every record of the zone.`,
        ...zone.location ? { location: zone.location } : {}
      });
    }
  }
  return out;
}
function sameCredential(registrar, provider) {
  const a = registrar.credential;
  const b = provider.credential;
  if (registrar.name === provider.name)
    return `read the same credentials entry "${registrar.name}"${a ? ` (${where(a.location)})` : ""}`;
  if (!a || !b) return void 0;
  const s = sharedSecret(a, b);
  if (!s) return void 0;
  switch (s.kind) {
    case "env":
      return `read the same secret: "${s.fieldA}" of "${registrar.name}" and "${s.fieldB}" of "${provider.name}" both take $${s.env}`;
    case "literal":
      return `hold the same literal secret in "${s.fieldA}" of "${registrar.name}" and "${s.fieldB}" of "${provider.name}" (${where(a.location)})`;
    case "identity":
      return `use the same identity: both entries give the same ${s.field}`;
    case "ambient":
      return `name no credential of their own, so both use ${s.what}`;
  }
}
function where(loc) {
  return loc.line ? `${loc.file}:${loc.line}` : loc.file;
}
var registrarDnsSameAccount = {
  id: "registrar-dns-same-account",
  defaultSeverity: "medium",
  title: "Registrar and DNS provider use the same account or credential",
  why: "The registrar publishes the delegation (NS and DS) in the parent zone; the DNS provider serves the records. With one credential for both, a single leaked token or password can move the domain to other nameservers, remove its DS and rewrite every record at once, and no separate account has to be broken into first.",
  fix: 'Give the registrar its own account with its own credential, kept out of CI (DNSControl: NewRegistrar("none") in the config the pipeline pushes, or a creds.json entry whose secret is not in the workflow), protect that account with MFA, and ask the registry for a registry lock on the domain.',
  check(ctx) {
    const before = new Set(sharedAccounts(ctx.base).map((s) => s.key));
    return sharedAccounts(ctx.head).map(
      (s) => ({
        introduced: !before.has(s.key),
        zone: s.zone,
        key: s.key,
        message: s.message,
        ...s.location ? { location: s.location } : {}
      })
    );
  }
};

// src/rules/checks/registrar-lock-missing.ts
var registrarLockMissing = {
  id: "registrar-lock-missing",
  defaultSeverity: "medium",
  title: "The domain has no registrar transfer lock",
  why: "Without `client transfer prohibited`, anyone holding the registrar account's password or the domain's auth code can move the domain to another registrar, and with it the power to change every nameserver and DS.",
  fix: "Turn on the transfer lock (often called 'domain lock' or 'registrar lock') in the registrar's control panel or API; it is free at most registrars.",
  check(ctx) {
    const out = [];
    for (const { fact, registration, zone, location } of registrations(ctx)) {
      if (registration.status.includes("client transfer prohibited")) continue;
      const shown2 = registration.status.length ? registration.status.join(", ") : "no status";
      out.push({
        introduced: false,
        zone,
        name: fact.domain,
        message: `The registry (${rdapSource(fact)}) shows no transfer lock on ${fact.domain} (status: ${shown2}).`,
        ...location ? { location } : {}
      });
    }
    return out;
  }
};

// src/live/registry-types.ts
function registryRequests(apexes) {
  const byDomain = /* @__PURE__ */ new Map();
  for (const apex of new Set(apexes)) {
    if (specialUseZone(apex)) continue;
    const domain = registrableDomain(apex);
    if (!domain) continue;
    if (!byDomain.has(domain)) byDomain.set(domain, []);
    byDomain.get(domain).push(apex);
  }
  return [...byDomain].map(([domain, zones]) => ({ domain, zones: zones.sort() }));
}
function registrationOf(registry, apex) {
  const fact = registry?.domains.find((d) => d.domain === apex && d.outcome === "found");
  return fact?.registration ? fact : void 0;
}

// src/rules/checks/registry-delegation-mismatch.ts
function judgeKeys(owner, ds, keyValues) {
  const keys = keyValues.map(parseDnskey).filter((k) => k !== void 0 && isUsableKey(k));
  if (keys.length === 0) return "no-match";
  let checkable = false;
  for (const d of ds) {
    const m = matchDs(owner, d, keys);
    if (m.kind === "match") return "match";
    if (m.kind === "no-match") checkable = true;
  }
  return checkable ? "no-match" : "unknown";
}
function dsToSet(owner, keyValues) {
  const keys = keyValues.map(parseDnskey).filter((k) => k !== void 0 && isUsableKey(k));
  const ksks = keys.filter((k) => (k.flags & DNSKEY_FLAG_SEP) !== 0);
  return (ksks.length ? ksks : keys).map((k) => computeDs(owner, k, 2)).filter((d) => d !== void 0).map((d) => formatDs(d));
}
var registryDelegationMismatch = {
  id: "registry-delegation-mismatch",
  defaultSeverity: "high",
  title: "After the merge the registry's delegation would not match the zone",
  why: "The registry publishes the nameservers and DS that the registrar account set. When the zone's apex NS or DNSKEYs change and the registrar is not updated in step, resolvers follow the old delegation (servers that may stop serving the zone) or validate against a DS that matches no key, and the domain fails for their users.",
  fix: "Make the registrar step part of the change: set the values below at the registrar in the right order (new servers serving and new keys published first), or keep the zone matching what the registry holds.",
  absorbs: ["ns-mismatch", "ds-mismatch"],
  // the same delegation seen from live DNS
  check(ctx) {
    const out = [];
    for (const { key, apex, base, head } of delegatedZonePairs(ctx)) {
      if (!head) continue;
      const fact = registrationOf(ctx.registry, apex);
      if (!fact) continue;
      const r = fact.registration;
      const source = fact.url ? new URL(fact.url).host : "the registry";
      const lz = liveZone(ctx, apex);
      const loc = (type) => head.rrsets.find((x) => x.name === apex && x.type === type)?.location ?? head.location;
      const served = lz ? servedNs(lz) : void 0;
      const nsBefore = configuredNs(base) ?? served;
      const nsAfter = configuredNs(head) ?? served;
      if (r.nameservers.length > 0 && nsBefore && nsAfter && sameSet(r.nameservers, nsBefore) && !sameSet(r.nameservers, nsAfter)) {
        const l = loc("NS");
        out.push({
          introduced: true,
          zone: key,
          name: apex,
          type: "NS",
          message: `The registry (${source}) delegates ${apex} to ${listValues(r.nameservers)}; after this change the zone's apex NS would be ${listValues(nsAfter)}. Registrar step: set the nameservers to ${nsAfter.join(", ")} once they all serve the zone.`,
          ...l ? { location: l } : {}
        });
      }
      const ds = r.secureDNS?.dsData ?? [];
      const keysAfter = findRRset(head, apex, "DNSKEY")?.values;
      const keysBefore = findRRset(base, apex, "DNSKEY")?.values ?? (lz ? servedDnskeys(lz) : void 0);
      if (ds.length > 0 && keysAfter && keysBefore) {
        const before = judgeKeys(apex, ds, keysBefore);
        const after = judgeKeys(apex, ds, keysAfter);
        if (before === "match" && after === "no-match") {
          const toSet = dsToSet(apex, keysAfter);
          const l = loc("DNSKEY");
          out.push({
            introduced: true,
            zone: key,
            name: apex,
            type: "DS",
            message: `The registry (${source}) holds DS ${listValues(ds.map(formatDs))} for ${apex}; after this change no DNSKEY of the zone matches it. Registrar step: ${toSet.length ? `set DS ${toSet.join("; ")}` : "remove the DS"} once the new keys are published and their TTL has passed.`,
            ...l ? { location: l } : {}
          });
        }
      }
    }
    return out;
  }
};

// src/rules/checks/registry-lock-missing.ts
var REGISTRY_LOCK = [
  "server transfer prohibited",
  "server update prohibited",
  "server delete prohibited"
];
var registryLockMissing = {
  id: "registry-lock-missing",
  defaultSeverity: "low",
  title: "The domain has no registry lock",
  why: "A registrar lock stops transfers, but whoever gets into the registrar account can lift it and change the nameservers in minutes. A registry lock (the server statuses) can only be lifted by the registry after an out-of-band check, so a phished or compromised registrar account cannot redirect the domain.",
  fix: "For domains the business depends on, ask the registrar for registry lock (server transfer, update and delete prohibited); list the zone under protected-zones in .zoneguard.yml to weigh this finding higher.",
  check(ctx) {
    const out = [];
    for (const { fact, registration, zone, location } of registrations(ctx)) {
      const missing = REGISTRY_LOCK.filter((s) => !registration.status.includes(s));
      if (missing.length === 0) continue;
      out.push({
        introduced: false,
        zone,
        name: fact.domain,
        message: `The registry (${rdapSource(fact)}) shows no registry lock on ${fact.domain}: missing ${missing.join(", ")}.`,
        ...location ? { location } : {}
      });
    }
    return out;
  }
};

// src/rules/checks/rrsig-expired.ts
var rrsigExpired = {
  id: "rrsig-expired",
  defaultSeverity: "critical",
  title: "A DNSSEC signature has expired or is not yet valid",
  why: "A validating resolver accepts an RRset only with a signature inside its validity window; outside it the answer is bogus and the resolver returns SERVFAIL, so the names vanish for every user behind a validating resolver (most public ones).",
  fix: "Re-sign the zone (or restart the signer that stopped), check that every secondary has transferred the fresh signatures, and check the signer's clock when a signature is not valid yet.",
  check(ctx) {
    const out = [];
    for (const { key, head, judged } of judgedZones(ctx)) {
      for (const group of byRRset([...judged.dnskey, ...judged.rrsets])) {
        const expired = group.filter((j) => j.verdict.kind === "expired");
        if (expired.length === 0) continue;
        const { name, type } = expired[0];
        const servers = [...new Set(expired.map((j) => j.server))];
        const parts = [];
        for (const j of expired) {
          const v = j.verdict;
          if (v.kind !== "expired") continue;
          if (v.ended) parts.push(`ended ${utc(v.ended.at)} (key ${v.ended.keyTag})`);
          else if (v.begins)
            parts.push(`is not valid before ${utc(v.begins.at)} (key ${v.begins.keyTag})`);
        }
        const location = rrsetLocation(head, name, type);
        out.push({
          introduced: false,
          zone: key,
          name,
          type,
          message: sentence(
            `The signature over ${name} ${type} ${[...new Set(parts)].join("; ")} on ${listValues(servers, 3)}: validating resolvers answer SERVFAIL for it`
          ),
          ...location ? { location } : {}
        });
      }
    }
    return out;
  }
};

// src/rules/checks/rrsig-expiring.ts
var DAY2 = 864e5;
function inWords(ms) {
  const hours = Math.floor(ms / 36e5);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} days`;
}
var rrsigExpiring = {
  id: "rrsig-expiring",
  defaultSeverity: "high",
  title: "A DNSSEC signature expires soon",
  why: "When the last valid signature over an RRset ends, validating resolvers answer SERVFAIL for it. Signers re-sign well before the end; a signature this close to it usually means the signer or a zone transfer has stopped.",
  fix: "Check that the signer is running and re-signing (BIND `rndc signing -list`, the provider's DNSSEC status) and that every secondary has the latest serial; re-sign now if in doubt.",
  check(ctx) {
    const out = [];
    const window = ctx.policy.rrsigExpiringDays * DAY2;
    const now = ctx.now.getTime();
    for (const { key, head, judged } of judgedZones(ctx)) {
      for (const group of byRRset([...judged.dnskey, ...judged.rrsets])) {
        if (group.some((j) => j.verdict.kind === "expired")) continue;
        let worst;
        for (const j of group) {
          const v = j.verdict;
          if (v.kind !== "secure") continue;
          if (!worst || v.until < worst.until)
            worst = {
              from: v.from,
              until: v.until,
              keyTag: v.keyTag,
              server: j.server,
              ttl: j.ttl
            };
        }
        if (!worst) continue;
        const left = worst.until - now;
        const twiceTtl = 2 * worst.ttl * 1e3;
        if (left >= Math.max(window, twiceTtl)) continue;
        if (left >= (worst.until - worst.from) / 2) continue;
        const { name, type } = group[0];
        const why = twiceTtl > window ? `sooner than twice its TTL (${worst.ttl} s), so resolvers may hold it past the end` : `within ${ctx.policy.rrsigExpiringDays} days`;
        const location = rrsetLocation(head, name, type);
        out.push({
          introduced: false,
          zone: key,
          name,
          type,
          message: sentence(
            `The signature over ${name} ${type} served by ${worst.server} (key ${worst.keyTag}) ends ${utc(worst.until)}, in ${inWords(left)}: ${why}`
          ),
          ...location ? { location } : {}
        });
      }
    }
    return out;
  }
};

// src/rules/checks/secondary-out-of-sync.ts
var NAMED = 3;
function answerText(a) {
  if (a === "absent") return "nothing";
  if (a === "delegated") return "a referral";
  return `${listValues(a.values, 2)} TTL ${a.ttl}`;
}
function differenceText(d) {
  const byAnswer = /* @__PURE__ */ new Map();
  for (const a of d.answers) {
    const text = answerText(a.answer);
    byAnswer.set(text, [...byAnswer.get(text) ?? [], a.server]);
  }
  const parts = [...byAnswer].map(([text, servers]) => `${servers.join(", ")}: ${text}`);
  return `${d.name} ${d.type} (${parts.join("; ")})`;
}
function serialText(lz) {
  const healthy = lz.servers.filter((s) => s.authoritative);
  const behind = healthy.filter((s) => s.upToDate === false);
  if (behind.length === 0) return void 0;
  const lagging = behind.map((s) => `${serverLabel(s)} serves serial ${s.soaSerial}`).join(", ");
  const current = healthy.filter((s) => s.upToDate).filter((s) => behind.some((b) => (b.soaPrimary ?? "") === (s.soaPrimary ?? ""))).map((s) => `${serverLabel(s)} ${s.soaSerial}`);
  return `${lagging}, behind ${listValues(current, 3)}`;
}
var secondaryOutOfSync = {
  id: "secondary-out-of-sync",
  defaultSeverity: "high",
  title: "A zone's authoritative servers disagree (SOA serials or RRsets)",
  why: "Resolvers ask any of the servers: while one lags or holds other data, the answer depends on which server a resolver picks, changes look applied when they are not, and a secondary that cannot transfer stops answering altogether when its copy expires (SOA expire).",
  fix: "Find why the lagging server does not transfer the zone (transfer ACL or TSIG key at the primary, NOTIFY reaching it, its logs) and let it catch up; for a provider that holds other data, push the zone to it again. Check again before merging changes that rely on every server.",
  check(ctx) {
    const out = [];
    for (const { key, apex } of zonePairs(ctx)) {
      const lz = liveZone(ctx, apex);
      if (!lz) continue;
      const serials = serialText(lz);
      const differences = lz.differences ?? [];
      if (!serials && differences.length === 0) continue;
      const named = differences.slice(0, NAMED).map(differenceText);
      const more = differences.length - named.length;
      const rrsets = differences.length === 0 ? "" : `${differences.length === 1 ? "one RRset differs" : `${differences.length} RRsets differ`} between servers: ${named.join("; ")}${more > 0 ? `; and ${more} more` : ""}`;
      out.push({
        introduced: false,
        zone: key,
        name: apex,
        message: sentence(
          `The servers of ${apex} disagree: ${[serials, rrsets].filter(Boolean).join("; ")}. Drift and apply compare git with the up-to-date servers only`
        )
      });
    }
    return out;
  }
};

// src/sources/scan-read.ts
var SCAN_MAX_CHARS = 512 * 1024;
async function readForScan(tree, path) {
  let text;
  try {
    text = await tree.readText(path);
  } catch (e) {
    if (e instanceof SourceError) return { kind: "refused", reason: e.message };
    throw e;
  }
  if (text === void 0) return { kind: "missing" };
  const cut = text.length > SCAN_MAX_CHARS;
  const scanned = cut ? text.slice(0, SCAN_MAX_CHARS) : text;
  if (text.includes("\0")) return { kind: "binary" };
  return { kind: "text", text: scanned, cut };
}

// src/rules/checks/secret-in-repo.ts
var ROTATE = 'Revoke and rotate this credential now (it is in git history for good), then keep it in the CI secret store and reference it: DNSControl "$VAR", octoDNS "env/NAME", Actions secrets.NAME. Removing the line alone does not un-leak it.';
var secretInRepo = {
  id: "secret-in-repo",
  defaultSeverity: "critical",
  title: "Credential committed to the repository",
  why: "Anything in git is readable by everyone with access to the repository, its forks and clones, forever. A DNS credential lets its holder re-point the domain, issue certificates for it and intercept its mail.",
  fix: ROTATE,
  readsRepository: true,
  async check(ctx) {
    const out = [];
    const secretLines = /* @__PURE__ */ new Set();
    const credFiles = new Set(
      [...ctx.head.credentials, ...ctx.base.credentials].map((c) => c.location.file)
    );
    const pipeline = await readPipelineFiles(ctx.headTree, [ctx.head], void 0, ctx.path ?? "");
    const paths = /* @__PURE__ */ new Set([...ctx.changedFiles, ...credFiles, ...pipeline.map((f) => f.path)]);
    const fieldLines = new Set(
      ctx.head.credentials.flatMap(
        (c) => c.fields.filter((f) => f.literal && isSecretField(c.type, f.key)).map((f) => f.location ?? c.location).filter((l) => l.line !== void 0).map((l) => `${l.file}:${l.line}`)
      )
    );
    for (const path of [...paths].sort()) {
      const read = await readForScan(ctx.headTree, path);
      if (read.kind === "refused") {
        out.push(unreadFinding(path, read.reason));
        continue;
      }
      if (read.kind !== "text") continue;
      const found = findSecrets(read.text);
      if (found.length === 0) continue;
      const before = await secretsAt(ctx.baseTree, path);
      for (const s of found) {
        if (s.kind === GUESSED_KIND && fieldLines.has(`${path}:${s.line}`)) continue;
        secretLines.add(`${path}:${s.line}`);
        out.push(tokenFinding(path, s, !before.has(s.digest)));
      }
    }
    for (const cred of ctx.head.credentials)
      for (const field of cred.fields) {
        if (!field.literal || !isSecretField(cred.type, field.key)) continue;
        const location = field.location ?? cred.location;
        if (location.line !== void 0 && secretLines.has(`${location.file}:${location.line}`))
          continue;
        out.push({
          introduced: !wasLiteral(ctx.base, cred, field.key),
          key: `literal ${location.file} ${cred.provider} ${field.key}`,
          message: `${location.file}${location.line ? `:${location.line}` : ""}: "${field.key}" of provider "${cred.provider}" is written as a literal value instead of a reference to a secret.`,
          location
        });
      }
    return out;
  }
};
function tokenFinding(path, s, introduced) {
  return {
    introduced,
    key: `token ${path} ${s.digest}`,
    message: `${path}:${s.line} holds a ${s.kind} (${s.masked}).`,
    location: { file: path, line: s.line, column: s.column }
  };
}
function unreadFinding(path, reason) {
  const shown2 = outputText(path, MAX_QUOTED_CHARS);
  return {
    introduced: true,
    severity: "medium",
    key: `unread ${path}`,
    message: `"${shown2}" changed but could not be scanned for credentials: ${outputText(reason)}`,
    fix: "Rename the file without control characters, so that it can be read and scanned.",
    location: { file: shown2 }
  };
}
async function secretsAt(tree, path) {
  const read = tree ? await readForScan(tree, path) : void 0;
  return new Set(read?.kind !== "text" ? [] : findSecrets(read.text).map((s) => s.digest));
}
function wasLiteral(base, cred, key) {
  return base.credentials.some(
    (c) => c.provider === cred.provider && c.location.file === cred.location.file && c.fields.some((f) => f.key === key && f.literal)
  );
}

// src/rules/checks/single-credential-pipeline.ts
async function concentrations(tree, set) {
  const out = /* @__PURE__ */ new Map();
  if (!tree) return out;
  const workflows = await readWorkflows(tree);
  for (const job of pushJobs(workflows, set))
    for (const zone of set.zones) {
      const c = coverage(job, zone, set);
      const dns = distinct(c.dns);
      const registrar = c.registrar && !c.dns.some((p) => p.name === c.registrar.name) ? c.registrar : void 0;
      if (dns.length + (registrar ? 1 : 0) < 2) continue;
      const names = dns.map((p) => p.name).sort();
      const key = `${job.file} ${job.job.id} ${names.join(",")}${registrar ? ` registrar:${registrar.name}` : ""}`;
      const found = out.get(key);
      if (found) found.zones.push(zone.name);
      else
        out.set(key, {
          key,
          file: job.file,
          line: job.pushes[0]?.line ?? job.job.line,
          job: job.job.id,
          dns: names,
          ...registrar ? { registrar: registrar.name } : {},
          zones: [zone.name],
          secrets: [...job.secrets.keys()].sort()
        });
    }
  return out;
}
function distinct(parties) {
  const seen = /* @__PURE__ */ new Set();
  return parties.filter((p) => {
    const id = p.credential ? `${p.credential.location.file} ${p.credential.provider}` : p.name;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
function describe6(c) {
  const zones = c.zones.length <= 3 ? c.zones.join(", ") : `${c.zones.slice(0, 3).join(", ")} and ${c.zones.length - 3} more zones`;
  const parts = [
    c.dns.length > 1 ? `every DNS provider (${c.dns.map((n) => `"${n}"`).join(", ")})` : `the DNS provider "${c.dns[0]}"`,
    ...c.registrar ? [`the registrar "${c.registrar}"`] : []
  ];
  const secrets = c.secrets.length ? ` with one set of secrets (${c.secrets.map((s) => s === "*" ? "every secret" : `secrets.${s}`).join(", ")})` : " with one set of credentials";
  return `${c.file}:${c.line} job "${c.job}" pushes ${parts.join(" and ")} of ${zones}${secrets}: one leaked credential set, compromised runner or bad merge reaches all of them at once.`;
}
var singleCredentialPipeline = {
  id: "single-credential-pipeline",
  defaultSeverity: "low",
  title: "One pipeline job pushes every DNS provider (or the registrar too) with one set of secrets",
  why: "A second DNS provider (or a registrar apart from the DNS host) limits the damage of one compromised account only if no single credential reaches both. When one workflow job holds every credential and pushes everything, a leaked secret, a compromised action in that job or one bad merge changes every copy of the zone at once.",
  fix: "Push each provider from its own job (DNSControl `dnscontrol push --providers NAME`, octoDNS `octodns-sync --doit --target NAME`), each in its own protected `environment:` holding only that provider\u2019s secret, and keep the registrar credential out of CI.",
  readsRepository: true,
  async check(ctx) {
    const before = await concentrations(ctx.baseTree, ctx.base);
    const out = [];
    for (const c of (await concentrations(ctx.headTree, ctx.head)).values()) {
      const base = c.dns.length > 1 ? "medium" : "low";
      const raise = c.zones.some((z) => ctx.policy.protectedZones.includes(z));
      out.push({
        introduced: !before.has(c.key),
        key: c.key,
        message: describe6(c),
        location: { file: c.file, line: c.line },
        severity: raise ? raiseSeverity(base) : base
      });
    }
    return out;
  }
};

// src/rules/checks/providers.ts
var KNOWN_PROVIDERS = [
  {
    id: "Amazon Route 53",
    hosts: [
      "ns-*.awsdns-*.com",
      "ns-*.awsdns-*.net",
      "ns-*.awsdns-*.org",
      "ns-*.awsdns-*.co.uk",
      "amzndns.com",
      "amzndns.net",
      "amzndns.org",
      "amzndns.co.uk"
    ]
  },
  {
    id: "Cloudflare",
    hosts: ["ns.cloudflare.com", "foundationdns.com", "foundationdns.net", "foundationdns.org"]
  },
  { id: "Google Cloud DNS", hosts: ["ns-cloud-*.googledomains.com"] },
  {
    id: "Azure DNS",
    hosts: [
      "ns*-*.azure-dns.com",
      "ns*-*.azure-dns.net",
      "ns*-*.azure-dns.org",
      "ns*-*.azure-dns.info",
      "azure-dns.cn",
      "azure-dns.us",
      "azure-dns.de"
    ]
  },
  { id: "NS1", hosts: ["nsone.net"] },
  { id: "DNSimple", hosts: ["dnsimple.com", "dnsimple-edge.net", "dnsimple-edge.org"] },
  { id: "Gandi", hosts: ["gandi.net"] },
  {
    id: "Hetzner",
    hosts: ["ns.hetzner.com", "ns.hetzner.de", "first-ns.de", "second-ns.de", "second-ns.com"]
  },
  { id: "DigitalOcean", hosts: ["digitalocean.com"] },
  { id: "OVHcloud", hosts: ["ovh.net", "ovh.ca", "anycast.me"] },
  { id: "Akamai Edge DNS", hosts: ["akam.net"] },
  {
    id: "UltraDNS",
    hosts: [
      "ultradns.net",
      "ultradns.org",
      "ultradns.info",
      "ultradns.co.uk",
      "ultradns.com",
      "ultradns.biz"
    ]
  },
  { id: "Dyn", hosts: ["dynect.net"] },
  { id: "Oracle Cloud DNS", hosts: ["dns.oraclecloud.net"] },
  { id: "GoDaddy", hosts: ["domaincontrol.com"] },
  { id: "Namecheap", hosts: ["registrar-servers.com"] },
  { id: "Porkbun", hosts: ["ns.porkbun.com"] },
  { id: "Vercel", hosts: ["vercel-dns.com"] },
  { id: "Bunny DNS", hosts: ["bunny.net"] },
  { id: "deSEC", hosts: ["desec.io", "desec.org"] },
  { id: "Linode", hosts: ["linode.com"] },
  { id: "Vultr", hosts: ["vultr.com"] },
  { id: "Hurricane Electric", hosts: ["he.net"] },
  { id: "easyDNS", hosts: ["easydns.com", "easydns.net", "easydns.org", "easydns.info"] },
  { id: "ClouDNS", hosts: ["cloudns.net"] },
  { id: "Constellix", hosts: ["constellix.com", "constellix.net"] },
  { id: "DNS Made Easy", hosts: ["dnsmadeeasy.com"] },
  { id: "Alibaba Cloud DNS", hosts: ["hichina.com", "alidns.com"] },
  {
    id: "DNSPod",
    hosts: [
      "dnspod.net",
      "dnsv2.com",
      "dnsv3.com",
      "dnsv4.com",
      "dnsv5.com",
      "tencentcloudcns.com"
    ]
  },
  { id: "Yandex", hosts: ["dns1.yandex.net", "dns2.yandex.net", "yandexcloud.net"] },
  { id: "IONOS", hosts: ["ui-dns.com", "ui-dns.org", "ui-dns.de", "ui-dns.biz"] }
];
function globToRegExp(glob) {
  const body = glob.toLowerCase().replace(/\.$/, "").split("*").map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join("[^.]*");
  return new RegExp(`^${body}$`);
}
function matcher(hosts) {
  const globs = hosts.filter((h) => h.includes("*")).map(globToRegExp);
  const suffixes = hosts.filter((h) => !h.includes("*")).map((h) => h.toLowerCase().replace(/\.$/, ""));
  return (host) => globs.some((g) => g.test(host)) || suffixes.some((s) => host === s || host.endsWith(`.${s}`));
}
var builtIn = KNOWN_PROVIDERS.map((p) => ({ id: p.id, test: matcher(p.hosts) }));
function identifyProvider(host, extra = {}) {
  const h = host.toLowerCase().replace(/\.$/, "");
  for (const [id, hosts] of Object.entries(extra))
    if (matcher(hosts)(h)) return { id, how: "policy" };
  for (const p of builtIn) if (p.test(h)) return { id: p.id, how: "pattern" };
  return { id: registrableDomain(h)?.slice(0, -1) ?? h, how: "domain" };
}

// src/rules/checks/single-provider.ts
function operators(ctx, zone, live) {
  if (!zone) return void 0;
  const hosts = configuredNs(zone) ?? live;
  if (hosts && hosts.length > 0) {
    const ids = new Set(hosts.map((h) => identifyProvider(h, ctx.policy.providers).id));
    return { ids, from: "nameservers", hosts };
  }
  const used = zone.providers.filter((p) => p.nsCount !== 0);
  if (used.length === 0) return void 0;
  return { ids: new Set(used.map((p) => p.type ?? p.name)), from: "DNS providers", hosts: [] };
}
var singleProvider = {
  id: "single-provider",
  defaultSeverity: "medium",
  title: "Every nameserver belongs to one provider",
  why: "When all nameservers belong to one operator, that operator's outage, DDoS or account problem takes every name in the zone offline; RFC 2182 asks for servers on separate networks.",
  fix: "Add a second DNS provider (DNSControl: a second DnsProvider(); octoDNS: a second target) serving the same records, and list both sets of nameservers at the registrar. Sign with care (RFC 8901) or leave DNSSEC to one provider.",
  check(ctx) {
    const out = [];
    for (const { key, apex, base, head } of delegatedZonePairs(ctx)) {
      if (!head) continue;
      const live = liveNs(ctx, apex);
      const after = operators(ctx, head, live);
      if (!after || after.ids.size !== 1) continue;
      const before = operators(ctx, base, live);
      const introduced = before !== void 0 && before.ids.size > 1;
      const [id] = after.ids;
      const loc = head.rrsets.find((r) => r.name === apex && r.type === "NS")?.location ?? head.location;
      out.push({
        introduced,
        zone: key,
        name: apex,
        type: "NS",
        message: after.from === "nameservers" ? sentence(
          `All nameservers of ${apex} (${listValues(after.hosts)}) belong to one provider: ${id}`
        ) : sentence(`${apex} is served by a single DNS provider: ${id}`),
        ...loc ? { location: loc } : {}
      });
    }
    return out;
  }
};

// src/rules/checks/soa-serial.ts
function serialOf(zone) {
  const soa = zone.rrsets.find((r) => r.type === "SOA" && r.name === zone.name);
  if (!soa?.values[0]) return void 0;
  const rdata = decodeRdata("SOA", soa.values[0]);
  return rdata.type === "SOA" ? rdata.serial : void 0;
}
var soaSerial = {
  id: "soa-serial",
  defaultSeverity: "high",
  title: "A zone file changes without a higher SOA serial",
  why: "Secondary servers transfer a zone only when its SOA serial increases (RFC 1982 arithmetic). Without a higher serial the change reaches the primary only, and the servers answer differently; a serial that goes backwards stops transfers until it passes the old value.",
  fix: "Increase the SOA serial (the date-based YYYYMMDDnn form is common) in the same change.",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      if (d.format !== "bind" || !d.before || !d.after) continue;
      if (!d.changes.some((c) => c.type !== "SOA")) continue;
      const before = serialOf(d.before);
      const after = serialOf(d.after);
      if (before === void 0 || after === void 0 || serialGreater(after, before)) continue;
      const soa = d.after.rrsets.find((r) => r.type === "SOA");
      out.push({
        introduced: true,
        zone: d.zone,
        name: d.name,
        type: "SOA",
        message: after === before ? `${d.name} changes but its SOA serial stays ${after}: secondaries will not transfer the change.` : `The SOA serial of ${d.name} goes backwards (${before} \u2192 ${after}): secondaries stop transferring until it passes ${before}.`,
        ...soa?.location ? { location: soa.location } : {}
      });
    }
    return out;
  }
};

// src/rules/checks/spf-invalid.ts
var spfInvalid = {
  id: "spf-invalid",
  defaultSeverity: "high",
  title: "SPF record that receivers will reject",
  why: "A permerror in SPF (two records, a typo, more than ten lookups) makes receivers treat every message from the domain as unauthenticated, so DMARC fails and mail lands in spam or bounces.",
  fix: 'Keep exactly one "v=spf1" TXT record per name, fix the term named, and stay within ten lookups: replace include chains by ip4:/ip6: ranges or drop providers no longer used.',
  check(ctx) {
    return compareStates(ctx, spfProblems);
  }
};
function spfProblems(set) {
  const index = spfIndex(set);
  const parse = memoParseSpf();
  const countLookups = lookupCounter(index, parse);
  const zonesByName = new Map(set.zones.map((z) => [z.name, z]));
  const ownerOf = memoized((name) => ownerZone(name, zonesByName));
  const out = [];
  for (const [name, { texts, rrset, zone }] of index) {
    const at = { zone, name, type: rrset.type, location: rrset.location };
    if (texts.length > 1) {
      out.push({
        ...at,
        key: "multiple",
        message: `${name} has ${texts.length} SPF records; receivers must fail them all (permerror, RFC 7208 \xA74.5). Merge them into one.`
      });
      continue;
    }
    const record = parse(texts[0]);
    if (record.errors.length > 0) {
      out.push({
        ...at,
        key: "syntax",
        message: `SPF record of ${name} is invalid: ${record.errors.join("; ")} (RFC 7208 \xA712).`
      });
      continue;
    }
    const lookups = countLookups(name);
    if (lookups.loop) {
      out.push({
        ...at,
        key: "loop",
        message: sentence(`SPF record of ${name} includes itself: ${lookups.loop.join(" \u2192 ")}`)
      });
      continue;
    }
    if (lookups.count > SPF_LOOKUP_LIMIT) {
      const bound = lookups.external.length > 0 ? "at least " : "";
      out.push({
        ...at,
        key: "lookups",
        message: `SPF record of ${name} needs ${bound}${lookups.count} DNS lookups (counting the includes this repository defines); more than ${SPF_LOOKUP_LIMIT} is a permerror (RFC 7208 \xA74.6.4).`
      });
    }
    for (const t of record.terms) {
      const follows = t.name === "include" || t.name === "redirect";
      const target = follows && t.value ? plainDomain(t.value) : void 0;
      if (!target || index.has(target)) continue;
      const owner = ownerOf(target);
      if (!owner || owner.noPurge || owner.unmanaged.length > 0) continue;
      const hasTxt = indexZone(owner).rrset(target, "TXT") !== void 0;
      out.push({
        ...at,
        key: `missing ${target}`,
        message: `SPF record of ${name} uses "${t.text}", but ${target} (in zone ${owner.name}) has no SPF record${hasTxt ? " among its TXT records" : ""}: receivers return permerror (RFC 7208 \xA75.2).`
      });
    }
  }
  return out;
}
function ownerZone(name, zones) {
  let at = name;
  for (; ; ) {
    const z = zones.get(at);
    if (z) return z;
    const dot = at.indexOf(".");
    if (dot < 0 || dot === at.length - 1) return void 0;
    at = at.slice(dot + 1);
  }
}

// src/rules/checks/subdelegation-change.ts
var subdelegationChange = {
  id: "subdelegation-change",
  defaultSeverity: "high",
  title: "A delegation to a child zone changes",
  why: "NS records below the apex hand a subdomain to other servers. A wrong set makes the whole child zone unreachable, and resolvers keep the old delegation for its TTL.",
  fix: "Confirm with the child zone's operators that every new nameserver serves the child zone, keep glue in step, and change DS in the same release if the child is signed.",
  absorbs: ["ttl-not-lowered"],
  // how long caches keep the old RRset is part of this change
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      for (const c of d.changes) {
        if (c.type !== "NS" || c.name === d.name || c.ttlOnly) continue;
        const verb = c.kind === "add" ? "is delegated" : c.kind === "remove" ? "is no longer delegated" : "is delegated to other servers";
        out.push({
          introduced: true,
          zone: d.zone,
          name: c.name,
          type: "NS",
          message: `${c.name} ${verb} (${describeChange(c)}).`,
          location: changeLocation(c)
        });
      }
    }
    return out;
  }
};

// src/rules/checks/target-is-cname.ts
function targetOf2(type, value) {
  if (!value.includes("\\")) return value.slice(value.lastIndexOf(" ") + 1);
  try {
    const r = decodeRdata(type, value);
    const t = r["exchange"] ?? r["target"];
    return typeof t === "string" ? t : void 0;
  } catch {
    return void 0;
  }
}
function findings(set) {
  const cnames = indexZoneSet(set).cnameTargets;
  const out = [];
  for (const z of set.zones) {
    for (const r of indexZone(z).ofTypes(["MX", "NS", "SRV"])) {
      for (const v of r.values) {
        const target = targetOf2(r.type, v);
        if (!target || !cnames.has(target)) continue;
        out.push({
          zone: zoneKey(z),
          name: r.name,
          type: r.type,
          key: target,
          location: r.location,
          message: `${r.type} of ${r.name} points to ${target}, which is a CNAME (to ${cnames.get(target)}); ${r.type} targets must be names with address records.`
        });
      }
    }
  }
  return out;
}
var targetIsCname = {
  id: "target-is-cname",
  defaultSeverity: "medium",
  title: "An MX, NS or SRV target is a CNAME",
  why: "RFC 2181 \xA710.3 forbids MX and NS targets that are aliases; mail servers and resolvers may refuse them or take extra lookups, and some fail outright.",
  fix: "Point the record at the canonical name (the CNAME's target), or give the target name its own A/AAAA records.",
  check: (ctx) => compareStates(ctx, findings)
};

// src/rules/ttl-history.ts
var MAX_CACHE_TTL = 604800;
function ttlOf(zone, name, type) {
  return rrsetLookup(zone.rrsets)(name, type)?.ttl;
}
function ttlHistory(options) {
  let commits;
  const trees = /* @__PURE__ */ new Map();
  const loadCommits = () => {
    commits ??= options.files.length ? options.history.log(options.ref, options.files, options.depth).catch(() => []) : Promise.resolve([]);
    return commits;
  };
  const ttlsAt = (sha, format) => {
    const key = `${format} ${sha}`;
    let set = trees.get(key);
    if (!set) {
      set = (async () => {
        if (options.base && sha === options.base.commit) {
          const index = /* @__PURE__ */ new Map();
          for (const z of options.base.zones.zones)
            if (z.format === format && !index.has(zoneKey(z))) index.set(zoneKey(z), z);
          return index;
        }
        const reader = formatById(format);
        if (!reader) return void 0;
        try {
          const tree = await options.history.treeAt(sha);
          const result = await reader.load(tree, { path: options.path });
          if (!result.ok) return void 0;
          const index = /* @__PURE__ */ new Map();
          for (const z of result.value.zones) if (!index.has(zoneKey(z))) index.set(zoneKey(z), z);
          return index;
        } catch {
          return void 0;
        }
      })();
      trees.set(key, set);
    }
    return set;
  };
  return {
    async changes(zone, format, name, type) {
      const list2 = await loadCommits();
      const out = [];
      const horizon = options.now.getTime() - MAX_CACHE_TTL * 1e3;
      let newer;
      for (const commit of list2) {
        if (newer && newer.time.getTime() < horizon) break;
        const index = await ttlsAt(commit.sha, format);
        if (!index) continue;
        const z = index.get(zone);
        const ttl = z && ttlOf(z, name, type);
        if (ttl === void 0) break;
        if (newer && ttl !== newer.ttl)
          out.push({ ttl, nextTtl: newer.ttl, endedAt: newer.time, commit: newer.sha });
        newer = { ttl, time: commit.time, sha: commit.sha };
      }
      return out;
    }
  };
}

// src/rules/when.ts
var WORDS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve"
];
var UNITS = [
  ["day", 86400],
  ["hour", 3600],
  ["minute", 60],
  ["second", 1]
];
function count(n, unit) {
  return `${n <= 12 ? WORDS[n] : String(n)} ${unit}${n === 1 ? "" : "s"}`;
}
function durationInWords(seconds) {
  const s = Math.max(0, Math.round(seconds));
  for (let i = 0; i < UNITS.length; i++) {
    const [unit, size] = UNITS[i];
    if (s < size && size > 1) continue;
    const whole = Math.floor(s / size);
    const next = UNITS[i + 1];
    if (!next || unit === "second") return count(whole, unit);
    const rest = Math.floor((s - whole * size) / next[1]);
    return rest > 0 ? `${count(whole, unit)} ${count(rest, next[0])}` : count(whole, unit);
  }
  return count(0, "second");
}
function utcMinute(date) {
  const up = new Date(Math.ceil(date.getTime() / 6e4) * 6e4);
  return `${up.toISOString().slice(0, 10)} ${up.toISOString().slice(11, 16)} UTC`;
}

// src/rules/checks/ttl-not-lowered.ts
var NOUNS = {
  A: "address",
  AAAA: "address",
  CNAME: "target",
  ALIAS: "target",
  MX: "mail servers",
  NS: "nameservers",
  TXT: "text",
  DS: "DS records",
  CDS: "CDS records",
  CAA: "CAA policy",
  SRV: "service targets"
};
var ttlNotLowered = {
  id: "ttl-not-lowered",
  defaultSeverity: "high",
  title: "Changed record was not given a low TTL long enough before the change",
  why: "Resolvers keep an answer for its TTL. Changing a record with a long TTL leaves part of the internet on the old data for that long (traffic split between old and new), and makes a rollback just as slow.",
  fix: "First lower the TTL (to 300 s or less) in its own change and deploy it; wait one old TTL; then make this change. Raise the TTL again once the new data is confirmed.",
  readsRepository: true,
  async check(ctx) {
    const history = historyFor(ctx);
    let targets;
    const out = [];
    for (const d of ctx.diffs) {
      if (d.status === "added" || d.status === "removed") continue;
      const live = ctx.live?.zones.find((z) => z.zone === d.name || z.zone === d.zone);
      const cuts = zoneCuts(d.before);
      const zone = [];
      for (const c of d.changes) {
        if (c.kind === "add" || c.ttlOnly || !c.before) continue;
        if (isOccluded(d.before, cuts, c.name, c.type)) continue;
        const address = c.type === "A" || c.type === "AAAA";
        let role;
        if (c.kind === "remove" && address) {
          targets ??= referencedTargets(ctx.head);
          role = targets.get(c.name);
        }
        const judged = await judge2(ctx, d, c, live, history, role);
        if (judged) zone.push(judged);
      }
      out.push(...collapse(d, zone, ctx.policy.ttlThreshold));
    }
    return out;
  }
};
function historyFor(ctx) {
  const ref = ctx.baseRef ?? ctx.baseTree?.commit;
  if (!ctx.history || !ref) return void 0;
  return ttlHistory({
    history: ctx.history,
    ref,
    files: ctx.base.files,
    path: ctx.path ?? "",
    depth: ctx.policy.historyDepth,
    now: ctx.now,
    ...ctx.baseTree?.commit ? { base: { commit: ctx.baseTree.commit, zones: ctx.base } } : {}
  });
}
var MAX_PER_ZONE = 10;
var CRITICAL_TYPES = /* @__PURE__ */ new Set(["NS", "DS", "CDS", "MX"]);
function collapse(d, judged, threshold) {
  const foldable = judged.filter((j) => j.until && !CRITICAL_TYPES.has(j.finding.type));
  if (foldable.length <= MAX_PER_ZONE) return judged.map((j) => j.finding);
  const latest = new Date(Math.max(...foldable.map((j) => j.until.getTime())));
  const names = foldable.map((j) => `${j.finding.name} ${j.finding.type}`);
  const shown2 = names.slice(0, 5).join(", ");
  const severity = maxSeverity(foldable.map((j) => j.severity)) ?? "info";
  const kept = new Set(foldable);
  return [
    ...judged.filter((j) => !kept.has(j)).map((j) => j.finding),
    {
      introduced: true,
      zone: d.zone,
      key: "many",
      severity,
      message: `${foldable.length} changed or removed RRsets of ${d.name} were cached with TTLs above ${threshold} s and were not lowered long enough ago (${shown2} and ${names.length - 5} more); caches may serve old data until ${utcMinute(latest)}. Merge after that, or accept the risk.`,
      fix: `Lower the TTLs of these records to ${threshold} s or less in a separate change, deploy it, wait for the old TTLs to run out, then make this change.`,
      ...foldable[0].finding.location ? { location: foldable[0].finding.location } : {}
    }
  ];
}
function ttlSeverity(policy, c, ttl, role) {
  if (c.kind === "remove" && !role) return "info";
  if (onlyGains(c)) return "info";
  const steps = policy.ttlSeverity;
  const base = ttl >= steps.high ? "high" : ttl >= steps.medium ? "medium" : "info";
  return CRITICAL_TYPES.has(c.type) && c.kind !== "remove" ? raiseSeverity(base) : base;
}
function onlyGains(c) {
  if (c.kind !== "modify" || !c.before || !c.after) return false;
  const after = new Set(c.after.values);
  return c.before.values.every((v) => after.has(v)) && c.after.values.length > c.before.values.length;
}
async function judge2(ctx, d, c, live, history, role) {
  const now = ctx.now.getTime();
  const threshold = ctx.policy.ttlThreshold;
  const before = c.before;
  const from = (ttl) => new Date(now + Math.min(ttl, MAX_CACHE_TTL) * 1e3);
  const exposures2 = [
    {
      from: "base",
      ttl: before.ttl,
      until: from(before.ttl),
      says: `has a TTL of ${before.ttl} s (${durationInWords(before.ttl)}) and was not lowered first`
    }
  ];
  const liveTtl = live && rrsetLookup(live.rrsets)(c.name, c.type)?.ttl;
  if (liveTtl !== void 0 && liveTtl !== before.ttl)
    exposures2.push({
      from: "live",
      ttl: liveTtl,
      until: from(liveTtl),
      says: `is served by live DNS with a TTL of ${liveTtl} s (${durationInWords(liveTtl)})${liveTtl > before.ttl ? ": the lower TTL in git was not pushed yet" : ""}`
    });
  if (history && before.ttl <= threshold) {
    for (const change of await history.changes(d.zone, d.format, c.name, c.type)) {
      if (change.ttl <= threshold) continue;
      const ago = Math.max(0, now - change.endedAt.getTime()) / 1e3;
      const verb = change.nextTtl < change.ttl ? "lowered" : "changed";
      exposures2.push({
        from: "history",
        ttl: change.ttl,
        until: new Date(change.endedAt.getTime() + Math.min(change.ttl, MAX_CACHE_TTL) * 1e3),
        says: `was ${verb} from ${change.ttl} to ${change.nextTtl} ${durationInWords(ago)} ago (${change.commit.slice(0, 7)})`
      });
    }
  }
  const risky = exposures2.filter((e) => e.ttl > threshold && e.until.getTime() > now);
  const parent = parentHorizon(d, c, live);
  if (risky.length === 0) {
    if (!parent) return void 0;
    const info = {
      introduced: true,
      zone: d.zone,
      name: c.name,
      type: c.type,
      severity: "info",
      key: "parent-horizon",
      message: parent.trim(),
      fix: "Keep the old servers and keys serving correctly until the parent TTL has run out after any rollback.",
      location: changeLocation(c)
    };
    return { finding: info, severity: "info" };
  }
  const worst = risky.reduce((a, b) => b.until.getTime() > a.until.getTime() ? b : a);
  const severity = ttlSeverity(ctx.policy, c, worst.ttl, role);
  const until = utcMinute(worst.until);
  const merged = worst.from === "history" ? "" : " if merged now";
  const noun = NOUNS[c.type] ?? "data";
  let message;
  if (onlyGains(c))
    message = `${c.name} ${c.type} only gains values; caches may keep the old set until ${until}${merged}, which stays right: only the new values wait until then.`;
  else if (c.kind !== "remove")
    message = `${c.name} ${c.type} ${worst.says}; caches may serve the old ${noun} until ${until}${merged}. Merge after that, or accept the risk.`;
  else if (role)
    message = `${c.name} ${c.type} is removed, but ${c.name} is still a ${role} other records point at: caches keep its old ${noun} until ${until}${merged} at the latest, then it is gone for them too.`;
  else
    message = `${c.name} ${c.type} is removed; caches may keep answering with it until ${until}${merged}, the same answer the name gave until now.`;
  message += parent;
  const fix = c.kind === "remove" && !role ? "Nothing to do for the caches; make sure nothing still uses this name." : c.kind === "remove" ? `Keep ${c.name} ${c.type} until nothing points at it (move the ${role === "nameserver" ? "NS" : "MX"} records first), then remove it.` : worst.from === "history" ? `Wait until ${until} before merging, or accept the risk with the override label.` : `Lower the TTL of ${c.name} ${c.type} to ${threshold} s or less in a separate change, deploy it, wait ${durationInWords(worst.ttl)}, then make this change.`;
  const finding = {
    introduced: true,
    zone: d.zone,
    name: c.name,
    type: c.type,
    severity,
    message,
    fix,
    location: changeLocation(c)
  };
  return { finding, severity, until: worst.until };
}
function parentHorizon(d, c, live) {
  const delegation = live?.delegation;
  if (!delegation || c.name !== d.name) return "";
  const ttl = c.type === "NS" ? delegation.nsTtl : c.type === "DS" ? delegation.dsTtl : void 0;
  if (ttl === void 0) return "";
  return ` The parent zone ${delegation.parent} serves the delegation ${c.type} with a TTL of ${ttl} s (${durationInWords(ttl)}): a rollback takes that long to reach every resolver.`;
}

// src/rules/checks/txt-quoted.ts
var TAGS = [
  [/^"v=spf1(?: |")/i, "SPF"],
  [/^"v=dmarc1\b/i, "DMARC"],
  [/^"v=dkim1\b/i, "DKIM"],
  [/^"v=stsv1\b/i, "MTA-STS"],
  [/^"v=tlsrptv1\b/i, "TLS-RPT"]
];
var txtQuoted = {
  id: "txt-quoted",
  defaultSeverity: "high",
  title: "A TXT value is wrapped in literal quotes",
  why: "The quotes are published as part of the text. An SPF, DMARC or DKIM record that starts with a quote is not recognised, so receivers see no policy at all (mail is judged unauthenticated); a verification token with quotes around it does not match.",
  fix: 'Write the text without the extra quotes: TXT("@", "v=spf1 -all") in DNSControl, "v=spf1 -all" in a zone file.',
  check(ctx) {
    return compareStates(ctx, quotedTexts);
  }
};
function quotedTexts(set) {
  const out = [];
  for (const zone of set.zones)
    for (const rr of indexZone(zone).ofType("TXT")) {
      for (const text of txtTexts(rr)) {
        if (!(text.length >= 2 && text.startsWith('"') && text.endsWith('"'))) continue;
        const tagged = TAGS.find(([re]) => re.test(text))?.[1];
        const shown2 = text.length > 60 ? `${text.slice(0, 57)}\u2026` : text;
        out.push({
          zone: zoneKey(zone),
          name: rr.name,
          type: "TXT",
          key: text,
          ...tagged ? {} : { severity: "medium" },
          message: tagged ? `TXT of ${rr.name} is ${shown2} with the quotes as part of the text: receivers do not recognise it, so ${rr.name} publishes no ${tagged} record.` : `TXT of ${rr.name} is ${shown2} with the quotes as part of the text: whoever checks this value gets the quotes too.`,
          ...rr.location ? { location: rr.location } : {}
        });
      }
    }
  return out;
}

// src/rules/checks/weak-dnssec-algorithm.ts
var MUST_NOT = "medium";
var NOT_RECOMMENDED = "low";
var ALGORITHMS = {
  0: { severity: MUST_NOT, says: "algorithm 0 is reserved" },
  1: { severity: MUST_NOT, says: "algorithm 1 (RSAMD5) MUST NOT be used" },
  2: { severity: MUST_NOT, says: "algorithm 2 (Diffie-Hellman) is not a signing algorithm" },
  3: { severity: MUST_NOT, says: "algorithm 3 (DSA) MUST NOT be used" },
  5: { severity: NOT_RECOMMENDED, says: "algorithm 5 (RSASHA1) is NOT RECOMMENDED (SHA-1)" },
  6: { severity: MUST_NOT, says: "algorithm 6 (DSA-NSEC3-SHA1) MUST NOT be used" },
  7: {
    severity: NOT_RECOMMENDED,
    says: "algorithm 7 (RSASHA1-NSEC3-SHA1) is NOT RECOMMENDED (SHA-1)"
  },
  10: { severity: NOT_RECOMMENDED, says: "algorithm 10 (RSASHA512) is NOT RECOMMENDED" },
  12: { severity: MUST_NOT, says: "algorithm 12 (ECC-GOST) MUST NOT be used" },
  252: { severity: MUST_NOT, says: "algorithm 252 (INDIRECT) is not for zone signing" },
  253: { severity: MUST_NOT, says: "algorithm 253 (PRIVATEDNS) is not for public zones" },
  254: { severity: MUST_NOT, says: "algorithm 254 (PRIVATEOID) is not for public zones" }
};
var GOOD_ALGORITHMS = /* @__PURE__ */ new Set([8, 13, 14, 15, 16, 17, 23]);
var DIGESTS = {
  0: { severity: MUST_NOT, says: "digest type 0 is reserved" },
  1: { severity: MUST_NOT, says: "digest type 1 (SHA-1) MUST NOT be used for new DS records" },
  3: { severity: MUST_NOT, says: "digest type 3 (GOST R 34.11-94) MUST NOT be used" }
};
var GOOD_DIGESTS = /* @__PURE__ */ new Set([2, 4, 5, 6]);
function algorithmVerdict(algorithm) {
  if (GOOD_ALGORITHMS.has(algorithm)) return void 0;
  return ALGORITHMS[algorithm] ?? {
    severity: MUST_NOT,
    says: `algorithm ${algorithm} is not a registered signing algorithm`
  };
}
function digestVerdict(digest) {
  if (GOOD_DIGESTS.has(digest)) return void 0;
  return DIGESTS[digest] ?? { severity: MUST_NOT, says: `digest type ${digest} is not registered` };
}
function weaknesses(type, value) {
  const fields = value.trim().split(/\s+/, 3).map(Number);
  const out = [];
  if (type === "DS" || type === "CDS") {
    const [, algorithm, digest] = fields;
    if (type === "CDS" && algorithm === 0 && digest === 0) return [];
    if (algorithm === void 0 || digest === void 0) return [];
    const a = algorithmVerdict(algorithm);
    const d = digestVerdict(digest);
    if (a) out.push(a);
    if (d) out.push(d);
  } else if (type === "DNSKEY" || type === "CDNSKEY") {
    const [, , algorithm] = fields;
    if (type === "CDNSKEY" && algorithm === 0) return [];
    if (algorithm === void 0) return [];
    const a = algorithmVerdict(algorithm);
    if (a) out.push(a);
  }
  return out;
}
var TYPES = ["DS", "CDS", "DNSKEY", "CDNSKEY"];
function problems2(set) {
  const out = [];
  for (const z of set.zones)
    for (const r of indexZone(z).ofTypes(TYPES)) {
      for (const v of r.values) {
        const weak = weaknesses(r.type, v);
        if (weak.length === 0) continue;
        out.push({
          zone: z.name,
          name: r.name,
          type: r.type,
          key: v.split(/\s+/, 3).join(" "),
          severity: weak.some((w) => w.severity === MUST_NOT) ? MUST_NOT : NOT_RECOMMENDED,
          message: `${r.name} ${r.type} ${shortValue(v)}: ${weak.map((w) => w.says).join("; ")} (RFC 8624).`,
          location: r.location
        });
      }
    }
  return out;
}
function shortValue(v) {
  return v.length > 40 ? `${v.slice(0, 36)}\u2026` : v;
}
var weakDnssecAlgorithm = {
  id: "weak-dnssec-algorithm",
  defaultSeverity: "medium",
  title: "DNSSEC algorithm or digest that RFC 8624 says not to use",
  why: "Old algorithms (RSA/MD5, DSA, SHA-1 based) are broken or being switched off by validators; a zone signed only with them is treated as insecure, or fails validation where SHA-1 is disabled.",
  fix: "Roll the keys to ECDSAP256SHA256 (13) or ED25519 (15) with an algorithm rollover (RFC 6781 \xA74.1.4), and publish DS records with digest type 2 (SHA-256) only.",
  check(ctx) {
    const out = compareStates(ctx, problems2);
    for (const lz of ctx.live?.zones ?? []) {
      for (const v of lz.delegation?.ds ?? []) {
        const weak = weaknesses("DS", v);
        if (weak.length === 0) continue;
        out.push({
          introduced: false,
          zone: lz.zone,
          name: lz.zone,
          type: "DS",
          key: `parent ${v.split(/\s+/, 3).join(" ")}`,
          severity: weak.some((w) => w.severity === MUST_NOT) ? MUST_NOT : NOT_RECOMMENDED,
          message: `The parent ${lz.delegation.parent} publishes DS ${shortValue(v)} for ${lz.zone}: ${weak.map((w) => w.says).join("; ")} (RFC 8624).`
        });
      }
    }
    return out;
  }
};

// src/rules/checks/wildcard-change.ts
var wildcardChange = {
  id: "wildcard-change",
  defaultSeverity: "medium",
  title: "A wildcard record changes",
  why: "A wildcard answers for every name that does not exist otherwise: changing it changes the answer for an unbounded set of names, including typos and names attackers pick (and can hide NXDOMAIN).",
  fix: "Prefer explicit names; if the wildcard is needed, check which names it now answers for and keep its TTL low while it changes.",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      for (const c of d.changes) {
        if (!isWildcard(c.name) || c.ttlOnly) continue;
        out.push({
          introduced: true,
          zone: d.zone,
          name: c.name,
          type: c.type,
          message: `Wildcard ${c.name} ${c.type} ${c.kind === "modify" ? "changes" : c.kind === "add" ? "is added" : "is removed"} (${describeChange(c)}).`,
          location: changeLocation(c)
        });
      }
    }
    return out;
  }
};

// src/rules/checks/zone-removed.ts
var TOOL = {
  dnscontrol: "dnscontrol push",
  octodns: "octodns-sync"
};
var zoneRemoved = {
  id: "zone-removed",
  defaultSeverity: "critical",
  title: "A zone disappears from the config",
  why: "A zone file that is no longer loaded takes every name in the zone off the internet. DNSControl and octoDNS instead stop managing the zone and leave its records at the provider, where they drift from then on.",
  fix: "If the zone moves elsewhere, merge only once the new home serves it; otherwise restore the zone (see the rollback snippet).",
  check(ctx) {
    const out = [];
    for (const d of ctx.diffs) {
      if (d.status !== "removed" || !d.before) continue;
      const tool = TOOL[d.format];
      const count2 = `${d.before.rrsets.length} RRsets`;
      out.push({
        introduced: true,
        zone: d.zone,
        name: d.name,
        ...tool ? {
          severity: "medium",
          message: `Zone ${d.zone} (${count2}) is no longer in the ${d.format} config: ${tool} stops managing it and leaves its records at the provider as they are (it never deletes a zone).`,
          fix: "If the zone is retired, delete it at the provider (and at the registrar) by hand; if it moved to another repository, make sure that one manages it now."
        } : {
          message: `Zone ${d.zone} (${count2}) is no longer in the ${d.format} config: a server that stops loading it stops answering for every name in it.`
        },
        ...d.before.location ? { location: d.before.location } : {}
      });
    }
    return out;
  }
};

// src/rules/checks/zone-transfer-open.ts
var zoneTransferOpen = {
  id: "zone-transfer-open",
  defaultSeverity: "low",
  title: "A nameserver gives a zone transfer (AXFR) to anyone",
  why: "An open zone transfer lists every name of the zone to whoever asks (internal hosts, staging systems, tokens), where an outsider would otherwise have to guess names, and lets anyone make the server send the whole zone again and again.",
  fix: "Allow transfers only to the secondaries (by address and preferably a TSIG key: BIND allow-transfer, NSD provide-xfr, Knot acl), or turn them off at the provider.",
  check(ctx) {
    const out = [];
    for (const { key, apex } of zonePairs(ctx)) {
      const lz = liveZone(ctx, apex);
      if (!lz) continue;
      const open = /* @__PURE__ */ new Map();
      for (const s of lz.servers) {
        if (s.axfr?.status !== "open") continue;
        const e = open.get(s.name) ?? { addresses: [], records: s.axfr.records };
        e.addresses.push(s.address);
        open.set(s.name, e);
      }
      for (const [name, e] of open)
        out.push({
          introduced: false,
          zone: key,
          name: apex,
          key: name,
          message: sentence(
            `Nameserver ${name}${e.addresses.some((a) => a !== name) ? ` (${e.addresses.join(", ")})` : ""} gave this review a complete zone transfer of ${apex} (${e.records} records) without any key: anyone can list the whole zone`
          )
        });
    }
    return out;
  }
};

// src/rules/catalogue.ts
var RULES = [
  nsChange,
  subdelegationChange,
  dsChange,
  dsMismatch,
  dnssecDisable,
  rrsigExpired,
  rrsigExpiring,
  dnssecBogus,
  cdsMismatch,
  providerChange,
  registrarChange,
  singleProvider,
  nsCount,
  missingGlue,
  lameDelegation,
  nsMismatch,
  registryDelegationMismatch,
  registrarLockMissing,
  registryLockMissing,
  domainExpiring,
  secondaryOutOfSync,
  migrationNotReady,
  zoneTransferOpen,
  ttlNotLowered,
  zoneRemoved,
  drift,
  massChange,
  cnameConflict,
  targetIsCname,
  danglingCname,
  missingTrailingDot,
  mxChange,
  spfInvalid,
  txtQuoted,
  dmarcWeakened,
  caaChange,
  wildcardChange,
  broadTokenScope,
  secretInRepo,
  pipelineChange,
  registrarDnsSameAccount,
  singleCredentialPipeline,
  pushCredentialsInReview,
  weakDnssecAlgorithm,
  soaSerial,
  configWarning
];
function ruleById(id) {
  return RULES.find((r) => r.id === id);
}

// src/report/registry-facts.ts
var LOCKS = ["client transfer prohibited", "server transfer prohibited"];
var REGISTRY_TITLE = "Registry facts (RDAP)";
var REGISTRY_HEADER = [
  "Domain",
  "Registrar",
  "Expires",
  "Locks",
  "Nameservers",
  "DS"
];
function registryFacts(report) {
  const registry = report.registry;
  if (!registry || registry.status === "off") return void 0;
  return {
    status: registry.status,
    requests: registry.requests,
    ...registry.source !== void 0 ? { source: registry.source } : {},
    reasons: registry.reasons,
    rows: registry.domains.map(domainRow)
  };
}
function domainRow(d) {
  const r = d.registration;
  if (!r) {
    const what2 = d.outcome === "not-found" ? "no registration data" : d.outcome;
    return {
      domain: d.domain,
      registrar: what2,
      expires: "\u2014",
      locks: "\u2014",
      nameservers: [],
      ds: "\u2014"
    };
  }
  const expires = r.events.find((e) => e.action === "expiration")?.date.slice(0, 10) ?? "\u2014";
  const locks = LOCKS.filter((l) => r.status.includes(l)).map((l) => l.split(" ")[0]);
  const ds = r.secureDNS?.dsData.length ? r.secureDNS.dsData.map((x) => `${x.keyTag}/${x.algorithm}`).join(", ") : r.secureDNS?.delegationSigned ? "signed" : "none";
  return {
    domain: d.domain,
    registrar: r.registrar?.name ?? "\u2014",
    expires,
    locks: locks.length ? locks.join(", ") : "none",
    nameservers: r.nameservers,
    ds
  };
}
function registryNote(report) {
  const status = report.registry?.status;
  return status && status !== "off" ? ` \xB7 registry: ${status}` : "";
}

// src/report/verdict.ts
var reportKind = (report) => report.kind ?? "review";
var counts = (f, kind) => kind === "audit" || f.introduced;
function blockingFindings(findings2, failOn, kind = "review") {
  return findings2.filter(
    (f) => counts(f, kind) && !f.accepted && severityRank(f.severity) >= severityRank(failOn)
  );
}
function computeVerdict(findings2, failOn, kind = "review") {
  if (blockingFindings(findings2, failOn, kind).length > 0) return "block";
  if (findings2.some((f) => counts(f, kind) && severityRank(f.severity) >= severityRank("medium")))
    return "warn";
  return "pass";
}
function changesNothing(report) {
  return report.zones.every((z) => z.status === "unchanged" && z.changes.length === 0) && !report.findings.some((f) => f.introduced);
}
function highestSeverity(findings2) {
  return maxSeverity(findings2.map((f) => f.severity)) ?? "none";
}
function applyOverride(report, override) {
  const accepted = new Set(override.accepted);
  const findings2 = report.findings.map(
    (f) => accepted.has(f.fingerprint) && f.introduced ? { ...f, accepted: true } : f
  );
  return {
    ...report,
    findings: findings2,
    verdict: computeVerdict(findings2, report.failOn, reportKind(report)),
    override: {
      label: override.label,
      by: override.by,
      fingerprint: acceptanceFingerprint(override.accepted)
    }
  };
}
function acceptanceFingerprint(fingerprints) {
  let h = 2166136261;
  for (const c of [...fingerprints].sort().join(","))
    h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h.toString(16).padStart(8, "0");
}

// src/report/headline.ts
function plural3(n, noun) {
  return `${groupedDigits(n)} ${noun}${n === 1 ? "" : "s"}`;
}
function shortRef(ref) {
  return /^[0-9a-f]{40}$/.test(ref) ? ref.slice(0, 7) : ref;
}
function headlineSummary(report, style) {
  if (reportKind(report) === "audit") {
    const blocking2 = blockingFindings(report.findings, report.failOn, "audit").length;
    const n = report.findings.length;
    const zones = plural3(report.zones.length, "zone");
    return n === 0 ? `No findings in ${zones}.` : `${plural3(n, "finding")} in ${zones}${blocking2 > 0 ? `; ${blocking2} at or above ${style.strong(report.failOn)}` : ""}.`;
  }
  const blocking = blockingFindings(report.findings, report.failOn).length;
  const introduced = report.findings.filter((f) => f.introduced).length;
  const existing = report.findings.length - introduced;
  let summary;
  if (report.verdict === "block")
    summary = `${plural3(blocking, "introduced finding")} at or above ${style.strong(report.failOn)} block this merge.`;
  else if (introduced === 0) summary = "This change introduces no findings.";
  else
    summary = `This change introduces ${plural3(introduced, "finding")}; none blocks (fail-on: ${report.failOn}).`;
  if (existing > 0)
    summary += ` ${plural3(existing, "existing finding")} (${style.existingWhere}) ${existing === 1 ? "does" : "do"} not count against it.`;
  if (report.override)
    summary += ` Risk accepted by @${style.text(report.override.by)} with the ${style.code(report.override.label)} label.`;
  return summary;
}
function headlineFacts(report, style) {
  const live = `live DNS: ${report.live.status}${report.live.queries ? ` (${report.live.queries} queries)` : ""}${registryNote(report)}`;
  const head = style.code(shortRef(report.head.ref));
  if (reportKind(report) === "audit") return `${head} \xB7 ${live}`;
  const base = report.base ? style.code(shortRef(report.base.ref)) : "(none)";
  return `base ${base} \u2192 head ${head} \xB7 ${live}`;
}

// src/report/markdown-escape.ts
function escapeText(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\|/g, "&#124;").replace(/([\\`*_[\]#~])/g, "\\$1").replace(/\r?\n/g, " ");
}
function escapeWithCode(text) {
  return text.split(/(`[^`]+`)/).map(
    (part) => part.length > 2 && part.startsWith("`") && part.endsWith("`") ? inlineCode(part.slice(1, -1)) : escapeText(part)
  ).join("");
}
function longestBacktickRun(text) {
  let longest = 0;
  for (const m of text.matchAll(/`+/g)) longest = Math.max(longest, m[0].length);
  return longest;
}
function inlineCode(text) {
  const oneLine = text.replace(/\r?\n/g, " ");
  const ticks = "`".repeat(longestBacktickRun(oneLine) + 1);
  const pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
  return `${ticks}${pad}${oneLine}${pad}${ticks}`;
}
function tableCode(text) {
  return inlineCode(text).replace(/\|/g, "\\|");
}
function fence(body, lang = "") {
  const ticks = "`".repeat(Math.max(3, longestBacktickRun(body) + 1));
  return `${ticks}${lang}
${body.replace(/\n$/, "")}
${ticks}`;
}
function details(summary, body) {
  return `<details><summary>${summary}</summary>

${body}

</details>`;
}

// src/report/markdown-registry.ts
function registrySection(report) {
  const facts = registryFacts(report);
  if (!facts) return "";
  const lines = [
    `Status: **${facts.status}**, ${facts.requests} RDAP ${facts.requests === 1 ? "query" : "queries"}${facts.source ? ` (${escapeText(facts.source)})` : ""}.`
  ];
  for (const r of facts.reasons) lines.push(`- ${escapeText(r)}`);
  if (facts.rows.length) {
    lines.push(
      "",
      `| ${REGISTRY_HEADER.join(" | ")} |`,
      `|${" --- |".repeat(REGISTRY_HEADER.length)}`
    );
    for (const r of facts.rows)
      lines.push(
        `| ${tableCode(r.domain)} | ${escapeText(r.registrar)} | ${r.expires} | ${r.locks} | ${r.nameservers.map(tableCode).join(" ") || "\u2014"} | ${r.ds} |`
      );
  }
  return details(REGISTRY_TITLE, lines.join("\n"));
}

// src/report/markdown.ts
var DEFAULT_BUDGET = 6e4;
var DEFAULT_HINT = "run `zoneguard check` locally or see the job summary for the full report";
var ICON = {
  critical: "\u{1F534}",
  high: "\u{1F7E0}",
  medium: "\u{1F7E1}",
  low: "\u{1F535}",
  info: "\u26AA"
};
var VERDICT = {
  block: "\u{1F6D1} **Blocked**",
  warn: "\u26A0\uFE0F **Passed with warnings**",
  pass: "\u2705 **Passed**"
};
var AUDIT_VERDICT = {
  block: "\u{1F6D1} **Needs attention**",
  warn: "\u26A0\uFE0F **Warnings**",
  pass: "\u2705 **Clean**"
};
var MARKDOWN_STYLE = {
  strong: (t) => `**${t}**`,
  code: inlineCode,
  text: escapeText,
  existingWhere: "collapsed below"
};
function headline(report) {
  const verdict = (reportKind(report) === "audit" ? AUDIT_VERDICT : VERDICT)[report.verdict];
  return [
    `## ZoneGuard${reportKind(report) === "audit" ? " audit" : ""}: ${verdict}`,
    headlineSummary(report, MARKDOWN_STYLE),
    `<sub>${headlineFacts(report, MARKDOWN_STYLE)}</sub>`
  ].join("\n\n");
}
function driftCell(report, z) {
  const live = report.live;
  if (live.status === "off" || z.status === "added") return "\u2014";
  if (z.drift.length > 0) return String(z.drift.length);
  const apex = z.zone.split("!")[0];
  const reached = live.status !== "failed" && live.servers.some((s) => s.zone === apex && s.authoritative);
  return reached ? "0" : "unknown";
}
function zoneRows(report, zones) {
  const count2 = (z, kind) => z.changes.filter((c) => c.kind === kind).length;
  const rows = zones.map(
    (z) => `| ${tableCode(z.zone)} | ${z.format} | ${z.status} | ${count2(z, "add")} | ${count2(z, "modify")} | ${count2(z, "remove")} | ${driftCell(report, z)} |`
  );
  return [
    "| Zone | Format | Status | Added | Changed | Removed | Drift |",
    "| --- | --- | --- | ---: | ---: | ---: | ---: |",
    ...rows
  ].join("\n");
}
var shown = (z) => z.status !== "unchanged" || z.drift.length > 0;
function zoneTable(report) {
  const configs = [...new Set(report.zones.map((z) => z.config ?? ""))].sort();
  if (configs.length <= 1) {
    const zones = report.zones.filter(shown);
    if (zones.length === 0)
      return report.zones.length === 0 ? "_No zones found._" : `_No record changes in ${plural3(report.zones.length, "zone")}._`;
    return zoneRows(report, zones);
  }
  return configs.map((config) => {
    const all = report.zones.filter((z) => (z.config ?? "") === config);
    const label = `**${config === "" ? "Other zones" : inlineCode(config)}**`;
    const zones = all.filter(shown);
    return zones.length === 0 ? `${label}: _no record changes in ${plural3(all.length, "zone")}._` : `${label}

${zoneRows(report, zones)}`;
  }).join("\n\n");
}
function bySeverity(findings2) {
  return [...SEVERITIES].reverse().flatMap((s) => findings2.filter((f) => f.severity === s));
}
function findingLine(f) {
  const subject = [f.name ? inlineCode(f.name) : f.zone ? inlineCode(f.zone) : "", f.type ?? ""].filter(Boolean).join(" ");
  const where2 = f.location ? ` \xB7 ${inlineCode(formatLocation(f.location))}` : "";
  const accepted = f.accepted ? " \xB7 _accepted_" : "";
  return [
    `- ${ICON[f.severity]} **${f.severity}** ${inlineCode(f.rule)}${subject ? ` \xB7 ${subject}` : ""}${where2}${accepted}`,
    `  ${escapeText(f.message)}`,
    `  <br>**Fix:** ${escapeWithCode(f.fix)}`
  ].join("\n");
}
function whyLines(findings2, explained) {
  const lines = [];
  for (const f of findings2) {
    const rule = ruleById(f.rule);
    if (!rule || explained.has(rule.id)) continue;
    explained.add(rule.id);
    lines.push(
      `- **${escapeWithCode(rule.title)}** (${inlineCode(rule.id)}): ${escapeWithCode(rule.why)}`
    );
  }
  return lines.join("\n");
}
function introducedSection(introduced, explained, audit = false) {
  if (introduced.length === 0) return "";
  const sorted = bySeverity(introduced);
  const title = audit ? "Findings" : "Introduced by this change";
  const lines = audit ? groupedLines(sorted) : sorted.map(findingLine);
  const out = [`### ${title} (${groupedDigits(introduced.length)})

${lines.join("\n")}`];
  const why = whyLines(sorted, explained);
  if (why) out.push(details("Why these rules matter", why));
  return out.join("\n\n");
}
function existingSummary(n) {
  return `${plural3(n, "finding")} already present before this change (not counted in the verdict)`;
}
var GROUP_EXISTING_OVER = 5;
var GROUP_SHOWS = 5;
function groupLine(group) {
  const first = group[0];
  const where2 = (f) => [
    f.name ? inlineCode(f.name) : "",
    f.type ?? "",
    f.location ? `(${inlineCode(formatLocation(f.location))})` : ""
  ].filter(Boolean).join(" ");
  const shown2 = group.slice(0, GROUP_SHOWS).map(where2).filter(Boolean);
  const more = group.length - GROUP_SHOWS;
  return [
    `- ${ICON[first.severity]} **${first.severity}** ${inlineCode(first.rule)}${first.zone ? ` \xB7 ${inlineCode(first.zone)}` : ""} \xB7 **${groupedDigits(group.length)} findings**`,
    `  ${shown2.join(", ")}${more > 0 ? `, and ${groupedDigits(more)} more (every one is in the JSON report)` : ""}.`,
    `  <br>The first: ${escapeText(first.message)}`,
    `  <br>**Fix:** ${escapeWithCode(first.fix)}`
  ].join("\n");
}
function groupedLines(sorted) {
  const groupOf = (f) => `${f.severity}${f.rule}${f.zone ?? ""}`;
  const groups = /* @__PURE__ */ new Map();
  for (const f of sorted) {
    const list2 = groups.get(groupOf(f));
    if (list2) list2.push(f);
    else groups.set(groupOf(f), [f]);
  }
  const lines = [];
  const done = /* @__PURE__ */ new Set();
  for (const f of sorted) {
    const key = groupOf(f);
    const group = groups.get(key);
    if (group.length <= GROUP_EXISTING_OVER) lines.push(findingLine(f));
    else if (!done.has(key)) {
      done.add(key);
      lines.push(groupLine(group));
    }
  }
  return lines;
}
function existingSection(existing, explained) {
  if (existing.length === 0) return "";
  const sorted = bySeverity(existing);
  const parts = [groupedLines(sorted).join("\n")];
  const why = whyLines(sorted, explained);
  if (why) parts.push(`**Why these rules matter**

${why}`);
  return details(existingSummary(existing.length), parts.join("\n\n"));
}
function existingCounts(existing, hint) {
  if (existing.length === 0) return "";
  const perRule = /* @__PURE__ */ new Map();
  for (const f of bySeverity(existing)) perRule.set(f.rule, (perRule.get(f.rule) ?? 0) + 1);
  const lines = [...perRule].map(([rule, n]) => `- ${inlineCode(rule)} \xD7 ${n}`);
  return details(
    existingSummary(existing.length),
    `${lines.join("\n")}

The list does not fit here: ${hint}.`
  );
}
function changeLines(zone, changes) {
  const lines = [];
  const row = (sign, c, rr) => {
    for (const v of rr.values)
      lines.push(`${sign} ${relativeName(c.name, zone)} ${rr.ttl} ${c.type} ${v}`);
  };
  for (const c of changes) {
    if (c.before) row("-", c, c.before);
    if (c.after) row("+", c, c.after);
  }
  return lines.join("\n");
}
function changesSections(report) {
  const out = [];
  for (const z of report.zones) {
    if (z.changes.length)
      out.push(
        details(
          `Changes in ${escapeText(z.zone)} (${plural3(z.changes.length, "RRset")})`,
          fence(changeLines(z.zone.split("!")[0], z.changes), "diff")
        )
      );
    if (z.drift.length)
      out.push(
        details(
          `Drift in ${escapeText(z.zone)}: live differs from base (${plural3(z.drift.length, "RRset")})`,
          fence(changeLines(z.zone.split("!")[0], z.drift), "diff")
        )
      );
  }
  return out;
}
function liveSection(report) {
  const live = report.live;
  if (live.status === "off") return "";
  const lines = [`Status: **${live.status}**, ${live.queries} queries.`];
  for (const r of live.reasons) lines.push(`- ${escapeText(r)}`);
  if (live.servers.length) {
    const axfr = live.servers.some((s) => s.axfr !== void 0);
    lines.push(
      "",
      `| Zone | Server | Address | Answers | Authoritative | SOA serial |${axfr ? " AXFR |" : ""}`,
      `| --- | --- | --- | --- | --- | ---: |${axfr ? " --- |" : ""}`
    );
    for (const s of live.servers)
      lines.push(
        `| ${tableCode(s.zone)} | ${tableCode(s.name)} | ${tableCode(s.address)} | ${s.responded ? "yes" : `no${s.error ? ` (${escapeText(s.error)})` : ""}`} | ${s.authoritative ? "yes" : "no"} | ${s.soaSerial ?? "\u2014"}${s.upToDate === false ? " (behind)" : ""} |${axfr ? ` ${s.axfr ?? "\u2014"} |` : ""}`
      );
  }
  if (live.candidates?.length) lines.push("", ...readinessTable(live.candidates));
  return details("Live DNS facts this review relied on", lines.join("\n"));
}
function readinessTable(candidates) {
  const lines = [
    "New nameservers, asked before the switch:",
    "",
    "| Zone | New server | Address | Authoritative | RRsets served as head has them | Missing | Different |",
    "| --- | --- | --- | --- | ---: | ---: | ---: |"
  ];
  for (const c of candidates)
    lines.push(
      `| ${tableCode(c.zone)} | ${tableCode(c.name)} | ${c.address ? tableCode(c.address) : "\u2014"} | ${c.authoritative ? "yes" : `no${c.error ? ` (${escapeText(c.error)})` : ""}`} | ${c.authoritative ? `${c.served} of ${c.expected}` : "\u2014"} | ${c.authoritative ? c.missing : "\u2014"} | ${c.authoritative ? c.differing : "\u2014"} |`
    );
  return lines;
}
function rollbackSections(report) {
  return report.rollback.map((r) => {
    const parts = [fence(r.snippet, formatById(r.format)?.write.fenceLanguage)];
    if (r.registrar) parts.push(`Registrar side:

${fence(r.registrar)}`);
    return details(`Rollback for ${escapeText(r.zone)} (${r.format})`, parts.join("\n\n"));
  });
}
function renderMarkdown(report, options = {}) {
  const budget = options.maxChars ?? DEFAULT_BUDGET;
  const hint = options.fullReportHint ?? DEFAULT_HINT;
  const kind = reportKind(report);
  const introduced = report.findings.filter((f) => counts(f, kind));
  const existing = report.findings.filter((f) => !counts(f, kind));
  const explained = /* @__PURE__ */ new Set();
  const fixed = [
    headline(report),
    zoneTable(report),
    introducedSection(introduced, explained, kind === "audit")
  ];
  if (report.warnings.length)
    fixed.push(report.warnings.map((w) => `> \u26A0\uFE0F ${escapeText(w)}`).join("\n"));
  const optional = [
    ...changesSections(report),
    liveSection(report),
    registrySection(report),
    ...rollbackSections(report)
  ].filter(Boolean);
  const notice = (n) => `

> \u2702\uFE0F ${n} section${n === 1 ? " was" : "s were"} left out to fit the comment: ${hint}.`;
  let text = fixed.filter(Boolean).join("\n\n");
  const fullExisting = existingSection(existing, explained);
  if (fullExisting) {
    const next = `${text}

${fullExisting}`;
    if (next.length + (optional.length > 0 ? notice(optional.length).length : 0) > budget)
      return `${text}

${existingCounts(existing, hint)}${optional.length > 0 ? notice(optional.length) : ""}
`;
    text = next;
  }
  for (let i = 0; i < optional.length; i++) {
    const next = `${text}

${optional[i]}`;
    const remaining = optional.length - i - 1;
    if (next.length + (remaining > 0 ? notice(remaining).length : 0) > budget)
      return `${text}${notice(optional.length - i)}
`;
    text = next;
  }
  return `${text}
`;
}
function renderNoChangeLine(report, fullReportHint) {
  const existing = report.findings.filter((f) => !f.introduced).length;
  const rest = [
    existing > 0 ? plural3(existing, "existing finding") : "",
    report.warnings.length > 0 ? plural3(report.warnings.length, "warning") : ""
  ].filter(Boolean);
  const tail = rest.length > 0 ? `; ${rest.join(" and ")} (${fullReportHint})` : "";
  return `\u2705 **ZoneGuard**: no DNS record changes in this pull request${tail}.
`;
}

export {
  yamlPositions,
  registryRequests,
  registrationOf,
  readForScan,
  RULES,
  ruleById,
  REGISTRY_TITLE,
  REGISTRY_HEADER,
  registryFacts,
  reportKind,
  counts,
  blockingFindings,
  computeVerdict,
  changesNothing,
  highestSeverity,
  applyOverride,
  plural3 as plural,
  headlineSummary,
  headlineFacts,
  escapeText,
  escapeWithCode,
  inlineCode,
  fence,
  driftCell,
  shown,
  bySeverity,
  changeLines,
  renderMarkdown,
  renderNoChangeLine
};
