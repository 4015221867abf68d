/**
 * The prelude is imported as text and evaluated as a script: in the QuickJS sandbox (the other
 * tests) and under Node's `vm` (the bench). Here it runs under `vm` with a stub host, which also
 * shows that it names its own stack frames as the sandbox expects (`PRELUDE_FILE`).
 */
import vm from 'node:vm';
import { PRELUDE, PRELUDE_FILE } from '../../../src/formats/dnscontrol/prelude.js';

function runUnderNodeVm(config: string): { conf: Record<string, unknown>; log: string[] } {
  const log: string[] = [];
  const host = {
    load: () => {
      throw new Error('no files');
    },
    glob: () => '[]',
    hash: () => '',
    log: (text: string) => log.push(text),
    file: () => 'dnsconfig.js',
  };
  const context = vm.createContext({ __zg_host: host });
  const serialise = vm.runInContext(PRELUDE, context, { filename: PRELUDE_FILE }) as () => string;
  vm.runInContext(config, context, { filename: 'dnsconfig.js' });
  return { conf: JSON.parse(serialise()), log };
}

describe('the prelude as a script', () => {
  test('is text, not a module: it evaluates to the serialiser and hides the host object', () => {
    expect(typeof PRELUDE).toBe('string');
    const context = vm.createContext({ __zg_host: {} });
    const serialise = vm.runInContext(PRELUDE, context, { filename: PRELUDE_FILE });
    expect(typeof serialise).toBe('function');
    expect(vm.runInContext('typeof __zg_host + " " + typeof D', context)).toBe(
      'undefined function',
    );
  });

  test('builds the raw configuration under Node vm, with positions in the config', () => {
    const { conf, log } = runUnderNodeVm(
      [
        'var REG = NewRegistrar("none");',
        'console.log("hello", 1);',
        'D("example.com", REG,',
        '  A("www", "192.0.2.1", TTL(60)));',
      ].join('\n'),
    );
    expect(log).toEqual(['hello 1']);
    const domains = conf.domains as { name: string; records: Record<string, unknown>[] }[];
    expect(domains.map((d) => d.name)).toEqual(['example.com']);
    const [record] = domains[0]!.records;
    expect(record).toMatchObject({ type: 'A', name: 'www', target: '192.0.2.1', ttl: 60 });
    // Frames of the prelude itself are skipped: the position is the record's own call.
    expect(record!.filepos).toBe('dnsconfig.js:4:3');
  });

  test('errors raised in the prelude name the offending call', () => {
    expect(() => runUnderNodeVm('D("example.com", "none", A("www"));')).toThrow(
      'A record requires 2 arguments (name, target). Only 1 were supplied',
    );
    expect(() => runUnderNodeVm('NAMESERVER();')).toThrow(
      'NAMESERVER only accepts one argument for name.',
    );
  });
});
