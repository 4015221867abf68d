/**
 * A review never passes because it read nothing: no zones, a side that does not load and a
 * shallow clone without the base commit are errors (exit 2); a deleted config removes its zones.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runReview } from '../../src/review/review.js';
import { runCli } from '../helpers/cli.js';
import { makeRepo } from '../helpers/git-repo.js';
import { reviewSettings } from '../helpers/review.js';

const ZONE = (serial: number, address: string) => `$ORIGIN example.com.
$TTL 300
@   IN SOA ns1.example.net. host.example.com. ${serial} 7200 3600 1209600 300
    IN NS ns1.example.net.
    IN NS ns1.example.org.
www IN A ${address}
`;

const DNSCONFIG = `var REG = NewRegistrar("none");
var DNS = NewDnsProvider("bind");
D("example.com", REG, DnsProvider(DNS),
  A("www", "192.0.2.1"),
);
`;

describe('never a silent pass', () => {
  it('refuses a review that finds no zone on either side, naming the path and format', async () => {
    const repo = makeRepo();
    try {
      repo.commit({ 'README.md': 'no zones here\n' });
      repo.commit({ 'README.md': 'still none\n' }, 'docs');
      const r = await runCli(['check', '--repo', repo.dir, '--head', 'HEAD', '--format', 'bind']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('no zones found under the repository root (format bind)');
      expect(r.stdout).toBe('');
    } finally {
      repo.remove();
    }
  });

  it('refuses to compare with a base that does not load instead of calling every record added', async () => {
    const repo = makeRepo();
    try {
      const broken = DNSCONFIG.replace('A("www"', 'A("www" +');
      const base = repo.commit({ 'dnsconfig.js': broken, 'creds.json': '{}' });
      const head = repo.commit({ 'dnsconfig.js': DNSCONFIG }, 'fix');
      const r = await runReview(reviewSettings(repo.dir, base, head));
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.errors[0]?.message).toMatch(/^the base side \(.+\) does not load/);
      expect(r.errors[0]?.message).toContain('--base');
      expect(r.errors[0]?.location.file).toBe('dnsconfig.js');
      const cli = await runCli(['check', '--repo', repo.dir, '--base', base, '--head', head]);
      expect(cli.code).toBe(2);
    } finally {
      repo.remove();
    }
  });

  describe('a zone file or config turned into a link out of the repository', () => {
    const refused = (file: string) =>
      expect.objectContaining({
        level: 'error',
        code: 'refused-link',
        location: { file },
        message: expect.stringMatching(
          new RegExp(
            `^symlink "${file.replaceAll('.', '\\.')}" points outside the repository: refused, so it is not read`,
          ),
        ),
      });

    it.each([
      [
        'one of two zone files',
        {
          'zones/example.org.zone': ZONE(1, '192.0.2.2').replaceAll('example.com.', 'example.org.'),
        },
      ],
      ['the last zone file', {}],
    ])('is refused by name, not reviewed as a removal (%s)', async (_, others) => {
      const repo = makeRepo();
      try {
        const base = repo.commit({ 'zones/example.com.zone': ZONE(1, '192.0.2.1'), ...others });
        repo.write({ 'zones/example.com.zone': null });
        repo.symlink('zones/example.com.zone', '/etc/hostname');
        const head = repo.commit({});
        const r = await runReview(reviewSettings(repo.dir, base, head));
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.errors).toEqual([refused('zones/example.com.zone')]);
      } finally {
        repo.remove();
      }
    });

    it('a dnsconfig.js link is refused in the working tree too', async () => {
      const repo = makeRepo();
      try {
        repo.commit({ 'dnsconfig.js': DNSCONFIG, 'creds.json': '{}' });
        repo.write({ 'dnsconfig.js': null });
        repo.symlink('dnsconfig.js', '../../outside/dnsconfig.js');
        const r = await runReview(reviewSettings(repo.dir, 'HEAD', undefined));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.errors).toEqual([refused('dnsconfig.js')]);
      } finally {
        repo.remove();
      }
    });

    it('a link out that no format reads is left alone', async () => {
      const repo = makeRepo();
      try {
        const base = repo.commit({ 'zones/example.com.zone': ZONE(1, '192.0.2.1') });
        repo.symlink('notes.txt', '/etc/hostname');
        const head = repo.commit({ 'zones/example.com.zone': ZONE(2, '192.0.2.3') });
        const r = await runReview(reviewSettings(repo.dir, base, head));
        if (!r.ok) throw new Error(r.errors[0]?.message);
      } finally {
        repo.remove();
      }
    });
  });

  it('reviews a change that deletes every zone file as the removal of each zone', async () => {
    const repo = makeRepo();
    try {
      const base = repo.commit({
        'zones/example.com.zone': ZONE(1, '192.0.2.1'),
        'zones/example.org.zone': ZONE(1, '192.0.2.2').replaceAll('example.com.', 'example.org.'),
      });
      const head = repo.commit({ 'zones/example.com.zone': null, 'zones/example.org.zone': null });
      const r = await runReview(reviewSettings(repo.dir, base, head));
      if (!r.ok) throw new Error(r.errors[0]?.message);
      const removed = r.report.findings.filter((f) => f.rule === 'zone-removed');
      expect(removed.map((f) => f.zone).sort()).toEqual(['example.com.', 'example.org.']);
      expect(r.report.verdict).toBe('block');
    } finally {
      repo.remove();
    }
  });

  it('reviews the commit that adds the first config as additions', async () => {
    const repo = makeRepo();
    try {
      const base = repo.commit({ 'README.md': 'soon\n' });
      const head = repo.commit({ 'zones/example.com.zone': ZONE(1, '192.0.2.1') });
      const r = await runReview(reviewSettings(repo.dir, base, head));
      if (!r.ok) throw new Error(r.errors[0]?.message);
      expect(r.report.zones.map((z) => z.zone)).toEqual(['example.com.']);
      expect(r.report.zones[0]?.changes.every((c) => c.kind === 'add')).toBe(true);
    } finally {
      repo.remove();
    }
  });

  it('in a shallow clone without the base commit, says how to fetch it instead of passing', async () => {
    const repo = makeRepo();
    const clone = mkdtempSync(join(tmpdir(), 'zoneguard-shallow-'));
    try {
      repo.commit({ 'zones/example.com.zone': ZONE(1, '192.0.2.1') });
      repo.commit({
        'zones/example.com.zone': null,
        'zones/example.net.zone': ZONE(2, '192.0.2.9'),
      });
      execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo.dir}`, clone]);
      const r = await runCli(['check', '--repo', clone, '--head', 'HEAD', '--no-live']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('shallow clone');
      expect(r.stderr).toContain('fetch-depth: 0');
      // With the base named, the same clone still cannot invent it: an unknown ref, not a pass.
      const named = await runCli(['check', '--repo', clone, '--base', 'HEAD~1', '--head', 'HEAD']);
      expect(named.code).toBe(2);
    } finally {
      repo.remove();
      rmSync(clone, { recursive: true, force: true });
    }
  });
});
