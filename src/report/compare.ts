/**
 * The comparison table: each arm's metrics as mean ± std over its seeds, the difference to the
 * baseline, and the final bits each arm ends with, predicted and recorded, side by side: an arm
 * that ends above the bits basic-qat trains at is not a like-for-like comparison, and is marked.
 */
import { type FinalBits, endsAboveTarget, formatBits } from '../schedule/final-bits.js';
import { Arm } from '../schedule/moq.js';
import { Metric, MetricPrefix } from '../tracking/index.js';
import { type Column, formatNumber, formatTable } from './table.js';

/** What the table reads of one run of a comparison (experiment's ComparisonOutcome is one): its arm, and its final metrics once it finished. */
export interface ArmOutcome {
  task: { arm: Arm };
  result: { metrics: Record<string, number> } | null;
}

export interface ArmSummary {
  arm: string;
  runs: number;
  failed: number;
  /** metric -> values of the finished runs, in seed order. */
  values: Record<string, number[]>;
  /** The mean bits each finished run ended with, in seed order; none for the baseline. */
  finalBits: number[];
  /** The final bits predicted before the runs; null for the baseline. */
  predicted: FinalBits | null;
}

export interface Stats {
  mean: number;
  std: number;
  n: number;
}

/** Sample standard deviation (n − 1); 0 for a single run. */
export function stats(values: number[]): Stats {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1) : 0;
  return { mean, std: Math.sqrt(variance), n };
}

/** Per arm, in the order the arms were first met; `finalBitsOf` gives the mean bits a finished run ended with, if it quantized. */
export function summarizeArms<O extends ArmOutcome>(
  outcomes: readonly O[],
  predictions: readonly FinalBits[] = [],
  finalBitsOf: (outcome: O) => number | undefined = () => undefined,
): ArmSummary[] {
  const byArm = new Map<string, ArmSummary>();
  for (const outcome of outcomes) {
    const arm = outcome.task.arm;
    const summary = byArm.get(arm) ?? { arm, runs: 0, failed: 0, values: {}, finalBits: [], predicted: predictions.find((p) => p.arm === arm) ?? null };
    byArm.set(arm, summary);
    summary.runs += 1;
    if (!outcome.result) {
      summary.failed += 1;
      continue;
    }
    for (const [name, value] of Object.entries(outcome.result.metrics)) (summary.values[name] ??= []).push(value);
    const bits = finalBitsOf(outcome);
    if (bits !== undefined) summary.finalBits.push(bits);
  }
  return [...byArm.values()];
}

function meanStd(values: number[] | undefined, format: (value: number) => string = formatNumber): string | null {
  if (!values?.length) return null;
  const { mean, std, n } = stats(values);
  return n > 1 ? `${format(mean)} ± ${format(std)}` : format(mean);
}

/** Differences at 4 decimals: the float noise of subtracting near-equal means must not show as 1e-16. */
function signed(value: number): string {
  const text = value.toFixed(4);
  return text.startsWith('-') && Number(text) !== 0 ? text : `+${text.replace(/^-/, '')}`;
}

const OFF_TARGET = '*';

/** The final bits columns, predicted and recorded, and the footnote for the marked arms; none when no arm quantizes. */
function finalBitsColumns(summaries: ArmSummary[]): { columns: Column<ArmSummary>[]; note: string | null } {
  const target = summaries.find((s) => s.predicted)?.predicted?.targetBits;
  if (target === undefined && summaries.every((s) => s.finalBits.length === 0)) return { columns: [], note: null };
  const predictedOff = ({ predicted }: ArmSummary) => predicted !== null && endsAboveTarget(predicted);
  // Compared as printed: a mean of 4.000001 bits is at a 4-bit target.
  const recordedOff = ({ finalBits }: ArmSummary) => target !== undefined && finalBits.some((bits) => formatBits(bits) !== formatBits(target));
  const mark = (text: string, off: boolean) => (off ? `${text} ${OFF_TARGET}` : text);
  const columns: Column<ArmSummary>[] = [
    {
      header: 'final bits predicted',
      value: (s) => (s.predicted === null ? null : mark(s.predicted.finalBits === null ? 'unquantized' : formatBits(s.predicted.finalBits), predictedOff(s))),
    },
    {
      header: 'final bits (mean ± std)',
      value: (s) => {
        const text = meanStd(s.finalBits, formatBits);
        return text === null ? null : mark(text, recordedOff(s));
      },
    },
  ];
  const marked = target !== undefined && summaries.some((s) => predictedOff(s) || recordedOff(s));
  return { columns, note: marked ? `${OFF_TARGET} ends above the ${formatBits(target)} target bits basic-qat trains at: not a like-for-like comparison` : null };
}

/** Metrics as columns (eval metrics first, loss after), one row per arm, then the final bits. */
export function formatComparison(summaries: ArmSummary[]): string {
  const names = [...new Set(summaries.flatMap((s) => Object.keys(s.values)))].sort((a, b) => {
    const rank = (n: string) => (n === Metric.EvalLoss ? 1 : n.startsWith(MetricPrefix.Eval) ? 0 : 2);
    return rank(a) - rank(b) || a.localeCompare(b);
  });
  const baseline = summaries.find((s) => s.arm === Arm.Baseline);
  const columns: Column<ArmSummary>[] = [
    { header: 'arm', value: (s) => s.arm },
    { header: 'runs', value: (s) => (s.failed ? `${s.runs - s.failed}/${s.runs}` : String(s.runs)) },
  ];
  for (const name of names) {
    columns.push({ header: `${name} (mean ± std)`, value: (s) => meanStd(s.values[name]) });
    const base = baseline?.values[name];
    if (base?.length && name.startsWith(MetricPrefix.Eval)) {
      columns.push({
        header: `Δ ${name.slice(MetricPrefix.Eval.length)} vs baseline`,
        value: (s) => (s === baseline || !s.values[name]?.length ? null : signed(stats(s.values[name]!).mean - stats(base).mean)),
      });
    }
  }
  const bits = finalBitsColumns(summaries);
  const table = formatTable([...columns, ...bits.columns], summaries);
  return bits.note === null ? table : `${table}\n\n${bits.note}`;
}
