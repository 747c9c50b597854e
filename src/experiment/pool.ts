/**
 * Workers that run tasks (runs) as they become free: local ones this controller starts (and restarts
 * when one dies), and remote ones that connect to a listener whenever they come (a dead one is dropped).
 */
import { cpus } from 'node:os';
import { type LocalWorkerOptions, type WorkerListener, type WorkerSession, startLocalWorker } from '../worker/session.js';

export interface PoolOptions extends LocalWorkerOptions {
  /** Local workers; 0 with a listener runs on remote workers only. */
  size: number;
  /** Remote workers (`moqlab worker --connect`) that connect here join the pool; its owner closes it. */
  listener?: WorkerListener;
  /** A remote worker joined (after its handshake). */
  onWorkerJoined?(worker: WorkerSession): void;
  /** CPU threads per rank of a worker (torch, OpenMP and BLAS); default: the cores divided among all local ranks. */
  threadsPerWorker?: number;
  /** Once aborted, a failed worker is not replaced. */
  signal?: AbortSignal;
}

/** How many workers fit: one per task, up to one rank per core (a worker is a gang of `ranks` processes). */
export function defaultPoolSize(tasks: number, ranks = 1, cores = cpus().length): number {
  return Math.max(1, Math.min(tasks, Math.floor(cores / Math.max(1, ranks))));
}

/** How long one wait for a remote worker lasts before the pool checks whether it closed. */
const ACCEPT_POLL_MS = 1000;

export class WorkerPool {
  private readonly idle: WorkerSession[] = [];
  private readonly waiting: Array<(worker: WorkerSession) => void> = [];
  private closed = false;

  private constructor(
    private readonly options: PoolOptions,
    readonly threadsPerWorker: number,
  ) {}

  static async start(options: PoolOptions): Promise<WorkerPool> {
    const ranks = Math.max(1, options.size) * (options.nprocPerNode ?? 1);
    const threads = options.threadsPerWorker ?? Math.max(1, Math.floor(cpus().length / ranks));
    const pool = new WorkerPool(options, threads);
    const workers = await Promise.all(Array.from({ length: options.size }, () => pool.spawn()));
    pool.idle.push(...workers);
    if (options.listener) void pool.acceptRemote(options.listener);
    return pool;
  }

  /** Takes every worker that connects to `listener` until the pool closes. */
  private async acceptRemote(listener: WorkerListener): Promise<void> {
    while (!this.closed) {
      let worker: WorkerSession;
      try {
        worker = await listener.accept({ connectTimeoutMs: ACCEPT_POLL_MS });
      } catch {
        continue; // nobody came in this interval, or a handshake failed: keep listening
      }
      if (this.closed) {
        await worker.close();
        return;
      }
      this.options.onWorkerJoined?.(worker);
      this.release(worker);
    }
  }

  private spawn(): Promise<WorkerSession> {
    const threads = String(this.threadsPerWorker);
    // Without these, every worker's BLAS starts one thread per core and the workers fight over them.
    const env = { ...(this.options.env ?? process.env), OMP_NUM_THREADS: threads, OPENBLAS_NUM_THREADS: threads, MKL_NUM_THREADS: threads };
    return startLocalWorker({ ...this.options, env });
  }

  /** CPU threads a run on `worker` takes: the local share, or 0 (torch's default, that machine's cores) on a remote one. */
  threadsFor(worker: WorkerSession): number {
    return worker.process === null ? 0 : this.threadsPerWorker;
  }

  private acquire(): Promise<WorkerSession> {
    const worker = this.idle.pop();
    if (worker) return Promise.resolve(worker);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  private release(worker: WorkerSession): void {
    const next = this.waiting.shift();
    if (next) next(worker);
    else this.idle.push(worker);
  }

  /** Runs `task` on the next free worker. A worker that failed is replaced before it serves again. */
  async run<T>(task: (worker: WorkerSession) => Promise<T>): Promise<T> {
    let worker = await this.acquire();
    try {
      return await task(worker);
    } finally {
      const remote = worker.process === null;
      if (worker.client.failed && remote) {
        await worker.close();
      } else {
        if (worker.client.failed && !this.closed && !this.options.signal?.aborted) {
          await worker.close();
          worker = await this.spawn();
        }
        this.release(worker);
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.idle.splice(0).map((w) => w.close()));
  }
}
