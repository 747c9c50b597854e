/** predictTimeline and the `moqlab plan --json` shape beyond the golden tables. */
import { describe, expect, it } from 'vitest';
import { Semantics } from '../../src/config/quantization-enums.js';
import { ErrorCode, isMoqlabError } from '../../src/errors.js';
import { Arm } from '../../src/schedule/moq.js';
import { groupIdenticalLayers, predictTimeline, toPlanJson } from '../../src/schedule/timeline.js';
import { quantized, scheduleOptions } from './schedule-fixtures.js';

describe('predictTimeline', () => {
  const big = quantized('big', { numel: 300 });
  const small = quantized('small', { numel: 100, period: 5, targetBits: 10, index: 1 });

  it('prints the spec’d keys first, then the extras', () => {
    const json = toPlanJson(predictTimeline([big], scheduleOptions(), 80));
    expect(Object.keys(json)).toEqual(['layers', 'warnings', 'averageBits', 'allAtTargetStep', 'totalSteps', 'quantizationStartStep', 'arm', 'semantics']);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('averages bits weighted by tensor size at every change, and finds when all reach target', () => {
    const timeline = predictTimeline([big, small], scheduleOptions(), 100);
    expect(timeline.averageBits).toEqual([
      { step: 1, bits: 12 },
      { step: 5, bits: (12 * 300 + 11 * 100) / 400 },
      { step: 10, bits: (11 * 300 + 10 * 100) / 400 },
      { step: 20, bits: (10 * 300 + 10 * 100) / 400 },
      { step: 40, bits: (9 * 300 + 10 * 100) / 400 },
      { step: 80, bits: (8 * 300 + 10 * 100) / 400 },
    ]);
    expect(timeline.allAtTargetStep).toBe(80);
    expect(timeline.warnings).toEqual([]);
    expect(timeline.layers.map((layer) => layer.afterRun)).toEqual([null, null]);
  });

  it('warns per tensor that misses its target, with its next drop', () => {
    const timeline = predictTimeline([big, quantized('late', { period: 100, index: 1 })], scheduleOptions(), 60);
    expect(timeline.warnings).toEqual([
      'big reaches 9 bits at step 40 and would need step 80 for 8; the run ends at 60; lower quantize_period or train longer',
      'late stays at 12 bits from step 1 and would need step 100 for 11; the run ends at 60; lower quantize_period or train longer',
    ]);
    expect(timeline.layers.map((layer) => layer.afterRun)).toEqual([
      { step: 80, bits: 8 },
      { step: 100, bits: 11 },
    ]);
    expect(timeline.allAtTargetStep).toBeNull();
  });

  it('says once when quantization never starts within the run', () => {
    const timeline = predictTimeline([big, small], scheduleOptions({ scheduleOffset: 100 }), 100);
    expect(toPlanJson(timeline)).toMatchObject({
      layers: [
        { name: 'big', drops: [] },
        { name: 'small', drops: [] },
      ],
      warnings: ['quantization starts at step 101 but the run ends at 100: no tensor is quantized; lower schedule_offset or train longer'],
      averageBits: [],
      allAtTargetStep: null,
      quantizationStartStep: 101,
    });
  });

  it('a run ending on a drop step includes the drop', () => {
    expect(toPlanJson(predictTimeline([big], scheduleOptions(), 20)).layers[0]!.drops).toEqual([
      { step: 10, bits: 11 },
      { step: 20, bits: 10 },
    ]);
  });

  it('basic-qat: target bits from step 1, no drops; baseline: nothing', () => {
    const qat = predictTimeline([big, small], scheduleOptions({ arm: Arm.BasicQat, scheduleOffset: 50 }), 30);
    expect(toPlanJson(qat)).toMatchObject({
      layers: [
        { name: 'big', drops: [] },
        { name: 'small', drops: [] },
      ],
      warnings: [],
      averageBits: [{ step: 1, bits: (8 * 300 + 10 * 100) / 400 }],
      allAtTargetStep: 1,
      quantizationStartStep: 1,
    });
    expect(qat.layers.map((layer) => layer.initialBits)).toEqual([8, 10]);
    expect(toPlanJson(predictTimeline([big], scheduleOptions({ arm: Arm.Baseline }), 30))).toMatchObject({
      layers: [],
      warnings: [],
      averageBits: [],
      allAtTargetStep: null,
      quantizationStartStep: null,
    });
  });

  it('legacy cascades and their settling step are changes of written bits', () => {
    const block = ['a', 'b'].map((name, index) => quantized(name, { index }));
    const options = scheduleOptions({ semantics: Semantics.DeepspeedLegacy, legacyLayerNum: 12, legacyBlocks: { a: '0', b: '0' } });
    const timeline = predictTimeline(block, options, 3, () => 3);
    // Step 1 (counter 72): a → 11 (T 60), b → 10 (T 360); step 2 writes a at 10 too.
    expect(toPlanJson(timeline).layers).toEqual([
      { name: 'a', drops: [{ step: 1, bits: 11 }, { step: 2, bits: 10 }] },
      { name: 'b', drops: [{ step: 1, bits: 10 }] },
    ]);
    expect(timeline.averageBits).toEqual([
      { step: 1, bits: 10.5 },
      { step: 2, bits: 10 },
    ]);
    expect(timeline.warnings).toEqual([
      'a reaches 10 bits at step 2 and would need step 5 for 9; the run ends at 3; lower quantize_period or train longer',
      'b reaches 10 bits at step 1 and would need step 5 for 9; the run ends at 3; lower quantize_period or train longer',
    ]);
  });

  it('passes the drop index to the factors', () => {
    const calls: Array<[string, number]> = [];
    predictTimeline([big], scheduleOptions(), 1000, (tensor, dropIndex) => {
      calls.push([tensor, dropIndex]);
      return 1;
    });
    expect([...new Set(calls.map((call) => call.join(' ')))]).toEqual(['big 0', 'big 1', 'big 2', 'big 3']);
  });

  it('rejects a negative or fractional run length', () => {
    for (const steps of [-1, 1.5]) {
      let error: unknown;
      try {
        predictTimeline([big], scheduleOptions(), steps);
      } catch (e) {
        error = e;
      }
      expect(isMoqlabError(error, ErrorCode.InvalidArgument)).toBe(true);
    }
  });
});

describe('groupIdenticalLayers', () => {
  it('groups tensors with identical timelines, in order of first appearance', () => {
    const tensors = [quantized('a'), quantized('b', { period: 20, index: 1 }), quantized('c', { index: 2 })];
    const groups = groupIdenticalLayers(predictTimeline(tensors, scheduleOptions(), 100).layers);
    expect(groups.map((group) => group.layers.map((layer) => layer.name))).toEqual([['a', 'c'], ['b']]);
    expect(groups.map((group) => group.timeline.name)).toEqual(['a', 'b']);
  });
});
