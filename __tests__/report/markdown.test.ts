import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport } from '../../src/report/build.js';
import { renderMarkdown, renderNoChangeLine } from '../../src/report/markdown.js';
import { fence, inlineCode, tableCode } from '../../src/report/markdown-escape.js';
import { renderSarif } from '../../src/report/sarif.js';
import type { Report } from '../../src/report/types.js';
import { applyOverride } from '../../src/report/verdict.js';
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
  'txt 300 TXT "has ``` backticks and <b>html</b>"',
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
    warnings: [],
  });
}

function golden(name: string, actual: string) {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('renderMarkdown', () => {
  it('renders the review (golden file; UPDATE_GOLDEN=1 to accept a deliberate change)', async () => {
    golden('review.md', renderMarkdown(await sampleReport()));
  });

  it('blocks on introduced high findings, and the override accepts exactly what it lists', async () => {
    const report = await sampleReport();
    expect(report.verdict).toBe('block');
    const blocking = report.findings.filter(
      (f) => f.introduced && ['high', 'critical'].includes(f.severity),
    );
    const partial = applyOverride(report, {
      label: 'zoneguard:accept-risk',
      by: 'alice',
      accepted: blocking.slice(1).map((f) => f.fingerprint),
    });
    expect(partial.verdict).toBe('block');
    const all = applyOverride(report, {
      label: 'zoneguard:accept-risk',
      by: 'alice',
      accepted: blocking.map((f) => f.fingerprint),
    });
    expect(all.verdict).toBe('warn');
    expect(renderMarkdown(all)).toContain('Risk accepted by @alice');
  });

  it('keeps record content inside its code fence', async () => {
    const text = renderMarkdown(await sampleReport());
    const block = /````diff\n([\s\S]*?)\n````\n/.exec(text)?.[1];
    expect(block).toContain('+ txt 300 TXT "has ``` backticks and <b>html</b>"');
    // Outside fences, record text is escaped.
    expect(text.replace(/````diff[\s\S]*?````/g, '')).not.toContain('<b>');
    expect(fence('a ``` b')).toBe('````\na ``` b\n````');
    expect(inlineCode('x`y')).toBe('``x`y``');
    // GitHub splits table cells on | even in code spans; elsewhere a backslash would show.
    expect(inlineCode('a | b')).toBe('`a | b`');
    expect(tableCode('a | b')).toBe('`a \\| b`');
  });

  it('fences each rollback snippet in the language of its format', async () => {
    const report: Report = {
      ...(await sampleReport()),
      rollback: [
        { zone: 'a.example.', format: 'bind', snippet: 'www 300 IN A 192.0.2.1\n' },
        { zone: 'b.example.', format: 'octodns', snippet: 'www:\n  type: A\n' },
        { zone: 'c.example.', format: 'dnscontrol', snippet: 'A("www", "192.0.2.1"),\n' },
      ],
    };
    const text = renderMarkdown(report);
    expect(text).toContain('(bind)</summary>\n\n```dns\nwww 300 IN A 192.0.2.1\n```');
    expect(text).toContain('(octodns)</summary>\n\n```yaml\nwww:\n  type: A\n```');
    expect(text).toContain('(dnscontrol)</summary>\n\n```js\nA("www", "192.0.2.1"),\n```');
  });

  it('cuts optional sections to the budget with a notice, never the introduced findings', async () => {
    const report = await sampleReport();
    const full = renderMarkdown(report);
    const cut = renderMarkdown(report, { maxChars: full.indexOf('<details><summary>1 finding') });
    expect(cut).toContain('left out to fit the comment');
    for (const f of report.findings.filter((f) => f.introduced))
      expect(cut).toContain(f.message.slice(0, 30).replace(/</g, '&lt;'));
    expect(cut).not.toContain('Rollback for');
    // The existing findings shrink to a count per rule, still collapsed, naming the full report.
    const existing = report.findings.find((f) => !f.introduced)!;
    expect(cut).not.toContain(existing.message.slice(0, 30));
    expect(cut).toContain(
      '<details><summary>1 finding already present before this change (not counted in the verdict)</summary>\n\n- `single-provider` × 1\n\nThe list does not fit here: run `zoneguard check` locally',
    );
  });

  it('keeps the existing findings in one collapsed section after the introduced ones', async () => {
    const report = await sampleReport();
    const text = renderMarkdown(report);
    const introduced = text.slice(
      text.indexOf('### Introduced by this change ('),
      text.indexOf('<details>'),
    );
    const existing =
      /<details><summary>1 finding already present[^<]*<\/summary>([\s\S]*?)<\/details>/.exec(
        text,
      )?.[1];
    expect(introduced).toContain('`cname-conflict`');
    expect(introduced).not.toContain('single-provider');
    expect(existing).toContain('`single-provider` · `example.com.` NS');
    expect(text.match(/single-provider/g)).toHaveLength(2); // the finding and its "why", both inside
    expect(text.indexOf('single-provider')).toBeGreaterThan(text.indexOf('already present'));
    expect(text).toMatch(/existing finding \(collapsed below\) does not count/);
  });
});

describe('the drift column', () => {
  const withLive = async (live: Report['live']): Promise<string> => {
    const report = { ...(await sampleReport()), live };
    return renderMarkdown(report)
      .split('\n')
      .find((l) => l.startsWith('| `example.com.`'))!;
  };
  const server = (authoritative: boolean) => ({
    zone: 'example.com.',
    name: 'ns1.example.net.',
    address: '192.0.2.53',
    responded: authoritative,
    authoritative,
  });

  it('says unknown when live DNS failed or no server of the zone answered, never 0', async () => {
    const failed = {
      status: 'failed',
      reasons: ['x'],
      queries: 3,
      servers: [],
      zones: [],
    } as const;
    expect(await withLive(failed)).toMatch(/\| unknown \|$/);
    const unreached = { ...failed, status: 'partial', servers: [server(false)] } as const;
    expect(await withLive(unreached)).toMatch(/\| unknown \|$/);
  });

  it('counts where a server of the zone answered, and is a dash without live DNS', async () => {
    const reached = {
      status: 'partial',
      reasons: [],
      queries: 9,
      servers: [server(false), { ...server(true), name: 'ns2.example.net.' }],
      zones: [],
    } as const;
    expect(await withLive(reached)).toMatch(/\| 0 \|$/);
    expect(await withLive({ ...reached, status: 'off', servers: [] })).toMatch(/\| — \|$/);
  });
});

describe('the no-change line', () => {
  it('is one line that counts what already existed and names where to read it', async () => {
    const report = await sampleReport();
    const existing = report.findings.filter((f) => !f.introduced);
    const quiet: Report = { ...report, zones: [], findings: existing, warnings: ['w'] };
    expect(renderNoChangeLine(quiet, 'see the job summary')).toBe(
      '✅ **ZoneGuard**: no DNS record changes in this pull request; 1 existing finding and 1 warning (see the job summary).\n',
    );
    expect(renderNoChangeLine({ ...quiet, findings: [], warnings: [] }, 'x')).toBe(
      '✅ **ZoneGuard**: no DNS record changes in this pull request.\n',
    );
  });
});

describe('renderSarif', () => {
  it('emits SARIF 2.1.0 results with rule metadata, locations and fingerprints', async () => {
    const report = await sampleReport();
    const sarif = renderSarif(report) as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string }[] } };
        results: {
          ruleId: string;
          level: string;
          locations: unknown[];
          partialFingerprints: Record<string, string>;
        }[];
      }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0]!;
    expect(run.results.map((r) => r.ruleId).sort()).toEqual(
      report.findings.map((f) => f.rule).sort(),
    );
    expect(run.tool.driver.rules.map((r) => r.id).sort()).toEqual(
      [...new Set(report.findings.map((f) => f.rule))].sort(),
    );
    expect(run.results[0]!.partialFingerprints['zoneguard/v1']).toMatch(/^[0-9a-f]{16}$/);
    expect(run.results.find((r) => r.ruleId === 'cname-conflict')?.level).toBe('error');
  });
});

describe('findings of one rule', () => {
  it('explain why once, and give each finding its own fix', async () => {
    const base = [
      '@ 3600 NS ns1.example.net.',
      '@ 3600 NS ns2.example.org.',
      'a 300 A 192.0.2.1',
      'b 300 A 192.0.2.2',
    ];
    const head = [...base, 'a 300 CNAME x.example.net.', 'b 300 CNAME y.example.net.'];
    const ctx = contextFor(zoneSet(zone(Z, base)), zoneSet(zone(Z, head)));
    const { findings } = await runRules(ctx);
    const report = buildReport({
      base: { ref: 'main' },
      head: { ref: 'pr' },
      diffs: ctx.diffs,
      drift: new Map(),
      findings,
      live: undefined,
      rollback: [],
      failOn: 'high',
      warnings: [],
    });
    const text = renderMarkdown(report);
    expect(text.match(/^- 🟠 \*\*high\*\* `cname-conflict`/gm)).toHaveLength(2);
    // The rule's "why" once, collapsed after the findings.
    expect(text.match(/A CNAME says the name is an alias/g)).toHaveLength(1);
    expect(text).toMatch(
      /<details><summary>Why these rules matter<\/summary>\n\n- \*\*A CNAME shares [^\n]*\(`cname-conflict`\): A CNAME says the name is an alias/,
    );
    expect(text.match(/\*\*Fix:\*\* Remove the other records/g)).toHaveLength(2);
  });
});
