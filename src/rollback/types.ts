/**
 * The rollback of one zone, as buildRollback writes it. The JSON report carries these as they
 * are (`rollback` in docs/report.md), so every field here is part of that public contract.
 */
import type { FormatId } from '../model/zone.js';

export interface ZoneRollback {
  /** Zone key: `example.com.`, or `example.com.!tag` for a tagged zone. */
  readonly zone: string;
  /** The repository's format, which the snippet is written in. */
  readonly format: FormatId;
  /** Records that restore base, ready to paste, with the `git revert` alternative. */
  readonly snippet: string;
  /** What the parent zone publishes now, for NS/DS or delegation changes only. */
  readonly registrar?: string;
}
