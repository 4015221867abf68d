/** No input makes the judgement layer's readers throw: they return values or diagnostics. */
import fc from 'fast-check';
import { loadPolicy } from '../../src/review/policy-file.js';
import { parseDmarc } from '../../src/rules/checks/dmarc-weakened.js';
import { pushCommands } from '../../src/rules/push-commands.js';
import { lookupCounter, parseSpf } from '../../src/rules/spf.js';
import { mayRunOn, parseWorkflow } from '../../src/rules/workflow.js';
import { findSecrets } from '../../src/secrets/secrets.js';

const spfish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'a',
        'mx',
        '-all',
        '~all',
        'ptr',
        'include:x.example',
        'redirect=y.example',
        'ip4:192.0.2.1/24',
        'ip6:::1',
        '%{i}',
        'exp=%{d}.x',
      ),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 12 },
  )
  .map((terms) => `v=spf1 ${terms.join(' ')}`);

describe('hostile input', () => {
  it('parseSpf and lookupCounter never throw', () => {
    fc.assert(
      fc.property(spfish, (text) => {
        const record = parseSpf(text);
        expect(Array.isArray(record.errors)).toBe(true);
        const index = new Map([
          ['x.example.', { texts: [text] }],
          ['y.example.', { texts: ['v=spf1 include:x.example -all'] }],
        ]);
        expect(lookupCounter(index)('x.example.').count).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('loadPolicy returns a result for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const r = loadPolicy(text, '.zoneguard.yml');
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });

  it('findSecrets, parseDmarc and parseWorkflow never throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(Array.isArray(findSecrets(text))).toBe(true);
        parseDmarc(text);
        parseWorkflow(text);
      }),
    );
  });

  it('pushCommands and mayRunOn never throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        expect(Array.isArray(pushCommands(text))).toBe(true);
        expect(typeof mayRunOn(text, 'pull_request')).toBe('boolean');
        expect(typeof mayRunOn(text, 'pull_request_target')).toBe('boolean');
      }),
    );
  });
});
