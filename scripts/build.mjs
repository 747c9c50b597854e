// Compiles the TypeScript and copies the generated protobuf module, which tsc does not emit.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
execFileSync(join(repo, 'node_modules', '.bin', 'tsc'), ['-p', join(repo, 'tsconfig.json')], { stdio: 'inherit' });
const from = join(repo, 'src', 'protocol', 'gen');
const to = join(repo, 'dist', 'src', 'protocol', 'gen');
mkdirSync(to, { recursive: true });
for (const f of readdirSync(from)) copyFileSync(join(from, f), join(to, f));
chmodSync(join(repo, 'dist', 'src', 'cli', 'main.js'), 0o755);
