/**
 * Reading a repository's Terraform: every root module (a folder of `.tf` files that no other
 * folder calls as a local module) under the reviewed folder, its variables from
 * `terraform.tfvars`, `*.auto.tfvars` (and their `.json` forms) and `--tf-var-file` in
 * Terraform's order of precedence, its local modules, and the provider blocks' credential
 * fields (names and lines only). Files are parsed once each.
 */
import { posix } from 'node:path';
import type { Diagnostic, Result } from '../../model/location.js';
import { fail, ok } from '../../model/location.js';
import type { CredentialInfo, Zone } from '../../model/zone.js';
import type { SourceTree } from '../../sources/types.js';
import { budgetMessage, InputBudget } from '../budget.js';
import type { FormatLoadOptions, LoadedZones } from '../types.js';
import { providerCredentials } from './credentials.js';
import { evaluate, type Scope } from './evaluate.js';
import { terraformFiles } from './files.js';
import { type HclFile, parseHcl } from './hcl.js';
import { evaluateModule, type ModuleFiles } from './module.js';
import { instancesToZones } from './to-model.js';
import { Unknown, type Value } from './values.js';

/** A DNS zone, record or registered-domain resource type, quoted as a block label. */
const DNS_RESOURCE_TEXT =
  /"(?:aws_route53_(?:zone|record)|aws_route53domains_registered_domain|cloudflare_(?:zone|record|dns_record)|google_dns_(?:managed_zone|record_set)|azurerm_dns_[a-z]+(?:_record)?|digitalocean_(?:domain|record)|ovh_domain_zone_record)"/;
/** A module from elsewhere whose source names DNS: its records are unknown, and said so. */
const REMOTE_DNS_MODULE = /^\s*source\s*=\s*"[^".][^"]*(?:route53|dns|cloudflare)[^"]*"/im;

const dirOf = (f: string) => {
  const d = posix.dirname(f);
  return d === '.' ? '' : d;
};

/** Local module folders a file's `module` blocks call, repository-relative. */
function localModuleDirs(file: HclFile): string[] {
  const out: string[] = [];
  for (const b of file.body.blocks) {
    if (b.type !== 'module') continue;
    const src = b.body.attributes.get('source')?.value;
    const text = src?.kind === 'literal' && typeof src.value === 'string' ? src.value : '';
    if (!/^\.\.?\//.test(text)) continue;
    const joined = posix.normalize(posix.join(dirOf(file.file) || '.', text)).replace(/\/+$/, '');
    const dir = joined === '.' ? '' : joined;
    // A folder that calls itself is still a root (evaluation refuses the loop, with a warning).
    if (!joined.startsWith('..') && dir !== dirOf(file.file)) out.push(dir);
  }
  return out;
}

export async function loadTerraform(
  tree: SourceTree,
  options: FormatLoadOptions,
): Promise<Result<LoadedZones>> {
  const listed = await tree.listFiles();
  const meter = (options.budget ?? new InputBudget()).meter();
  const errors: Diagnostic[] = [];
  const parsed = new Map<string, HclFile>();
  const texts = new Map<string, string>();
  /** Problems of files terraform would refuse; errors only where their folder concerns DNS. */
  const refused = new Map<string, Diagnostic[]>();
  const read = async (file: string): Promise<HclFile | undefined> => {
    if (parsed.has(file)) return parsed.get(file);
    let text: string | undefined;
    try {
      text = await tree.readText(file);
    } catch (e) {
      errors.push({
        level: 'error',
        message: e instanceof Error ? e.message : String(e),
        location: { file },
      });
      return undefined;
    }
    if (text === undefined) return undefined;
    if (!meter.read(text.length)) {
      errors.push({
        level: 'error',
        code: 'budget',
        message: budgetMessage('bytes', meter.limits, file),
        location: { file },
      });
      return undefined;
    }
    texts.set(file, text);
    const r = await parseHcl(text, file);
    if (!r.ok) {
      refused.set(file, [...r.errors]);
      return undefined;
    }
    // A .tf file holds blocks; Terraform refuses an argument at its top level (values for
    // variables belong in a .tfvars file).
    for (const a of r.value.body.attributes.values())
      refused.set(file, [
        ...(refused.get(file) ?? []),
        {
          level: 'error',
          code: 'terraform/top-level-argument',
          message: `an argument named "${a.name}" is not expected at the top level of a .tf file (terraform would refuse it; values for variables go in a .tfvars file)`,
          location: a.at,
        },
      ]);
    parsed.set(file, r.value);
    return r.value;
  };
  const inPath = terraformFiles(listed, options.path).filter(
    (f) => !(options.skip ?? []).some((s) => f.startsWith(`${s}/`)),
  );
  for (const f of inPath) await read(f);
  // Local modules, also those outside the reviewed folder, read before evaluating.
  const byDir = (dir: string) => listed.filter((f) => f.endsWith('.tf') && dirOf(f) === dir);
  const called = new Set<string>();
  const pending = [...parsed.values()].flatMap(localModuleDirs);
  while (pending.length > 0) {
    const dir = pending.pop()!;
    if (called.has(dir)) continue;
    called.add(dir);
    for (const f of byDir(dir)) {
      const h = await read(f);
      if (h) pending.push(...localModuleDirs(h));
    }
  }
  // Terraform that manages no DNS (a droplet, a bucket beside a DNSControl config) is not this
  // review's business: its problems are not errors here, and its modules are not read.
  const concernsDns = (dir: string) =>
    byDir(dir).some((f) => DNS_RESOURCE_TEXT.test(texts.get(f) ?? ''));
  for (const [file, problems] of refused) if (concernsDns(dirOf(file))) errors.push(...problems);
  if (errors.length > 0) return fail(...errors);
  const module = (dir: string): ModuleFiles | undefined => {
    const files = byDir(dir)
      .map((f) => parsed.get(f))
      .filter((f): f is HclFile => f !== undefined);
    return files.length ? { dir, files } : undefined;
  };
  /** The folders a root's module tree spans: its own and every local module it reaches. */
  const reach = (root: string): string[] => {
    const seen = new Set<string>([root]);
    const todo = [root];
    while (todo.length > 0)
      for (const f of byDir(todo.pop()!)) {
        const h = parsed.get(f);
        for (const d of h ? localModuleDirs(h) : [])
          if (!seen.has(d)) {
            seen.add(d);
            todo.push(d);
          }
      }
    return [...seen];
  };
  const remoteDnsModule = (dir: string) =>
    byDir(dir).some((f) => REMOTE_DNS_MODULE.test(texts.get(f) ?? ''));
  const roots = [...new Set(inPath.map(dirOf))]
    .filter((d) => !called.has(d))
    .filter((d) => reach(d).some((x) => concernsDns(x) || remoteDnsModule(x)))
    .sort();
  const zones: Zone[] = [];
  const warnings: Diagnostic[] = [];
  const credentials: CredentialInfo[] = [];
  const files = new Set<string>(parsed.keys());
  for (const root of roots) {
    const inputs = new Map<string, Value>();
    const varFiles = [
      ...['terraform.tfvars', 'terraform.tfvars.json'].map((n) => (root ? `${root}/${n}` : n)),
      ...listed.filter((f) => dirOf(f) === root && /\.auto\.tfvars(\.json)?$/.test(f)).sort(),
      ...(options.tfVarFiles ?? []),
    ];
    const varTexts = new Map<string, string>();
    for (const vf of varFiles) {
      if (!listed.includes(vf)) continue;
      const text = await tree.readText(vf).catch(() => undefined);
      if (text === undefined) continue;
      varTexts.set(vf, text);
      files.add(vf);
      const vars = await readVarFile(vf, text);
      if (!vars.ok) return vars;
      for (const [k, v] of vars.value) inputs.set(k, v);
    }
    const config = root ? `${root}/` : './';
    const ctx = { module, warnings };
    const mod = module(root);
    if (!mod) continue;
    const evaluated = evaluateModule(mod, inputs, '', ctx);
    const result = instancesToZones(evaluated.instances, config, meter, warnings);
    errors.push(...result.errors);
    zones.push(...result.zones);
    const moduleFiles = [...parsed.values()].filter(
      (f) => dirOf(f.file) === root || called.has(dirOf(f.file)),
    );
    credentials.push(...providerCredentials(moduleFiles, inputs, varTexts));
  }
  if (errors.length > 0) return fail(...errors);
  // Warnings that name no zone travel on the zones of their root (config-warning shows them).
  const attach = (zs: Zone[]): Zone[] =>
    zs.map((z) => {
      const mine = warnings.filter(
        (w) => z.config && (z.config === './' || w.location.file.startsWith(z.config)),
      );
      return mine.length ? { ...z, diagnostics: [...(z.diagnostics ?? []), ...mine] } : z;
    });
  const placed = attach(zones);
  const unplaced = warnings.filter((w) => !placed.some((z) => z.diagnostics?.includes(w)));
  return ok({ zones: placed, credentials, files: [...files].sort() }, unplaced);
}

/** A `.tfvars` file (HCL attributes of literal values) or its `.json` form. */
async function readVarFile(file: string, text: string): Promise<Result<Map<string, Value>>> {
  const out = new Map<string, Value>();
  if (file.endsWith('.json')) {
    try {
      const data = JSON.parse(text) as Record<string, Value>;
      for (const [k, v] of Object.entries(data ?? {})) out.set(k, v);
      return ok(out);
    } catch (e) {
      return fail({
        level: 'error',
        code: 'terraform/tfvars',
        message: `not JSON: ${(e as Error).message}`,
        location: { file },
      });
    }
  }
  const r = await parseHcl(text, file);
  if (!r.ok) return fail(...r.errors);
  // A tfvars file holds values, not references: anything else is unknown.
  const empty: Scope = {
    names: new Map(),
    variable: () => undefined,
    local: (_n, at) => new Unknown(at.text, at.at),
    resource: () => undefined,
  };
  for (const [k, a] of r.value.body.attributes) out.set(k, evaluate(a.value, empty));
  return ok(out);
}
