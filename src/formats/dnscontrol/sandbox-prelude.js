/*
 * DNSControl's configuration language, our own implementation, evaluated inside the sandbox
 * before `dnsconfig.js`. It builds the same raw configuration DNSControl's JavaScript side builds
 * (registrars, providers, domains with records); the Go-side normalisation DNSControl does
 * afterwards lives in `normalize.ts` on the host.
 *
 * This file is not a module: the build and the tests import its text (see `prelude.ts`), and the
 * sandbox evaluates that text as a script named `zoneguard-prelude.js`. Host functions arrive in
 * one object, `__zg_host`, which the prelude captures and removes from the global scope:
 * `load(spec)` (require), `glob(dir, recursive, ext)`, `hash(alg, text)`, `log(text)` and
 * `file()` (the file being evaluated). The script's completion value is the function that
 * serialises the result, so a config that reassigns globals cannot replace it. Plain JavaScript
 * without host APIs, so the same text also runs under Node's `vm` (bench).
 */
((global) => {
  // biome-ignore lint/suspicious/noRedundantUseStrict: evaluated as a script, where this makes it strict
  'use strict';
  const host = global.__zg_host;
  delete global.__zg_host;
  const stringify = JSON.stringify;
  const parseJSON = JSON.parse;
  const isArray = Array.isArray;
  const PRELUDE_FILE = 'zoneguard-prelude.js';

  const conf = { registrars: [], dns_providers: [], domains: [] };
  const domainNames = [];
  let defaultArgs = [];

  // ---------------------------------------------------------------- helpers
  function isString(x) {
    return typeof x === 'string';
  }
  function isNumber(x) {
    return typeof x === 'number' && !Number.isNaN(x);
  }
  function isFunction(x) {
    return typeof x === 'function';
  }
  function isObject(x) {
    return x !== null && (typeof x === 'object' || typeof x === 'function');
  }
  function isPlainObject(x) {
    return x !== null && typeof x === 'object' && !isArray(x);
  }
  function extend(target, src) {
    for (const k in src) if (Object.hasOwn(src, k)) target[k] = src[k];
    return target;
  }
  function fail(message) {
    throw new Error(message);
  }

  // Where a record comes from: the innermost frame of config code that runs at the top level of
  // its file (QuickJS names it "<eval>", V8 prints no function name), i.e. the statement of
  // dnsconfig.js or a required file whose call led here. A record built by a helper function
  // points at the line that called the helper, where its data is usually written; a record built
  // straight in a file's top level points at its own call. Falls back to the innermost frame.
  // Both engines find a frame's line by scanning the function's line table from its start, so
  // thousands of records written straight into one function cost time quadratic in its length.
  // The scan cost grows with the line number, so the line numbers handed out are summed against
  // a budget; past it, records take the position of their D() or D_EXTEND() call instead
  // (counted and reported as a warning).
  const STACK_FRAME = /^\s*at (?:(.*?) \()?(.*?):(\d+)(?::(\d+))?\)?\s*$/;
  const POSITION_BUDGET = 20000000;
  function positionBudget() {
    return { cost: 0, skipped: 0 };
  }
  const recordPositions = positionBudget();
  // D() and D_EXTEND() calls have a budget of their own, so records past theirs still find their
  // call: a config of a thousand D_EXTEND() calls in one file would otherwise spend on the calls'
  // lines what it spends on its records'.
  const callPositions = positionBudget();
  function callerPos(budget, always) {
    if (!always && budget.cost > POSITION_BUDGET) {
      budget.skipped++;
      return undefined;
    }
    const stack = String(new Error().stack || '').split('\n');
    let found;
    for (let i = 0; i < stack.length; i++) {
      const m = STACK_FRAME.exec(stack[i]);
      if (!m || m[2] === PRELUDE_FILE || m[2] === 'native') continue;
      if (!found) found = m;
      if (m[1] === undefined || m[1] === '<eval>') {
        found = m;
        break;
      }
    }
    if (!found) return undefined;
    budget.cost += +found[3];
    return found[2] + ':' + found[3] + ':' + (found[4] || '1');
  }
  // The position of a D() or D_EXTEND() call; past the calls' budget, only its file, which the
  // host knows without a stack: evaluation is synchronous, so the innermost top-level frame
  // (the one callerPos picks) belongs to the file whose evaluation began last and has not ended,
  // the top of the host's stack of files being required. That file still sends a finding and
  // its rollback to the right file. A file-only position is the bare path, so a path that itself
  // ends like a line number (`x:12`) pays for its exact position instead of being misread.
  function callPos() {
    if (callPositions.cost > POSITION_BUDGET) {
      const file = host.file();
      if (!/:\d+$/.test(file)) {
        callPositions.skipped++;
        return file;
      }
    }
    return callerPos(callPositions, true);
  }

  // ---------------------------------------------------------------- durations, IPs
  const UNITS = { s: 1, m: 60, h: 3600, d: 86400, w: 604800, n: 2592000, y: 31536000 };
  function toDuration(v) {
    if (isNumber(v)) return v;
    const m = /^(\d+)([smhdwny]?)$/.exec(String(v));
    if (!m) fail(v + ' is not a valid duration string');
    return parseInt(m[1], 10) * UNITS[m[2] || 's'];
  }

  function IP(dotted) {
    const p = String(dotted).split('.');
    if (p.length !== 4) fail('IP("' + dotted + '") is not an IPv4 address');
    let n = 0;
    for (let i = 0; i < 4; i++) {
      const o = +p[i];
      if (!(o >= 0 && o <= 255) || p[i] === '') fail('IP("' + dotted + '") is not an IPv4 address');
      n = n * 256 + o;
    }
    return n;
  }
  function num2dot(num) {
    if (num === undefined) return '';
    if (isString(num)) return num;
    const parts = [];
    for (let i = 0; i < 4; i++) {
      parts.unshift(num % 256);
      num = Math.floor(num / 256);
    }
    return parts.join('.');
  }
  function formatTransformTable(table) {
    const rows = [];
    for (let i = 0; i < table.length; i++) {
      const t = table[i];
      const list = (v) => (v ? (isArray(v) ? v.map(num2dot).join(',') : num2dot(v)) : v);
      rows.push([num2dot(t.low), num2dot(t.high), list(t.newBase), list(t.newIP)].join(' ~ '));
    }
    return rows.join(' ; ');
  }

  // REV("1.2.3.0/24") -> "3.2.1.in-addr.arpa" (no trailing dot, as DNSControl returns it).
  let revMode = 'rfc2317';
  function REVCOMPAT(mode) {
    if (mode !== 'rfc2317' && mode !== 'rfc4183')
      fail('REVCOMPAT("' + mode + '"): expected "rfc2317" or "rfc4183"');
    revMode = mode;
    return '';
  }
  function expandIPv6(text) {
    const halves = text.split('::');
    if (halves.length > 2) return undefined;
    const head = halves[0] ? halves[0].split(':') : [];
    const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
    if (tail.length && tail[tail.length - 1].indexOf('.') >= 0) {
      const v4 = tail.pop().split('.');
      tail.push(((+v4[0] << 8) | +v4[1]).toString(16), ((+v4[2] << 8) | +v4[3]).toString(16));
    }
    const missing = 8 - head.length - tail.length;
    if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
    const groups = head.concat(new Array(halves.length === 2 ? missing : 0).fill('0'), tail);
    let nibbles = '';
    for (let i = 0; i < groups.length; i++) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(groups[i])) return undefined;
      nibbles += ('0000' + groups[i].toLowerCase()).slice(-4);
    }
    return nibbles;
  }
  function REV(cidr) {
    const text = String(cidr);
    const slash = text.indexOf('/');
    const addr = slash < 0 ? text : text.slice(0, slash);
    let bits = slash < 0 ? undefined : Number(text.slice(slash + 1));
    if (addr.indexOf(':') >= 0) {
      const nib = expandIPv6(addr);
      if (!nib) fail('REV("' + text + '"): not an IP address');
      if (bits === undefined) bits = 128;
      if (!(bits >= 0 && bits <= 128) || bits % 4 !== 0)
        fail('REV("' + text + '"): IPv6 mask must be a multiple of 4');
      const keep = nib.slice(0, bits / 4);
      if (/[^0]/.test(nib.slice(bits / 4))) fail('REV("' + text + '"): host bits are set');
      return keep.split('').reverse().concat(['ip6', 'arpa']).join('.');
    }
    const oct = addr.split('.');
    if (oct.length !== 4 || oct.some((o) => !/^\d{1,3}$/.test(o) || +o > 255))
      fail('REV("' + text + '"): not an IP address');
    if (bits === undefined) bits = 32;
    if (!(bits >= 0 && bits <= 32) || Math.floor(bits) !== bits)
      fail('REV("' + text + '"): bad mask');
    const value = IP(addr);
    const hostBits = bits === 32 ? 0 : value % 2 ** (32 - bits);
    if (hostBits !== 0) fail('REV("' + text + '"): host bits are set');
    if (bits % 8 === 0)
      return oct
        .slice(0, bits / 8)
        .reverse()
        .concat(['in-addr', 'arpa'])
        .join('.');
    if (bits > 24) {
      const first = +oct[3];
      const label = revMode === 'rfc4183' ? first + '-' + bits : first + '/' + bits;
      return [label, oct[2], oct[1], oct[0], 'in-addr', 'arpa'].join('.');
    }
    fail('REV("' + text + '"): IPv4 mask must be a multiple of 8 or between 25 and 32');
  }

  // ---------------------------------------------------------------- providers, domains
  function providerArgs(kind, name, type, meta) {
    if (!isString(name)) fail(kind + ': the name must be a string');
    if (isPlainObject(type)) {
      meta = type;
      type = undefined;
    }
    const entry = { name: name, type: type === undefined ? '-' : String(type) };
    if (meta !== undefined) entry.meta = meta;
    return entry;
  }
  function NewRegistrar(name, type, meta) {
    conf.registrars.push(providerArgs('NewRegistrar', name, type, meta));
    return name;
  }
  function NewDnsProvider(name, type, meta) {
    const entry = providerArgs('NewDnsProvider', name, type, meta);
    if (entry.meta && entry.meta.ip_conversions)
      entry.meta.ip_conversions = formatTransformTable(entry.meta.ip_conversions);
    conf.dns_providers.push(entry);
    return name;
  }
  function DnsProvider(name, nsCount) {
    return (d) => {
      d.dnsProviders[name] = nsCount === undefined ? -1 : nsCount;
    };
  }

  function newDomain(name, registrar, pos) {
    return {
      name: name,
      subdomain: '',
      registrar: registrar,
      meta: {},
      records: [],
      rawrecords: [],
      recordsabsent: [],
      // No prototype: a provider may be named `__proto__` (a plain object would swallow it).
      dnsProviders: Object.create(null),
      defaultTTL: 0,
      nameservers: [],
      unmanaged: [],
      filepos: pos,
    };
  }
  function applyDomainModifier(m, d) {
    if (isFunction(m)) m(d);
    else if (isArray(m)) for (let i = 0; i < m.length; i++) applyDomainModifier(m[i], d);
    else if (isObject(m)) extend(d.meta, m);
    else fail('WARNING: domain modifier type unsupported: ' + typeof m + ' Domain: ' + d.name);
  }
  function stripBang(name) {
    return name.charAt(name.length - 1) === '!' ? name.slice(0, -1) : name;
  }

  function D(name, registrar, ...modifiers) {
    if (!isString(name)) fail('D(): the domain name must be a string');
    const d = newDomain(name, registrar, callPos());
    for (let i = 0; i < defaultArgs.length; i++) applyDomainModifier(defaultArgs[i], d);
    for (let j = 0; j < modifiers.length; j++) applyDomainModifier(modifiers[j], d);
    const key = stripBang(name);
    if (domainNames.indexOf(key) !== -1)
      fail(key + ' is declared more than once' + (key !== name ? ' (check empty tags)' : ''));
    conf.domains.push(d);
    domainNames.push(key);
  }
  // The longest declared domain equal to name or a parent of it (D_EXTEND, INCLUDE).
  function findDomain(name) {
    name = stripBang(String(name));
    let best = null;
    for (let i = 0; i < conf.domains.length; i++) {
      const d = conf.domains[i];
      const own = stripBang(d.name);
      if (name === own || name.slice(-(own.length + 1)) === '.' + own) {
        if (!best || own.length > stripBang(best.name).length) best = d;
      }
    }
    return best;
  }
  // Where the D_EXTEND() being applied was called: a record it adds that has no position of its
  // own (past the position budget) takes this one, not its D()'s, which may be in another file.
  let extendPos;
  /**
   * A record label inside D_EXTEND(sub.domain) as current DNSControl writes it: `@` is the
   * subdomain, an IPv4 address or a full `….in-addr.arpa` name (from REV()) is already complete
   * (the subdomain is taken off its end if it is there), in an ip6.arpa zone the label is the
   * subdomain, anything else gains `.sub`.
   */
  function extendedLabel(label, subdomain, domain) {
    if (label === '@') return subdomain;
    if (/^\d+\.\d+\.\d+\.\d+$/.test(label)) return label;
    // In an ip6.arpa zone DNSControl names the record after the subdomain itself (and, a quirk
    // kept here, extends no further record of that D_EXTEND: see the caller).
    if (stripBang(domain).endsWith('.ip6.arpa')) return subdomain;
    if (label.endsWith('.in-addr.arpa'))
      return label.endsWith(subdomain) ? label.slice(0, -subdomain.length - 1) : label;
    return label + '.' + subdomain;
  }
  function D_EXTEND(name, ...modifiers) {
    const d = findDomain(name);
    if (!d) fail(name + ' was not declared yet and therefore cannot be updated. Use D() before.');
    let n = stripBang(String(name));
    // A classless reverse name (`0/25.7.8.9.in-addr.arpa`) extends the zone its first label
    // sits in: the part after that label names the subdomain.
    if (n.includes('/')) n = n.slice(n.indexOf('.') + 1);
    d.subdomain = n.slice(0, Math.max(0, n.length - stripBang(d.name).length - 1));
    extendPos = callPos();
    try {
      for (let i = 0; i < modifiers.length; i++) applyDomainModifier(modifiers[i], d);
    } finally {
      d.subdomain = '';
      extendPos = undefined;
    }
  }
  function INCLUDE(name) {
    const src = findDomain(name);
    if (!src) fail(name + ' was not declared yet and therefore cannot be updated. Use D() before.');
    return (d) => {
      for (let i = 0; i < src.records.length; i++) d.records.push(src.records[i]);
    };
  }
  function DEFAULTS(...modifiers) {
    defaultArgs = modifiers;
  }
  function getConfiguredDomains() {
    return domainNames.slice();
  }
  function DOMAIN_ELSEWHERE(domain, registrar, nslist) {
    D(domain, registrar, NO_PURGE);
    for (let i = 0; i < nslist.length; i++) D_EXTEND(domain, NAMESERVER(nslist[i]));
  }
  function DOMAIN_ELSEWHERE_AUTO(domain, registrar, ...providers) {
    D(domain, registrar, NO_PURGE);
    for (let i = 0; i < providers.length; i++) D_EXTEND(domain, DnsProvider(providers[i]));
  }

  // ---------------------------------------------------------------- domain modifiers
  function DefaultTTL(v) {
    const ttl = toDuration(v);
    return (d) => {
      d.defaultTTL = ttl;
    };
  }
  function NAMESERVER(name) {
    // biome-ignore lint/complexity/noArguments: only the count tells NAMESERVER() from NAMESERVER(undefined), and a rest parameter would change NAMESERVER.length
    if (arguments.length !== 1) fail('NAMESERVER only accepts one argument for name.');
    const pos = callerPos(recordPositions);
    return (d) => {
      d.nameservers.push({ name: name, filepos: pos });
    };
  }
  function NAMESERVER_TTL(v) {
    return { ns_ttl: String(toDuration(v)) };
  }
  function NO_PURGE(d) {
    d.keepunknown = true;
  }
  function PURGE(d) {
    d.keepunknown = false;
  }
  function AUTODNSSEC_ON(d) {
    d.auto_dnssec = 'on';
  }
  function AUTODNSSEC_OFF(d) {
    d.auto_dnssec = 'off';
  }
  function AUTODNSSEC() {
    host.log(
      'WARNING: AUTODNSSEC is deprecated. It is now a no-op. Please use AUTODNSSEC_ON or AUTODNSSEC_OFF.',
    );
  }
  function DISABLE_IGNORE_SAFETY_CHECK(d) {
    d.unmanaged_disable_safety_check = true;
  }
  function IGNORE(label, rtypes, target) {
    const entry = {
      label_pattern: label === undefined ? '*' : label,
      rType_pattern: rtypes === undefined ? '*' : rtypes,
      target_pattern: target === undefined ? '*' : target,
    };
    return (d) => {
      d.unmanaged.push(extend({}, entry));
    };
  }
  function IGNORE_NAME(name, rtypes) {
    return IGNORE(name, rtypes);
  }
  function IGNORE_TARGET(target, rtype) {
    return IGNORE('*', rtype, target);
  }
  function IGNORE_EXTERNAL_DNS(prefix) {
    return (d) => {
      d.ignore_external_dns = true;
      if (prefix) d.external_dns_prefix = prefix;
    };
  }
  function GIDINET_PREMIUM_NS() {
    return [
      'ns1.gidinet.it',
      'ns2.gidinet.it',
      'ns3.gidinet.it',
      'ns4.gidinet.it',
      'ns5.gidinet.it',
    ].map((n) => NAMESERVER(n + '.'));
  }
  function DKIM(arr) {
    return arr;
  }
  // DNSControl's variables: the host sets each `-v NAME=VALUE` (ours: --var) as a global string
  // before this prelude runs, and CLI_DEFAULTS fills only the globals that are still undefined.
  // A default of null or undefined means "must be passed": such names are remembered, so an
  // error can say which variable had no value (see variablesWithoutValue).
  const defaultedVariables = [];
  function CLI_DEFAULTS(defaults) {
    for (const k in defaults) {
      if (typeof global[k] !== 'undefined') continue;
      global[k] = defaults[k];
      if (defaults[k] == null && defaultedVariables.indexOf(k) === -1) defaultedVariables.push(k);
    }
  }
  // The CLI_DEFAULTS variables that hold null or undefined now (the config may set them later).
  function variablesWithoutValue() {
    const out = [];
    for (let i = 0; i < defaultedVariables.length; i++)
      if (global[defaultedVariables[i]] == null) out.push(defaultedVariables[i]);
    return out;
  }

  // ---------------------------------------------------------------- records
  function applyRecordModifiers(rec, mods) {
    for (let i = 0; i < mods.length; i++) {
      let m = mods[i];
      if (isFunction(m)) m(rec);
      else if (isObject(m)) {
        if (m.transform && isArray(m.transform))
          m = extend(extend({}, m), { transform: formatTransformTable(m.transform) });
        extend(rec.meta, m);
      } else fail('ERROR: Unknown modifier type');
    }
  }
  function defaultBuild(rec, a) {
    rec.name = a.name;
    rec.target = isNumber(a.target) ? num2dot(a.target) : a.target;
  }
  const SUBDOMAIN_EXEMPT = {
    CF_REDIRECT: 1,
    CF_TEMP_REDIRECT: 1,
    CF_WORKER_ROUTE: 1,
    CF_SINGLE_REDIRECT: 1,
  };

  // A record type: required arguments [name, validator?], then modifiers.
  function recordType(type, args, build) {
    args = args || [['name', isString], ['target']];
    build = build || defaultBuild;
    return (...values) => {
      if (values.length < args.length) {
        fail(
          type +
            ' record requires ' +
            args.length +
            ' arguments (' +
            args.map((a) => a[0]).join(', ') +
            '). Only ' +
            values.length +
            ' were supplied',
        );
      }
      const parsed = {};
      for (let i = 0; i < args.length; i++) {
        if (args[i][1] && !args[i][1](values[i]))
          fail(
            type +
              ' record ' +
              args[i][0] +
              ' argument validation failed' +
              (values[i] == null ? ' (it is ' + values[i] + ')' : ''),
          );
        parsed[args[i][0]] = values[i];
      }
      const mods = values.slice(args.length);
      const pos = callerPos(recordPositions);
      return (d) => {
        const rec = { type: type, meta: {}, ttl: d.defaultTTL };
        applyRecordModifiers(rec, mods);
        build(rec, parsed);
        if (d.subdomain && !SUBDOMAIN_EXEMPT[type]) {
          rec.subdomain = d.subdomain;
          const label = rec.name;
          rec.name = extendedLabel(label, d.subdomain, d.name);
          if (rec.name === d.subdomain && label !== '@' && stripBang(d.name).endsWith('.ip6.arpa'))
            d.subdomain = '';
        }
        const at = pos || extendPos || d.filepos;
        if (at) rec.filepos = at;
        if (rec.ensure_absent) {
          delete rec.ensure_absent;
          d.recordsabsent.push(rec);
        } else d.records.push(rec);
        return rec;
      };
    };
  }
  function isStringOrArray(x) {
    return isString(x) || isArray(x);
  }
  function oneOf(list) {
    return (v) => isString(v) && list.indexOf(v) !== -1;
  }
  function noComma(v) {
    return isString(v) && v.indexOf(',') === -1;
  }
  const NAME = ['name', isString];

  const A = recordType('A');
  const AAAA = recordType('AAAA');
  const ALIAS = recordType('ALIAS');
  const CNAME = recordType('CNAME');
  const DHCID = recordType('DHCID');
  const DNAME = recordType('DNAME');
  const NS = recordType('NS');
  const OPENPGPKEY = recordType('OPENPGPKEY');
  const PTR = recordType('PTR');
  const AKAMAICDN = recordType('AKAMAICDN');
  const URL = recordType('URL');
  const URL301 = recordType('URL301');
  const FRAME = recordType('FRAME');
  const CLOUDNS_WR = recordType('CLOUDNS_WR');
  const PORKBUN_URLFWD = recordType('PORKBUN_URLFWD');
  const BUNNY_DNS_RDR = recordType('BUNNY_DNS_RDR');
  const ADGUARDHOME_A_PASSTHROUGH = recordType('ADGUARDHOME_A_PASSTHROUGH', [
    NAME,
    ['target', (v) => v === ''],
  ]);
  const ADGUARDHOME_AAAA_PASSTHROUGH = recordType('ADGUARDHOME_AAAA_PASSTHROUGH', [
    NAME,
    ['target', (v) => v === ''],
  ]);
  const AKAMAITLC = recordType(
    'AKAMAITLC',
    [NAME, ['answer_type', oneOf(['DUAL', 'V4', 'V6'])], ['target', isString]],
    (r, a) => {
      r.name = a.name;
      r.answer_type = a.answer_type;
      r.target = a.target;
    },
  );
  const AZURE_ALIAS = recordType(
    'AZURE_ALIAS',
    [NAME, ['type', oneOf(['A', 'AAAA', 'CNAME'])], ['target', isString]],
    (r, a) => {
      r.name = a.name;
      r.target = a.target;
      r.azure_alias = extend(r.azure_alias || {}, { type: a.type });
    },
  );
  const R53_ALIAS = recordType(
    'R53_ALIAS',
    [
      NAME,
      ['type', oneOf(['A', 'AAAA', 'CNAME', 'CAA', 'MX', 'TXT', 'PTR', 'SPF', 'SRV', 'NAPTR'])],
      ['target', isString],
    ],
    (r, a) => {
      r.name = a.name;
      r.target = a.target;
      const alias = r.r53_alias || {};
      alias.type = a.type;
      if (!isString(alias.evaluate_target_health)) alias.evaluate_target_health = 'false';
      r.r53_alias = alias;
    },
  );
  const CAA = recordType('CAA', [NAME, ['tag', isString], ['value', isString]], (r, a) => {
    r.name = a.name;
    r.caatag = a.tag;
    r.target = a.value;
  });
  const DS = recordType(
    'DS',
    [
      NAME,
      ['keytag', isNumber],
      ['algorithm', isNumber],
      ['digesttype', isNumber],
      ['digest', isString],
    ],
    (r, a) => {
      r.name = a.name;
      r.target = '';
      r.dskeytag = a.keytag;
      r.dsalgorithm = a.algorithm;
      r.dsdigesttype = a.digesttype;
      r.dsdigest = a.digest;
    },
  );
  const DNSKEY = recordType(
    'DNSKEY',
    [
      NAME,
      ['flags', isNumber],
      ['protocol', isNumber],
      ['algorithm', isNumber],
      ['publickey', isString],
    ],
    (r, a) => {
      r.name = a.name;
      r.target = '';
      r.dnskeyflags = a.flags;
      r.dnskeyprotocol = a.protocol;
      r.dnskeyalgorithm = a.algorithm;
      r.dnskeypublickey = a.publickey;
    },
  );
  function svcb(type) {
    return recordType(
      type,
      [NAME, ['priority', isNumber], ['target', isString], ['params', isString]],
      (r, a) => {
        r.name = a.name;
        r.svcpriority = a.priority;
        r.target = a.target;
        r.svcparams = a.params;
      },
    );
  }
  const HTTPS = svcb('HTTPS');
  const SVCB = svcb('SVCB');
  const MX = recordType('MX', [NAME, ['priority', isNumber], ['target', isString]], (r, a) => {
    r.name = a.name;
    r.mxpreference = a.priority;
    r.target = a.target;
  });
  const NAPTR = recordType(
    'NAPTR',
    [
      NAME,
      ['order', isNumber],
      ['preference', isNumber],
      ['flags', isString],
      ['service', isString],
      ['regexp', isString],
      ['target', isString],
    ],
    (r, a) => {
      r.name = a.name;
      r.naptrorder = a.order;
      r.naptrpreference = a.preference;
      r.naptrflags = a.flags;
      r.naptrservice = a.service;
      r.naptrregexp = a.regexp;
      r.target = a.target;
    },
  );
  const SOA = recordType(
    'SOA',
    [
      NAME,
      ['ns', isString],
      ['mbox', isString],
      ['refresh', isNumber],
      ['retry', isNumber],
      ['expire', isNumber],
      ['minttl', isNumber],
    ],
    (r, a) => {
      r.name = a.name;
      r.target = a.ns;
      r.soambox = a.mbox;
      r.soarefresh = a.refresh;
      r.soaretry = a.retry;
      r.soaexpire = a.expire;
      r.soaminttl = a.minttl;
    },
  );
  const SRV = recordType(
    'SRV',
    [NAME, ['priority', isNumber], ['weight', isNumber], ['port', isNumber], ['target', isString]],
    (r, a) => {
      r.name = a.name;
      r.srvpriority = a.priority;
      r.srvweight = a.weight;
      r.srvport = a.port;
      r.target = a.target;
    },
  );
  const SSHFP = recordType(
    'SSHFP',
    [NAME, ['algorithm', isNumber], ['fingerprint', isNumber], ['value', isString]],
    (r, a) => {
      r.name = a.name;
      r.sshfpalgorithm = a.algorithm;
      r.sshfpfingerprint = a.fingerprint;
      r.target = a.value;
    },
  );
  const TLSA = recordType(
    'TLSA',
    [
      NAME,
      ['usage', isNumber],
      ['selector', isNumber],
      ['matchingtype', isNumber],
      ['target', isString],
    ],
    (r, a) => {
      r.name = a.name;
      r.tlsausage = a.usage;
      r.tlsaselector = a.selector;
      r.tlsamatchingtype = a.matchingtype;
      r.target = a.target;
    },
  );
  const SMIMEA = recordType(
    'SMIMEA',
    [
      NAME,
      ['usage', isNumber],
      ['selector', isNumber],
      ['matchingtype', isNumber],
      ['target', isString],
    ],
    (r, a) => {
      r.name = a.name;
      r.smimeausage = a.usage;
      r.smimeaselector = a.selector;
      r.smimeamatchingtype = a.matchingtype;
      r.target = a.target;
    },
  );
  const TXT = recordType('TXT', [NAME, ['target', isStringOrArray]], (r, a) => {
    r.name = a.name;
    r.target = isString(a.target) ? a.target : a.target.join('');
  });
  const LUA = recordType(
    'LUA',
    [NAME, ['rtype', isString], ['target', isStringOrArray]],
    (r, a) => {
      r.name = a.name;
      r.luartype = a.rtype.toUpperCase();
      r.target = isString(a.target) ? a.target : a.target.join('');
    },
  );
  const CF_REDIRECT = recordType(
    'CF_REDIRECT',
    [
      ['source', noComma],
      ['destination', noComma],
    ],
    (r, a) => {
      r.name = '@';
      r.target = a.source + ',' + a.destination;
    },
  );
  const CF_TEMP_REDIRECT = recordType(
    'CF_TEMP_REDIRECT',
    [
      ['source', noComma],
      ['destination', noComma],
    ],
    (r, a) => {
      r.name = '@';
      r.target = a.source + ',' + a.destination;
    },
  );
  const CF_WORKER_ROUTE = recordType(
    'CF_WORKER_ROUTE',
    [
      ['pattern', noComma],
      ['script', noComma],
    ],
    (r, a) => {
      r.name = '@';
      r.target = a.pattern + ',' + a.script;
    },
  );
  const IMPORT_TRANSFORM = recordType(
    'IMPORT_TRANSFORM',
    [['table'], ['domain'], ['ttl', isNumber]],
    (r, a) => {
      r.name = '@';
      r.target = a.domain;
      r.meta.transform_table = formatTransformTable(a.table);
      r.ttl = a.ttl;
    },
  );
  const IMPORT_TRANSFORM_STRIP = recordType(
    'IMPORT_TRANSFORM',
    [['table'], ['domain'], ['ttl', isNumber], ['suffixstrip']],
    (r, a) => {
      r.name = '@';
      r.target = a.domain;
      r.meta.transform_table = formatTransformTable(a.table);
      r.ttl = a.ttl;
      r.meta.transform_suffixstrip = a.suffixstrip;
    },
  );

  // New-style records: arguments are kept raw and interpreted on the host.
  function rawRecordType(type) {
    return (...raw) => {
      const pos = callerPos(recordPositions);
      return (d) => {
        const rec = { type: type };
        const args = [];
        const metas = [];
        for (let i = 0; i < raw.length; i++) {
          if (isFunction(raw[i])) raw[i](rec);
          else if (isObject(raw[i])) metas.push(raw[i]);
          else args.push(raw[i]);
        }
        rec.args = args;
        if (metas.length) rec.metas = metas;
        const at = pos || extendPos || d.filepos;
        if (at) rec.filepos = at;
        d.rawrecords.push(rec);
        return rec;
      };
    };
  }
  const CF_SINGLE_REDIRECT = rawRecordType('CLOUDFLAREAPI_SINGLE_REDIRECT');

  // ---------------------------------------------------------------- record modifiers
  function TTL(v) {
    const ttl = toDuration(v);
    return (r) => {
      r.ttl = ttl;
    };
  }
  function CAA_CRITICAL(r) {
    r.caaflag = (r.caaflag || 0) | 128;
  }
  function ENSURE_ABSENT_REC() {
    return (r) => {
      r.ensure_absent = true;
    };
  }
  function R53_ZONE(zoneId) {
    return (x) => {
      if (isArray(x.records)) x.meta.zone_id = zoneId;
      else x.r53_alias = extend(x.r53_alias || {}, { zone_id: zoneId });
    };
  }
  function R53_EVALUATE_TARGET_HEALTH(enabled) {
    return (r) => {
      r.r53_alias = extend(r.r53_alias || {}, { evaluate_target_health: String(enabled) });
    };
  }
  function R53_WEIGHT(weight, setId) {
    return { r53_weight: String(weight), r53_set_identifier: String(setId) };
  }
  function R53_HEALTH_CHECK_ID(id) {
    return { r53_health_check_id: String(id) };
  }
  function CF_COMMENT(c) {
    return { cloudflare_comment: String(c) };
  }
  function CF_TAGS(...tags) {
    return { cloudflare_tags: tags.join(',') };
  }
  function HEDNS_DDNS_KEY(key) {
    return { hedns_ddns_key: String(key) };
  }

  // ---------------------------------------------------------------- LOC
  function locSize(meters) {
    // RFC 1876 size: centimetres as mantissa (high nibble) and power of ten (low nibble), 0-9 each.
    const cm = meters * 100;
    if (!(cm >= 1)) return 0;
    let exp = Math.floor(Math.log10(cm));
    let mant = Math.floor(cm / 10 ** exp);
    if (mant > 9) mant = 9;
    if (exp > 9) exp = 9;
    return (mant << 4) | exp;
  }
  function clamp(v, lo, hi) {
    return v < lo ? lo : Math.min(v, hi);
  }
  const LOC = recordType(
    'LOC',
    [
      NAME,
      ['d1', isNumber],
      ['m1', isNumber],
      ['s1', isNumber],
      ['ns', isString],
      ['d2', isNumber],
      ['m2', isNumber],
      ['s2', isNumber],
      ['ew', isString],
      ['alt', isNumber],
      ['siz', isNumber],
      ['hp', isNumber],
      ['vp', isNumber],
    ],
    (r, a) => {
      if (a.d1 % 1 || a.m1 % 1 || a.d2 % 1 || a.m2 % 1)
        fail("LOC record '" + a.name + "': degrees and minutes must be integers");
      if (!/^[NnSs]$/.test(a.ns)) fail(a.ns + ' is not a valid latitude modifier');
      if (!/^[EeWw]$/.test(a.ew)) fail(a.ew + ' is not a valid longitude modifier');
      const ns = a.ns.toUpperCase();
      const ew = a.ew.toUpperCase();
      r.name = a.name;
      r.target =
        [a.d1, a.m1, a.s1, ns, a.d2, a.m2, a.s2, ew].join(' ') +
        ' ' +
        [
          clamp(a.alt, -100000, 42849672.95),
          clamp(a.siz, 0, 90000000),
          clamp(a.hp, 0, 90000000),
          clamp(a.vp, 0, 90000000),
        ].join('m ') +
        'm';
      const half = 2147483648;
      const lat = Math.round(a.d1 * 3600000 + a.m1 * 60000 + a.s1 * 1000);
      const lon = Math.round(a.d2 * 3600000 + a.m2 * 60000 + a.s2 * 1000);
      r.loclatitude = ns === 'N' ? half + lat : half - lat;
      r.loclongitude = ew === 'E' ? half + lon : half - lon;
      r.localtitude = clamp(Math.trunc((a.alt + 100000) * 100), 0, 4294967295);
      r.locsize = locSize(a.siz);
      r.lochorizpre = locSize(a.hp);
      r.locvertpre = locSize(a.vp);
    },
  );
  function ddToDms(deg, longitude) {
    const hemi = deg < 0 ? (longitude ? 'W' : 'S') : longitude ? 'E' : 'N';
    const abs = Math.abs(deg);
    const d = Math.trunc(abs);
    const nudged = abs + 1e-9;
    return {
      hemi: hemi,
      dg: d,
      mn: Math.trunc((nudged % 1) * 60),
      sc: Math.trunc(((nudged * 60) % 1) * 60000) / 1000,
    };
  }
  function parseDms(text) {
    const lat = /(-?\d+).(\d+).([\d.]+).? ?([NS])/.exec(text);
    const lon = /(-?\d+).(\d+).([\d.]+).? ?([EW])/.exec(text);
    if (!lat || !lon) return null;
    const part = (m) => ({
      dg: parseInt(m[1], 10),
      mn: parseInt(m[2], 10),
      sc: parseFloat(m[3]),
      hemi: m[4],
    });
    return { lat: part(lat), lon: part(lon) };
  }
  function parseDmm(text) {
    const lat = /(-?\d+(\.\d+)?)°?\s*([NS])/i.exec(text);
    const lon = /(-?\d+(\.\d+)?)°?\s*([EW])/i.exec(text);
    if (!lat || !lon) return null;
    const part = (m) => {
      const v = parseFloat(m[1]);
      const dg = Math.floor(v);
      const mn = Math.floor((v - dg) * 60);
      return { dg: dg, mn: mn, sc: Math.round(((v - dg) * 60 - mn) * 60), hemi: m[3] };
    };
    return { lat: part(lat), lon: part(lon) };
  }
  function locFromBuilder(value, dms, what) {
    if (!dms) fail(what + ': cannot read coordinates from "' + value.str + '"');
    const mods = [{}];
    if (value.ttl) mods.push(TTL(value.ttl));
    return [
      LOC.apply(
        null,
        [
          value.label || '@',
          dms.lat.dg,
          dms.lat.mn,
          dms.lat.sc,
          dms.lat.hemi,
          dms.lon.dg,
          dms.lon.mn,
          dms.lon.sc,
          dms.lon.hemi,
          value.alt || 0,
          0,
          0,
          0,
        ].concat(mods),
      ),
    ];
  }
  function LOC_BUILDER_DD(v) {
    if (!v.x && !v.y) fail('LOC_BUILDER_DD requires x and y elements');
    return locFromBuilder(
      v,
      { lat: ddToDms(v.x, false), lon: ddToDms(v.y, true) },
      'LOC_BUILDER_DD',
    );
  }
  function LOC_BUILDER_DMM_STR(v) {
    if (!v.str) fail('LOC_BUILDER_DMM_STR requires a string of the form 25.24°S 153.15°E');
    return locFromBuilder(v, parseDmm(v.str), 'LOC_BUILDER_DMM_STR');
  }
  function LOC_BUILDER_DMS_STR(v) {
    if (!v.str) fail('LOC_BUILDER_DMS_STR requires a string of the form 33°51′31″S 151°12′51″E');
    return locFromBuilder(v, parseDms(v.str), 'LOC_BUILDER_DMS_STR');
  }
  function LOC_BUILDER_STR(v) {
    if (!v.str) fail('LOC_BUILDER_STR requires a string');
    return locFromBuilder(v, parseDmm(v.str) || parseDms(v.str), 'LOC_BUILDER_STR');
  }

  // ---------------------------------------------------------------- builders (no live lookups)
  function SPF_BUILDER(v) {
    if (!v || !v.parts || v.parts.length < 2) fail('SPF_BUILDER requires at least 2 elements');
    const label = v.label || '@';
    const raw = v.raw === undefined || v.raw === null ? '_rawspf' : v.raw;
    const text = v.parts.join(' ');
    const meta = {};
    const out = [];
    const ttl = v.ttl ? [TTL(v.ttl)] : [];
    if (v.flatten && v.flatten.length > 0) {
      meta.flatten = v.flatten.join(',');
      if (raw !== '') out.push(TXT.apply(null, [raw, text, {}].concat(ttl)));
    }
    if (v.overflow) meta.split = v.overflow;
    if (v.overhead1) meta.overhead1 = String(v.overhead1);
    if (v.txtMaxSize) meta.txtMaxSize = String(v.txtMaxSize);
    out.push(TXT.apply(null, [label, text, meta].concat(ttl)));
    return out;
  }
  function CAA_BUILDER(v) {
    const label = v.label || '@';
    const lists = {};
    const tags = ['issue', 'issuewild', 'issuevmc', 'issuemail'];
    for (let i = 0; i < tags.length; i++) {
      const x = v[tags[i]];
      lists[tags[i]] = x === 'none' ? [';'] : x === undefined ? [] : isArray(x) ? x : [x];
    }
    if (!tags.some((t) => lists[t].length > 0))
      fail('CAA_BUILDER requires at least one entry at issue, issuewild, issuevmc or issuemail');
    const ttl = v.ttl ? [TTL(v.ttl)] : [];
    const out = [];
    const iodef = v.iodef === undefined ? [] : isArray(v.iodef) ? v.iodef : [v.iodef];
    for (let j = 0; j < iodef.length; j++)
      out.push(
        CAA.apply(
          null,
          [label, 'iodef', iodef[j]].concat(v.iodef_critical ? [CAA_CRITICAL] : [], ttl),
        ),
      );
    for (let t = 0; t < tags.length; t++) {
      const tag = tags[t];
      for (let k = 0; k < lists[tag].length; k++) {
        out.push(
          CAA.apply(
            null,
            [label, tag, lists[tag][k]].concat(v[tag + '_critical'] ? [CAA_CRITICAL] : [], ttl),
          ),
        );
      }
    }
    return out;
  }
  const DMARC_ALIGN = { relaxed: 'r', r: 'r', strict: 's', s: 's' };
  const DMARC_POLICY = { none: 1, quarantine: 1, reject: 1 };
  function DMARC_BUILDER(v) {
    v = v || {};
    const label = v.label && v.label !== '@' ? '_dmarc.' + v.label : '_dmarc';
    const policy = v.policy || 'none';
    if (!DMARC_POLICY[policy]) fail('DMARC_BUILDER: invalid policy "' + policy + '"');
    const tags = ['v=' + (v.version || 'DMARC1'), 'p=' + policy];
    if (v.subdomainPolicy) {
      if (!DMARC_POLICY[v.subdomainPolicy])
        fail('DMARC_BUILDER: invalid subdomainPolicy "' + v.subdomainPolicy + '"');
      tags.push('sp=' + v.subdomainPolicy);
    }
    if (v.alignmentDKIM) {
      if (!DMARC_ALIGN[v.alignmentDKIM])
        fail('DMARC_BUILDER: invalid alignmentDKIM "' + v.alignmentDKIM + '"');
      tags.push('adkim=' + DMARC_ALIGN[v.alignmentDKIM]);
    }
    if (v.alignmentSPF) {
      if (!DMARC_ALIGN[v.alignmentSPF])
        fail('DMARC_BUILDER: invalid alignmentSPF "' + v.alignmentSPF + '"');
      tags.push('aspf=' + DMARC_ALIGN[v.alignmentSPF]);
    }
    if (v.percent !== undefined && v.percent !== null) {
      if (!(v.percent >= 0 && v.percent <= 100))
        fail('DMARC_BUILDER: percent must be between 0 and 100');
      tags.push('pct=' + v.percent);
    }
    if (v.rua && v.rua.length) tags.push('rua=' + v.rua.join(','));
    if (v.ruf && v.ruf.length) tags.push('ruf=' + v.ruf.join(','));
    if (v.failureOptions !== undefined) {
      let fo = v.failureOptions;
      if (isPlainObject(fo)) {
        const f = [];
        if (fo.SPF) f.push('s');
        if (fo.DKIM) f.push('d');
        fo = f.length === 2 ? '1' : f.length ? f[0] : '0';
      }
      tags.push('fo=' + fo);
    }
    if (v.failureFormat) tags.push('rf=' + v.failureFormat);
    if (v.reportInterval !== undefined) tags.push('ri=' + toDuration(v.reportInterval));
    const mods = v.ttl ? [TTL(v.ttl)] : [];
    return TXT.apply(null, [label, tags.join('; ')].concat(mods));
  }
  function DKIM_BUILDER(v) {
    if (!v || !v.selector) fail('DKIM_BUILDER requires selector to be defined');
    const label =
      v.label && v.label !== '@'
        ? v.selector + '._domainkey.' + v.label
        : v.selector + '._domainkey';
    const tags = [];
    if (v.version) tags.push('v=' + v.version);
    if (v.hashtypes) tags.push('h=' + (isArray(v.hashtypes) ? v.hashtypes.join(':') : v.hashtypes));
    if (v.keytype) tags.push('k=' + v.keytype);
    if (v.note) tags.push('n=' + v.note);
    tags.push('p=' + (v.pubkey || ''));
    if (v.servicetypes)
      tags.push('s=' + (isArray(v.servicetypes) ? v.servicetypes.join(':') : v.servicetypes));
    if (v.flags) tags.push('t=' + (isArray(v.flags) ? v.flags.join(':') : v.flags));
    const mods = v.ttl ? [TTL(v.ttl)] : [];
    return TXT.apply(null, [label, tags.join('; ')].concat(mods));
  }
  function M365_BUILDER(name, v) {
    v = v || {};
    const on = (k, dflt) => (v[k] === undefined ? dflt : !!v[k]);
    if (on('dkim', true) && !v.initialDomain)
      fail('M365_BUILDER requires your M365 account name as initialDomain to set up DKIM');
    if (!v.domainGUID && String(name).indexOf('-') !== -1)
      fail('M365_BUILDER requires domainGUID for domains with a "-" in their name');
    const guid = v.domainGUID || String(name).replace(/\./g, '-');
    const out = [];
    if (on('mx', true)) out.push(MX('@', 0, guid + '.mail.protection.outlook.com.'));
    if (on('autodiscover', true)) out.push(CNAME('autodiscover', 'autodiscover.outlook.com.'));
    if (on('dkim', true)) {
      const initial = String(v.initialDomain).replace(/\.onmicrosoft\.com$/, '');
      out.push(
        CNAME(
          'selector1._domainkey',
          'selector1-' + guid + '._domainkey.' + initial + '.onmicrosoft.com.',
        ),
      );
      out.push(
        CNAME(
          'selector2._domainkey',
          'selector2-' + guid + '._domainkey.' + initial + '.onmicrosoft.com.',
        ),
      );
    }
    if (on('skypeForBusiness', false)) {
      out.push(CNAME('lyncdiscover', 'webdir.online.lync.com.'));
      out.push(CNAME('sip', 'sipdir.online.lync.com.'));
      out.push(SRV('_sip._tls', 100, 1, 443, 'sipdir.online.lync.com.'));
      out.push(SRV('_sipfederationtls._tcp', 100, 1, 5061, 'sipfed.online.lync.com.'));
    }
    if (on('mdm', false)) {
      out.push(CNAME('enterpriseregistration', 'enterpriseregistration.windows.net.'));
      out.push(CNAME('enterpriseenrollment', 'enterpriseenrollment-s.manage.microsoft.com.'));
    }
    return out;
  }

  // ---------------------------------------------------------------- host bridges
  // Host strings end at a NUL byte, so a path holding one is refused before it gets there.
  function hostPath(path) {
    const p = String(path);
    if (p.indexOf('\u0000') >= 0)
      fail('path "' + p.replace(/\u0000/g, '\\0') + '" contains a NUL byte');
    return p;
  }
  function require(path) {
    const r = host.load(hostPath(path));
    return r.kind === 'json' ? parseJSON(r.text) : true;
  }
  function glob(dir, recursive, ext) {
    return parseJSON(
      host.glob(
        hostPath(dir === undefined ? '.' : dir),
        recursive !== false,
        ext === undefined ? '.js' : String(ext),
      ),
    );
  }
  function require_glob(dir, recursive) {
    const files = glob(dir, recursive, '.js');
    for (let i = 0; i < files.length; i++) require(files[i]);
    return files;
  }
  function HASH(alg, value) {
    return host.hash(String(alg), String(value));
  }
  function PANIC(message) {
    const e = new Error(String(message));
    e.name = 'PANIC';
    throw e;
  }
  function FETCH() {
    fail('FETCH is not available: ZoneGuard evaluates dnsconfig.js without network access');
  }
  function show(x) {
    if (isString(x)) return x;
    try {
      const s = stringify(x);
      return s === undefined ? String(x) : s;
    } catch {
      return String(x);
    }
  }
  const console = {
    log: (...values) => {
      host.log(values.map(show).join(' '));
    },
  };
  console.info = console.warn = console.error = console.debug = console.log;

  // A small part of underscore.js, which DNSControl's interpreter provides as _.
  const _ = {
    each: (list, fn) => {
      if (isArray(list)) list.forEach(fn);
      else for (const k in list) fn(list[k], k, list);
      return list;
    },
    map: (list, fn) => {
      if (isArray(list)) return list.map(fn);
      const o = [];
      for (const k in list) o.push(fn(list[k], k, list));
      return o;
    },
    filter: (list, fn) => list.filter(fn),
    reject: (list, fn) => list.filter((x, i, l) => !fn(x, i, l)),
    find: (list, fn) => list.find(fn),
    contains: (list, x) => list.indexOf(x) !== -1,
    keys: (o) => Object.keys(o),
    values: (o) => Object.keys(o).map((k) => o[k]),
    extend: (t, ...sources) => {
      for (let i = 0; i < sources.length; i++) extend(t, sources[i]);
      return t;
    },
    defaults: (t, ...sources) => {
      for (let i = 0; i < sources.length; i++)
        for (const k in sources[i]) if (t[k] === undefined) t[k] = sources[i][k];
      return t;
    },
    flatten: (list) => list.reduce((a, x) => a.concat(isArray(x) ? _.flatten(x) : [x]), []),
    uniq: (list) => list.filter((x, i) => list.indexOf(x) === i),
    range: (a, b) => {
      if (b === undefined) {
        b = a;
        a = 0;
      }
      const o = [];
      for (let i = a; i < b; i++) o.push(i);
      return o;
    },
    isArray: isArray,
    isString: isString,
    isNumber: isNumber,
    isFunction: isFunction,
    isObject: isObject,
  };
  _.forEach = _.each;
  _.includes = _.contains;
  _.select = _.filter;
  _.collect = _.map;

  const exported = {
    NewRegistrar: NewRegistrar,
    NewDnsProvider: NewDnsProvider,
    DnsProvider: DnsProvider,
    D: D,
    D_EXTEND: D_EXTEND,
    INCLUDE: INCLUDE,
    DEFAULTS: DEFAULTS,
    getConfiguredDomains: getConfiguredDomains,
    DOMAIN_ELSEWHERE: DOMAIN_ELSEWHERE,
    DOMAIN_ELSEWHERE_AUTO: DOMAIN_ELSEWHERE_AUTO,
    DefaultTTL: DefaultTTL,
    NAMESERVER: NAMESERVER,
    NAMESERVER_TTL: NAMESERVER_TTL,
    NO_PURGE: NO_PURGE,
    PURGE: PURGE,
    AUTODNSSEC_ON: AUTODNSSEC_ON,
    AUTODNSSEC_OFF: AUTODNSSEC_OFF,
    AUTODNSSEC: AUTODNSSEC,
    DISABLE_IGNORE_SAFETY_CHECK: DISABLE_IGNORE_SAFETY_CHECK,
    IGNORE: IGNORE,
    IGNORE_NAME: IGNORE_NAME,
    IGNORE_TARGET: IGNORE_TARGET,
    IGNORE_EXTERNAL_DNS: IGNORE_EXTERNAL_DNS,
    GIDINET_PREMIUM_NS: GIDINET_PREMIUM_NS,
    DKIM: DKIM,
    CLI_DEFAULTS: CLI_DEFAULTS,
    A: A,
    AAAA: AAAA,
    ALIAS: ALIAS,
    CNAME: CNAME,
    DHCID: DHCID,
    DNAME: DNAME,
    NS: NS,
    OPENPGPKEY: OPENPGPKEY,
    PTR: PTR,
    AKAMAICDN: AKAMAICDN,
    AKAMAITLC: AKAMAITLC,
    URL: URL,
    URL301: URL301,
    FRAME: FRAME,
    CLOUDNS_WR: CLOUDNS_WR,
    PORKBUN_URLFWD: PORKBUN_URLFWD,
    BUNNY_DNS_RDR: BUNNY_DNS_RDR,
    ADGUARDHOME_A_PASSTHROUGH: ADGUARDHOME_A_PASSTHROUGH,
    ADGUARDHOME_AAAA_PASSTHROUGH: ADGUARDHOME_AAAA_PASSTHROUGH,
    AZURE_ALIAS: AZURE_ALIAS,
    R53_ALIAS: R53_ALIAS,
    CAA: CAA,
    DS: DS,
    DNSKEY: DNSKEY,
    HTTPS: HTTPS,
    SVCB: SVCB,
    MX: MX,
    NAPTR: NAPTR,
    SOA: SOA,
    SRV: SRV,
    SSHFP: SSHFP,
    TLSA: TLSA,
    SMIMEA: SMIMEA,
    TXT: TXT,
    LUA: LUA,
    LOC: LOC,
    CF_REDIRECT: CF_REDIRECT,
    CF_TEMP_REDIRECT: CF_TEMP_REDIRECT,
    CF_WORKER_ROUTE: CF_WORKER_ROUTE,
    CF_SINGLE_REDIRECT: CF_SINGLE_REDIRECT,
    IMPORT_TRANSFORM: IMPORT_TRANSFORM,
    IMPORT_TRANSFORM_STRIP: IMPORT_TRANSFORM_STRIP,
    TTL: TTL,
    CAA_CRITICAL: CAA_CRITICAL,
    ENSURE_ABSENT_REC: ENSURE_ABSENT_REC,
    R53_ZONE: R53_ZONE,
    R53_EVALUATE_TARGET_HEALTH: R53_EVALUATE_TARGET_HEALTH,
    R53_WEIGHT: R53_WEIGHT,
    R53_HEALTH_CHECK_ID: R53_HEALTH_CHECK_ID,
    CF_COMMENT: CF_COMMENT,
    CF_TAGS: CF_TAGS,
    HEDNS_DDNS_KEY: HEDNS_DDNS_KEY,
    LOC_BUILDER_DD: LOC_BUILDER_DD,
    LOC_BUILDER_DMM_STR: LOC_BUILDER_DMM_STR,
    LOC_BUILDER_DMS_STR: LOC_BUILDER_DMS_STR,
    LOC_BUILDER_STR: LOC_BUILDER_STR,
    SPF_BUILDER: SPF_BUILDER,
    CAA_BUILDER: CAA_BUILDER,
    DMARC_BUILDER: DMARC_BUILDER,
    DKIM_BUILDER: DKIM_BUILDER,
    M365_BUILDER: M365_BUILDER,
    IP: IP,
    REV: REV,
    REVCOMPAT: REVCOMPAT,
    require: require,
    require_glob: require_glob,
    glob: glob,
    HASH: HASH,
    PANIC: PANIC,
    FETCH: FETCH,
    fetch: FETCH,
    console: console,
    _: _,
    END: {},
    AUTOSPLIT: {},
    CF_PROXY_OFF: { cloudflare_proxy: 'off' },
    CF_PROXY_ON: { cloudflare_proxy: 'on' },
    CF_PROXY_FULL: { cloudflare_proxy: 'full' },
    CF_PROXY_DEFAULT_OFF: { cloudflare_proxy_default: 'off' },
    CF_PROXY_DEFAULT_ON: { cloudflare_proxy_default: 'on' },
    CF_UNIVERSALSSL_OFF: { cloudflare_universalssl: 'off' },
    CF_UNIVERSALSSL_ON: { cloudflare_universalssl: 'on' },
    CF_CNAME_FLATTEN_OFF: { cloudflare_cname_flatten: 'off' },
    CF_CNAME_FLATTEN_ON: { cloudflare_cname_flatten: 'on' },
    CF_MANAGE_COMMENTS: { cloudflare_manage_comments: 'true' },
    CF_MANAGE_TAGS: { cloudflare_manage_tags: 'true' },
    HEDNS_DYNAMIC_ON: { hedns_dynamic: 'on' },
    HEDNS_DYNAMIC_OFF: { hedns_dynamic: 'off' },
    DISABLE_REPEATED_DOMAIN_CHECK: { skip_fqdn_check: 'true' },
  };
  for (const key in exported) global[key] = exported[key];

  // The completion value, which only the host holds: the function that serialises the
  // configuration once the config has run. Its `unset` names the CLI_DEFAULTS variables that
  // have no value (JSON), for the host's error messages.
  const serialise = () => {
    if (recordPositions.skipped) conf.positions_skipped = recordPositions.skipped;
    if (callPositions.skipped) conf.call_positions_skipped = callPositions.skipped;
    return stringify(conf);
  };
  serialise.unset = () => stringify(variablesWithoutValue());
  return serialise;
})(globalThis);
