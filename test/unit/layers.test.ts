/**
 * The import rules of ARCHITECTURE.md, read from the source (issue 13 §4): imports point down, the pure
 * cores (config, schedule, eigen) touch no I/O, tracking knows no workers or sockets, report reads the
 * store only. A new upward import fails here.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';

const SRC = join(packageRoot(), 'src');

/** Shared leaves any layer may import. */
const LEAVES = ['errors', 'paths', 'processes'];

/** What each top-level folder of src/ may import besides itself and the leaves. */
const ALLOWED: Record<string, readonly string[]> = {
  index: ['*'],
  cli: ['*'],
  experiment: ['worker', 'protocol', 'transport', 'tracking', 'schedule', 'eigen', 'config', 'report', 'bridge'],
  report: ['tracking', 'schedule', 'eigen', 'config'],
  tracking: ['config'],
  worker: ['protocol', 'transport'],
  protocol: ['transport'],
  transport: [],
  bridge: [],
  schedule: ['config', 'eigen'],
  eigen: ['config'],
  config: [],
};

/** Modules whose import means I/O, which the pure cores must not make. */
const IO_MODULES = /^(node:)?(fs|child_process|net|http|https|dgram|worker_threads)(\/|$)|^zeromq|^better-sqlite3|^pythonia/;
const PURE = ['config', 'schedule', 'eigen'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gen' ? [] : sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** The top-level folder (or root file stem) of src/ that `path` is in. */
function layerOf(path: string): string {
  const first = relative(SRC, path).split(sep)[0]!;
  return first.replace(/\.(ts|js)$/, '');
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/g), ...text.matchAll(/import\(\s*'([^']+)'\s*\)/g)].map((m) => m[1]!);
}

describe('the import rules of ARCHITECTURE.md', () => {
  const files = sources(SRC);

  it('finds the source it checks', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(Object.keys(ALLOWED).sort()).toEqual([...new Set(files.map(layerOf))].filter((l) => !LEAVES.includes(l)).sort());
  });

  it('imports only point down', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = layerOf(file);
      const allowed = ALLOWED[from] ?? [];
      for (const spec of importsOf(file).filter((s) => s.startsWith('.'))) {
        const to = layerOf(resolve(dirname(file), spec));
        if (to === from || LEAVES.includes(to) || allowed.includes('*') || allowed.includes(to)) continue;
        upward.push(`${relative(SRC, file).split(sep).join('/')} -> ${to}`);
      }
    }
    expect([...new Set(upward)]).toEqual([]);
  });

  it('the pure cores import nothing with I/O', () => {
    const io = files
      .filter((f) => PURE.includes(layerOf(f)))
      .flatMap((f) => importsOf(f).filter((s) => IO_MODULES.test(s)).map((s) => `${relative(SRC, f)} imports ${s}`));
    expect(io).toEqual([]);
  });

  it('tracking knows no workers or sockets, and report no workers', () => {
    const bad = files
      .filter((f) => ['tracking', 'report'].includes(layerOf(f)))
      .flatMap((f) => importsOf(f).filter((s) => /zeromq|\/(worker|transport|protocol)\//.test(s)).map((s) => `${relative(SRC, f)} imports ${s}`));
    expect(bad).toEqual([]);
  });
});
