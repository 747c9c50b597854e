/** Shared helpers for integration tests that drive the built CLI (built by test/global-setup.ts) as a user would. */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/paths.js';

export const FASHION_MNIST = process.env.MOQLAB_FASHION_MNIST ?? '/usr/share/datasets/fashion-mnist';
export const hasFashionMnist = existsSync(join(FASHION_MNIST, 'train-images-idx3-ubyte.gz'));
export const SHARED_DATA = join(packageRoot(), '..', 'shared', 'data');
export const hasSharedData = existsSync(join(SHARED_DATA, 'glue'));

export const CLI = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');

export function tempDir(prefix = 'moqlab-it-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface CliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function startCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<CliResult>((resolve) => child.on('exit', (status, signal) => resolve({ status, signal, stdout, stderr })));
  return { child, done };
}

export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return startCli(args, cwd, env).done;
}
