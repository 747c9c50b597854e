import { Command, Option } from 'commander';
import { DEFAULT_PARITY_EXAMPLES, ExportDtype, exportModel } from '../experiment/export.js';
import type { moqlab } from '../protocol/messages.js';
import { formatTable } from '../report/table.js';
import { addStoreOption, openStoreOption, parseCountOrZero } from './options.js';

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;

export function exportCommand(): Command {
  const cmd = new Command('export')
    .description("write a run's trained model as packed int8/int4 weights (safetensors + manifest.json, see docs/EXPORT.md), report its size against fp16, and record the parity of the packed model on the run")
    .argument('<run>', 'run id or a unique prefix')
    .option('-o, --out <dir>', 'output directory (default: .moqlab/exports/RUN)')
    .addOption(new Option('--dtype <dtype>', 'dtype of dense tensors and 16-bit copies').choices(Object.values(ExportDtype)).default(ExportDtype.Float16))
    .addOption(new Option('--scale-dtype <dtype>', 'dtype of the scales (default: --dtype; float32 dequantizes bit-exactly to training)').choices(Object.values(ExportDtype)))
    .option('--parity-examples <n>', 'evaluation examples for the parity check (0 skips it)', parseCountOrZero, DEFAULT_PARITY_EXAMPLES);
  addStoreOption(cmd);
  return cmd.action(async (id: string, options: { store: string; out?: string; dtype: ExportDtype; scaleDtype?: ExportDtype; parityExamples: number }) => {
    const store = openStoreOption(options);
    try {
      const run = store.getRun(id);
      const result = await exportModel({ store, run, outDir: options.out, dtype: options.dtype, scaleDtype: options.scaleDtype, parityExamples: options.parityExamples });
      const rows = result.tensors as moqlab.v1.ExportedTensor[];
      process.stdout.write(
        `${formatTable(
          [
            { header: 'tensor', value: (t: moqlab.v1.ExportedTensor) => t.name },
            { header: 'kind', value: (t) => t.kind },
            { header: 'bits', value: (t) => t.bits || null },
            { header: 'stored as', value: (t) => t.packing || null },
            { header: 'bytes', value: (t) => t.bytes },
            { header: 'fp16 bytes', value: (t) => t.fp16Bytes },
            { header: 'loaded as', value: (t) => t.loadedAs || null },
            { header: 'in memory', value: (t) => t.residentBytes },
            { header: 'fp32 in memory', value: (t) => t.fp32Bytes },
          ],
          rows,
        )}\n\n`,
      );
      for (const t of rows.filter((r) => r.note)) process.stdout.write(`${t.name}: ${t.note}\n`);
      process.stdout.write(`size on disk ${mb(result.bytes)} vs ${mb(result.fp16Bytes)} in fp16 (${(result.bytes / result.fp16Bytes).toFixed(3)}×)\n`);
      process.stdout.write(
        `in memory once loaded (measured) ${mb(result.residentBytes)} vs ${mb(result.fp32ResidentBytes)} in fp32 (${(result.residentBytes / result.fp32ResidentBytes).toFixed(3)}×) and ${mb(result.fp16ResidentBytes)} in fp16 (${(result.residentBytes / result.fp16ResidentBytes).toFixed(3)}×)\n`,
      );
      if (result.parityExamples) {
        process.stdout.write(
          `parity on ${result.parityExamples} evaluation examples: max |Δlogit| ${result.maxAbs.toPrecision(3)}, SQNR ${result.sqnrDb.toFixed(1)} dB, prediction agreement ${(100 * result.agreement).toFixed(2)}%\n`,
        );
      } else {
        process.stdout.write(`no parity check: ${options.parityExamples === 0 ? '--parity-examples 0' : 'the run has no evaluation examples'}\n`);
      }
      process.stdout.write(`written to ${result.outDir}; recorded on run ${run.id}\n`);
    } finally {
      store.close();
    }
  });
}
