/**
 * The oracle: BIND's own `named-checkzone -D` reads the same files, and our RRsets must equal
 * its canonical dump record for record. Files BIND rejects for syntax must be rejected by us
 * too, with a located error. Generated files cover every feature; hand-written ones under
 * __tests__/fixtures/bind/ cover the tricky corners.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { zoneNameFromFileName } from '../../../src/formats/bind/files.js';
import { parseZoneFile } from '../../../src/formats/bind/parse.js';
import { formatZoneFile } from '../../../src/formats/bind/write.js';
import { isStandardType } from '../../../src/model/record-type.js';
import { generateZone } from './zone-generator.js';

const run = promisify(execFile);
const FIXTURES = join(import.meta.dirname, '../../fixtures/bind');
// Syntax only: no integrity, name-style or MX/NS/SRV target checks, which are rules' business.
const CHECKS = [
  '-i',
  'none',
  '-k',
  'ignore',
  '-n',
  'ignore',
  '-m',
  'ignore',
  '-M',
  'ignore',
  '-S',
  'ignore',
  '-T',
  'ignore',
  '-W',
  'ignore',
  '-r',
  'ignore',
];

interface BindRun {
  ok: boolean;
  records: string[];
  output: string;
}

async function namedCheckzone(dir: string, zone: string, file: string): Promise<BindRun> {
  try {
    const { stdout, stderr } = await run(
      'named-checkzone',
      [...CHECKS, '-D', '-o', '-', zone, file],
      { cwd: dir, maxBuffer: 64 << 20 },
    );
    return { ok: true, records: normaliseDump(stdout), output: stderr };
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return { ok: false, records: [], output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

// Where a type's rdata holds domain names (BIND keeps their case; we lower-case them), and
// from which field on the data is hex or base64 that BIND splits into chunks.
const NAME_FIELDS: Record<string, number[]> = {
  NS: [0],
  CNAME: [0],
  DNAME: [0],
  PTR: [0],
  MX: [1],
  SRV: [3],
  SOA: [0, 1],
  SVCB: [1],
  HTTPS: [1],
  MINFO: [0, 1],
  RP: [0, 1],
  AFSDB: [1],
  RT: [1],
  KX: [1],
  LP: [1],
  MB: [0],
  MG: [0],
  MR: [0],
  'NSAP-PTR': [0],
  NSEC: [0],
  NXT: [0],
  PX: [1, 2],
  TALINK: [0, 1],
  RRSIG: [7],
  SIG: [7],
};
const JOINED_FROM: Record<string, number> = {
  DS: 3,
  CDS: 3,
  DNSKEY: 3,
  CDNSKEY: 3,
  TLSA: 3,
  SMIMEA: 3,
  SSHFP: 2,
  DHCID: 0,
  OPENPGPKEY: 0,
};

/**
 * BIND 9.18 prints the SvcParamKeys registered after RFC 9460 by number: `key7` is dohpath,
 * `key8` ohttp, `key9` tls-supported-groups (its value as raw octets, two per group).
 */
function bind918Keys(value: string): string {
  const names: Record<string, string> = {
    key7: 'dohpath',
    key8: 'ohttp',
    key9: 'tls-supported-groups',
  };
  return value
    .replace(
      / mandatory=(\S+)/,
      (_, list: string) =>
        ` mandatory=${list
          .split(',')
          .map((k) => names[k] ?? k)
          .join(',')}`,
    )
    .replace(/ key7=/g, ' dohpath=')
    .replace(/ key8(?= |$)/g, ' ohttp')
    .replace(/ key9="([^"]*)"/g, (_, raw: string) => {
      const octets = raw.replace(/\\(\d{3})/g, (_e, d: string) => String.fromCharCode(Number(d)));
      const groups: number[] = [];
      for (let k = 0; k < octets.length; k += 2)
        groups.push((octets.charCodeAt(k) << 8) | octets.charCodeAt(k + 1));
      return ` tls-supported-groups=${groups.join(',')}`;
    });
}

/** BIND's dump lines as `name ttl type rdata`, in our canonical spelling. */
function normaliseDump(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^(\S+)\s+(\d+)\s+IN\s+(\S+)\s+(.*)$/.exec(line);
    if (!m) continue;
    const [, name, ttl, type, rdata] = m as unknown as [string, string, string, string, string];
    let fields = rdata.trim().split(/\s+/);
    let value = rdata.trim();
    if (type === 'NAPTR') {
      const last = value.lastIndexOf(' ');
      value = `${value.slice(0, last)} ${value.slice(last + 1).toLowerCase()}`;
    } else if (type === 'SVCB' || type === 'HTTPS') {
      fields[1] = fields[1]!.toLowerCase();
      value = bind918Keys(fields.join(' '));
    } else if (NAME_FIELDS[type]) {
      for (const i of NAME_FIELDS[type]!) fields[i] = fields[i]!.toLowerCase();
      value = fields.join(' ');
    } else if (/^TYPE\d+$/.test(type)) {
      value = `${fields[0]} ${fields[1]}${fields.length > 2 ? ` ${fields.slice(2).join('')}` : ''}`;
    } else if (JOINED_FROM[type] !== undefined) {
      const from = JOINED_FROM[type]!;
      fields = [...fields.slice(0, from), fields.slice(from).join('')];
      value = fields.join(' ');
    }
    out.push(`${name.toLowerCase()} ${ttl} ${type} ${value}`);
  }
  return out.sort();
}

function ourRecords(
  dir: string,
  file: string,
  zone: string,
): { ok: true; records: string[] } | { ok: false; errors: string[] } {
  const tree = {
    readText: (p: string) =>
      existsSync(join(dir, p)) ? readFileSync(join(dir, p), 'utf8') : undefined,
  };
  const r = parseZoneFile(readFileSync(join(dir, file), 'utf8'), { file, origin: zone, tree });
  if (!r.ok)
    return {
      ok: false,
      errors: r.errors.map(
        (e) => `${e.location.file}:${e.location.line}:${e.location.column}: ${e.message}`,
      ),
    };
  const records: string[] = [];
  for (const rr of r.value.zone.rrsets)
    for (const v of rr.values) records.push(`${rr.name} ${rr.ttl} ${rr.type} ${v}`);
  return { ok: true, records: records.sort() };
}

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'zg-oracle-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('generated zone files equal named-checkzone -D', () => {
  const seeds = [1, 2, 3, 4, 5, 6];
  it.each(seeds)('seed %d', async (seed) => {
    const g = generateZone(seed, 300);
    for (const [name, text] of g.files) writeFileSync(join(work, name), text);
    const main = [...g.files.keys()][0]!;
    const bind = await namedCheckzone(work, g.zone, main);
    if (!bind.ok) throw new Error(`BIND refused the generated file:\n${bind.output}`);
    const ours = ourRecords(work, main, g.zone);
    if (!ours.ok) throw new Error(ours.errors.join('\n'));
    expect(ours.records).toEqual(bind.records);
    expect(ours.records.length).toBeGreaterThan(300);
  });
});

// Hand-written files: `NAME.zone` is loaded as zone NAME (or the `; zone:` line's value).
const fixtureFiles = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.zone'))
  .sort();
const zoneOf = (file: string): string => {
  const m = /^; zone: (\S+)/m.exec(readFileSync(join(FIXTURES, file), 'utf8'));
  return m ? m[1]! : `${file.replace(/\.zone$/, '')}.`;
};

describe('hand-written fixtures agree with named-checkzone', () => {
  it.each(fixtureFiles.filter((f) => !f.startsWith('bad-')))(
    '%s loads to the same records',
    async (file) => {
      const zone = zoneOf(file);
      const bind = await namedCheckzone(FIXTURES, zone, file);
      if (!bind.ok) throw new Error(`BIND refused ${file}:\n${bind.output}`);
      const ours = ourRecords(FIXTURES, file, zone);
      if (!ours.ok) throw new Error(ours.errors.join('\n'));
      expect(ours.records).toEqual(bind.records);
    },
  );

  it.each(fixtureFiles.filter((f) => f.startsWith('bad-')))(
    '%s is refused by both, at the same line',
    async (file) => {
      const zone = zoneOf(file);
      const bind = await namedCheckzone(FIXTURES, zone, file);
      expect(bind.ok).toBe(false);
      const ours = ourRecords(FIXTURES, file, zone);
      expect(ours.ok).toBe(false);
      if (ours.ok) return;
      // BIND names the first failing line as `file:LINE:`; ours must report that line too.
      const bindLine = /:(\d+):/.exec(bind.output)?.[1];
      expect(ours.errors.every((e) => /^[^:]+:\d+:\d+: \S/.test(e))).toBe(true);
      if (bindLine) expect(ours.errors.map((e) => e.split(':')[1])).toContain(bindLine);
    },
  );
});

// Files under naming/ are loaded as the review loads them, with no zone name given: BIND must
// load each under the name ZoneGuard chose (it refuses a zone whose SOA is elsewhere) and
// dump the same records; `; expect-zone:` says which name that is.
describe('a zone file is named by its SOA owner, as BIND needs it', () => {
  const dir = join(FIXTURES, 'naming');
  const files = readdirSync(dir).filter((f) => !f.endsWith('.inc'));
  it.each(files)('%s', async (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const tree = {
      readText: (p: string) =>
        existsSync(join(dir, p)) ? readFileSync(join(dir, p), 'utf8') : undefined,
    };
    const fallback = zoneNameFromFileName(file);
    const r = parseZoneFile(text, {
      file,
      tree,
      ...(fallback ? { fallbackOrigin: fallback } : {}),
    });
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    const zone = r.value.zone;
    expect(zone.name).toBe(/^; expect-zone: (\S+)/m.exec(text)?.[1]);
    expect(zone.diagnostics ?? []).toEqual([]);
    const bind = await namedCheckzone(dir, zone.name, file);
    if (!bind.ok) throw new Error(`BIND refused ${file} as ${zone.name}:\n${bind.output}`);
    const ours = zone.rrsets.flatMap((rr) =>
      rr.values.map((v) => `${rr.name} ${rr.ttl} ${rr.type} ${v}`),
    );
    expect(ours.sort()).toEqual(bind.records);
  });
});

describe('types kept in RFC 3597 form', () => {
  // BIND loads the original and our re-written file (TYPEnnn \\# …): both dumps must agree,
  // and every RRset of a type without a typed codec must be one we keep as TYPEnnn.
  const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.zone.in'));
  it.each(files)('%s: BIND reads our RFC 3597 output back to the same records', async (file) => {
    const zone = zoneOf(file);
    const original = await namedCheckzone(FIXTURES, zone, file);
    if (!original.ok) throw new Error(original.output);
    const tree = { readText: () => undefined };
    const r = parseZoneFile(readFileSync(join(FIXTURES, file), 'utf8'), {
      file,
      origin: zone,
      tree,
    });
    if (!r.ok) throw new Error(r.errors.map((e) => `${e.location.line}: ${e.message}`).join('\n'));
    const kept = new Set(original.records.map((l) => l.split(' ').slice(0, 3).join(' ')));
    const others = [...kept].filter((k) => !isStandardType(k.split(' ')[2]!));
    expect(others.length).toBeGreaterThan(0);
    expect(r.value.zone.rrsets.filter((s) => /^TYPE\d+$/.test(s.type)).length).toBe(others.length);
    const name = file.replace(/\.in$/, '');
    writeFileSync(join(work, name), formatZoneFile(r.value.zone));
    const ours = await namedCheckzone(work, zone, name);
    if (!ours.ok) throw new Error(ours.output);
    expect(ours.records).toEqual(original.records);
  });
});

describe('semantic faults BIND refuses at load are kept for the rules', () => {
  it('warns of a second SOA, CNAME or DNAME record, which BIND refuses', async () => {
    const text =
      '$TTL 300\n@ SOA ns1 h 1 2 3 4 5\n@ NS ns1\nns1 A 192.0.2.1\nc CNAME a.example.\nc CNAME b.example.\nc CNAME a.example.\n';
    writeFileSync(join(work, 'single.zone'), text);
    const bind = await namedCheckzone(work, 'single.example.', 'single.zone');
    expect(bind.ok).toBe(false);
    expect(bind.output).toContain('c.single.example: multiple RRs of singleton type');
    const r = parseZoneFile(text, { file: 'single.zone', origin: 'single.example.' });
    expect(r.ok && r.value.zone.diagnostics?.map((d) => [d.code, d.location.line])).toEqual([
      ['bind/singleton', 6],
    ]);
  });

  it('warns of an NS target below a DNAME, which BIND refuses at the apex', async () => {
    const text = '$TTL 300\n@ SOA ns1 h 1 2 3 4 5\n@ NS ns1\n@ DNAME example.net.\nx NS ns.d\n';
    writeFileSync(join(work, 'dname.zone'), text);
    const bind = await namedCheckzone(work, 'dname.example.', 'dname.zone');
    expect(bind.ok).toBe(false);
    expect(bind.output).toContain("NS 'ns1.dname.example' is below a DNAME");
    const r = parseZoneFile(text, { file: 'dname.zone', origin: 'dname.example.' });
    expect(r.ok && r.value.zone.diagnostics?.map((d) => [d.code, d.location.line])).toEqual([
      ['bind/ns-below-dname', 3],
      ['bind/ns-below-dname', 5],
    ]);
  });

  it('keeps a CNAME beside other data, where BIND refuses the zone', async () => {
    const text =
      '$TTL 300\n@ SOA ns1 h 1 2 3 4 5\n@ NS ns1\nns1 A 192.0.2.1\nwww CNAME ns1\nwww A 192.0.2.2\n';
    writeFileSync(join(work, 'cname.zone'), text);
    const bind = await namedCheckzone(work, 'cname.example.', 'cname.zone');
    expect(bind.ok).toBe(false);
    expect(bind.output).toContain('CNAME and other data');
    const ours = ourRecords(work, 'cname.zone', 'cname.example.');
    expect(ours.ok && ours.records).toEqual(
      expect.arrayContaining([
        'www.cname.example. 300 CNAME ns1.cname.example.',
        'www.cname.example. 300 A 192.0.2.2',
      ]),
    );
  });
});
