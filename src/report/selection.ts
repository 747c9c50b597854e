/**
 * What quantization leaves out, as text for `moqlab train` (at configure time) and `moqlab plan`:
 * a count per reason, then the tensors themselves. Biases and norms are counted but listed only when
 * the whole list is short: every model has many and nobody expects them quantized, while a matrix
 * left out (excluded, frozen, vector-shaped, in no group) is what a user needs to see.
 */
import { SkipReason, type SkippedTensor, describeSkip, summarizeSkipped } from '../schedule/selection.js';
import { formatTable } from './table.js';

export interface ListLimits {
  /** A list up to this long is shown whole, biases and norms included. */
  whole: number;
  /** At most this many rows. */
  rows: number;
}

/** `moqlab plan` is where a user looks for the details: short lists whole, every other tensor always. */
export const PLAN_LIMITS: ListLimits = { whole: 12, rows: Number.POSITIVE_INFINITY };
/** `moqlab train`'s note comes before the progress bar: never the biases, a few rows at most. */
export const NOTE_LIMITS: ListLimits = { whole: 0, rows: 10 };

export interface LeftOutText {
  /** "14 tensors left out of quantization: 12 with fewer than 2 dimensions (biases, norms), 2 excluded by 'head'". */
  summary: string;
  /** The table of listed tensors and a line for those cut; empty when there is nothing to list. */
  details: string[];
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function formatLeftOut(skipped: readonly SkippedTensor[], limits: ListLimits = PLAN_LIMITS): LeftOutText {
  if (skipped.length === 0) return { summary: 'no tensor is left out of quantization', details: [] };
  const summary = `${plural(skipped.length, 'tensor')} left out of quantization: ${summarizeSkipped(skipped)}`;
  const candidates = skipped.length <= limits.whole ? skipped : skipped.filter((s) => s.reason !== SkipReason.FewerThanTwoDims);
  const listed = candidates.slice(0, limits.rows);
  const details: string[] = [];
  if (listed.length > 0) {
    const table = formatTable<SkippedTensor>(
      [
        { header: 'tensor', value: (s) => s.name },
        { header: 'shape', value: (s) => `[${s.shape.join(', ')}]` },
        { header: 'why', value: describeSkip },
      ],
      listed,
    );
    details.push(...table.split('\n').map((line) => `  ${line}`));
  }
  const cut = candidates.length - listed.length;
  if (cut > 0) details.push(`  (${plural(cut, 'more tensor')} not listed: \`moqlab plan CONFIG --json\` lists every one with its reason)`);
  return { summary, details };
}

/** `moqlab train`'s configure-time note: how much is quantized, then what is left out and why. */
export function formatSelectionNote(quantized: number, parameters: number, skipped: readonly SkippedTensor[]): string {
  const { summary, details } = formatLeftOut(skipped, NOTE_LIMITS);
  return [`quantizing ${plural(quantized, 'tensor')} (${plural(parameters, 'parameter')}); ${summary}`, ...details].join('\n');
}
