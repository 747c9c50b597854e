/** A fixed set of local workers that run tasks (runs) as they become free. */
import { cpus } from 'node:os';
import { type LocalWorkerOptions, type WorkerSession, startLocalWorker } from '../worker/session.js';

export interface PoolOptions extends LocalWorkerOptions {
  size: number;
  /** CPU threads per worker (torch, OpenMP and BLAS); default: the cores divided among the workers. */
  threadsPerWorker?: number;
  /** Once aborted, a failed worker is not replaced. */
  signal?: AbortSignal;
}

/** How many workers fit: one per task up to one per core. */
export function defaultPoolSize(tasks: number, cores = cpus().length): number {
  return Math.max(1, Math.min(tasks, cores));
}

export class WorkerPool {
  private readonly idle: WorkerSession[] = [];
  private readonly waiting: Array<(worker: WorkerSession) => void> = [];
  private closed = false;

  private constructor(
    private readonly options: PoolOptions,
    readonly threadsPerWorker: number,
  ) {}

  static async start(options: PoolOptions): Promise<WorkerPool> {
    const threads = options.threadsPerWorker ?? Math.max(1, Math.floor(cpus().length / options.size));
    const pool = new WorkerPool(options, threads);
    const workers = await Promise.all(Array.from({ length: options.size }, () => pool.spawn()));
    pool.idle.push(...workers);
    return pool;
  }

  private spawn(): Promise<WorkerSession> {
    const threads = String(this.threadsPerWorker);
    // Without these, every worker's BLAS starts one thread per core and the workers fight over them.
    const env = { ...(this.options.env ?? process.env), OMP_NUM_THREADS: threads, OPENBLAS_NUM_THREADS: threads, MKL_NUM_THREADS: threads };
    return startLocalWorker({ ...this.options, env });
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
      if (worker.client.failed && !this.closed && !this.options.signal?.aborted) {
        await worker.close();
        worker = await this.spawn();
      }
      this.release(worker);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.idle.splice(0).map((w) => w.close()));
  }
}
