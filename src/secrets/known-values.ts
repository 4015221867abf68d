/**
 * Values the user handed in that may be secrets (DNSControl's variables: `--var NAME=VALUE`,
 * the Action's `vars` input, often CI secrets) and the masking that keeps them out of every
 * output. Unlike `findSecrets`, nothing here guesses from a value's shape: the values are known,
 * so every occurrence is replaced by the name it was given under, `[var NAME]`.
 *
 * A config can copy a value anywhere (a TXT record, an error, `console.log`), so the review
 * masks whole outputs, not only its own messages. Values shorter than MIN_MASKED_LENGTH are left
 * alone: such a value is no secret, and masking `true` or `1` would garble every report.
 */

/** A value handed in under a name. */
export interface KnownValue {
  readonly name: string;
  readonly value: string;
}

export const MIN_MASKED_LENGTH = 6;

/** The values worth masking, longest first (a value inside a longer one is masked with it). */
function maskable(values: readonly KnownValue[]): KnownValue[] {
  return values
    .filter((v) => v.value.length >= MIN_MASKED_LENGTH)
    .sort((a, b) => b.value.length - a.value.length);
}

/** `text` with every known value replaced by `[var NAME]`. */
export function maskKnownValues(text: string, values: readonly KnownValue[]): string {
  let out = text;
  for (const v of maskable(values)) out = out.split(v.value).join(`[var ${v.name}]`);
  return out;
}

/**
 * A JSON-like value (a report, an IR) with every string masked, keys included. Other values are
 * kept as they are; the input is not changed.
 */
export function maskKnownValuesDeep<T>(data: T, values: readonly KnownValue[]): T {
  const list = maskable(values);
  if (list.length === 0) return data;
  const text = (s: string) => {
    let out = s;
    for (const v of list)
      if (out.includes(v.value)) out = out.split(v.value).join(`[var ${v.name}]`);
    return out;
  };
  const walk = (x: unknown): unknown => {
    if (typeof x === 'string') return text(x);
    if (Array.isArray(x)) return x.map(walk);
    if (x !== null && typeof x === 'object' && !(x instanceof Date)) {
      const o: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(x)) o[text(k)] = walk(v);
      return o;
    }
    return x;
  };
  return walk(data) as T;
}
