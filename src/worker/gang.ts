/** How a worker becomes a torchrun gang: the launcher arguments in front of `moqlab worker`. */
import { ErrorCode, MoqlabError } from '../errors.js';

export interface GangLaunch {
  /** Ranks on this machine. */
  nprocPerNode: number;
  /** Machines in the gang; more than one needs a rendezvous endpoint that all of them reach. */
  nnodes?: number;
  /** host:port of the c10d rendezvous (e.g. the first node, port 29500). */
  rdzvEndpoint?: string;
}

/** Whether `gang` asks for more than one process. */
export function isGang(gang: GangLaunch | undefined): gang is GangLaunch {
  return gang !== undefined && gang.nprocPerNode * (gang.nnodes ?? 1) > 1;
}

/**
 * What comes between the interpreter and the module: `-m` for one process, or torchrun
 * (`-m torch.distributed.run ...`) with its own `-m` for a gang. One machine rendezvouses on a free
 * local port (`--standalone`); several meet at `rdzvEndpoint`.
 */
export function launcherArgs(gang: GangLaunch | undefined): string[] {
  if (!isGang(gang)) return ['-m'];
  const nodes = gang.nnodes ?? 1;
  const rendezvous =
    nodes === 1 && !gang.rdzvEndpoint
      ? ['--standalone']
      : ['--rdzv-backend', 'c10d', '--rdzv-endpoint', requireEndpoint(gang), '--rdzv-id', 'moqlab'];
  return ['-m', 'torch.distributed.run', ...rendezvous, '--nnodes', String(nodes), '--nproc-per-node', String(gang.nprocPerNode), '-m'];
}

function requireEndpoint(gang: GangLaunch): string {
  if (!gang.rdzvEndpoint) {
    throw new MoqlabError(ErrorCode.Usage, `a gang of ${gang.nnodes} machines needs --rdzv-endpoint HOST:PORT, an address every machine reaches`, {
      hint: 'use the first machine and a free port, e.g. --rdzv-endpoint node0:29500 (under Slurm: the first host of $SLURM_JOB_NODELIST)',
    });
  }
  if (!/^[^\s:]+:\d+$/.test(gang.rdzvEndpoint)) {
    throw new MoqlabError(ErrorCode.Usage, `--rdzv-endpoint ${gang.rdzvEndpoint}: expected HOST:PORT`, { hint: 'e.g. --rdzv-endpoint node0:29500' });
  }
  return gang.rdzvEndpoint;
}
