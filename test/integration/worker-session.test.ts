import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ErrorCode, MoqlabError } from '../../src/errors.js';
import { pb } from '../../src/protocol/messages.js';
import { CLI, hasFashionMnist } from './helpers.js';
import { KeyRole, authorizeWorker, loadOrCreateKeys } from '../../src/worker/keys.js';
import { WorkerListener, ZmqBinding, type WorkerSession, startLocalWorker } from '../../src/worker/session.js';

const sessions: WorkerSession[] = [];
afterEach(async () => {
  await Promise.all(sessions.splice(0).map((s) => s.close()));
});

async function start(binding?: ZmqBinding): Promise<WorkerSession> {
  const s = await startLocalWorker({ zmqBinding: binding });
  sessions.push(s);
  return s;
}

describe.each([ZmqBinding.Pyzmq, ZmqBinding.Ctypes])('local worker over %s', (binding) => {
  it('shakes hands and reports capabilities', async () => {
    const s = await start(binding);
    const caps = s.capabilities;
    expect(s.hello.protocolVersion).toBe(1);
    expect(caps.torchVersion).toMatch(/^\d+\.\d+/);
    expect(caps.zmqBinding).toBe(binding === ZmqBinding.Pyzmq ? pb.ZmqBinding.ZMQ_BINDING_PYZMQ : pb.ZmqBinding.ZMQ_BINDING_CTYPES);
    expect(caps.devices.map((d) => d.name)).toContain('cpu');
    expect(caps.protobufVersion).not.toBe('');
    const pong = await s.client.ping(new Uint8Array([1, 2, 3]));
    expect([...pong.payload]).toEqual([1, 2, 3]);
  });

  it('fails pending requests with a typed error naming the death when the worker is killed', async () => {
    const s = await start(binding);
    const heartbeat = new Promise<void>((resolve) => s.client.on({ onHeartbeat: () => resolve() }));
    await heartbeat;
    const pending = s.client.runSegment({ numSteps: 1 });
    s.process?.kill('SIGKILL');
    const error = await pending.then(
      () => null,
      (e: unknown) => e,
    );
    // The request may be answered (precondition error) before the kill lands; then the next one fails.
    const failure = error instanceof MoqlabError && error.code === ErrorCode.WorkerDied ? error : await s.client.ping().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(MoqlabError);
    expect((failure as MoqlabError).code).toBe(ErrorCode.WorkerDied);
    expect((failure as MoqlabError).message).toMatch(/SIGKILL/);
  });
});

describe('remote worker over tcp', () => {
  const keyDir = () => ({ MOQLAB_KEYS_DIR: mkdtempSync(join(tmpdir(), 'moqlab-keys-')) });

  /** `moqlab worker --connect` as a separate process, with its own keys directory. */
  function remoteWorker(endpoint: string, env: NodeJS.ProcessEnv, flags: string[]) {
    const child = spawn(process.execPath, [CLI, 'worker', '--connect', endpoint, '--zmq-binding', ZmqBinding.Ctypes, ...flags], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    return { child, exited, stderr: () => stderr };
  }

  it('accepts an authorized worker over CURVE and serves its requests', async () => {
    const controller = keyDir();
    const worker = keyDir();
    authorizeWorker(loadOrCreateKeys(KeyRole.Worker, worker).public, controller);
    const listener = await WorkerListener.bind('tcp://127.0.0.1:0', { env: controller });
    expect(listener.endpoint).toMatch(/^tcp:\/\/127\.0\.0\.1:\d+$/);
    expect(listener.serverKey).toBe(loadOrCreateKeys(KeyRole.Controller, controller).public);
    const remote = remoteWorker(listener.endpoint, worker, ['--server-key', listener.serverKey!]);
    try {
      const s = await listener.accept({ connectTimeoutMs: 60_000 });
      sessions.push(s);
      expect(s.capabilities.zmqBinding).toBe(pb.ZmqBinding.ZMQ_BINDING_CTYPES);
      expect((await s.client.ping(new Uint8Array([9]))).payload[0]).toBe(9);
      await s.close();
      expect(await remote.exited).toBe(0);
    } finally {
      remote.child.kill('SIGKILL');
      await listener.close();
    }
  });

  // Issue 14 §5: anyone who reaches the port must not become the worker.
  it.each([
    ['a worker whose key is not authorized', (serverKey: string) => ['--server-key', serverKey]],
    ['a worker without CURVE', () => ['--insecure']],
  ])('refuses %s: no session starts', async (_what, flags) => {
    const listener = await WorkerListener.bind('tcp://127.0.0.1:0', { env: keyDir() });
    const remote = remoteWorker(listener.endpoint, keyDir(), flags(listener.serverKey!));
    try {
      const error = await listener.accept({ connectTimeoutMs: 8_000 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MoqlabError);
      expect((error as MoqlabError).code).toBe(ErrorCode.WorkerStartFailed);
      expect((error as MoqlabError).message).toMatch(/^no worker connected to tcp:\/\/127\.0\.0\.1:\d+ within 8 s$/);
    } finally {
      remote.child.kill('SIGKILL');
      await listener.close();
    }
  });

  it('a worker refuses tcp without the server key unless told --insecure, and then works with an --insecure controller', async () => {
    const bare = remoteWorker('tcp://127.0.0.1:9', keyDir(), []);
    expect(await bare.exited).toBe(2);
    expect(bare.stderr()).toContain("is a tcp endpoint: pass --server-key with the controller's public key");

    const listener = await WorkerListener.bind('tcp://127.0.0.1:0', { insecure: true });
    expect(listener.serverKey).toBeNull();
    const remote = remoteWorker(listener.endpoint, keyDir(), ['--insecure']);
    try {
      const s = await listener.accept({ connectTimeoutMs: 60_000 });
      sessions.push(s);
      expect((await s.client.ping(new Uint8Array([4]))).payload[0]).toBe(4);
      await s.close();
    } finally {
      remote.child.kill('SIGKILL');
      await listener.close();
    }
  });
});

describe('heartbeats', () => {
  it('fails requests with WorkerUnresponsive when a worker stops answering (SIGSTOP)', async () => {
    const s = await startLocalWorker({ heartbeatIntervalMs: 200, heartbeatTimeoutMs: 1500 });
    sessions.push(s);
    await s.client.ping();
    s.process?.kill('SIGSTOP');
    try {
      const started = Date.now();
      const error = await s.client.runSegment({ numSteps: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MoqlabError);
      expect((error as MoqlabError).code).toBe(ErrorCode.WorkerUnresponsive);
      expect((error as MoqlabError).details.pending).toBe('moqlab.v1.RunSegment');
      // The request fails instead of waiting forever; how soon depends on the machine's load, so the
      // bound only says "not forever" (the 1.5 s timeout is what a quiet machine shows).
      expect(Date.now() - started).toBeLessThan(60_000);
    } finally {
      s.process?.kill('SIGCONT');
    }
  });
});

describe.skipIf(!hasFashionMnist)('checkpoints over the wire', () => {
  it('resumes from a checkpoint to exactly the same state on CPU', async () => {
    const s = await start();
    const c = s.client;
    await c.loadData({ spec: { name: 'fashion-mnist', maxTrainExamples: 512, maxEvalExamples: 256, maxSeqLen: 128 }, seed: 3 });
    await c.loadModel({ spec: { name: 'mlp', kwargsJson: '{"dropout": 0.2}' }, device: 'cpu', seed: 3, defaultNumLabels: 10 });
    await c.configureTraining({
      lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, totalSteps: 40, warmupSteps: 4, batchSize: 16, gradientAccumulationSteps: 2, maxGradNorm: 1,
      precision: pb.Precision.PRECISION_FP32, seed: 3, initialLossScale: 65536, lossScaleWindow: 1000,
      onNonfinite: pb.NonfinitePolicy.NONFINITE_POLICY_FAIL, maxNonfiniteSteps: 10, dataParallel: pb.DataParallel.DATA_PARALLEL_DDP,
    });
    await c.runSegment({ numSteps: 7 });
    const path = join(mkdtempSync(join(tmpdir(), 'moqlab-ckpt-')), 'step-7.pt');
    const saved = await c.saveCheckpoint(path);
    expect(saved.optimizerStep).toBe(7);
    expect(saved.bytes).toBeGreaterThan(0);
    const straight = await c.runSegment({ numSteps: 9 });
    const straightEval = await c.evaluate({ batchSize: 64 });
    const loaded = await c.loadCheckpoint(path);
    expect(loaded.optimizerStep).toBe(7);
    const resumed = await c.runSegment({ numSteps: 9 });
    const resumedEval = await c.evaluate({ batchSize: 64 });
    expect(resumed.optimizerStep).toBe(16);
    expect(resumed.meanLoss).toBe(straight.meanLoss);
    expect(resumedEval.loss).toBe(straightEval.loss);
    expect(resumedEval.metrics).toEqual(straightEval.metrics);
    const missing = await c.loadCheckpoint(join(tmpdir(), 'no-such-checkpoint.pt')).catch((e: unknown) => e as MoqlabError);
    expect((missing as MoqlabError).details.wireCode).toBe('NOT_FOUND');
  });
});
