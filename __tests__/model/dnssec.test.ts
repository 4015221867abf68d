import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  computeDs,
  formatDs,
  isUsableKey,
  keyTag,
  matchDs,
  nameToWire,
  parseDnskey,
  parseDs,
} from '../../src/model/dnssec.js';

// RFC 4034 §5.4 and RFC 4509 §2.2 example key.
const RFC4034_KEY = parseDnskey(
  `256 3 5 AQOeiiR0GOMYkDshWoSKz9XzfwJr1AYtsmx3TGkJaNXVbfi/
   2pHm822aJ5iI9BMzNXxeYCmZDRD99WYwYqUSdjMmmAphXdvxegXd/
   M5+X7OrzKBaMbCVdFLUUh6DhweJBjEVv5f2wwjM9XzcnOf+EPbtG9
   DMBmADjFDc2w/rljwvFw==`,
)!;

describe('key tag and DS digests against the RFC examples', () => {
  it('RFC 4034 §5.4 / RFC 4509: dskey.example.com.', () => {
    expect(keyTag(RFC4034_KEY)).toBe(60485);
    expect(computeDs('dskey.example.com.', RFC4034_KEY, 1)?.digest).toBe(
      '2BB183AF5F22588179A53B0A98631FAD1A292118',
    );
    expect(computeDs('dskey.example.com.', RFC4034_KEY, 2)?.digest).toBe(
      'D4B7D520E7BB5F0F67674A0CCEB1E3E0614B93C4F9E99B8383F6A1E4469DA50A',
    );
  });
  it('RFC 6605 §6: ECDSA P-256 and P-384 keys of example.net.', () => {
    const p256 = parseDnskey(
      '257 3 13 GojIhhXUN/u4v54ZQqGSnyhWJwaubCvTmeexv7bR6edbkrSqQpF64cYbcB7wNcP+e+MAnLr+Wi9xMWyQLc8NAA==',
    )!;
    expect(keyTag(p256)).toBe(55648);
    expect(computeDs('example.net.', p256, 2)?.digest).toBe(
      'B4C8C1FE2E7477127B27115656AD6256F424625BF5C1E2770CE6D6E37DF61D17',
    );
    const p384 = parseDnskey(
      '257 3 14 xKYaNhWdGOfJ+nPrL8/arkwf2EY3MDJ+SErKivBVSum1w/egsXvSADtNJhyem5RCOpgQ6K8X1DRSEkrbYQ+OB+v8/uX45NBwY8rp65F6Glur8I/mlVNgF6W/qTI37m40',
    )!;
    expect(keyTag(p384)).toBe(10771);
    expect(computeDs('example.net.', p384, 4)?.digest).toBe(
      '72D7B62976CE06438E9C0BF319013CF801F09ECC84B8D7E9495F27E305C6A9B0563A9B5F4D288405C3008A946DF983D6',
    );
  });
  it('owner name case does not change the digest', () => {
    expect(nameToWire('DsKey.Example.COM.')).toEqual(nameToWire('dskey.example.com.'));
    expect(nameToWire('.')).toEqual(Buffer.from([0]));
  });
});

describe('against BIND: dnssec-keygen keys, dnssec-dsfromkey digests', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'zg-dnssec-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cases: [number, string[]][] = [
    [8, ['-b', '2048']],
    [13, []],
    [14, []],
    [15, []],
  ];
  it.each(cases)('algorithm %i, digest types 1, 2 and 4', (alg, extra) => {
    for (const flags of [['-f', 'KSK'], []]) {
      const base = execFileSync(
        'dnssec-keygen',
        ['-q', '-K', dir, '-a', String(alg), ...extra, ...flags, 'Sub.Example.TEST'],
        { encoding: 'utf8' },
      ).trim();
      const keyFile = join(dir, `${base}.key`);
      const line = readFileSync(keyFile, 'utf8')
        .split('\n')
        .find((l) => l.includes('DNSKEY'))!;
      const key = parseDnskey(line.split(/\sDNSKEY\s/)[1]!)!;
      expect(key.algorithm).toBe(alg);
      expect(keyTag(key)).toBe(Number(/\+(\d+)$/.exec(base)![1]));
      for (const [digestType, flag] of [
        [1, '-1'],
        [2, '-2'],
        [4, '-aSHA-384'],
      ] as const) {
        const out = execFileSync('dnssec-dsfromkey', [flag, keyFile], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        });
        const bindDs = parseDs(out.split(/\sDS\s/)[1]!)!;
        const ours = computeDs('sub.example.test.', key, digestType)!;
        expect(formatDs(ours)).toBe(formatDs(bindDs));
        expect(matchDs('sub.example.test.', bindDs, [key]).kind).toBe('match');
      }
    }
  });
});

describe('matchDs', () => {
  const owner = 'dskey.example.com.';
  const ds = computeDs(owner, RFC4034_KEY, 2)!;
  it('needs algorithm, tag and digest to agree', () => {
    expect(matchDs(owner, ds, [RFC4034_KEY]).kind).toBe('match');
    expect(matchDs('other.example.com.', ds, [RFC4034_KEY]).kind).toBe('no-match');
    const flipped = { ...ds, digest: `${ds.digest.slice(0, -1)}B` };
    expect(matchDs(owner, flipped, [RFC4034_KEY]).kind).toBe('no-match');
    expect(matchDs(owner, { ...ds, algorithm: 8 }, [RFC4034_KEY]).kind).toBe('no-match');
    expect(matchDs(owner, { ...ds, digestType: 3 }, [RFC4034_KEY]).kind).toBe('unknown-digest');
  });
  it('parses presentation text and rejects junk', () => {
    expect(parseDs('60485 5 1 2bb183af 5f225881')).toEqual({
      keyTag: 60485,
      algorithm: 5,
      digestType: 1,
      digest: '2BB183AF5F225881',
    });
    expect(parseDs('60485 5 1 xyz')).toBeUndefined();
    expect(parseDs('70000 5 1 AB')).toBeUndefined();
    expect(parseDnskey('257 3 13 not*base64')).toBeUndefined();
    expect(parseDnskey('257 3')).toBeUndefined();
  });
  it('knows which keys can be DS targets', () => {
    expect(isUsableKey({ ...RFC4034_KEY, flags: 257 })).toBe(true);
    expect(isUsableKey({ ...RFC4034_KEY, flags: 1 })).toBe(false);
    expect(isUsableKey({ ...RFC4034_KEY, flags: 385 })).toBe(false);
  });
});
