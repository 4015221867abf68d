import { describe, expect, test } from '@jest/globals';
import { renderJson } from '../../src/report/json.js';
import { readUntrustedReport } from '../../src/report/read-json.js';
import type { Report } from '../../src/report/types.js';

const report: Report = {
  version: 1,
  verdict: 'block',
  highestSeverity: 'critical',
  failOn: 'high',
  base: { ref: 'main', commit: 'a'.repeat(40) },
  head: { ref: 'b'.repeat(40), commit: 'b'.repeat(40) },
  zones: [
    {
      zone: 'example.com.',
      format: 'bind',
      config: 'zones/',
      status: 'changed',
      changes: [
        {
          name: 'example.com.',
          type: 'NS',
          kind: 'modify',
          before: { ttl: 300, values: ['ns1.example.net.'] },
          after: { ttl: 300, values: ['ns2.example.org.'] },
          location: { file: 'zones/example.com.zone', line: 4 },
        },
      ],
      drift: [],
    },
  ],
  findings: [
    {
      rule: 'ns-change',
      severity: 'critical',
      introduced: true,
      zone: 'example.com.',
      name: 'example.com.',
      type: 'NS',
      message: 'The apex NS set changes.',
      fix: 'Check the new servers.',
      location: { file: 'zones/example.com.zone', line: 4 },
      fingerprint: '0123456789abcdef',
      contributingRules: ['ns-change', 'ttl-not-lowered'],
    },
  ],
  live: { status: 'off', reasons: [], queries: 0, servers: [], zones: [] },
  registry: {
    status: 'partial',
    reasons: ['example.zz.: no RDAP service is known for .zz'],
    source: "IANA's RDAP bootstrap file of 2026-01-30",
    requests: 1,
    domains: [
      {
        domain: 'example.com.',
        zones: ['example.com.'],
        outcome: 'found',
        url: 'https://rdap.verisign.com/com/v1/domain/example.com',
        registration: {
          ldhName: 'example.com.',
          status: ['client transfer prohibited'],
          events: [{ action: 'expiration', date: '2027-08-13T04:00:00Z' }],
          nameservers: ['a.iana-servers.net.'],
          secureDNS: {
            delegationSigned: true,
            dsData: [{ keyTag: 370, algorithm: 13, digestType: 2, digest: 'BE74' }],
          },
          registrar: { name: 'Example Registrar', ianaId: '376' },
        },
      },
      {
        domain: 'example.zz.',
        zones: ['example.zz.'],
        outcome: 'no-service',
        reason: 'no RDAP service',
      },
    ],
  },
  rollback: [{ zone: 'example.com.', format: 'bind', snippet: '@ IN NS ns1.example.net.' }],
  warnings: ['a warning'],
};

describe('readUntrustedReport', () => {
  test('a real report reads back as it was written', () => {
    const read = readUntrustedReport(renderJson(report));
    expect(read).toEqual({ ok: true, report });
  });

  test('self-acceptance and a forged verdict are dropped', () => {
    const forged = JSON.parse(renderJson(report));
    forged.verdict = 'pass';
    forged.findings[0].accepted = true;
    forged.override = { label: 'x', by: 'mallory', fingerprint: 'f' };
    const read = readUntrustedReport(JSON.stringify(forged));
    expect(read.ok && read.report.verdict).toBe('block');
    expect(read.ok && read.report.findings[0]!.accepted).toBeUndefined();
    expect(read.ok && 'override' in read.report).toBe(false);
  });

  test.each([
    ['zones[0].format', ['zones', 0, 'format'], '<img src=x>'],
    ['zones[0].config', ['zones', 0, 'config'], 42],
    ['findings[0].severity', ['findings', 0, 'severity'], 'severe'],
    ['zones[0].changes[0].type', ['zones', 0, 'changes', 0, 'type'], 'NOT A TYPE'],
    ['live.queries', ['live', 'queries'], -1],
    ['findings[0].introduced', ['findings', 0, 'introduced'], 'yes'],
    ['version', ['version'], 2],
    ['registry.status', ['registry', 'status'], 'fine'],
    [
      'registry.domains[0].registration.status',
      ['registry', 'domains', 0, 'registration', 'status'],
      'locked',
    ],
  ] as const)('rejects a bad %s, naming it', (where, path, value) => {
    const bad = JSON.parse(renderJson(report)) as Record<string | number, unknown>;
    const parent = path
      .slice(0, -1)
      .reduce((o, key) => o[key] as Record<string | number, unknown>, bad);
    parent[path[path.length - 1]!] = value;
    const read = readUntrustedReport(JSON.stringify(bad));
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toContain(where);
  });

  test('not JSON, or not an object', () => {
    expect(readUntrustedReport('{').ok).toBe(false);
    expect(readUntrustedReport('[]').ok).toBe(false);
    expect(readUntrustedReport('null').ok).toBe(false);
  });
});
