/**
 * The command line in a terminal and in pipes: help and version, the default output (text on
 * a terminal, Markdown elsewhere), colour (NO_COLOR, FORCE_COLOR), progress on standard error
 * only when it is a terminal, a real pseudo-terminal (util-linux `script`), and a closed pipe.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CHECK_HELP } from '../../src/cli/args.js';
import { main } from '../../src/cli/main.js';
import { wantsColour } from '../../src/cli/terminal.js';
import { VERSION } from '../../src/cli/version.js';
import { buildAction, removeTempDirs } from '../github/action-harness.js';
import { makeRepo, type TestRepo } from '../helpers/git-repo.js';

const ESCAPE = /\u001b/;

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; tty?: boolean; stderrTty?: boolean } = {},
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    stdoutIsTerminal: options.tty ?? false,
    stderrIsTerminal: options.stderrTty ?? options.tty ?? false,
  });
  return { code, stdout, stderr };
}

const ZONE = (serial: number, www: string) =>
  [
    '$ORIGIN example.com.',
    '$TTL 300',
    `@ 3600 IN SOA ns1.example.net. hostmaster.example.com. ${serial} 7200 3600 1209600 300`,
    '@ 3600 IN NS ns1.example.net.',
    '@ 3600 IN NS ns2.example.org.',
    `www IN A ${www}`,
    ...(serial > 1 ? ['txt IN TXT "<b>bold</b> a_b"'] : []),
    '',
  ].join('\n');

let repo: TestRepo;
beforeAll(() => {
  repo = makeRepo();
  repo.commit({ 'zones/example.com.zone': ZONE(1, '192.0.2.1') }, 'base');
  repo.commit({ 'zones/example.com.zone': ZONE(2, '192.0.2.9') }, 'head');
});
afterAll(() => {
  repo.remove();
  removeTempDirs();
});
const CHECK = ['check', '--no-live', '--base', 'HEAD~1', '--head', 'HEAD'];

describe('help and version', () => {
  it('bare zoneguard and --help print the help on stdout with exit 0', async () => {
    for (const args of [[], ['--help'], ['-h'], ['help']]) {
      const r = await run(args);
      expect(r).toMatchObject({ code: 0, stderr: '' });
      expect(r.stdout).toContain('Usage: zoneguard <command>');
      expect(r.stdout).toContain('--version');
    }
  });

  it('an unknown command prints the help on stderr with exit 2, quoting no NAME=VALUE', async () => {
    const r = await run(['chek']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toContain('unknown command "chek"');
    expect(r.stderr).toContain('Usage: zoneguard <command>');
    const secret = await run(['TOKEN=hunter2']);
    expect(secret.code).toBe(2);
    expect(secret.stderr).not.toContain('hunter2');
  });

  it('--version and -V print package.json version', async () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    for (const flag of ['--version', '-V'])
      expect(await run([flag])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('check --help names the text output and --quiet', () => {
    expect(CHECK_HELP).toContain('text | markdown | json | sarif');
    expect(CHECK_HELP).toContain('--quiet');
  });
});

describe('colour', () => {
  const io = (env: NodeJS.ProcessEnv, stdoutIsTerminal: boolean) => ({ env, stdoutIsTerminal });
  it('follows the terminal, NO_COLOR first, then FORCE_COLOR, then TERM=dumb', () => {
    expect(wantsColour(io({}, true))).toBe(true);
    expect(wantsColour(io({}, false))).toBe(false);
    expect(wantsColour(io({ TERM: 'dumb' }, true))).toBe(false);
    expect(wantsColour(io({ NO_COLOR: '1' }, true))).toBe(false);
    expect(wantsColour(io({ NO_COLOR: '' }, true))).toBe(true); // empty: not set (no-color.org)
    expect(wantsColour(io({ NO_COLOR: '1', FORCE_COLOR: '1' }, true))).toBe(false);
    expect(wantsColour(io({ FORCE_COLOR: '1' }, false))).toBe(true);
    expect(wantsColour(io({ FORCE_COLOR: '' }, false))).toBe(true);
    expect(wantsColour(io({ FORCE_COLOR: '0' }, true))).toBe(false);
    expect(wantsColour(io({ FORCE_COLOR: 'false' }, true))).toBe(false);
  });
});

describe('zoneguard check output', () => {
  it('is Markdown when stdout is not a terminal, text when it is', async () => {
    const piped = await run(CHECK, { cwd: repo.dir });
    expect(piped.code).toBe(0);
    expect(piped.stdout).toContain('## ZoneGuard');
    expect(piped.stdout).toContain('<details>');
    const tty = await run(CHECK, { cwd: repo.dir, tty: true, env: { NO_COLOR: '1' } });
    expect(tty.code).toBe(0);
    expect(tty.stdout).toMatch(/^ZoneGuard: /);
    expect(tty.stdout).not.toMatch(/<details|<br>|&gt;|\\_|```/);
    expect(tty.stdout).not.toMatch(ESCAPE);
    expect(tty.stdout).toContain('<b>bold</b> a_b');
    const forced = await run([...CHECK, '--output', 'text'], {
      cwd: repo.dir,
      env: { FORCE_COLOR: '1' },
    });
    expect(forced.stdout).toMatch(ESCAPE);
    const markdown = await run([...CHECK, '--output', 'markdown'], { cwd: repo.dir, tty: true });
    expect(markdown.stdout).toContain('## ZoneGuard');
  });

  it('shows progress on stderr only when it is a terminal and --quiet is not given', async () => {
    const shown = await run(CHECK, { cwd: repo.dir, stderrTty: true });
    expect(shown.stderr).toMatch(/^zoneguard: reading head HEAD \([0-9a-f]{7}\): bind…$/m);
    expect(shown.stderr).toMatch(/^zoneguard: reading base HEAD~1 \([0-9a-f]{7}\): bind…$/m);
    expect(shown.stderr).toContain('zoneguard: running the rules…');
    expect(shown.stderr.endsWith('\n')).toBe(true);
    expect(shown.stdout).not.toContain('reading head');
    expect((await run([...CHECK, '--quiet'], { cwd: repo.dir, stderrTty: true })).stderr).toBe('');
    expect((await run([...CHECK, '-q'], { cwd: repo.dir, stderrTty: true })).stderr).toBe('');
    expect((await run(CHECK, { cwd: repo.dir })).stderr).toBe('');
  });

  it('rejects an unknown --output, naming the four kinds', async () => {
    const r = await run([...CHECK, '--output', 'html'], { cwd: repo.dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--output must be text, markdown, json or sarif');
  });
});

describe('the built command line', () => {
  let cli: string;
  beforeAll(() => {
    cli = join(dirname(buildAction()), 'cli.js');
  }, 120_000);

  /** Runs the CLI under a pseudo-terminal (util-linux script), returning what the terminal shows. */
  const inTerminal = (env: NodeJS.ProcessEnv) => {
    const command = [process.execPath, cli, ...CHECK].map((a) => `'${a}'`).join(' ');
    const env2: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm-256color', ...env };
    delete env2['FORCE_COLOR'];
    if (!('NO_COLOR' in env)) delete env2['NO_COLOR'];
    return spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: repo.dir,
      encoding: 'utf8',
      env: env2,
    });
  };

  it('shows text with colour and no HTML in a pseudo-terminal; NO_COLOR removes every escape code', () => {
    const shown = inTerminal({});
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('ZoneGuard: ');
    expect(shown.stdout).toContain('reading head HEAD'); // progress: stderr is the terminal too
    expect(shown.stdout).toMatch(ESCAPE);
    expect(shown.stdout).not.toMatch(/<details|<summary|<br>|<sub>|&gt;|&amp;|\\_|```/);
    const plain = inTerminal({ NO_COLOR: '1' });
    expect(plain.status).toBe(0);
    expect(plain.stdout).toContain('ZoneGuard: ');
    expect(plain.stdout).not.toMatch(ESCAPE);
  });

  describe('a closed pipe', () => {
    let many: TestRepo;
    beforeAll(() => {
      const big = Array.from({ length: 20_000 }, (_, i) => `h${i} IN A 192.0.2.${i % 250}`);
      many = makeRepo();
      many.commit({ 'zones/example.com.zone': `${ZONE(1, '192.0.2.1')}${big.join('\n')}\n` });
    });
    afterAll(() => many.remove());

    it('ends quietly with exit 0 when the reader closes the pipe', async () => {
      const child = spawn(process.execPath, [cli, 'export', '--format', 'bind'], { cwd: many.dir });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.once('data', () => child.stdout.destroy());
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(stderr).toBe('');
      expect(code).toBe(0);
    });

    it('zoneguard export | head -1 in a shell with pipefail', () => {
      const out = spawnSync(
        'bash',
        ['-c', `set -o pipefail; '${process.execPath}' '${cli}' export --format bind | head -1`],
        { cwd: many.dir, encoding: 'utf8' },
      );
      expect(out.stdout).toBe('; ---- example.com.zone\n');
      expect(out.stderr).toBe('');
      expect(out.status).toBe(0);
    });
  });
});
