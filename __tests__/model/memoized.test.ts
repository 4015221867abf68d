/** A function's answer per argument, computed once. */
import { memoized } from '../../src/model/memoized.js';

test('answers each argument once, undefined answers included, objects by identity', () => {
  const asked: unknown[] = [];
  const f = memoized((key: string | object) => {
    asked.push(key);
    return typeof key === 'string' && key.startsWith('x') ? undefined : { key };
  });
  const a = {};
  const first = f('a');
  expect(f('a')).toBe(first);
  expect(f('xyz')).toBeUndefined();
  expect(f('xyz')).toBeUndefined();
  expect(f(a)).toBe(f(a));
  expect(f({})).not.toBe(f(a)); // an equal-looking object is another argument
  expect(asked).toEqual(['a', 'xyz', a, {}]);
});
