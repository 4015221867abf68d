/**
 * Seeded generator of zone files that exercise every zone-file feature and every record type
 * in varied spellings, for the named-checkzone oracle test. Same seed, same file.
 */

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedZone {
  readonly zone: string;
  /** File name → text; the first one is the zone file, the others are included. */
  readonly files: ReadonlyMap<string, string>;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: () => number, lo: number, hi: number): number =>
  lo + Math.floor(r() * (hi - lo + 1));
const hex = (r: () => number, octets: number): string => {
  let s = '';
  for (let k = 0; k < octets; k++) s += int(r, 0, 255).toString(16).padStart(2, '0');
  return s;
};
const bytes = (r: () => number, n: number): Buffer => Buffer.from(hex(r, n), 'hex');
const mixCase = (r: () => number, s: string): string =>
  [...s].map((c) => (r() < 0.3 ? c.toUpperCase() : c)).join('');
/** Splits text into chunks of random size (hex and base64 may be split over tokens). */
const split = (r: () => number, s: string): string => {
  const parts: string[] = [];
  for (let k = 0; k < s.length; ) {
    const n = int(r, 4, 40);
    parts.push(s.slice(k, k + n));
    k += n;
  }
  return parts.join(' ');
};

function ipv4(r: () => number): string {
  return `${int(r, 1, 223)}.${int(r, 0, 255)}.${int(r, 0, 255)}.${int(r, 0, 255)}`;
}

function ipv6(r: () => number): string {
  const w = Array.from({ length: 8 }, () => (r() < 0.4 ? 0 : int(r, 0, 0xffff)));
  switch (int(r, 0, 3)) {
    case 0:
      return w.map((x) => x.toString(16)).join(':');
    case 1:
      return w.map((x) => x.toString(16).padStart(4, '0').toUpperCase()).join(':');
    case 2:
      return `2001:db8::${w[7]!.toString(16)}`;
    default:
      return `::ffff:${ipv4(r)}`;
  }
}

function nameIn(r: () => number, zone: string): string {
  switch (int(r, 0, 6)) {
    case 0:
      return '@';
    case 1:
      return mixCase(r, `host${int(r, 0, 99)}`);
    case 2:
      return mixCase(r, `host${int(r, 0, 99)}.${zone}`);
    case 3:
      return `a\\.b${int(r, 0, 9)}`;
    case 4:
      return `x\\065y${int(r, 0, 9)}`;
    case 5:
      return mixCase(r, `mail.example.NET.`);
    default:
      return `svc-${int(r, 0, 9)}.sub`;
  }
}

function charString(r: () => number): string {
  switch (int(r, 0, 7)) {
    case 0:
      return `"v=spf1 ip4:${ipv4(r)} -all"`;
    case 1:
      return `"with \\"quotes\\" and \\\\ back"`;
    case 2:
      return `"octal\\009\\255\\000"`;
    case 3:
      return `unquoted${int(r, 0, 99)}`;
    case 4:
      return '""';
    case 5:
      return '"grüße ☃"';
    case 6:
      return `"${'x'.repeat(255)}"`;
    default:
      return `"semi;colon (paren) \\; \\X"`;
  }
}

function svcParams(r: () => number): string {
  const ps: string[] = [];
  const have = new Set<string>();
  const add = (k: string, v: string): void => {
    if (have.has(k)) return;
    have.add(k);
    ps.push(v);
  };
  for (let k = int(r, 0, 5); k > 0; k--) {
    switch (int(r, 0, 7)) {
      case 0:
        add(
          'alpn',
          pick(r, ['alpn=h2', 'alpn="h3,h2"', 'alpn=h3-29,h2', 'alpn="f\\\\\\\\oo\\\\,bar,h2"']),
        );
        break;
      case 1:
        add('port', `port=${pick(r, ['443', '"8443"', '00053'])}`);
        break;
      case 2:
        add('ipv4hint', `ipv4hint=${ipv4(r)},${ipv4(r)}`);
        break;
      case 3:
        add('ipv6hint', `ipv6hint="${ipv6(r)}"`);
        break;
      case 4:
        add('ech', `ech=${bytes(r, int(r, 4, 40)).toString('base64')}`);
        break;
      case 5:
        add(
          'key65000',
          pick(r, ['key65000=abc', 'key65000="a b\\"c"', 'key65000', 'key65000=\\255x']),
        );
        break;
      case 6:
        add('key7', 'key7="/dns-query{?dns}"');
        break;
      default:
        if (have.has('alpn')) add('no-default-alpn', 'no-default-alpn');
    }
  }
  if (have.has('alpn') && have.has('port') && r() < 0.5) ps.push('mandatory=port,alpn');
  return ps.sort(() => r() - 0.5).join(' ');
}

function loc(r: () => number): string {
  const lat = `${int(r, 0, 89)} ${int(r, 0, 59)} ${int(r, 0, 59)}.${int(r, 0, 999)} ${pick(r, ['N', 'S'])}`;
  const lon = pick(r, [
    `${int(r, 0, 179)} ${pick(r, ['E', 'W'])}`,
    `${int(r, 0, 179)} ${int(r, 0, 59)} ${pick(r, ['E', 'W'])}`,
  ]);
  const alt = pick(r, ['-24m', '0', `${int(r, 0, 9999)}.${int(r, 10, 99)}m`, '-100000.00m']);
  const sizes = pick(r, ['', '1m', '30m 10000m', '0.5m 2000m 40m', '90000000m 9m 0m']);
  return `${lat} ${lon} ${alt} ${sizes}`.trim();
}

/** One rdata spelling for `type`, valid for BIND. */
export function rdataFor(r: () => number, type: string, zone: string): string {
  switch (type) {
    case 'A':
      return r() < 0.1 ? `\\# 4 ${hex(r, 4)}` : ipv4(r);
    case 'AAAA':
      return r() < 0.1 ? `\\# 16 ${split(r, hex(r, 16))}` : ipv6(r);
    case 'NS':
    case 'CNAME':
    case 'DNAME':
    case 'PTR':
      return nameIn(r, zone);
    case 'MX':
      return r() < 0.1 ? '\\# 8 000A 046D61696C 00' : `${int(r, 0, 65535)} ${nameIn(r, zone)}`;
    case 'TXT':
    case 'SPF':
      if (r() < 0.1) return '\\# 6 0568656C6C6F';
      return Array.from({ length: int(r, 1, 3) }, () => charString(r)).join(' ');
    case 'SRV':
      return `${int(r, 0, 65535)} ${int(r, 0, 65535)} ${int(r, 0, 65535)} ${nameIn(r, zone)}`;
    case 'CAA':
      return `${pick(r, ['0', '128'])} ${pick(r, ['issue', 'issuewild', 'iodef', 'IsSue', 'tbs'])} ${pick(r, ['"letsencrypt.org"', 'ca.example.net', '"ca.example; account=123"', '""', '"mailto:sec@example.com"', '"caf\\195\\169"'])}`;
    case 'DS':
    case 'CDS': {
      const dt = pick(r, [1, 2, 4, 2]);
      const len = { 1: 20, 2: 32, 4: 48 }[dt]!;
      const alg = pick(r, ['8', 'RSASHA256', '13', 'ecdsap256sha256', '15', 'ED25519', '5']);
      return `${int(r, 0, 65535)} ${alg} ${dt} ${split(r, mixCase(r, hex(r, len)))}`;
    }
    case 'DNSKEY':
    case 'CDNSKEY':
      return `${pick(r, ['256', '257'])} 3 ${pick(r, ['8', '13', 'ED25519'])} ${split(r, bytes(r, int(r, 32, 260)).toString('base64'))}`;
    case 'SSHFP': {
      const t = pick(r, [1, 2]);
      return `${int(r, 1, 4)} ${t} ${split(r, mixCase(r, hex(r, t === 1 ? 20 : 32)))}`;
    }
    case 'TLSA':
    case 'SMIMEA':
      return `${int(r, 0, 3)} ${int(r, 0, 1)} ${int(r, 0, 2)} ${split(r, hex(r, pick(r, [32, 64, 5])))}`;
    case 'NAPTR':
      return pick(r, [
        `100 10 "U" "E2U+sip" "!^.*$!sip:info@example.com!" .`,
        `${int(r, 0, 65535)} ${int(r, 0, 65535)} "s" "SIP+D2U" "" _sip._udp`,
        `10 0 "" "" "/urn:cid:.+@([^\\\\.]+\\\\.)(.*)$/\\\\2/i" .`,
      ]);
    case 'SVCB':
    case 'HTTPS':
      return `${int(r, 1, 3)} ${pick(r, ['.', nameIn(r, zone)])} ${svcParams(r)}`.trim();
    case 'LOC':
      return loc(r);
    case 'SOA':
      return `${nameIn(r, zone)} ${pick(r, ['hostmaster', 'Host\\.Master.example.'])} ${int(r, 0, 4294967295)} ${pick(r, TTLS)} ${pick(r, TTLS)} ${pick(r, TTLS)} ${pick(r, TTLS)}`;
    case 'DHCID':
      return split(r, bytes(r, int(r, 3, 35)).toString('base64'));
    case 'OPENPGPKEY':
      return split(r, bytes(r, int(r, 10, 200)).toString('base64'));
    default: {
      const n = int(r, 1, 30);
      return `\\# ${n} ${split(r, hex(r, n))}`;
    }
  }
}

export const TYPES = [
  'A',
  'AAAA',
  'NS',
  'CNAME',
  'DNAME',
  'PTR',
  'MX',
  'TXT',
  'SPF',
  'SRV',
  'CAA',
  'DS',
  'CDS',
  'DNSKEY',
  'CDNSKEY',
  'SSHFP',
  'TLSA',
  'SMIMEA',
  'NAPTR',
  'SVCB',
  'HTTPS',
  'LOC',
  'DHCID',
  'OPENPGPKEY',
  'TYPE65534',
];

const TTLS = ['300', '1h', '1H30M', '2w', '1d12h', '0', '86400', '5m'];

/**
 * A zone file using $ORIGIN, $TTL (or none: the SOA minimum), $INCLUDE, $GENERATE, @, blank
 * owners, parentheses across lines with comments, TTL units, class/TTL in either order, and
 * every record type; plus an out-of-zone record BIND ignores.
 */
export function generateZone(seed: number, records: number): GeneratedZone {
  const r = rng(seed);
  const zone = `z${seed}.example.`;
  const files = new Map<string, string>();
  const lines: string[] = [];
  const useTtl = seed % 3 !== 0;
  if (useTtl) lines.push(`$TTL ${pick(r, TTLS.slice(0, 5))}`);
  lines.push(`$ORIGIN ${zone}`);
  lines.push(
    `@ ${pick(r, ['IN ', ''])}SOA ns1 hostmaster.${zone} ( ${int(r, 1, 4294967295)} ; serial`,
  );
  lines.push(
    `    ${pick(r, ['1h', '3600'])} ; refresh`,
    `    15M 1W`,
    `    ${pick(r, ['1D', '300'])} ) ; minimum`,
  );
  lines.push('\tNS ns1', `\tNS ns2.${zone}`, 'ns1 A 192.0.2.53', 'ns2 AAAA 2001:db8::53');
  let n = 0;
  const ttlOf = new Map<string, string>();
  while (n < records) {
    const type = TYPES[n % TYPES.length]!;
    const owner =
      type === 'CNAME' || type === 'DNAME'
        ? `${type.toLowerCase()}${n}`
        : `r${int(r, 0, records / 3)}`;
    const key = `${owner} ${type}`;
    // Every RRset keeps one TTL: explicit on each of its lines, or the default on all.
    if (!ttlOf.has(key)) ttlOf.set(key, r() < 0.6 || !useTtl ? pick(r, TTLS) : '');
    const ttl = ttlOf.get(key)!;
    const explicit = ttl !== '';
    const cls = r() < 0.5 ? 'IN' : '';
    const t = explicit ? ttl : '';
    const head = r() < 0.5 ? [t, cls] : [cls, t];
    const typeText = r() < 0.2 ? type.toLowerCase() : type;
    let rdata = rdataFor(r, type, zone);
    if (r() < 0.15 && !rdata.includes('"'))
      rdata = `( ${rdata.replace(/ (?=\S)/, ' ; a comment\n\t\t')} )`;
    lines.push(
      `${owner} ${head.filter(Boolean).join(' ')} ${typeText} ${rdata}`.replace(/ +/g, ' '),
    );
    // A second record of the same RRset under a blank owner.
    if (r() < 0.2 && type !== 'CNAME' && type !== 'DNAME') {
      lines.push(`\t${explicit ? ttl : ''} ${type} ${rdataFor(r, type, zone)}`);
    }
    n++;
  }
  lines.push(`$ORIGIN sub.${zone}`, 'www A 198.51.100.7', `$ORIGIN ${zone}`);
  lines.push(`$GENERATE 1-${int(r, 3, 20)} host-$ A 10.${int(r, 0, 255)}.0.$`);
  lines.push(`$GENERATE 0-30/7 \${10,4,d}.gen 300 IN PTR host\${-1,3,x}.gen`);
  lines.push(`$GENERATE 1-4 $.rev CNAME \${0,7,n}.nib`);
  lines.push(
    `$GENERATE 2-3 srv$ IN 600 SRV "10 \${1} $$ port\${2,2}"`.replace('$$ port', '80 port'),
  );
  lines.push('$GENERATE 5-6 t$ TXT "a\\$b $$"');
  lines.push('outside.example.org. 300 A 192.0.2.9');
  const inc = `inc${seed}.db.inc`;
  lines.push('last 300 A 192.0.2.10');
  lines.push(`$INCLUDE ${inc} sub2.${zone}`);
  lines.push('\t300 TXT "after include: owner restored"');
  files.set(`z${seed}.zone`, `${lines.join('\n')}\n`);
  files.set(
    inc,
    `; included\n@ 300 A 192.0.2.77\nx 300 MX 5 @\n  300 TXT "blank owner inside include"\n`,
  );
  return { zone, files };
}
