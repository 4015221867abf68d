/**
 * The input budget of one review: how much zone data every format together may read (bytes,
 * counting a file again each time it is included) and how many records it may make (counting
 * `$GENERATE`'s, across every zone, include and both sides of the change). Counts alone did
 * not bound a review: 1,000 includes of a 438 KB file took 74 s, three files of a million
 * generated records each ran to 2.85 GB. The numbers and the reasons are in docs/security.md
 * (Input budgets).
 *
 * One `InputBudget` is made per review and handed to every format's `load`; a format charges
 * it through a `BudgetMeter`, which can give back what one attempt used when the attempt is
 * thrown away (BIND parses again once its includes are read). Formats that read includes or
 * expand aliases (octoDNS) charge the same object.
 */
import { groupedDigits } from '../model/count.js';

export interface InputLimits {
  /** Characters of input read, in all; a file included twice counts twice. */
  readonly bytes: number;
  /** Records made, in all (each value of an RRset is one). */
  readonly records: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = {
  bytes: 128 * 1024 * 1024,
  records: 1_000_000,
};

/** The most `--max-records` accepts: past it a review would not fit in a Node process anyway. */
export const MAX_RECORDS_LIMIT = 50_000_000;

/** Bytes of input allowed per record when the record limit is raised (the default's ratio). */
const BYTES_PER_RECORD = 128;

/**
 * The limits with the record limit set to `records` (`--max-records`, for a review of a zone
 * larger than the default allows): the input limit grows with it, at 128 bytes a record, and
 * never drops below the default's.
 */
export function limitsForRecords(records: number): InputLimits {
  return {
    records,
    bytes: Math.max(DEFAULT_INPUT_LIMITS.bytes, records * BYTES_PER_RECORD),
  };
}

/**
 * A cap of one file or one evaluation that guards against a single hostile input (an octoDNS
 * YAML file's size, the DNSControl sandbox's memory), grown with the review's budget: by the
 * ratio of its input limit to the default's. The default budget keeps every cap as it is, so
 * raising nothing weakens nothing; `--max-records 4000000` (512 MiB of input, four times the
 * default) allows YAML files of 32 MiB and a sandbox of 1 GiB. Memory grows with the budget
 * anyway, and a zone too large for the default budget is too large for these caps too.
 */
export function scaledCap(defaultCap: number, limits: InputLimits): number {
  return Math.ceil(defaultCap * Math.max(1, limits.bytes / DEFAULT_INPUT_LIMITS.bytes));
}

/** The smallest `--max-records` whose budget grows `defaultCap` (scaledCap) to `needed` or more. */
export function recordsForCap(defaultCap: number, needed: number): number {
  const records = Math.ceil(
    (needed / defaultCap) * (DEFAULT_INPUT_LIMITS.bytes / BYTES_PER_RECORD),
  );
  return Math.max(records, DEFAULT_INPUT_LIMITS.records);
}

/** `--max-records N`: a whole number from 1 to MAX_RECORDS_LIMIT, else the message naming the flag. */
export function parseMaxRecords(
  text: string,
): { ok: true; value: number } | { ok: false; message: string } {
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 1 || value > MAX_RECORDS_LIMIT)
    return {
      ok: false,
      message: `--max-records must be a whole number of records from 1 to ${groupedDigits(MAX_RECORDS_LIMIT)}; got "${text}"`,
    };
  return { ok: true, value };
}

/** `8 MiB`, `1,234,567 bytes`: a size as messages name it. */
export function describeBytes(bytes: number): string {
  const MiB = 1024 * 1024;
  return bytes % MiB === 0 ? `${bytes / MiB} MiB` : `${groupedDigits(bytes)} bytes`;
}

/** `128 MiB of input`, `1,000,000 records`: a limit as messages name it. */
export function describeLimit(kind: keyof InputLimits, limits: InputLimits): string {
  if (kind === 'records') return `${groupedDigits(limits.records)} records`;
  return `${describeBytes(limits.bytes)} of input`;
}

/**
 * The message of an exceeded limit, naming the file that crossed it and the limit; `doing`
 * says how it was crossed when that is not plain reading (`expanding the aliases of`).
 */
export function budgetMessage(
  kind: keyof InputLimits,
  limits: InputLimits,
  file: string,
  doing?: string,
): string {
  const what = doing ?? (kind === 'bytes' ? 'reading' : 'records made by');
  return `${what} ${file} exceeds the review's budget of ${describeLimit(kind, limits)} (for all zones, includes and both sides together; see docs/security.md, Input budgets)`;
}

export class InputBudget {
  private bytes = 0;
  private records = 0;
  /** The limit a charge crossed, once one has: the review is over its budget. */
  exceeded: keyof InputLimits | undefined;

  constructor(readonly limits: InputLimits = DEFAULT_INPUT_LIMITS) {}

  /** A meter that charges this budget and remembers what it charged. */
  meter(): BudgetMeter {
    return new BudgetMeter(this);
  }

  /** For BudgetMeter: charges `n`, or false (nothing charged) when that crosses the limit. */
  charge(kind: keyof InputLimits, n: number): boolean {
    const over =
      kind === 'bytes'
        ? this.bytes + n > this.limits.bytes
        : this.records + n > this.limits.records;
    if (over) {
      this.exceeded ??= kind;
      return false;
    }
    if (kind === 'bytes') this.bytes += n;
    else this.records += n;
    return true;
  }

  /** For BudgetMeter: whether `bytes` and `records` more stay within the limits (nothing charged). */
  fits(bytes: number, records: number): boolean {
    return this.bytes + bytes <= this.limits.bytes && this.records + records <= this.limits.records;
  }

  /** For BudgetMeter: gives back what a meter charged. */
  refund(bytes: number, records: number): void {
    this.bytes -= bytes;
    this.records -= records;
  }

  get used(): InputLimits {
    return { bytes: this.bytes, records: this.records };
  }
}

export class BudgetMeter {
  private bytes = 0;
  private records = 0;
  /** The limit crossed, once one is: every later charge fails too. */
  exceeded: keyof InputLimits | undefined;

  constructor(readonly budget: InputBudget) {}

  get limits(): InputLimits {
    return this.budget.limits;
  }

  /** Charges `n` characters read; false when that crosses the limit (nothing is charged). */
  read(n: number): boolean {
    return this.charge('bytes', n);
  }

  /** Charges one record made; false when that crosses the limit. */
  record(): boolean {
    return this.charge('records', 1);
  }

  private charge(kind: keyof InputLimits, n: number): boolean {
    if (this.exceeded !== undefined) return false;
    if (!this.budget.charge(kind, n)) {
      this.exceeded = kind;
      return false;
    }
    if (kind === 'bytes') this.bytes += n;
    else this.records += n;
    return true;
  }

  /** What this meter has charged so far. */
  get charged(): InputLimits {
    return { bytes: this.bytes, records: this.records };
  }

  /** What this meter has charged since `before` (an earlier `charged`): what one read cost. */
  chargedSince(before: InputLimits): InputLimits {
    return { bytes: this.bytes - before.bytes, records: this.records - before.records };
  }

  /**
   * Charges what another meter charged, all or nothing: for a result reused instead of made
   * again, which must cost the budget what making it would. False (nothing charged) when that
   * would cross a limit: the caller then makes it, and meets the limit where it lies.
   */
  chargeAll(c: InputLimits): boolean {
    if (this.exceeded !== undefined || !this.budget.fits(c.bytes, c.records)) return false;
    return this.charge('bytes', c.bytes) && this.charge('records', c.records);
  }

  /** Gives back everything this meter charged (an attempt that is thrown away). */
  refund(): void {
    this.budget.refund(this.bytes, this.records);
    this.bytes = 0;
    this.records = 0;
    this.exceeded = undefined;
  }
}
