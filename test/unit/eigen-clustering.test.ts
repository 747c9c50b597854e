/**
 * Eigenvalue → period-factor clustering (SEMANTICS.md §4): hand-computed cases for each mode, the
 * edge cases, the exact 1-D k-means against brute force, and seeded property tests.
 */
import { describe, expect, it } from 'vitest';
import { Clustering } from '../../src/config/quantization-enums.js';
import { type BlockFactor, clusterEigenvalues, factorOf, factorOfRank, MAX_FACTOR, MIN_FACTOR, topFactor } from '../../src/eigen/clustering.js';
import { kmeans1d, withinClusterSquares } from '../../src/eigen/kmeans1d.js';
import { ErrorCode, isMoqlabError } from '../../src/errors.js';
import type { FactorOf } from '../../src/schedule/moq.js';
import { seededRandom } from './schedule-fixtures.js';

const MODES = [Clustering.EqualWidth, Clustering.Kmeans, Clustering.Quantile] as const;

const factors = (eigenvalues: number[], mode: Clustering, regions = 5): number[] => clusterEigenvalues(eigenvalues, mode, regions).map((b) => b.factor);
const clusters = (eigenvalues: number[], mode: Clustering, regions = 5): number[] => clusterEigenvalues(eigenvalues, mode, regions).map((b) => b.cluster);

function expectInvalid(run: () => unknown): void {
  let error: unknown;
  try {
    run();
  } catch (e) {
    error = e;
  }
  expect(isMoqlabError(error, ErrorCode.InvalidArgument), String(error)).toBe(true);
}

/** Least cost over every split of the sorted values into exactly k contiguous clusters. */
function bruteForce(values: number[], weights: number[], k: number): number {
  const n = values.length;
  let best = Infinity;
  const walk = (from: number, left: number, assignment: number[]): void => {
    if (left === 1) {
      const full = [...assignment, ...new Array<number>(n - from).fill(k - 1)];
      best = Math.min(best, withinClusterSquares(values, weights, full));
      return;
    }
    for (let end = from; end <= n - left; end++) walk(end + 1, left - 1, [...assignment, ...new Array<number>(end - from + 1).fill(k - left)]);
  };
  walk(0, k, []);
  return best;
}

describe('equal-width (DeepSpeed)', () => {
  it('follows e = |λ| / max |λ|, f = 1 + ⌊4e⌋', () => {
    expect(clusterEigenvalues([1, 2, 4, 8], Clustering.EqualWidth, 5)).toEqual<BlockFactor[]>([
      { block: 0, eigenvalue: 1, normalized: 0.125, cluster: 0, factor: 1 },
      { block: 1, eigenvalue: 2, normalized: 0.25, cluster: 1, factor: 2 },
      { block: 2, eigenvalue: 4, normalized: 0.5, cluster: 2, factor: 3 },
      { block: 3, eigenvalue: 8, normalized: 1, cluster: 4, factor: 5 },
    ]);
  });

  it('puts bin edges in the upper bin and never reaches 5 below the maximum', () => {
    // e = 0.25, 0.5, 0.75 exactly → 2, 3, 4; e = 0.999 → 4; e just below 0.25 → 1.
    expect(factors([1, 2, 3, 4], Clustering.EqualWidth)).toEqual([2, 3, 4, 5]);
    expect(factors([999, 1000], Clustering.EqualWidth)).toEqual([4, 5]);
    expect(factors([0.2499, 1], Clustering.EqualWidth)).toEqual([1, 5]);
  });

  it('uses |λ| and treats zero and non-finite λ as most sensitive (e = 1)', () => {
    const result = clusterEigenvalues([3, -6, 0, NaN, Infinity, -Infinity, 1.5, -0], Clustering.EqualWidth, 5);
    expect(result.map((b) => b.normalized)).toEqual([0.5, 1, 1, 1, 1, 1, 0.25, 1]);
    expect(result.map((b) => b.factor)).toEqual([3, 5, 5, 5, 5, 5, 2, 5]);
    expect(result.map((b) => b.eigenvalue)).toEqual([3, -6, 0, NaN, Infinity, -Infinity, 1.5, -0]);
  });

  it('gives 5 to one block, to blocks that are all equal and to blocks that are all zero or non-finite', () => {
    expect(factors([7], Clustering.EqualWidth)).toEqual([5]);
    expect(factors([-7], Clustering.EqualWidth)).toEqual([5]);
    expect(factors([0], Clustering.EqualWidth)).toEqual([5]);
    expect(factors([2, 2, 2], Clustering.EqualWidth)).toEqual([5, 5, 5]);
    expect(factors([0, NaN, Infinity], Clustering.EqualWidth)).toEqual([5, 5, 5]);
  });

  it('gives ties equal factors', () => {
    expect(factors([1, 4, 1, 4, 2], Clustering.EqualWidth)).toEqual([2, 5, 2, 5, 3]);
  });

  it('ignores the value of regions (any valid one)', () => {
    expect(factors([1, 2, 4, 8], Clustering.EqualWidth, 2)).toEqual([1, 2, 3, 5]);
    expect(factors([1, 2, 4, 8], Clustering.EqualWidth, 9)).toEqual([1, 2, 3, 5]);
  });
});

describe('kmeans', () => {
  it('clusters |λ| exactly and ranks clusters by centre', () => {
    const lambdas = [40, 1, 10.5, 5, 21, 1.1, 5.2, 10, 20, 41];
    expect(factors(lambdas, Clustering.Kmeans)).toEqual([5, 1, 3, 2, 4, 1, 2, 3, 4, 5]);
    expect(clusters(lambdas, Clustering.Kmeans)).toEqual([4, 0, 2, 1, 3, 0, 1, 2, 3, 4]);
  });

  it('gives factor 1 + rank with regions ≤ 5 (top factor = regions)', () => {
    // {1, 2}, {10, 11}, {30}: cost 0.5 + 0.5, less than any other split into 3.
    expect(factors([1, 2, 10, 11, 30], Clustering.Kmeans, 3)).toEqual([1, 1, 2, 2, 3]);
    expect(factors([1, 2, 3, 10, 11, 12], Clustering.Kmeans, 2)).toEqual([1, 1, 1, 2, 2, 2]);
    // Uniform values: {1..5} vs {6..10}.
    expect(factors([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], Clustering.Kmeans, 2)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
  });

  it('weights tied values by their count and keeps them in one cluster', () => {
    // Distinct {1 (×4), 5, 6}: {1}, {5, 6} costs 0.5; {1, 5}, {6} costs 12.8.
    expect(factors([1, 1, 5, 1, 6, 1], Clustering.Kmeans, 2)).toEqual([1, 1, 2, 1, 2, 1]);
  });

  it('splits where the cost is least, not at the largest gap', () => {
    // 1..9 then 11.5: the largest gap (9 → 11.5) costs 60 + 0; splitting after 5 costs
    // 10 ({1..5}) + 17.8 ({6, 7, 8, 9, 11.5}, mean 8.3) = 27.8, the least of the 9 splits (after 6: 28.69).
    expect(factors([1, 2, 3, 4, 5, 6, 7, 8, 9, 11.5], Clustering.Kmeans, 2)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
    // An isolated outlier is its own cluster when that is cheapest: {1..4, 10} costs 50, {1..4}{10, 30} 205.
    expect(factors([1, 2, 3, 4, 10, 30], Clustering.Kmeans, 2)).toEqual([1, 1, 1, 1, 1, 2]);
  });

  it('maps ranks into 1..5 proportionally with regions > 5', () => {
    const separated = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];
    expect(factors(separated, Clustering.Kmeans, 10)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    expect(factors(separated.slice(0, 7), Clustering.Kmeans, 7)).toEqual([1, 1, 2, 3, 3, 4, 5]);
    expect(factors(separated.slice(0, 6), Clustering.Kmeans, 6)).toEqual([1, 1, 2, 3, 4, 5]);
  });

  it('uses as many clusters as distinct values when fewer, aligned to the top', () => {
    expect(clusters([3, 3, 7], Clustering.Kmeans, 5)).toEqual([3, 3, 4]);
    expect(factors([3, 3, 7], Clustering.Kmeans, 5)).toEqual([4, 4, 5]);
    expect(factors([1, 2, 3], Clustering.Kmeans, 5)).toEqual([3, 4, 5]);
    expect(factors([1, 2, 3], Clustering.Kmeans, 3)).toEqual([1, 2, 3]);
    expect(factors([1, 2], Clustering.Kmeans, 8)).toEqual([4, 5]); // ranks 6, 7 → 1 + ⌊30/8⌋, 1 + ⌊35/8⌋
    expect(factors([1, 2], Clustering.Kmeans, 10)).toEqual([5, 5]); // ranks 8, 9 → 1 + ⌊40/10⌋, 1 + ⌊45/10⌋
    expect(factors([1, 2, 3], Clustering.Kmeans, 10)).toEqual([4, 5, 5]); // ranks 7, 8, 9 → 1 + ⌊3.5⌋, 1 + ⌊4⌋, 1 + ⌊4.5⌋
  });

  it('gives one block, and blocks that are all equal, the top factor', () => {
    expect(factors([7], Clustering.Kmeans, 5)).toEqual([5]);
    expect(factors([7], Clustering.Kmeans, 3)).toEqual([3]);
    expect(factors([7], Clustering.Kmeans, 9)).toEqual([5]);
    expect(clusters([7], Clustering.Kmeans, 3)).toEqual([2]);
    expect(factors([-2, 2, 2, -2], Clustering.Kmeans, 5)).toEqual([5, 5, 5, 5]);
  });

  it('puts zero and non-finite λ in the top cluster, outside the clustering of the others', () => {
    const result = clusterEigenvalues([0, 1, 2, 100, NaN, -Infinity], Clustering.Kmeans, 2);
    expect(result.map((b) => b.factor)).toEqual([2, 1, 1, 2, 2, 2]);
    expect(result.map((b) => b.cluster)).toEqual([1, 0, 0, 1, 1, 1]);
    expect(result.map((b) => b.normalized)).toEqual([1, 0.01, 0.02, 1, 1, 1]);
    // The others cluster as without them.
    expect(factors([1, 2, 100], Clustering.Kmeans, 2)).toEqual([1, 1, 2]);
    expect(factors([0, NaN, Infinity], Clustering.Kmeans, 4)).toEqual([4, 4, 4]);
  });

  it('uses |λ|', () => {
    expect(factors([-40, 1, -10.5, 5, -21, 1.1, 5.2, 10, 20, -41], Clustering.Kmeans)).toEqual([5, 1, 3, 2, 4, 1, 2, 3, 4, 5]);
  });
});

describe('quantile', () => {
  it('splits the blocks by rank into equal-count groups', () => {
    expect(factors([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], Clustering.Quantile)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
    // Rank, not value: a huge outlier does not squash the rest (equal-width would give 1, 1, 1, 1, 5).
    expect(factors([3, 1e6, 1, 4, 2], Clustering.Quantile)).toEqual([3, 5, 1, 4, 2]);
    expect(clusters([3, 1e6, 1, 4, 2], Clustering.Quantile)).toEqual([2, 4, 0, 3, 1]);
  });

  it('gives the top group the extra block, counting groups from the top', () => {
    // n = 5, regions 2: q = 0, 1, 2 → top group; q = 3, 4 → bottom.
    expect(factors([1, 2, 3, 4, 5], Clustering.Quantile, 2)).toEqual([1, 1, 2, 2, 2]);
    // n = 7, regions 3: q·3/7 → 0,0,0,1,1,2,2 from the top.
    expect(factors([1, 2, 3, 4, 5, 6, 7], Clustering.Quantile, 3)).toEqual([1, 1, 2, 2, 3, 3, 3]);
  });

  it('keeps ties in the group of their highest member', () => {
    // 3: q 0 → rank 4; the 2s: q 1 → rank 3; 1: q 4 → rank 0.
    expect(factors([1, 2, 2, 2, 3], Clustering.Quantile)).toEqual([1, 4, 4, 4, 5]);
    expect(factors([5, 5, 5, 5, 1, 2], Clustering.Quantile, 3)).toEqual([3, 3, 3, 3, 1, 1]);
  });

  it('spreads fewer blocks than regions over the ranks', () => {
    expect(factors([1, 2, 3], Clustering.Quantile, 5)).toEqual([2, 4, 5]);
    expect(factors([1, 2], Clustering.Quantile, 5)).toEqual([3, 5]);
  });

  it('maps ranks into 1..5 proportionally with regions > 5', () => {
    expect(factors([1, 2, 3, 4, 5, 6, 7], Clustering.Quantile, 7)).toEqual([1, 1, 2, 3, 3, 4, 5]);
    expect(factors([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], Clustering.Quantile, 10)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('gives one block, and blocks that are all equal, the top factor', () => {
    expect(factors([7], Clustering.Quantile)).toEqual([5]);
    expect(factors([7], Clustering.Quantile, 2)).toEqual([2]);
    expect(factors([4, -4, 4], Clustering.Quantile, 3)).toEqual([3, 3, 3]);
  });

  it('puts zero and non-finite λ in the top group, outside the ranking of the others', () => {
    expect(factors([0, 1, 2, 3, 4, NaN], Clustering.Quantile, 4)).toEqual([4, 1, 2, 3, 4, 4]);
    expect(clusters([Infinity, -3, 1], Clustering.Quantile, 2)).toEqual([1, 1, 0]);
  });
});

describe('every mode', () => {
  it('returns [] for no blocks', () => {
    for (const mode of MODES) expect(clusterEigenvalues([], mode, 5)).toEqual([]);
  });

  it('refuses regions < 2 or not an integer', () => {
    for (const mode of MODES) {
      for (const regions of [1, 0, -3, 2.5, NaN, Infinity]) expectInvalid(() => clusterEigenvalues([1, 2], mode, regions));
      expectInvalid(() => clusterEigenvalues([], mode, 1));
    }
  });

  it('refuses an unknown mode', () => {
    expectInvalid(() => clusterEigenvalues([1], 'ward' as Clustering, 5));
  });

  it('records e the same way in every mode', () => {
    const lambdas = [2, -8, 0, 4, NaN];
    for (const mode of MODES) expect(clusterEigenvalues(lambdas, mode, 3).map((b) => b.normalized)).toEqual([0.25, 1, 1, 0.5, 1]);
  });

  it('has the documented top factors and rank mapping', () => {
    expect([2, 3, 4, 5, 6, 7, 10, 100].map((r) => topFactor(Clustering.Kmeans, r))).toEqual([2, 3, 4, 5, 5, 5, 5, 5]);
    expect(topFactor(Clustering.EqualWidth, 2)).toBe(5);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((r) => factorOfRank(r, 8))).toEqual([1, 1, 2, 2, 3, 4, 4, 5]);
  });
});

describe('kmeans1d (exact dynamic programme)', () => {
  it('matches brute force on random inputs', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rand = seededRandom(seed);
      const n = rand.int(1, 9);
      const values = [...new Set(Array.from({ length: n }, () => Math.round(rand.next() * rand.pick([1, 10, 1000]) * 1000) / 1000))].sort((a, b) => a - b);
      const weights = values.map(() => rand.int(1, 4));
      const k = rand.int(1, 6);
      const assignment = kmeans1d(values, weights, k);
      const used = Math.min(k, values.length);
      expect(new Set(assignment).size).toBe(used);
      expect(assignment).toEqual([...assignment].sort((a, b) => a - b)); // contiguous, ascending
      const cost = withinClusterSquares(values, weights, assignment);
      const best = bruteForce(values, weights, used);
      expect(cost, `seed ${seed}`).toBeLessThanOrEqual(best * (1 + 1e-9) + 1e-12);
    }
  });

  it('handles its trivial cases and refuses bad input', () => {
    expect(kmeans1d([], [], 3)).toEqual([]);
    expect(kmeans1d([1, 2, 3], [1, 1, 1], 1)).toEqual([0, 0, 0]);
    expect(kmeans1d([1, 2, 3], [1, 1, 1], 3)).toEqual([0, 1, 2]);
    expect(kmeans1d([1, 2, 3], [1, 1, 1], 7)).toEqual([0, 1, 2]);
    expectInvalid(() => kmeans1d([2, 1], [1, 1], 2));
    expectInvalid(() => kmeans1d([1, 1], [1, 1], 2));
    expectInvalid(() => kmeans1d([1, NaN], [1, 1], 2));
    expectInvalid(() => kmeans1d([1, 2], [1, 0], 2));
    expectInvalid(() => kmeans1d([1, 2], [1], 2));
    expectInvalid(() => kmeans1d([1, 2], [1, 1], 0));
  });

  it('stays exact with large, tightly spaced values', () => {
    const base = 1e9;
    const values = [base, base + 1e-6, base + 2e-6, base + 1, base + 1 + 1e-6];
    expect(kmeans1d(values, [1, 1, 1, 1, 1], 2)).toEqual([0, 0, 0, 1, 1]);
  });
});

describe('properties (seeded)', () => {
  const SPECIAL = [0, -0, NaN, Infinity, -Infinity];

  function randomEigenvalues(rand: ReturnType<typeof seededRandom>): number[] {
    const n = rand.int(0, 14);
    const pool = Array.from({ length: rand.int(1, 8) }, () => (rand.next() < 0.5 ? -1 : 1) * rand.next() * rand.pick([1e-3, 1, 50, 1e6]));
    return Array.from({ length: n }, () => {
      const draw = rand.next();
      if (draw < 0.08) return rand.pick(SPECIAL);
      if (draw < 0.5) return rand.pick(pool); // ties
      return (rand.next() < 0.3 ? -1 : 1) * rand.next() * rand.pick([1e-3, 1, 50, 1e6]);
    });
  }

  const sensitive = (lambda: number): boolean => lambda === 0 || !Number.isFinite(lambda);

  it('gives integer factors in 1..5, ranks in range, monotone in |λ|, ties together, most sensitive on top', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const rand = seededRandom(seed);
      const lambdas = randomEigenvalues(rand);
      const regions = rand.int(2, 9);
      for (const mode of MODES) {
        const context = `seed ${seed}, ${mode}, regions ${regions}, λ = [${lambdas.join(', ')}]`;
        const result = clusterEigenvalues(lambdas, mode, regions);
        expect(result.map((b) => b.block), context).toEqual(lambdas.map((_, i) => i));
        const top = topFactor(mode, regions);
        for (const b of result) {
          expect(Number.isInteger(b.factor) && b.factor >= MIN_FACTOR && b.factor <= MAX_FACTOR, context).toBe(true);
          expect(Number.isInteger(b.cluster) && b.cluster >= 0 && b.cluster <= (mode === Clustering.EqualWidth ? 4 : regions - 1), context).toBe(true);
          expect(b.normalized >= 0 && b.normalized <= 1, context).toBe(true);
          if (mode !== Clustering.EqualWidth) expect(b.factor, context).toBe(factorOfRank(b.cluster, regions));
          else expect(b.cluster, context).toBe(b.factor - 1);
          if (sensitive(b.eigenvalue)) expect([b.normalized, b.factor], context).toEqual([1, top]);
        }
        if (result.length > 0) expect(Math.max(...result.map((b) => b.factor)), context).toBe(top);
        const violations: string[] = [];
        for (const a of result) {
          for (const b of result) {
            if (sensitive(a.eigenvalue) || sensitive(b.eigenvalue)) continue;
            const larger = Math.abs(a.eigenvalue) > Math.abs(b.eigenvalue);
            if (larger && (a.factor < b.factor || a.cluster < b.cluster)) violations.push(`block ${a.block} ranks below block ${b.block}`);
            if (Math.abs(a.eigenvalue) === Math.abs(b.eigenvalue) && a.cluster !== b.cluster) violations.push(`tied blocks ${a.block}, ${b.block} split`);
          }
        }
        expect(violations, context).toEqual([]);
      }
    }
  });

  it('is deterministic and depends only on the multiset of |λ| (order, sign, power-of-two scale)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rand = seededRandom(seed);
      const lambdas = randomEigenvalues(rand);
      const regions = rand.int(2, 9);
      const order = lambdas.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = rand.int(0, i);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const mode of MODES) {
        const context = `seed ${seed}, ${mode}`;
        const result = clusterEigenvalues(lambdas, mode, regions);
        expect(clusterEigenvalues([...lambdas], mode, regions), context).toEqual(result);
        const shuffled = clusterEigenvalues(order.map((i) => lambdas[i]!), mode, regions);
        expect(shuffled.map((b) => [b.factor, b.cluster]), context).toEqual(order.map((i) => [result[i]!.factor, result[i]!.cluster]));
        const transformed = clusterEigenvalues(lambdas.map((l) => -4 * l), mode, regions);
        expect(transformed.map((b) => [b.factor, b.cluster, b.normalized]), context).toEqual(result.map((b) => [b.factor, b.cluster, b.normalized]));
      }
    }
  });

  it('kmeans is optimal among the clusterings of the finite non-zero |λ| that keep ties together', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rand = seededRandom(seed);
      const lambdas = randomEigenvalues(rand).filter((l) => !sensitive(l));
      const regions = rand.int(2, 6);
      const result = clusterEigenvalues(lambdas, Clustering.Kmeans, regions);
      const values = lambdas.map(Math.abs);
      const cost = withinClusterSquares(values, values.map(() => 1), result.map((b) => b.cluster));
      const distinct = [...new Set(values)].sort((a, b) => a - b);
      const weights = distinct.map((v) => values.filter((x) => x === v).length);
      const used = Math.min(regions, distinct.length);
      expect(new Set(result.map((b) => b.cluster)).size).toBe(used);
      if (distinct.length > 0) expect(cost, `seed ${seed}`).toBeLessThanOrEqual(bruteForce(distinct, weights, used) * (1 + 1e-9) + 1e-12);
    }
  });
});

describe('factorOf', () => {
  const blocks = { 'layer.0.q.weight': 0, 'layer.0.k.weight': 0, 'layer.1.q.weight': 1, 'layer.2.q.weight': 2 };

  it('gives each tensor its block’s last factor, 1 outside blocks and before the first computation', () => {
    const last = new Map([
      [0, 3],
      [1, 5],
    ]);
    const f = factorOf(blocks, last);
    expect(f('layer.0.q.weight')).toBe(3);
    expect(f('layer.0.k.weight')).toBe(3);
    expect(f('layer.1.q.weight')).toBe(5);
    expect(f('layer.2.q.weight')).toBe(1); // block 2 has no factor yet
    expect(f('classifier.weight')).toBe(1); // outside every block
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(f(name)).toBe(1);
  });

  it('reads the map at each call', () => {
    const last = new Map<number, number>();
    const f = factorOf(blocks, last);
    expect(f('layer.1.q.weight')).toBe(1);
    last.set(1, 4);
    expect(f('layer.1.q.weight')).toBe(4);
    last.set(1, 2);
    expect(f('layer.1.q.weight')).toBe(2);
  });

  it('fits the schedule’s FactorOf and matches clusterEigenvalues', () => {
    const result = clusterEigenvalues([1, 2, 8], Clustering.EqualWidth, 5);
    const schedulesFactor: FactorOf = factorOf(blocks, new Map(result.map((b) => [b.block, b.factor])));
    expect(['layer.0.q.weight', 'layer.1.q.weight', 'layer.2.q.weight', 'head'].map((t) => schedulesFactor(t, 0))).toEqual([1, 2, 5, 1]);
  });

  it('refuses a stored factor outside 1..5', () => {
    for (const bad of [0, 6, 2.5, NaN]) expectInvalid(() => factorOf(blocks, new Map([[0, bad]]))('layer.0.q.weight'));
  });
});
