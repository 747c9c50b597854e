import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ErrorCode, MoqlabError } from '../../src/errors.js';
import { candidatePythons, findPython, probePython } from '../../src/worker/python.js';

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
    const found = findPython(env);
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
      findPython({ PATH: '' }, [a, b]);
    } catch (e) {
      error = e as MoqlabError;
    }
    expect(error?.code).toBe(ErrorCode.PythonNotFound);
    expect(error?.message).toContain(`${a}: cannot import torch`);
    expect(error?.message).toContain(`${b}: cannot import protobuf`);
    expect(error?.hint).toMatch(/apt-get install -y python3-torch python3-protobuf python3-zmq/);
    expect(error?.hint).toMatch(/MOQLAB_PYTHON/);
  });
});
