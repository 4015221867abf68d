/**
 * Plan files in Terraform's JSON output format (`terraform show -json PLANFILE`,
 * format_version 1.x): before and after of the DNS resources as base and head, through the same
 * mapping as static reading.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planToZones } from '../../../src/formats/terraform/plan.js';
import type { Zone } from '../../../src/model/zone.js';

const fixture = (name: string) =>
  readFileSync(join(process.cwd(), '__tests__/fixtures/terraform/plan', name), 'utf8');

const shown = (zones: readonly Zone[]) =>
  Object.fromEntries(
    zones.map((z) => [
      z.name,
      z.rrsets.map(
        (r) =>
          `${r.name} ${r.ttl} ${r.type} ${r.values.join(' | ')}${r.options ? ` ${JSON.stringify(r.options)}` : ''}`,
      ),
    ]),
  );

test('Route 53: an update, a deletion, an alias, and a record in a zone the same plan creates', () => {
  const r = planToZones(fixture('route53.plan.json'), 'plan.json');
  if (!r.ok) throw new Error(r.errors[0]!.message);
  expect(shown(r.value.base)).toEqual({
    'example.org.': [
      'www.example.org. 300 A 192.0.2.1 | 192.0.2.2',
      'lb.example.org. 60 R53_ALIAS A web-123.eu-west-1.elb.amazonaws.com. {"r53_zone_id":"Z32O12XQLNTSW2","r53_evaluate_target_health":"true"}',
      'old.example.org. 300 CNAME legacy.example.net.',
    ],
  });
  expect(shown(r.value.head)).toEqual({
    'example.org.': [
      'www.example.org. 60 A 192.0.2.3',
      'lb.example.org. 60 R53_ALIAS A web-123.eu-west-1.elb.amazonaws.com. {"r53_zone_id":"Z32O12XQLNTSW2","r53_evaluate_target_health":"true"}',
    ],
    'new.example.': ['web.new.example. 600 A 192.0.2.50'],
  });
  expect(r.value.warnings).toEqual([]);
});

test('Cloudflare v4 data blocks as JSON lists, a value known only after apply, Google DNSSEC switched off', () => {
  const r = planToZones(fixture('cloudflare-google.plan.json'), 'plan.json');
  if (!r.ok) throw new Error(r.errors[0]!.message);
  expect(shown(r.value.base)).toEqual({
    'example.com.': ['_sip._tcp.example.com. 300 SRV 0 5 5060 sip.example.com.'],
    'example.dev.': ['example.dev. 300 TXT "v=spf1 -all"'],
  });
  expect(shown(r.value.head)).toEqual({
    'example.com.': ['_sip._tcp.example.com. 300 SRV 10 5 5061 sip2.example.com.'],
    'example.dev.': ['example.dev. 300 TXT "v=spf1 -all"'],
  });
  const head = r.value.head.find((z) => z.name === 'example.com.')!;
  // www's content is computed by the apply: left to the push, and said so
  expect(head.unmanaged).toContainEqual(expect.objectContaining({ name: 'www', types: ['A'] }));
  expect(head.diagnostics?.map((d) => d.message)).toEqual([
    expect.stringContaining(
      'cloudflare_record.www: its value depends on cloudflare_record.www.content (known after apply)',
    ),
  ]);
  expect(r.value.base.find((z) => z.name === 'example.dev.')!.dnssec).toBe('on');
  expect(r.value.head.find((z) => z.name === 'example.dev.')!.dnssec).toBe('off');
});

test.each([
  ['not JSON', '{', 'not JSON'],
  ['a state, not a plan', '{"format_version":"1.0","values":{}}', 'no resource_changes'],
  [
    'an unknown major version',
    '{"format_version":"2.0","resource_changes":[]}',
    'format_version "2.0"',
  ],
  ['no version', '{"resource_changes":[]}', 'format_version null'],
])('%s is an error naming the plan file', (_what, text, message) => {
  const r = planToZones(text, 'out/plan.json');
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.errors[0]!.location).toEqual({ file: 'out/plan.json' });
    expect(r.errors[0]!.message).toContain(message);
  }
});

test('a newer minor version is read (additions are ignored)', () => {
  const r = planToZones(
    '{"format_version":"1.9","resource_changes":[],"something_new":{"x":1}}',
    'plan.json',
  );
  expect(r.ok && r.value.head).toEqual([]);
});
