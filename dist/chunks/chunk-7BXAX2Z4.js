import { createRequire as __zgCreateRequire } from 'node:module';
const require = __zgCreateRequire(import.meta.url);
import {
  groupedDigits
} from "./chunk-PW6GGXO2.js";

// src/formats/budget.ts
var DEFAULT_INPUT_LIMITS = {
  bytes: 128 * 1024 * 1024,
  records: 1e6
};
var MAX_RECORDS_LIMIT = 5e7;
var BYTES_PER_RECORD = 128;
function limitsForRecords(records) {
  return {
    records,
    bytes: Math.max(DEFAULT_INPUT_LIMITS.bytes, records * BYTES_PER_RECORD)
  };
}
function scaledCap(defaultCap, limits) {
  return Math.ceil(defaultCap * Math.max(1, limits.bytes / DEFAULT_INPUT_LIMITS.bytes));
}
function recordsForCap(defaultCap, needed) {
  const records = Math.ceil(
    needed / defaultCap * (DEFAULT_INPUT_LIMITS.bytes / BYTES_PER_RECORD)
  );
  return Math.max(records, DEFAULT_INPUT_LIMITS.records);
}
function parseMaxRecords(text) {
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 1 || value > MAX_RECORDS_LIMIT)
    return {
      ok: false,
      message: `--max-records must be a whole number of records from 1 to ${groupedDigits(MAX_RECORDS_LIMIT)}; got "${text}"`
    };
  return { ok: true, value };
}
function describeBytes(bytes) {
  const MiB = 1024 * 1024;
  return bytes % MiB === 0 ? `${bytes / MiB} MiB` : `${groupedDigits(bytes)} bytes`;
}
function describeLimit(kind, limits) {
  if (kind === "records") return `${groupedDigits(limits.records)} records`;
  return `${describeBytes(limits.bytes)} of input`;
}
function budgetMessage(kind, limits, file, doing) {
  const what = doing ?? (kind === "bytes" ? "reading" : "records made by");
  return `${what} ${file} exceeds the review's budget of ${describeLimit(kind, limits)} (for all zones, includes and both sides together; see docs/security.md, Input budgets)`;
}
var InputBudget = class {
  constructor(limits = DEFAULT_INPUT_LIMITS) {
    this.limits = limits;
  }
  limits;
  bytes = 0;
  records = 0;
  /** The limit a charge crossed, once one has: the review is over its budget. */
  exceeded;
  /** A meter that charges this budget and remembers what it charged. */
  meter() {
    return new BudgetMeter(this);
  }
  /** For BudgetMeter: charges `n`, or false (nothing charged) when that crosses the limit. */
  charge(kind, n) {
    const over = kind === "bytes" ? this.bytes + n > this.limits.bytes : this.records + n > this.limits.records;
    if (over) {
      this.exceeded ??= kind;
      return false;
    }
    if (kind === "bytes") this.bytes += n;
    else this.records += n;
    return true;
  }
  /** For BudgetMeter: whether `bytes` and `records` more stay within the limits (nothing charged). */
  fits(bytes, records) {
    return this.bytes + bytes <= this.limits.bytes && this.records + records <= this.limits.records;
  }
  /** For BudgetMeter: gives back what a meter charged. */
  refund(bytes, records) {
    this.bytes -= bytes;
    this.records -= records;
  }
  get used() {
    return { bytes: this.bytes, records: this.records };
  }
};
var BudgetMeter = class {
  constructor(budget) {
    this.budget = budget;
  }
  budget;
  bytes = 0;
  records = 0;
  /** The limit crossed, once one is: every later charge fails too. */
  exceeded;
  get limits() {
    return this.budget.limits;
  }
  /** Charges `n` characters read; false when that crosses the limit (nothing is charged). */
  read(n) {
    return this.charge("bytes", n);
  }
  /** Charges one record made; false when that crosses the limit. */
  record() {
    return this.charge("records", 1);
  }
  charge(kind, n) {
    if (this.exceeded !== void 0) return false;
    if (!this.budget.charge(kind, n)) {
      this.exceeded = kind;
      return false;
    }
    if (kind === "bytes") this.bytes += n;
    else this.records += n;
    return true;
  }
  /** What this meter has charged so far. */
  get charged() {
    return { bytes: this.bytes, records: this.records };
  }
  /** What this meter has charged since `before` (an earlier `charged`): what one read cost. */
  chargedSince(before) {
    return { bytes: this.bytes - before.bytes, records: this.records - before.records };
  }
  /**
   * Charges what another meter charged, all or nothing: for a result reused instead of made
   * again, which must cost the budget what making it would. False (nothing charged) when that
   * would cross a limit: the caller then makes it, and meets the limit where it lies.
   */
  chargeAll(c) {
    if (this.exceeded !== void 0 || !this.budget.fits(c.bytes, c.records)) return false;
    return this.charge("bytes", c.bytes) && this.charge("records", c.records);
  }
  /** Gives back everything this meter charged (an attempt that is thrown away). */
  refund() {
    this.budget.refund(this.bytes, this.records);
    this.bytes = 0;
    this.records = 0;
    this.exceeded = void 0;
  }
};

export {
  DEFAULT_INPUT_LIMITS,
  limitsForRecords,
  scaledCap,
  recordsForCap,
  parseMaxRecords,
  describeBytes,
  budgetMessage,
  InputBudget
};
