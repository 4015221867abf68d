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

let rules: ReadonlySet<string> | undefined;

function ruleSet(): ReadonlySet<string> {
  rules ??= new Set(ICANN_SUFFIX_RULES.split('\n'));
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
}

/**
 * A host name's labels as the list can match them: lower-cased, without its trailing dot, of
 * letters, digits, `-`, `_` and non-ASCII, no label empty, longer than 63 or starting or ending
 * with `-`, at most 255 long; else undefined (a name no registry could hold, as tldts reads it).
 * Four labels of digits are an IPv4 address, not a name under a top-level domain.
 */
function hostLabels(name: string): string[] | undefined {
  const host = name.toLowerCase().replace(/\.$/, '');
  if (host.length === 0 || host.length > 255) return undefined;
  const labels = host.split('.');
  for (const label of labels)
    if (
      label.length === 0 ||
      label.length > 63 ||
      label.startsWith('-') ||
      label.endsWith('-') ||
      !/^[a-z0-9_\u0080-\uffff-]+$/.test(label)
    )
      return undefined;
  if (labels.length === 4 && host.length >= 7 && host.length <= 15 && /^[0-9.]+$/.test(host))
    return undefined;
  return labels;
}

/**
 * The public suffix of `labels` (RFC-free PSL algorithm, https://publicsuffix.org/list/): an
 * exception rule wins and gives its own suffix less its first label; else the matching rule
 * with the most labels, a `*` label matching any one label; else the default rule.
 */
function suffixOf(labels: readonly string[]): PublicSuffix {
  const set = ruleSet();
  for (let i = 0; i < labels.length; i++) {
    const tail = labels.slice(i).join('.');
    if (set.has(`!${tail}`)) return { suffix: labels.slice(i + 1).join('.'), icann: true };
  }
  for (let i = 0; i < labels.length; i++) {
    const tail = labels.slice(i).join('.');
    const wildcard = i + 1 < labels.length ? `*.${labels.slice(i + 1).join('.')}` : undefined;
    if (set.has(tail) || (wildcard !== undefined && set.has(wildcard)))
      return { suffix: tail, icann: true };
  }
  return { suffix: labels.at(-1)!, icann: false };
}

/** The public suffix of a host name, or undefined for a name that is not a host name. */
export function publicSuffix(name: string): PublicSuffix | undefined {
  const labels = hostLabels(name);
  return labels ? suffixOf(labels) : undefined;
}

/** The registrable domain, absolute and lower-cased, or undefined for a public suffix itself. */
export function registrableDomain(name: string): string | undefined {
  const labels = hostLabels(name);
  if (!labels) return undefined;
  const { suffix } = suffixOf(labels);
  const suffixLabels = suffix === '' ? 0 : suffix.split('.').length;
  if (labels.length <= suffixLabels) return undefined;
  return `${labels.slice(labels.length - suffixLabels - 1).join('.')}.`;
}
