import { describe, expect, it } from 'vitest';
import { dispatch, type CommandTable } from '../../../src/cli/dispatch';
import { runCli } from './run-cli';

describe('kensho command dispatch', () => {
  it('prints the usage and exits 2 without a command, 0 when help is asked for', async () => {
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.out).toContain('Usage: kensho <command>');
    for (const help of ['help', '--help', '-h']) expect((await runCli([help])).code).toBe(0);
  });

  it('names an unknown command and exits 2', async () => {
    const r = await runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown command "frobnicate"');
  });

  it("hands a command's thrown error to the table's handler, which picks the exit code or rethrows", async () => {
    const boom = new Error('disk on fire');
    const seen: unknown[] = [];
    const table: CommandTable = {
      usage: 'u',
      commands: { burn: async () => () => Promise.reject(boom) },
      unknown: () => '',
      failed: (name, err) => {
        seen.push(name, err);
        return 7;
      },
    };
    const io = { stdout: () => {}, stderr: () => {} };
    expect(await dispatch(table, ['burn'], io)).toBe(7);
    expect(seen).toEqual(['burn', boom]);
    const rethrow: CommandTable = {
      ...table,
      failed: (_n, err) => {
        throw err;
      },
    };
    await expect(dispatch(rethrow, ['burn'], io)).rejects.toBe(boom);
  });

  it('feed: help exits 0, no subcommand exits 2 with its own usage', async () => {
    expect((await runCli(['feed', '--help'])).code).toBe(0);
    const none = await runCli(['feed']);
    expect(none.code).toBe(2);
    expect(none.out).toContain('Usage: kensho feed');
  });
});
