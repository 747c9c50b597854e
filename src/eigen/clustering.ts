/**
 * Block eigenvalues → period factors (SEMANTICS.md §4). Pure: no I/O.
 *
 * Every mode works on |λ| and reads a zero or non-finite λ (NaN, ±Infinity — the power iteration
 * failed or the Hessian is flat there) as "most sensitive", like DeepSpeed: such a block gets the
 * largest factor the mode can give, and takes no part in normalising or clustering the others.
 * A larger |λ| never gets a smaller factor than a smaller |λ|, and equal |λ| get equal factors.
 *
 * - `equal-width` (DeepSpeed's): e = |λ| / max |λ| over the finite non-zero λ (e = 1 for a zero or
 *   non-finite λ), f = 1 + ⌊4e⌋ ∈ 1..5, cluster = f − 1 (0..4). The largest |λ| gets 5.
 * - `kmeans`: exact 1-D k-means (dynamic programming, see kmeans1d.ts) on the distinct finite
 *   non-zero |λ|, weighted by how many blocks share each value, so equal values always share a
 *   cluster. It uses `regions` clusters, or as many as there are distinct values when fewer. The
 *   clusters are ranked by their centres and the ranks are aligned to the top: with c clusters in
 *   use, the highest gets rank regions − 1, the next regions − 2, …, the lowest regions − c. So the
 *   most sensitive block always gets the top factor (as in equal-width, where it gets e = 1): one
 *   block, or blocks that are all equal, get the top factor; 3 distinct values with regions 5 get
 *   factors 3, 4, 5.
 * - `quantile`: the finite non-zero blocks (n of them), sorted by |λ| from the largest, fill
 *   `regions` equal-count groups counted from the top: a block with q blocks strictly above it has
 *   rank regions − 1 − ⌊regions·q / n⌋. Tied blocks all have the q of their highest member, so a
 *   run of ties is never split and lands in the group of its most sensitive position. When n is
 *   not a multiple of `regions` the groups' sizes differ by one, the larger ones nearer the top;
 *   with fewer blocks than regions, ranks are spread over 0..regions − 1 and some groups stay
 *   empty (3 blocks, regions 5 → factors 2, 4, 5). The largest |λ| always gets the top rank.
 *
 * Rank → factor (kmeans and quantile), rank r ∈ 0..regions − 1: with regions ≤ 5, f = 1 + r, so
 * the top factor is `regions` (the spec's "1 + rank"); with regions > 5 the ranks are cut into 5
 * equal-width bins, f = 1 + ⌊5r / regions⌋, which is non-decreasing, keeps f in 1..5 and gives the
 * top rank 5 (regions 7 → 1, 1, 2, 3, 3, 4, 5). `cluster` is the rank r.
 *
 * `regions` must be an integer ≥ 2 in every mode (equal-width ignores its value: the config
 * always holds one, default 5).
 */
import { Clustering } from '../config/quantization-enums.js';
import { ErrorCode, MoqlabError } from '../errors.js';
import { kmeans1d } from './kmeans1d.js';

/** The smallest and largest period factor (SEMANTICS.md §3: f ∈ {1..5}). */
export const MIN_FACTOR = 1;
export const MAX_FACTOR = 5;

/** What clustering decided for one block; recorded at every eigenvalue computation (SEMANTICS.md §4). */
export interface BlockFactor {
  /** The block's index: its position in the eigenvalue list (and in `layer_name`). */
  block: number;
  /** λ as computed (may be 0, negative or non-finite). */
  eigenvalue: number;
  /** e = |λ| / max |λ| over the finite non-zero λ, in [0, 1]; 1 for a zero or non-finite λ. Same in every mode. */
  normalized: number;
  /** equal-width: f − 1 (0..4); kmeans / quantile: the rank of the block's cluster or group (0..regions − 1, highest = most sensitive). */
  cluster: number;
  /** The period factor f, an integer in 1..5. */
  factor: number;
}

/** Does SEMANTICS.md §4 treat this eigenvalue as "most sensitive" (zero or non-finite)? */
function isSensitive(eigenvalue: number): boolean {
  return eigenvalue === 0 || !Number.isFinite(eigenvalue);
}

/** The factor of rank `rank` ∈ 0..regions − 1 for kmeans and quantile clustering (see the header). */
export function factorOfRank(rank: number, regions: number): number {
  return regions <= MAX_FACTOR ? MIN_FACTOR + rank : MIN_FACTOR + Math.floor((MAX_FACTOR * rank) / regions);
}

/** The factor the most sensitive blocks get in a mode (and the largest that mode gives). */
export function topFactor(mode: Clustering, regions: number): number {
  return mode === Clustering.EqualWidth ? MAX_FACTOR : factorOfRank(regions - 1, regions);
}

/** Clusters block eigenvalues into period factors (SEMANTICS.md §4); the result lists the blocks in input order. */
export function clusterEigenvalues(eigenvalues: readonly number[], mode: Clustering, regions: number): BlockFactor[] {
  if (!Number.isSafeInteger(regions) || regions < 2) {
    throw new MoqlabError(ErrorCode.InvalidArgument, `eigenvalue clustering needs an integer regions ≥ 2, got ${regions}`);
  }
  const magnitudes = eigenvalues.map(Math.abs);
  const regular = eigenvalues.flatMap((lambda, block) => (isSensitive(lambda) ? [] : [block]));
  const largest = regular.reduce((max, block) => Math.max(max, magnitudes[block]!), 0);
  const normalized = eigenvalues.map((lambda, block) => (isSensitive(lambda) ? 1 : magnitudes[block]! / largest));

  let ranks: (block: number) => number;
  switch (mode) {
    case Clustering.EqualWidth:
      return eigenvalues.map((eigenvalue, block) => {
        const factor = MIN_FACTOR + Math.floor(4 * normalized[block]!);
        return { block, eigenvalue, normalized: normalized[block]!, cluster: factor - MIN_FACTOR, factor };
      });
    case Clustering.Kmeans:
      ranks = kmeansRanks(regular.map((block) => magnitudes[block]!), regular, regions);
      break;
    case Clustering.Quantile:
      ranks = quantileRanks(regular.map((block) => magnitudes[block]!), regular, regions);
      break;
    default:
      throw new MoqlabError(ErrorCode.InvalidArgument, `unknown eigenvalue clustering '${String(mode)}'`, {
        hint: `use one of ${Object.values(Clustering).join(', ')}`,
      });
  }
  return eigenvalues.map((eigenvalue, block) => {
    const cluster = isSensitive(eigenvalue) ? regions - 1 : ranks(block);
    return { block, eigenvalue, normalized: normalized[block]!, cluster, factor: factorOfRank(cluster, regions) };
  });
}

/** Top-aligned cluster ranks of the regular blocks (`values[i]` = |λ| of block `blocks[i]`). */
function kmeansRanks(values: readonly number[], blocks: readonly number[], regions: number): (block: number) => number {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const index = new Map(distinct.map((value, i) => [value, i]));
  const weights = new Array<number>(distinct.length).fill(0);
  for (const value of values) weights[index.get(value)!]! += 1;
  const assignment = kmeans1d(distinct, weights, regions);
  const used = Math.min(regions, distinct.length);
  const rankOf = new Map(blocks.map((block, i) => [block, assignment[index.get(values[i]!)!]! + regions - used]));
  return (block) => rankOf.get(block)!;
}

/** Equal-count group ranks counted from the top (ties share the group of their highest member). */
function quantileRanks(values: readonly number[], blocks: readonly number[], regions: number): (block: number) => number {
  const n = values.length;
  const descending = [...values].sort((a, b) => b - a);
  // q(value) = blocks strictly above it = the first position of `value` in descending order.
  const above = new Map<number, number>();
  descending.forEach((value, position) => {
    if (!above.has(value)) above.set(value, position);
  });
  const rankOf = new Map(blocks.map((block, i) => [block, regions - 1 - Math.floor((regions * above.get(values[i]!)!) / n)]));
  return (block) => rankOf.get(block)!;
}

/**
 * The factor in force for each tensor at a drop, from the last factors of its block (1 outside
 * blocks). `lastFactors` is read at each call, so a map the controller updates after each
 * eigenvalue computation needs no new function. A block with no factor yet (no eigenvalue computed
 * before its first drop, e.g. because of gas_boundary_resolution) also gets 1, as in DeepSpeed.
 * The result fits the schedule's `FactorOf` (it ignores the drop index).
 */
export function factorOf(blockOfTensor: Readonly<Record<string, number>>, lastFactors: ReadonlyMap<number, number>): (tensor: string) => number {
  return (tensor) => {
    if (!Object.hasOwn(blockOfTensor, tensor)) return MIN_FACTOR;
    const block = blockOfTensor[tensor]!;
    const factor = lastFactors.get(block);
    if (factor === undefined) return MIN_FACTOR;
    if (!Number.isInteger(factor) || factor < MIN_FACTOR || factor > MAX_FACTOR) {
      throw new MoqlabError(ErrorCode.InvalidArgument, `the eigenvalue factor of block ${block} (tensor '${tensor}') must be an integer in ${MIN_FACTOR}..${MAX_FACTOR}, got ${factor}`);
    }
    return factor;
  };
}
