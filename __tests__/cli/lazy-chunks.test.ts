/**
 * The built CLI loads what a run needs and nothing else: an offline review of zone files runs
 * with the chunks of the live phase, the DNSControl sandbox worker and its engine and the other
 * commands deleted from a fresh build (scripts/build.mjs splits dist/ along the dynamic imports).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

const ZONE = `$ORIGIN example.com.
$TTL 300
@    IN SOA ns1.example.net. hostmaster.example.com. 1 7200 3600 1209600 300
     IN NS  ns1.example.net.
     IN NS  ns2.example.org.
www  IN A   192.0.2.1
`;

let out: string;
let repo: TestRepo;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'zg-lazy-build-'));
  execFileSync(process.execPath, ['scripts/build.mjs', '--out', out], { stdio: 'inherit' });
  repo = makeRepo();
  repo.commit({ 'example.com.zone': ZONE });
  repo.commit({ 'example.com.zone': ZONE.replace('192.0.2.1', '192.0.2.2') });
});
afterAll(() => {
  rmSync(out, { recursive: true, force: true });
  repo.remove();
});

function cli(args: string[]) {
  return spawnSync(process.execPath, [join(out, 'cli.js'), ...args], {
    cwd: repo.dir,
    encoding: 'utf8',
    timeout: 120_000,
  });
}

// Runs first, on the whole build: the HCL parser's WebAssembly is inlined in dist/ (the build
// folder has no node_modules beside it).
test('a Terraform review runs from the build alone', () => {
  const tf = makeRepo();
  try {
    const zone = 'resource "aws_route53_zone" "z" {\n  name = "example.org"\n}\n';
    const rec = (ip: string) =>
      `resource "aws_route53_record" "www" {\n  zone_id = aws_route53_zone.z.zone_id\n  name = "www"\n  type = "A"\n  ttl = 60\n  records = ["${ip}"]\n}\n`;
    tf.commit({ 'main.tf': zone + rec('192.0.2.1') });
    tf.commit({ 'main.tf': zone + rec('192.0.2.2') });
    const r = spawnSync(
      process.execPath,
      [join(out, 'cli.js'), 'check', '--no-live', '--output', 'json', '--head', 'HEAD'],
      { cwd: tf.dir, encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).zones[0]).toMatchObject({
      zone: 'example.org.',
      format: 'terraform',
    });
  } finally {
    tf.remove();
  }
});

// The DNSControl sandbox too: its QuickJS engine's WebAssembly is inlined (a chunk of its own,
// compiled by the review and handed to the worker), not in the worker's text.
test('a DNSControl review runs from the build alone, the engine outside the worker text', () => {
  const chunks = readdirSync(join(out, 'chunks'));
  const worker = chunks.find((f) => f.startsWith('sandbox-worker-bundle-'));
  const engine = chunks.find((f) => f.startsWith('quickjs-wasm-'));
  expect(engine).toBeDefined();
  // The worker's text holds no WebAssembly module (its magic number, \0asm, escaped or not).
  const text = readFileSync(join(out, 'chunks', worker!), 'utf8');
  expect(text).not.toMatch(/(\\0|\\x00|\\u0000|\0)asm/);
  const dc = makeRepo();
  try {
    const config = (ip: string) =>
      `var REG = NewRegistrar('none');\nvar DNS = NewDnsProvider('bind', 'BIND');\nD('example.net', REG, DnsProvider(DNS), A('www', '${ip}'));\n`;
    dc.commit({ 'dnsconfig.js': config('192.0.2.1') });
    dc.commit({ 'dnsconfig.js': config('192.0.2.2') });
    const r = spawnSync(
      process.execPath,
      [join(out, 'cli.js'), 'check', '--no-live', '--output', 'json', '--head', 'HEAD'],
      { cwd: dc.dir, encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.zones[0]).toMatchObject({ zone: 'example.net.', format: 'dnscontrol' });
    expect(JSON.stringify(report.zones[0])).toContain('192.0.2.2');
  } finally {
    dc.remove();
  }
});

test('an offline review of zone files needs neither the live phase nor the sandbox', () => {
  const chunks = join(out, 'chunks');
  // …nor the HCL parser (web-tree-sitter and the inlined WebAssembly of the grammar).
  const unneeded = readdirSync(chunks).filter((f) =>
    /^(live-phase|sandbox-worker-bundle|quickjs-wasm|print-ir|export|hcl-wasm|web-tree-sitter)-/.test(
      f,
    ),
  );
  expect(unneeded).toHaveLength(7);
  for (const f of unneeded) rmSync(join(chunks, f));

  const review = cli(['check', '--no-live', '--output', 'json', '--head', 'HEAD']);
  expect(review.stderr).toBe('');
  expect(review.status).toBeLessThan(2);
  expect(JSON.parse(review.stdout).zones[0].zone).toBe('example.com.');
  expect(cli(['--help']).status).toBe(0);
  // The other commands did need what was deleted: the test would notice them loaded eagerly.
  const printIr = cli(['print-ir', 'dnsconfig.js']);
  expect(printIr.status).toBe(2);
  expect(printIr.stderr).toMatch(/print-ir-.*\.js/);
});
