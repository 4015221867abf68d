// Measures how often ZoneGuard's BIND reader and BIND itself agree on real zone files: for
// every zone file under the given folders, `named-checkzone -D` loads it (the zone named by
// its SOA owner, else by the file name) and ZoneGuard's BIND format loads it as the review
// would (one zone file, `$INCLUDE` from the same folder). Agreement is "both refuse", or both
// load the same zone with the same records. Records are compared by feeding ZoneGuard's
// reading back to BIND (as the zone file ZoneGuard writes) and comparing BIND's two dumps, so
// types ZoneGuard keeps as RFC 3597 data compare exactly too. Disagreements are grouped by
// cause. The zone files are other projects' data: they are read where they lie (a folder, or
// a bare git directory whose HEAD is extracted to a temporary folder), never copied here.
//
//   node scripts/bind-agreement.mjs DIR|GIT-DIR[:PATH…]… [-v] [--json FILE]
import { execFile, execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const run = promisify(execFile);
const args = process.argv.slice(2);
const verbose = args.includes('-v');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const sources = args.filter((a, i) => !a.startsWith('-') && args[i - 1] !== '--json');
if (sources.length === 0) {
  console.error('usage: node scripts/bind-agreement.mjs DIR|GIT-DIR[:PATH…]… [-v] [--json FILE]');
  process.exit(2);
}
const MAX_BYTES = 16 << 20;
// Syntax only, as in __tests__/formats/bind/oracle.test.ts: integrity, name-style and target
// checks are the rules' business.
const CHECKS = [
  ...['-i', 'none', '-k', 'ignore', '-n', 'ignore', '-m', 'ignore', '-M', 'ignore'],
  ...['-S', 'ignore', '-T', 'ignore', '-W', 'ignore', '-r', 'ignore'],
];

/** A folder to read: the folder itself, or a bare git directory's HEAD extracted (paths after `:`). */
function materialise(src, k) {
  const [dir, ...paths] = src.split(':');
  if (!existsSync(join(dir, 'HEAD')) || !existsSync(join(dir, 'objects'))) return dir;
  const out = join(work, `src${k}`);
  mkdirSync(out);
  const listing = execFileSync('git', ['--git-dir', dir, 'ls-tree', '-r', '-z', 'HEAD', ...paths], {
    maxBuffer: 1 << 28,
  }).toString();
  // One blob at a time: a mirror may lack its largest objects, and those are skipped.
  for (const entry of listing.split('\0')) {
    const m = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
    if (!m) continue;
    let data;
    try {
      data = execFileSync('git', ['--git-dir', dir, 'cat-file', 'blob', m[1]], {
        maxBuffer: MAX_BYTES * 2,
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch {
      continue;
    }
    mkdirSync(join(out, dirname(m[2])), { recursive: true });
    writeFileSync(join(out, m[2]), data);
  }
  return out;
}

/** Zone files: named as ZoneGuard finds them, or text whose first record is an SOA. */
function zoneFiles(dir, zg) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && statSync(p).size <= MAX_BYTES) {
        const buf = readFileSync(p);
        if (buf.includes(0)) continue;
        const text = buf.toString('utf8');
        if (zg.isZoneFileName(e.name) || firstRecordIsSoa(text))
          out.push({ dir: d, file: e.name, shown: relative(dir, p), text });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.shown < b.shown ? -1 : 1));
}

/** Lines of a file without comments, with parenthesised records joined (a rough reading). */
function* roughRecords(text) {
  let depth = 0;
  let cur = '';
  for (const raw of text.split('\n')) {
    let line = '';
    let quoted = false;
    for (let i = 0; i < raw.length; i++) {
      const c = raw[i];
      if (c === '\\') {
        line += raw.slice(i, i + 2);
        i++;
        continue;
      }
      if (c === '"') quoted = !quoted;
      if (!quoted && c === ';') break;
      if (!quoted && c === '(') depth++;
      if (!quoted && c === ')') depth--;
      line += c;
    }
    cur += depth > 0 ? `${line} ` : line;
    if (depth <= 0) {
      if (cur.trim() !== '')
        yield { blank: /^\s/.test(cur), tokens: cur.replace(/[()]/g, ' ').trim().split(/\s+/) };
      cur = '';
      depth = 0;
    }
  }
}

function soaAt(r) {
  const from = r.blank ? 0 : 1;
  return r.tokens.slice(from, from + 3).findIndex((t) => t.toUpperCase() === 'SOA');
}

function firstRecordIsSoa(text) {
  for (const r of roughRecords(text)) if (!r.tokens[0].startsWith('$')) return soaAt(r) !== -1;
  return false;
}

/** The zone BIND is asked to load: the first SOA's owner, else the file's name, else the root. */
function zoneFor(f, zg) {
  const fromFile = zg.zoneNameFromFileName(f.file);
  let origin;
  let owner;
  const absolute = (name, base) => {
    if (name === '@') return base;
    if (name.endsWith('.') && !name.endsWith('\\.')) return name;
    return base === undefined ? undefined : base === '.' ? `${name}.` : `${name}.${base}`;
  };
  for (const r of roughRecords(f.text)) {
    const first = r.tokens[0];
    if (!r.blank && first.toUpperCase() === '$ORIGIN')
      origin = absolute(r.tokens[1] ?? '@', origin ?? fromFile);
    if (first.startsWith('$')) continue;
    if (!r.blank) owner = first;
    if (soaAt(r) !== -1 && owner !== undefined) {
      const z = absolute(owner, origin ?? fromFile);
      if (z !== undefined) return z.toLowerCase();
      break;
    }
  }
  return (fromFile ?? '.').toLowerCase();
}

/**
 * BIND's dump of a zone file. `extra` records are appended to a copy (read from the same
 * folder, so includes still resolve) and removed from the dump again: they satisfy the zone
 * checks BIND cannot switch off (an apex NS, an address for an in-zone NS target), so the
 * records of a file that lacks them can still be compared.
 */
async function namedCheckzone(dir, zone, file, extra = []) {
  let path = file;
  if (extra.length > 0) {
    path = join(work, 'with-extra.zone');
    writeFileSync(path, `${readFileSync(join(dir, file), 'utf8')}\n${extra.join('\n')}\n`);
  }
  try {
    const { stdout } = await run('named-checkzone', [...CHECKS, '-D', '-o', '-', zone, path], {
      cwd: dir,
      maxBuffer: 1 << 28,
      timeout: 120_000,
    });
    return { ok: true, records: minus(normaliseDump(stdout), normaliseDump(extra.join('\n'))) };
  } catch (e) {
    const text = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    const lines = text
      .split('\n')
      .filter((l) => l && !/^zone .*: loading from master file/.test(l));
    // The first load error BIND hit, else the line before "not loaded due to errors" (a
    // check of the whole zone); the other lines are warnings.
    const at = lines.findIndex((l) => /: not loaded due to errors/.test(l));
    const fatal =
      lines.find((l) => /^(dns_master_load|dns_rdata_fromtext): /.test(l)) ??
      (at > 0 ? lines[at - 1] : lines[lines.length - 1]) ??
      String(e.message);
    return { ok: false, fatal, zoneLevel: /^zone [^ ]+: /.test(fatal), message: lines.join('\n') };
  }
}

/** A record that lets BIND finish loading (see `namedCheckzone`), or undefined. */
function satisfy(zone, fatal) {
  if (/: has no NS records$/.test(fatal)) return `${zone} 0 IN NS zone-agreement.invalid.`;
  const m = /: NS '([^']+)' has no address records/.exec(fatal);
  if (m) return `${m[1].replace(/\.?$/, '.')} 0 IN A 192.0.2.53`;
  return undefined;
}

async function bindRecords(dir, zone, file, extra) {
  for (;;) {
    const r = await namedCheckzone(dir, zone, file, extra);
    const more = r.ok || extra.length > 50 ? undefined : satisfy(zone, r.fatal);
    if (more === undefined || extra.includes(more)) return r;
    extra.push(more);
  }
}

// Fields of BIND's dump that are domain names (BIND keeps their case; ZoneGuard lower-cases).
const NAME_FIELDS = {
  NS: [0],
  CNAME: [0],
  DNAME: [0],
  PTR: [0],
  MD: [0],
  MF: [0],
  MB: [0],
  MG: [0],
  MR: [0],
  NSEC: [0],
  NXT: [0],
  MX: [1],
  AFSDB: [1],
  RT: [1],
  KX: [1],
  LP: [1],
  SRV: [3],
  SVCB: [1],
  HTTPS: [1],
  SOA: [0, 1],
  MINFO: [0, 1],
  RP: [0, 1],
  TALINK: [0, 1],
  PX: [1, 2],
  RRSIG: [7],
  SIG: [7],
  NAPTR: [5],
};

function normaliseDump(text) {
  const out = [];
  for (const line of text.split('\n')) {
    const m = /^(\S+)\s+(\d+)\s+IN\s+(\S+)\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, owner, ttl, type, rdata] = m;
    let value = rdata.trim();
    const names = NAME_FIELDS[type];
    if (names && !value.startsWith('\\#')) {
      const fields = value.split(/\s+/);
      for (const i of names) if (fields[i] !== undefined) fields[i] = fields[i].toLowerCase();
      value = fields.join(' ');
    }
    out.push(`${owner.toLowerCase()} ${ttl} ${type} ${value}`);
  }
  return out.sort();
}

/**
 * Files the loader sees: this one zone file, and whatever it includes from its folder. A file
 * named unlike a zone file (`x.signed`) is shown as `x.signed.zone`, which names the zone the
 * same when the file does not.
 */
function singleFileTree(f, zg) {
  const shown = zg.isZoneFileName(f.file) ? f.file : `${f.file}.zone`;
  return {
    root: f.dir,
    commit: undefined,
    label: 'working tree',
    listFiles: async () => [shown],
    readText: async (p) => {
      const full = join(f.dir, p === shown ? f.file : p);
      return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined;
    },
  };
}

async function compareFile(f, zg) {
  const zone = zoneFor(f, zg);
  const extra = [];
  const bind = await bindRecords(f.dir, zone, f.file, extra);
  const loaded = await zg.bindFormat.load(singleFileTree(f, zg), { path: '' });
  const base = { file: f.shown, zone, ...(extra.length > 0 ? { extra } : {}) };
  if (!loaded.ok) {
    const first = loaded.errors[0];
    const detail = `${first.location.file}:${first.location.line}: ${first.code}: ${first.message}`;
    if (!bind.ok) return { ...base, agree: true, how: 'both refuse', detail };
    return { ...base, agree: false, cause: causeOfOurs(loaded.errors), detail };
  }
  const z = loaded.value.zones[0];
  if (z === undefined)
    return {
      ...base,
      agree: false,
      cause: 'ZoneGuard finds no zone',
      detail: loaded.value.files.join(' '),
    };
  if (!bind.ok) {
    // A fault of the whole zone (CNAME beside other data, two SOAs) that BIND refuses and
    // ZoneGuard reads and leaves to the rules, or a syntax error ZoneGuard missed.
    const kind = bind.zoneLevel ? 'BIND refuses the zone' : 'BIND refuses a line';
    const warned = (z.diagnostics ?? []).map((d) => d.code);
    // ZoneGuard keeps such faults for the rules, with a warning that BIND refuses the zone.
    const flagged = (z.diagnostics ?? []).some((d) => d.message.includes('BIND refuses'));
    return {
      ...base,
      agree: false,
      flagged,
      cause: `${kind}: ${causeOfBind(bind.fatal)}`,
      detail: `${bind.message}\nZoneGuard warnings: ${[...new Set(warned)].join(', ') || 'none'}`,
    };
  }
  if (z.name !== zone)
    return {
      ...base,
      agree: false,
      cause: 'zone named differently',
      detail: `ZoneGuard: ${z.name}, SOA/file: ${zone}`,
    };
  writeFileSync(join(work, 'back.zone'), forBind918(zg.formatZoneFile(z)));
  const again = await namedCheckzone(work, zone, 'back.zone', extra);
  if (!again.ok)
    return {
      ...base,
      agree: false,
      cause: `BIND refuses ZoneGuard's reading: ${causeOfBind(again.fatal)}`,
      detail: again.message,
    };
  const missing = minus(bind.records, again.records);
  const surplus = minus(again.records, bind.records);
  if (missing.length === 0 && surplus.length === 0)
    return { ...base, agree: true, how: 'same records', records: bind.records.length };
  const types = [...new Set([...missing, ...surplus].map((l) => l.split(' ')[2]))].sort();
  const withoutTtl = (l) => l.split(' ').toSpliced(1, 1).join(' ');
  const ttlOnly =
    minus(missing.map(withoutTtl), surplus.map(withoutTtl)).length === 0 &&
    missing.length === surplus.length;
  return {
    ...base,
    agree: false,
    cause: `records differ${ttlOnly ? ' in TTL only' : ''} (${types.join(', ')})`,
    detail: [
      ...missing.slice(0, 5).map((l) => `BIND only: ${l}`),
      ...surplus.slice(0, 5).map((l) => `ZoneGuard only: ${l}`),
    ].join('\n'),
  };
}

/**
 * The BIND the tests run (9.18) predates the SvcParamKey names ohttp and tls-supported-groups:
 * ZoneGuard's reading is handed to it with those keys as key8 and key9 (raw octets).
 */
function forBind918(text) {
  const names = { ohttp: 'key8', 'tls-supported-groups': 'key9' };
  return text
    .replace(
      / mandatory=(\S+)/g,
      (_, list) =>
        ` mandatory=${list
          .split(',')
          .map((k) => names[k] ?? k)
          .join(',')}`,
    )
    .replace(/ ohttp(?=[ \n])/g, ' key8')
    .replace(/ tls-supported-groups=([\d,]+)/g, (_, list) => {
      const octets = list
        .split(',')
        .flatMap((g) => [Number(g) >> 8, Number(g) & 255])
        .map((o) => `\\${String(o).padStart(3, '0')}`);
      return ` key9="${octets.join('')}"`;
    });
}

function minus(a, b) {
  const count = new Map();
  for (const x of b) count.set(x, (count.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = count.get(x) ?? 0;
    if (n === 0) return true;
    count.set(x, n - 1);
    return false;
  });
}

/** A ZoneGuard refusal, by its kind (the code and the gist of the message, no names). */
function causeOfOurs(errors) {
  const e = errors[0];
  let m = e.message
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\d+/g, 'N')
    .replace(/[a-z0-9-]+(\.[a-z0-9-]+)*\.(?=[ ,;]|$)/gi, 'NAME');
  const type = /unknown record type "([^"]*)"/.exec(e.message);
  if (type) m = `unknown record type ${type[1].toUpperCase()}`;
  return `ZoneGuard refuses: ${e.code}: ${m.slice(0, 90)}`;
}

function causeOfBind(line) {
  return line
    .replace(/^(dns_master_load|dns_rdata_fromtext): /, '')
    .replace(/^.*?:\d+: /, '')
    .replace(/^zone [^:]*: /, '')
    .replace(/'[^']*'/g, "'…'")
    .replace(/\d+/g, 'N')
    .slice(0, 90);
}

function report(results) {
  const agree = results.filter((r) => r.agree);
  const same = agree.filter((r) => r.how === 'same records').length;
  const n = results.length;
  console.log(
    `BIND agreement: ${agree.length}/${n} zone files (${((100 * agree.length) / Math.max(n, 1)).toFixed(1)}%): ${same} load to the same records, ${agree.length - same} refused by both`,
  );
  const flagged = results.filter((r) => r.flagged).length;
  console.log(
    `  ${flagged} more: BIND refuses, ZoneGuard reads with a warning that BIND refuses (left to the rules)`,
  );
  const byCause = new Map();
  for (const r of results.filter((x) => !x.agree)) {
    const list = byCause.get(r.cause) ?? [];
    list.push(r);
    byCause.set(r.cause, list);
  }
  const causes = [...byCause.entries()].sort((a, b) => b[1].length - a[1].length);
  if (causes.length > 0)
    console.log(
      `Not agreeing: ${n - agree.length} (${n - agree.length - flagged} disagreements, ${flagged} flagged by ZoneGuard)`,
    );
  for (const [cause, list] of causes) {
    const mark = list.every((r) => r.flagged) ? ' [ZoneGuard warns]' : '';
    console.log(`  ${String(list.length).padStart(4)}  ${cause}${mark}`);
    for (const r of verbose ? list : list.slice(0, 3))
      console.log(
        `          ${r.file} (${r.zone})${verbose ? `\n            ${r.detail.replaceAll('\n', '\n            ')}` : ''}`,
      );
  }
}

const work = mkdtempSync(join(tmpdir(), 'zg-bind-agreement-'));

async function main() {
  try {
    const root = process.cwd();
    const bundle = join(work, 'bundle.mjs');
    await build({
      stdin: {
        contents: `export { bindFormat, isZoneFileName, zoneNameFromFileName } from ${JSON.stringify(join(root, 'src/formats/bind/format.ts'))};
export { formatZoneFile } from ${JSON.stringify(join(root, 'src/formats/bind/write.ts'))};`,
        resolveDir: root,
        loader: 'ts',
      },
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
    });
    const zg = await import(bundle);
    const files = [];
    for (const [k, src] of sources.entries()) files.push(...zoneFiles(materialise(src, k), zg));
    const results = [];
    for (const f of files) results.push(await compareFile(f, zg));
    report(results);
    if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify(results, null, 1)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
