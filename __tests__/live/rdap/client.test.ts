/**
 * The RDAP client against a real HTTP server on loopback: RFC 9083 documents, 404, 429 with
 * Retry-After, redirects, a server that never answers, and answers no client should trust.
 */

import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import fc from 'fast-check';
import { parseBootstrap, serviceFor } from '../../../src/live/rdap/bootstrap.js';
import { readDomain } from '../../../src/live/rdap/domain.js';
import { getRdap, nextUrl, retryAfterMs } from '../../../src/live/rdap/http.js';
import { collectRegistry } from '../../../src/live/registry-phase.js';
import { registryRequests } from '../../../src/live/registry-types.js';
import {
  domainDocument,
  json,
  type RdapServer,
  startRdapServer,
} from '../../helpers/rdap-server.js';

let server: RdapServer;
beforeEach(async () => {
  server = await startRdapServer();
});
afterEach(() => server.close());

const DS = {
  keyTag: 2371,
  algorithm: 13,
  digestType: 2,
  digest: 'c988ec423e3880eb8dd8a46fe06ec5bcf69',
};

describe('getRdap and readDomain', () => {
  it('reads a locked, signed registration and asks for application/rdap+json', async () => {
    server.route(
      '/domain/example.com',
      json(
        200,
        domainDocument({
          name: 'example.com',
          status: ['client transfer prohibited', 'serverUpdateProhibited'],
          expires: new Date('2030-01-01T00:00:00Z'),
          nameservers: ['NS1.EXAMPLE.NET', 'ns2.example.net.'],
          ds: [DS],
          registrar: 'Example Registrar',
        }),
      ),
    );
    const answer = await getRdap(`${server.url}domain/example.com`);
    expect(answer.kind).toBe('ok');
    expect(server.requests[0]!.accept).toMatch(/^application\/rdap\+json/);
    const read = readDomain(answer.kind === 'ok' ? answer.body : undefined);
    expect(read).toEqual({
      ok: true,
      domain: {
        ldhName: 'example.com.',
        status: ['client transfer prohibited', 'server update prohibited'],
        events: [
          { action: 'registration', date: '2001-05-01T12:00:00Z' },
          { action: 'expiration', date: '2030-01-01T00:00:00.000Z' },
          { action: 'last update of rdap database', date: '2026-11-26T00:00:00Z' },
        ],
        nameservers: ['ns1.example.net.', 'ns2.example.net.'],
        secureDNS: { delegationSigned: true, dsData: [{ ...DS, digest: DS.digest.toUpperCase() }] },
        registrar: { name: 'Example Registrar', ianaId: '9999', handle: '9999' },
      },
    });
  });

  it('says 404 is "no registration data", not a failure', async () => {
    expect(await getRdap(`${server.url}domain/nobody.com`)).toEqual({
      kind: 'not-found',
      url: `${server.url}domain/nobody.com`,
    });
  });

  it('waits out a short Retry-After on 429, then reads the answer', async () => {
    server.route('/domain/busy.com', (req, res, hit) =>
      hit === 1
        ? json(429, { errorCode: 429, title: 'Too Many Requests' }, { 'retry-after': '0' })(
            req,
            res,
            hit,
          )
        : json(200, domainDocument({ name: 'busy.com' }))(req, res, hit),
    );
    const answer = await getRdap(`${server.url}domain/busy.com`);
    expect(answer.kind).toBe('ok');
    expect(server.requests.length).toBe(2);
  });

  it('gives up on a 429 that asks for a long wait, and says so', async () => {
    server.route('/domain/busy.com', json(429, {}, { 'retry-after': '3600' }));
    expect(await getRdap(`${server.url}domain/busy.com`)).toMatchObject({
      kind: 'failed',
      reason: 'rate limited (HTTP 429, asked to wait 3600 s)',
    });
    expect(server.requests.length).toBe(1);
  });

  it('follows a redirect, and stops a redirect loop', async () => {
    server.route('/domain/moved.com', (_req, res) => {
      res.writeHead(301, { location: '/v2/domain/moved.com' });
      res.end();
    });
    server.route('/v2/domain/moved.com', json(200, domainDocument({ name: 'moved.com' })));
    expect(await getRdap(`${server.url}domain/moved.com`)).toMatchObject({
      kind: 'ok',
      url: `${server.url}v2/domain/moved.com`,
    });
    server.route('/domain/loop.com', (_req, res) => {
      res.writeHead(302, { location: '/domain/loop.com' });
      res.end();
    });
    expect(await getRdap(`${server.url}domain/loop.com`)).toMatchObject({
      kind: 'failed',
      reason: 'more than 3 redirects',
    });
  });

  it('refuses a redirect away from HTTP(S)', async () => {
    server.route('/domain/odd.com', (_req, res) => {
      res.writeHead(307, { location: 'ftp://example.net/domain/odd.com' });
      res.end();
    });
    expect(await getRdap(`${server.url}domain/odd.com`)).toMatchObject({
      kind: 'failed',
      reason: 'a redirect to ftp: refused (HTTPS only)',
    });
  });

  it('gives up on a server that never answers, at its time limit', async () => {
    server.route('/domain/slow.com', () => {
      // never answers
    });
    expect(await getRdap(`${server.url}domain/slow.com`, { timeoutMs: 200 })).toMatchObject({
      kind: 'failed',
      reason: 'no complete answer within 200 ms',
    });
  });

  it('turns malformed, oversized and foreign answers into reasons', async () => {
    server.route('/domain/bad.com', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rdap+json' });
      res.end('{"objectClassName": "domain", ');
    });
    expect(await getRdap(`${server.url}domain/bad.com`)).toMatchObject({
      kind: 'failed',
      reason: 'the answer is not JSON',
    });
    server.route(
      '/domain/big.com',
      json(200, { objectClassName: 'domain', pad: 'x'.repeat(5000) }),
    );
    expect(await getRdap(`${server.url}domain/big.com`, { maxBytes: 1000 })).toMatchObject({
      kind: 'failed',
      reason: 'the answer is larger than 1000 bytes',
    });
    server.route('/domain/err.com', json(503, { errorCode: 503, title: 'Service\nUnavailable' }));
    expect(await getRdap(`${server.url}domain/err.com`)).toMatchObject({
      kind: 'failed',
      reason: 'HTTP 503: Service Unavailable',
    });
    expect(readDomain({ objectClassName: 'entity' })).toEqual({
      ok: false,
      problem: 'the answer is not a domain object (objectClassName entity)',
    });
    expect(readDomain([1, 2])).toEqual({ ok: false, problem: 'the answer is not a JSON object' });
  });

  it('keeps only well-formed members of a hostile domain object', () => {
    const read = readDomain({
      objectClassName: 'domain',
      ldhName: 'bad name with spaces',
      status: ['active', 42, { x: 1 }],
      events: [{ eventAction: 'expiration', eventDate: 'not a date' }, 'x'],
      nameservers: [{ ldhName: 'ns1.example.net' }, { ldhName: '../../etc' }, null],
      secureDNS: { delegationSigned: 'yes', dsData: [{ keyTag: -1 }, { ...DS, digest: 'zz' }] },
      entities: 'nope',
    });
    expect(read).toEqual({
      ok: true,
      domain: {
        status: ['active'],
        events: [],
        nameservers: ['ns1.example.net.'],
        secureDNS: { dsData: [] },
      },
    });
  });
});

describe('the bootstrap file (RFC 9224)', () => {
  const file = {
    version: '1.0',
    publication: '2026-11-01T00:00:00Z',
    services: [
      [
        ['com', 'net'],
        ['http://rdap.example/com/', 'https://rdap.example/com'],
      ],
      [['uk'], ['https://rdap.example/uk/']],
      [['co.uk'], ['https://rdap.example/co-uk/']],
      [['bad'], ['javascript:alert(1)']],
      'junk',
    ],
  };

  it('matches the longest suffix label by label, HTTPS first, with a final slash', () => {
    const parsed = parseBootstrap(file);
    if (!parsed.ok) throw new Error(parsed.problem);
    expect(serviceFor(parsed.bootstrap, 'example.com.')).toEqual([
      'https://rdap.example/com/',
      'http://rdap.example/com/',
    ]);
    expect(serviceFor(parsed.bootstrap, 'shop.co.uk.')).toEqual(['https://rdap.example/co-uk/']);
    expect(serviceFor(parsed.bootstrap, 'example.org.uk.')).toEqual(['https://rdap.example/uk/']);
    expect(serviceFor(parsed.bootstrap, 'example.bad.')).toBeUndefined();
    expect(serviceFor(parsed.bootstrap, 'example.xcom.')).toBeUndefined();
  });

  it('refuses a file of another shape', () => {
    expect(parseBootstrap({ services: 'x' })).toMatchObject({ ok: false });
    expect(parseBootstrap({ services: [] })).toMatchObject({ ok: false });
  });
});

describe('collectRegistry', () => {
  it('asks each registrable domain once, through the bootstrap file, and reports what failed', async () => {
    server.route('/domain/example.com', json(200, domainDocument({ name: 'example.com' })));
    const requests = registryRequests([
      'example.com.',
      'shop.example.com.',
      'gone.com.',
      'example.zz.',
      '10.in-addr.arpa.',
    ]);
    expect(requests).toEqual([
      { domain: 'example.com.', zones: ['example.com.', 'shop.example.com.'] },
      { domain: 'gone.com.', zones: ['gone.com.'] },
      { domain: 'example.zz.', zones: ['example.zz.'] },
    ]);
    const snapshot = await collectRegistry(requests, {
      bootstrap: { services: [[['com'], [server.url]]], publication: '2026-11-01T00:00:00Z' },
    });
    expect(snapshot).toMatchObject({
      status: 'partial',
      source: "IANA's RDAP bootstrap file of 2026-11-01",
      requests: 2,
      reasons: [
        "example.zz.: no RDAP service is known for .zz (IANA's bootstrap file has no entry)",
      ],
    });
    expect(snapshot.domains.map((d) => [d.domain, d.outcome])).toEqual([
      ['example.com.', 'found'],
      ['gone.com.', 'not-found'],
      ['example.zz.', 'no-service'],
    ]);
  });

  it('uses --rdap URL for every domain; an unreachable server is a failed phase, not an error', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((r) => closed.close(() => r()));
    const snapshot = await collectRegistry(registryRequests(['example.com.', 'example.zz.']), {
      baseUrl: `http://127.0.0.1:${port}/rdap`,
    });
    expect(snapshot.status).toBe('failed');
    expect(snapshot.source).toBe(`--rdap http://127.0.0.1:${port}/rdap`);
    expect(snapshot.reasons).toHaveLength(2);
    expect(snapshot.reasons[0]).toContain(
      `http://127.0.0.1:${port}/rdap/domain/example.com: ECONNREFUSED`,
    );
  });
});

describe('redirect and Retry-After rules', () => {
  it('keeps redirects on HTTPS, and allows HTTP only when the first URL was HTTP', () => {
    expect(nextUrl('https://rdap.example/domain/a.com', 'http://evil.example/x', false)).toEqual({
      error: 'a redirect to http: refused (HTTPS only)',
    });
    expect(nextUrl('https://rdap.example/domain/a.com', '/v2/domain/a.com', false)).toEqual({
      url: 'https://rdap.example/v2/domain/a.com',
    });
    expect(nextUrl('http://127.0.0.1:8080/domain/a.com', 'http://127.0.0.1:8081/', true)).toEqual({
      url: 'http://127.0.0.1:8081/',
    });
    expect(nextUrl('https://rdap.example/', undefined, false)).toEqual({
      error: 'a redirect without a Location',
    });
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs(new Date(Date.now() - 60_000).toUTCString())).toBe(0);
    expect(retryAfterMs(new Date(Date.now() + 3_600_000).toUTCString())).toBeGreaterThan(3_500_000);
    expect(retryAfterMs('soon')).toBeUndefined();
  });

  it('no input makes the readers throw', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        readDomain(v);
        readDomain({
          objectClassName: 'domain',
          ...(typeof v === 'object' && v && !Array.isArray(v)
            ? v
            : { status: v, secureDNS: v, entities: v, events: v, nameservers: v }),
        });
        parseBootstrap(v);
        parseBootstrap({ services: v });
      }),
    );
  });
});
