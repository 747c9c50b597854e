/**
 * Exact, deterministic 1-D k-means (SEMANTICS.md §4, `kmeans` clustering). Pure: no I/O.
 *
 * In one dimension the optimal clusters are contiguous runs of the sorted values, so the optimum
 * follows from a dynamic programme over split points (O(k·n²) time, O(k·n) memory; n is the number
 * of distinct values, at most the number of blocks). There is no random start and no iteration to
 * converge: the same input always gives the same clusters, and they minimise the weighted sum of
 * squared distances to the cluster means exactly (up to floating-point rounding).
 */
import { ErrorCode, MoqlabError } from '../errors.js';

/**
 * Clusters `values` (finite, strictly ascending) with multiplicities `weights` (> 0) into exactly
 * `min(k, values.length)` contiguous clusters minimising the weighted within-cluster sum of squares.
 * Returns, for each value, its cluster index 0.. in ascending order of the values, which is also the
 * ascending order of the cluster means. When several partitions have the same cost, the one whose
 * last cluster starts latest wins (a fixed rule, so the answer is deterministic).
 */
export function kmeans1d(values: readonly number[], weights: readonly number[], k: number): number[] {
  const n = values.length;
  if (weights.length !== n) throw invalid(`kmeans1d got ${n} values but ${weights.length} weights`);
  if (!Number.isSafeInteger(k) || k < 1) throw invalid(`kmeans1d needs k ≥ 1 clusters, got ${k}`);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(values[i]!) || (i > 0 && !(values[i]! > values[i - 1]!))) {
      throw invalid('kmeans1d needs finite, strictly ascending values');
    }
    if (!(weights[i]! > 0) || !Number.isFinite(weights[i]!)) throw invalid('kmeans1d needs finite weights > 0');
  }
  if (n === 0) return [];
  const clusters = Math.min(k, n);
  if (clusters === n) return values.map((_, i) => i);

  // cost[m][j]: least cost of values 0..j in m + 1 clusters; start[m][j]: where the last one begins.
  const cost = Array.from({ length: clusters }, () => new Float64Array(n).fill(Infinity));
  const start = Array.from({ length: clusters }, () => new Int32Array(n));
  for (let m = 0; m < clusters; m++) {
    const row = cost[m]!;
    const from = start[m]!;
    const previous = m === 0 ? null : cost[m - 1]!;
    for (let j = m; j < n; j++) {
      // Grow the last cluster i..j leftwards, keeping its weight, mean and sum of squares
      // (West's weighted update: no cancellation, never negative).
      let weight = 0;
      let mean = 0;
      let squares = 0;
      for (let i = j; i >= m; i--) {
        const w = weights[i]!;
        const delta = values[i]! - mean;
        const total = weight + w;
        squares += (weight * w * delta * delta) / total;
        mean += (w * delta) / total;
        weight = total;
        if (m === 0 && i > 0) continue; // one cluster: only i = 0 is a partition
        const candidate = (previous === null ? 0 : previous[i - 1]!) + squares;
        if (candidate < row[j]!) {
          row[j] = candidate;
          from[j] = i;
        }
      }
    }
  }

  const assignment = new Array<number>(n);
  let end = n - 1;
  for (let m = clusters - 1; m >= 0; m--) {
    const first = start[m]![end]!;
    for (let i = first; i <= end; i++) assignment[i] = m;
    end = first - 1;
  }
  return assignment;
}

/** The weighted within-cluster sum of squares of an assignment (for tests and diagnostics). */
export function withinClusterSquares(values: readonly number[], weights: readonly number[], assignment: readonly number[]): number {
  const sums = new Map<number, { weight: number; sum: number }>();
  values.forEach((value, i) => {
    const entry = sums.get(assignment[i]!) ?? { weight: 0, sum: 0 };
    entry.weight += weights[i]!;
    entry.sum += weights[i]! * value;
    sums.set(assignment[i]!, entry);
  });
  return values.reduce((total, value, i) => {
    const { weight, sum } = sums.get(assignment[i]!)!;
    const delta = value - sum / weight;
    return total + weights[i]! * delta * delta;
  }, 0);
}

function invalid(message: string): MoqlabError {
  return new MoqlabError(ErrorCode.InvalidArgument, message);
}
