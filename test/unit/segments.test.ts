import { describe, expect, it } from 'vitest';
import { SegmentAction, planSegments } from '../../src/schedule/segments.js';

const { Log, Evaluate, Checkpoint } = SegmentAction;

describe('planSegments', () => {
  it('ends segments at every interval boundary and at the end', () => {
    const segs = planSegments(250, { logEvery: 100, evalEvery: 0, checkpointEvery: 0 });
    expect(segs).toEqual([
      { start: 0, end: 100, actions: [Log] },
      { start: 100, end: 200, actions: [Log] },
      { start: 200, end: 250, actions: [Log, Evaluate] },
    ]);
  });

  it('merges coinciding boundaries and orders the actions', () => {
    const segs = planSegments(120, { logEvery: 30, evalEvery: 60, checkpointEvery: 40 });
    expect(segs.map((s) => [s.end, s.actions])).toEqual([
      [30, [Log]],
      [40, [Log, Checkpoint]],
      [60, [Log, Evaluate]],
      [80, [Log, Checkpoint]],
      [90, [Log]],
      [120, [Log, Evaluate, Checkpoint]],
    ]);
  });

  it('covers every step exactly once', () => {
    for (const total of [1, 7, 99, 100, 101]) {
      const segs = planSegments(total, { logEvery: 10, evalEvery: 33, checkpointEvery: 0 });
      expect(segs[0]?.start).toBe(0);
      expect(segs.at(-1)?.end).toBe(total);
      for (let i = 1; i < segs.length; i++) expect(segs[i]!.start).toBe(segs[i - 1]!.end);
      expect(segs.every((s) => s.end > s.start)).toBe(true);
    }
  });

  it('resumes from a step inside the run', () => {
    const segs = planSegments(100, { logEvery: 30, evalEvery: 0, checkpointEvery: 0 }, 45);
    expect(segs.map((s) => [s.start, s.end])).toEqual([
      [45, 60],
      [60, 90],
      [90, 100],
    ]);
  });

  it('has no segment for an empty run and rejects nonsense', () => {
    expect(planSegments(0, { logEvery: 10, evalEvery: 0, checkpointEvery: 0 })).toEqual([]);
    expect(() => planSegments(-1, { logEvery: 1, evalEvery: 0, checkpointEvery: 0 })).toThrow(RangeError);
  });
});
