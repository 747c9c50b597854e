/**
 * Splits a run into training segments. A segment ends at the next step where the controller has
 * something to do (log, evaluate, checkpoint, or, later, a bit-width change), so a run costs a handful
 * of round trips, not one per step.
 */

export enum SegmentAction {
  Log = 'log',
  Evaluate = 'evaluate',
  Checkpoint = 'checkpoint',
}

export interface Segment {
  /** Optimizer steps already done before the segment. */
  start: number;
  /** Optimizer step count at the end of the segment (exclusive of nothing: start < end). */
  end: number;
  /** What to do once the segment is done, in this order. */
  actions: SegmentAction[];
}

export interface SegmentIntervals {
  logEvery: number;
  evalEvery: number;
  checkpointEvery: number;
}

function due(step: number, every: number): boolean {
  return every > 0 && step % every === 0;
}

/**
 * Segments covering steps (from, total]. Intervals of 0 are off. The last segment always evaluates;
 * it checkpoints only when checkpoints are on.
 */
export function planSegments(total: number, intervals: SegmentIntervals, from = 0): Segment[] {
  if (!Number.isInteger(total) || total < 0) throw new RangeError(`total steps must be a non-negative integer, got ${total}`);
  const boundaries = new Set<number>([total]);
  for (const every of [intervals.logEvery, intervals.evalEvery, intervals.checkpointEvery]) {
    if (every > 0) for (let s = (Math.floor(from / every) + 1) * every; s < total; s += every) boundaries.add(s);
  }
  const ends = [...boundaries].filter((s) => s > from).sort((a, b) => a - b);
  const segments: Segment[] = [];
  let start = from;
  for (const end of ends) {
    const last = end === total;
    const actions: SegmentAction[] = [SegmentAction.Log];
    if (last || due(end, intervals.evalEvery)) actions.push(SegmentAction.Evaluate);
    if ((last && intervals.checkpointEvery > 0) || due(end, intervals.checkpointEvery)) actions.push(SegmentAction.Checkpoint);
    segments.push({ start, end, actions });
    start = end;
  }
  return segments;
}
