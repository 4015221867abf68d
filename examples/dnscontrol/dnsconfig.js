// Example DNSControl configuration for ZoneGuard's demos and tests.
// Registrars and DNS providers: the types come from creds.json (TYPE).
var REG_GANDI = NewRegistrar('gandi');
var REG_NONE = NewRegistrar('none');
var DNS_CLOUDFLARE = NewDnsProvider('cloudflare');
var DNS_ROUTE53 = NewDnsProvider('route53');

// Shared helpers (macros) and data.
require('./lib/macros.js');
var OFFICE = require('./lib/addresses.json');

DEFAULTS(DefaultTTL('1h'), NAMESERVER_TTL('1d'));

// The main domain: served by Cloudflare and Route 53 (two of each's nameservers).
D('example.com', REG_GANDI, DnsProvider(DNS_CLOUDFLARE, 2), DnsProvider(DNS_ROUTE53, 2),
  AUTODNSSEC_OFF,
  A('@', '192.0.2.10'),
  AAAA('@', '2001:db8::10'),
  A('www', '192.0.2.10', CF_PROXY_ON),
  CNAME('docs', 'example.github.io.'),
  A('vpn', OFFICE.vpn, TTL('5m')),
  GOOGLE_WORKSPACE_MAIL,
  SPF_BUILDER({
    parts: ['v=spf1', 'include:_spf.google.com', 'include:mailgun.org', '~all'],
  }),
  DMARC_BUILDER({ policy: 'quarantine', rua: ['mailto:dmarc@example.com'], percent: 100 }),
  CAA_BUILDER({ issue: ['letsencrypt.org'], issuewild: 'none', iodef: 'mailto:security@example.com' }),
  IGNORE('_acme-challenge', 'TXT'),
);

// Records kept in their own files, one per team.
require_glob('./zones/');

// A domain parked at the registrar: its nameservers are someone else's.
DOMAIN_ELSEWHERE('example.net', REG_GANDI, ['ns1.parking.example.', 'ns2.parking.example.']);

// Reverse zone for the office network.
D(REV('198.51.100.0/24'), REG_NONE, DnsProvider(DNS_ROUTE53),
  PTR('10', 'vpn.example.com.'),
  PTR('198.51.100.11', 'printer.example.com.'),
);
