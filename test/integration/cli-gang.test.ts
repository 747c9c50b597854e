/**
 * Issue 15 §1 through the real CLI: `--nproc-per-node 2` starts the worker as a torchrun gang of two
 * gloo ranks on this machine. It trains like one process with the gang's global batch (weights, drops),
 * sharded (FSDP) or not,
 * records eigenvalues once per computation, and a killed rank stops the gang, fails the run naming the
 * rank, and `moqlab resume` continues it. `moqlab compare` runs each arm on such a gang.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventKind } from '../../src/tracking/events.js';
import { RunStatus } from '../../src/tracking/index.js';
import { failedRank } from '../../src/worker/session.js';
import { SHARED_DATA, hasFashionMnist, hasSharedData, readStore, runCli, startCli, STUCK_MODEL, storeIn, tempDir, waitForStore, workerPid } from './helpers.js';

type Raw = Record<string, unknown>;

const moq = (extra: Raw = {}): Raw => ({
  enabled: true,
  quantize_bits: { start_bits: 12, target_bits: 8 },
  quantize_schedule: { quantize_period: 2, schedule_offset: 0 },
  quantize_algo: { rounding: 'stochastic' },
  ...extra,
});

function cnnConfig(batchSize: number, extra: Raw = {}): Raw {
  return {
    name: 'it-gang-cnn',
    // No dropout: a rank draws its own masks, so only a dropout-free model can equal one process.
    model: { name: 'cnn', kwargs: { dropout: 0 } },
    data: { name: 'fashion-mnist', max_train_examples: 512, max_eval_examples: 128 },
    training: { steps: 16, batch_size: batchSize, optimizer: { lr: 0.002 } },
    logging: { every_steps: 4 },
    device: 'cpu',
    quantize_training: moq(),
    ...extra,
  };
}

function write(dir: string, name: string, config: Raw): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(config));
  return path;
}

const runIdOf = (stdout: string) => /run ([0-9a-f]{12}) \(/.exec(stdout)?.[1] ?? '';

interface Outcome {
  status: RunStatus;
  worldSize: unknown;
  drops: unknown[];
  evalLoss: number;
  eigenEvents: number;
}

function outcome(dir: string, runId: string): Outcome {
  return readStore(storeIn(dir), (store) => {
    const run = store.getRun(runId);
    return {
      status: run.status,
      worldSize: store.getParams(runId)['distributed.world_size'],
      drops: store.getEvents(runId, EventKind.Drop).map((e) => [e.step, e.payload.tensor, e.payload.fromBits, e.payload.toBits]),
      evalLoss: store.latestMetrics(runId)['eval/loss']!.value,
      eigenEvents: store.getEvents(runId, EventKind.Eigenvalues).length,
    };
  });
}

async function train(dir: string, config: string, args: string[] = []): Promise<Outcome> {
  const result = await runCli(['train', config, '--quiet', ...args], dir);
  expect(result.status, result.stderr).toBe(0);
  return outcome(dir, runIdOf(result.stdout));
}

describe('failedRank', () => {
  it("reads the root cause of torchrun's failure summary, not the ranks it stopped", () => {
    const summary = [
      'Failures:',
      '[1]:',
      '  rank      : 0 (local_rank: 0)',
      '  exitcode  : -15 (pid: 11)  (SIGTERM)',
      'Root Cause (first observed failure):',
      '[0]:',
      '  rank      : 1 (local_rank: 1)',
      '  exitcode  : -9 (pid: 12)',
    ].join('\n');
    expect(failedRank(summary)).toEqual({ rank: 1, exitCode: -9 });
    expect(failedRank('Traceback: nothing like a summary')).toBeNull();
  });
});

describe.skipIf(!hasFashionMnist)('moqlab train --nproc-per-node 2 (a gloo gang)', () => {
  it('trains the CNN with MoQ like one process with the global batch: same drops, same weights', async () => {
    const dir = tempDir();
    const gang = await train(dir, write(dir, 'gang', cnnConfig(16)), ['--nproc-per-node', '2']);
    const single = await train(dir, write(dir, 'single', cnnConfig(32)));
    expect(gang.worldSize).toBe(2);
    expect(single.worldSize).toBe(1);
    expect(gang.drops.length).toBeGreaterThan(0);
    expect(gang.drops).toEqual(single.drops);
    // Same steps on the same examples: evaluation of the final weights agrees to float tolerance.
    expect(Math.abs(gang.evalLoss - single.evalLoss)).toBeLessThan(1e-4 * Math.abs(single.evalLoss));
  }, 600_000);

  it('compare runs each arm on a local gang of distributed.nproc_per_node ranks', async () => {
    const dir = tempDir();
    const config = write(dir, 'arms', cnnConfig(16, { training: { steps: 4, batch_size: 16 }, distributed: { nproc_per_node: 2 } }));
    const result = await runCli(['compare', config, '--arms', 'baseline', '--quiet'], dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/1 runs on 1 local worker\(s\) of 2 ranks × \d+ thread\(s\) each/);
    const worldSizes = readStore(storeIn(dir), (store) => store.listRuns().map((run) => store.getParams(run.id)['distributed.world_size']));
    expect(worldSizes).toEqual([2]);
    const spanning = write(dir, 'spanning', cnnConfig(16, { distributed: { nproc_per_node: 2, nnodes: 2, rdzv_endpoint: 'node0:29500' } }));
    const refused = await runCli(['compare', spanning, '--arms', 'baseline', '--quiet'], dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/distributed.nnodes 2: a comparison runs each arm on one machine/);
  }, 600_000);

  it('trains the CNN sharded (data_parallel fsdp) like one process too, and its run exports in one process', async () => {
    const dir = tempDir();
    const sharded = await runCli(['train', write(dir, 'fsdp', cnnConfig(16, { distributed: { data_parallel: 'fsdp' } })), '--quiet', '--nproc-per-node', '2'], dir);
    expect(sharded.status, sharded.stderr).toBe(0);
    const runId = runIdOf(sharded.stdout);
    const gang = outcome(dir, runId);
    const single = await train(dir, write(dir, 'single', cnnConfig(32)));
    expect(gang.worldSize).toBe(2);
    expect(gang.drops.length).toBeGreaterThan(0);
    expect(gang.drops).toEqual(single.drops);
    expect(Math.abs(gang.evalLoss - single.evalLoss)).toBeLessThan(1e-4 * Math.abs(single.evalLoss));
    const exported = await runCli(['export', runId, '--out', join(dir, 'packed'), '--parity-examples', '32'], dir);
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/in memory once loaded \(measured\)/);
  }, 600_000);

  it('a killed rank stops the gang and fails the run naming the rank; resume continues it in a new gang', async () => {
    const dir = tempDir();
    const config = write(dir, 'kill', cnnConfig(16, { training: { steps: 400, batch_size: 16, optimizer: { lr: 0.002 } }, checkpoint: { every_steps: 10 } }));
    const { done } = startCli(['train', config, '--quiet', '--nproc-per-node', '2'], dir);
    const runId = await killRankAtFirstCheckpoint(storeIn(dir), 1);
    expect(runId).not.toBe('');
    const failed = await done;
    expect(failed.status).not.toBe(0);
    expect(failed.stderr).toMatch(/rank 1 of the worker's 2-rank gang was killed by SIGKILL, and the gang \(pid \d+\) stopped/);
    expect(readStore(storeIn(dir), (s) => s.getRun(runId).status)).toBe(RunStatus.Failed);
    const resumed = await runCli(['resume', runId, '--quiet'], dir);
    expect(resumed.status, resumed.stderr).toBe(0);
    const after = outcome(dir, runId);
    expect(after.status).toBe(RunStatus.Finished);
    expect(after.worldSize).toBe(2);
  }, 600_000);

  it('a rank that hangs stalls the gang: the run fails as STALLED and every rank is stopped', async () => {
    const dir = tempDir();
    // Rank 1's forward never returns after six steps; rank 0 then waits in the gradient all-reduce.
    writeFileSync(join(dir, 'stuck_models.py'), STUCK_MODEL);
    const config = write(dir, 'hang', {
      ...cnnConfig(16),
      model: { name: 'stuck_models:build', kwargs: { after: 6, rank: 1 }, python_path: [dir] },
      training: { steps: 200, batch_size: 16, stall_seconds: 3, stall_step_factor: 5 },
      quantize_training: undefined,
    });
    const { child, done } = startCli(['train', config, '--quiet', '--nproc-per-node', '2'], dir);
    const leader = await leaderPid(storeIn(dir));
    const ranks = [leader, rankPid(leader, 1)];
    const result = await done;
    expect(child.exitCode).toBe(4);
    expect(result.stderr).toMatch(/\[STALLED\]: the worker finished no training step for \d+ s after step 6/);
    // The stall names where each rank is: rank 1 in the forward that never returns.
    expect(result.stderr).toMatch(/rank 1 at \S*stuck_models\.py:\d+ in forward after 6 steps/);
    expect(ranks).not.toContain(null);
    for (const pid of ranks as number[]) expect(await goneWithin(pid, 30_000), `rank pid ${pid} still runs`).toBe(true);
  }, 600_000);

  it('a rank that stops (SIGSTOP) fails the run within the heartbeat deadline, naming it, and every rank is stopped', async () => {
    const dir = tempDir();
    const config = write(dir, 'stop', cnnConfig(16, { training: { steps: 2000, batch_size: 16, optimizer: { lr: 0.002 } } }));
    const { child, done } = startCli(['train', config, '--quiet', '--nproc-per-node', '2'], dir);
    const leader = await leaderPid(storeIn(dir));
    const follower = rankPid(leader, 1);
    expect(follower).not.toBeNull();
    process.kill(follower!, 'SIGSTOP');
    const result = await done;
    expect(child.exitCode, result.stderr).toBe(4);
    expect(result.stderr).toMatch(/\[WORKER_UNRESPONSIVE\]: rank 1 of the worker's 2-rank gang sent no pulse for \d+\.\d s \(last seen at .+, after \d+ steps\)/);
    for (const pid of [leader, follower!]) expect(await goneWithin(pid, 30_000), `rank pid ${pid} still runs`).toBe(true);
  }, 600_000);
});

/** Whether `pid` exits (or is a zombie left for its parent to reap) within `limitMs`. */
async function goneWithin(pid: number, limitMs: number): Promise<boolean> {
  for (let waited = 0; waited <= limitMs; waited += 100) {
    let state: string | undefined;
    try {
      state = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[0];
    } catch {
      return true;
    }
    if (state === 'Z' || state === 'X') return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/** The pid of rank 0 of the newest run's worker, once the run is recorded. */
async function leaderPid(storePath: string): Promise<number> {
  const pid = await waitForStore(storePath, (store) => {
    const run = store.listRuns({ limit: 1 })[0];
    return run && workerPid(run);
  });
  if (pid === null) throw new Error('no run was recorded');
  return pid;
}

describe.skipIf(!hasFashionMnist)('a remote gang: moqlab worker --nproc-per-node 2 serving train --listen', () => {
  it('trains with the world size the worker brings, and the gang exits when the controller is done', async () => {
    const dir = tempDir();
    const endpoint = `ipc://${join(dir, 'controller.sock')}`;
    // ZeroMQ retries a connect until the endpoint is bound, so the order of the two does not matter.
    const worker = startCli(['worker', '--connect', endpoint, '--nproc-per-node', '2'], dir);
    const trained = await runCli(['train', write(dir, 'remote', cnnConfig(16)), '--listen', endpoint, '--quiet'], dir);
    expect(trained.status, trained.stderr).toBe(0);
    expect(trained.stderr).toContain(`waiting for a worker: run \`moqlab worker --connect ${endpoint}\``);
    expect(outcome(dir, runIdOf(trained.stdout)).worldSize).toBe(2);
    const exited = await worker.done;
    expect(exited.status, exited.stderr).toBe(0);
    expect(exited.stderr).toContain('rank 1 of 2 follows rank 0');
  }, 600_000);

  it('train --nnodes 2 starts this machine\'s torchrun agent; the other machine\'s `moqlab worker` joins it at the rendezvous', async () => {
    const dir = tempDir();
    // CURVE on tcp: this machine's own agent is admitted without `moqlab keys --authorize`; the "other
    // machine" shares the keys directory here, so it is admitted the same way.
    const env = { MOQLAB_KEYS_DIR: join(dir, 'keys') };
    const rendezvous = `127.0.0.1:${await freePort()}`;
    const controller = startCli(['train', write(dir, 'nodes', cnnConfig(16)), '--quiet', '--nnodes', '2', '--rdzv-endpoint', rendezvous, '--listen', 'tcp://127.0.0.1:0'], dir, env);
    const command = await new Promise<string[]>((resolve) => {
      let text = '';
      controller.child.stderr?.on('data', (d: Buffer) => {
        text += d.toString();
        const match = /run `moqlab (worker --connect tcp:\S+ --server-key \S+ --nproc-per-node 1 --nnodes 2 --rdzv-endpoint \S+)` on each of the other 1 machine\(s\) of the gang/.exec(text);
        if (match) resolve(match[1]!.split(' '));
      });
    });
    const other = startCli(command, dir, env);
    try {
      const trained = await controller.done;
      expect(trained.status, trained.stderr).toBe(0);
      expect(outcome(dir, runIdOf(trained.stdout)).worldSize).toBe(2);
      expect((await other.done).status).toBe(0);
    } finally {
      other.child.kill('SIGKILL');
      controller.child.kill('SIGKILL');
    }
  }, 600_000);
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

describe.skipIf(!hasSharedData)('a gang trains tiny-bert on SST-2 (needs ../shared/data)', () => {
  const bert = (batchSize: number, quantize: Raw): Raw => ({
    name: 'it-gang-bert',
    model: { name: 'tiny-bert', kwargs: { num_hidden_layers: 2, hidden_dropout_prob: 0, attention_probs_dropout_prob: 0 } },
    data: {
      name: 'glue',
      task: 'SST-2',
      path: join(SHARED_DATA, 'glue'),
      vocab_path: join(SHARED_DATA, 'vocab', 'bert-base-uncased-vocab.txt'),
      max_seq_len: 32,
      max_train_examples: 256,
      max_eval_examples: 128,
    },
    training: { steps: 8, batch_size: batchSize, optimizer: { lr: 0.001 } },
    logging: { every_steps: 4 },
    device: 'cpu',
    quantize_training: quantize,
  });

  it('with MoQ like one process with the global batch, and with eigenvalues recorded once per computation', async () => {
    const dir = tempDir();
    const gang = await train(dir, write(dir, 'gang', bert(8, moq())), ['--nproc-per-node', '2']);
    const single = await train(dir, write(dir, 'single', bert(16, moq())));
    expect(gang.drops).toEqual(single.drops);
    expect(Math.abs(gang.evalLoss - single.evalLoss)).toBeLessThan(1e-4 * Math.abs(single.evalLoss));

    const eigen = moq({ eigenvalue: { enabled: true, layer_name: 'bert.encoder.layer', layer_num: 2, max_iter: 20, tol: 0.01 } });
    const withEigen = await train(dir, write(dir, 'eigen', bert(8, eigen)), ['--nproc-per-node', '2']);
    const singleEigen = await train(dir, write(dir, 'eigen-single', bert(16, eigen)));
    expect(withEigen.eigenEvents).toBeGreaterThan(0);
    expect(withEigen.eigenEvents).toBe(singleEigen.eigenEvents);
  }, 600_000);
});

/** Kills the given rank of the newest run's gang once that run has a checkpoint; returns the run id ('' if none came). */
async function killRankAtFirstCheckpoint(storePath: string, rank: number): Promise<string> {
  const found = await waitForStore(storePath, (store) => {
    const run = store.listRuns({ limit: 1 })[0];
    const leader = run && workerPid(run);
    return leader !== undefined && store.getArtifacts(run!.id).length > 0 ? { id: run!.id, leader } : null;
  });
  const pid = found && rankPid(found.leader, rank);
  if (!pid) return '';
  process.kill(pid, 'SIGKILL');
  return found.id;
}

/** The process of `rank` in the gang whose rank 0 is `leader`: a sibling under the same torchrun with RANK set so. */
function rankPid(leader: number, rank: number): number | null {
  const parentOf = (pid: string) => readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')[1];
  const torchrun = parentOf(String(leader));
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      if (parentOf(pid) !== torchrun) continue;
      const environ = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
      if (environ.includes(`RANK=${rank}`)) return Number(pid);
    } catch {
      // exited meanwhile, or not ours to read
    }
  }
  return null;
}
