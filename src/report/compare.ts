/** The comparison table: each arm's metrics as mean ± std over its seeds, and the difference to the baseline. */
import type { ComparisonOutcome } from '../experiment/compare.js';
import { Arm } from '../schedule/moq.js';
import { type Column, formatNumber, formatTable } from './table.js';

export interface ArmSummary {
  arm: string;
  runs: number;
  failed: number;
  /** metric -> values of the finished runs, in seed order. */
  values: Record<string, number[]>;
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

/** Per arm, in the order the arms were first met; `extra` adds per-run values (e.g. final average bits). */
export function summarizeArms(outcomes: ComparisonOutcome[], extra: (outcome: ComparisonOutcome) => Record<string, number> = () => ({})): ArmSummary[] {
  const byArm = new Map<string, ArmSummary>();
  for (const outcome of outcomes) {
    const arm = outcome.task.arm;
    const summary = byArm.get(arm) ?? { arm, runs: 0, failed: 0, values: {} };
    byArm.set(arm, summary);
    summary.runs += 1;
    if (!outcome.result) {
      summary.failed += 1;
      continue;
    }
    for (const [name, value] of Object.entries({ ...outcome.result.metrics, ...extra(outcome) })) (summary.values[name] ??= []).push(value);
  }
  return [...byArm.values()];
}

function meanStd(values: number[] | undefined): string | null {
  if (!values?.length) return null;
  const { mean, std, n } = stats(values);
  return n > 1 ? `${formatNumber(mean)} ± ${formatNumber(std)}` : formatNumber(mean);
}

/** Differences at 4 decimals: the float noise of subtracting near-equal means must not show as 1e-16. */
function signed(value: number): string {
  const text = value.toFixed(4);
  return text.startsWith('-') && Number(text) !== 0 ? text : `+${text.replace(/^-/, '')}`;
}

/** Metrics as columns (eval metrics first, loss after, then the extras), one row per arm. */
export function formatComparison(summaries: ArmSummary[]): string {
  const names = [...new Set(summaries.flatMap((s) => Object.keys(s.values)))].sort((a, b) => {
    const rank = (n: string) => (n === 'eval/loss' ? 1 : n.startsWith('eval/') ? 0 : 2);
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
    if (base?.length && name.startsWith('eval/')) {
      columns.push({
        header: `Δ ${name.slice('eval/'.length)} vs baseline`,
        value: (s) => (s === baseline || !s.values[name]?.length ? null : signed(stats(s.values[name]!).mean - stats(base).mean)),
      });
    }
  }
  return formatTable(columns, summaries);
}
