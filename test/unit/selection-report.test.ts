/** The text of what quantization leaves out: `moqlab plan`'s section and `moqlab train`'s configure-time note. */
import { describe, expect, it } from 'vitest';
import { PLAN_LIMITS, formatLeftOut, formatSelectionNote } from '../../src/report/selection.js';
import { SkipReason, type SkippedTensor } from '../../src/schedule/selection.js';

const skip = (name: string, shape: number[], reason: SkipReason, regex: string | null = null): SkippedTensor => ({ name, shape, reason, regex });
const biases = (count: number) => Array.from({ length: count }, (_, i) => skip(`layer.${i}.bias`, [16], SkipReason.FewerThanTwoDims));

describe('formatLeftOut', () => {
  it('says so when nothing is left out', () => {
    expect(formatLeftOut([])).toEqual({ summary: 'no tensor is left out of quantization', details: [] });
  });

  it('lists a short list whole, biases included', () => {
    const { summary, details } = formatLeftOut([skip('rnn.bias_ih_l0', [48], SkipReason.FewerThanTwoDims), skip('cls_token', [1, 1, 16], SkipReason.VectorShaped)]);
    expect(summary).toBe('2 tensors left out of quantization: 1 with fewer than 2 dimensions (biases, norms), 1 vector-shaped (one dimension above 1)');
    expect(details).toEqual([
      '  tensor          shape       why',
      `  --------------  ----------  ${'-'.repeat(93)}`,
      '  rnn.bias_ih_l0  [48]        1-D (a bias, norm or scalar): never quantized',
      '  cls_token       [1, 1, 16]  only one dimension above 1 (a token, gain or scale vector); name it in include to quantize it',
    ]);
  });

  it('in a long list, counts the biases and norms and lists every other tensor', () => {
    const skipped = [...biases(PLAN_LIMITS.whole), skip('encoder.self_attn.in_proj_weight', [48, 16], SkipReason.Excluded, 'in_proj')];
    const { summary, details } = formatLeftOut(skipped);
    expect(summary).toBe("13 tensors left out of quantization: 12 with fewer than 2 dimensions (biases, norms), 1 excluded by 'in_proj'");
    expect(details.slice(2)).toEqual(["  encoder.self_attn.in_proj_weight  [48, 16]  excluded by regex 'in_proj'"]);
    expect(formatLeftOut(biases(PLAN_LIMITS.whole + 1)).details).toEqual([]);
  });
});

describe("moqlab train's note", () => {
  it('says how much is quantized, counts what is left out and lists a few tensors, never the biases', () => {
    const frozen = Array.from({ length: 11 }, (_, i) => skip(`frozen.${i}.weight`, [8, 8], SkipReason.NotTrainable));
    const note = formatSelectionNote(9, 1234, [...frozen, ...biases(3)]).split('\n');
    expect(note[0]).toBe('quantizing 9 tensors (1234 parameters); 14 tensors left out of quantization: 11 not trainable, 3 with fewer than 2 dimensions (biases, norms)');
    expect(note).toHaveLength(1 + 2 + 10 + 1);
    expect(note.slice(3, -1).every((line) => line.includes('frozen.'))).toBe(true);
    expect(note.at(-1)).toBe('  (1 more tensor not listed: `moqlab plan CONFIG --json` lists every one with its reason)');
    expect(formatSelectionNote(2, 100, biases(2))).toBe('quantizing 2 tensors (100 parameters); 2 tensors left out of quantization: 2 with fewer than 2 dimensions (biases, norms)');
    expect(formatSelectionNote(1, 1, [])).toBe('quantizing 1 tensor (1 parameter); no tensor is left out of quantization');
  });
});
