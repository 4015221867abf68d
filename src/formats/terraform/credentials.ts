/**
 * The credential fields of Terraform `provider` blocks, as the credential rules read them:
 * the provider's name (with its alias), its type (the provider's local name: `cloudflare`,
 * `aws`), and for each argument that can hold a credential whether the repository holds the
 * value: a literal, a `file()` of a repository file, or a variable whose value a `.tfvars`
 * file or a default gives. Values never leave this module.
 */
import type { SourceLocation } from '../../model/location.js';
import { lineColumnIndex } from '../../model/location.js';
import type { CredentialInfo } from '../../model/zone.js';
import type { Expr, HclFile } from './hcl.js';
import type { Value } from './values.js';

/** Arguments that authenticate, per provider (each provider's documented arguments). */
const CREDENTIAL_ARGUMENTS: Readonly<Record<string, readonly string[]>> = {
  cloudflare: ['api_token', 'api_key', 'email', 'api_user_service_key'],
  aws: ['access_key', 'secret_key', 'token'],
  google: ['credentials', 'access_token'],
  azurerm: ['client_secret', 'client_certificate_password', 'client_id'],
  digitalocean: ['token', 'spaces_access_id', 'spaces_secret_key'],
  ovh: ['application_key', 'application_secret', 'consumer_key'],
};

export function providerCredentials(
  files: readonly HclFile[],
  inputs: ReadonlyMap<string, Value>,
  varTexts: ReadonlyMap<string, string>,
): CredentialInfo[] {
  const defaults = new Map<string, Expr>();
  for (const f of files)
    for (const b of f.body.blocks)
      if (b.type === 'variable' && b.labels[0]) {
        const d = b.body.attributes.get('default');
        if (d) defaults.set(b.labels[0], d.value);
      }
  const out: CredentialInfo[] = [];
  for (const f of files)
    for (const b of f.body.blocks) {
      const type = b.labels[0];
      if (b.type !== 'provider' || !type || !CREDENTIAL_ARGUMENTS[type]) continue;
      const alias = b.body.attributes.get('alias')?.value;
      const aliasText = alias?.kind === 'literal' ? String(alias.value) : undefined;
      const fields: CredentialInfo['fields'][number][] = [];
      for (const key of CREDENTIAL_ARGUMENTS[type]!) {
        const a = b.body.attributes.get(key);
        if (!a) continue;
        const held = heldInRepo(a.value, inputs, defaults, varTexts);
        fields.push({ key, literal: held !== undefined, location: held ?? a.at });
      }
      if (fields.length === 0) continue;
      out.push({
        provider: aliasText ? `${type}.${aliasText}` : type,
        type,
        location: b.at,
        fields,
      });
    }
  return out;
}

/** Where the repository holds the value of `e`, or undefined when it is a reference. */
function heldInRepo(
  e: Expr,
  inputs: ReadonlyMap<string, Value>,
  defaults: ReadonlyMap<string, Expr>,
  varTexts: ReadonlyMap<string, string>,
): SourceLocation | undefined {
  if (e.kind === 'literal') return typeof e.value === 'string' && e.value !== '' ? e.at : undefined;
  if (e.kind === 'template') return e.parts.every((p) => typeof p === 'string') ? e.at : undefined;
  if (e.kind === 'call' && e.name === 'file') return e.at;
  if (e.kind === 'reference' && e.root === 'var' && e.steps[0]?.kind === 'attr') {
    const name = e.steps[0].name;
    if (inputs.has(name)) {
      const v = inputs.get(name);
      if (typeof v !== 'string' || v === '') return undefined;
      for (const [file, text] of varTexts) {
        const m = new RegExp(`^\\s*"?${name}"?\\s*[=:]`, 'm').exec(text);
        if (m) return { file, line: lineColumnIndex(text)(m.index).line };
      }
      return e.at;
    }
    const d = defaults.get(name);
    if (d) return heldInRepo(d, new Map(), new Map(), new Map());
  }
  return undefined;
}
