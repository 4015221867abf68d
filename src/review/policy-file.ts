/**
 * `.zoneguard.yml`: the review policy a repository keeps beside its DNS config. Every key is
 * checked by hand rather than by a generic schema so that each problem reads as a sentence
 * with the file and line of the key at fault; all problems are reported together.
 */
import { loadAll } from 'js-yaml';
import { type Diagnostic, fail, ok, type Result } from '../model/location.js';
import { canonicalName } from '../model/name.js';
import { isSeverity, SEVERITIES, type Severity } from '../model/severity.js';
import { RULES } from '../rules/catalogue.js';
import { DEFAULT_POLICY, type Policy } from '../rules/policy.js';
import { type YamlPath, yamlPositions } from '../rules/yaml-positions.js';

/** Rule ids a policy may name: the catalogue's (a public contract, docs/rules.md). */
export const KNOWN_RULE_IDS: readonly string[] = RULES.map((r) => r.id);

const TOP_KEYS = [
  'fail-on',
  'rules',
  'protected-zones',
  'ttl-threshold',
  'ttl-severity',
  'mass-change',
  'providers',
  'override-label',
  'history-depth',
  'rrsig-expiring-days',
] as const;
const MASS_KEYS = ['update-percent', 'delete-percent', 'min-existing'] as const;
const TTL_SEVERITY_KEYS = ['medium', 'high'] as const;
const MAX_TTL = 2147483647; // RFC 2181 §8
const MAX_HISTORY_DEPTH = 1000;
const MAX_RRSIG_DAYS = 365;
const MAX_LABEL_LENGTH = 50; // GitHub's limit for a label name

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Reads and validates a policy file. An empty file is the default policy. Unknown keys and
 * wrong values are errors naming `file` and the line of the key.
 */
export function loadPolicy(text: string, file: string): Result<Policy> {
  let doc: unknown;
  try {
    // The policy never needs anchors; refusing aliases rules out alias bombs.
    const docs = loadAll(text, { filename: file, maxAliases: 0, maxDepth: 16 });
    if (docs.length > 1)
      return fail({
        level: 'error',
        code: 'policy/yaml',
        message: 'the policy must be a single YAML document',
        location: { file },
      });
    doc = docs[0];
  } catch (e) {
    const mark = (e as { mark?: { line: number; column: number } }).mark;
    const reason = (e as { reason?: string }).reason ?? String(e);
    return fail({
      level: 'error',
      code: 'policy/yaml',
      message: `not valid YAML: ${reason}`,
      location: mark ? { file, line: mark.line + 1, column: mark.column + 1 } : { file },
    });
  }
  if (doc === null || doc === undefined) return ok(DEFAULT_POLICY);
  const positions = yamlPositions(text);
  const errors: Diagnostic[] = [];
  const report = (path: YamlPath, message: string): void => {
    const pos = positions.at(path);
    errors.push({
      level: 'error',
      code: 'policy/invalid',
      message,
      location: pos ? { file, line: pos.line, column: pos.column } : { file },
    });
  };
  if (!isMapping(doc)) {
    report([], 'the policy must be a mapping of keys (fail-on, rules, …)');
    return fail(...errors);
  }
  const policy: Mutable<Policy> = { ...DEFAULT_POLICY };
  for (const [key, value] of Object.entries(doc)) {
    const path = [key];
    // `rules:` with nothing under it (a template) keeps the default, for known keys.
    if (value === null && (TOP_KEYS as readonly string[]).includes(key)) continue;
    switch (key as (typeof TOP_KEYS)[number]) {
      case 'fail-on': {
        const s = readSeverity(value);
        if (s) policy.failOn = s;
        else report(path, `fail-on must be one of ${SEVERITIES.join(', ')}; got ${show(value)}`);
        break;
      }
      case 'rules':
        policy.rules = readRules(value, report);
        break;
      case 'protected-zones':
        policy.protectedZones = readZones(value, report);
        break;
      case 'ttl-threshold': {
        const n = readInteger(value, 0, MAX_TTL);
        if (n === undefined)
          report(path, `ttl-threshold must be a whole number of seconds; got ${show(value)}`);
        else policy.ttlThreshold = n;
        break;
      }
      case 'ttl-severity':
        policy.ttlSeverity = readTtlSeverity(value, report);
        break;
      case 'mass-change':
        policy.massChange = readMassChange(value, report);
        break;
      case 'providers':
        policy.providers = readProviders(value, report);
        break;
      case 'override-label':
        if (typeof value === 'string' && value.trim() !== '' && value.length <= MAX_LABEL_LENGTH)
          policy.overrideLabel = value.trim();
        else
          report(
            path,
            `override-label must be a label name of 1 to ${MAX_LABEL_LENGTH} characters; got ${show(value)}`,
          );
        break;
      case 'history-depth': {
        const n = readInteger(value, 1, MAX_HISTORY_DEPTH);
        if (n === undefined)
          report(
            path,
            `history-depth must be a whole number from 1 to ${MAX_HISTORY_DEPTH}; got ${show(value)}`,
          );
        else policy.historyDepth = n;
        break;
      }
      case 'rrsig-expiring-days': {
        const n = readInteger(value, 0, MAX_RRSIG_DAYS);
        if (n === undefined)
          report(
            path,
            `rrsig-expiring-days must be a whole number of days from 0 to ${MAX_RRSIG_DAYS}; got ${show(value)}`,
          );
        else policy.rrsigExpiringDays = n;
        break;
      }
      default:
        report(path, `unknown key "${key}"${suggest(key, TOP_KEYS)}`);
    }
  }
  return errors.length > 0 ? fail(...errors) : ok(policy as Policy);
}

type Reporter = (path: YamlPath, message: string) => void;

function readRules(value: unknown, report: Reporter): Record<string, Severity | 'off'> {
  const out: Record<string, Severity | 'off'> = {};
  if (!isMapping(value)) {
    report(['rules'], 'rules must map rule ids to a severity or off');
    return out;
  }
  for (const [id, setting] of Object.entries(value)) {
    const path = ['rules', id];
    if (!KNOWN_RULE_IDS.includes(id)) {
      report(path, `unknown rule "${id}"${suggest(id, KNOWN_RULE_IDS)}`);
      continue;
    }
    // `rule: high` or `rule: { severity: high }`; YAML 1.1 readers turn `off` into false.
    let raw = setting;
    if (isMapping(setting)) {
      const extra = Object.keys(setting).filter((k) => k !== 'severity');
      for (const k of extra) report([...path, k], `unknown key "${k}" for rule ${id}`);
      raw = setting.severity;
    }
    if (raw === 'off' || raw === false) out[id] = 'off';
    else if (readSeverity(raw)) out[id] = readSeverity(raw)!;
    else
      report(path, `rule ${id} must be off or one of ${SEVERITIES.join(', ')}; got ${show(raw)}`);
  }
  return out;
}

function readZones(value: unknown, report: Reporter): string[] {
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list)) {
    report(['protected-zones'], 'protected-zones must be a list of zone names');
    return [];
  }
  const out: string[] = [];
  list.forEach((item, i) => {
    const path = typeof value === 'string' ? ['protected-zones'] : ['protected-zones', i];
    if (typeof item !== 'string' || item.trim() === '') {
      report(path, `protected zone must be a zone name; got ${show(item)}`);
      return;
    }
    const text = item.trim();
    const name = canonicalName(text.endsWith('.') ? text : `${text}.`);
    if (name.ok) out.push(name.name);
    else report(path, `protected zone "${text}": ${name.message}`);
  });
  return out;
}

/** `ttl-severity: { medium: 3600, high: 86400 }`: whole seconds, medium at most high. */
function readTtlSeverity(value: unknown, report: Reporter): Policy['ttlSeverity'] {
  const out = { ...DEFAULT_POLICY.ttlSeverity };
  if (!isMapping(value)) {
    report(['ttl-severity'], `ttl-severity must be a mapping of ${TTL_SEVERITY_KEYS.join(', ')}`);
    return out;
  }
  for (const [key, v] of Object.entries(value)) {
    const path = ['ttl-severity', key];
    if (key !== 'medium' && key !== 'high') {
      report(path, `unknown key "${key}" in ttl-severity${suggest(key, TTL_SEVERITY_KEYS)}`);
      continue;
    }
    const n = readInteger(v, 0, MAX_TTL);
    if (n === undefined)
      report(path, `ttl-severity.${key} must be a whole number of seconds; got ${show(v)}`);
    else out[key] = n;
  }
  if (out.medium > out.high)
    report(
      ['ttl-severity'],
      `ttl-severity.medium (${out.medium}) must not be above ttl-severity.high (${out.high})`,
    );
  return out;
}

function readMassChange(value: unknown, report: Reporter): Policy['massChange'] {
  const out = { ...DEFAULT_POLICY.massChange };
  if (!isMapping(value)) {
    report(['mass-change'], `mass-change must be a mapping of ${MASS_KEYS.join(', ')}`);
    return out;
  }
  for (const [key, v] of Object.entries(value)) {
    const path = ['mass-change', key];
    if (key === 'update-percent' || key === 'delete-percent') {
      const p = readPercent(v);
      if (p === undefined)
        report(path, `${key} must be a percentage from 0 to 100; got ${show(v)}`);
      else if (key === 'update-percent') out.updatePercent = p / 100;
      else out.deletePercent = p / 100;
    } else if (key === 'min-existing') {
      const n = readInteger(v, 0, 1_000_000);
      if (n === undefined) report(path, `min-existing must be a whole number; got ${show(v)}`);
      else out.minExisting = n;
    } else report(path, `unknown key "${key}" in mass-change${suggest(key, MASS_KEYS)}`);
  }
  return out;
}

function readProviders(value: unknown, report: Reporter): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!isMapping(value)) {
    report(['providers'], 'providers must map a provider name to nameserver host patterns');
    return out;
  }
  for (const [name, patterns] of Object.entries(value)) {
    const list = typeof patterns === 'string' ? [patterns] : patterns;
    if (
      !Array.isArray(list) ||
      list.length === 0 ||
      !list.every((p) => typeof p === 'string' && /^[*a-z0-9._-]+\.?$/i.test(p))
    ) {
      report(
        ['providers', name],
        `providers.${name} must be a list of host patterns such as "*.ns.example.net"`,
      );
      continue;
    }
    out[name] = list.map((p: string) => p.toLowerCase());
  }
  return out;
}

function readSeverity(value: unknown): Severity | undefined {
  const s = typeof value === 'string' ? value.trim().toLowerCase() : value;
  return isSeverity(s) ? s : undefined;
}

function readInteger(value: unknown, min: number, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
    ? value
    : undefined;
}

/** `30`, `30%` or `12.5`: a number from 0 to 100. */
function readPercent(value: unknown): number | undefined {
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d+(\.\d+)?\s*%?\s*$/.test(value)
        ? Number.parseFloat(value)
        : Number.NaN;
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : undefined;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short rendering of a wrong value for messages (policy files hold no secrets). */
function show(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** `; did you mean "fail-on"?` when one known word is within two edits. */
function suggest(word: string, known: readonly string[]): string {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(word.toLowerCase(), k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best ? `; did you mean "${best}"?` : '';
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = cur;
  }
  return prev[b.length]!;
}
