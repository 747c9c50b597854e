/** Finding a Python interpreter that can run the worker (torch + protobuf importable). */
import { spawn, spawnSync } from 'node:child_process';
import { constants as osConstants } from 'node:os';
import { accessSync, constants, realpathSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { ErrorCode, MoqlabError } from '../errors.js';
import { pythonRuntimeDir } from '../paths.js';

export interface PythonProbe {
  executable: string;
  /** Why it cannot be used; absent when it can. */
  problem?: string;
  version?: string;
  torch?: string | null;
  protobuf?: string | null;
  pyzmq?: string | null;
  libzmq?: string | null;
  transformers?: string | null;
}

// Finds packages without importing them: importing torch takes seconds, finding it milliseconds.
const PROBE_SCRIPT = `
import importlib.util, json, platform, ctypes.util
def version(mod, dist):
    if importlib.util.find_spec(mod) is None:
        return None
    try:
        from importlib.metadata import version as v
        return v(dist)
    except Exception:
        return "unknown"
print(json.dumps({
    "version": platform.python_version(),
    "torch": version("torch", "torch"),
    "protobuf": version("google.protobuf", "protobuf"),
    "pyzmq": version("zmq", "pyzmq"),
    "libzmq": ctypes.util.find_library("zmq"),
    "transformers": version("transformers", "transformers"),
}))
`;

export const INSTALL_HINT =
  'On Debian/Ubuntu: sudo apt-get install -y python3-torch python3-protobuf python3-zmq libopenblas0-pthread ' +
  '(then the worker uses /usr/bin/python3). Elsewhere: install torch and protobuf into a Python ' +
  'and point MOQLAB_PYTHON at it, e.g. MOQLAB_PYTHON=/path/to/venv/bin/python.';

export function probePython(executable: string): PythonProbe {
  const result = spawnSync(executable, ['-c', PROBE_SCRIPT], { encoding: 'utf8', timeout: 30_000 });
  if (result.error) return { executable, problem: `cannot run it (${(result.error as NodeJS.ErrnoException).code ?? result.error.message})` };
  if (result.status !== 0) return { executable, problem: `exited with ${result.status}: ${result.stderr.trim().split('\n').pop() ?? ''}` };
  let info: Omit<PythonProbe, 'executable'>;
  try {
    info = JSON.parse(result.stdout) as Omit<PythonProbe, 'executable'>;
  } catch {
    return { executable, problem: `printed unexpected output: ${result.stdout.slice(0, 200)}` };
  }
  const probe: PythonProbe = { executable, ...info };
  const missing = [!info.torch && 'torch', !info.protobuf && 'protobuf', !info.pyzmq && !info.libzmq && 'pyzmq or libzmq'].filter(Boolean);
  if (missing.length) probe.problem = `cannot import ${missing.join(', ')}`;
  return probe;
}

function onPath(name: string, pathVar: string | undefined): string | null {
  for (const dir of (pathVar ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return null;
}

/** Candidate interpreters in the order they are tried (MOQLAB_PYTHON is handled separately). */
export function candidatePythons(env: NodeJS.ProcessEnv): string[] {
  const list = [
    env.VIRTUAL_ENV && join(env.VIRTUAL_ENV, 'bin', 'python'),
    env.CONDA_PREFIX && join(env.CONDA_PREFIX, 'bin', 'python'),
    onPath('python3', env.PATH),
    '/usr/bin/python3',
    onPath('python', env.PATH),
    '/usr/local/bin/python3',
    '/opt/conda/bin/python',
  ].filter((c): c is string => typeof c === 'string' && c.length > 0);
  const seen = new Set<string>();
  return list.filter((c) => {
    let key = c;
    try {
      key = realpathSync(c);
    } catch {
      return false;
    }
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface FoundPython {
  executable: string;
  probe: PythonProbe;
  tried: PythonProbe[];
}

/** MOQLAB_PYTHON when set (and it must work), else the first candidate that can run the worker. */
export function findPython(env: NodeJS.ProcessEnv = process.env, candidates: string[] = candidatePythons(env)): FoundPython {
  const explicit = env.MOQLAB_PYTHON;
  if (explicit) {
    const probe = probePython(explicit);
    if (probe.problem) {
      throw new MoqlabError(ErrorCode.PythonNotFound, `MOQLAB_PYTHON=${explicit} ${probe.problem}`, {
        hint: `Install the missing packages into that interpreter, or unset MOQLAB_PYTHON to let moqlab search. ${INSTALL_HINT}`,
        details: { tried: explicit },
      });
    }
    return { executable: explicit, probe, tried: [probe] };
  }
  const tried: PythonProbe[] = [];
  for (const candidate of candidates) {
    const probe = probePython(candidate);
    tried.push(probe);
    if (!probe.problem) return { executable: candidate, probe, tried };
  }
  const lines = tried.map((p) => `  ${p.executable}: ${p.problem}`).join('\n');
  throw new MoqlabError(
    ErrorCode.PythonNotFound,
    `no Python interpreter can run the moqlab worker (it needs torch and protobuf). Tried:\n${lines || '  (no python3 found)'}`,
    { hint: INSTALL_HINT, details: { tried: tried.map((p) => p.executable).join(',') } },
  );
}

/** The environment of a Python process that imports the worker package (moqlab's py_runtime first). */
export function pythonProcessEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, PYTHONPATH: [pythonRuntimeDir(), env.PYTHONPATH].filter(Boolean).join(delimiter), PYTHONUNBUFFERED: '1' };
}

/**
 * Runs `python -m module ...args` (default interpreter: findPython) with its output going straight to
 * ours, forwarding SIGINT/SIGTERM to it; resolves to its exit status (128 + signal number if killed).
 * For processes that print for themselves: a remote worker, the kernel benchmark.
 */
export function runPythonModule(
  module: string,
  args: readonly string[],
  options: { python?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<number> {
  const env = options.env ?? process.env;
  const python = options.python ?? findPython(env).executable;
  return new Promise((resolve, reject) => {
    const child = spawn(python, ['-m', module, ...args], { env: pythonProcessEnv(env), stdio: 'inherit' });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    const done = () => process.off('SIGINT', forward).off('SIGTERM', forward);
    child.on('error', (e) => {
      done();
      reject(new MoqlabError(ErrorCode.WorkerStartFailed, `cannot run ${python} -m ${module}: ${e.message}`, { hint: INSTALL_HINT }));
    });
    child.on('exit', (code, signal) => {
      done();
      resolve(code ?? 128 + (signal ? (osConstants.signals[signal] ?? 1) : 1));
    });
  });
}
