import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
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

  const show = new Command('show').description('show one run: config, environment, params, metrics, events, artifacts').argument('<id>', 'run id or a unique prefix');
  addStoreOption(show).action((id: string, options: { store: string }) => {
    const store = openStoreOption(options, true);
    try {
      process.stdout.write(`${formatRunDetail(store, store.getRun(id))}\n`);
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
