/**
 * The reproduction table in the published table's layout: rows are arms, columns are tasks, the
 * published rows beside ours, and an aggregate column. Each cell is the task's metric in points,
 * mean ± std over the seeds; each quantized arm has a row of paired differences to the baseline with
 * 95% t intervals. Pure: it takes the records the store holds and gives the table, as Markdown and
 * as JSON.
 */
import { GlueTask } from '../config/index.js';
import { formatBits } from '../schedule/final-bits.js';
import { Arm } from '../schedule/moq.js';
import { GlueMetric, type PublishedArm, REPRO_ARMS, type Recipe, type ReproIdentity, type ReproTaskEntry, type RunKey, TaskData } from '../schedule/repro-recipe.js';
import { type RunRecord, type RunStatus, evalMetric } from '../tracking/index.js';
import { type MeanInterval, meanInterval, pairedDifference } from './paired.js';
import { formatTable } from './table.js';

/** A key's run as the table reads it. */
export interface ReproRecord {
  key: RunKey;
  /** The finished run, else the last attempt; null when none was made. */
  runId: string | null;
  status: RunStatus | null;
  /** The final evaluation of a finished run (`eval/...`); empty otherwise. */
  metrics: Record<string, number>;
  /** The mean bits a finished quantizing run ended with (`quant/average_bits`, logged at each change). */
  finalBits: number | null;
}

export interface SeedResult {
  seed: number;
  runId: string | null;
  status: RunStatus | null;
  /** The metric in points (× 100, as the published table prints it); null until the run finishes. */
  value: number | null;
  finalBits: number | null;
}

export interface ArmCell {
  arm: Arm;
  seeds: SeedResult[];
  /** Over the finished seeds. */
  summary: MeanInterval | null;
  /** The paired difference to the baseline over the seeds both finished; null for the baseline itself. */
  delta: MeanInterval | null;
  /** Some finished run ended above the target bits: not a like-for-like comparison. */
  aboveTarget: boolean;
}

export interface TaskColumn {
  task: GlueTask;
  metric: GlueMetric;
  data: TaskData;
  /** Why the task has no runs although its data was found (its preparatory pass failed). */
  error: string | null;
  published: Record<PublishedArm, number>;
  /** The published MoQ number came from a run with eigenvalues. */
  blogEigenvalue: boolean;
  /** One per arm, in REPRO_ARMS order. */
  arms: ArmCell[];
}

/** The published table's aggregate for one of its rows: as printed, and as its own rows imply it. */
export interface PublishedAggregate {
  printed: number;
  /** The mean of the row's differences over every published column (the GLUE tasks and the others, SQuAD). */
  allColumns: number;
  /** Over the GLUE tasks only. */
  glueColumns: number;
  /** Over the tasks of our aggregate; null when ours has none. */
  sameTasks: number | null;
}

export interface AggregateRow {
  arm: Arm;
  /** Per seed, the mean over the tasks of the paired difference; then mean and 95% t interval over the seeds that have every task. */
  ours: MeanInterval | null;
  tasks: GlueTask[];
}

export interface ReproTable {
  recipe: { name: string; description: string; references: Recipe['references'] };
  identity: ReproIdentity;
  groupId: string;
  seeds: number[];
  targetBits: number;
  columns: TaskColumn[];
  /** One per quantized arm. */
  aggregates: AggregateRow[];
  /** The published rows' aggregates, over the same tasks as ours where they have results. */
  published: Record<Exclude<PublishedArm, Arm.Baseline>, PublishedAggregate>;
}

export interface ReproTableInput {
  recipe: Recipe;
  identity: ReproIdentity;
  groupId: string;
  seeds: number[];
  tasks: readonly ReproTaskEntry[];
  taskErrors: ReadonlyMap<GlueTask, string>;
  records: readonly ReproRecord[];
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const valuesBySeed = (cell: ArmCell) => new Map(cell.seeds.flatMap((s) => (s.value === null ? [] : [[s.seed, s.value] as const])));

function armCell(arm: Arm, seeds: SeedResult[], baseline: ArmCell | null, targetBits: number): ArmCell {
  const cell: ArmCell = { arm, seeds, summary: meanInterval(seeds.flatMap((s) => (s.value === null ? [] : [s.value]))), delta: null, aboveTarget: false };
  // Compared as printed: 8.0000001 mean bits is at an 8-bit target.
  cell.aboveTarget = seeds.some((s) => s.value !== null && s.finalBits !== null && formatBits(s.finalBits) !== formatBits(targetBits) && s.finalBits > targetBits);
  if (baseline !== null) cell.delta = pairedDifference(valuesBySeed(cell), valuesBySeed(baseline));
  return cell;
}

function publishedAggregate(recipe: Recipe, arm: Exclude<PublishedArm, Arm.Baseline>, tasks: readonly GlueTask[]): PublishedAggregate {
  const diff = (p: Record<PublishedArm, number>) => p[arm] - p[Arm.Baseline];
  const glue = recipe.tasks.map((t) => diff(t.published));
  const others = recipe.published.other_columns.map((c) => diff(c.published));
  const same = recipe.tasks.filter((t) => tasks.includes(t.task)).map((t) => diff(t.published));
  return { printed: recipe.published.acc_plus[arm], allColumns: mean([...glue, ...others]), glueColumns: mean(glue), sameTasks: same.length ? mean(same) : null };
}

function aggregate(arm: Arm, columns: readonly TaskColumn[]): AggregateRow {
  const index = REPRO_ARMS.indexOf(arm);
  const base = REPRO_ARMS.indexOf(Arm.Baseline);
  const withDelta = columns.filter((c) => c.arms[index]!.delta !== null);
  const tasks = withDelta.map((c) => c.task);
  const perTask = withDelta.map((c) => ({ treated: valuesBySeed(c.arms[index]!), control: valuesBySeed(c.arms[base]!) }));
  const seeds = [...new Set(perTask.flatMap((t) => [...t.treated.keys()]))].filter((seed) => perTask.every((t) => t.treated.has(seed) && t.control.has(seed)));
  const perSeed = seeds.map((seed) => mean(perTask.map((t) => t.treated.get(seed)! - t.control.get(seed)!)));
  return { arm, ours: meanInterval(perSeed), tasks };
}

export function buildReproTable(input: ReproTableInput): ReproTable {
  const { recipe } = input;
  const targetBits = recipe.quantization.target_bits;
  const columns = input.tasks.map((entry): TaskColumn => {
    const task = entry.recipe.task;
    const metric = evalMetric(entry.recipe.metric);
    const seedsOf = (arm: Arm): SeedResult[] =>
      input.seeds.map((seed) => {
        const record = input.records.find((r) => r.key.task === task && r.key.arm === arm && r.key.seed === seed);
        const value = record?.metrics[metric];
        return { seed, runId: record?.runId ?? null, status: record?.status ?? null, value: value === undefined ? null : value * 100, finalBits: record?.finalBits ?? null };
      });
    const baseline = armCell(Arm.Baseline, seedsOf(Arm.Baseline), null, targetBits);
    return {
      task,
      metric: entry.recipe.metric,
      data: entry.data,
      error: input.taskErrors.get(task) ?? null,
      published: entry.recipe.published,
      blogEigenvalue: entry.recipe.blog_eigenvalue,
      arms: REPRO_ARMS.map((arm) => (arm === Arm.Baseline ? baseline : armCell(arm, seedsOf(arm), baseline, targetBits))),
    };
  });
  // The published rows are averaged over the tasks we have results for, so the two aggregates compare.
  const withResults = columns.filter((c) => c.arms[0]!.summary !== null).map((c) => c.task);
  return {
    recipe: { name: recipe.name, description: recipe.description, references: recipe.references },
    identity: input.identity,
    groupId: input.groupId,
    seeds: input.seeds,
    targetBits,
    columns,
    aggregates: REPRO_ARMS.filter((arm) => arm !== Arm.Baseline).map((arm) => aggregate(arm, columns)),
    published: { [Arm.BasicQat]: publishedAggregate(recipe, Arm.BasicQat, withResults), [Arm.Moq]: publishedAggregate(recipe, Arm.Moq, withResults) },
  };
}

// ---------------------------------------------------------------------------------------------
// Text

const METRIC_LABEL: Record<GlueMetric, string> = {
  [GlueMetric.Accuracy]: 'acc',
  [GlueMetric.F1]: 'F1',
  [GlueMetric.Mcc]: 'MCC',
  [GlueMetric.Pearson]: 'Pearson',
  [GlueMetric.Spearman]: 'Spearman',
};

const ARM_LABEL: Record<Arm, string> = {
  [Arm.Baseline]: 'w/o QAT (baseline)',
  [Arm.BasicQat]: 'Basic QAT',
  [Arm.Moq]: 'MoQ',
  [Arm.MoqEigen]: 'MoQ + eigenvalue',
};

const PUBLISHED_LABEL: Record<PublishedArm, string> = {
  [Arm.Baseline]: 'blog: w/o QAT (FP16)',
  [Arm.BasicQat]: 'blog: Basic QAT',
  [Arm.Moq]: 'blog: MoQ',
};

/** Marks the published MoQ numbers that came from runs with eigenvalues. */
const EIGEN_MARK = 'ᵉ';
const OFF_TARGET = '*';

/** Points to two decimals, as the published table prints them. */
export function points(value: number): string {
  return value.toFixed(2);
}

/** A difference with its sign; -0.00 reads as +0.00. */
export function signedPoints(value: number): string {
  const text = value.toFixed(2);
  return text.startsWith('-') && Number(text) !== 0 ? text : `+${text.replace(/^-/, '')}`;
}

/** `+0.23 [-0.51, +0.97]`, or `+0.23` from one seed. */
export function formatDelta(delta: MeanInterval): string {
  const interval = delta.low === null || delta.high === null ? '' : ` [${signedPoints(delta.low)}, ${signedPoints(delta.high)}]`;
  return `${signedPoints(delta.mean)}${interval}`;
}

export function columnHeader(column: Pick<TaskColumn, 'task' | 'metric'>): string {
  return `${column.task === GlueTask.Mnli ? 'MNLI-m' : column.task} (${METRIC_LABEL[column.metric]})`;
}

/** What a task's cell says when it has no number: no data, a failed pass, or runs not finished yet. */
function unavailable(column: TaskColumn): string | null {
  if (column.data === TaskData.Missing) return 'no data';
  if (column.error !== null) return 'failed';
  return null;
}

function valueCell(column: TaskColumn, cell: ArmCell, seeds: number): string {
  const none = unavailable(column);
  if (none !== null) return none;
  if (cell.summary === null) return '–';
  const { mean: m, std, n } = cell.summary;
  const text = n > 1 ? `${points(m)} ± ${points(std)}` : points(m);
  const partial = n < seeds ? ` (${n}/${seeds})` : '';
  return `${text}${partial}${cell.aboveTarget ? ` ${OFF_TARGET}` : ''}`;
}

function deltaCell(column: TaskColumn, cell: ArmCell): string {
  if (unavailable(column) !== null || cell.delta === null) return '';
  return formatDelta(cell.delta);
}

function publishedCell(column: TaskColumn, arm: PublishedArm): string {
  const mark = arm === Arm.Moq && column.blogEigenvalue ? EIGEN_MARK : '';
  return `${points(column.published[arm])}${mark}`;
}

function publishedAggregateCell(published: PublishedAggregate): string {
  const printed = `printed ${signedPoints(published.printed)}`;
  return published.sameTasks === null ? printed : `${signedPoints(published.sameTasks)} (${printed})`;
}

interface Row {
  label: string;
  cells: string[];
  aggregate: string;
}

export function reproRows(table: ReproTable): Row[] {
  const seeds = table.seeds.length;
  const armIndex = (arm: Arm) => REPRO_ARMS.indexOf(arm);
  const aggregateOf = (arm: Arm) => table.aggregates.find((a) => a.arm === arm)!;
  const published = (arm: PublishedArm): Row => ({
    label: `  ${PUBLISHED_LABEL[arm]}`,
    cells: table.columns.map((c) => publishedCell(c, arm)),
    aggregate: arm === Arm.Baseline ? '0' : publishedAggregateCell(table.published[arm]),
  });
  const rows: Row[] = [];
  for (const arm of REPRO_ARMS) {
    const i = armIndex(arm);
    rows.push({ label: ARM_LABEL[arm], cells: table.columns.map((c) => valueCell(c, c.arms[i]!, seeds)), aggregate: arm === Arm.Baseline ? '0' : '' });
    if (arm === Arm.Baseline) {
      rows.push(published(Arm.Baseline));
      continue;
    }
    const ours = aggregateOf(arm).ours;
    rows.push({ label: `  Δ ${ARM_LABEL[arm]} vs baseline`, cells: table.columns.map((c) => deltaCell(c, c.arms[i]!)), aggregate: ours === null ? '' : formatDelta(ours) });
    // The published MoQ row sits after both MoQ arms, which it is compared with.
    if (arm === Arm.BasicQat) rows.push(published(Arm.BasicQat));
    if (arm === Arm.MoqEigen) rows.push(published(Arm.Moq));
  }
  return rows;
}

function markdownTable(headers: readonly string[], rows: readonly string[][]): string {
  const escape = (text: string) => text.replaceAll('|', '\\|');
  const line = (cells: readonly string[]) => `| ${cells.map(escape).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

export function reproTableMarkdown(table: ReproTable): string {
  const headers = ['', ...table.columns.map(columnHeader), 'ACC+'];
  return markdownTable(
    headers,
    reproRows(table).map((row) => [row.label.trim() === row.label ? `**${row.label}**` : row.label.trim(), ...row.cells, row.aggregate]),
  );
}

/** The notes under the table: how to read it, and every way it differs from the published one. */
export function reproNotes(table: ReproTable): string[] {
  const seeds = table.seeds.length;
  const notes = [
    `Cells: the dev-set metric in points (× 100), ${seeds > 1 ? `mean ± sample std over ${seeds} seeds (${table.seeds.join(', ')})` : `one seed (${table.seeds[0]})`}; (k/${seeds}): only k runs finished. Δ: the mean over the seeds of the paired difference to the baseline (same seed, same data order)${seeds > 1 ? ', with its 95% t interval' : ''}.`,
    `ACC+ (ours): for each seed, the mean over the tasks with results of the per-task Δ; then the mean${seeds > 1 ? ' and 95% t interval' : ''} over the seeds that have every one of those tasks (docs/RESULTS.md, "The aggregate (ACC+)").`,
  ];
  const { [Arm.Moq]: moq, [Arm.BasicQat]: basic } = table.published;
  const implied = (p: PublishedAggregate) => `${signedPoints(p.allColumns)} over all its columns, SQuAD included, and ${signedPoints(p.glueColumns)} over its GLUE tasks`;
  notes.push(
    `ACC+ (blog): printed ${signedPoints(basic.printed)} (Basic QAT) and ${signedPoints(moq.printed)} (MoQ), which its rows do not give: they imply ${implied(basic)} (Basic QAT) and ${implied(moq)} (MoQ). The number before "(printed …)" is the mean of its rows' differences over the tasks in our ACC+.`,
  );
  if (table.columns.some((c) => c.blogEigenvalue)) {
    notes.push(`${EIGEN_MARK}: the blog's MoQ run for this task used eigenvalues (the MoQ tutorial's table); compare it with MoQ + eigenvalue, the others with MoQ.`);
  }
  if (table.columns.some((c) => c.arms.some((a) => a.aboveTarget))) {
    notes.push(`${OFF_TARGET}: some run ended above the ${table.targetBits} target bits (its recorded quant/average_bits): not a like-for-like comparison with Basic QAT.`);
  }
  if (table.columns.some((c) => c.task === GlueTask.Mnli)) notes.push("MNLI-m: the matched dev set, the blog's column; MNLI-mm (mismatched) is recorded on each MNLI run as eval/mismatched/accuracy (moqlab runs show).");
  if (table.columns.some((c) => c.data === TaskData.Missing)) notes.push('no data: no TASK/train.tsv under the GLUE directory; the task has no runs.');
  for (const c of table.columns.filter((column) => column.error !== null)) notes.push(`${c.task} failed before its runs: ${c.error}`);
  return notes;
}

export interface ReproDocumentOptions {
  /** What the profile and the variant are, from the recipe: a profile other than the full protocol says how it departs from it. */
  profileDoc: string;
  variantDoc: string;
  /** The protocol per task as the runs train it (periods after a profile's scaling). */
  protocolRows: ProtocolRow[];
  generatedAt: number;
}

export interface ProtocolRow {
  task: GlueTask;
  data: TaskData;
  epochs: number;
  startBits: number;
  period: number;
  steps: number;
  blogEigenvalue: boolean;
}

function protocolTable(rows: readonly ProtocolRow[], targetBits: number): string {
  return markdownTable(
    ['task', 'data', 'epochs', 'bits', 'quantize_period', 'steps per run', 'blog used eigenvalues'],
    rows.map((r) => [r.task, r.data, String(r.epochs), `${r.startBits} → ${targetBits}`, String(r.period), String(r.steps), r.blogEigenvalue ? 'yes' : 'no']),
  );
}

/** table.md: the table, its notes, the protocol as run, and the sources. */
export function reproMarkdown(table: ReproTable, options: ReproDocumentOptions): string {
  const { identity } = table;
  return [
    `# ${table.recipe.name}: profile ${identity.profile}, variant ${identity.variant}`,
    '',
    `${table.recipe.description}`,
    '',
    `Model \`${identity.model}\`, group \`${table.groupId}\` (\`moqlab runs ls --group ${table.groupId}\`), protocol hash \`${identity.protocolHash.slice(0, 12)}\`, generated ${new Date(options.generatedAt).toISOString().slice(0, 19).replace('T', ' ')} UTC.`,
    '',
    `Profile ${identity.profile}: ${options.profileDoc}. Variant ${identity.variant}: ${options.variantDoc}.`,
    '',
    reproTableMarkdown(table),
    '',
    ...reproNotes(table).map((note) => `- ${note}`),
    '',
    '## The protocol as run',
    '',
    protocolTable(options.protocolRows, table.targetBits),
    '',
    '## Sources',
    '',
    ...Object.entries(table.recipe.references).map(([key, ref]) => `- **${key}**: ${ref.url} (${ref.what})`),
    '',
  ].join('\n');
}

/** The table as plain text for a terminal: the Markdown table with its notes. */
export function reproText(table: ReproTable): string {
  return [reproTableMarkdown(table), '', ...reproNotes(table).map((note) => `- ${note}`)].join('\n');
}

// ---------------------------------------------------------------------------------------------
// Status

export enum RunState {
  Finished = 'finished',
  /** Marked running while the group's lock is held by a live process. */
  Running = 'running',
  /** Stopped with a checkpoint on disk: the next repro continues it. */
  Resumable = 'resumable',
  /** Stopped without a checkpoint: the next repro starts it again. */
  Restarts = 'restarts',
  NotStarted = 'not started',
}

export interface StatusCell {
  key: RunKey;
  state: RunState;
  /** The finished run, the run to continue, or the last attempt that stopped without a checkpoint. */
  run: RunRecord | null;
  /** The step a resumable run continues from. */
  step: number | null;
}

function stateText(cell: StatusCell): string {
  switch (cell.state) {
    case RunState.Resumable:
      return `resumable @${cell.step ?? '?'} (${cell.run?.status})`;
    case RunState.Restarts:
      return `restarts (${cell.run?.status})`;
    default:
      return cell.state;
  }
}

/** The task × seed × arm grid of `--status`. */
export function formatReproStatus(tasks: readonly ReproTaskEntry[], seeds: readonly number[], cells: readonly StatusCell[]): string {
  interface Line {
    task: string;
    seed: string;
    states: string[];
  }
  const lines: Line[] = tasks.flatMap((entry): Line[] => {
    if (entry.data === TaskData.Missing) return [{ task: entry.recipe.task, seed: '-', states: REPRO_ARMS.map(() => TaskData.Missing) }];
    return seeds.map((seed) => ({
      task: entry.recipe.task,
      seed: String(seed),
      states: REPRO_ARMS.map((arm) => {
        const cell = cells.find((c) => c.key.task === entry.recipe.task && c.key.seed === seed && c.key.arm === arm);
        return cell ? stateText(cell) : RunState.NotStarted;
      }),
    }));
  });
  const table = formatTable([{ header: 'task', value: (l: Line) => l.task }, { header: 'seed', value: (l: Line) => l.seed }, ...REPRO_ARMS.map((arm, i) => ({ header: arm, value: (l: Line) => l.states[i]! }))], lines);
  const count = (state: RunState) => cells.filter((c) => c.state === state).length;
  const summary = Object.values(RunState)
    .map((state) => [state, count(state)] as const)
    .filter(([, n]) => n > 0)
    .map(([state, n]) => `${n} ${state}`)
    .join(', ');
  return `${table}\n\n${cells.length} runs: ${summary || 'none'}`;
}
