/**
 * The terminal review (src/report/text.ts): no HTML or Markdown syntax, the same findings and
 * sections in the same order as the Markdown, colour only when asked, and record data that
 * cannot write escape sequences to the terminal.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { buildReport } from '../../src/report/build.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import type { Report } from '../../src/report/types.js';
import { runRules } from '../../src/rules/engine.js';
import { contextFor } from '../helpers/context.js';
import { zone, zoneSet } from '../helpers/zones.js';

const GOLDEN = join(import.meta.dirname, 'golden');
const Z = 'example.com.';
const BASE = [
  '@ 3600 NS ns1.example.net.',
  '@ 3600 NS ns2.example.net.',
  '@ 300 MX 10 mail',
  'www 300 A 192.0.2.1',
  'mail 300 A 192.0.2.2',
  'sub 3600 NS ns1.sub.example.org.',
];
const HEAD = [
  '@ 3600 NS ns1.example.net.',
  '@ 3600 NS ns2.example.net.',
  '@ 300 MX 10 mail',
  'www 300 A 192.0.2.1',
  'www 300 CNAME web.example.net.',
  'mail 300 A 192.0.2.2',
  'sub 3600 NS ns9.elsewhere.example.',
  'txt 300 TXT "has ``` backticks, <b>html</b>, a_b and an \\027[31mescape"',
];

async function sampleReport(): Promise<Report> {
  const ctx = contextFor(zoneSet(zone(Z, BASE)), zoneSet(zone(Z, HEAD)));
  const { findings } = await runRules(ctx);
  return buildReport({
    base: { ref: 'main', commit: 'a'.repeat(40) },
    head: { ref: 'feature', commit: 'b'.repeat(40) },
    diffs: ctx.diffs,
    drift: new Map(),
    findings,
    live: undefined,
    rollback: [{ zone: Z, format: 'bind', snippet: 'sub 3600 IN NS ns1.sub.example.org.' }],
    failOn: 'high',
    warnings: ['zones/test.zone:3: a warning with <html> & \u001b[2J'],
  });
}

const ESCAPE = /\u001b/;

describe('renderText', () => {
  it('renders the review (golden file; UPDATE_GOLDEN=1 to accept a deliberate change)', async () => {
    const text = renderText(await sampleReport(), { colour: false });
    const file = join(GOLDEN, 'review.txt');
    if (process.env['UPDATE_GOLDEN']) writeFileSync(file, text);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });

  it('has no HTML, no Markdown escapes and no fences', async () => {
    const text = renderText(await sampleReport(), { colour: false });
    for (const markup of [
      '<details',
      '<summary',
      '<br>',
      '<sub>',
      '&gt;',
      '&amp;',
      '\\_',
      '```diff',
      '**',
    ])
      expect(text).not.toContain(markup);
    // Record data is shown as it is, not escaped for Markdown.
    expect(text).toContain('<b>html</b>, a_b');
  });

  it('shows every heading and collapsed section of the Markdown, in its order', async () => {
    const report = await sampleReport();
    const text = renderText(report, { colour: false });
    const markdown = renderMarkdown(report, { maxChars: Number.POSITIVE_INFINITY });
    // Taken from the Markdown itself, so a section added there and not here fails this test.
    const fromMarkdown = (t: string) =>
      t
        .replace(/\\([\\`*_[\]#~])/g, '$1')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&#124;/g, '|')
        .replace(/&amp;/g, '&');
    const titles = [
      ...markdown.matchAll(/^#{2,3} (.+)$|<summary>(.+?)<\/summary>|^\*\*(.+)\*\*$|^> ⚠️ (.+)$/gm),
    ].map((m) => fromMarkdown((m[1] ?? m[2] ?? m[3] ?? m[4])!));
    expect(titles).toEqual([
      'ZoneGuard: 🛑 **Blocked**',
      'Introduced by this change (2)',
      'Why these rules matter',
      'zones/test.zone:3: a warning with <html> & \\u001b[2J',
      '1 finding already present before this change (not counted in the verdict)',
      'Why these rules matter',
      `Changes in ${Z} (3 RRsets)`,
      `Rollback for ${Z} (bind)`,
    ]);
    let at = 0;
    for (const title of titles) {
      const plain = title.replace('🛑 **Blocked**', '✖ Blocked');
      const found = text.indexOf(plain, at);
      expect([title, found >= at]).toEqual([title, true]);
      at = found + plain.length;
    }
    // The findings, one by one, in the Markdown's order.
    const order = (out: string) =>
      report.findings
        .map((f) => ({ rule: f.rule, at: out.indexOf(f.message) }))
        .sort((a, b) => a.at - b.at)
        .map((f) => f.rule);
    expect(order(text)).toEqual(order(markdown));
    for (const f of report.findings) expect(text).toContain(f.message);
  });

  it('colours only when asked, and record data never carries an escape code through', async () => {
    const report = await sampleReport();
    const plain = renderText(report, { colour: false });
    expect(plain).not.toMatch(ESCAPE);
    expect(plain).toContain('\\027[31mescape'); // the TXT's ESC, in presentation form
    expect(plain).toContain('\\u001b[2J'); // the warning's
    const coloured = renderText(report, { colour: true });
    expect(coloured).toMatch(ESCAPE);
    // Every escape code in the coloured text is a colour (SGR) sequence picocolors wrote.
    expect(coloured.replace(/\u001b\[\d+m/g, '')).not.toMatch(ESCAPE);
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(plain);
  });

  it('aligns the zone table on display width', async () => {
    const text = renderText(await sampleReport(), { colour: false });
    const lines = text.split('\n');
    const header = lines.findIndex((l) => l.startsWith('Zone '));
    const [head, rule, row] = lines.slice(header, header + 3) as [string, string, string];
    expect(rule).toMatch(/^─+( +─+)+$/);
    // Right-aligned count columns end where their header ends.
    expect(row.length).toBe(head.length);
    expect(row.indexOf('changed')).toBe(head.indexOf('Status'));
  });
});

describe('renderText with live facts and several configurations', () => {
  it('groups zones under their configuration and aligns the live servers table', async () => {
    const sample = await sampleReport();
    const zone = sample.zones[0]!;
    const report: Report = {
      ...sample,
      zones: [
        { ...zone, config: 'team-a/dnsconfig.js' },
        {
          ...zone,
          zone: 'quiet.example.',
          config: 'team-b/octodns.yaml',
          status: 'unchanged',
          changes: [],
        },
      ],
      live: {
        status: 'partial',
        reasons: ['example.com.: ns2.example.net. timed out'],
        queries: 42,
        servers: [
          {
            zone: Z,
            name: 'ns1.example.net.',
            address: '192.0.2.53',
            responded: true,
            authoritative: true,
            soaSerial: 2026120601,
          },
          {
            zone: Z,
            name: 'ns2.example.net.',
            address: '2001:db8::53',
            responded: false,
            authoritative: false,
            error: 'timeout',
          },
        ],
        zones: [],
      },
    };
    const text = renderText(report, { colour: false });
    expect(text).toContain('team-a/dnsconfig.js\nZone ');
    expect(text).toContain('team-b/octodns.yaml: no record changes in 1 zone.');
    expect(text).toContain('Live DNS facts this review relied on\n\nStatus: partial, 42 queries.');
    const lines = text.split('\n');
    const header = lines.findIndex((l) => l.startsWith('Zone          Server'));
    expect(header).toBeGreaterThan(0);
    const [head, , one, two] = lines.slice(header, header + 4) as [string, string, string, string];
    // The serial column is right-aligned under its header; the missing serial is a dash.
    expect(one.endsWith('2026120601')).toBe(true);
    expect(one.length).toBe(head.length);
    expect(two.endsWith('—')).toBe(true);
    expect(two.length).toBe(head.length);
    expect(two).toContain('no (timeout)');
    expect(text.indexOf('Live DNS facts')).toBeLessThan(text.indexOf('Rollback for'));
  });
});

describe('renderText of an audit with registry facts', () => {
  it('says it is an audit, counts every finding, and shows the registry as the Markdown does', async () => {
    const report: Report = {
      ...(await sampleReport()),
      kind: 'audit',
      base: null,
      registry: {
        status: 'ok',
        reasons: [],
        requests: 1,
        domains: [
          {
            domain: Z,
            zones: [Z],
            outcome: 'found',
            registration: {
              handle: 'EX-1',
              status: ['client transfer prohibited'],
              events: [{ action: 'expiration', date: '2030-01-01T00:00:00Z' }],
              nameservers: ['ns1.example.net.'],
              registrar: { name: 'Example Registrar' },
            } as never,
          },
        ],
      },
    };
    const text = renderText(report, { colour: false });
    const markdown = renderMarkdown(report, { maxChars: Number.POSITIVE_INFINITY });
    expect(text).toMatch(/^ZoneGuard audit: /);
    expect(markdown).toMatch(/^## ZoneGuard audit: /);
    expect(text).toContain(`Findings (${report.findings.length})`);
    expect(text).not.toContain('already present before this change');
    for (const out of [text, markdown]) {
      expect(out).toContain('Registry facts (RDAP)');
      expect(out).toContain('Example Registrar');
      expect(out).toContain('2030-01-01');
      expect(out.indexOf('Registry facts')).toBeLessThan(out.indexOf('Rollback for'));
    }
  });
});
