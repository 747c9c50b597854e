import { writeFileSync } from 'node:fs';
import { Command } from 'commander';
import { ErrorCode, MoqlabError } from '../errors.js';
import { loadDataAndModel } from '../experiment/prepare.js';
import { defaultArm, setUpQuantization } from '../experiment/quantization.js';
import { renderBitsChart } from '../report/bits-chart.js';
import { formatPlan } from '../report/plan.js';
import { Arm } from '../schedule/moq.js';
import { predictTimeline, toPlanJson } from '../schedule/timeline.js';
import { startLocalWorker } from '../worker/session.js';
import { type ExperimentOptions, addExperimentOptions, armOption, loadExperiment } from './experiment-options.js';

interface PlanOptions extends ExperimentOptions {
  arm?: Arm;
  json?: boolean;
  svg?: string;
}

export function planCommand(): Command {
  const cmd = new Command('plan')
    .description("predict every quantized tensor's bits over the run without training: timelines, average bits, when all reach target, warnings")
    .argument('<config>', 'experiment config with a quantize_training or compression_training section')
    .addOption(armOption())
    .option('--json', 'print { layers: [{ name, drops: [{ step, bits }] }], warnings, ... } as JSON')
    .option('--svg <file>', 'also draw bits over steps per tensor into an SVG file');
  addExperimentOptions(cmd);
  return cmd.action(async (configPath: string, options: PlanOptions) => {
    const config = loadExperiment(configPath, options);
    const arm = options.arm ?? defaultArm(config.quantization);
    if (arm === Arm.Baseline) {
      throw new MoqlabError(ErrorCode.ConfigInvalid, `${configPath} has no enabled quantization section, so there is nothing to plan`, {
        hint: 'add quantize_training (or compression_training.weight_quantization) with enabled: true',
      });
    }
    // The worker resolves the model's tensors and the data set's size (which fixes the step count).
    const worker = await startLocalWorker();
    try {
      const prepared = await loadDataAndModel(worker.client, config);
      const setup = setUpQuantization(config.quantization, arm, prepared.summary)!;
      const timeline = predictTimeline(setup.tensors, setup.options, prepared.totalSteps);
      process.stdout.write(options.json ? `${JSON.stringify(toPlanJson(timeline), null, 2)}\n` : `${formatPlan(timeline)}\n`);
      if (options.svg) {
        writeFileSync(options.svg, renderBitsChart(timeline, { title: `${config.name}: bits per tensor over optimizer steps (${arm})` }));
        if (!options.json) process.stdout.write(`chart written to ${options.svg}\n`);
      }
    } finally {
      await worker.close();
    }
  });
}
