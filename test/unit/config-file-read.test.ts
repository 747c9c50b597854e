// Issue 14 §3: what is not a config is refused with a clear error before it costs memory or a stack.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorCode, type MoqlabError } from '../../src/errors.js';
import { MAX_CONFIG_BYTES, readExperimentConfig, readJsonFile } from '../../src/experiment/config-file.js';
import { thrown } from './thrown.js';

const dir = mkdtempSync(join(tmpdir(), 'moqlab-config-read-'));

describe('reading a config file', () => {
  it('refuses a device or a directory without reading it', () => {
    for (const path of ['/dev/zero', dir]) {
      const error = thrown<MoqlabError>(() => readJsonFile(path, 'config'));
      expect(error?.code).toBe(ErrorCode.ConfigInvalid);
      expect(error?.message).toBe(`config ${path} is not a regular file`);
    }
  });

  it('refuses a file larger than a config could be', () => {
    const path = join(dir, 'huge.json');
    writeFileSync(path, `{"name": "x", "pad": "${' '.repeat(MAX_CONFIG_BYTES)}"}`);
    const error = thrown<MoqlabError>(() => readExperimentConfig(path));
    expect(error?.code).toBe(ErrorCode.ConfigInvalid);
    expect(error?.message).toMatch(new RegExp(`^config ${path} is \\d+ bytes; a config is at most ${MAX_CONFIG_BYTES} bytes$`));
  });

  it('refuses nesting no config has, before a recursive walk could overflow on it', () => {
    const path = join(dir, 'deep.json');
    writeFileSync(path, `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`);
    const error = thrown<MoqlabError>(() => readExperimentConfig(path));
    expect(error?.code).toBe(ErrorCode.ConfigInvalid);
    expect(error?.message).toBe(`${path} nests objects and arrays more than 64 levels deep`);
  });
});
