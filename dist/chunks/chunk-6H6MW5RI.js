import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  computeVerdict,
  highestSeverity
} from "./chunk-YD2F3FGD.js";
import {
  isSeverity
} from "./chunk-TMYA7VNJ.js";
import {
  parseRecordType
} from "./chunk-UEUQZ7ZE.js";
import {
  FORMAT_IDS
} from "./chunk-NHBBLBWC.js";

// src/report/read-json.ts
var Invalid = class extends Error {
};
var obj = (v, at) => {
  if (typeof v !== "object" || v === null || Array.isArray(v))
    throw new Invalid(`${at} is not an object`);
  return v;
};
var arr = (v, at, max = 1e5) => {
  if (!Array.isArray(v) || v.length > max) throw new Invalid(`${at} is not a list`);
  return v;
};
var str = (v, at, max = 1e5) => {
  if (typeof v !== "string" || v.length > max) throw new Invalid(`${at} is not a string`);
  return v;
};
var optStr = (v, at) => v === void 0 ? void 0 : str(v, at);
var int = (v, at) => {
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0)
    throw new Invalid(`${at} is not a count`);
  return v;
};
var optInt = (v, at) => v === void 0 ? void 0 : int(v, at);
function oneOf(v, allowed, at) {
  if (typeof v !== "string" || !allowed.includes(v))
    throw new Invalid(`${at} is not one of ${allowed.join(", ")}`);
  return v;
}
var severity = (v, at) => {
  if (!isSeverity(v)) throw new Invalid(`${at} is not a severity`);
  return v;
};
var recordType = (v, at) => {
  const t = parseRecordType(str(v, at, 20));
  if (!t) throw new Invalid(`${at} is not a record type`);
  return t;
};
var optional = (v, read) => v === void 0 ? void 0 : read(v);
var defined = (o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
function rrset(v, at) {
  const o = obj(v, at);
  const options = optional(
    o["options"],
    (x) => Object.fromEntries(
      Object.entries(obj(x, `${at}.options`)).map(([k, val]) => [
        k,
        str(val, `${at}.options.${k}`)
      ])
    )
  );
  return defined({
    ttl: int(o["ttl"], `${at}.ttl`),
    values: arr(o["values"], `${at}.values`).map((x, i) => str(x, `${at}.values[${i}]`)),
    options
  });
}
function location(v, at) {
  const o = obj(v, at);
  return defined({
    file: str(o["file"], `${at}.file`, 4096),
    line: optInt(o["line"], `${at}.line`),
    column: optInt(o["column"], `${at}.column`)
  });
}
function change(v, at) {
  const o = obj(v, at);
  return defined({
    name: str(o["name"], `${at}.name`, 1024),
    type: recordType(o["type"], `${at}.type`),
    kind: oneOf(o["kind"], ["add", "remove", "modify"], `${at}.kind`),
    before: optional(o["before"], (x) => rrset(x, `${at}.before`)),
    after: optional(o["after"], (x) => rrset(x, `${at}.after`)),
    location: optional(o["location"], (x) => {
      const l = location(x, `${at}.location`);
      return defined({ file: l.file, line: l.line });
    })
  });
}
function zone(v, at) {
  const o = obj(v, at);
  return defined({
    zone: str(o["zone"], `${at}.zone`, 1024),
    format: oneOf(o["format"], FORMAT_IDS, `${at}.format`),
    config: optional(o["config"], (x) => str(x, `${at}.config`, 4096)),
    status: oneOf(
      o["status"],
      ["added", "removed", "changed", "unchanged"],
      `${at}.status`
    ),
    changes: arr(o["changes"], `${at}.changes`).map((c, i) => change(c, `${at}.changes[${i}]`)),
    drift: arr(o["drift"], `${at}.drift`).map((c, i) => change(c, `${at}.drift[${i}]`))
  });
}
function finding(v, at) {
  const o = obj(v, at);
  if (typeof o["introduced"] !== "boolean")
    throw new Invalid(`${at}.introduced is not true or false`);
  return defined({
    rule: str(o["rule"], `${at}.rule`, 100),
    severity: severity(o["severity"], `${at}.severity`),
    introduced: o["introduced"],
    zone: optStr(o["zone"], `${at}.zone`),
    name: optStr(o["name"], `${at}.name`),
    type: optional(o["type"], (x) => recordType(x, `${at}.type`)),
    message: str(o["message"], `${at}.message`),
    fix: str(o["fix"], `${at}.fix`),
    location: optional(o["location"], (x) => location(x, `${at}.location`)),
    fingerprint: str(o["fingerprint"], `${at}.fingerprint`, 128),
    contributingRules: optional(
      o["contributingRules"],
      (x) => arr(x, `${at}.contributingRules`).slice(0, 10).map((r, i) => str(r, `${at}.contributingRules[${i}]`, 100))
    )
  });
}
function ref(v, at) {
  const o = obj(v, at);
  return defined({
    ref: str(o["ref"], `${at}.ref`, 1024),
    commit: optStr(o["commit"], `${at}.commit`)
  });
}
function live(v) {
  const o = obj(v, "live");
  return {
    status: oneOf(o["status"], ["ok", "partial", "failed", "off"], "live.status"),
    reasons: arr(o["reasons"], "live.reasons").map((r, i) => str(r, `live.reasons[${i}]`)),
    queries: int(o["queries"], "live.queries"),
    servers: arr(o["servers"], "live.servers").map((s, i) => {
      const at = `live.servers[${i}]`;
      const so = obj(s, at);
      const flag = (k) => {
        if (typeof so[k] !== "boolean") throw new Invalid(`${at}.${k} is not true or false`);
        return so[k];
      };
      return defined({
        zone: str(so["zone"], `${at}.zone`),
        name: str(so["name"], `${at}.name`),
        address: str(so["address"], `${at}.address`),
        responded: flag("responded"),
        authoritative: flag("authoritative"),
        soaSerial: optInt(so["soaSerial"], `${at}.soaSerial`),
        upToDate: so["upToDate"] === void 0 ? void 0 : flag("upToDate"),
        axfr: so["axfr"] === void 0 ? void 0 : oneOf(so["axfr"], ["open", "refused", "failed"], `${at}.axfr`),
        error: optStr(so["error"], `${at}.error`)
      });
    }),
    ...o["candidates"] === void 0 ? {} : {
      candidates: arr(o["candidates"], "live.candidates").map((c, i) => {
        const at = `live.candidates[${i}]`;
        const co = obj(c, at);
        if (typeof co["authoritative"] !== "boolean")
          throw new Invalid(`${at}.authoritative is not true or false`);
        return defined({
          zone: str(co["zone"], `${at}.zone`),
          name: str(co["name"], `${at}.name`),
          address: optStr(co["address"], `${at}.address`),
          authoritative: co["authoritative"],
          expected: int(co["expected"], `${at}.expected`),
          served: int(co["served"], `${at}.served`),
          missing: int(co["missing"], `${at}.missing`),
          differing: int(co["differing"], `${at}.differing`),
          error: optStr(co["error"], `${at}.error`)
        });
      })
    },
    zones: []
  };
}
var strs = (v, at, max = 1e3) => arr(v, at, max).map((x, i) => str(x, `${at}[${i}]`, 2048));
var optBool = (v, at) => {
  if (v !== void 0 && typeof v !== "boolean") throw new Invalid(`${at} is not true or false`);
  return v;
};
function registration(v, at) {
  const o = obj(v, at);
  const secure = optional(o["secureDNS"], (x) => {
    const so = obj(x, `${at}.secureDNS`);
    return defined({
      zoneSigned: optBool(so["zoneSigned"], `${at}.secureDNS.zoneSigned`),
      delegationSigned: optBool(so["delegationSigned"], `${at}.secureDNS.delegationSigned`),
      dsData: arr(so["dsData"], `${at}.secureDNS.dsData`, 100).map((d, i) => {
        const w = `${at}.secureDNS.dsData[${i}]`;
        const dobj = obj(d, w);
        return {
          keyTag: int(dobj["keyTag"], `${w}.keyTag`),
          algorithm: int(dobj["algorithm"], `${w}.algorithm`),
          digestType: int(dobj["digestType"], `${w}.digestType`),
          digest: str(dobj["digest"], `${w}.digest`, 512)
        };
      })
    });
  });
  const registrar = optional(o["registrar"], (x) => {
    const ro = obj(x, `${at}.registrar`);
    return defined({
      name: optStr(ro["name"], `${at}.registrar.name`),
      ianaId: optStr(ro["ianaId"], `${at}.registrar.ianaId`),
      handle: optStr(ro["handle"], `${at}.registrar.handle`)
    });
  });
  return defined({
    ldhName: optStr(o["ldhName"], `${at}.ldhName`),
    status: strs(o["status"], `${at}.status`, 100),
    events: arr(o["events"], `${at}.events`, 100).map((e, i) => {
      const eo = obj(e, `${at}.events[${i}]`);
      return {
        action: str(eo["action"], `${at}.events[${i}].action`, 256),
        date: str(eo["date"], `${at}.events[${i}].date`, 64)
      };
    }),
    nameservers: strs(o["nameservers"], `${at}.nameservers`, 100),
    secureDNS: secure,
    registrar
  });
}
function registry(v) {
  if (v === void 0) return void 0;
  const o = obj(v, "registry");
  return defined({
    status: oneOf(o["status"], ["ok", "partial", "failed", "off"], "registry.status"),
    reasons: strs(o["reasons"], "registry.reasons", 1e4),
    source: optStr(o["source"], "registry.source"),
    requests: int(o["requests"], "registry.requests"),
    domains: arr(o["domains"], "registry.domains", 1e4).map((d, i) => {
      const at = `registry.domains[${i}]`;
      const dobj = obj(d, at);
      return defined({
        domain: str(dobj["domain"], `${at}.domain`, 1024),
        zones: strs(dobj["zones"], `${at}.zones`, 1e4),
        outcome: oneOf(
          dobj["outcome"],
          ["found", "not-found", "no-service", "failed"],
          `${at}.outcome`
        ),
        url: optStr(dobj["url"], `${at}.url`),
        reason: optStr(dobj["reason"], `${at}.reason`),
        registration: optional(dobj["registration"], (x) => registration(x, `${at}.registration`))
      });
    })
  });
}
function readUntrustedReport(text) {
  try {
    const o = obj(JSON.parse(text), "the report");
    if (o["version"] !== 1) throw new Invalid("version is not 1");
    const failOn = severity(o["failOn"], "failOn");
    const findings = arr(o["findings"], "findings").map((f, i) => finding(f, `findings[${i}]`));
    const kind = o["kind"] === void 0 ? "review" : oneOf(o["kind"], ["audit"], "kind");
    const report = {
      version: 1,
      ...kind === "audit" ? { kind } : {},
      verdict: computeVerdict(findings, failOn, kind),
      highestSeverity: highestSeverity(findings),
      failOn,
      base: o["base"] === null ? null : ref(o["base"], "base"),
      head: ref(o["head"], "head"),
      zones: arr(o["zones"], "zones").map((z, i) => zone(z, `zones[${i}]`)),
      findings,
      live: live(o["live"]),
      ...defined({ registry: registry(o["registry"]) }),
      rollback: arr(o["rollback"], "rollback").map((r, i) => {
        const ro = obj(r, `rollback[${i}]`);
        return defined({
          zone: str(ro["zone"], `rollback[${i}].zone`),
          format: oneOf(ro["format"], FORMAT_IDS, `rollback[${i}].format`),
          snippet: str(ro["snippet"], `rollback[${i}].snippet`),
          registrar: optStr(ro["registrar"], `rollback[${i}].registrar`)
        });
      }),
      warnings: arr(o["warnings"], "warnings").map((w, i) => str(w, `warnings[${i}]`))
    };
    return { ok: true, report };
  } catch (e) {
    if (e instanceof Invalid || e instanceof SyntaxError) return { ok: false, error: e.message };
    throw e;
  }
}

export {
  readUntrustedReport
};
