/**
 * broad-token-scope: the DNS pipeline runs with a credential that can change far more than
 * the zones this repository manages: a leak or a bad push then reaches every zone of the
 * account (or the registrar). Reads the pipeline files of head; a sign base already had is
 * an existing finding.
 */
import { scopeSignals } from './credential-scope.js';
import { readPipelineFiles } from './pipeline-files.js';
import type { DraftFinding, Rule } from './types.js';

export const broadTokenScope: Rule = {
  id: 'broad-token-scope',
  defaultSeverity: 'high',
  title: 'DNS pipeline uses a credential broader than the zones it manages',
  why: 'Whoever obtains the pipeline’s credential (a leaked log, a compromised action, a malicious pull request) gets everything it can do. An account-wide key can re-point every domain of the account, not only the ones in this repository.',
  fix: 'Replace it with a credential scoped to the managed zones and to record changes only, preferably short-lived through OIDC.',
  async check(ctx) {
    const head = await readPipelineFiles(ctx.headTree, [ctx.head]);
    const baseFiles = ctx.baseTree ? await readPipelineFiles(ctx.baseTree, [ctx.base]) : [];
    const before = new Set(
      baseFiles.flatMap((f) => scopeSignals(f).map((s) => `${f.path}\x1f${s.id}`)),
    );
    const out: DraftFinding[] = [];
    for (const file of head)
      for (const s of scopeSignals(file))
        out.push({
          introduced: !before.has(`${file.path}\x1f${s.id}`),
          key: `${file.path} ${s.id}`,
          message: `${file.path}:${s.line} ${s.what}.`,
          fix: `Use ${s.alternative}.`,
          location: { file: file.path, line: s.line },
        });
    return out;
  },
};
