/** Shared helpers for integration tests that drive the built CLI (built by test/global-setup.ts) as a user would. */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';
import { type RunRecord, openStore, type Store } from '../../src/tracking/index.js';
import { findPython } from '../../src/worker/python.js';

export const FASHION_MNIST = process.env.MOQLAB_FASHION_MNIST ?? '/usr/share/datasets/fashion-mnist';
export const hasFashionMnist = existsSync(join(FASHION_MNIST, 'train-images-idx3-ubyte.gz'));
export const SHARED_DATA = join(packageRoot(), '..', 'shared', 'data');
export const hasSharedData = existsSync(join(SHARED_DATA, 'glue'));

export const CLI = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');

/** The store a command run in `dir` writes by default. */
export function storeIn(dir: string): string {
  return join(dir, '.moqlab', 'moqlab.db');
}

/** `read` on the store at `path`, opened read-only and closed again. */
export function readStore<T>(path: string, read: (store: Store) => T): T {
  const store = openStore(path, { readonly: true });
  try {
    return read(store);
  } finally {
    store.close();
  }
}

export function tempDir(prefix = 'moqlab-it-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface CliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function startCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliResult>((resolve) => child.on('exit', (status, signal) => resolve({ status, signal, stdout, stderr })));
  return { child, done };
}

/** The tcp endpoint a `--listen tcp://127.0.0.1:0 --insecure` controller prints for its workers. */
export function insecureListenEndpoint(controller: ChildProcess): Promise<string> {
  return new Promise<string>((resolve) => {
    let text = '';
    controller.stderr?.on('data', (d: Buffer) => {
      text += d.toString();
      const match = /moqlab worker --connect (tcp:\/\/127\.0\.0\.1:\d+) --insecure/.exec(text);
      if (match) resolve(match[1]!);
    });
  });
}

export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return startCli(args, cwd, env).done;
}

/** Every tensor of two checkpoints, compared bitwise by the worker's Python. */
export function sameCheckpoints(a: string, b: string): string {
  const script = `
import sys, torch
x, y = torch.load(sys.argv[1]), torch.load(sys.argv[2])
def walk(u, v, path):
    if isinstance(u, torch.Tensor):
        if not (u.dtype == v.dtype and u.shape == v.shape and torch.equal(u, v)): print("differs:", path)
    elif isinstance(u, dict):
        if set(u) != set(v): print("keys differ:", path)
        for k in u: walk(u[k], v[k], f"{path}.{k}")
    elif isinstance(u, (list, tuple)):
        for i, (p, q) in enumerate(zip(u, v)): walk(p, q, f"{path}[{i}]")
for key in ("masters", "model", "optimizer", "torch_rng", "data_generator", "epoch", "position", "optimizer_step", "controller_state"):
    walk(x[key], y[key], key)
    if not isinstance(x[key], (dict, list, tuple, torch.Tensor)) and x[key] != y[key]: print("differs:", key)
print("compared")
`;
  const r = spawnSync(findPython().executable, ['-c', script, a, b], { encoding: 'utf8' });
  return r.stdout + r.stderr;
}

/**
 * Polls the store at `storePath` every 100 ms (up to `limitMs`) until `pick` returns a value, and returns
 * it; null when none came. A store that does not exist yet counts as nothing to pick.
 */
export async function waitForStore<T>(storePath: string, pick: (store: Store) => T | null | undefined, limitMs = 600_000): Promise<T | null> {
  for (let waited = 0; waited < limitMs; waited += 100) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      const value = readStore(storePath, pick);
      if (value !== null && value !== undefined) return value;
    } catch {
      // the store does not exist yet
    }
  }
  return null;
}

/** The pid of the worker (rank 0 of a gang) a run records. */
export function workerPid(run: RunRecord): number | undefined {
  return (run.environment.worker as { pid?: number } | undefined)?.pid;
}

/**
 * Waits until the newest run in the store has a checkpoint artifact and a worker, then kills that worker
 * with SIGKILL, as an out-of-memory kill would; returns the run id ('' if none came).
 */
export async function killWorkerAtFirstCheckpoint(storePath: string, limitMs = 600_000): Promise<string> {
  const found = await waitForStore(
    storePath,
    (store) => {
      const run = store.listRuns({ limit: 1 })[0];
      const pid = run && workerPid(run);
      return pid !== undefined && store.getArtifacts(run!.id).length > 0 ? { id: run!.id, pid } : null;
    },
    limitMs,
  );
  if (!found) return '';
  process.kill(found.pid, 'SIGKILL');
  return found.id;
}

// A model that sleeps 50 ms per training forward while the file `flag` exists, so that a run is surely
// still training when a test interrupts it.
/**
 * A model factory (`stuck_models:build`) whose training forward never returns after `after` calls: a
 * hang, not a death. With `rank`, only that rank of a gang hangs (the others then wait in the all-reduce).
 */
export const STUCK_MODEL = `
import os, time
from torch import nn


class Stuck(nn.Module):
    def __init__(self, after, rank, num_labels):
        super().__init__()
        self.fc = nn.Linear(784, num_labels)
        self.after = after
        self.hangs = rank is None or os.environ.get("RANK") == str(rank)
        self.calls = 0

    def forward(self, x):
        if self.training and self.hangs:
            self.calls += 1
            if self.calls > self.after:
                time.sleep(3600)
        return self.fc(x.flatten(1))


def build(after, rank=None, num_labels=10):
    return Stuck(after, rank, num_labels)
`;

export const NAP_MODEL = `
import os, time
from torch import nn


class Nap(nn.Module):
    def __init__(self, flag, num_labels):
        super().__init__()
        self.fc = nn.Linear(784, num_labels)
        self.flag = flag

    def forward(self, x):
        if self.training and os.path.exists(self.flag):
            time.sleep(0.05)
        return self.fc(x.flatten(1))


def build(flag, num_labels=10):
    return Nap(flag, num_labels)
`;
