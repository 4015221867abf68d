import { readFileSync } from 'node:fs';
import { SEVERITIES } from '../../src/model/severity.js';
import { KNOWN_RULE_IDS } from '../../src/review/policy-file.js';
import { RULES } from '../../src/rules/catalogue.js';

// The catalogue as docs/rules.md publishes it: ids and default severities (a public contract).
const PUBLISHED_IDS: Record<string, string> = {
  'ns-change': 'critical',
  'subdelegation-change': 'high',
  'ds-change': 'critical',
  'ds-mismatch': 'critical',
  'dnssec-disable': 'critical',
  'rrsig-expired': 'critical',
  'rrsig-expiring': 'high',
  'dnssec-bogus': 'critical',
  'cds-mismatch': 'medium',
  'provider-change': 'high',
  'registrar-change': 'high',
  'single-provider': 'medium',
  'ns-count': 'high',
  'missing-glue': 'high',
  'lame-delegation': 'high',
  'ns-mismatch': 'medium',
  'registry-delegation-mismatch': 'high',
  'registrar-lock-missing': 'medium',
  'registry-lock-missing': 'low',
  'domain-expiring': 'high',
  'secondary-out-of-sync': 'high',
  'migration-not-ready': 'critical',
  'zone-transfer-open': 'low',
  'ttl-not-lowered': 'high',
  'mass-change': 'high',
  'zone-removed': 'critical',
  drift: 'medium',
  'cname-conflict': 'high',
  'target-is-cname': 'medium',
  'dangling-cname': 'high',
  'missing-trailing-dot': 'high',
  'mx-change': 'high',
  'spf-invalid': 'high',
  'txt-quoted': 'high',
  'dmarc-weakened': 'medium',
  'caa-change': 'medium',
  'wildcard-change': 'medium',
  'broad-token-scope': 'high',
  'secret-in-repo': 'critical',
  'pipeline-change': 'medium',
  'registrar-dns-same-account': 'medium',
  'single-credential-pipeline': 'low',
  'push-credentials-in-review': 'high',
  'weak-dnssec-algorithm': 'medium',
};

describe('the rule catalogue', () => {
  it('has every rule of the design, with its default severity', () => {
    const byId = new Map(RULES.map((r) => [r.id, r.defaultSeverity]));
    for (const [id, severity] of Object.entries(PUBLISHED_IDS))
      expect([id, byId.get(id)]).toEqual([id, severity]);
  });

  it('has unique kebab-case ids and complete texts', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(SEVERITIES).toContain(r.defaultSeverity);
      for (const text of [r.title, r.why, r.fix]) expect(text.length).toBeGreaterThan(10);
    }
  });

  it('lets the policy file name exactly the catalogue ids', () => {
    expect([...KNOWN_RULE_IDS].sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('is documented: docs/rules.md names every id', () => {
    const doc = readFileSync('docs/rules.md', 'utf8');
    for (const r of RULES) expect([r.id, doc.includes(`\`${r.id}\``)]).toEqual([r.id, true]);
  });
});
