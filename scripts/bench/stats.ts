/** Small statistics helpers shared by the benchmark scripts. */

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function median(values: readonly number[]): number {
  return percentile([...values].sort((a, b) => a - b), 50);
}

export function printJson(label: string, value: unknown): void {
  process.stdout.write(`\n${label}\n${JSON.stringify(value, null, 2)}\n`);
}
