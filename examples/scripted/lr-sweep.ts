/**
 * A scripted experiment with moqlab's TypeScript API: one worker, three learning rates, one store,
 * and a table of the results. After `npm run build`, from the repository root:
 *
 *   node dist/examples/scripted/lr-sweep.js [steps]
 */
import { type ExperimentConfigInput, openStore, resolveExperimentConfig, runExperiment, startLocalWorker } from 'moqlab';

const steps = Number(process.argv[2] ?? 200);
const store = openStore('.moqlab/moqlab.db');
// One worker serves every run: Python and torch start once.
const worker = await startLocalWorker();
try {
  const rows = [];
  for (const lr of [3e-4, 1e-3, 3e-3]) {
    // The config file's keys, typed: a misspelled key does not compile.
    const input: ExperimentConfigInput = {
      name: `lr-sweep-${lr}`,
      model: { name: 'cnn' },
      data: { name: 'fashion-mnist', max_eval_examples: 2000 },
      training: { steps, batch_size: 64, optimizer: { lr } },
    };
    const config = resolveExperimentConfig(input, { baseDir: process.cwd() });
    const result = await runExperiment({ store, config, worker });
    rows.push({ lr, run: result.run.id, accuracy: result.metrics['eval/accuracy'] });
  }
  console.table(rows);
  console.log(`recorded in ${store.path}; moqlab runs ls shows them`);
} finally {
  await worker.close();
  store.close();
}
