import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { configCommand } from '../../src/cli/config.js';
import { ErrorCode, MoqlabError } from '../../src/errors.js';
import { applyDeepSpeedConfig, Precision, QuantLayout, resolveExperimentConfig, type ConfigWarning } from '../../src/config/index.js';
import { readExperimentConfig } from '../../src/experiment/config-file.js';

const BASE = '/home/me/exp';
const MINIMAL = { model: { name: 'cnn' }, data: { name: 'fashion-mnist' } };
const DS = 'ds.json';

/** The merged raw experiment and the warnings, as `--ds-config ds.json` would give them. */
function apply(ds: unknown, experiment: Record<string, unknown> = MINIMAL): { raw: Record<string, unknown>; warnings: ConfigWarning[] } {
  const warnings: ConfigWarning[] = [];
  const raw = applyDeepSpeedConfig(experiment, ds, (w) => warnings.push(w), DS);
  return { raw, warnings };
}

function training(ds: unknown, experiment: Record<string, unknown> = MINIMAL) {
  return resolveExperimentConfig(apply(ds, experiment).raw, { baseDir: BASE }).training;
}

function errorOf(run: () => unknown): MoqlabError {
  try {
    run();
  } catch (e) {
    if (e instanceof MoqlabError) return e;
    throw e;
  }
  throw new Error('expected a MoqlabError');
}

describe('applyDeepSpeedConfig: batch sizes on one GPU', () => {
  it.each([
    [{ train_batch_size: 64, train_micro_batch_size_per_gpu: 16, gradient_accumulation_steps: 4 }, 16, 4],
    [{ train_batch_size: 64, train_micro_batch_size_per_gpu: 16 }, 16, 4],
    [{ train_batch_size: 64, gradient_accumulation_steps: 2 }, 32, 2],
    [{ train_micro_batch_size_per_gpu: 8, gradient_accumulation_steps: 3 }, 8, 3],
    [{ train_batch_size: 32 }, 32, 1],
    [{ train_micro_batch_size_per_gpu: 8 }, 8, 1],
    [{ gradient_accumulation_steps: 5 }, 64, 5],
  ])('%j → batch_size %i, accumulation %i', (ds, batch, accumulation) => {
    expect(training(ds)).toMatchObject({ batch_size: batch, gradient_accumulation_steps: accumulation });
  });

  it('names all three keys when they disagree', () => {
    const error = errorOf(() => apply({ train_batch_size: 64, train_micro_batch_size_per_gpu: 16, gradient_accumulation_steps: 2 }));
    expect(error.code).toBe(ErrorCode.ConfigInvalid);
    expect(error.message).toBe(
      'ds.json has 1 problem:\n' +
        '  $.train_batch_size: must equal train_micro_batch_size_per_gpu × gradient_accumulation_steps = 16 × 2 = 32 ' +
        '(train_batch_size = train_micro_batch_size_per_gpu × gradient_accumulation_steps on one GPU) (got 64); ' +
        'moqlab trains on one GPU; give two of the three and the third follows',
    );
    expect(errorOf(() => apply({ train_batch_size: 50, train_micro_batch_size_per_gpu: 16 })).message).toContain(
      '$.train_batch_size: must be a multiple of train_micro_batch_size_per_gpu (16) to give a whole gradient_accumulation_steps',
    );
  });
});

describe('applyDeepSpeedConfig: precision, optimizer, clipping', () => {
  it('maps fp16 with its loss scaling, and bf16', () => {
    expect(training({ fp16: { enabled: true, initial_scale_power: 12, loss_scale_window: 500 } })).toMatchObject({
      precision: Precision.Fp16,
      initial_loss_scale: 4096,
      loss_scale_window: 500,
    });
    expect(training({ bf16: { enabled: true } }).precision).toBe(Precision.Bf16);
    expect(training({ bfloat16: { enabled: true } }).precision).toBe(Precision.Bf16);
    // A section that is there but disabled says "not this precision".
    expect(training({ fp16: { enabled: false } }, { ...MINIMAL, training: { precision: 'bf16' } }).precision).toBe(Precision.Fp32);
    expect(training({}, { ...MINIMAL, training: { precision: 'bf16' } }).precision).toBe(Precision.Bf16);
  });

  it('refuses fp16 and bf16 together', () => {
    expect(errorOf(() => apply({ fp16: { enabled: true }, bf16: { enabled: true } })).message).toBe(
      'ds.json has 1 problem:\n  $.bf16.enabled: cannot be true together with fp16.enabled (got true); moqlab trains in one precision: enable fp16 or bf16',
    );
  });

  it('warns that a static loss scale is not supported', () => {
    expect(apply({ fp16: { enabled: true, loss_scale: 128 } }).warnings).toEqual([
      {
        source: DS,
        path: '$.fp16.loss_scale',
        message: 'a static loss scale (128) is not supported: moqlab scales the loss dynamically, from 2^initial_scale_power',
      },
    ]);
  });

  it('maps the optimizer parameters and gradient clipping, warning about optimizers other than Adam', () => {
    const ds = { optimizer: { type: 'AdamW', params: { lr: 3e-4, betas: [0.8, 0.99], eps: 1e-6, weight_decay: 0.1 } }, gradient_clipping: 0.5 };
    expect(training(ds)).toMatchObject({ optimizer: { lr: 3e-4, betas: [0.8, 0.99], eps: 1e-6, weight_decay: 0.1 }, max_grad_norm: 0.5 });
    expect(apply({ optimizer: { type: 'Adam', params: { lr: 1e-3 } } }).warnings).toEqual([]);
    expect(apply({ optimizer: { type: 'Lamb', params: { lr: 1e-3 } } }).warnings).toEqual([
      {
        source: DS,
        path: '$.optimizer.type',
        message: "Lamb is not available: moqlab trains with AdamW, using this optimizer's lr, betas, eps and weight_decay",
      },
    ]);
  });

  it('reports bad values at their path in the DeepSpeed file, all at once', () => {
    expect(errorOf(() => apply({ train_batch_size: '32', optimizer: { params: { lr: 0 } }, fp16: { enabled: 'yes' } })).message.split('\n')).toEqual([
      'ds.json has 4 problems:',
      '  $.train_batch_size: must be an integer (got "32"); write 32 without quotes',
      '  $.fp16.enabled: must be true or false (got "yes")',
      '  $.optimizer.type: is required; the optimizer, e.g. AdamW',
      '  $.optimizer.params.lr: must be > 0 (got 0)',
    ]);
    expect(errorOf(() => apply([])).message).toBe('ds.json has 1 problem:\n  $: must be an object (got [])');
  });
});

describe('applyDeepSpeedConfig: what it ignores and what it overrides', () => {
  it('lists every ignored DeepSpeed key in one warning', () => {
    const { warnings } = apply({
      train_batch_size: 32,
      steps_per_print: 10,
      zero_optimization: { stage: 0 },
      scheduler: { type: 'WarmupLR', params: { warmup_num_steps: 100 } },
      fp16: { enabled: true, hysteresis: 2, min_loss_scale: 1 },
      optimizer: { type: 'AdamW', params: { lr: 2e-5, bias_correction: true } },
      wall_clock_breakdown: false,
    });
    expect(warnings).toEqual([
      {
        source: DS,
        path: '$',
        message:
          'ignored DeepSpeed sections (moqlab does not use them): steps_per_print, zero_optimization, scheduler, fp16.hysteresis, ' +
          'fp16.min_loss_scale, optimizer.params.bias_correction, wall_clock_breakdown',
      },
    ]);
  });

  it("keeps the experiment's values where the Hugging Face Trainer's \"auto\" stands", () => {
    const { raw, warnings } = apply({ train_batch_size: 'auto', gradient_accumulation_steps: 'auto', optimizer: { type: 'AdamW', params: { lr: 'auto' } } }, {
      ...MINIMAL,
      training: { batch_size: 16, optimizer: { lr: 0.01 } },
    });
    expect(resolveExperimentConfig(raw, { baseDir: BASE }).training).toMatchObject({ batch_size: 16, gradient_accumulation_steps: 1, optimizer: { lr: 0.01 } });
    expect(warnings).toEqual([
      {
        source: DS,
        path: '$',
        message: `"auto" is the Hugging Face Trainer's placeholder; the experiment's values stand for: train_batch_size, gradient_accumulation_steps, optimizer.params.lr`,
      },
    ]);
  });

  it('names each experiment key it overrides', () => {
    const experiment = { ...MINIMAL, training: { batch_size: 32, precision: 'bf16', max_grad_norm: 1, optimizer: { lr: 0.01, betas: [0.9, 0.999] } } };
    const { warnings } = apply(
      { train_micro_batch_size_per_gpu: 16, fp16: { enabled: true }, gradient_clipping: 1, optimizer: { type: 'adamw', params: { lr: 0.001, betas: [0.8, 0.99] } } },
      experiment,
    );
    expect(warnings).toEqual([
      { path: '$.training.batch_size', message: "overridden by the DeepSpeed config's train_micro_batch_size_per_gpu: 32 → 16" },
      { path: '$.training.precision', message: `overridden by the DeepSpeed config's fp16.enabled: "bf16" → "fp16"` },
      { path: '$.training.optimizer.lr', message: "overridden by the DeepSpeed config's optimizer.params.lr: 0.01 → 0.001" },
      { path: '$.training.optimizer.betas', message: "overridden by the DeepSpeed config's optimizer.params.betas: [0.9,0.999] → [0.8,0.99]" },
    ]);
    // Pure: the experiment object is untouched.
    expect(experiment.training).toEqual({ batch_size: 32, precision: 'bf16', max_grad_norm: 1, optimizer: { lr: 0.01, betas: [0.9, 0.999] } });
  });

  it("replaces the experiment's MoQ section, whichever layout either file uses", () => {
    const experiment = {
      ...MINIMAL,
      compression_training: {
        weight_quantization: { shared_parameters: { enabled: true }, different_groups: { wq1: { params: { start_bits: 8, target_bits: 8 }, modules: ['a'] } } },
      },
    };
    const { raw, warnings } = apply({ quantize_training: { enabled: true, quantize_bits: { target_bits: 4 } } }, experiment);
    expect(warnings).toEqual([{ path: '$.compression_training', message: "overridden by the DeepSpeed config's quantize_training" }]);
    const config = resolveExperimentConfig(raw, { baseDir: BASE });
    expect(config.quantization?.layout).toBe(QuantLayout.QuantizeTraining);
    expect(config.quantization?.groups[0]?.targetBits).toBe(4);
  });
});

describe("applyDeepSpeedConfig: the MoQ tutorial's whole test.json", () => {
  it('resolves into an fp16 MoQ run, with the warnings a user needs', () => {
    const moqTutorial = {
      optimizer: { type: 'AdamW', params: { lr: 2e-5, weight_decay: 0.0, bias_correction: true } },
      gradient_clipping: 1.0,
      fp16: { initial_scale_power: 16, enabled: true },
      quantize_training: {
        enabled: true,
        quantize_verbose: true,
        quantizer_kernel: true,
        'quantize-algo': { q_type: 'symmetric' },
        quantize_bits: { start_bits: 16, target_bits: 8 },
        quantize_schedule: { quantize_period: 400, schedule_offset: 0 },
        quantize_groups: 8,
      },
    };
    const warnings: ConfigWarning[] = [];
    const raw = applyDeepSpeedConfig(MINIMAL, moqTutorial, (w) => warnings.push(w), DS);
    const config = resolveExperimentConfig(raw, { baseDir: BASE, onWarning: (w) => warnings.push(w) });
    expect(config.training).toMatchObject({ precision: Precision.Fp16, initial_loss_scale: 65536, max_grad_norm: 1, optimizer: { lr: 2e-5, weight_decay: 0 } });
    expect(config.quantization?.groups[0]).toMatchObject({ startBits: 16, targetBits: 8, period: 400, quantizeGroups: 8 });
    expect(warnings.map((w) => `${w.source ?? ''} ${w.path}: ${w.message}`)).toEqual([
      'ds.json $: ignored DeepSpeed sections (moqlab does not use them): optimizer.params.bias_correction',
      ' $.quantize_training["quantize-algo"]: is a deprecated spelling of quantize_algo; rename the key',
    ]);
  });
});

describe('readExperimentConfig with --ds-config, and moqlab config check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'moqlab-ds-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: unknown): string => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };
  const experiment = write('moq.v2.json', { ...MINIMAL, checkpoint: { dir: 'ckpt' }, training: { batch_size: 32 } });
  const ds = write('ds_config.json', { train_micro_batch_size_per_gpu: 8, zero_optimization: { stage: 0 }, quantize_training: { enabled: true, quantize_bits: { target_bits: 8 } } });

  it('applies the DeepSpeed file, then the overrides', () => {
    const warnings: ConfigWarning[] = [];
    const config = readExperimentConfig(experiment, {
      dsConfig: ds,
      onWarning: (w) => warnings.push(w),
      overrides: (raw) => {
        raw.device = 'cpu';
      },
    });
    expect(config).toMatchObject({ name: 'moq.v2', device: 'cpu', training: { batch_size: 8 }, checkpoint: { dir: join(dir, 'ckpt') } });
    expect(config.quantization?.layout).toBe(QuantLayout.QuantizeTraining);
    expect(warnings.map((w) => w.path)).toEqual(['$', '$.training.batch_size']);
  });

  it('attributes warnings about the MoQ section it brought in to the DeepSpeed file', () => {
    const aliased = write('aliased.json', { quantize_training: { enabled: true, quantize_type: 'symmetric', quantize_bits: { target_bits: 8 } } });
    const warnings: ConfigWarning[] = [];
    readExperimentConfig(experiment, { dsConfig: aliased, onWarning: (w) => warnings.push(w) });
    expect(warnings).toContainEqual({
      source: aliased,
      path: '$.quantize_training.quantize_type',
      message: 'is a deprecated spelling of quantize_algo.q_type; write "quantize_algo": {"q_type": "symmetric"}',
    });
  });

  it('names the DeepSpeed file when it is missing, is not JSON, or is wrong', () => {
    const missing = errorOf(() => readExperimentConfig(experiment, { dsConfig: join(dir, 'nope.json') }));
    expect(missing.code).toBe(ErrorCode.FileNotFound);
    expect(missing.message).toBe(`cannot read DeepSpeed config ${join(dir, 'nope.json')}: ENOENT`);
    const broken = write('broken.json', '{"fp16": {"enabled": true,}}');
    const notJson = errorOf(() => readExperimentConfig(experiment, { dsConfig: broken }));
    expect(notJson.code).toBe(ErrorCode.ConfigInvalid);
    expect(notJson.message).toMatch(new RegExp(`^${broken} is not valid JSON`));
    const badQuant = write('bad_quant.json', { quantize_training: { enabled: true, quantize_bits: { target_bits: 0 } } });
    expect(errorOf(() => readExperimentConfig(experiment, { dsConfig: badQuant })).message).toBe(
      `moq.v2 (with DeepSpeed config ${badQuant}) has 1 problem:\n  $.quantize_training.quantize_bits.target_bits: must be in [1, 16] (got 0)`,
    );
  });

  async function check(...args: string[]): Promise<string> {
    let out = '';
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      out += String(chunk);
      return true;
    });
    try {
      await configCommand().exitOverride().parseAsync(['check', ...args], { from: 'user' });
    } finally {
      spy.mockRestore();
    }
    return out;
  }

  it('prints the resolved config and its warnings', async () => {
    const out = await check(experiment, '--ds-config', ds);
    const lines = out.trimEnd().split('\n');
    expect(lines.slice(-3)).toEqual([
      'moq.v2: valid, 2 warnings:',
      `  ${ds} $: ignored DeepSpeed sections (moqlab does not use them): zero_optimization`,
      "  $.training.batch_size: overridden by the DeepSpeed config's train_micro_batch_size_per_gpu: 32 → 8",
    ]);
    const config = JSON.parse(lines.slice(0, -3).join('\n'));
    expect(config.checkpoint.dir).toBe(join(dir, 'ckpt'));
    expect(config.quantization).toMatchObject({ layout: 'quantize_training', scheduleOffset: 1000, groups: [{ name: 'default', targetBits: 8 }] });
    // The section as the merged file says it, kept so that the run's config can be written back as a file.
    expect(config.quantize_training).toMatchObject({ enabled: true, quantize_bits: { target_bits: 8 } });
  });

  it('prints JSON with --json, and says when there is nothing to warn about', async () => {
    const parsed = JSON.parse(await check(experiment, '--ds-config', ds, '--json'));
    expect(parsed.warnings).toHaveLength(2);
    expect(parsed.config.training.batch_size).toBe(8);
    expect((await check(experiment)).trimEnd().split('\n').at(-1)).toBe('moq.v2: valid, no warnings');
  });

  it('throws ConfigInvalid with every problem for an invalid config', async () => {
    const bad = write('bad.json', { ...MINIMAL, quantize_training: { enabled: true, quantize_bits: { start_bits: 4, target_bits: 8 }, quantize_algo: { rounding: 'nearst' } } });
    const error = await check(bad).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MoqlabError);
    expect((error as MoqlabError).code).toBe(ErrorCode.ConfigInvalid);
    expect((error as MoqlabError).message.split('\n')).toEqual([
      'bad has 1 problem:',
      "  $.quantize_training.quantize_algo.rounding: must be one of nearest, stochastic (got \"nearst\"); did you mean 'nearest'?",
    ]);
  });
});
