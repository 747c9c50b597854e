/** `moqlab repro glue`'s pure parts: paired intervals, the recipe, the plan of runs, the table. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GlueTask, Grid, Semantics } from '../../src/config/index.js';
import { ErrorCode, isMoqlabError } from '../../src/errors.js';
import { type GroupRun, acquireLock, lockHolder, protocolRows, RunAction, countBlocks, defaultRecipePath, findGlueTaskDir, loadRecipe, planRuns, runState } from '../../src/experiment/repro.js';
import { readJsonFile } from '../../src/experiment/config-file.js';
import type { moqlab } from '../../src/protocol/messages.js';
import { meanInterval, pairedDifference, tCritical } from '../../src/report/paired.js';
import { type ReproRecord, RunState, buildReproTable, formatDelta, formatReproStatus, reproMarkdown, reproNotes, reproTableMarkdown } from '../../src/report/repro.js';
import { renderReproPage } from '../../src/report/repro-page.js';
import { TargetOutcome, predictFinalBits } from '../../src/schedule/final-bits.js';
import { Arm } from '../../src/schedule/moq.js';
import {
  type Protocol,
  REPRO_ARMS,
  type ReproTaskEntry,
  TaskData,
  parseRecipe,
  profilePeriod,
  protocolHash,
  protocolSteps,
  reproGroupId,
  reproIdentity,
  reproKeys,
  selectProtocol,
  taskExperimentConfig,
} from '../../src/schedule/repro-recipe.js';
import { type RunRecord, RunStatus } from '../../src/tracking/index.js';
import { quantized, scheduleOptions } from './schedule-fixtures.js';
import { thrown } from './thrown.js';

const recipe = loadRecipe();
const protocol = (profile: string, variant: string | null = null): Protocol => selectProtocol(recipe, profile, variant);
const rawRecipe = () => structuredClone(readJsonFile(defaultRecipePath(), 'recipe')) as Record<string, any>;

describe('paired differences and the 95% t interval', () => {
  it('gives the textbook t quantiles', () => {
    const table: Array<[number, number]> = [
      [1, 12.7062],
      [2, 4.3027],
      [3, 3.1824],
      [4, 2.7764],
      [9, 2.2622],
      [29, 2.0452],
      [1000, 1.9623],
    ];
    for (const [df, t] of table) expect(tCritical(df)).toBeCloseTo(t, 3);
    expect(tCritical(4, 0.99)).toBeCloseTo(4.6041, 3);
    expect(isMoqlabError(thrown(() => tCritical(0)), ErrorCode.InvalidArgument)).toBe(true);
  });

  it('puts the interval around the mean of the differences, from the seeds both arms have', () => {
    const treated = new Map([
      [42, 80],
      [43, 82],
      [44, 81],
      [45, 90],
    ]);
    const control = new Map([
      [42, 79],
      [43, 80],
      [44, 81],
    ]);
    const d = pairedDifference(treated, control)!;
    expect(d.n).toBe(3);
    expect(d.mean).toBeCloseTo(1, 12);
    expect(d.std).toBeCloseTo(1, 12);
    expect(d.low).toBeCloseTo(1 - 4.3027 / Math.sqrt(3), 3);
    expect(d.high).toBeCloseTo(1 + 4.3027 / Math.sqrt(3), 3);
    expect(meanInterval([0.5])).toEqual({ mean: 0.5, std: 0, n: 1, low: null, high: null });
    expect(pairedDifference(new Map([[1, 1]]), new Map([[2, 1]]))).toBeNull();
    expect(formatDelta(d)).toBe('+1.00 [-1.48, +3.48]');
    expect(formatDelta({ mean: -0.001, std: 0, n: 1, low: null, high: null })).toBe('+0.00');
  });
});

describe('the recipe of the MoQ blog', () => {
  it('parses, with a source for every number and the blog and tutorial numbers', () => {
    expect(recipe.tasks.map((t) => t.task)).toEqual(['STS-B', 'MRPC', 'CoLA', 'WNLI', 'SST-2', 'RTE', 'QNLI', 'QQP', 'MNLI']);
    const mnli = recipe.tasks.find((t) => t.task === GlueTask.Mnli)!;
    expect(mnli).toMatchObject({ start_bits: 14, quantize_period: 12, blog_eigenvalue: true, published: { baseline: 84.04, 'basic-qat': 84.01, moq: 84.55 } });
    expect(recipe.tasks.find((t) => t.task === GlueTask.Sst2)).toMatchObject({ start_bits: 12, quantize_period: 400, blog_eigenvalue: false, epochs: 3 });
    expect(recipe.tasks.find((t) => t.task === GlueTask.Mrpc)).toMatchObject({ metric: 'f1', epochs: 5 });
    expect(recipe.quantization).toMatchObject({ target_bits: 8, quantize_groups: 8, q_type: 'symmetric' });
    expect(recipe.published.acc_plus).toEqual({ 'basic-qat': -0.87, moq: 0.75 });
  });

  it('refuses a number without a source, a source without a reference, a repeated task and a start below the target', () => {
    const raw = rawRecipe();
    delete raw.training.sources.lr;
    raw.quantization.sources.q_type = 'somewhere: a page';
    raw.tasks[1].task = 'STS-B';
    raw.tasks[2].start_bits = 6;
    raw.default_profile = 'fast';
    const e = thrown(() => parseRecipe(raw, 'bad.json'));
    expect(isMoqlabError(e, ErrorCode.ConfigInvalid)).toBe(true);
    const message = (e as Error).message;
    expect(message).toMatch(/^bad\.json has 5 problems/);
    expect(message).toMatch(/\$\.training\.sources: has no source for lr/);
    expect(message).toMatch(/the source of q_type cites no reference key/);
    expect(message).toMatch(/\$\.tasks: STS-B is listed twice/);
    expect(message).toMatch(/\$\.tasks: CoLA's start_bits 6 is below quantization\.target_bits \(8\)/);
    expect(message).toMatch(/\$\.default_profile: names no profile \(profiles: paper, quick, smoke\)/);
  });

  it('names the profiles and variants it has when asked for another', () => {
    const e = thrown(() => selectProtocol(recipe, 'fast', null));
    expect(isMoqlabError(e, ErrorCode.Usage)).toBe(true);
    expect((e as { hint: string }).hint).toBe('choose one of paper, quick, smoke');
    expect(selectProtocol(recipe, null, null)).toMatchObject({ profileName: 'paper', variantName: 'moqlab' });
  });

  it('hashes what reaches a run and nothing else', () => {
    const base = protocolHash(protocol('quick'));
    const edited = (edit: (raw: Record<string, any>) => void) => {
      const raw = rawRecipe();
      edit(raw);
      return protocolHash(selectProtocol(parseRecipe(raw, 'edited'), 'quick', null));
    };
    expect(edited(() => undefined)).toBe(base);
    expect(edited((r) => (r.training.sources.lr = 'tutorial: elsewhere'))).toBe(base);
    expect(edited((r) => (r.tasks[0].published.moq = 1))).toBe(base);
    expect(edited((r) => (r.profiles.paper.checkpoint_every_steps = 7))).toBe(base);
    expect(edited((r) => (r.profiles.quick.seeds = 5))).toBe(base);
    expect(edited((r) => (r.training.lr = 3e-5))).not.toBe(base);
    expect(edited((r) => (r.tasks[0].quantize_period = 11))).not.toBe(base);
    expect(edited((r) => (r.profiles.quick.max_train_examples = 999))).not.toBe(base);
    expect(protocolHash(protocol('quick', 'deepspeed-legacy'))).not.toBe(base);
  });

  it('scales quantize_period to a shorter profile so that MoQ still reaches 8 bits, and keeps it in the paper profile', () => {
    // smoke tests the pipeline: 12 steps cannot hold MNLI's six drops at any period.
    const sst2 = recipe.tasks.find((t) => t.task === GlueTask.Sst2)!;
    expect(protocolSteps(protocol('quick'), sst2)).toEqual({ full: 6314, profile: 47 });
    expect(profilePeriod(protocol('quick'), sst2)).toBe(2);
    expect(profilePeriod(protocol('paper'), sst2)).toBe(400);
    for (const profile of ['paper', 'quick']) {
      for (const task of recipe.tasks) {
        const p = protocol(profile);
        const steps = protocolSteps(p, task).profile;
        const tensor = quantized('w', { startBits: task.start_bits, targetBits: recipe.quantization.target_bits, period: profilePeriod(p, task) });
        expect(predictFinalBits([tensor], scheduleOptions(), steps)!.outcome, `${profile} ${task.task}`).toBe(TargetOutcome.Reached);
      }
    }
  });

  it("gives each task a config the config validator accepts, with the profile's and the variant's settings", () => {
    const mrpc = recipe.tasks.find((t) => t.task === GlueTask.Mrpc)!;
    const options = { model: 'minilm', dataPath: '/data/glue/MRPC', layerNum: 6, device: 'cpu', baseDir: '/' };
    const quick = taskExperimentConfig(protocol('quick'), mrpc, options);
    expect(quick.data).toMatchObject({ task: 'MRPC', path: '/data/glue/MRPC', max_seq_len: 64, max_train_examples: 500, max_eval_examples: 2000, vocab_path: null });
    expect(quick.training).toMatchObject({ epochs: 5, batch_size: 32, warmup_steps: 2, max_grad_norm: 1, seed: 42, optimizer: { lr: 1e-4, weight_decay: 0 } });
    expect(quick.checkpoint).toMatchObject({ every_steps: 25, final: false });
    const q = quick.quantization!;
    expect(q.groups[0]).toMatchObject({ startBits: 12, targetBits: 8, period: 1, quantizeGroups: 8 });
    expect(q.semantics).toBe(Semantics.Moqlab);
    expect(q.eigenvalue).toMatchObject({ enabled: true, layerName: 'bert.encoder.layer', layerNum: 6, maxIter: 2, tol: 0.01, stability: 0 });
    const legacy = taskExperimentConfig(protocol('paper', 'deepspeed-legacy'), mrpc, options).quantization!;
    expect(legacy.semantics).toBe(Semantics.DeepspeedLegacy);
    expect(legacy.groups[0]).toMatchObject({ grid: Grid.Deepspeed, period: 10 });
    expect(legacy.eigenvalue.maxIter).toBe(50);
    expect(taskExperimentConfig(protocol('paper'), mrpc, options).training.optimizer.lr).toBe(2e-5);
  });
});

function summary(names: string[]): moqlab.v1.ModelSummary {
  return { modules: [{ name: '', kind: 0, parameters: names.map((name, index) => ({ name, index, shape: [4, 4], trainable: true })) }] } as unknown as moqlab.v1.ModelSummary;
}

function run(id: string, status: RunStatus): RunRecord {
  return { id, name: id, status, createdAt: 0, startedAt: null, endedAt: null, config: {}, environment: {}, error: null, groupId: 'g', arm: null, lease: null };
}

describe('the plan of a reproduction', () => {
  it('has one group per protocol and model, whatever the machine', () => {
    const quick = reproIdentity(protocol('quick'), 'minilm');
    expect(reproGroupId(quick)).toMatch(/^[0-9a-f]{12}$/);
    expect(reproGroupId(reproIdentity(protocol('quick'), 'minilm'))).toBe(reproGroupId(quick));
    expect(reproGroupId(reproIdentity(protocol('quick'), 'hf:/models/bert-base-uncased'))).not.toBe(reproGroupId(quick));
    expect(reproGroupId(reproIdentity(protocol('paper'), 'minilm'))).not.toBe(reproGroupId(quick));
  });

  it('runs seed by seed, every arm of every task', () => {
    const keys = reproKeys([GlueTask.Mrpc, GlueTask.Wnli], [42, 43]);
    expect(keys).toHaveLength(16);
    expect(keys.slice(0, 5).map((k) => `${k.task}/${k.arm}/${k.seed}`)).toEqual(['MRPC/baseline/42', 'MRPC/basic-qat/42', 'MRPC/moq/42', 'MRPC/moq-eigen/42', 'WNLI/baseline/42']);
  });

  it('skips a finished run, continues a stopped one from its checkpoint, and starts one without', () => {
    const key = (arm: Arm) => ({ task: GlueTask.Mrpc, arm, seed: 42 });
    const checkpoint = { path: '/ckpt/step-4.pt', step: 4, sha256: '' };
    const runs: GroupRun[] = [
      // newest first: a failed retry after a finished run still takes the finished one
      { run: run('retry', RunStatus.Failed), key: key(Arm.Baseline), checkpoint: null },
      { run: run('done', RunStatus.Finished), key: key(Arm.Baseline), checkpoint: null },
      { run: run('killed', RunStatus.Running), key: key(Arm.BasicQat), checkpoint },
      { run: run('early', RunStatus.Failed), key: key(Arm.Moq), checkpoint: null },
      { run: run('other', RunStatus.Finished), key: null, checkpoint: null },
    ];
    const plan = planRuns(REPRO_ARMS.map(key), runs);
    expect(plan.map((p) => [p.action, p.run?.id ?? null])).toEqual([
      [RunAction.Skip, 'done'],
      [RunAction.Resume, 'killed'],
      [RunAction.Start, 'early'],
      [RunAction.Start, null],
    ]);
    expect(plan[1]!.checkpoint).toEqual(checkpoint);
    expect(plan.map((p) => runState(p, false))).toEqual([RunState.Finished, RunState.Resumable, RunState.Restarts, RunState.NotStarted]);
    expect(runState(plan[1]!, true)).toBe(RunState.Running);
    const entries: ReproTaskEntry[] = [
      { recipe: recipe.tasks.find((t) => t.task === GlueTask.Mrpc)!, data: TaskData.Found, dir: '/g/MRPC' },
      { recipe: recipe.tasks.find((t) => t.task === GlueTask.Rte)!, data: TaskData.Missing, dir: null },
    ];
    const status = formatReproStatus(entries, [42], plan.map((p) => ({ key: p.key, state: runState(p, false), run: p.run, step: p.checkpoint?.step ?? null })));
    expect(status).toMatch(/MRPC\s+42\s+finished\s+resumable @4 \(running\)\s+restarts \(failed\)\s+not started/);
    expect(status).toMatch(/RTE\s+-\s+no data\s+no data\s+no data\s+no data/);
    expect(status).toMatch(/4 runs: 1 finished, 1 resumable, 1 restarts, 1 not started$/);
  });

  it('counts the blocks under the recipe’s layer name and finds a task directory as GLUE names it', () => {
    const names = ['bert.embeddings.word_embeddings.weight', 'bert.encoder.layer.0.attention.self.query.weight', 'bert.encoder.layer.0.output.dense.weight', 'bert.encoder.layer.11.output.dense.weight', 'classifier.weight'];
    expect(countBlocks(summary(names), 'bert.encoder.layer')).toBe(2);
    expect(countBlocks(summary(names), 'roberta.encoder.layer')).toBe(0);
    const glue = mkdtempSync(join(tmpdir(), 'moqlab-glue-'));
    mkdirSync(join(glue, 'sst-2'));
    writeFileSync(join(glue, 'sst-2', 'train.tsv'), '');
    mkdirSync(join(glue, 'MRPC'));
    expect(findGlueTaskDir(glue, GlueTask.Sst2)).toBe(join(glue, 'sst-2'));
    expect(findGlueTaskDir(glue, GlueTask.Mrpc)).toBeNull();
    expect(findGlueTaskDir(join(glue, 'absent'), GlueTask.Mrpc)).toBeNull();
  });
});

describe('the lock of a group', () => {
  it('lets one live process drive a group, and takes over the lock of a process that is gone', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'moqlab-lock-')), 'repro', 'g.lock');
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, JSON.stringify({ pid: gone, host: hostname(), startedAt: 0 }));
    expect(lockHolder(path)).toBeNull();
    const release = acquireLock(path);
    expect(lockHolder(path)).toMatchObject({ pid: process.pid });
    const e = thrown(() => acquireLock(path));
    expect(isMoqlabError(e, ErrorCode.Usage)).toBe(true);
    expect((e as Error).message).toMatch(new RegExp(`already running: process ${process.pid} on `));
    release();
    expect(existsSync(path)).toBe(false);
  });
});

describe('the table in the blog’s layout', () => {
  const identity = reproIdentity(protocol('paper'), 'minilm');
  const entry = (task: GlueTask, data: TaskData): ReproTaskEntry => ({ recipe: recipe.tasks.find((t) => t.task === task)!, data, dir: data === TaskData.Found ? `/g/${task}` : null });
  const tasks = [entry(GlueTask.Mrpc, TaskData.Found), entry(GlueTask.Cola, TaskData.Found), entry(GlueTask.Rte, TaskData.Missing)];
  const base: Record<string, number[]> = { MRPC: [0.8, 0.82, 0.81], CoLA: [0.5, 0.52, 0.51] };
  const shift: Record<Arm, number> = { [Arm.Baseline]: 0, [Arm.BasicQat]: -0.01, [Arm.Moq]: 0.005, [Arm.MoqEigen]: 0.01 };
  const records: ReproRecord[] = [GlueTask.Mrpc, GlueTask.Cola].flatMap((task) =>
    REPRO_ARMS.flatMap((arm) =>
      [42, 43, 44].map((seed, i) => {
        const metric = task === GlueTask.Mrpc ? 'eval/f1' : 'eval/mcc';
        // The third CoLA moq-eigen seed has not finished; the MRPC moq-eigen seed 42 ended at 9 bits.
        const missing = task === GlueTask.Cola && arm === Arm.MoqEigen && seed === 44;
        return {
          key: { task, arm, seed },
          runId: `${task}-${arm}-${seed}`,
          status: missing ? RunStatus.Interrupted : RunStatus.Finished,
          metrics: missing ? ({} as Record<string, number>) : { [metric]: base[task]![i]! + shift[arm] + (seed === 43 ? 0.001 * REPRO_ARMS.indexOf(arm) : 0), 'eval/loss': 0.5 },
          finalBits: arm === Arm.Baseline ? null : task === GlueTask.Mrpc && arm === Arm.MoqEigen && seed === 42 ? 9 : 8,
        };
      }),
    ),
  );
  const table = buildReproTable({ recipe, identity, groupId: 'g123', seeds: [42, 43, 44], tasks, taskErrors: new Map(), records });
  const text = reproTableMarkdown(table);
  const lines = text.split('\n');
  const row = (label: string) => lines.find((l) => l.startsWith(`| ${label} |`))!.split(' | ').map((c) => c.replace(/^\| |\s*\|$/g, ''));

  it('has the arms as rows, the tasks as columns, and the aggregate last', () => {
    expect(lines[0]).toBe('|  | MRPC (F1) | CoLA (MCC) | RTE (acc) | ACC+ |');
    expect(lines.slice(2).map((l) => l.split(' | ')[0]!.slice(2))).toEqual([
      '**w/o QAT (baseline)**',
      'blog: w/o QAT (FP16)',
      '**Basic QAT**',
      'Δ Basic QAT vs baseline',
      'blog: Basic QAT',
      '**MoQ**',
      'Δ MoQ vs baseline',
      '**MoQ + eigenvalue**',
      'Δ MoQ + eigenvalue vs baseline',
      'blog: MoQ',
    ]);
  });

  it('prints mean ± std in points, paired Δ with intervals, partial and off-target cells, and no data', () => {
    expect(row('**w/o QAT (baseline)**')).toEqual(['**w/o QAT (baseline)**', '81.00 ± 1.00', '51.00 ± 1.00', 'no data', '0']);
    const basic = row('Δ Basic QAT vs baseline');
    expect(basic[1]).toMatch(/^-0\.97 \[-1\.1\d, -0\.8\d\]$/);
    expect(row('**MoQ + eigenvalue**')[1]).toMatch(/^82\.\d\d ± 1\.\d\d \*$/);
    expect(row('**MoQ + eigenvalue**')[2]).toBe('52.15 ± 1.63 (2/3)');
    expect(row('blog: w/o QAT (FP16)')).toEqual(['blog: w/o QAT (FP16)', '88.12', '56.78', '65.30', '0']);
    expect(row('blog: MoQ').slice(1, 4)).toEqual(['89.00ᵉ', '59.33ᵉ', '67.15ᵉ']);
  });

  it("aggregates ours over the tasks with results and the blog's over the same tasks, beside its printed value", () => {
    const basic = table.aggregates.find((a) => a.arm === Arm.BasicQat)!;
    expect(basic.tasks).toEqual(['MRPC', 'CoLA']);
    expect(basic.ours!.n).toBe(3);
    expect(basic.ours!.mean).toBeCloseTo(-2.9 / 3, 10);
    // MoQ + eigenvalue: CoLA lacks seed 44, so the interval is over seeds 42 and 43.
    expect(table.aggregates.find((a) => a.arm === Arm.MoqEigen)!.ours!.n).toBe(2);
    expect(table.published['basic-qat'].sameTasks).toBeCloseTo((88.35 - 88.12 + 52.78 - 56.78) / 2, 10);
    expect(table.published['basic-qat'].allColumns).toBeCloseTo(-0.628, 10);
    expect(table.published['basic-qat'].glueColumns).toBeCloseTo(-6.11 / 9, 10);
    expect(table.published.moq.allColumns).toBeCloseTo(0.645, 10);
    expect(row('blog: Basic QAT')[4]).toBe('-1.89 (printed -0.87)');
    const notes = reproNotes(table).join('\n');
    expect(notes).toMatch(/printed -0\.87 \(Basic QAT\) and \+0\.75 \(MoQ\)/);
    expect(notes).toMatch(/-0\.63 over all its columns, SQuAD included, and -0\.68 over its GLUE tasks \(Basic QAT\)/);
    expect(notes).toMatch(/\*: some run ended above the 8 target bits/);
    expect(notes).toMatch(/no data: no TASK\/train\.tsv/);
  });

  it('writes a document and a page that say what the profile is and where every number comes from', () => {
    const p = protocol('paper');
    const options = { profileDoc: p.profile.doc, variantDoc: p.variant.doc, protocolRows: protocolRows(p, tasks), generatedAt: 0, generator: 'moqlab test' };
    const markdown = reproMarkdown(table, options);
    expect(markdown).toContain(`Profile paper: ${p.profile.doc}.`);
    expect(markdown).toContain('| MRPC | found | 5 | 12 → 8 | 10 | 574 | yes |');
    expect(markdown).toContain('| RTE | no data | 3 | 12 → 8 | 8 | 234 | yes |');
    expect(markdown).toMatch(/- \*\*tutorial\*\*: https:\/\/github\.com\/microsoft\/DeepSpeed\/blob\/[0-9a-f]{40}\/docs\/_tutorials\/MoQ-tutorial\.md/);
    const page = renderReproPage(table, [], { ...options });
    expect(page).toContain('No MoQ + eigenvalue run has finished yet.');
    expect(page).toContain('<th scope="col">MRPC (F1)</th>');
  });
});
