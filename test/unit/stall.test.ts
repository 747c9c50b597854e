// Issue 14 §4: progress, not liveness, decides a stall; the limit grows with the slowest step seen.
import { describe, expect, it } from 'vitest';
import { StallDetector } from '../../src/experiment/stall.js';

describe('StallDetector', () => {
  it('waits at least minSeconds, and factor × the slowest step when that is longer', () => {
    const d = new StallDetector({ minSeconds: 10, factor: 5 });
    expect(d.observe(0, 0)).toBeNull();
    expect(d.observe(0, 9_999)).toBeNull();
    expect(d.observe(0, 10_000)).toEqual({ seconds: 10, limitSeconds: 10, slowestStepSeconds: null, stepsAttempted: 0 });

    expect(d.observe(2, 12_000)).toBeNull(); // 6 s per step: the limit becomes 30 s
    expect(d.observe(2, 41_999)).toBeNull();
    expect(d.observe(2, 42_000)).toMatchObject({ seconds: 30, limitSeconds: 30, slowestStepSeconds: 6 });
  });

  it('does not count the time between segments', () => {
    const d = new StallDetector({ minSeconds: 10, factor: 5 });
    d.observe(5, 0);
    d.pause(); // evaluating, checkpointing, computing eigenvalues
    expect(d.observe(5, 60_000)).toBeNull();
    expect(d.observe(5, 69_000)).toBeNull();
    expect(d.observe(6, 69_500)).toBeNull();
  });

  it('starts over when a new worker counts from zero', () => {
    const d = new StallDetector({ minSeconds: 10, factor: 5 });
    d.observe(100, 0);
    expect(d.observe(3, 9_000)).toBeNull();
    expect(d.observe(3, 18_000)).toBeNull();
    expect(d.observe(3, 19_000)).not.toBeNull();
  });
});
