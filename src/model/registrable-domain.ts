/**
 * The registrable domain of a name by the Public Suffix List's ICANN section:
 * `www.shop.example.co.uk.` → `example.co.uk.`. This is the unit a registrar registers and a
 * registry answers RDAP for; private suffixes (a hosting provider's `github.io`) are left out,
 * because no registry holds the names below them. One implementation for every stage: the
 * provider rules group nameservers by it, the registry phase asks RDAP about it, the
 * relative-target rule asks whether a name ends in a real suffix.
 *
 * The list is the text in public-suffix-rules.ts (generated from the `tldts` package, and held
 * to tldts's answers by a test); it is split into a set when a name is first looked up, so a
 * run that never asks pays nothing for it (start-up time, issue 15).
 */
import { ICANN_SUFFIX_RULES } from './public-suffix-rules.js';

interface Rules {
  /** Normal rules (`co.uk`). */
  readonly exact: ReadonlySet<string>;
  /** What a wildcard rule stands under (`ck` for `*.ck`). */
  readonly wildcardParents: ReadonlySet<string>;
  /** Exception rules without their `!` (`www.ck`), and their last labels (`ck`). */
  readonly exceptions: ReadonlySet<string>;
  readonly exceptionTlds: ReadonlySet<string>;
}

let rules: Rules | undefined;

function ruleSets(): Rules {
  if (rules) return rules;
  const exact = new Set<string>();
  const wildcardParents = new Set<string>();
  const exceptions = new Set<string>();
  const exceptionTlds = new Set<string>();
  for (const rule of ICANN_SUFFIX_RULES.split('\n')) {
    if (rule.startsWith('!')) {
      exceptions.add(rule.slice(1));
      exceptionTlds.add(rule.slice(rule.lastIndexOf('.') + 1));
    } else if (rule.startsWith('*.')) wildcardParents.add(rule.slice(2));
    else exact.add(rule);
  }
  rules = { exact, wildcardParents, exceptions, exceptionTlds };
  return rules;
}

/** What the list says of a host name's ending. */
export interface PublicSuffix {
  /** The public suffix: `co.uk` (no trailing dot). */
  readonly suffix: string;
  /**
   * True when a rule of the ICANN section matched; false when none did and the PSL's default
   * rule (`*`: the last label) gave the suffix, as for an unknown top-level domain.
   */
  readonly icann: boolean;
  /** The registrable domain (`example.co.uk.`), or undefined for a public suffix itself. */
  readonly registrable: string | undefined;
}

/**
 * A host name as the list can match it: lower-cased, without its trailing dot, labels of
 * letters, digits, `-`, `_` and non-ASCII, none empty, longer than 63 or starting or ending
 * with `-`, at most 255 long; else undefined (a name no registry could hold, as tldts reads it).
 * Four labels of digits are an IPv4 address, not a name under a top-level domain.
 */
const HOST =
  /^(?!-)[a-z0-9_\u0080-\uffff-]{1,63}(?<!-)(?:\.(?!-)[a-z0-9_\u0080-\uffff-]{1,63}(?<!-))*$/;
const IPV4 = /^[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$/;

function hostName(name: string): string | undefined {
  const host = name.toLowerCase().replace(/\.$/, '');
  if (host.length > 255 || !HOST.test(host) || IPV4.test(host)) return undefined;
  return host;
}

/**
 * The PSL algorithm (https://publicsuffix.org/list/): an exception rule wins and gives its own
 * suffix less its first label; else the matching rule with the most labels, a `*` label
 * matching any one label; else the default rule. Labels are walked by their offsets in `host`,
 * longest tail first, so a look-up makes one string per label.
 */
export function publicSuffix(name: string): PublicSuffix | undefined {
  const host = hostName(name);
  if (host === undefined) return undefined;
  const { exact, wildcardParents, exceptions, exceptionTlds } = ruleSets();
  const starts = [0];
  for (let d = host.indexOf('.'); d !== -1; d = host.indexOf('.', d + 1)) starts.push(d + 1);
  const tails = starts.map((at) => host.slice(at));
  const result = (at: number, icann: boolean): PublicSuffix => ({
    suffix: tails[at]!,
    icann,
    registrable: at > 0 ? `${tails[at - 1]}.` : undefined,
  });
  if (exceptionTlds.has(tails.at(-1)!))
    for (let i = 0; i + 1 < tails.length; i++)
      if (exceptions.has(tails[i]!)) return result(i + 1, true);
  for (let i = 0; i < tails.length; i++)
    if (exact.has(tails[i]!) || (i + 1 < tails.length && wildcardParents.has(tails[i + 1]!)))
      return result(i, true);
  return result(tails.length - 1, false);
}

/** The registrable domain, absolute and lower-cased, or undefined for a public suffix itself. */
export function registrableDomain(name: string): string | undefined {
  return publicSuffix(name)?.registrable;
}
