import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { configAsFile, recordedConfig } from '../config/index.js';
import { ErrorCode, MoqlabError } from '../errors.js';
import { ExportFormat, exportRunRecord } from '../report/export.js';
import { formatRunDetail, formatRunList } from '../report/runs.js';
import { RunStatus } from '../tracking/index.js';
import { addStoreOption, openStoreOption } from './options.js';

export function runsCommand(): Command {
  const runs = new Command('runs').description('list, show and export recorded runs');

  const ls = new Command('ls')
    .description('list runs, newest first, with their latest evaluation metrics')
    .option('-n, --limit <n>', 'at most this many runs', '20')
    .addOption(new Option('--status <status>', 'only runs with this status').choices(Object.values(RunStatus)))
    .option('--group <id>', 'only the runs of one comparison or reproduction: its group id (moqlab compare and repro print it) or a unique prefix');
  addStoreOption(ls).action((options: { store: string; limit: string; status?: RunStatus; group?: string }) => {
    const store = openStoreOption(options, true);
    try {
      const list = store.listRuns({ limit: Number(options.limit), status: options.status, groupId: options.group === undefined ? undefined : store.resolveGroup(options.group) });
      process.stdout.write(list.length ? `${formatRunList(list, store)}\n` : `no runs recorded in ${store.path}\n`);
    } finally {
      store.close();
    }
  });

  const show = new Command('show')
    .description('show one run: config, environment, params, metrics, events, artifacts')
    .argument('<id>', 'run id or a unique prefix')
    .option('--config', 'print only its config, as a config file (the settings that differ from the defaults): `moqlab runs show ID --config > again.json`');
  addStoreOption(show).action((id: string, options: { store: string; config?: boolean }) => {
    const store = openStoreOption(options, true);
    try {
      const run = store.getRun(id);
      if (!options.config) {
        process.stdout.write(`${formatRunDetail(store, run)}\n`);
        return;
      }
      const file = configAsFile(recordedConfig(run));
      if (file === null) {
        throw new MoqlabError(ErrorCode.Usage, `run ${run.id} was recorded before moqlab kept the quantization section as written, so its config has no file form`, {
          hint: `moqlab runs show ${run.id} lists every resolved setting`,
        });
      }
      process.stdout.write(`${JSON.stringify(file, null, 2)}\n`);
    } finally {
      store.close();
    }
  });

  const exp = new Command('export')
    .description('export a run losslessly: json (everything) or csv (metric points)')
    .argument('<id>', 'run id or a unique prefix')
    .addOption(new Option('--format <format>', 'output format').choices(Object.values(ExportFormat)).default(ExportFormat.Json))
    .option('-o, --out <file>', 'write to a file instead of stdout');
  addStoreOption(exp).action((id: string, options: { store: string; format: ExportFormat; out?: string }) => {
    const store = openStoreOption(options, true);
    try {
      const text = exportRunRecord(store, store.getRun(id).id, options.format);
      if (options.out) writeFileSync(options.out, text);
      else process.stdout.write(text);
    } finally {
      store.close();
    }
  });

  return runs.addCommand(ls).addCommand(show).addCommand(exp);
}
