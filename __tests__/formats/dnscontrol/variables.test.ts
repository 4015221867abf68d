/**
 * DNSControl's variables (`dnscontrol -v NAME=VALUE`, our `--var`): set as global strings before
 * the helpers, CLI_DEFAULTS fills only what is undefined, and a missing value is an error that
 * names the variable, the file, the line and how to pass it, never a value.
 */
import {
  type DnscontrolEvaluation,
  evaluateDnsconfigFull,
} from '../../../src/formats/dnscontrol/evaluate.js';
import type { Result } from '../../../src/model/location.js';
import { makeRepo } from '../../helpers/git-repo.js';

const SECRET = 'zg-var-secret-93c1e5';

async function run(
  config: string,
  vars: Record<string, string> = {},
  files: Record<string, string> = {},
): Promise<Result<DnscontrolEvaluation>> {
  const repo = makeRepo({ 'dnsconfig.js': config, ...files });
  return evaluateDnsconfigFull(await repo.tree(), 'dnsconfig.js', {
    vars: new Map(Object.entries(vars)),
  });
}

async function records(config: string, vars: Record<string, string> = {}) {
  const r = await run(config, vars);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return { log: r.value.log, records: r.value.ir.domains[0]!.records };
}

async function errorOf(
  config: string,
  vars: Record<string, string> = {},
  files: Record<string, string> = {},
) {
  const r = await run(config, vars, files);
  if (r.ok) throw new Error('expected an error');
  return r.errors[0]!;
}

const NEEDS_SECRET = `CLI_DEFAULTS({ SECRET1: null, view: "external" });
D("example.com", "none",
  CNAME(SECRET1, "target.example.net."),
);`;

describe('values from the command line', () => {
  test('a variable fills a CLI_DEFAULTS null, as dnscontrol -v does', async () => {
    const r = await records(NEEDS_SECRET, { SECRET1: 'hidden' });
    expect(r.records.map((x) => [x.type, x.name, x.target])).toEqual([
      ['CNAME', 'hidden', 'target.example.net.'],
    ]);
  });

  test('CLI_DEFAULTS fills only variables that are undefined, and values are strings', async () => {
    const config = `CLI_DEFAULTS({ view: "external", emergency: true, count: 3 });
console.log(view, typeof emergency, emergency ? "yes" : "no", typeof count);
D("example.com", "none", TXT("@", view));`;
    // Short values: values of 6 characters or more are masked in the log.
    const given = await records(config, { view: 'int', emergency: 'false' });
    expect(given.log).toEqual(['int string yes number']);
    expect(given.records[0]!.target).toBe('int');
    const defaults = await records(config);
    expect(defaults.log).toEqual(['external boolean yes number']);
  });

  test('a variable with a helper name is replaced by the helper, as in DNSControl', async () => {
    const r = await records('D("example.com", "none", A("@", "192.0.2.1"));', { A: 'x' });
    expect(r.records.map((x) => x.type)).toEqual(['A']);
  });

  test("a variable named like one of JavaScript's own globals is refused, by name only", async () => {
    for (const name of ['JSON', 'Math', 'Object', 'globalThis']) {
      const e = await errorOf('D("example.com", "none");', { [name]: SECRET });
      expect(e.message).toMatch(
        new RegExp(`^the variable ${name} \\(--var, the Action's vars\\) would replace`),
      );
      expect(e.message).not.toContain(SECRET);
    }
  });

  test('a variable is there in required files too', async () => {
    const repo = makeRepo({
      'dnsconfig.js': 'D("example.com", "none"); require("./extra.js");',
      'extra.js': 'D_EXTEND("example.com", A(host, "192.0.2.1"));',
    });
    const e = await evaluateDnsconfigFull(await repo.tree(), 'dnsconfig.js', {
      vars: new Map([['host', 'www']]),
    });
    expect(e.ok && e.value.ir.domains[0]!.records.map((x) => x.name)).toEqual(['www']);
  });
});

describe('a value that was not passed', () => {
  test('a CLI_DEFAULTS null used as a record name names the variable, the line and --var', async () => {
    const e = await errorOf(NEEDS_SECRET);
    expect(e.location).toMatchObject({ file: 'dnsconfig.js', line: 3 });
    expect(e.message).toMatch(/^CNAME record name argument validation failed \(it is null\)/);
    expect(e.message).toContain('SECRET1 has no value');
    expect(e.message).toContain('--var SECRET1=');
    expect(e.message).toContain('vars input');
    expect(e.message).not.toContain('view');
  });

  test('undefined as the default, and a required file, are named the same way', async () => {
    const e = await errorOf(
      'CLI_DEFAULTS({ TARGET: undefined }); D("example.com", "none"); require("./more.js");',
      {},
      { 'more.js': '// more\nD_EXTEND("example.com",\n  CNAME("www", TARGET));' },
    );
    expect(e.location).toMatchObject({ file: 'more.js', line: 3 });
    expect(e.message).toMatch(/not undefined\. TARGET has no value.*--var TARGET=/);
  });

  test('an error about null names every unset variable when its line names none', async () => {
    const e = await errorOf(`CLI_DEFAULTS({ ONE: null, TWO: null });
var name = ONE;
D("example.com", "none", A(name, "192.0.2.1"));`);
    expect(e.message).toContain('ONE, TWO have no value');
  });

  test('an unrelated error says nothing of variables', async () => {
    const e = await errorOf(`CLI_DEFAULTS({ ONE: null });
D("example.com", "none", MX("@", "ten", "mail"));`);
    expect(e.message).toBe('MX record priority argument validation failed');
  });

  test('a variable given a value later by the config is not blamed', async () => {
    const e = await errorOf(`CLI_DEFAULTS({ ONE: null });
ONE = "set";
var other = null;
D("example.com", "none", A(other, "192.0.2.1"));`);
    expect(e.message).toBe('A record name argument validation failed (it is null)');
  });

  test('a global nobody defined is a ReferenceError that says how to pass it', async () => {
    const e = await errorOf('D("example.com", "none",\n  CNAME(SECRET2, "t.example.net."));');
    expect(e.location).toMatchObject({ file: 'dnsconfig.js', line: 2 });
    expect(e.message).toMatch(
      /^ReferenceError: 'SECRET2' is not defined\. If SECRET2 is a variable/,
    );
    expect(e.message).toContain('--var SECRET2=');
  });
});

describe('values are never shown', () => {
  test('in an error the config makes from the value', async () => {
    const e = await errorOf(
      'CLI_DEFAULTS({ TOKEN: null }); throw new Error("bad token " + TOKEN);',
      { TOKEN: SECRET },
    );
    expect(e.message).toBe('bad token [var TOKEN]');
  });

  test('in an error the normaliser makes from a record', async () => {
    const e = await errorOf('D("example.com", "none", A("www", TOKEN));', { TOKEN: SECRET });
    expect(JSON.stringify(e)).not.toContain(SECRET);
    expect(e.message).toContain('[var TOKEN]');
  });

  test('in the console log', async () => {
    const r = await records('console.log("token=" + TOKEN); D("example.com", "none");', {
      TOKEN: SECRET,
    });
    expect(r.log).toEqual(['token=[var TOKEN]']);
  });
});
