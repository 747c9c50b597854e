/**
 * `npm run bench:rpc`: latency of a no-op request through moqlab's protocol (envelope, protobuf,
 * client bookkeeping, the worker's socket thread) against a raw ZeroMQ round trip to a Python peer
 * with the same binding, measured interleaved in one run. Prints a table and JSON.
 */
import { spawn } from 'node:child_process';
import { delimiter, join } from 'node:path';
import * as zmq from 'zeromq';
import { packageRoot, pythonRuntimeDir } from '../../src/paths.js';
import { formatTable } from '../../src/report/table.js';
import { ipcEndpoint } from '../../src/transport/router.js';
import { findPython } from '../../src/worker/python.js';
import { ZmqBinding, startLocalWorker } from '../../src/worker/session.js';
import { percentile, printJson } from './stats.js';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 5000);
const WARMUP = 300;

async function rawPeer(python: string, binding: ZmqBinding) {
  const endpoint = ipcEndpoint(`bench-raw-${process.pid}-${binding}`);
  const router = new zmq.Router({ linger: 0 });
  await router.bind(endpoint);
  const script = join(packageRoot(), 'scripts', 'bench', 'echo_peer.py');
  const child = spawn(python, [script, endpoint, binding], {
    env: { ...process.env, PYTHONPATH: [pythonRuntimeDir(), process.env.PYTHONPATH].filter(Boolean).join(delimiter) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const [peer] = await router.receive();
  const payload = Buffer.alloc(0);
  return {
    async roundTrip(): Promise<number> {
      const t = process.hrtime.bigint();
      await router.send([peer!, payload]);
      await router.receive();
      return Number(process.hrtime.bigint() - t) / 1000;
    },
    async close() {
      await router.send([peer!, 'stop']);
      await new Promise((resolve) => child.on('exit', resolve));
      router.close();
    },
  };
}

async function measure(binding: ZmqBinding, python: string) {
  const session = await startLocalWorker({ python, zmqBinding: binding });
  const raw = await rawPeer(python, binding);
  const ours: number[] = [];
  const rawTimes: number[] = [];
  const empty = new Uint8Array();
  const oursOnce = async () => {
    const t = process.hrtime.bigint();
    await session.client.ping(empty);
    return Number(process.hrtime.bigint() - t) / 1000;
  };
  for (let i = 0; i < WARMUP; i++) {
    await oursOnce();
    await raw.roundTrip();
  }
  // Pair every moqlab request with a raw round trip, alternating which goes first, so that drift in
  // machine load hits both sides alike.
  for (let i = 0; i < SAMPLES; i++) {
    if (i % 2 === 0) {
      ours.push(await oursOnce());
      rawTimes.push(await raw.roundTrip());
    } else {
      rawTimes.push(await raw.roundTrip());
      ours.push(await oursOnce());
    }
  }
  await raw.close();
  await session.close();
  ours.sort((a, b) => a - b);
  rawTimes.sort((a, b) => a - b);
  return {
    binding,
    samples: ours.length,
    moqlab_p50_us: percentile(ours, 50),
    moqlab_p99_us: percentile(ours, 99),
    raw_p50_us: percentile(rawTimes, 50),
    raw_p99_us: percentile(rawTimes, 99),
    p50_ratio: percentile(ours, 50) / percentile(rawTimes, 50),
    p99_ratio: percentile(ours, 99) / percentile(rawTimes, 99),
  };
}

const python = findPython().executable;
const results: Awaited<ReturnType<typeof measure>>[] = [];
for (const binding of [ZmqBinding.Pyzmq, ZmqBinding.Ctypes]) results.push(await measure(binding, python));
process.stdout.write(
  `${formatTable(
    [
      { header: 'worker binding', value: (r: (typeof results)[number]) => r.binding },
      { header: 'samples', value: (r) => r.samples },
      { header: 'moqlab p50 µs', value: (r) => r.moqlab_p50_us },
      { header: 'raw zmq p50 µs', value: (r) => r.raw_p50_us },
      { header: 'p50 ratio', value: (r) => r.p50_ratio },
      { header: 'moqlab p99 µs', value: (r) => r.moqlab_p99_us },
      { header: 'raw zmq p99 µs', value: (r) => r.raw_p99_us },
      { header: 'p99 ratio', value: (r) => r.p99_ratio },
    ],
    results,
  )}\n`,
);
process.stdout.write('\ntarget: moqlab p50 <= 1.3 x raw zeromq p50\n');
printJson('json', { benchmark: 'rpc', samples_per_side: SAMPLES, results });
process.exit(0);
