import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  FORMATS,
  formatById
} from "./chunk-TMYA7VNJ.js";
import {
  checkRepoPath,
  findRepositoryRoot,
  openTree
} from "./chunk-6YSZJKEN.js";
import {
  SourceError
} from "./chunk-BW47LDJB.js";
import {
  isUnder
} from "./chunk-UFWOLI4P.js";
import {
  fail,
  ok,
  zoneKey
} from "./chunk-NHBBLBWC.js";

// src/review/load.ts
import { realpath, stat } from "node:fs/promises";
import { relative, sep } from "node:path";
function sourceError(e, file = ".") {
  if (e instanceof SourceError)
    return [{ level: "error", message: e.message, location: { file: e.path ?? file } }];
  throw e;
}
function describePaths(paths) {
  const names = paths.map((p) => p || "the repository root");
  return names.length <= 1 ? names[0] ?? "the repository root" : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
function distinctPaths(paths) {
  const inside = (p, q) => q === "" || p === q || p.startsWith(`${q}/`);
  const sorted = [...new Set(paths.length > 0 ? paths : [""])].sort((a, b) => a.length - b.length);
  const kept = [];
  for (const p of sorted) if (!kept.some((q) => inside(p, q))) kept.push(p);
  return kept;
}
function explicitConfig(format, options) {
  if (format.id === "dnscontrol") return options.configFile;
  if (format.id === "octodns") return options.octodnsConfig;
  return void 0;
}
function explicitConfigs(options) {
  return [
    { file: options.configFile, flag: "--config-file" },
    { file: options.credsFile, flag: "--creds-file" },
    { file: options.octodnsConfig, flag: "--octodns-config" },
    ...(options.tfVarFiles ?? []).map((file) => ({ file, flag: "--tf-var-file" }))
  ].flatMap((c) => c.file === void 0 ? [] : [{ file: c.file, flag: c.flag }]);
}
async function chooseFormats(tree, options, format) {
  const paths = distinctPaths(options.paths);
  if (format !== "auto") {
    const f = formatById(format);
    return f ? ok([f]) : fail({
      level: "error",
      message: `format "${format}" is not available`,
      location: { file: paths[0] || "." }
    });
  }
  const files = await tree.listFiles();
  const found = FORMATS.filter(
    (f) => explicitConfig(f, options) !== void 0 || paths.some((path) => f.detect(files, path))
  );
  if (found.length === 0) {
    const refused = await refusedConfigLinks(tree, FORMATS, paths, options);
    if (refused.length > 0) return { ok: false, errors: refused };
  }
  if (found.length === 0)
    return fail({
      level: "error",
      message: `no DNS config found under ${describePaths(paths)} (looked for dnsconfig.js, an octoDNS config with providers: and zones:, Terraform .tf files, and zone files *.zone, db.*, *.db)`,
      location: { file: paths[0] || "." }
    });
  return ok(found);
}
function mergeZoneSets(sets) {
  const first = /* @__PURE__ */ new Map();
  const errors = [];
  for (const zone of sets.flatMap((s) => s.zones)) {
    const key = zoneKey(zone);
    const other = first.get(key);
    if (!other) first.set(key, zone);
    else if (other.config !== zone.config)
      errors.push({
        level: "error",
        message: `zone ${key} is defined by two configurations, ${other.config ?? other.location?.file} and ${zone.config ?? zone.location?.file}: each push would overwrite the other's records, so the review cannot tell what the zone will hold. Keep the zone in one of them.`,
        location: zone.location ?? { file: zone.config ?? "." },
        code: "duplicate-zone"
      });
  }
  if (errors.length > 0) return { ok: false, errors };
  return ok({
    zones: sets.flatMap((s) => s.zones),
    credentials: sets.flatMap((s) => s.credentials),
    files: [...new Set(sets.flatMap((s) => s.files))],
    log: sets.flatMap((s) => s.log ?? [])
  });
}
async function loadSide(tree, formats, options) {
  const files = new Set(await tree.listFiles());
  const paths = distinctPaths(options.paths);
  const sets = [];
  const errors = await refusedConfigLinks(tree, formats, paths, options);
  const warnings = [];
  const outputs = [];
  for (const format of formats) {
    const config = explicitConfig(format, options);
    const runs = config !== void 0 ? files.has(config) ? [{ path: "", config }] : [] : paths.filter((path) => format.detect([...files], path)).map((path) => ({ path }));
    for (const run of runs) {
      const result = await format.load(tree, {
        ...run,
        skip: [...outputs],
        ...options.credsFile !== void 0 ? { creds: options.credsFile } : {},
        ...options.octodnsCwd !== void 0 ? { workingDirectory: options.octodnsCwd } : {},
        ...options.vars?.size ? { vars: options.vars } : {},
        ...options.tfVarFiles?.length ? { tfVarFiles: options.tfVarFiles } : {},
        ...options.evalTimeoutMs !== void 0 ? { evalTimeoutMs: options.evalTimeoutMs } : {},
        ...options.evalMemoryBytes !== void 0 ? { evalMemoryBytes: options.evalMemoryBytes } : {},
        ...options.budget !== void 0 ? { budget: options.budget } : {},
        ...options.memo !== void 0 ? { memo: options.memo } : {}
      });
      if (result.ok) {
        sets.push(result.value);
        outputs.push(...result.value.outputs ?? []);
        warnings.push(...result.warnings ?? []);
      } else errors.push(...result.errors);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const merged = mergeZoneSets(sets);
  return merged.ok ? ok(merged.value, warnings) : merged;
}
async function refusedConfigLinks(tree, formats, paths, options) {
  const named = new Set(explicitConfigs(options).map((c) => c.file));
  return (await tree.refusedLinks?.() ?? []).filter(
    (link) => named.has(link.path) || paths.some((p) => isUnder(link.path, p)) && formats.some((f) => f.mayRead(link.path))
  ).map((link) => ({
    level: "error",
    message: `${link.message}: refused, so it is not read (a link that leaves the repository is never followed); make it a file, or a link to a file inside the repository`,
    location: { file: link.path },
    code: "refused-link"
  }));
}
async function checkExplicitConfigs(trees, options) {
  const listings = await Promise.all(
    trees.map(async (t) => {
      const refused = await t.refusedLinks?.() ?? [];
      return /* @__PURE__ */ new Set([...await t.listFiles(), ...refused.map((l) => l.path)]);
    })
  );
  const missing = explicitConfigs(options).filter(({ file }) => !listings.some((l) => l.has(file)));
  if (missing.length === 0) return ok(void 0);
  return {
    ok: false,
    errors: missing.map(({ file, flag }) => ({
      level: "error",
      message: `${file} (${flag}) does not exist${trees.length > 1 ? " on either side of the change" : ""}`,
      location: { file }
    }))
  };
}
async function locate(repo) {
  const folder = await stat(repo).catch(() => void 0);
  if (!folder?.isDirectory())
    throw new SourceError(
      folder ? "this is a file, not a folder to review" : "no such folder to review",
      repo
    );
  const root = await findRepositoryRoot(repo);
  if (!root) return { root: repo, inRepo: (path) => checkRepoPath(path), git: false };
  const inner = relative(await realpath(root), await realpath(repo)).split(sep).join("/");
  return { root, inRepo: (path) => checkRepoPath(inner ? `${inner}/${path}` : path), git: true };
}
function inRepoOptions(inRepo, options) {
  const maybe = (p) => p === void 0 ? void 0 : inRepo(p);
  return {
    ...options,
    paths: distinctPaths((options.paths.length > 0 ? options.paths : [""]).map(inRepo)),
    configFile: maybe(options.configFile),
    credsFile: maybe(options.credsFile),
    octodnsConfig: maybe(options.octodnsConfig),
    ...options.tfVarFiles ? { tfVarFiles: options.tfVarFiles.map(inRepo) } : {},
    // octodns-sync runs where the user stands: the --repo folder unless told otherwise.
    octodnsCwd: inRepo(options.octodnsCwd ?? "")
  };
}
async function loadZoneSet(options) {
  let tree;
  let load;
  try {
    const { root, inRepo } = await locate(options.repo);
    const paths = "paths" in options ? options.paths : [options.path];
    load = inRepoOptions(inRepo, { ...options, paths });
    tree = await openTree(root, options.ref);
  } catch (e) {
    return { ok: false, errors: sourceError(e) };
  }
  const explicit = await checkExplicitConfigs([tree], load);
  if (!explicit.ok) return explicit;
  const formats = await chooseFormats(tree, load, options.format);
  if (!formats.ok) return formats;
  return loadSide(tree, formats.value, load);
}

// src/live/registry-spec.ts
function parseRdapUrl(text) {
  const expected = "expected an RDAP base URL such as https://rdap.example.net/";
  let url;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, message: `not a URL; ${expected}` };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:")
    return { ok: false, message: `${url.protocol} is not HTTP(S); ${expected}` };
  if (url.username || url.password)
    return { ok: false, message: "must not carry a user name or password (RDAP is public)" };
  if (url.search || url.hash) return { ok: false, message: `has a query or fragment; ${expected}` };
  return { ok: true, url: url.href.endsWith("/") ? url.href : `${url.href}/` };
}

export {
  sourceError,
  describePaths,
  chooseFormats,
  loadSide,
  checkExplicitConfigs,
  locate,
  inRepoOptions,
  loadZoneSet,
  parseRdapUrl
};
