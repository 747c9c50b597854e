/**
 * A hang is a hang wherever it happens (issue 14 §4). Heartbeats prove the worker process lives; they
 * come from its socket thread, so a model forward that never returns keeps them coming. Progress is the
 * separate signal: the steps the worker has finished. While a training segment runs, no finished step
 * for `max(minSeconds, factor × the slowest step seen)` is a stall. Pure: the caller passes the clock.
 */
export interface StallLimits {
  /** Never a stall sooner than this (the first steps compile, warm caches, load data). */
  minSeconds: number;
  /** A stall is this many times the slowest step seen so far, when that is longer. */
  factor: number;
}

export interface Stall {
  /** Seconds without a finished step. */
  seconds: number;
  limitSeconds: number;
  /** The slowest step seen, in seconds; null before two observations showed one. */
  slowestStepSeconds: number | null;
  stepsAttempted: number;
}

export class StallDetector {
  private last: { steps: number; atMs: number } | null = null;
  private slowestMs: number | null = null;

  constructor(private readonly limits: StallLimits) {}

  /** The worker is training and has finished `steps` steps so far; returns the stall, if this is one. */
  observe(steps: number, nowMs: number): Stall | null {
    if (this.last === null || steps < this.last.steps) {
      this.last = { steps, atMs: nowMs };
      return null;
    }
    if (steps > this.last.steps) {
      const perStep = (nowMs - this.last.atMs) / (steps - this.last.steps);
      this.slowestMs = Math.max(this.slowestMs ?? 0, perStep);
      this.last = { steps, atMs: nowMs };
      return null;
    }
    const limitMs = Math.max(this.limits.minSeconds * 1000, this.limits.factor * (this.slowestMs ?? 0));
    const stuckMs = nowMs - this.last.atMs;
    if (stuckMs < limitMs) return null;
    return { seconds: stuckMs / 1000, limitSeconds: limitMs / 1000, slowestStepSeconds: this.slowestMs === null ? null : this.slowestMs / 1000, stepsAttempted: steps };
  }

  /** The worker is not training (between segments): the time until the next segment does not count. */
  pause(): void {
    this.last = null;
  }
}
