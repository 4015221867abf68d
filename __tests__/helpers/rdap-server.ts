/**
 * A local RDAP server for tests (node:http on loopback): each path answers as its route says,
 * with RFC 9083 domain documents built by `domainDocument`. Routes can be slow, redirect,
 * rate-limit or answer badly; every request is recorded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Route = (req: IncomingMessage, res: ServerResponse, hit: number) => void;

export interface RdapServer {
  readonly url: string;
  readonly requests: { path: string; accept: string | undefined }[];
  route(path: string, handler: Route): void;
  close(): Promise<void>;
}

export async function startRdapServer(): Promise<RdapServer> {
  const routes = new Map<string, Route>();
  const hits = new Map<string, number>();
  const requests: { path: string; accept: string | undefined }[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, accept: req.headers.accept });
    const hit = (hits.get(path) ?? 0) + 1;
    hits.set(path, hit);
    const handler = routes.get(path);
    if (handler) handler(req, res, hit);
    else json(404, { errorCode: 404, title: 'Not Found' })(req, res, hit);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    route: (path, handler) => routes.set(path, handler),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route answering `body` as RDAP JSON with `status`. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Route {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/rdap+json', ...headers });
    res.end(JSON.stringify(body));
  };
}

export interface DomainFacts {
  readonly name: string;
  readonly status?: readonly string[];
  readonly expires?: Date;
  readonly nameservers?: readonly string[];
  /** DS data, or undefined for no secureDNS member at all. */
  readonly ds?: readonly {
    keyTag: number;
    algorithm: number;
    digestType: number;
    digest: string;
  }[];
  readonly registrar?: string;
}

/** An RFC 9083 §5.3 domain object as registries write them. */
export function domainDocument(f: DomainFacts): Record<string, unknown> {
  return {
    rdapConformance: ['rdap_level_0'],
    objectClassName: 'domain',
    handle: `${f.name.toUpperCase()}-TEST`,
    ldhName: f.name.toUpperCase(),
    status: f.status ?? ['client transfer prohibited'],
    events: [
      { eventAction: 'registration', eventDate: '2001-05-01T12:00:00Z' },
      ...(f.expires ? [{ eventAction: 'expiration', eventDate: f.expires.toISOString() }] : []),
      { eventAction: 'last update of RDAP database', eventDate: '2026-11-26T00:00:00Z' },
    ],
    nameservers: (f.nameservers ?? []).map((n) => ({
      objectClassName: 'nameserver',
      ldhName: n.toUpperCase().replace(/\.$/, ''),
    })),
    ...(f.ds
      ? { secureDNS: { delegationSigned: f.ds.length > 0, dsData: f.ds } }
      : { secureDNS: { delegationSigned: false } }),
    entities: [
      {
        objectClassName: 'entity',
        handle: '9999',
        roles: ['registrar'],
        publicIds: [{ type: 'IANA Registrar ID', identifier: '9999' }],
        vcardArray: [
          'vcard',
          [
            ['version', {}, 'text', '4.0'],
            ['fn', {}, 'text', f.registrar ?? 'Test Registrar, Inc.'],
          ],
        ],
      },
    ],
  };
}
