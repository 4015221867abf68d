/**
 * broad-token-scope: the DNS pipeline runs with a credential that can change far more than
 * the zones this repository manages: a leak or a bad push then reaches every zone of the
 * account (or the registrar). Reads the pipeline files of head; a sign base already had is
 * an existing finding.
 */
import type { ZoneSet } from '../../model/zone.js';
import type { SourceTree } from '../../sources/types.js';
import { credentialSignals, type ScopeSignal, scopeSignals } from '../credential-scope.js';
import { readPipelineFiles } from '../pipeline-files.js';
import type { DraftFinding, Rule } from '../types.js';

export const broadTokenScope: Rule = {
  id: 'broad-token-scope',
  defaultSeverity: 'high',
  title: 'DNS pipeline uses a credential broader than the zones it manages',
  why: 'Whoever obtains the pipeline’s credential (a leaked log, a compromised action, a malicious pull request) gets everything it can do. An account-wide key can re-point every domain of the account, not only the ones in this repository.',
  fix: 'Replace it with a credential scoped to the managed zones and to record changes only, preferably short-lived through OIDC.',
  readsRepository: true,
  async check(ctx) {
    const signals = async (tree: SourceTree | undefined, set: ZoneSet) => {
      const found = new Map<string, { file: string; signal: ScopeSignal }>();
      const add = (file: string, signal: ScopeSignal) => {
        const key = `${file} ${signal.id}`;
        if (!found.has(key)) found.set(key, { file, signal });
      };
      for (const f of tree ? await readPipelineFiles(tree, [set], undefined, ctx.path ?? '') : [])
        for (const s of scopeSignals(f)) add(f.path, s);
      for (const cred of set.credentials)
        for (const s of credentialSignals(cred)) add(cred.location.file, s);
      return found;
    };
    const before = await signals(ctx.baseTree, ctx.base);
    const out: DraftFinding[] = [];
    for (const [key, { file, signal }] of await signals(ctx.headTree, ctx.head))
      out.push({
        introduced: !before.has(key),
        key,
        message: `${file}:${signal.line} ${signal.what}.`,
        fix: `Use ${signal.alternative}.`,
        location: { file, line: signal.line },
      });
    return out;
  },
};
