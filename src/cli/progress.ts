/** The training progress bar: phase, steps, loss, current mean bits, steps/s and ETA on stderr. */
import cliProgress from 'cli-progress';
import { type Progress, RunPhase } from '../experiment/run.js';
import { formatBits } from '../schedule/final-bits.js';

function eta(progress: Progress): string {
  if (!progress.stepsPerSecond || progress.stepsPerSecond <= 0) return '--';
  const s = Math.round((progress.totalSteps - progress.step) / progress.stepsPerSecond);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

/** The values of the bars' formats. */
export function progressValues(progress: Progress) {
  return {
    phase: progress.phase.padEnd(13),
    loss: progress.loss === null ? '--' : progress.loss.toFixed(4),
    bits: progress.bits === null ? '--' : formatBits(progress.bits),
    rate: progress.stepsPerSecond === null ? '--' : progress.stepsPerSecond.toFixed(1),
    etaText: eta(progress),
  };
}

export class ProgressBar {
  private readonly bar: cliProgress.SingleBar;
  private started = false;

  constructor(private readonly label: string = '') {
    this.bar = new cliProgress.SingleBar(
      {
        format: `${label ? `${label} ` : ''}{phase} |{bar}| {value}/{total} steps | loss {loss} | bits {bits} | {rate} steps/s | ETA {etaText}`,
        barsize: 24,
        hideCursor: true,
        noTTYOutput: true,
        notTTYSchedule: 5000,
        stream: process.stderr,
      },
      cliProgress.Presets.shades_classic,
    );
  }

  update(progress: Progress): void {
    const values = progressValues(progress);
    if (!this.started) {
      if (progress.totalSteps <= 0 && progress.phase !== RunPhase.Training) {
        process.stderr.write(`${this.label ? `${this.label} ` : ''}${progress.phase}...\n`);
        return;
      }
      this.bar.start(Math.max(progress.totalSteps, 1), progress.step, values);
      this.started = true;
      return;
    }
    this.bar.setTotal(Math.max(progress.totalSteps, 1));
    this.bar.update(progress.step, values);
  }

  stop(): void {
    if (this.started) this.bar.stop();
    this.started = false;
  }
}

/** One bar per concurrent run (a comparison), each labelled, on stderr. */
export class MultiProgress {
  private readonly multi: cliProgress.MultiBar;
  private readonly bars = new Map<string, cliProgress.SingleBar>();
  private stopped = false;

  constructor() {
    this.multi = new cliProgress.MultiBar(
      {
        format: '{label} {phase} |{bar}| {value}/{total} | loss {loss} | bits {bits} | {rate} steps/s | ETA {etaText}',
        barsize: 20,
        hideCursor: true,
        noTTYOutput: true,
        notTTYSchedule: 10_000,
        stream: process.stderr,
        clearOnComplete: false,
      },
      cliProgress.Presets.shades_classic,
    );
  }

  update(label: string, progress: Progress): void {
    const values = { label: label.padEnd(16), ...progressValues(progress) };
    let bar = this.bars.get(label);
    if (!bar) {
      bar = this.multi.create(Math.max(progress.totalSteps, 1), progress.step, values);
      this.bars.set(label, bar);
      return;
    }
    bar.setTotal(Math.max(progress.totalSteps, 1));
    bar.update(progress.step, values);
  }

  log(line: string): void {
    // The multi-bar holds lines until its next redraw: there is none before the first bar (the
    // warnings before a comparison), and off a terminal one only every notTTYSchedule, so a short
    // comparison would lose them. Only a live terminal needs the lines above the bars.
    if (this.stopped || this.bars.size === 0 || !process.stderr.isTTY) process.stderr.write(`${line}\n`);
    else this.multi.log(`${line}\n`);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    // stop() alone drops the lines logged since the last redraw: one more redraw writes them.
    if (this.bars.size > 0 && process.stderr.isTTY) this.multi.update();
    this.multi.stop();
  }
}
