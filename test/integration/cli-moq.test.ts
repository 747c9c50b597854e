import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportFormat, parseRunRecord } from '../../src/report/export.js';
import { ErrorCode, isMoqlabError } from '../../src/errors.js';
import { HISTORY_EVENT_KINDS } from '../../src/tracking/events.js';
import { readExperimentConfig } from '../../src/experiment/config-file.js';
import { runExperiment } from '../../src/experiment/run.js';
import { RunStatus, openStore } from '../../src/tracking/index.js';
import { findPython } from '../../src/worker/python.js';
import { hasFashionMnist, runCli, sameCheckpoints, tempDir } from './helpers.js';


type Raw = Record<string, unknown>;

function writeConfig(dir: string, name: string, config: Raw): string {
  const path = join(dir, `${name}.json`);
  writeFileSync(path, JSON.stringify(config));
  return path;
}

function quantizeTraining(start: number, target: number, period: number, offset: number, extra: Raw = {}): Raw {
  return {
    enabled: true,
    quantize_bits: { start_bits: start, target_bits: target },
    quantize_schedule: { quantize_period: period, schedule_offset: offset },
    ...extra,
  };
}

function mlpConfig(steps: number, quantize: Raw, extra: Raw = {}): Raw {
  return {
    name: 'it-moq',
    model: { name: 'mlp', kwargs: { hidden: [64] } },
    data: { name: 'fashion-mnist', max_train_examples: 2000, max_eval_examples: 300 },
    training: { steps, batch_size: 32, optimizer: { lr: 0.002 } },
    logging: { every_steps: 25 },
    quantize_training: quantize,
    ...extra,
  };
}

async function runRecordOf(dir: string, id: string) {
  return parseRunRecord((await runCli(['runs', 'export', id], dir)).stdout, ExportFormat.Json);
}

const runIdOf = (stdout: string) => /run ([0-9a-f]{12}) \(/.exec(stdout)?.[1];

describe.skipIf(!hasFashionMnist)('moqlab plan --json prints the golden schedules of SEMANTICS.md §3', () => {
  it.each([
    ['12→8, period 10, offset 0', quantizeTraining(12, 8, 10, 0), [[10, 11], [20, 10], [40, 9], [80, 8]]],
    ['12→8, period 10, offset 100', quantizeTraining(12, 8, 10, 100), [[110, 11], [120, 10], [140, 9], [180, 8]]],
    ['16→4, period 4 (factor 1)', quantizeTraining(16, 4, 4, 0), [[4, 15], [8, 14], [16, 13], [32, 12], [64, 11], [128, 10], [256, 9], [512, 8], [1024, 7], [2048, 6], [4096, 5], [8192, 4]]],
    ['deepspeed-legacy 12→8, period 10, eigenvalues off', quantizeTraining(12, 8, 10, 0, { semantics: 'deepspeed-legacy' }), [[2, 11], [4, 10], [7, 9], [14, 8]]],
  ])('%s', async (_label, quantize, drops) => {
    const dir = tempDir();
    const result = await runCli(['plan', writeConfig(dir, 'plan', mlpConfig(10_000, quantize)), '--json'], dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const plan = JSON.parse(result.stdout) as { layers: Array<{ name: string; drops: Array<{ step: number; bits: number }> }>; warnings: string[] };
    expect(plan.layers.map((l) => l.name)).toEqual(['hidden.0.weight', 'classifier.weight']);
    for (const layer of plan.layers) expect(layer.drops).toEqual(drops.map(([step, bits]) => ({ step, bits })));
    expect(plan.warnings).toEqual([]);
  });

  it('warns about every layer that will not reach its target, and draws the SVG', async () => {
    const dir = tempDir();
    const svg = join(dir, 'plan.svg');
    const result = await runCli(['plan', writeConfig(dir, 'plan', mlpConfig(60, quantizeTraining(12, 8, 10, 0))), '--svg', svg], dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('hidden.0.weight (and 1 more with the same schedule) reaches 9 bits at step 40 and would need step 80 for 8; the run ends at 60');
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(svg, 'utf8')).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });
});

describe.skipIf(!hasFashionMnist)('moqlab train with MoQ', () => {
  it('makes the planned drops at the planned steps, records them as events and the quantization error as metrics', async () => {
    const dir = tempDir();
    const config = writeConfig(dir, 'moq', mlpConfig(50, quantizeTraining(8, 4, 5, 0, { fp16_mixed_quantize: { enabled: true, quantize_change_ratio: 0.1 } })));
    const result = await runCli(['train', config, '--quiet'], dir);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    const doc = await runRecordOf(dir, runIdOf(result.stdout)!);
    const drops = doc.events.filter((e) => e.kind === 'drop').map((e) => [e.step, e.payload.tensor, e.payload.fromBits, e.payload.toBits, e.payload.mixRatio]);
    const expected = [5, 10, 20, 40].flatMap((step, i) => ['hidden.0.weight', 'classifier.weight'].map((t) => [step, t, 8 - i, 7 - i, 1]));
    expect(drops).toEqual(expected);
    const sqnr = doc.metrics.filter((m) => m.name === 'quant/sqnr_db/hidden.0.weight');
    expect(sqnr.map((m) => m.step)).toEqual([1, 5, 10, 20, 40]);
    for (let i = 1; i < sqnr.length; i++) expect(sqnr[i]!.value).toBeLessThan(sqnr[i - 1]!.value);
    const bits = doc.metrics.filter((m) => m.name === 'quant/average_bits').map((m) => [m.step, m.value]);
    expect(bits).toEqual([[1, 8], [5, 7], [10, 6], [20, 5], [40, 4]]);
    expect(doc.params.arm).toBe('moq');
  });

  it('refuses a config that selects no tensor, naming the problem and the fix', async () => {
    const dir = tempDir();
    const quant = quantizeTraining(8, 4, 5, 0, { exclude: ['.*'] });
    const result = await runCli(['train', writeConfig(dir, 'none', mlpConfig(10, quant)), '--quiet'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/CONFIG_INVALID/);
    expect(result.stderr).toMatch(/selects no tensor|exclude/);
  });

  it('names the JSON path and the nearest key for a misspelled MoQ key, before starting a worker', async () => {
    const dir = tempDir();
    const quant = { enabled: true, quantize_bits: { start_bits: 8, target_bit: 4 } };
    const result = await runCli(['train', writeConfig(dir, 'typo', mlpConfig(10, quant)), '--quiet'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/\$\.quantize_training\.quantize_bits\.target_bit: unknown key.*did you mean 'target_bits'/);
  });

  it('rejects an out-of-range value with the rule', async () => {
    const dir = tempDir();
    const result = await runCli(['config', 'check', writeConfig(dir, 'range', mlpConfig(10, quantizeTraining(8, 12, 5, 0)))], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/target_bits/);
    expect(result.stderr).toMatch(/start_bits/);
  });
});

describe.skipIf(!hasFashionMnist)('eigenvalue-adapted MoQ (moq-eigen)', () => {
  const eigenConfig = (dir: string) =>
    writeConfig(
      dir,
      'eigen',
      mlpConfig(
        60,
        quantizeTraining(8, 4, 5, 0, { eigenvalue: { enabled: true, layer_name: 'hidden', layer_num: 2, max_iter: 50, tol: 0.001 } }),
        { model: { name: 'mlp', kwargs: { hidden: [64, 32] } } },
      ),
    );

  it('computes block eigenvalues when a block tensor is due to drop and applies their factors at the drops', async () => {
    const dir = tempDir();
    const result = await runCli(['train', eigenConfig(dir), '--quiet'], dir);
    expect(result.status).toBe(0);
    const doc = await runRecordOf(dir, runIdOf(result.stdout)!);
    expect(doc.params.arm).toBe('moq-eigen');
    const eigen = doc.events.filter((e) => e.kind === 'eigenvalues');
    expect(eigen.length).toBeGreaterThan(0);
    const blocks = eigen[0]!.payload.blocks as Array<{ name: string; eigenvalue: number; factor: number; normalized: number; cluster: number }>;
    expect(blocks.map((b) => b.name)).toEqual(['hidden.0', 'hidden.1']);
    for (const b of blocks) {
      expect(Number.isFinite(b.eigenvalue)).toBe(true);
      expect(b.factor).toBe(1 + Math.floor(4 * b.normalized));
    }
    const drops = doc.events.filter((e) => e.kind === 'drop');
    const eigenSteps = new Set(eigen.map((e) => e.step));
    const blockOf: Record<string, string> = { 'hidden.0.weight': 'hidden.0', 'hidden.1.weight': 'hidden.1' };
    let period = new Map<string, number>();
    for (const d of drops) {
      const tensor = String(d.payload.tensor);
      const block = blockOf[tensor];
      if (block === undefined) {
        expect(d.payload.factor).toBe(1); // outside every block
        continue;
      }
      // Every block drop follows an eigenvalue computation at that step, and uses its block's factor.
      expect(eigenSteps.has(d.step!)).toBe(true);
      const at = eigen.filter((e) => e.step! <= d.step!).at(-1)!;
      const factor = (at.payload.blocks as Array<{ name: string; factor: number }>).find((b) => b.name === block)!.factor;
      expect(d.payload.factor).toBe(factor);
      const before = period.get(tensor) ?? 5;
      expect(d.payload.threshold).toBe(2 * before * factor);
      period = new Map(period).set(tensor, Number(d.payload.threshold));
    }
    const factors = new Set(drops.filter((d) => blockOf[String(d.payload.tensor)]).map((d) => d.payload.factor));
    expect(factors.size).toBeGreaterThan(1); // the blocks got different factors

    const plan = await runCli(['plan', eigenConfig(dir), '--factors-from', doc.run.id, '--json'], dir);
    const predicted = JSON.parse(plan.stdout) as { layers: Array<{ name: string; drops: Array<{ step: number; bits: number }> }> };
    for (const layer of predicted.layers) {
      const recorded = drops.filter((d) => d.payload.tensor === layer.name).map((d) => ({ step: d.step, bits: d.payload.toBits }));
      expect(layer.drops).toEqual(recorded);
    }
  });

  it('gives the plain schedule for the same config with --arm moq', async () => {
    const dir = tempDir();
    const result = await runCli(['train', eigenConfig(dir), '--arm', 'moq', '--quiet'], dir);
    expect(result.status).toBe(0);
    const doc = await runRecordOf(dir, runIdOf(result.stdout)!);
    expect(doc.events.some((e) => e.kind === 'eigenvalues')).toBe(false);
    const steps = doc.events.filter((e) => e.kind === 'drop' && e.payload.tensor === 'hidden.0.weight').map((e) => e.step);
    expect(steps).toEqual([5, 10, 20, 40]);
  });

  it('refuses a block path that does not resolve, before training', async () => {
    const dir = tempDir();
    const config = writeConfig(dir, 'badpath', mlpConfig(10, quantizeTraining(8, 4, 5, 0, { eigenvalue: { enabled: true, layer_name: 'hiden', layer_num: 2 } })));
    const result = await runCli(['train', config, '--quiet'], dir);
    expect(result.status).toBe(5);
    expect(result.stderr).toMatch(/hiden/);
    expect(result.stderr).toMatch(/hidden/);
  });
});

describe.skipIf(!hasFashionMnist)('moqlab resume', () => {
  const cnnConfig = (dir: string) =>
    writeConfig(dir, 'resume', {
      name: 'it-resume',
      model: { name: 'cnn', kwargs: { channels: [8, 16], hidden: 32 } },
      data: { name: 'fashion-mnist', max_train_examples: 3000, max_eval_examples: 200 },
      training: { steps: 240, batch_size: 32, optimizer: { lr: 0.002 }, seed: 5 },
      logging: { every_steps: 20 },
      checkpoint: { every_steps: 60, dir: 'ckpt' },
      quantize_training: quantizeTraining(8, 3, 10, 30, {
        quantize_algo: { q_type: 'symmetric', rounding: 'stochastic' },
        fp16_mixed_quantize: { enabled: true, quantize_change_ratio: 0.05 },
        // Eigenvalue factors and warm-start eigenvectors must survive the checkpoint too.
        eigenvalue: { enabled: true, layer_name: 'convs', layer_num: 2, max_iter: 20, tol: 0.01 },
      }),
    });

  it('after kill -9 of the worker makes the same drops at the same steps, ends bitwise-identical, and its record equals the uninterrupted run\'s', async () => {
    const straightDir = tempDir();
    const straight = await runCli(['train', cnnConfig(straightDir), '--quiet'], straightDir);
    expect(straight.status).toBe(0);

    // The worker is killed at the first segment end past the step-60 checkpoint, after that segment's
    // drops and metrics are recorded: the resume must roll them back (issue 14 §2), not record them twice.
    const dir = tempDir();
    const store = openStore(join(dir, '.moqlab', 'moqlab.db'));
    let killedAt = 0;
    const killed = await runExperiment({
      store,
      config: readExperimentConfig(cnnConfig(dir)),
      onSegmentEnd: ({ end }) => {
        const run = store.listRuns({ limit: 1 })[0]!;
        if (killedAt === 0 && end > 60 && store.getArtifacts(run.id).length > 0) {
          killedAt = end;
          process.kill((run.environment.worker as { pid: number }).pid, 'SIGKILL');
        }
      },
    }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isMoqlabError(killed, ErrorCode.WorkerDied), String(killed)).toBe(true);
    const runId = store.listRuns()[0]!.id;
    expect(killedAt).toBeLessThan(120);
    expect(store.getEvents(runId, 'segment').some((e) => e.step! > 60)).toBe(true);
    store.close();

    const resumed = await runCli(['resume', runId.slice(0, 8), '--quiet'], dir);
    expect(resumed.stderr).toMatch(/resumed run .* at step 60/);
    expect(resumed.status).toBe(0);

    expect(sameCheckpoints(join(straightDir, 'ckpt', 'step-240.pt'), join(dir, 'ckpt', 'step-240.pt'))).toBe('compared\n');
    const a = await runRecordOf(straightDir, runIdOf(straight.stdout)!);
    const b = await runRecordOf(dir, runId);
    expect(a.events.filter((e) => e.kind === 'eigenvalues').length).toBeGreaterThan(0);
    expect(b.run.status).toBe(RunStatus.Finished);
    expect(b.events.filter((e) => e.kind === 'resumed').map((e) => e.step)).toEqual([60]);
    // The same record, ids, wall times and the run's history (failure, resume) aside. A checkpoint file's
    // bytes are incidental too: torch.save writes a random serialization id, and the resumed worker
    // pickles equal strings loaded from the step-60 file as separate objects (51 bytes more in data.pkl),
    // so sizes and checksums differ; sameCheckpoints compares what the files hold.
    const incidental = new Set(['seconds', 'wallTime', 'path', 'bytes', 'sha256']);
    const record = (d: typeof a, root: string) => ({
      events: d.events
        .filter((e) => !(HISTORY_EVENT_KINDS as readonly string[]).includes(e.kind))
        .map((e) => [e.kind, e.step, JSON.stringify(e.payload, (k, v: unknown) => (incidental.has(k) ? undefined : v))]),
      metrics: d.metrics.filter((m) => !/seconds|per_second/.test(m.name)).map((m) => [m.name, m.step, m.value]),
      artifacts: d.artifacts.map((x) => [x.kind, x.path.replace(root, '')]),
    });
    expect(record(b, dir)).toEqual(record(a, straightDir));
  }, 600_000);
});

describe.skipIf(!hasFashionMnist)('moqlab compare', () => {
  it('runs arms × seeds as one group and prints mean ± std per arm against the baseline', async () => {
    const dir = tempDir();
    const config = writeConfig(dir, 'cmp', mlpConfig(20, quantizeTraining(8, 4, 5, 0)));
    const result = await runCli(['compare', config, '--arms', 'baseline,moq', '--seeds', '2', '--quiet'], dir);
    expect(result.stderr).not.toMatch(/failed/);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/baseline\s+2\s+\d\.\d+ ± \d/);
    expect(result.stdout).toMatch(/moq\s+2\s+\d\.\d+ ± \d.*[+-]\d/);
    const group = /group ([0-9a-f]{12})/.exec(result.stdout)![1]!;
    const ls = await runCli(['runs', 'ls', '--group', group], dir);
    expect(ls.stdout.match(/it-moq-(baseline|moq)-s4[23]/g)?.sort()).toEqual(['it-moq-baseline-s42', 'it-moq-baseline-s43', 'it-moq-moq-s42', 'it-moq-moq-s43']);
  });

  it('rejects an unknown arm', async () => {
    const dir = tempDir();
    const result = await runCli(['compare', writeConfig(dir, 'c', mlpConfig(5, quantizeTraining(8, 4, 5, 0))), '--arms', 'baseline,qat'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown arm qat/);
  });
});

describe.skipIf(!hasFashionMnist)('moqlab export', () => {
  it('writes the packed model at the bits each tensor ended with, reports its size and records the parity', async () => {
    const dir = tempDir();
    const trained = await runCli(['train', writeConfig(dir, 'exp', mlpConfig(30, quantizeTraining(8, 4, 5, 0))), '--quiet'], dir);
    expect(trained.status).toBe(0);
    const id = runIdOf(trained.stdout)!;
    const out = join(dir, 'packed');
    const result = await runCli(['export', id, '--out', out], dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/hidden\.0\.weight\s+packed\s+5\s+int8/);
    expect(result.stdout).toMatch(/size on disk [\d.]+ MB vs [\d.]+ MB in fp16 \(0\.5\d+×\)/);
    expect(result.stdout).toMatch(/prediction agreement 100\.00%/);
    // the MLP's Linear layers stay packed once loaded: int8 codes, plus the CPU kernel's int8 layout where it runs
    expect(result.stdout).toMatch(/hidden\.0\.weight\s+packed\s+5\s+int8\s+\d+\s+\d+\s+QuantLinear\s+\d+\s+\d+/);
    expect(result.stdout).toContain('hidden.0.weight: 5-bit codes stored in the 8-bit int8 container (1.60× the bits the codes need)');
    expect(result.stdout).toMatch(/in memory once loaded \(measured\) [\d.]+ MB vs [\d.]+ MB in fp32 \(0\.[0-5]\d*×\)/);

    const { readFileSync } = await import('node:fs');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { tensors: Record<string, { kind: string; bits?: number }> };
    expect(manifest.tensors['hidden.0.weight']).toMatchObject({ kind: 'packed', bits: 5 });
    const check = spawnSync(findPython().executable, ['-c', `import sys; sys.path.insert(0, sys.argv[2]); from moqlab.export import read_packed; m, t = read_packed(sys.argv[1], verify=True); print(sorted(m["quantized"]))`, out, join(__dirname, '..', '..', 'py_runtime')], { encoding: 'utf8' });
    expect(check.stdout.trim()).toBe("['classifier.weight', 'hidden.0.weight']");

    const doc = await runRecordOf(dir, id);
    expect(doc.events.find((e) => e.kind === 'exported')?.payload).toMatchObject({ outDir: out, agreement: 1 });
    const sqnr = doc.metrics.find((m) => m.name === 'export/parity_sqnr_db');
    expect(sqnr?.value).toBeGreaterThan(40);
    expect(doc.metrics.find((m) => m.name === 'export/resident_vs_fp32')?.value).toBeLessThan(0.6);
    expect(doc.artifacts.map((a) => a.kind)).toContain('export');

    const unchecked = await runCli(['export', id, '--out', join(dir, 'unchecked'), '--parity-examples', '0'], dir);
    expect(unchecked.status, unchecked.stderr).toBe(0);
    expect(unchecked.stdout).toContain('no parity check: --parity-examples 0');
    expect(unchecked.stdout).not.toContain('prediction agreement');
    const exported = (await runRecordOf(dir, id)).events.filter((e) => e.kind === 'exported');
    expect(exported.map((e) => e.payload.parityExamples)).toEqual([256, 0]);
    const bad = await runCli(['export', id, '--parity-examples', '-1'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/-1: expected a whole number \(0 for none\)/);
  });
});
