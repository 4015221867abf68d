import { checkCommand } from '../../src/cli/check.js';
import type { LiveOptions } from '../../src/live/types.js';
import { runCli } from '../helpers/cli.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

const ZONE = `$ORIGIN example.com.
$TTL 300
@    IN SOA ns1.example.net. hostmaster.example.com. 1 7200 3600 1209600 300
     IN NS  ns1.example.net.
     IN NS  ns2.example.org.
www  IN A   192.0.2.1
sub  IN NS  ns1.sub.example.net.
sub  IN DS  40001 13 2 ${'A'.repeat(64)}
`;

async function check(args: string[]) {
  const r = await runCli(['check', ...args]);
  return { ...r, json: () => JSON.parse(r.stdout) };
}

let repo: TestRepo;
let base: string;
beforeAll(() => {
  repo = makeRepo();
  base = repo.commit({ 'zones/example.com.zone': ZONE }, 'base');
});
afterAll(() => repo.remove());

async function review(newZone: string) {
  const head = repo.commit({ 'zones/example.com.zone': newZone }, 'head');
  const r = await check([
    '--repo',
    repo.dir,
    '--base',
    base,
    '--head',
    head,
    '--no-live',
    '--output',
    'json',
  ]);
  repo.git('reset', '-q', '--hard', base);
  return r;
}

describe('zoneguard check on a BIND repository', () => {
  it.each([
    ['a child DS change', ZONE.replace('40001', '40002'), 'ds-change'],
    [
      'a CNAME beside an A record',
      ZONE.replace(
        'www  IN A   192.0.2.1',
        'www  IN A   192.0.2.1\nwww  IN CNAME other.example.net.',
      ),
      'cname-conflict',
    ],
    [
      'a replaced subdomain delegation',
      ZONE.replace('ns1.sub.example.net.', 'ns9.elsewhere.example.'),
      'subdelegation-change',
    ],
  ])('blocks %s with exit 1', async (_what, newZone, rule) => {
    const r = await review(newZone);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const report = r.json();
    expect(report.verdict).toBe('block');
    expect(report.findings.map((f: { rule: string }) => f.rule)).toContain(rule);
    const finding = report.findings.find((f: { rule: string }) => f.rule === rule);
    expect(finding.location.file).toBe('zones/example.com.zone');
    expect(finding.location.line).toBeGreaterThan(0);
  });

  it('passes a harmless low-TTL change with exit 0', async () => {
    const r = await review(
      ZONE.replace('www  IN A   192.0.2.1', 'www  IN A   192.0.2.1\napi  IN A   192.0.2.7').replace(
        ' 1 7200 ',
        ' 2 7200 ',
      ),
    );
    expect(r.code).toBe(0);
    const report = r.json();
    expect(report.verdict).toBe('pass');
    expect(report.zones[0].changes).toEqual([
      {
        name: 'api.example.com.',
        type: 'A',
        kind: 'add',
        after: { ttl: 300, values: ['192.0.2.7'] },
        location: { file: 'zones/example.com.zone', line: 7 },
      },
    ]);
    expect(report.live.status).toBe('off');
  });

  it('prints Markdown by default and SARIF on request', async () => {
    const head = repo.commit({ 'zones/example.com.zone': ZONE.replace('40001', '40002') }, 'head');
    const md = await check(['--repo', repo.dir, '--base', base, '--head', head, '--no-live']);
    expect(md.stdout).toMatch(/^## ZoneGuard: 🛑 \*\*Blocked\*\*/);
    const sarif = await check([
      '--repo',
      repo.dir,
      '--base',
      base,
      '--head',
      head,
      '--no-live',
      '--output',
      'sarif',
    ]);
    expect(JSON.parse(sarif.stdout).runs[0].results[0].ruleId).toBe('ds-change');
    repo.git('reset', '-q', '--hard', base);
  });

  it('reviews the working tree against HEAD by default', async () => {
    repo.write({ 'zones/example.com.zone': ZONE.replace('40001', '40009') });
    const r = await check(['--repo', repo.dir, '--no-live', '--output', 'json']);
    expect(r.code).toBe(1);
    expect(r.json().head.ref).toBe('working tree');
    repo.git('checkout', '-q', '--', '.');
  });
});

describe('errors exit 2 with one line on stderr', () => {
  it('names a bad flag, a bad value and an unknown ref', async () => {
    expect(await check(['--bogus'])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^zoneguard: Unknown option '--bogus'/),
    });
    expect(await check(['--fail-on', 'severe'])).toMatchObject({
      code: 2,
      stderr: 'zoneguard: --fail-on must be info, low, medium, high or critical; got "severe"\n',
    });
    const r = await check(['--repo', repo.dir, '--base', 'nope', '--no-live']);
    expect(r).toMatchObject({ code: 2, stderr: expect.stringContaining('unknown git ref "nope"') });
  });

  it('points at file:line:column of an invalid zone file', async () => {
    const head = repo.commit(
      { 'zones/example.com.zone': `${ZONE}bad  IN A   999.1.2.3\n` },
      'broken',
    );
    const r = await check(['--repo', repo.dir, '--base', base, '--head', head, '--no-live']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^zoneguard: zones\/example\.com\.zone:9:\d+: error: .*/);
    expect(r.stdout).toBe('');
    repo.git('reset', '-q', '--hard', base);
  });

  it('says when there is no DNS config at all', async () => {
    const empty = makeRepo();
    empty.commit({ 'README.md': 'nothing here\n' });
    const r = await check(['--repo', empty.dir, '--no-live']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no DNS config found');
    empty.remove();
  });

  it('documents every flag in --help', async () => {
    const r = await check(['--help']);
    expect(r.code).toBe(0);
    for (const flag of [
      '--repo',
      '--base',
      '--head',
      '--path',
      '--format',
      '--policy',
      '--live',
      '--no-live',
      '--resolver',
      '--authoritative',
      '--live-deadline',
      '--live-in-flight',
      '--axfr',
      '--output',
      '--fail-on',
    ])
      expect(r.stdout).toContain(flag);
  });

  it('passes the live deadline, the in-flight bound and --axfr to the live phase', async () => {
    let seen: LiveOptions | undefined;
    const head = repo.commit({ 'zones/example.com.zone': ZONE.replace('192.0.2.1', '192.0.2.2') });
    repo.git('reset', '-q', '--hard', base);
    const io = { stdout: () => {}, stderr: () => {}, cwd: repo.dir, env: {} };
    const code = await checkCommand(
      [
        '--base',
        base,
        '--head',
        head,
        '--live-deadline',
        '2.5',
        '--live-in-flight',
        '8',
        '--resolver',
        '127.0.0.1',
        '--axfr',
      ],
      io,
      {
        collectLive: async (_requests, options) => {
          seen = options;
          return { status: 'off', reasons: [], zones: [], queries: 0, takenAt: new Date() };
        },
      },
    );
    expect(code).not.toBe(2); // reviewed (the verdict is not the point here)
    expect(seen).toMatchObject({
      deadlineMs: 2500,
      maxInFlight: 8,
      resolvers: ['127.0.0.1'],
      axfr: true,
    });
  });

  it.each([
    ['--live-deadline', '0', /--live-deadline: .*1 to 600.*"0"/],
    ['--live-deadline', 'soon', /--live-deadline: .*"soon"/],
    ['--live-in-flight', '2000', /--live-in-flight: .*1 to 1024.*"2000"/],
    ['--live-in-flight', '1.5', /--live-in-flight: .*"1\.5"/],
  ])('refuses %s %s with exit 2 and the expected form', async (flag, value, message) => {
    const r = await check(['--repo', repo.dir, flag, value]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});
