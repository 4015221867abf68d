/** --eval-timeout: one reading for `check` and `print-ir`, with the same message. */
import { parseCheckArgs } from '../../src/cli/args.js';
import { parseEvalTimeout } from '../../src/cli/eval-timeout.js';
import { printIrCommand } from '../../src/cli/print-ir.js';

describe('parseEvalTimeout', () => {
  test.each([
    ['10', 10_000],
    ['0.5', 500],
    ['0.0004', 0],
    ['600', 600_000],
    [' 5 ', 5_000],
    ['1e2', 100_000],
  ])('%j is %d ms', (text, ms) => {
    expect(parseEvalTimeout(text)).toEqual({ ok: true, value: ms });
  });

  test.each(['0', '-1', '600.5', '601', '', ' ', 'abc', '10s', 'NaN', 'Infinity', '-Infinity'])(
    '%j is refused, naming the flag, the range and the value',
    (text) => {
      expect(parseEvalTimeout(text)).toEqual({
        ok: false,
        message: `--eval-timeout must be a number of seconds from 0 to 600; got "${text}"`,
      });
    },
  );
});

describe('both commands use it', () => {
  const message = '--eval-timeout must be a number of seconds from 0 to 600; got "0"';

  test('check', () => {
    expect(parseCheckArgs(['--eval-timeout', '0'], '/')).toEqual({ ok: false, message });
    const r = parseCheckArgs(['--eval-timeout', '2.5'], '/');
    expect(r.ok === true && r.settings.evalTimeoutMs).toBe(2500);
  });

  test('print-ir', async () => {
    let stderr = '';
    const code = await printIrCommand(['x.js', '--eval-timeout', '0'], {
      stdout: () => {},
      stderr: (t) => {
        stderr += t;
      },
      cwd: '/',
      env: {},
    });
    expect(code).toBe(2);
    expect(stderr).toBe(`zoneguard print-ir: ${message}\n`);
  });
});
