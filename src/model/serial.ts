/**
 * SOA serial numbers compared as RFC 1982 says: 32-bit sequence space arithmetic, so a serial
 * that wrapped past 2^32 - 1 is still newer. Shared by the soa-serial rule (a zone file's serial
 * must increase) and the live phase (which servers of a zone are up to date).
 */

/** RFC 1982 §3.2: s2 is greater than s1 in 32-bit serial number arithmetic. */
export function serialGreater(s2: number, s1: number): boolean {
  const diff = (s2 - s1 + 2 ** 32) % 2 ** 32;
  return diff !== 0 && diff < 2 ** 31;
}

/**
 * The newest of a set of serials: the one no other is greater than. RFC 1982 leaves a pair
 * exactly 2^31 apart undefined; then the first such serial found stands.
 */
export function newestSerial(serials: Iterable<number>): number | undefined {
  let newest: number | undefined;
  for (const s of serials) if (newest === undefined || serialGreater(s, newest)) newest = s;
  return newest;
}
