import {
  canonicalName,
  isInZone,
  labelsOf,
  parentName,
  relativeName,
  toAbsoluteName,
} from '../../src/model/name.js';

describe('toAbsoluteName', () => {
  it('resolves @, relative and absolute names, lower-casing ASCII', () => {
    expect(toAbsoluteName('@', 'example.com.')).toEqual({ ok: true, name: 'example.com.' });
    expect(toAbsoluteName('WWW', 'example.com.')).toEqual({ ok: true, name: 'www.example.com.' });
    expect(toAbsoluteName('Mail.Other.NET.', 'example.com.')).toEqual({
      ok: true,
      name: 'mail.other.net.',
    });
  });
  it('canonicalises escapes the way BIND prints them', () => {
    expect(canonicalName('a\\065b.example.')).toEqual({ ok: true, name: 'aab.example.' });
    expect(canonicalName('a\\.b.example.')).toEqual({ ok: true, name: 'a\\.b.example.' });
    expect(canonicalName('sp\\ ace.example.')).toEqual({ ok: true, name: 'sp\\032ace.example.' });
  });
  it('turns IDNs into A-labels', () => {
    expect(canonicalName('bücher.example.')).toEqual({ ok: true, name: 'xn--bcher-kva.example.' });
  });
  it('rejects over-long labels and names', () => {
    expect(canonicalName(`${'a'.repeat(64)}.example.`).ok).toBe(false);
    expect(canonicalName(`${`${'a'.repeat(63)}.`.repeat(4)}`).ok).toBe(false);
    expect(canonicalName('a..b.').ok).toBe(false);
  });
});

describe('zone membership', () => {
  it('knows what is inside a zone, including escaped dots', () => {
    expect(isInZone('www.example.com.', 'example.com.')).toBe(true);
    expect(isInZone('example.com.', 'example.com.')).toBe(true);
    expect(isInZone('badexample.com.', 'example.com.')).toBe(false);
    expect(isInZone('a.x\\.example.com.', 'example.com.')).toBe(false);
    expect(labelsOf('a.x\\.example.com.')).toEqual(['a', 'x\\.example', 'com']);
    expect(parentName('www.example.com.')).toBe('example.com.');
    expect(relativeName('www.example.com.', 'example.com.')).toBe('www');
    expect(relativeName('example.com.', 'example.com.')).toBe('@');
    expect(relativeName('a.root-servers.net.', '.')).toBe('a.root-servers.net');
    expect(relativeName('.', '.')).toBe('@');
  });
});
