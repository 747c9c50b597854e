/**
 * Paired differences over seeds with a 95% Student t interval. Two arms trained with the same seed
 * share the data order, the subsample and the initial head, so their difference varies less than
 * either arm does: the interval is on the per-seed differences, not on two independent means.
 */
import { ErrorCode, MoqlabError } from '../errors.js';
import { stats } from './compare.js';

export interface MeanInterval {
  mean: number;
  /** Sample standard deviation of the values (n − 1); 0 for one value. */
  std: number;
  n: number;
  /** The 95% t interval of the mean; null with fewer than two values, where it has no width to estimate. */
  low: number | null;
  high: number | null;
}

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
  9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x ≥ 0.5 (Lanczos, g = 7): the t distribution only needs half-integers and up. */
function logGamma(x: number): number {
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** The continued fraction of the incomplete beta function (modified Lentz). */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    for (const numerator of [(m * (b - m) * x) / ((a + m2 - 1) * (a + m2)), (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1))]) {
      d = 1 + numerator * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + numerator / c;
      if (Math.abs(c) < tiny) c = tiny;
      h *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-15) break;
  }
  return h;
}

/** The regularized incomplete beta function I_x(a, b). */
function regularizedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}

/** P(|T| > t) for Student's t with `df` degrees of freedom. */
function twoSidedTail(t: number, df: number): number {
  return regularizedBeta(df / (df + t * t), df / 2, 0.5);
}

/** The t with P(|T| > t) = 1 − `confidence`: 12.706 for df 1, 2.776 for df 4, 1.960 as df grows. */
export function tCritical(df: number, confidence = 0.95): number {
  if (!Number.isInteger(df) || df < 1 || !(confidence > 0 && confidence < 1)) {
    throw new MoqlabError(ErrorCode.InvalidArgument, `t quantile needs df >= 1 (an integer) and 0 < confidence < 1, got df ${df}, confidence ${confidence}`);
  }
  const tail = 1 - confidence;
  let low = 0;
  let high = 1;
  while (twoSidedTail(high, df) > tail) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-12 * high; i++) {
    const mid = (low + high) / 2;
    if (twoSidedTail(mid, df) > tail) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** Mean, sample std and the 95% t interval of the mean of `values`; null for none. */
export function meanInterval(values: readonly number[]): MeanInterval | null {
  if (values.length === 0) return null;
  const { mean, std, n } = stats([...values]);
  if (n < 2) return { mean, std, n, low: null, high: null };
  const half = (tCritical(n - 1) * std) / Math.sqrt(n);
  return { mean, std, n, low: mean - half, high: mean + half };
}

/** The mean of `treated − control` over the seeds both have, with its 95% t interval; null when no seed has both. */
export function pairedDifference(treated: ReadonlyMap<number, number>, control: ReadonlyMap<number, number>): MeanInterval | null {
  const differences = [...treated].filter(([seed]) => control.has(seed)).map(([seed, value]) => value - control.get(seed)!);
  return meanInterval(differences);
}
