/**
 * octoDNS's checks on `dynamic` records (geo / weighted / failover pools and rules), as its
 * DynamicValidator applies them in the default set: a record that fails them does not load,
 * so the push would fail. Each reason is reported at the node it is about.
 */
import type { SourceLocation } from '../../model/location.js';
import { type ValueContext, ValueError, valueText } from './values.js';
import { describe, getEntry, type YMap, type YNode } from './yaml.js';
import { pyStr } from './yaml11.js';

/** Record types octoDNS gives dynamic support (`_DynamicMixin`). */
export const DYNAMIC_TYPES = new Set(['A', 'AAAA', 'CNAME', 'DNAME']);

const GEO = /^[A-Z]{2}(?:-[A-Z]{2}(?:-[A-Z0-9]{1,3})?)?$/;

type Reason = { message: string; location: SourceLocation };

function isNull(n: YNode | undefined): boolean {
  return n === undefined || (n.kind === 'scalar' && n.value.type === 'null');
}

function text(n: YNode | undefined): string | undefined {
  return n?.kind === 'scalar' && n.value.type !== 'null' ? pyStr(n.value) : undefined;
}

/** Every reason octoDNS would give for this record's `dynamic` block (empty when valid). */
export function validateDynamic(
  type: string,
  body: YMap,
  dynamic: YNode,
  ctx: ValueContext,
): Reason[] {
  const reasons: Reason[] = [];
  const add = (message: string, location: SourceLocation) => reasons.push({ message, location });
  if (getEntry(body, 'geo')) add('"dynamic" record with "geo" content', dynamic.loc);
  if (dynamic.kind !== 'map') {
    add(`dynamic must be a mapping, not ${describe(dynamic)}`, dynamic.loc);
    return reasons;
  }
  const pools = getEntry(dynamic, 'pools')?.value;
  const poolIds = new Set<string>();
  const fallbacks = new Set<string>();
  if (isNull(pools) || (pools?.kind === 'map' && pools.entries.length === 0))
    add('missing pools', pools?.loc ?? dynamic.loc);
  else if (pools?.kind !== 'map') add('pools must be a dict', pools!.loc);
  else {
    for (const { key: id, value: pool } of pools.entries) {
      if (pool.kind !== 'map') {
        add(`pool "${id}" must be a dict`, pool.loc);
        continue;
      }
      const values = getEntry(pool, 'values')?.value;
      if (!values) {
        add(`pool "${id}" is missing values`, pool.loc);
        continue;
      }
      poolIds.add(id);
      const items = values.kind === 'seq' ? values.items : [values];
      for (const [i, item] of items.entries())
        checkPoolValue(type, id, i + 1, item, items.length, ctx, add);
      const fallback = text(getEntry(pool, 'fallback')?.value);
      if (fallback !== undefined) {
        if (pools.entries.some((e) => e.key === fallback)) fallbacks.add(fallback);
        else
          add(
            `undefined fallback "${fallback}" for pool "${id}"`,
            getEntry(pool, 'fallback')!.value.loc,
          );
        const seen = [id, fallback];
        let next: string | undefined = fallback;
        while (next !== undefined) {
          const p = pools.entries.find((e) => e.key === next)?.value;
          next = p?.kind === 'map' ? text(getEntry(p, 'fallback')?.value) : undefined;
          if (next !== undefined && seen.includes(next)) {
            add(`loop in pool fallbacks: ${seen.join(' -> ')}`, pool.loc);
            break;
          }
          if (next !== undefined) seen.push(next);
        }
      }
    }
  }
  const used = checkRules(getEntry(dynamic, 'rules')?.value, dynamic, poolIds, add);
  const unused = [...poolIds].filter((p) => !used.has(p) && !fallbacks.has(p)).sort();
  if (unused.length > 0 && pools) add(`unused pools: "${unused.join('", "')}"`, pools.loc);
  return reasons;
}

function checkPoolValue(
  type: string,
  id: string,
  n: number,
  item: YNode,
  count: number,
  ctx: ValueContext,
  add: (m: string, l: SourceLocation) => void,
): void {
  if (item.kind !== 'map') {
    add(`pool "${id}" value ${n} must be a mapping, not ${describe(item)}`, item.loc);
    return;
  }
  const weightNode = getEntry(item, 'weight')?.value;
  if (weightNode) {
    const w = text(weightNode);
    const weight = w !== undefined && /^[-+]?\d+$/.test(w) ? Number(w) : Number.NaN;
    if (!(weight >= 1 && weight <= 100))
      add(
        `invalid weight "${w ?? describe(weightNode)}" in pool "${id}" value ${n}`,
        weightNode.loc,
      );
    else if (count === 1 && weight !== 1)
      add(`pool "${id}" has single value with weight!=1`, weightNode.loc);
  }
  const statusNode = getEntry(item, 'status')?.value;
  const status = text(statusNode);
  if (statusNode && !['up', 'down', 'obey'].includes(status ?? ''))
    add(`invalid status "${status}" in pool "${id}" value ${n}`, statusNode.loc);
  const value = getEntry(item, 'value')?.value;
  if (!value) {
    add(`missing value in pool "${id}" value ${n}`, item.loc);
    return;
  }
  try {
    valueText(type, value, ctx);
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    add(e.message, e.location);
  }
}

function checkRules(
  rules: YNode | undefined,
  dynamic: YMap,
  pools: ReadonlySet<string>,
  add: (m: string, l: SourceLocation) => void,
): Set<string> {
  const seenPools = new Set<string>();
  if (isNull(rules) || (rules?.kind === 'seq' && rules.items.length === 0)) {
    add('missing rules', rules?.loc ?? dynamic.loc);
    return seenPools;
  }
  if (rules?.kind !== 'seq') {
    add('rules must be a list', rules!.loc);
    return seenPools;
  }
  const geosSeen = new Map<string, number>();
  let seenDefault = false;
  const targeting = (r: YNode | undefined) => {
    const m = r?.kind === 'map' ? r : undefined;
    const subnets = m && getEntry(m, 'subnets')?.value;
    const geos = m && getEntry(m, 'geos')?.value;
    const nonEmpty = (x: YNode | undefined) =>
      !isNull(x) && !(x?.kind === 'seq' && x.items.length === 0);
    return { subnets, geos, hasSubnets: nonEmpty(subnets), hasGeos: nonEmpty(geos) };
  };
  rules.items.forEach((rule, i) => {
    const num = i + 1;
    if (rule.kind !== 'map') {
      add(`rule ${num} must be a mapping, not ${describe(rule)}`, rule.loc);
      return;
    }
    const poolNode = getEntry(rule, 'pool')?.value;
    const t = targeting(rule);
    if (!poolNode) add(`rule ${num} missing pool`, rule.loc);
    else {
      const pool =
        poolNode.kind === 'scalar' && poolNode.value.type === 'str'
          ? poolNode.value.value
          : undefined;
      if (pool === undefined)
        add(`rule ${num} invalid pool "${text(poolNode) ?? describe(poolNode)}"`, poolNode.loc);
      else if (!pools.has(pool)) add(`rule ${num} undefined pool "${pool}"`, poolNode.loc);
      else if (seenPools.has(pool) && (t.hasSubnets || t.hasGeos))
        add(`rule ${num} invalid, target pool "${pool}" reused`, poolNode.loc);
      if (pool !== undefined) seenPools.add(pool);
    }
    if (i > 0) {
      const prev = targeting(rules.items[i - 1]);
      if (t.hasSubnets && t.hasGeos && !prev.hasSubnets && prev.hasGeos)
        add(
          `rule ${num} with subnet(s) and geo(s) should appear before all geo-only rules`,
          rule.loc,
        );
      else if (t.hasSubnets && !t.hasGeos && prev.hasGeos)
        add(
          `rule ${num} with only subnet targeting should appear before all geo targeting rules`,
          rule.loc,
        );
    }
    if (!t.hasSubnets && !t.hasGeos) {
      if (seenDefault) add(`rule ${num} duplicate default`, rule.loc);
      seenDefault = true;
    }
    if (t.subnets && !isNull(t.subnets) && t.subnets.kind !== 'seq')
      add(`rule ${num} subnets must be a list`, t.subnets.loc);
    if (t.geos && !isNull(t.geos)) {
      if (t.geos.kind !== 'seq') add(`rule ${num} geos must be a list`, t.geos.loc);
      else {
        const geos = t.geos.items.map((g) => ({ code: text(g) ?? '', loc: g.loc }));
        for (const { code, loc } of geos.sort((a, b) =>
          a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
        )) {
          if (!GEO.test(code)) add(`rule ${num} invalid geo code "${code}"`, loc);
          for (const [seen, where] of geosSeen) {
            if (code === seen)
              add(
                `rule ${num} targets geo ${code} which has previously been seen in rule ${where}`,
                loc,
              );
            else if (code.startsWith(seen))
              add(
                `rule ${num} targets geo ${code} which is more specific than the previously seen ${seen} in rule ${where}`,
                loc,
              );
          }
          geosSeen.set(code, num);
        }
      }
    }
  });
  const last = targeting(rules.items[rules.items.length - 1]);
  if (last.hasSubnets || last.hasGeos)
    add(
      'final rule has "subnets" and/or "geos" and is not catchall',
      rules.items[rules.items.length - 1]!.loc,
    );
  return seenPools;
}
