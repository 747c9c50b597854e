/**
 * The CURVE keys of tcp workers, on disk. `$MOQLAB_KEYS_DIR` (default `$XDG_CONFIG_HOME/moqlab/keys`,
 * else `~/.config/moqlab/keys`), mode 0700, holds `controller.json` and `worker.json`
 * (`{"public", "secret"}` in Z85, mode 0600; the Python worker reads and writes the same format) and
 * `authorized_workers`, one worker public key per line, the only workers a listening controller admits.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ErrorCode, MoqlabError } from '../errors.js';
import { type CurveServer, isZ85Key, type KeyPair, newKeyPair } from '../transport/curve.js';

export const ENV_KEYS_DIR = 'MOQLAB_KEYS_DIR';
const AUTHORIZED = 'authorized_workers';

export enum KeyRole {
  Controller = 'controller',
  Worker = 'worker',
}

export function keysDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env[ENV_KEYS_DIR]) return env[ENV_KEYS_DIR];
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'moqlab', 'keys');
}

function ensureDir(env: NodeJS.ProcessEnv): string {
  const dir = keysDir(env);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  return dir;
}

/** The pair stored for `role`; made and stored (0600) on first use. A key file others can read is refused. */
export function loadOrCreateKeys(role: KeyRole, env: NodeJS.ProcessEnv = process.env): KeyPair {
  const path = join(ensureDir(env), `${role}.json`);
  if (!existsSync(path)) {
    const pair = newKeyPair();
    writeFileSync(path, JSON.stringify(pair), { mode: 0o600, flag: 'wx' });
    return pair;
  }
  const mode = statSync(path).mode & 0o777;
  if (mode & 0o077) {
    throw new MoqlabError(ErrorCode.Usage, `${path} can be read by other users (mode ${mode.toString(8)}); its secret key would let them pose as this ${role}`, {
      hint: `chmod 600 ${path}`,
    });
  }
  return JSON.parse(readFileSync(path, 'utf8')) as KeyPair;
}

/** The worker public keys a listening controller admits. */
export function authorizedWorkers(env: NodeJS.ProcessEnv = process.env): string[] {
  const path = join(keysDir(env), AUTHORIZED);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Adds a worker's public key (what its `moqlab worker` prints) to the admitted ones; true when it was new. */
export function authorizeWorker(key: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (!isZ85Key(key)) {
    throw new MoqlabError(ErrorCode.Usage, `'${key}' is not a CURVE public key (40 Z85 characters)`, {
      hint: 'copy the key the worker printed: "this worker\'s public key is ..."',
    });
  }
  const known = authorizedWorkers(env);
  if (known.includes(key)) return false;
  const path = join(ensureDir(env), AUTHORIZED);
  writeFileSync(path, [...known, key].join('\n') + '\n', { mode: 0o600 });
  chmodSync(path, 0o600);
  return true;
}

/**
 * The CURVE server of a controller listening on tcp: its own pair, admitting the authorized workers (read
 * at each connection) and the keys in `admit` (e.g. the worker this controller starts itself).
 */
export function controllerCurve(env: NodeJS.ProcessEnv = process.env, admit: readonly string[] = []): CurveServer {
  return { keys: loadOrCreateKeys(KeyRole.Controller, env), admits: (key) => admit.includes(key) || authorizedWorkers(env).includes(key) };
}
