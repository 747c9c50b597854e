/**
 * Builds dist/ once, before any test file runs: integration tests spawn the built CLI, and a build
 * per test file would rewrite dist/ while another file's CLI is loading it (parallel workers).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { packageRoot } from '../src/paths.js';

export default function setup(): void {
  execFileSync(process.execPath, [join(packageRoot(), 'scripts', 'build.mjs')], { stdio: 'inherit' });
}
