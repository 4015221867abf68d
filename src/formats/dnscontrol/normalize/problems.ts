/**
 * The problems normalisation finds, collected rather than thrown so that one run reports them
 * all. Each is located at the `filepos` the prelude recorded for the call that made it, or at
 * the config file when the call is unknown.
 */
import type { Diagnostic, SourceLocation } from '../../../model/location.js';
import { parseFilepos } from '../ir.js';

export class Problems {
  readonly errors: Diagnostic[] = [];
  readonly warnings: Diagnostic[] = [];
  constructor(private readonly file: string) {}
  at(pos: unknown): SourceLocation {
    return parseFilepos(typeof pos === 'string' ? pos : undefined) ?? { file: this.file };
  }
  error(message: string, pos?: unknown, code = 'dnscontrol/invalid'): void {
    this.errors.push({ level: 'error', message, location: this.at(pos), code });
  }
  warn(message: string, pos?: unknown, code = 'dnscontrol/warning'): void {
    this.warnings.push({ level: 'warning', message, location: this.at(pos), code });
  }
}
