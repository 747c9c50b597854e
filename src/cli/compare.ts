import { Command } from 'commander';
import { ErrorCode, MoqlabError } from '../errors.js';
import { type ComparisonTask, runComparison } from '../experiment/compare.js';
import { formatComparison, summarizeArms } from '../report/compare.js';
import { Arm } from '../schedule/moq.js';
import { finalBitsWarning } from '../schedule/final-bits.js';
import { Metric } from '../tracking/index.js';
import { onInterrupt } from './interrupt.js';
import { type ExperimentOptions, addExperimentOptions, loadExperiment, requireTargetOption } from './experiment-options.js';
import { addListenOptions, bindListener } from './listen.js';
import { addStoreOption, openStoreOption } from './options.js';
import { MultiProgress } from './progress.js';

interface CompareOptions extends ExperimentOptions {
  store: string;
  arms?: string;
  seeds: string;
  parallel?: string;
  listen?: string;
  insecure?: boolean;
  quiet?: boolean;
  requireTarget?: boolean;
}

function parseArms(text: string): Arm[] {
  const valid = Object.values(Arm) as string[];
  const arms = text.split(',').map((a) => a.trim()).filter(Boolean);
  const bad = arms.filter((a) => !valid.includes(a));
  if (bad.length || !arms.length) {
    throw new MoqlabError(ErrorCode.Usage, `--arms ${text}: ${bad.length ? `unknown arm ${bad.join(', ')}` : 'no arm'}`, { hint: `choose from ${valid.join(', ')}, comma-separated` });
  }
  return arms as Arm[];
}

function positive(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new MoqlabError(ErrorCode.Usage, `${flag} ${text}: expected a positive integer`);
  return n;
}

const label = (task: ComparisonTask) => `${task.arm} s${task.seed}`;

export function compareCommand(): Command {
  const cmd = new Command('compare')
    .description("train several arms (baseline, basic-qat, moq) over several seeds on parallel local workers (and remote ones with --listen), record them as one group, and print mean ± std per arm and each arm's final bits, predicted and recorded")
    .argument('<config>', 'experiment config with a quantization section (the moq and basic-qat arms use it)')
    .option('--arms <list>', `comma-separated arms (default: ${Arm.Baseline},${Arm.BasicQat},${Arm.Moq}, and ${Arm.MoqEigen} when the config enables eigenvalues)`)
    .option('--seeds <n>', 'runs per arm (seeds training.seed, +1, +2, ...)', '1')
    .option('--parallel <n>', 'local workers at once (default: one per CPU core, at most one per run; 0 with --listen: remote workers only)')
    .option('-q, --quiet', 'no progress bars')
    .addOption(requireTargetOption());
  addListenOptions(cmd, 'also run on remote workers that connect to this endpoint, whenever they come (a run whose worker dies resumes on another)');
  addExperimentOptions(cmd);
  addStoreOption(cmd);
  return cmd.action(async (configPath: string, options: CompareOptions) => {
    const config = loadExperiment(configPath, options);
    const defaults = [Arm.Baseline, Arm.BasicQat, Arm.Moq, ...(config.quantization?.eigenvalue.enabled ? [Arm.MoqEigen] : [])];
    const arms = options.arms === undefined ? defaults : parseArms(options.arms);
    const seeds = positive(options.seeds, '--seeds');
    const parallel = options.parallel === undefined ? undefined : options.listen && options.parallel === '0' ? 0 : positive(options.parallel, '--parallel');
    const store = openStoreOption(options);
    const listener = options.listen ? await bindListener(options.listen, options.insecure) : undefined;
    const bars = options.quiet ? null : new MultiProgress();
    const say = (line: string) => (bars ? bars.log(line) : process.stderr.write(`${line}\n`));
    const interrupt = onInterrupt(say, 'the workers');
    try {
      const comparison = await runComparison({
        store,
        config,
        arms,
        seeds,
        parallel,
        listener,
        signal: interrupt.signal,
        onWorkerJoined: (worker) => say(`worker ${worker} joined`),
        onRunAssigned: (task, worker) => say(`${label(task)}: on worker ${worker}`),
        onRequeue: say,
        requireTarget: options.requireTarget === true,
        onPredicted: (predictions) => {
          for (const warning of predictions.flatMap((p) => finalBitsWarning(p) ?? [])) say(`warning: ${warning}`);
        },
        onRunStart: (task, run) => say(`${label(task)}: run ${run.id}`),
        onRunProgress: (task, p) => bars?.update(label(task), p),
        onRunEnd: (o) => say(`${label(o.task)}: ${o.error ? `failed: ${o.error.message.split('\n')[0]}` : 'finished'}`),
      });
      bars?.stop();
      // quant/average_bits is logged at every change of bits, so its latest point is the run's final bits.
      const summaries = summarizeArms(comparison.outcomes, comparison.predictions, (o) => (o.run ? store.latestMetrics(o.run.id)[Metric.AverageBits]?.value : undefined));
      process.stdout.write(`\n${formatComparison(summaries)}\n\n`);
      const ranks = config.distributed.nproc_per_node;
      process.stdout.write(`group ${comparison.groupId}: ${comparison.outcomes.length} runs on ${comparison.workers} local worker(s)${ranks > 1 ? ` of ${ranks} ranks` : ''} × ${comparison.threadsPerWorker} thread(s)${ranks > 1 ? ' each' : ''}${listener ? ' and the remote workers that joined' : ''}, recorded in ${store.path}\n`);
      process.stdout.write(`list them with: moqlab runs ls --group ${comparison.groupId}\n`);
      if (interrupt.signal.aborted) throw new MoqlabError(ErrorCode.Interrupted, 'the comparison was interrupted; finished runs are recorded');
      const failed = comparison.outcomes.filter((o) => o.error);
      if (failed.length) {
        throw new MoqlabError(ErrorCode.WorkerError, `${failed.length} of ${comparison.outcomes.length} runs failed: ${failed.map((o) => `${label(o.task)} (${o.error!.code})`).join(', ')}`, {
          hint: 'see moqlab runs show ID for each failed run',
        });
      }
    } finally {
      bars?.stop();
      interrupt.dispose();
      await listener?.close();
      store.close();
    }
  });
}
