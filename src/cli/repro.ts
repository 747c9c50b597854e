import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { GlueTask } from '../config/index.js';
import { ErrorCode, MoqlabError } from '../errors.js';
import {
  DEFAULT_REPRO_MODEL,
  type ReproPlan,
  RunAction,
  loadRecipe,
  lockHolder,
  planRepro,
  reproLockPath,
  reproModel,
  runRepro,
  runState,
  writeReproReport,
} from '../experiment/repro.js';
import { packageRoot, packageVersion } from '../paths.js';
import { formatReproStatus, reproText } from '../report/repro.js';
import { finalBitsWarning } from '../schedule/final-bits.js';
import { type Protocol, TaskData, runKeyText, selectProtocol } from '../schedule/repro-recipe.js';
import { onInterrupt } from './interrupt.js';
import { addListenOptions, bindListener } from './listen.js';
import { addStoreOption, openStoreOption } from './options.js';
import { MultiProgress } from './progress.js';

interface GlueOptions {
  store: string;
  glueDir?: string;
  tasks?: string;
  profile?: string;
  variant?: string;
  seeds?: string;
  model?: string;
  device: string;
  parallel?: string;
  listen?: string;
  insecure?: boolean;
  out?: string;
  status?: boolean;
  keepCheckpoints?: boolean;
  quiet?: boolean;
}

function positive(text: string, flag: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new MoqlabError(ErrorCode.Usage, `${flag} ${text}: expected a positive integer`);
  return n;
}

function parseTasks(text: string, protocol: Protocol): GlueTask[] {
  const known = protocol.recipe.tasks.map((t) => t.task);
  const names = text.split(',').map((t) => t.trim()).filter(Boolean);
  const tasks = names.map((name) => known.find((task) => task.toLowerCase() === name.toLowerCase()));
  const bad = names.filter((_, i) => tasks[i] === undefined);
  if (bad.length || !names.length) {
    throw new MoqlabError(ErrorCode.Usage, `--tasks ${text}: ${bad.length ? `unknown task ${bad.join(', ')}` : 'no task'}`, { hint: `choose from ${known.join(', ')}, comma-separated` });
  }
  return [...new Set(tasks as GlueTask[])];
}

/** ../shared/data/glue beside the moqlab checkout, where the project keeps its copy of GLUE. */
function defaultGlueDir(): string | null {
  const dir = join(packageRoot(), '..', 'shared', 'data', 'glue');
  return existsSync(dir) ? dir : null;
}

function glueDirOption(options: GlueOptions, required: boolean): string | null {
  if (options.glueDir !== undefined) {
    const dir = resolve(options.glueDir);
    if (!existsSync(dir)) throw new MoqlabError(ErrorCode.FileNotFound, `--glue-dir ${options.glueDir}: no such directory`, { hint: 'the GLUE root, holding SST-2/train.tsv, CoLA/train.tsv, ...' });
    return dir;
  }
  const found = defaultGlueDir();
  if (found === null && required) {
    throw new MoqlabError(ErrorCode.Usage, 'where is GLUE? no --glue-dir was given and ../shared/data/glue is not there', {
      hint: 'pass --glue-dir DIR, the root of a standard GLUE copy (DIR/SST-2/train.tsv, DIR/MRPC/dev.tsv, ...)',
    });
  }
  return found;
}

function planSummary(plan: ReproPlan, glueDir: string | null): string[] {
  const { identity } = plan;
  const found = plan.tasks.filter((t) => t.data === TaskData.Found).map((t) => t.recipe.task);
  const missing = plan.tasks.filter((t) => t.data === TaskData.Missing).map((t) => t.recipe.task);
  const count = (action: RunAction) => plan.runs.filter((r) => r.action === action).length;
  const lines = [
    `repro glue: recipe ${identity.recipe}, profile ${identity.profile}, variant ${identity.variant}, model ${identity.model}, seeds ${plan.seeds.join(', ')}`,
    `group ${plan.groupId} (protocol ${identity.protocolHash.slice(0, 12)}); data for ${found.length ? found.join(', ') : 'no task'}${missing.length ? `; no data for ${missing.join(', ')}${glueDir ? ` under ${glueDir}` : ''}` : ''}`,
    `${plan.runs.length} runs: ${count(RunAction.Skip)} finished, ${count(RunAction.Resume)} to resume, ${count(RunAction.Start)} to start`,
  ];
  for (const group of plan.otherProtocolGroups) {
    lines.push(`note: group ${group} has runs of this recipe, profile, variant and model under another version of the protocol; they are not reused here`);
  }
  return lines;
}

export function reproCommand(): Command {
  const glue = new Command('glue')
    .description(
      "reproduce the MoQ blog's Table 1 on GLUE: the baseline, basic-qat, moq and moq-eigen arms on every task whose data is found, over several seeds, as one group in the store; run it again to skip finished runs and continue stopped ones from their checkpoints; writes table.md, table.json and report.html",
    )
    .option('--glue-dir <dir>', 'the GLUE root (DIR/SST-2/train.tsv, ...); default: ../shared/data/glue beside moqlab when it is there')
    .option('--tasks <list>', 'comma-separated GLUE tasks (default: all nine; a task without data shows as "no data")')
    .option('--profile <name>', "the recipe's profile: paper (the full protocol, the default), quick (500 training examples per task, 1 seed: a first look on a CPU, not the protocol) or smoke (a pipeline test whose numbers mean nothing)")
    .option('--variant <name>', "the recipe's variant: moqlab (periods in optimizer steps, the default) or deepspeed-legacy (DeepSpeed <= 0.6's counter and grid, which produced the blog's table)")
    .option('--seeds <n>', "seeds per task and arm (default: the profile's, 3 for paper, 1 for quick)")
    .option('--model <spec>', 'a pretrained BERT: minilm (the packaged all-MiniLM-L6-v2) or hf:<dir> (e.g. a bert-base-uncased checkpoint for the paper setting on a GPU)', DEFAULT_REPRO_MODEL)
    .option('--device <device>', 'auto, cpu, cuda or cuda:N', 'auto')
    .option('--parallel <n>', 'local workers at once (default: one per CPU core, at most one per run; 0 with --listen: remote workers only)')
    .option('--out <dir>', 'where table.md, table.json and report.html go (default: repro/GROUP beside the store)')
    .option('--keep-checkpoints', "keep each finished run's final checkpoint, so that `moqlab export RUN` can pack its model (a MiniLM run's is about 270 MB); by default finished runs keep none")
    .option('--status', 'print each run of the reproduction (task × seed × arm: finished, resumable, ...) and start nothing')
    .option('-q, --quiet', 'no progress bars');
  addListenOptions(glue, 'also run on remote workers that connect to this endpoint, whenever they come (a run whose worker dies resumes on another)');
  addStoreOption(glue);
  glue.action(async (options: GlueOptions) => {
    const recipe = loadRecipe();
    const protocol = selectProtocol(recipe, options.profile ?? null, options.variant ?? null);
    const tasks = options.tasks === undefined ? recipe.tasks.map((t) => t.task) : parseTasks(options.tasks, protocol);
    const seeds = options.seeds === undefined ? protocol.profile.seeds : positive(options.seeds, '--seeds');
    const parallel = options.parallel === undefined ? undefined : options.listen && options.parallel === '0' ? 0 : positive(options.parallel, '--parallel');
    const model = reproModel(options.model ?? DEFAULT_REPRO_MODEL, process.cwd());
    const glueDir = glueDirOption(options, options.status !== true);
    const setup = { protocol, model, glueDir, tasks, seeds };
    if (options.status) {
      // Status starts nothing and writes nothing, not even an empty store.
      const path = resolve(options.store);
      const store = existsSync(path) ? openStoreOption(options, true) : null;
      try {
        const plan = planRepro({ ...setup, store });
        const holder = lockHolder(reproLockPath(path, plan.groupId));
        const cells = plan.runs.map((r) => ({ key: r.key, state: runState(r, holder !== null), run: r.run, step: r.checkpoint?.step ?? null }));
        process.stdout.write(`${planSummary(plan, glueDir).join('\n')}\n`);
        if (holder !== null) process.stdout.write(`running now: process ${holder.pid} on ${holder.host}, since ${new Date(holder.startedAt).toISOString()}\n`);
        process.stdout.write(`\n${formatReproStatus(plan.tasks, plan.seeds, cells)}\n`);
      } finally {
        store?.close();
      }
      return;
    }
    const store = openStoreOption(options);
    const listener = options.listen ? await bindListener(options.listen, options.insecure) : undefined;
    try {
      const bars = options.quiet ? null : new MultiProgress();
      const say = (line: string) => (bars ? bars.log(line) : process.stderr.write(`${line}\n`));
      const interrupt = onInterrupt(say, 'the workers');
      let done = 0;
      let total = 0;
      try {
        const repro = await runRepro({
          ...setup,
          store,
          device: options.device,
          baseDir: process.cwd(),
          parallel,
          listener,
          onWorkerJoined: (worker) => say(`worker ${worker} joined`),
          onRunAssigned: (key, worker) => say(`${runKeyText(key)}: on worker ${worker}`),
          onRequeue: say,
          keepCheckpoints: options.keepCheckpoints === true,
          signal: interrupt.signal,
          onPlan: (plan) => {
            total = plan.runs.filter((r) => r.action !== RunAction.Skip).length;
            for (const line of planSummary(plan, glueDir)) say(line);
          },
          onPredicted: (task, predictions) => {
            for (const warning of predictions.flatMap((p) => finalBitsWarning(p) ?? [])) say(`warning: ${task}: ${warning}`);
          },
          onRunStart: (planned, run) =>
            say(`${runKeyText(planned.key)}: run ${run.id}${planned.action === RunAction.Resume ? `, continuing from the checkpoint at step ${planned.checkpoint?.step ?? '?'}` : ''}`),
          onRunProgress: (key, p) => bars?.update(runKeyText(key), p),
          onRunEnd: (key, _action, outcome) => {
            done += 1;
            say(`${runKeyText(key)}: ${outcome.error ? `failed: ${outcome.error.message.split('\n')[0]}` : 'finished'} (${done}/${total})`);
          },
        });
        bars?.stop();
        const { table, paths } = writeReproReport(store, repro, {
          recipe,
          protocol,
          dir: options.out === undefined ? undefined : resolve(options.out),
          generator: `moqlab ${packageVersion()}`,
        });
        process.stdout.write(`\nprofile ${protocol.profileName}: ${protocol.profile.doc}\n\n${reproText(table)}\n\n`);
        if (repro.outcomes.length) process.stdout.write(`${repro.outcomes.length} runs on ${repro.workers} worker(s) × ${repro.threadsPerWorker} thread(s); `);
        process.stdout.write(`group ${repro.plan.groupId} in ${store.path} (moqlab runs ls --group ${repro.plan.groupId})\n`);
        process.stdout.write(`wrote ${paths.markdown}, ${paths.json} and ${paths.html}\n`);
        if (interrupt.signal.aborted) throw new MoqlabError(ErrorCode.Interrupted, 'the reproduction was interrupted; run the same command to continue it');
        const failures = [
          ...[...repro.taskErrors].map(([task, e]) => ({ what: `${task} (before its runs)`, error: e })),
          ...repro.outcomes.filter((o) => o.error).map((o) => ({ what: runKeyText(o.key), error: o.error! })),
        ];
        if (failures.length) {
          throw new MoqlabError(failures[0]!.error.code, `${failures.length} failure(s): ${failures.map((f) => `${f.what}: ${f.error.code}`).join(', ')}`, {
            hint: 'see moqlab runs show ID for a failed run; run the same command again to continue (stopped runs resume from their checkpoints)',
          });
        }
      } finally {
        bars?.stop();
        interrupt.dispose();
      }
    } finally {
      await listener?.close();
      store.close();
    }
  });
  return new Command('repro').description('reproduce a published MoQ table from a recipe of its protocol (recipes/)').addCommand(glue);
}
