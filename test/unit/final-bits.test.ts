/** Issue 12 §5: each arm's final bits predicted before training, the warning per arm, and --require-target. */
import { describe, expect, it } from 'vitest';
import { EXIT_STATUS } from '../../src/cli/exit.js';
import { ErrorCode, isMoqlabError } from '../../src/errors.js';
import { type FinalBits, TargetOutcome, endsAboveTarget, finalBitsWarning, formatBits, predictFinalBits, requireTarget } from '../../src/schedule/final-bits.js';
import { Arm } from '../../src/schedule/moq.js';
import { quantized, scheduleOptions } from './schedule-fixtures.js';

// 12 → 8 bits with period 10: drops at steps 10, 20, 40 and 80 (SEMANTICS.md §3).
const big = quantized('big', { numel: 300 });
const small = quantized('small', { numel: 100, index: 1 });
const inBlock = (tensor: string) => (tensor === 'big' ? 5 : 1);

function predict(arm: Arm, totalSteps: number, overrides: Parameters<typeof scheduleOptions>[0] = {}): FinalBits {
  return predictFinalBits([big, small], scheduleOptions({ arm, ...overrides }), totalSteps, arm === Arm.MoqEigen ? inBlock : undefined)!;
}

function refusal(predictions: FinalBits[]): unknown {
  try {
    requireTarget(predictions);
    return null;
  } catch (e) {
    return e;
  }
}

describe('predictFinalBits', () => {
  it('sees a schedule that reaches its target within the run, and says nothing', () => {
    const p = predict(Arm.Moq, 100);
    expect(p).toMatchObject({ arm: Arm.Moq, outcome: TargetOutcome.Reached, tensors: 2, aboveTarget: 0, finalBits: 8, targetBits: 8, targetStep: 80, totalSteps: 100, worstCase: null });
    expect(finalBitsWarning(p)).toBeNull();
  });

  it('predicts the bits a short run ends with, and when the last drop would come', () => {
    const p = predict(Arm.Moq, 60);
    expect(p).toMatchObject({ outcome: TargetOutcome.Missed, aboveTarget: 2, finalBits: 9, targetBits: 8, targetStep: 80 });
    expect(finalBitsWarning(p)).toBe(
      'moq arm ends above its target bits: 2 of 2 quantized tensors are still above target when the run ends at step 60, at 9 mean bits against the 8 bits basic-qat trains at; ' +
        'the last drop to target would come at step 80; train at least 80 steps or lower quantize_period; --require-target refuses such a run instead of training it',
    );
  });

  it('weighs the final and target bits by tensor size', () => {
    const p = predictFinalBits([big, quantized('late', { numel: 100, index: 1, targetBits: 10, period: 50 })], scheduleOptions(), 60)!;
    // big ends at 9 bits (its 8 would come at 80), late at 11 (its 10 would come at 100).
    expect(p).toMatchObject({ aboveTarget: 2, finalBits: (9 * 300 + 11 * 100) / 400, targetBits: (8 * 300 + 10 * 100) / 400, targetStep: 100 });
  });

  it('sees a schedule_offset that leaves the run unquantized', () => {
    const p = predict(Arm.Moq, 50, { scheduleOffset: 100 });
    expect(p).toMatchObject({ outcome: TargetOutcome.NeverQuantized, aboveTarget: 2, finalBits: null, quantizationStartStep: 101, targetStep: 180 });
    expect(finalBitsWarning(p)).toBe(
      'moq arm never quantizes: quantization starts at step 101 but the run ends at step 50, so its 2 tensors train at full precision against the 8 bits basic-qat trains at; ' +
        'lower schedule_offset or train longer; --require-target refuses such a run instead of training it',
    );
  });

  it('has basic-qat at its target from step 1, and no prediction for the baseline', () => {
    expect(predict(Arm.BasicQat, 1)).toMatchObject({ outcome: TargetOutcome.Reached, finalBits: 8, targetStep: 1 });
    expect(predictFinalBits([big], scheduleOptions({ arm: Arm.Baseline }), 10)).toBeNull();
  });

  it('calls moq-eigen at risk when only large eigenvalue factors would keep it above target', () => {
    const p = predict(Arm.MoqEigen, 100);
    // Factor 5 in big's block: drops at 10, 100, 1000, 10000, so big ends at 10 bits.
    expect(p).toMatchObject({ outcome: TargetOutcome.AtRisk, aboveTarget: 0, finalBits: 8, targetStep: 80, worstCase: { aboveTarget: 1, finalBits: (10 * 300 + 8 * 100) / 400, targetStep: 10_000 } });
    expect(endsAboveTarget(p)).toBe(false);
    expect(finalBitsWarning(p)).toBe(
      'moq-eigen arm may end above target if eigenvalue factors stretch the schedule: with factor 1 every tensor is at target from step 80 and the run ends at step 100, ' +
        'but with the largest factor on every block 1 of 2 would still be above target, at 9.5 mean bits against the 8 bits basic-qat trains at ' +
        '(the last drop to target would come at step 10000); the factors are measured while training, so check the final bits after it, or train longer or lower quantize_period',
    );
  });

  it('calls moq-eigen late with factor 1 a lower bound', () => {
    const p = predict(Arm.MoqEigen, 60);
    expect(p.outcome).toBe(TargetOutcome.Missed);
    expect(finalBitsWarning(p)).toMatch(/^moq-eigen arm ends above its target bits even with eigenvalue factor 1 \(measured factors can only delay the drops further\): 2 of 2/);
  });

  it('says when no run could ever reach the target, instead of overflowing the step count', () => {
    // Factor 5 multiplies the threshold tenfold per drop: 15 drops from period 1000 pass 2^53 steps.
    const wide = quantized('wide', { startBits: 16, targetBits: 1, period: 1000 });
    const p = predictFinalBits([wide], scheduleOptions({ arm: Arm.MoqEigen }), 100_000, () => 5)!;
    expect(p.worstCase).toMatchObject({ aboveTarget: 1, targetStep: null });
    expect(p.targetStep).toBe(1000 * 2 ** 14);
  });
});

describe('--require-target', () => {
  it('refuses, as a config error (exit 2), every arm predicted to end above target and only those', () => {
    const e = refusal([predict(Arm.BasicQat, 60), predict(Arm.Moq, 60), predict(Arm.MoqEigen, 100), predict(Arm.Moq, 50, { scheduleOffset: 100 })]);
    expect(isMoqlabError(e, ErrorCode.ConfigInvalid)).toBe(true);
    expect(EXIT_STATUS[ErrorCode.ConfigInvalid]).toBe(2);
    expect((e as Error).message).toBe('--require-target: moq (9 bits), moq (unquantized) would end above the 8 target bits basic-qat trains at');
  });

  it('lets arms at their target through, moq-eigen at risk included', () => {
    expect(refusal([predict(Arm.BasicQat, 100), predict(Arm.Moq, 100), predict(Arm.MoqEigen, 100)])).toBeNull();
  });
});

describe('formatBits', () => {
  it('prints at most two decimals and no trailing zeros', () => {
    expect([8, 6.5, 5.875, 4.000001].map(formatBits)).toEqual(['8', '6.5', '5.88', '4']);
  });
});
