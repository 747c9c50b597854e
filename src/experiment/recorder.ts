/**
 * The store writes that arrive on the worker's event path (metric batches, worker warnings). They run
 * inside the socket reader, so they must never throw: a write the store refuses for a while (its lock
 * held past the busy timeout, a full disk) is kept, in order, and retried with backoff; when the
 * retries run out, `onFatal` gets the store's error and the run fails with it. A write that can never
 * succeed (a malformed point) is dropped, counted and reported instead.
 */
import { ErrorCode, isMoqlabError, type MoqlabError } from '../errors.js';

/** Waits before the 1st, 2nd, ... retry of a refused write; the store's own busy timeout comes on top. */
export const RETRY_DELAYS_MS: readonly number[] = [250, 1000, 4000];

export interface RecorderOptions {
  /** The retries ran out: the run must stop, naming this error. */
  onFatal(error: MoqlabError): void;
  /** A write was dropped for good (it can never succeed). */
  onDropped(error: unknown): void;
  retryDelaysMs?: readonly number[];
}

export class EventRecorder {
  private readonly queue: Array<() => void> = [];
  private attempt = 0;
  private timer: NodeJS.Timeout | null = null;
  private fatal: MoqlabError | null = null;
  private waiters: Array<() => void> = [];
  /** Writes dropped because they can never succeed. */
  dropped = 0;

  constructor(private readonly options: RecorderOptions) {}

  /** Writes now, or after the writes still waiting for the store. Never throws. */
  write(fn: () => void): void {
    if (this.fatal !== null) return;
    this.queue.push(fn);
    if (this.queue.length === 1) this.flush();
  }

  /** Resolves once every write so far has landed, or the recorder has failed (then with its error). */
  settled(): Promise<MoqlabError | null> {
    if (this.queue.length === 0 || this.fatal !== null) return Promise.resolve(this.fatal);
    return new Promise((resolve) => this.waiters.push(() => resolve(this.fatal)));
  }

  /** Stops retrying; what is still queued is not written. */
  close(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private flush(): void {
    this.timer = null;
    while (this.queue.length > 0) {
      try {
        this.queue[0]!();
      } catch (e) {
        if (!isMoqlabError(e, ErrorCode.StoreWrite)) {
          this.dropped += 1;
          this.options.onDropped(e);
        } else {
          this.retryLater(e);
          return;
        }
      }
      this.queue.shift();
      this.attempt = 0;
    }
    this.wake();
  }

  private retryLater(error: MoqlabError): void {
    const delays = this.options.retryDelaysMs ?? RETRY_DELAYS_MS;
    if (this.attempt >= delays.length) {
      this.fatal = error;
      this.queue.length = 0;
      this.options.onFatal(error);
      this.wake();
      return;
    }
    this.timer = setTimeout(() => this.flush(), delays[this.attempt]);
    this.attempt += 1;
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}
