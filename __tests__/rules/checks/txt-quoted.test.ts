/** txt-quoted through the DNSControl and octoDNS loaders: what each tool really publishes. */
import { formatById } from '../../../src/formats/registry.js';
import type { ZoneSet } from '../../../src/model/zone.js';
import { spfInvalid } from '../../../src/rules/checks/spf-invalid.js';
import { txtQuoted } from '../../../src/rules/checks/txt-quoted.js';
import { runRules } from '../../../src/rules/engine.js';
import { contextFor } from '../../helpers/context.js';
import { memoryTree } from '../../helpers/memory-tree.js';

async function load(
  format: 'dnscontrol' | 'octodns',
  files: Record<string, string>,
): Promise<ZoneSet> {
  const r = await formatById(format)!.load(memoryTree(files), { path: '' });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

const js = (...records: string[]) => ({
  'dnsconfig.js': `D("example.com", NewRegistrar("none"), DnsProvider(NewDnsProvider("b", "BIND")),\n  ${records.join(',\n  ')}\n);\n`,
});

describe('txt-quoted', () => {
  it('fires on a DNSControl TXT wrapped in literal quotes: receivers see no SPF', async () => {
    const base = await load('dnscontrol', js('A("@", "192.0.2.1")'));
    const head = await load(
      'dnscontrol',
      js(`TXT("@", '"v=spf1 include:_spf.example.net -all"')`, `TXT("verify", '"token-123"')`),
    );
    const run = await runRules(contextFor(base, head), [txtQuoted, spfInvalid]);
    const quoted = run.findings.filter((f) => f.rule === 'txt-quoted');
    expect(quoted.map((f) => [f.name, f.severity, f.introduced])).toEqual([
      ['example.com.', 'high', true],
      ['verify.example.com.', 'medium', true],
    ]);
    expect(quoted[0]!.message).toBe(
      'TXT of example.com. is "v=spf1 include:_spf.example.net -all" with the quotes as part of the text: receivers do not recognise it, so example.com. publishes no SPF record.',
    );
  });

  it('is quiet for unquoted DNSControl TXT and for octoDNS, which strips the quotes itself', async () => {
    const base = await load('dnscontrol', js('A("@", "192.0.2.1")'));
    const plain = await load('dnscontrol', js('TXT("@", "v=spf1 -all")'));
    expect((await runRules(contextFor(base, plain), [txtQuoted])).findings).toEqual([]);
    const config =
      'providers:\n  config:\n    class: octodns.provider.yaml.YamlProvider\n    directory: ./zones\nzones:\n  example.com.:\n    sources: [config]\n    targets: [config]\n';
    const octo = await load('octodns', {
      'config.yaml': config,
      'zones/example.com.yaml': `---\n'':\n  type: TXT\n  value: '"v=spf1 -all"'\n`,
    });
    expect((await runRules(contextFor(octo, octo), [txtQuoted])).findings).toEqual([]);
  });
});
