import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { ErrorCode, MoqlabError } from '../errors.js';
import { type PlanFactors, factorsFromRun, planExperiment } from '../experiment/plan.js';
import { defaultArm } from '../experiment/quantization.js';
import { renderBitsChart } from '../report/bits-chart.js';
import { formatPlan } from '../report/plan.js';
import { Arm } from '../schedule/moq.js';
import { type SkippedTensor, describeSkip } from '../schedule/selection.js';
import { type PlanJson, toPlanJson } from '../schedule/timeline.js';
import { type ExperimentOptions, addExperimentOptions, armOption, loadExperiment } from './experiment-options.js';
import { addStoreOption, openStoreOption } from './options.js';

interface PlanOptions extends ExperimentOptions {
  arm?: Arm;
  json?: boolean;
  svg?: string;
  factors?: string;
  factorsFrom?: string;
  store: string;
}

/** `--json`: the timeline, and every tensor left out with its reason code and the reason in words. */
interface PlanWithSkipped extends PlanJson {
  skipped: Array<{ name: string; shape: number[]; reason: SkippedTensor['reason']; regex: string | null; why: string }>;
}

function planJson(plan: PlanJson, skipped: readonly SkippedTensor[]): PlanWithSkipped {
  return { ...plan, skipped: skipped.map((s) => ({ name: s.name, shape: s.shape, reason: s.reason, regex: s.regex, why: describeSkip(s) })) };
}

/** --factors: 1..5 per block, comma-separated (the block count is checked against the config's). */
function parseFactors(text: string): number[] {
  const factors = text.split(',').map((f) => Number(f.trim()));
  if (factors.some((f) => !Number.isInteger(f) || f < 1 || f > 5)) {
    throw new MoqlabError(ErrorCode.Usage, `--factors ${text}: expected comma-separated integers in 1..5, one per block`, { hint: 'e.g. --factors 1,3,5,2' });
  }
  return factors;
}

export function planCommand(): Command {
  const cmd = new Command('plan')
    .description("predict every quantized tensor's bits over the run without training: timelines, average bits, when all reach target, warnings, and every tensor left out with its reason")
    .argument('<config>', 'experiment config with a quantize_training or compression_training section')
    .addOption(armOption())
    .option('--factors <list>', 'eigenvalue factors 1..5 per block (comma-separated, in block order) to stretch the timelines with')
    .option('--factors-from <run>', 'the factors a recorded run used at each of its drops')
    .option('--json', 'print { layers: [{ name, drops: [{ step, bits }] }], warnings, ..., skipped: [{ name, shape, reason, regex, why }] } as JSON')
    .option('--svg <file>', 'also draw bits over steps per tensor into an SVG file');
  addExperimentOptions(cmd);
  addStoreOption(cmd);
  return cmd.action(async (configPath: string, options: PlanOptions) => {
    const config = loadExperiment(configPath, options);
    const arm = options.arm ?? defaultArm(config.quantization);
    let factors: PlanFactors = { kind: 'none' };
    if (options.factorsFrom) {
      const store = openStoreOption(options, true);
      try {
        factors = { kind: 'recorded', factorOf: factorsFromRun(store, options.factorsFrom) };
      } finally {
        store.close();
      }
    } else if (options.factors) {
      factors = { kind: 'per-block', factors: parseFactors(options.factors) };
    } else if (arm === Arm.MoqEigen && !options.json) {
      process.stderr.write('note: eigenvalue factors are known only while training; this plan uses factor 1 (pass --factors or --factors-from RUN)\n');
    }
    const { timeline, skipped } = await planExperiment(config, arm, factors);
    process.stdout.write(options.json ? `${JSON.stringify(planJson(toPlanJson(timeline), skipped), null, 2)}\n` : `${formatPlan(timeline, skipped)}\n`);
    if (options.svg) {
      writeFileSync(options.svg, renderBitsChart(timeline, { title: `${config.name}: bits per tensor over optimizer steps (${arm})` }));
      if (!options.json) process.stdout.write(`chart written to ${options.svg}\n`);
    }
  });
}
