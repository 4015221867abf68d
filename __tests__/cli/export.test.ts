import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffRRsets } from '../../src/diff/diff.js';
import { loadZoneSet } from '../../src/review/load.js';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/git-repo.js';

const ZONE = `$ORIGIN example.com.
$TTL 300
@    IN SOA ns1.example.net. hostmaster.example.com. 1 7200 3600 1209600 300
     IN NS  ns1.example.net.
     IN NS  ns2.example.org.
www  IN A   192.0.2.1
txt  IN TXT "a;b" "c\\"d"
`;

describe('zoneguard export --format bind', () => {
  it('writes zone files that read back to the same zones', async () => {
    const repo = makeRepo();
    const out = mkdtempSync(join(tmpdir(), 'zoneguard-export-'));
    try {
      repo.commit({
        'dns/zones/example.com.zone': ZONE,
        'other/db.ignored': 'not a zone of this folder\n',
      });
      const r = await runCli([
        'export',
        '--format',
        'bind',
        '--repo',
        join(repo.dir, 'dns'),
        '--out',
        out,
      ]);
      expect(r).toMatchObject({ code: 0, stderr: expect.stringContaining('example.com.zone') });
      expect(readdirSync(out)).toEqual(['example.com.zone']);
      const original = await loadZoneSet({
        repo: repo.dir,
        ref: 'HEAD',
        path: 'dns',
        format: 'auto',
      });
      const copy = makeRepo();
      copy.commit({ 'example.com.zone': readFileSync(join(out, 'example.com.zone'), 'utf8') });
      const exported = await loadZoneSet({ repo: copy.dir, ref: 'HEAD', path: '', format: 'bind' });
      copy.remove();
      if (!original.ok || !exported.ok) throw new Error('load failed');
      expect(diffRRsets(original.value.zones[0]!.rrsets, exported.value.zones[0]!.rrsets)).toEqual(
        [],
      );
    } finally {
      repo.remove();
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('prints every zone file to stdout, each under a comment naming its file', async () => {
    const repo = makeRepo();
    try {
      repo.commit({ 'example.com.zone': ZONE, 'db.example.org': '$TTL 60\n@ IN A 192.0.2.8\n' });
      const r = await runCli(['export', '--format', 'bind', '--repo', repo.dir]);
      // db.example.org has no SOA and no NS: the copy gets an SOA, marked, and a word on NS.
      expect(r).toMatchObject({
        code: 0,
        stderr:
          'zoneguard: example.org.: the configuration has no apex NS (the DNS provider adds its own); add NS records to the copy before loading it, or export --from-live\n',
      });
      expect(r.stdout).toBe(
        [
          '; ---- example.org.zone',
          '; SOA made by zoneguard export: the configuration leaves the SOA to the DNS provider',
          '$ORIGIN example.org.',
          '$TTL 3600',
          '@\t3600\tIN\tSOA\tns.example.org. hostmaster.example.org. 1 7200 3600 1209600 300',
          '@\t60\tIN\tA\t192.0.2.8',
          '',
          '; ---- example.com.zone',
          '$ORIGIN example.com.',
          '$TTL 300',
          '@\t300\tIN\tSOA\tns1.example.net. hostmaster.example.com. 1 7200 3600 1209600 300',
          '@\t300\tIN\tNS\tns1.example.net.',
          '@\t300\tIN\tNS\tns2.example.org.',
          'txt\t300\tIN\tTXT\t"a;b" "c\\"d"',
          'www\t300\tIN\tA\t192.0.2.1',
          '',
          '',
        ].join('\n'),
      );
    } finally {
      repo.remove();
    }
  });

  it('refuses other output formats with exit 2', async () => {
    expect(await runCli(['export', '--format', 'json'])).toMatchObject({
      code: 2,
      stderr: 'zoneguard: export needs --format bind (got "json")\n',
    });
    // The repository's own formats are inputs, not outputs.
    expect(await runCli(['export', '--format', 'octodns'])).toMatchObject({
      code: 2,
      stderr: 'zoneguard: export needs --format bind (got "octodns")\n',
    });
  });
});
