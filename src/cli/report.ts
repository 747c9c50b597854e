import { Command } from 'commander';
import { packageVersion } from '../paths.js';
import { writeRunReport } from '../report/html.js';
import { addStoreOption, openStoreOption } from './options.js';

export const DEFAULT_REPORT_DIR = '.moqlab/reports';

export function reportCommand(): Command {
  const report = new Command('report')
    .description('write one run as a self-contained HTML page: bits over steps, final bits, eigenvalues, loss and evaluation, quantization error, config')
    .argument('<run>', 'run id or a unique prefix')
    .option('-o, --out <dir>', 'directory for report-<runid>.html', DEFAULT_REPORT_DIR);
  return addStoreOption(report).action((id: string, options: { store: string; out: string }) => {
    const store = openStoreOption(options, true);
    try {
      const path = writeRunReport(store, id, options.out, { generator: `moqlab ${packageVersion()}` });
      process.stdout.write(`${path}\n`);
    } finally {
      store.close();
    }
  });
}
