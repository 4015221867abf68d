import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { isZoneFileName, zoneNameFromFileName } from '../../../src/formats/bind/files.js';
import { bindFormat } from '../../../src/formats/bind/format.js';
import { openTree } from '../../../src/sources/git.js';
import { makeRepo, type TestRepo } from '../../helpers/git-repo.js';

const HEAD = '$TTL 300\n@ SOA ns1 hostmaster 1 2 3 4 5\n@ NS ns1\nns1 A 192.0.2.1\n';

let repo: TestRepo;
beforeEach(() => {
  repo = makeRepo();
});
afterEach(() => repo.remove());

describe('zone discovery', () => {
  it('recognises *.zone, db.* and *.db and names the zone from the file', () => {
    expect(
      ['a.zone', 'x/db.example.com', 'example.org.db', 'notes.txt', 'zone'].map(isZoneFileName),
    ).toEqual([true, true, true, false, false]);
    expect(zoneNameFromFileName('zones/db.Example.COM')).toBe('example.com.');
    expect(zoneNameFromFileName('example.com.zone')).toBe('example.com.');
    expect(zoneNameFromFileName('example.net.db')).toBe('example.net.');
  });

  it('detects zone files under the path only', () => {
    expect(bindFormat.detect(['dns/example.com.zone', 'README.md'], 'dns')).toBe(true);
    expect(bindFormat.detect(['dns/example.com.zone'], 'other')).toBe(false);
  });
});

describe('bindFormat.load over a real git repository', () => {
  it('loads every zone at a commit, with includes, and leaves included files out as zones', async () => {
    const sha = repo.commit({
      'dns/db.example.com': `${HEAD}$INCLUDE common/hosts.db\n`,
      'dns/common/hosts.db': 'www A 192.0.2.80\n',
      'dns/other.zone': `$ORIGIN other.example.\n${HEAD}`,
      'elsewhere/ignored.zone': HEAD,
    });
    const r = await bindFormat.load(await openTree(repo.dir, sha), { path: 'dns' });
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
    expect(r.value.zones.map((z) => z.name).sort()).toEqual(['example.com.', 'other.example.']);
    const example = r.value.zones.find((z) => z.name === 'example.com.')!;
    expect(example.rrsets.find((s) => s.name === 'www.example.com.')!.location).toEqual({
      file: 'dns/common/hosts.db',
      line: 1,
    });
    expect(r.value.files).toEqual(['dns/common/hosts.db', 'dns/db.example.com', 'dns/other.zone']);
    expect(r.value.credentials).toEqual([]);
  });

  it('reads the working tree and reports every bad file with file, line and column', async () => {
    repo.commit({ 'a.zone': HEAD });
    repo.write({ 'a.zone': `${HEAD}x A 1.2.3\n`, 'b.zone': `${HEAD}y MX\n` });
    const r = await bindFormat.load(await openTree(repo.dir, undefined), { path: '' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.location.file, e.location.line, e.location.column])).toEqual([
      ['a.zone', 5, 5],
      ['b.zone', 5, 5],
    ]);
  });

  it('refuses an include through a symlink that leaves the repository', async () => {
    repo.write({ 'example.com.zone': `${HEAD}$INCLUDE link.inc\n` });
    symlinkSync('/etc/hostname', join(repo.dir, 'link.inc'));
    repo.commit({});
    const r = await bindFormat.load(await openTree(repo.dir, undefined), { path: '' });
    expect(!r.ok && r.errors[0]).toMatchObject({
      code: 'bind/include-outside',
      location: { file: 'example.com.zone', line: 5 },
    });
  });

  it('refuses two files defining one zone', async () => {
    const sha = repo.commit({ 'db.example.com': HEAD, 'example.com.zone': HEAD });
    const r = await bindFormat.load(await openTree(repo.dir, sha), { path: '' });
    expect(!r.ok && r.errors[0]!.code).toBe('bind/duplicate-zone');
  });
});
