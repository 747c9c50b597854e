// The committed codecs must be what scripts/gen-proto.mjs produces from proto/: editing a .proto
// without regenerating fails here.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pb } from '../../src/protocol/messages.js';
import { packageRoot } from '../../src/paths.js';

describe('generated protocol code', () => {
  it('is up to date with proto/moqlab/v1 (run `npm run gen:proto` when this fails)', async () => {
    const { generate, GENERATED } = (await import(join(packageRoot(), 'scripts', 'gen-proto.mjs'))) as {
      generate(out: string): string[];
      GENERATED: string[];
    };
    const out = mkdtempSync(join(tmpdir(), 'moqlab-gen-'));
    generate(out);
    for (const file of GENERATED) {
      const fresh = readFileSync(join(out, file));
      const committed = readFileSync(join(packageRoot(), file));
      expect(fresh.equals(committed), `${file} is stale`).toBe(true);
    }
  });

  it('carries seeds as 64-bit integers, so a seed past 2^32 arrives whole', () => {
    const seed = 2 ** 40 + 3;
    const decoded = pb.ConfigureTraining.decode(pb.ConfigureTraining.encode({ seed }).finish());
    expect(String(decoded.seed)).toBe(String(seed));
  });
});
