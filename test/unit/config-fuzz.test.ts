// Issue 14 §6: the config loader on random and mutated inputs (bounded, seeded). Every input either
// resolves or fails with a typed CONFIG_INVALID error: no TypeError, RangeError or stack overflow.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveExperimentConfig } from '../../src/config/index.js';
import { ErrorCode, isMoqlabError } from '../../src/errors.js';
import { packageRoot } from '../../src/paths.js';

const ITERATIONS = 4000;

/** A small deterministic generator (mulberry32), so a failure replays. */
function generator(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_VALUES: unknown[] = [null, true, false, 0, -1, 1.5, 2 ** 32 + 1, 2 ** 53, -0, 1e308, '', 'x', '64', 'fp16', [], {}, [1, 'a'], { a: 1 }, '__proto__', 'constructor'];

function randomValue(rand: () => number, depth = 0): unknown {
  const pick = rand();
  if (depth > 3 || pick < 0.5) return ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)];
  if (pick < 0.75) return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth + 1));
  const keys = ['name', 'model', 'data', 'training', 'quantize_training', 'steps', 'seed', 'lr', 'bits', '__proto__', 'constructor'];
  return Object.fromEntries(Array.from({ length: Math.floor(rand() * 4) }, () => [keys[Math.floor(rand() * keys.length)]!, randomValue(rand, depth + 1)]));
}

/** Replaces one value somewhere in `value` (a deep copy) with a random one. */
function mutate(rand: () => number, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || rand() < 0.2) return randomValue(rand);
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as unknown as Record<string, unknown>) : { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0 || rand() < 0.15) {
    copy[String(randomValue(rand))] = randomValue(rand);
    return copy;
  }
  const key = keys[Math.floor(rand() * keys.length)]!;
  if (rand() < 0.1) delete copy[key];
  else copy[key] = mutate(rand, copy[key]);
  return copy;
}

const examples = readdirSync(join(packageRoot(), 'examples'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(packageRoot(), 'examples', f), 'utf8')) as unknown);

describe('the config loader under fuzzing', () => {
  it('resolves or refuses with CONFIG_INVALID, whatever it is given', () => {
    const rand = generator(14);
    const outcomes = { resolved: 0, refused: 0 };
    for (let i = 0; i < ITERATIONS; i++) {
      const input = i % 4 === 0 ? randomValue(rand) : mutate(rand, examples[Math.floor(rand() * examples.length)]);
      try {
        resolveExperimentConfig(input, { baseDir: '/fuzz' });
        outcomes.resolved += 1;
      } catch (e) {
        if (!isMoqlabError(e, ErrorCode.ConfigInvalid)) throw new Error(`input ${JSON.stringify(input)} threw ${String(e)}`, { cause: e });
        outcomes.refused += 1;
      }
    }
    expect(outcomes.resolved).toBeGreaterThan(100);
    expect(outcomes.refused).toBeGreaterThan(100);
  });
});
