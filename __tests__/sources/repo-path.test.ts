/**
 * The repository-path guard, once and thoroughly: every hostile path we could think of, a
 * property against an independent segment-by-segment model, and one check per reader that it
 * really goes through the guard.
 */
import { posix } from 'node:path';
import fc from 'fast-check';
import { parseZoneFile } from '../../src/formats/bind/parse.js';
import { createHostBridge } from '../../src/formats/dnscontrol/host-bridge.js';
import { octodnsFormat } from '../../src/formats/octodns/format.js';
import { checkRepoPath, openTree } from '../../src/sources/git.js';
import { repoRelativePath, resolveRepoPath } from '../../src/sources/repo-path.js';
import { SourceError } from '../../src/sources/types.js';
import { makeRepo } from '../helpers/git-repo.js';

const accepted = (spec: string, from?: string) => {
  const r = resolveRepoPath(spec, from);
  if (!r.ok) throw new Error(`expected "${spec}" to be accepted: ${r.message}`);
  return r.path;
};
const problem = (spec: string, from?: string) => {
  const r = resolveRepoPath(spec, from);
  return r.ok ? `accepted as "${r.path}"` : r.problem;
};

describe('resolveRepoPath refuses', () => {
  test.each([
    ['..', 'leaves'],
    ['../x', 'leaves'],
    ['a/../../x', 'leaves'],
    ['./../x', 'leaves'],
    ['a/b/../../../x', 'leaves'],
    ['..\\x', 'leaves'],
    ['a\\..\\..\\x', 'leaves'],
    ['../', 'leaves'],
    ['a/../..', 'leaves'],
    ['/etc/passwd', 'absolute'],
    ['/', 'absolute'],
    ['//server/share', 'absolute'],
    ['\\\\server\\share', 'absolute'],
    ['\\etc\\passwd', 'absolute'],
    ['C:\\Windows\\win.ini', 'absolute'],
    ['C:/x', 'absolute'],
    ['c:x', 'absolute'],
    ['x:y', 'absolute'],
    ['~', 'absolute'],
    ['~/x', 'absolute'],
    ['~root', 'absolute'],
    ['~root/.ssh/id_rsa', 'absolute'],
    ['~\\x', 'absolute'],
    ['./~', 'absolute'],
    ['a/../~root', 'absolute'],
    ['x/../C:y', 'absolute'],
    ['a\0b', 'control-character'],
    ['\0', 'control-character'],
    ['x.js\0.json', 'control-character'],
    ['a\nb', 'control-character'],
    ['a\rb', 'control-character'],
    ['a\tb', 'control-character'],
    ['\x1b[31mred', 'control-character'],
    ['a\x7fb', 'control-character'],
    ['a\u0085b', 'control-character'],
    ['../\0', 'control-character'],
    ['/etc/passwd\0', 'control-character'],
  ])('%j (%s)', (spec, expected) => {
    expect(problem(spec)).toBe(expected);
  });

  test('.. that climbs above the folder it is read from', () => {
    expect(problem('../../x', 'a')).toBe('leaves');
    expect(problem('../../../x', 'a/b')).toBe('leaves');
    expect(problem('/x', 'a')).toBe('absolute');
    expect(problem('~/x', 'a')).toBe('absolute');
  });

  test('very deep climbs, in linear time', () => {
    expect(problem(`${'a/'.repeat(50_000)}${'../'.repeat(50_001)}x`)).toBe('leaves');
    expect(problem('../'.repeat(100_000))).toBe('leaves');
  });

  test('messages name the path and the reason, and carry no control character', () => {
    const message = (spec: string) => {
      const r = resolveRepoPath(spec);
      return r.ok ? '' : r.message;
    };
    expect(message('a/../../x')).toBe('path "a/../../x" leaves the repository');
    expect(message('/etc/passwd')).toBe(
      'absolute path "/etc/passwd" refused: paths must stay inside the repository',
    );
    expect(message('~/x')).toMatch(/^absolute path "~\/x" refused/);
    expect(message('a\0b')).toBe('path "a\\0b" contains a NUL byte');
    expect(message('a\nb\x1b')).toBe('path "a\\x0ab\\x1b" contains a control character');
    expect(message('a\u0085')).toBe('path "a\\x85" contains a control character');
    expect(message('a\0b\nc')).toMatch(/contains a NUL byte$/);
    for (const spec of ['a\0b', 'a\nb', '\x1b[2J', 'a\u009bb'])
      expect(message(spec)).not.toMatch(/\p{Cc}/u);
  });
});

describe('resolveRepoPath accepts', () => {
  test.each([
    ['', ''],
    ['.', ''],
    ['./', ''],
    ['a/..', ''],
    ['a/b/../..', ''],
    ['x', 'x'],
    ['./x', 'x'],
    ['a/./b/', 'a/b'],
    ['a//b///', 'a/b'],
    ['a/b/', 'a/b'],
    ['a/../b', 'b'],
    ['a/b/../../c', 'c'],
    ['a\\b', 'a/b'],
    ['.\\x', 'x'],
    ['...', '...'],
    ['..foo', '..foo'],
    ['foo..', 'foo..'],
    ['a/..b/c', 'a/..b/c'],
    ['.hidden', '.hidden'],
    ['a~', 'a~'],
    ['a/~/b', 'a/~/b'],
    ['ab:c', 'ab:c'],
    ['a/C:x', 'a/C:x'],
    ['%2e%2e/x', '%2e%2e/x'],
    ['..%2fx', '..%2fx'],
    ['%2e%2e%2f%2e%2e%2fetc', '%2e%2e%2f%2e%2e%2fetc'],
    ['%00', '%00'],
    ['\u2024\u2024/x', '\u2024\u2024/x'],
    ['\uff0e\uff0e/x', '\uff0e\uff0e/x'],
    ['\u2025/x', '\u2025/x'],
    ['.\u200b./x', '.\u200b./x'],
    ['.. /x', '.. /x'],
    ['zönes/bücher.de.zone', 'zönes/bücher.de.zone'],
  ])('%j as %j', (spec, expected) => {
    expect(accepted(spec)).toBe(expected);
  });

  test('relative to the folder it is read from', () => {
    expect(accepted('x', 'a/b')).toBe('a/b/x');
    expect(accepted('./x', 'a/b')).toBe('a/b/x');
    expect(accepted('../x', 'a/b')).toBe('a/x');
    expect(accepted('../../x', 'a/b')).toBe('x');
    expect(accepted('', 'a/b')).toBe('a/b');
    expect(accepted('..', 'a')).toBe('');
    expect(accepted('x', '.')).toBe('x');
    expect(accepted('x', '')).toBe('x');
  });

  test('very long paths, whole', () => {
    const long = `${'d/'.repeat(50_000)}x.zone`;
    expect(accepted(long)).toBe(long);
    expect(accepted(`${'a/'.repeat(50_000)}${'../'.repeat(50_000)}x`)).toBe('x');
    expect(accepted('n'.repeat(100_000))).toBe('n'.repeat(100_000));
  });
});

/**
 * An independent model: walk the segments of `from` then `spec`, popping on `..`; the path
 * leaves when a pop finds nothing to pop.
 */
function model(spec: string, from: string): { leaves: true } | { leaves: false; path: string } {
  const stack: string[] = [];
  for (const seg of [...from.split('/'), ...spec.replaceAll('\\', '/').split('/')]) {
    if (seg === '' || seg === '.') continue;
    if (seg !== '..') stack.push(seg);
    else if (stack.pop() === undefined) return { leaves: true };
  }
  return { leaves: false, path: stack.join('/') };
}

const segment = fc.constantFrom('..', '.', '', 'a', 'b', '...', '..a', '~', 'C:', 'x\0', 'é', '\n');
const hostile = fc
  .array(segment, { maxLength: 12 })
  .chain((segs) =>
    fc
      .array(fc.constantFrom('/', '\\', '//'), { minLength: segs.length, maxLength: segs.length })
      .map((seps) => segs.map((s, i) => (i === 0 ? s : seps[i] + s)).join('')),
  );
const folder = fc
  .array(fc.constantFrom('a', 'b', 'zones', '..x', 'é'), { maxLength: 4 })
  .map((s) => s.join('/'));

describe('property: no accepted path leaves the root', () => {
  test('accepted paths are normalised, inside, and agree with the segment model', () => {
    fc.assert(
      fc.property(hostile, folder, (spec, from) => {
        const r = resolveRepoPath(spec, from);
        const m = model(spec, from);
        const absolute = (path: string) => /^([/\\~]|[a-zA-Z]:)/.test(path);
        const special = /\p{Cc}/u.test(spec) || absolute(spec) || (!m.leaves && absolute(m.path));
        if (!r.ok) {
          expect(special || m.leaves).toBe(true);
          return;
        }
        expect(special).toBe(false);
        expect(m).toEqual({ leaves: false, path: r.path });
        // Inside a real root, whatever the root: resolving never climbs out.
        const root = '/srv/repo';
        const full = posix.resolve(root, r.path);
        expect(full === root || full.startsWith(`${root}/`)).toBe(true);
        // Normal form: no empty, `.` or `..` segment, no backslash, and stable.
        if (r.path !== '')
          for (const seg of r.path.split('/')) expect(['', '.', '..']).not.toContain(seg);
        expect(r.path).not.toContain('\\');
        expect(resolveRepoPath(r.path)).toEqual({ ok: true, path: r.path });
      }),
      { numRuns: 2000 },
    );
  });

  test('arbitrary strings: accepted ones never start outside', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), folder, (spec, from) => {
        const r = resolveRepoPath(spec, from);
        if (!r.ok) return;
        expect(r.path).not.toMatch(/^(\.\.(\/|$)|\/|~|[a-zA-Z]:)/);
        expect(r.path).not.toMatch(/\p{Cc}/u);
        expect(model(spec, from)).toEqual({ leaves: false, path: r.path });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('repoRelativePath (paths the system made)', () => {
  test('inside the root, as a POSIX path', () => {
    expect(repoRelativePath('/r', '/r/a/b.js')).toEqual({ ok: true, path: 'a/b.js' });
    expect(repoRelativePath('/r', '/r')).toEqual({ ok: true, path: '' });
    expect(repoRelativePath('/r/', '/r/x')).toEqual({ ok: true, path: 'x' });
    // A file whose name starts with two dots is inside.
    expect(repoRelativePath('/r', '/r/..foo.js')).toEqual({ ok: true, path: '..foo.js' });
  });

  test('outside the root, also next door with the same prefix', () => {
    for (const target of ['/', '/etc/passwd', '/r2/x', '/rx', '/r/../r2/x', '/r/a/../../x'])
      expect(repoRelativePath('/r', target)).toMatchObject({ ok: false, problem: 'leaves' });
  });
});

describe('every reader goes through the guard', () => {
  test('SourceTree paths (checkRepoPath)', () => {
    expect(checkRepoPath('a/./b/')).toBe('a/b');
    for (const spec of ['~/x', 'a\0b', 'a\nb', 'C:\\x', '..\\x', '/etc/passwd'])
      expect(() => checkRepoPath(spec)).toThrow(SourceError);
  });

  test('DNSControl require and glob', () => {
    const bridge = createHostBridge(
      { texts: new Map([['lib/x.js', '1']]), listing: ['lib/x.js'] },
      'dnsconfig.js',
      '',
    );
    expect(bridge.load('./lib/x.js')).toEqual({ kind: 'js', path: 'lib/x.js', code: '1' });
    expect(() => bridge.load('~root/x.js')).toThrow(/absolute path/);
    expect(() => bridge.load('lib/x.js\n')).toThrow(/control character/);
    expect(() => bridge.load('lib\\..\\..\\x.js')).toThrow(/leaves the repository/);
    expect(() => bridge.glob('~', true, '*')).toThrow(/absolute path/);
  });

  test('BIND $INCLUDE', () => {
    const head = '$TTL 300\n@ SOA ns1 h 1 2 3 4 5\n';
    const files: Record<string, string> = { 'zones/inc.db': 'www A 192.0.2.1\n' };
    const codes = (include: string) => {
      const r = parseZoneFile(`${head}$INCLUDE ${include}\n`, {
        file: 'zones/example.com.zone',
        origin: 'example.com.',
        tree: { readText: (p) => files[p] },
      });
      return r.ok ? [] : r.errors.map((e) => e.code);
    };
    expect(codes('inc.db')).toEqual([]);
    expect(codes('~/inc.db')).toEqual(['bind/include-outside']);
    expect(codes('C:inc.db')).toEqual(['bind/include-outside']);
    expect(codes('..\\..\\etc\\passwd')).toEqual(['bind/include-outside']);
  });

  test('octoDNS !include and YamlProvider directory', async () => {
    const repo = makeRepo();
    try {
      const provider = (dir: string) =>
        `providers:\n  config:\n    class: octodns.provider.yaml.YamlProvider\n    directory: ${dir}\nzones:\n  example.org.:\n    sources: [config]\n    targets: [config]\n`;
      const messages = async (files: Record<string, string | null>) => {
        const r = await octodnsFormat.load(await openTree(repo.dir, repo.commit(files)), {
          path: '',
        });
        return r.ok ? [] : r.errors.map((e) => e.message);
      };
      expect(
        await messages({
          'config.yaml': provider('./zones'),
          'zones/example.org.yaml': "'': !include ~/secret.yaml\n",
        }),
      ).toEqual([
        '!include: absolute path "~/secret.yaml" refused: paths must stay inside the repository',
      ]);
      expect(
        await messages({ 'config.yaml': provider('/etc/zones'), 'zones/example.org.yaml': null }),
      ).toEqual([
        'zone example.org.: directory of source "config": absolute path "/etc/zones" refused: paths must stay inside the repository',
      ]);
      expect(await messages({ 'config.yaml': provider('../zones') })).toEqual([
        'zone example.org.: directory of source "config": path "../zones" leaves the repository',
      ]);
    } finally {
      repo.remove();
    }
  });
});
