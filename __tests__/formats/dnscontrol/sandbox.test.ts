/**
 * The hostile corpus: configs that try to escape the sandbox, read the environment or files
 * outside the repository, or exhaust time, memory or stack. Each must end with a clear error
 * or a harmless result, and nothing may carry an environment variable's value out.
 */
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateDnsconfigFull } from '../../../src/formats/dnscontrol/evaluate.js';
import { makeRepo } from '../../helpers/git-repo.js';

const SECRET = 'zg-secret-4f1c9b7e-do-not-leak';
const OUTSIDE = 'zg-outside-file-content-7d21';

beforeAll(() => {
  process.env.ZG_TEST_SECRET = SECRET;
});
afterAll(() => {
  delete process.env.ZG_TEST_SECRET;
});

async function evaluate(config: string, files: Record<string, string> = {}, opts = {}) {
  const repo = makeRepo({ 'dnsconfig.js': config, ...files });
  const r = await evaluateDnsconfigFull(await repo.tree(), 'dnsconfig.js', opts);
  const everything = JSON.stringify(r);
  expect(everything).not.toContain(SECRET);
  expect(everything).not.toContain(OUTSIDE);
  return r;
}

async function errorMessage(
  config: string,
  files: Record<string, string> = {},
  opts = {},
): Promise<string> {
  const r = await evaluate(config, files, opts);
  if (r.ok) throw new Error(`expected an error, got ${JSON.stringify(r.value.log)}`);
  return r.errors[0]!.message;
}

/** Runs the config and prints whatever it found, so a leak would show in the IR or the log. */
const report = (expr: string) => `var found;
try { found = String(${expr}); } catch (e) { found = "error: " + e; }
console.log(found);
D("example.com", "none", TXT("leak", found.slice(0, 200) || "empty"));`;

describe('no way to the process or the environment', () => {
  const routes: [string, string][] = [
    ['Function constructor', `this.constructor.constructor("return process")().env.ZG_TEST_SECRET`],
    ['constructor of a helper', `A.constructor("return process")().env.ZG_TEST_SECRET`],
    ['globalThis.process', 'globalThis.process.env.ZG_TEST_SECRET'],
    ['bare process', 'process.env.ZG_TEST_SECRET'],
    ['indirect eval', '(0, eval)("process").env.ZG_TEST_SECRET'],
    ['std/os modules', 'typeof std + typeof os + typeof scriptArgs'],
    ['import()', 'import("os")'],
    ['require of a built-in module', 'require("child_process").execSync("env")'],
    ['require of fs', 'require("fs").readFileSync("/proc/self/environ")'],
    ['timers', 'typeof setTimeout + typeof setInterval + typeof queueMicrotask'],
    ['fetch', 'FETCH("http://169.254.169.254/")'],
    [
      'Error.prepareStackTrace',
      '(Error.prepareStackTrace = function (e, s) { return s; }, new Error().stack)',
    ],
    ['host object leak', 'Object.getOwnPropertyNames(globalThis).join(",")'],
  ];
  test.each(routes)('%s', async (_what, expr) => {
    const r = await evaluate(report(expr));
    // Either an error, or a result that holds nothing from the host.
    if (r.ok) expect(r.value.log.join('\n')).not.toMatch(/ZG_TEST_SECRET=|PATH=|HOME=/);
  });

  test('the host bridge object is gone once the prelude has run', async () => {
    const r = await evaluate('console.log(typeof __zg_host);');
    expect(r.ok && r.value.log).toEqual(['undefined']);
  });
});

describe('files outside the repository', () => {
  test.each([
    ['parent folders', 'require("../../../../../../etc/passwd")', /leaves the repository/],
    ['dot-dot from a relative path', 'require("./../../outside.js")', /leaves the repository/],
    ['absolute path', 'require("/etc/passwd")', /absolute path "\/etc\/passwd" refused/],
    ['Windows drive', 'require("C:\\\\Windows\\\\win.ini")', /absolute path/],
    ['home folder', 'require("~/.ssh/id_rsa")', /absolute path/],
    ['NUL byte', 'require("dnsconfig.js\\u0000.json")', /NUL byte/],
    ['the repository root', 'require("../../..")', /leaves the repository/],
    ['glob above the root', 'glob("../..", true, "*")', /leaves the repository/],
    ['proc', 'require("/proc/self/environ")', /absolute path/],
  ])('%s', async (_what, call, message) => {
    expect(await errorMessage(`${call};`)).toMatch(message);
  });

  test('creds.json cannot be read by the config, so its secrets cannot be printed', async () => {
    const message = await errorMessage('console.log(JSON.stringify(require("./creds.json")));', {
      'creds.json': `{ "cf": { "TYPE": "CLOUDFLAREAPI", "apitoken": "${OUTSIDE}" } }`,
    });
    expect(message).toBe(
      'require("./creds.json"): creds.json holds credentials and cannot be read by the config',
    );
  });

  test('creds.json cannot be read through a link to it either, committed or not', async () => {
    const repo = makeRepo({
      'dnsconfig.js': 'console.log(JSON.stringify(require("./data.json")));',
      'creds.json': `{ "cf": { "TYPE": "CLOUDFLAREAPI", "apitoken": "${OUTSIDE}" } }`,
    });
    try {
      repo.symlink('data.json', 'creds.json');
      const sha = repo.commit({});
      for (const tree of [await repo.tree(), await repo.tree(sha)]) {
        const r = await evaluateDnsconfigFull(tree, 'dnsconfig.js');
        expect(JSON.stringify(r)).not.toContain(OUTSIDE);
        expect(!r.ok && r.errors[0]!.message).toBe(
          'require("./data.json"): data.json leads to creds.json, which holds credentials and cannot be read by the config',
        );
      }
    } finally {
      repo.remove();
    }
  });

  test('a file git ignores is not there for the config in the working tree, by any name', async () => {
    const repo = makeRepo({
      'dnsconfig.js': 'console.log(require("./data.json").token, require("./local.json"));',
      '.gitignore': 'local.json\n',
      'local.json': `{ "token": "${OUTSIDE}" }`,
    });
    try {
      repo.symlink('data.json', 'local.json');
      const r = await evaluateDnsconfigFull(await repo.tree(), 'dnsconfig.js');
      expect(JSON.stringify(r)).not.toContain(OUTSIDE);
      expect(!r.ok && r.errors[0]!.message).toBe(
        'require("./data.json"): no file data.json in the repository',
      );
    } finally {
      repo.remove();
    }
  });

  test('a symlink that points outside the repository is not read', async () => {
    const repo = makeRepo({ 'dnsconfig.js': 'require("./linked.js");' });
    const outside = join(repo.dir, '..', `zg-outside-${Date.now()}.js`);
    writeFileSync(outside, `console.log("${OUTSIDE}");`);
    symlinkSync(outside, join(repo.dir, 'linked.js'));
    const r = await evaluateDnsconfigFull(await repo.tree(), 'dnsconfig.js');
    expect(JSON.stringify(r)).not.toContain(OUTSIDE);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]!.message).toMatch(
      /require\("\.\/linked\.js"\): (no file linked\.js in the repository|linked\.js cannot be loaded)/,
    );
  });
});

describe('time, memory and stack', () => {
  test('an infinite loop ends at the deadline', async () => {
    const started = Date.now();
    expect(await errorMessage('while (true) {}', {}, { evalTimeoutMs: 1000 })).toBe(
      'evaluation exceeded 1 s',
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('a loop inside a required file ends at the deadline too', async () => {
    expect(
      await errorMessage(
        'require("./spin.js");',
        { 'spin.js': 'for (;;) {}' },
        { evalTimeoutMs: 500 },
      ),
    ).toBe('evaluation exceeded 500 ms');
  });

  test('a memory bomb hits the memory cap', async () => {
    const message = await errorMessage(
      'var a = []; while (true) a.push(new Array(1e5).fill("x"));',
      {},
      {
        evalMemoryBytes: 32 * 1024 * 1024,
      },
    );
    expect(message).toBe('evaluation exceeded the memory limit of 32 MiB');
  });

  test('string doubling is stopped', async () => {
    expect(
      await errorMessage(
        'var s = "x"; while (true) s += s;',
        {},
        { evalMemoryBytes: 32 * 1024 * 1024 },
      ),
    ).toMatch(/memory limit|string too long/);
  });

  test('a bridge never copies a huge string out of the sandbox', async () => {
    expect(await errorMessage('HASH("SHA256", "x".repeat(2 * 1024 * 1024));')).toBe(
      'HASH: the value is 2097152 characters long; the limit is 1048576',
    );
    expect(await errorMessage('require("a/".repeat(5000) + "x.js");')).toBe(
      'require: the path is 10004 characters long; the limit is 4096',
    );
    const r = await evaluate('console.log("y".repeat(5e7)); D("example.com", "none");');
    expect(r.ok && r.value.log.map((l) => l.length)).toEqual([10_000 + '… (cut)'.length]);
  });

  test("the configuration's JSON is held to a quarter of the cap", async () => {
    expect(
      await errorMessage(
        'D("example.com", "none", TXT("@", "z".repeat(250)), { big: "q".repeat(3e6) });',
        {},
        { evalMemoryBytes: 8 * 1024 * 1024 },
      ),
    ).toBe('evaluation exceeded the memory limit of 8 MiB');
  });

  test('deep recursion is a stack error', async () => {
    expect(await errorMessage('function f() { return f() + 1; } f();')).toBe(
      'evaluation exceeded the stack limit (recursion too deep)',
    );
  });

  test('deeply nested data is refused without crashing the host, and the next run works', async () => {
    const message = await errorMessage(
      'var o = {}; for (var i = 0; i < 200000; i++) o = { a: o }; D("example.com", "none", { deep: o });',
    );
    expect(message).toMatch(/stack limit/);
    const after = await evaluate('D("example.com", "none", A("@", "192.0.2.1"));');
    expect(after.ok).toBe(true);
  });

  test('a require cycle is cut', async () => {
    expect(
      await errorMessage('require("./a.js");', {
        'a.js': 'require("./b.js");',
        'b.js': 'require("./a.js");',
      }),
    ).toMatch(/require each other more than 64 deep|stack limit/);
  });
});

describe('forged error stacks', () => {
  async function located(config: string, files: Record<string, string> = {}) {
    const r = await evaluate(config, files);
    if (r.ok) throw new Error('expected an error');
    return r.errors[0]!.location;
  }

  test('a frame naming a file the evaluation did not run is skipped', async () => {
    expect(
      await located(
        "var e = new Error('boom'); e.stack = '    at f (/etc/passwd:1:1)\\n    at ../up.js:2'; throw e;",
      ),
    ).toEqual({ file: 'dnsconfig.js' });
  });

  test('a frame in a required file is kept, with line and column', async () => {
    expect(
      await located('require("./lib/x.js");', {
        'lib/x.js': "var e = new Error('boom'); e.stack = '  at g (lib/x.js:7:3)'; throw e;",
      }),
    ).toEqual({ file: 'lib/x.js', line: 7, column: 3 });
  });

  test('a huge forged stack is read in linear time', async () => {
    const started = Date.now();
    await located("var e = new Error('boom'); e.stack = '    at ' + ' ('.repeat(200000); throw e;");
    await located(
      "var e = new Error('b'); e.stack = ('    at a (' + ':1'.repeat(5e4) + ')\\n').repeat(40); throw e;",
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('tampering with the language', () => {
  test('replacing helpers only changes the config itself', async () => {
    const r =
      await evaluate(`A = function () { return function (d) { d.records.push({ type: "A", name: "x", target: "192.0.2.9" }); }; };
D("example.com", "none", A("ignored", "ignored"));`);
    expect(r.ok && r.value.ir.domains[0]!.records.map((x) => x.target)).toEqual(['192.0.2.9']);
  });

  test('polluted prototypes and a replaced JSON.stringify cannot forge the result', async () => {
    const r = await evaluate(`Object.prototype.toJSON = function () { return "forged"; };
JSON.stringify = function () { return '{"registrars":[],"dns_providers":[],"domains":[{"name":"evil.com"}]}'; };
Array.prototype.push = function () { throw new Error("push disabled"); };
D("example.com", "none");`);
    // The prelude's own push fails (an error), or the toJSON pollution breaks the shape (an error):
    // never a silently forged zone.
    if (r.ok) expect(r.value.ir.domains.map((d) => d.name)).not.toContain('evil.com');
    else expect(r.errors[0]!.message).toMatch(/push disabled|damaged|malformed/);
  });

  test('records of the wrong shape are refused', async () => {
    const message = await errorMessage(
      `D("example.com", "none", function (d) { d.records.push({ type: "A", name: 42, target: {} }); });`,
    );
    expect(message).toMatch(/the name must be a string/);
  });

  test('a thrown string and a thrown object give clear errors', async () => {
    expect(await errorMessage('throw "plain string";')).toBe('plain string');
    expect(await errorMessage('throw { toString: function () { return "x"; } };')).toBe(
      'uncaught object',
    );
  });

  test('huge error messages are cut', async () => {
    const message = await errorMessage('throw new Error("x".repeat(100000));');
    expect(message.length).toBeLessThan(600);
  });
});
