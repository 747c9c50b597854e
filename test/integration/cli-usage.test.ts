/** Usage errors of every command exit 2, as the README documents (commander's own errors included). */
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers.js';

describe('usage errors exit 2', () => {
  it.each([
    ['a missing argument', ['train'], /missing required argument 'config'/],
    ['an unknown option of a subcommand', ['train', 'x.json', '--bogus'], /unknown option '--bogus'/],
    ['an unknown option two levels down', ['runs', 'ls', '--bogus'], /unknown option '--bogus'/],
    ['an unknown command', ['nosuch'], /unknown command 'nosuch'/],
    ['a bad count', ['worker', '--connect', 'ipc:///tmp/x', '--nproc-per-node', 'abc'], /abc: expected a positive integer/],
  ])('%s', async (_what, args, message) => {
    const result = await runCli(args, tempDir());
    expect(result.stderr).toMatch(message);
    expect(result.status).toBe(2);
  });

  it('help still exits 0', async () => {
    const result = await runCli(['train', '--help'], tempDir());
    expect(result.stdout).toContain('--nproc-per-node');
    expect(result.status).toBe(0);
  });
});
