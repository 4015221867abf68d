/**
 * The npm package as a user gets it: `npm pack` of a fresh build, installed from the tarball
 * into an empty folder with no network (it needs no dependency: dist/ is one bundle), then
 * `zoneguard --version` and a `check` of a small git repository through the installed `bin`,
 * locally (`npx zoneguard`) and globally (`npm i -g zoneguard`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

interface PackageJson {
  name: string;
  version: string;
  files: string[];
  bin: Record<string, string>;
  dependencies?: Record<string, string>;
  private?: boolean;
}
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as PackageJson;
const work = mkdtempSync(join(tmpdir(), 'zg-pack-'));
/**
 * A user's environment: none of the npm_* variables an outer `npm run` or `npx -p node@24`
 * sets (npm_config_local_prefix would install into this repository, npm_config_package would
 * make npx run another package), and a throw-away cache folder.
 */
const userEnv = (): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !k.toLowerCase().startsWith('npm_')),
  ),
  npm_config_cache: join(work, 'cache'),
  npm_config_update_notifier: 'false',
});
const npm = (args: string[], cwd: string) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', env: userEnv() });

const ZONE = (serial: number, www: string) =>
  [
    '$ORIGIN example.com.',
    '$TTL 300',
    `@ 3600 IN SOA ns1.example.net. hostmaster.example.com. ${serial} 7200 3600 1209600 300`,
    '@ 3600 IN NS ns1.example.net.',
    '@ 3600 IN NS ns2.example.org.',
    `www IN A ${www}`,
    '',
  ].join('\n');

let tarball: string;
let files: string[];
let repo: TestRepo;

beforeAll(() => {
  // The package's files from the working tree, with dist/ built fresh from src/.
  const stage = join(work, 'stage');
  mkdirSync(stage);
  for (const f of ['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md'])
    copyFileSync(f, join(stage, f));
  execFileSync(process.execPath, ['scripts/build.mjs', '--out', join(stage, 'dist')], {
    stdio: 'inherit',
  });
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], stage)) as {
    filename: string;
    files: { path: string }[];
  }[];
  tarball = join(work, packed[0]!.filename);
  files = packed[0]!.files.map((f) => f.path).sort();
  repo = makeRepo();
  repo.commit({ 'zones/example.com.zone': ZONE(1, '192.0.2.1') }, 'base');
  repo.commit({ 'zones/example.com.zone': ZONE(2, '192.0.2.9') }, 'head');
}, 180_000);

afterAll(() => {
  repo.remove();
  rmSync(work, { recursive: true, force: true });
});

describe('package.json', () => {
  it('is publishable, needs nothing at run time, and names what it ships', () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.files).toEqual(['dist/', 'README.md', 'LICENSE', 'CHANGELOG.md']);
    expect(pkg.bin).toEqual({ zoneguard: 'dist/cli.js' });
  });
});

describe('the packed package', () => {
  it('holds dist/, README, LICENSE, CHANGELOG and package.json, nothing else', () => {
    expect(files.filter((f) => !f.startsWith('dist/'))).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'package.json',
    ]);
    expect(files).toContain('dist/cli.js');
    expect(files).toContain('dist/index.js');
    expect(files.some((f) => f.startsWith('dist/chunks/'))).toBe(true);
  });

  it('installs offline into an empty folder and runs from there', () => {
    const project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{"name":"user-project","private":true}\n');
    npm(['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball], project);
    const bin = join(project, 'node_modules', '.bin', 'zoneguard');
    const cli = join(project, 'node_modules', 'zoneguard', 'dist', 'cli.js');
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(cli).mode & 0o111).not.toBe(0);
    // Run as a user would: the bin on its own, outside this repository and its node_modules.
    const version = spawnSync(bin, ['--version'], { cwd: project, encoding: 'utf8' });
    expect(version.stdout).toBe(`${pkg.version}\n`);
    expect(version.status).toBe(0);
    const npx = spawnSync('npx', ['--offline', 'zoneguard', '-V'], {
      cwd: project,
      encoding: 'utf8',
      env: userEnv(),
    });
    expect(npx.stdout).toBe(`${pkg.version}\n`);
    const check = spawnSync(
      bin,
      ['check', '--no-live', '--base', 'HEAD~1', '--head', 'HEAD', '--output', 'json'],
      { cwd: repo.dir, encoding: 'utf8' },
    );
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
    const report = JSON.parse(check.stdout) as { verdict: string; zones: { zone: string }[] };
    expect(report.zones.map((z) => z.zone)).toEqual(['example.com.']);
    expect(['pass', 'warn']).toContain(report.verdict);
  });

  it('installs globally (npm i -g) with a working zoneguard on the path', () => {
    const prefix = join(work, 'global');
    npm(
      ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball],
      work,
    );
    const bin = join(prefix, 'bin', 'zoneguard');
    const run = spawnSync(bin, ['check', '--no-live', '--base', 'HEAD~1', '--head', 'HEAD'], {
      cwd: repo.dir,
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('## ZoneGuard'); // a pipe: Markdown
    expect(spawnSync(bin, [], { encoding: 'utf8' }).stdout).toContain('Usage: zoneguard');
  });
});
