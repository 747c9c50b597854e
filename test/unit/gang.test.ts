import { describe, expect, it } from 'vitest';
import { ErrorCode, MoqlabError } from '../../src/errors.js';
import { isGang, launcherArgs } from '../../src/worker/gang.js';

describe('launcherArgs', () => {
  it('runs one process as a plain module', () => {
    expect(launcherArgs(undefined)).toEqual(['-m']);
    expect(launcherArgs({ nprocPerNode: 1 })).toEqual(['-m']);
    expect(isGang({ nprocPerNode: 1, nnodes: 1 })).toBe(false);
  });

  it('starts a one-machine gang with a standalone rendezvous', () => {
    expect(launcherArgs({ nprocPerNode: 4 })).toEqual(['-m', 'torch.distributed.run', '--standalone', '--nnodes', '1', '--nproc-per-node', '4', '-m']);
  });

  it('meets several machines at the rendezvous endpoint', () => {
    expect(launcherArgs({ nprocPerNode: 8, nnodes: 2, rdzvEndpoint: 'node0:29500' })).toEqual([
      '-m', 'torch.distributed.run', '--rdzv-backend', 'c10d', '--rdzv-endpoint', 'node0:29500', '--rdzv-id', 'moqlab', '--nnodes', '2', '--nproc-per-node', '8', '-m',
    ]);
  });

  it('refuses several machines without a usable endpoint, saying what to pass', () => {
    const missing = (() => launcherArgs({ nprocPerNode: 1, nnodes: 2 })) as () => never;
    expect(missing).toThrow(MoqlabError);
    expect(missing).toThrow(/needs --rdzv-endpoint HOST:PORT/);
    expect(() => launcherArgs({ nprocPerNode: 2, nnodes: 2, rdzvEndpoint: 'node0' })).toThrow(
      expect.objectContaining({ code: ErrorCode.Usage, message: expect.stringContaining('--rdzv-endpoint node0: expected HOST:PORT') }),
    );
  });
});
