/** What every format (BIND, octoDNS, DNSControl) offers to the pipeline. */
import type { Result } from '../model/location.js';
import type { FormatId, ZoneSet } from '../model/zone.js';
import type { SourceTree } from '../sources/types.js';

export interface FormatLoadOptions {
  /** Repository-relative folder to read (`''` for the root). */
  readonly path: string;
  /** DNSControl sandbox limits. */
  readonly evalTimeoutMs?: number;
  readonly evalMemoryBytes?: number;
}

export interface Format {
  readonly id: FormatId;
  /** True when files under `path` (repository-relative listing) look like this format. */
  detect(files: readonly string[], path: string): boolean;
  /**
   * Reads every zone under `path`. Errors are problems the tool itself would refuse (the push
   * would fail), with file, line and column; warnings travel with the result.
   */
  load(tree: SourceTree, options: FormatLoadOptions): Promise<Result<ZoneSet>>;
}
