// The README's configuration examples must be configs moqlab accepts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveExperimentConfig } from '../../src/config/index.js';
import { packageRoot } from '../../src/paths.js';

const readme = readFileSync(join(packageRoot(), 'README.md'), 'utf8');

function jsoncBlockAfter(heading: string): string {
  const from = readme.indexOf(heading);
  expect(from, `README has a "${heading}" section`).toBeGreaterThanOrEqual(0);
  const start = readme.indexOf('```jsonc', from) + '```jsonc'.length;
  return readme.slice(start, readme.indexOf('```', start));
}

describe('README', () => {
  it('shows an experiment config template that validates, with every default', () => {
    const config = resolveExperimentConfig(JSON.parse(jsoncBlockAfter('## Experiment configs')), { baseDir: '/x' });
    expect(config.training.batch_size).toBe(64);
    expect(config.distributed.nproc_per_node).toBe(1);
    expect(config.quantization).toBeNull();
  });

  it('shows a quantize_training section that validates', () => {
    const section = JSON.parse(`{${jsoncBlockAfter('## Quantization (MoQ)')}}`) as Record<string, unknown>;
    const config = resolveExperimentConfig({ model: { name: 'cnn' }, data: { name: 'fashion-mnist' }, ...section }, { baseDir: '/x' });
    expect(config.quantization?.groups[0]).toMatchObject({ startBits: 8, targetBits: 2, period: 10 });
  });
});
