/** Where moqlab's own files are, whether running from src/ (tests) or dist/ (the installed CLI). */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'moqlab') {
      root = dir;
      return dir;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('moqlab package root not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

/** The Python worker package's directory (put on PYTHONPATH). */
export function pythonRuntimeDir(): string {
  return join(packageRoot(), 'py_runtime');
}

export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}
