import { emptyZoneSet, type ZoneSet } from '../../src/model/zone.js';
import { compareStates } from '../../src/rules/state.js';

/** A state check that reports the given names in whichever side it is asked about. */
function checkReporting(bySide: Map<ZoneSet, string[]>, asked: ZoneSet[]) {
  return (set: ZoneSet) => {
    asked.push(set);
    return (bySide.get(set) ?? []).map((name) => ({ name, message: `${name} is wrong` }));
  };
}

describe('compareStates', () => {
  // Told apart by their files, so that the order of the sides asked is checked too.
  const base: ZoneSet = { ...emptyZoneSet(), files: ['base.zone'] };
  const head: ZoneSet = { ...emptyZoneSet(), files: ['head.zone'] };

  it('marks a head problem base already had as existing, and a new one as introduced', () => {
    const asked: ZoneSet[] = [];
    const check = checkReporting(
      new Map([
        [base, ['old.example.', 'fixed.example.']],
        [head, ['old.example.', 'new.example.']],
      ]),
      asked,
    );
    const found = compareStates({ base, head }, check);
    expect(found.map((f) => [f.name, f.introduced])).toEqual([
      ['old.example.', false],
      ['new.example.', true],
    ]);
    expect(asked).toEqual([head, base]);
  });

  it('does not judge base when head has no problem (nothing to tell apart)', () => {
    const asked: ZoneSet[] = [];
    const check = checkReporting(new Map([[base, ['fixed.example.']]]), asked);
    expect(compareStates({ base, head }, check)).toEqual([]);
    expect(asked).toEqual([head]);
  });
});
