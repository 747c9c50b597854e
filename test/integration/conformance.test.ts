// Bytes encoded by the TypeScript codecs decode in Python and back, under every protobuf backend the
// Python side may use (the C/upb extension and the pure-Python one).
// Known edge: the pure-Python backend treats -0.0 as proto3's default and omits it, so -0.0 arrives as 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Decoder, codecFor, pb, typeNameOf } from '../../src/protocol/messages.js';
import { pythonRuntimeDir } from '../../src/paths.js';
import { findPython } from '../../src/worker/python.js';

const python = findPython().executable;

interface Rec {
  name: string;
  bytes: Uint8Array;
}

function writeRecords(path: string, records: Rec[]): void {
  const parts: Buffer[] = [];
  for (const r of records) {
    const name = Buffer.from(r.name);
    const head = Buffer.alloc(4);
    head.writeUInt32LE(name.length);
    const size = Buffer.alloc(4);
    size.writeUInt32LE(r.bytes.length);
    parts.push(head, name, size, Buffer.from(r.bytes));
  }
  writeFileSync(path, Buffer.concat(parts));
}

function readRecords(path: string): Rec[] {
  const data = readFileSync(path);
  const out: Rec[] = [];
  let pos = 0;
  while (pos < data.length) {
    const n = data.readUInt32LE(pos);
    const name = data.subarray(pos + 4, pos + 4 + n).toString();
    pos += 4 + n;
    const size = data.readUInt32LE(pos);
    out.push({ name, bytes: data.subarray(pos + 4, pos + 4 + size) });
    pos += 4 + size;
  }
  return out;
}

const samples: Array<[object, Record<string, unknown>]> = [
  [pb.Hello, { protocolVersion: 1, controllerVersion: '0.1.0', heartbeatIntervalMs: 1000 }],
  [pb.Error, { code: pb.ErrorCode.ERROR_CODE_INVALID_ARGUMENT, message: 'bad kwarg “hidden”', details: { field: 'model.kwargs.hidden', traceback: 'a\nb' } }],
  [pb.LoadModel, { spec: { name: 'my_pkg.models:build', kwargsJson: '{"hidden": [256, 128]}', pythonPath: ['/x', '/y'] }, device: 'cuda:1', seed: 4294967295 }],
  [pb.LoadDataResult, { trainExamples: 67349, evalExamples: 872, numLabels: 2, taskType: pb.TaskType.TASK_TYPE_CLASSIFICATION, metrics: ['f1', 'accuracy'], evalSplit: 'dev', source: '/data/glue/MRPC', tokenizer: 'wordpiece', labels: ['0', '1'], dropped: [{ path: '/data/glue/MRPC/train.tsv', rows: 1, total: 3669, firstAt: 'line 17', reason: 'malformed' }] }],
  [pb.LoadData, { spec: { name: 'files', trainPath: '/d/train.csv', evalPath: '/d/dev.jsonl', textColumns: ['premise', 'hypothesis'], labelColumn: 'gold', taskType: pb.TaskType.TASK_TYPE_CLASSIFICATION, labels: ['né', '2'], format: 'tsv', maxSeqLen: 64 }, seed: 3 }],
  [pb.ConfigureTraining, { lr: 2e-5, weightDecay: 0.01, beta1: 0.9, beta2: 0.999, eps: 1e-8, warmupSteps: 100, totalSteps: 2000, batchSize: 32, gradientAccumulationSteps: 4, maxGradNorm: 1, precision: pb.Precision.PRECISION_BF16, seed: 7, initialLossScale: 65536, lossScaleWindow: 1000, numThreads: 2 }],
  [pb.RunSegment, { numSteps: 500, plan: [{ name: 'bert.encoder.layer.0.attention.self.query.weight', bits: 8, mixing: true, mixCount: 3, changeRatio: 0.001, reportError: true }, { name: 'classifier.weight', bits: 16 }], quantCounter: 41 }],
  [pb.EvaluateResult, { metrics: { pearson: 0.87, spearman: Number.NaN, accuracy: Number.POSITIVE_INFINITY }, examples: 1500, loss: 0.5, seconds: 1.25, optimizerStep: 300 }],
  [pb.MetricBatch, { requestId: 'abc', points: [{ name: 'train/loss', step: 1, wallTime: 1763790000.5, value: 0.1 + 0.2 }, { name: 'train/loss', step: 2, wallTime: 1763790000.6, value: -1.5e-300 }] }],
  [pb.LoadModelResult, { device: 'cpu', summary: { modelClass: 'TinyBert', numParameters: 4385920, numTrainable: 4385920, modules: [{ name: 'bert.encoder.layer.0.attention.self.query', type: 'Linear', parameters: [{ name: 'bert.encoder.layer.0.attention.self.query.weight', shape: [128, 128], numel: 16384, dtype: 'float32', trainable: true }] }] } }],
  [pb.Heartbeat, { uptimeSeconds: 12.5, busyWith: 'moqlab.v1.RunSegment', busyRequestId: 'r9', busySeconds: 3.25, optimizerStep: 1234, rssBytes: 1.5e9 }],
];

function canonical(codec: object, bytes: Uint8Array): unknown {
  const c = codec as Decoder<unknown> & { toObject(m: unknown, o: object): unknown };
  return c.toObject(c.decode(bytes), { defaults: true, arrays: true, objects: true, longs: Number, enums: Number, bytes: Array });
}

describe.each(['default', 'python'])('TypeScript <-> Python codecs (protobuf %s backend)', (backend) => {
  it('round-trips every sample through Python and decodes Python-built messages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'moqlab-conf-'));
    const records = samples.map(([codec, props]) => {
      const c = codec as { create(p: object): unknown; encode(m: unknown): { finish(): Uint8Array } };
      return { name: typeNameOf(codec), bytes: c.encode(c.create(props)).finish() };
    });
    writeRecords(join(dir, 'in.bin'), records);
    const env = { ...process.env, ...(backend === 'python' ? { PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION: 'python' } : {}) };
    const result = spawnSync(python, [join(__dirname, 'conformance.py'), join(dir, 'in.bin'), join(dir, 'out.bin'), pythonRuntimeDir()], { env, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const back = readRecords(join(dir, 'out.bin'));
    expect(back).toHaveLength(records.length + 3);
    records.forEach((rec, i) => {
      const codec = codecFor(rec.name) as object;
      expect(back[i]?.name).toBe(rec.name);
      expect(canonical(codec, back[i]!.bytes)).toEqual(canonical(codec, rec.bytes));
    });
    const [caps, batch, err] = back.slice(records.length);
    const c = pb.Capabilities.decode(caps!.bytes);
    expect(c.hostname).toBe('gpü-box');
    expect(c.zmqBinding).toBe(pb.ZmqBinding.ZMQ_BINDING_CTYPES);
    expect(c.devices[0]?.totalMemoryBytes).toBe(85520809984);
    expect(c.devices[0]?.dtypes).toEqual(['float32', 'bfloat16']);
    expect(c.kernels[0]?.reason).toBe('no triton');
    const values = pb.MetricBatch.decode(batch!.bytes).points.map((p) => p.value);
    expect(values).toEqual([0.1 + 0.2, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 5e-324]);
    const e = pb.Error.decode(err!.bytes);
    expect(e.code).toBe(pb.ErrorCode.ERROR_CODE_OUT_OF_MEMORY);
    expect(e.details).toEqual({ traceback: 'line 1\nline 2', device: 'cuda:0' });
  });
});
