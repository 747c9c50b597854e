/** Runs one experiment from the CLI: progress bar, Ctrl-C (and SIGTERM/SIGHUP), and the result table. */
import { type RunOptions, type RunResult, runExperiment } from '../experiment/run.js';
import { formatTable } from '../report/table.js';
import { onInterrupt } from './interrupt.js';
import { ProgressBar } from './progress.js';

export async function runWithProgress(options: Omit<RunOptions, 'signal' | 'onProgress' | 'onLog'>, quiet: boolean): Promise<RunResult> {
  const bar = quiet ? null : new ProgressBar();
  const interrupt = onInterrupt((line) => process.stderr.write(`\n${line}\n`), 'the worker');
  try {
    return await runExperiment({
      ...options,
      signal: interrupt.signal,
      onRunCreated: (run) => process.stderr.write(`run ${run.id} (${run.name}${run.arm ? `, ${run.arm} arm` : ''})\n`),
      onProgress: (p) => bar?.update(p),
      onLog: (m) => {
        bar?.stop();
        process.stderr.write(`${m}\n`);
      },
    });
  } finally {
    bar?.stop();
    interrupt.dispose();
  }
}

export function printResult(result: RunResult, storePath: string): void {
  const rows = Object.entries(result.metrics).sort(([a], [b]) => a.localeCompare(b));
  process.stdout.write(`\n${formatTable([{ header: 'metric', value: (r: [string, number]) => r[0] }, { header: 'value', value: (r: [string, number]) => r[1] }], rows)}\n`);
  process.stdout.write(`\nrun ${result.run.id} (${result.run.name}) ${result.run.status}: ${result.arm} arm, ${result.steps} steps, ${result.trainSeconds.toFixed(1)} s of training\n`);
  process.stdout.write(`recorded in ${storePath}; see: moqlab runs show ${result.run.id}\n`);
}
