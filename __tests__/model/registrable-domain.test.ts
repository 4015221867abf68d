/**
 * The Public Suffix List matcher against tldts, the library its rules come from
 * (scripts/refresh-public-suffixes.mjs): every rule of the ICANN section, names around it, and
 * random host names must get the registrable domain and the ICANN answer tldts gives.
 */
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { getDomain, parse } from 'tldts';
import { ICANN_SUFFIX_RULES } from '../../src/model/public-suffix-rules.js';
import { publicSuffix, registrableDomain } from '../../src/model/registrable-domain.js';

const RULES = ICANN_SUFFIX_RULES.split('\n');

/** What tldts says, in registrableDomain's and publicSuffix's terms. */
function oracle(name: string): { domain: string | undefined; icann: boolean | undefined } {
  const host = name.toLowerCase().replace(/\.$/, '');
  const domain = getDomain(host, { allowPrivateDomains: false });
  const parsed = parse(host, { allowPrivateDomains: false });
  return {
    domain: domain ? `${domain}.` : undefined,
    icann: parsed.publicSuffix === null ? undefined : (parsed.isIcann ?? undefined),
  };
}

/** Where the matcher and tldts disagree on `name`, or undefined. */
function disagreement(name: string): string | undefined {
  const want = oracle(name);
  const domain = registrableDomain(name);
  if (domain !== want.domain) return `${name}: ${domain} (tldts: ${want.domain})`;
  const icann = publicSuffix(name)?.icann;
  if (want.domain !== undefined && icann !== want.icann)
    return `${name}: icann ${icann} (tldts: ${want.icann})`;
  return undefined;
}

function expectAgreement(...names: string[]): void {
  expect(names.map(disagreement).filter((d) => d !== undefined)).toEqual([]);
}

describe('registrableDomain', () => {
  it('reads the examples the rules rely on', () => {
    expect(registrableDomain('www.shop.example.co.uk.')).toBe('example.co.uk.');
    expect(registrableDomain('ns1.example.net.')).toBe('example.net.');
    expect(registrableDomain('NS-1.AWSDNS-01.COM.')).toBe('awsdns-01.com.');
    expect(registrableDomain('co.uk.')).toBeUndefined();
    expect(registrableDomain('com')).toBeUndefined();
    // Private suffixes are left out: github.io is ICANN's io.
    expect(registrableDomain('user.github.io.')).toBe('github.io.');
    // Wildcard and exception rules (*.ck, !www.ck).
    expect(registrableDomain('a.b.ck.')).toBe('a.b.ck.');
    expect(registrableDomain('x.www.ck.')).toBe('www.ck.');
    // No ICANN rule: the default rule, as for an unknown top-level domain.
    expect(registrableDomain('host.example.invalidtld.')).toBe('example.invalidtld.');
    expect(publicSuffix('host.example.invalidtld.')).toEqual({
      suffix: 'invalidtld',
      icann: false,
      registrable: 'example.invalidtld.',
    });
    expect(publicSuffix('shops.example-cdn.com')).toEqual({
      suffix: 'com',
      icann: true,
      registrable: 'example-cdn.com.',
    });
    expect(registrableDomain('192.0.2.1')).toBeUndefined();
    expect(registrableDomain('a..example.com')).toBeUndefined();
  });

  it('agrees with tldts on every ICANN rule, with labels around it', () => {
    expect(RULES.length).toBeGreaterThan(5000);
    expectAgreement(
      ...RULES.flatMap((rule) => {
        const name = rule.replace(/^!/, '').replaceAll('*', 'x1');
        return [name, `a.${name}`, `b_c.a.${name}.`, `www.${name}`];
      }),
    );
  });

  it('agrees with tldts on random host names', () => {
    const label = fc.stringMatching(/^[a-z0-9_-]{1,12}$/);
    const tld = fc.constantFrom(...RULES.filter((r) => !/[!*]/.test(r)), 'invalidtld', '123');
    const upper = fc.boolean();
    fc.assert(
      fc.property(fc.array(label, { maxLength: 4 }), tld, upper, fc.boolean(), (ls, t, up, dot) => {
        let name = [...ls, t].join('.') + (dot ? '.' : '');
        if (up) name = name.toUpperCase();
        expectAgreement(name);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with tldts on addresses and malformed names', () => {
    expectAgreement(
      '192.0.2.1',
      '10.0.0.1.',
      '1.2.3.4.5',
      'foo.123',
      '-a.example.com',
      'a-.example.com',
      'a.-b.example.com',
      `${'a'.repeat(64)}.example.com`,
      `${'a'.repeat(63)}.example.com`,
      `${'a.'.repeat(130)}com`,
      'ex ample.com',
      '_dmarc.example.com',
      'xn--bcher-kva.example',
      'bücher.de',
      '',
      '.',
    );
  });
});

describe('public-suffix-rules.ts', () => {
  it('is what the installed tldts ships (scripts/refresh-public-suffixes.mjs --check)', () => {
    const r = spawnSync(process.execPath, ['scripts/refresh-public-suffixes.mjs', '--check'], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
