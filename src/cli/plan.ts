import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { ErrorCode, MoqlabError } from '../errors.js';
import { EventKind, storedPayload } from '../tracking/events.js';
import { loadDataAndModel } from '../experiment/prepare.js';
import { type ResolvedBlock, checkEigenArm, defaultArm, setUpQuantization } from '../experiment/quantization.js';
import { renderBitsChart } from '../report/bits-chart.js';
import { formatPlan } from '../report/plan.js';
import { Arm, type FactorOf } from '../schedule/moq.js';
import { type SkippedTensor, describeSkip } from '../schedule/selection.js';
import { type PlanJson, predictTimeline, toPlanJson } from '../schedule/timeline.js';
import type { moqlab } from '../protocol/messages.js';
import { startLocalWorker } from '../worker/session.js';
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

function parseFactors(text: string, blocks: number): number[] {
  const factors = text.split(',').map((f) => Number(f.trim()));
  if (factors.length !== blocks || factors.some((f) => !Number.isInteger(f) || f < 1 || f > 5)) {
    throw new MoqlabError(ErrorCode.Usage, `--factors ${text}: expected ${blocks} comma-separated integers in 1..5, one per block`, {
      hint: `the config has ${blocks} blocks (eigenvalue.layer_num)`,
    });
  }
  return factors;
}

/** The factor each tensor's drops used in a recorded run, by drop index; 1 for drops it never made. */
function factorsFromRun(options: PlanOptions, id: string): FactorOf {
  const store = openStoreOption(options, true);
  try {
    const byTensor = new Map<string, number[]>();
    for (const e of store.getEvents(store.getRun(id).id, EventKind.Drop)) {
      const drop = storedPayload(e, EventKind.Drop);
      const tensor = String(drop.tensor);
      byTensor.set(tensor, [...(byTensor.get(tensor) ?? []), Number(drop.factor)]);
    }
    return (tensor, dropIndex) => byTensor.get(tensor)?.[dropIndex] ?? 1;
  } finally {
    store.close();
  }
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
    if (arm === Arm.Baseline) {
      throw new MoqlabError(ErrorCode.ConfigInvalid, `${configPath} has no enabled quantization section, so there is nothing to plan`, {
        hint: 'add quantize_training (or compression_training.weight_quantization) with enabled: true',
      });
    }
    const eigen = arm === Arm.MoqEigen && config.quantization ? config.quantization.eigenvalue : null;
    if (eigen) checkEigenArm(config.quantization, arm);
    // The worker resolves the model's tensors and blocks, and the data set's size (which fixes the step count).
    const worker = await startLocalWorker();
    try {
      const prepared = await loadDataAndModel(worker.client, config);
      let blocks: ResolvedBlock[] = [];
      if (eigen) {
        const resolved = (await worker.client.resolveBlocks({ layerName: eigen.layerName, layerNum: eigen.layerNum })).blocks as moqlab.v1.Block[];
        blocks = resolved.map((b) => ({ index: b.index, name: b.name, parameters: [...b.parameters] }));
      }
      const setup = setUpQuantization(config.quantization, arm, prepared.summary, blocks)!;
      let factors: FactorOf = () => 1;
      if (options.factorsFrom) factors = factorsFromRun(options, options.factorsFrom);
      else if (options.factors) {
        const perBlock = parseFactors(options.factors, blocks.length || (eigen?.layerNum ?? 0));
        factors = (tensor) => {
          const block = setup.blockOf[tensor];
          return block === undefined ? 1 : perBlock[block]!;
        };
      } else if (eigen && !options.json) {
        process.stderr.write('note: eigenvalue factors are known only while training; this plan uses factor 1 (pass --factors or --factors-from RUN)\n');
      }
      const timeline = predictTimeline(setup.tensors, setup.options, prepared.totalSteps, factors);
      process.stdout.write(options.json ? `${JSON.stringify(planJson(toPlanJson(timeline), setup.skipped), null, 2)}\n` : `${formatPlan(timeline, setup.skipped)}\n`);
      if (options.svg) {
        writeFileSync(options.svg, renderBitsChart(timeline, { title: `${config.name}: bits per tensor over optimizer steps (${arm})` }));
        if (!options.json) process.stdout.write(`chart written to ${options.svg}\n`);
      }
    } finally {
      await worker.close();
    }
  });
}
