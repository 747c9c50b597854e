/** The golden cases of SEMANTICS.md §3, in both semantics, through the state machine and the predictor. */
import { describe, expect, it } from 'vitest';
import { Semantics } from '../../src/config/quantization-enums.js';
import { type FactorOf, MoqSchedule } from '../../src/schedule/moq.js';
import { predictTimeline, toPlanJson } from '../../src/schedule/timeline.js';
import { quantized, scheduleOptions } from './schedule-fixtures.js';

// SEMANTICS.md §3, default mode, verbatim.
const MOQLAB_GOLDEN = `
| 12→8, 10, 0 | 1 | 10→11, 20→10, 40→9, 80→8 |
| 12→8, 10, 0 | 3 | 10→11, 60→10, 360→9, 2160→8 |
| 12→8, 10, 100 | 1 | 110→11, 120→10, 140→9, 180→8 |
| 12→8, 10, 0 | 2, then 1, then 4 | 10→11, 40→10, 80→9, 640→8 |
| 16→4, 4, 0 | 5 | 4→15, 40→14, 400→13, 4000→12, 40000→11 |
`;

interface GoldenCase {
  row: string;
  startBits: number;
  targetBits: number;
  period: number;
  offset: number;
  /** Factor of the i-th drop; the last one holds for later drops. */
  factors: number[];
  drops: Array<{ step: number; bits: number }>;
}

function parseGolden(table: string): GoldenCase[] {
  return table
    .trim()
    .split('\n')
    .map((row) => {
      const [config, factors, drops] = row.split('|').slice(1, 4).map((cell) => cell.trim()) as [string, string, string];
      const [bits, period, offset] = config.split(', ') as [string, string, string];
      const [startBits, targetBits] = bits.split('→').map(Number) as [number, number];
      return {
        row,
        startBits,
        targetBits,
        period: Number(period),
        offset: Number(offset),
        factors: factors.split(', then ').map(Number),
        drops: drops.split(', ').map((drop) => {
          const [step, newBits] = drop.split('→').map(Number) as [number, number];
          return { step, bits: newBits };
        }),
      };
    });
}

const factorsOf =
  (factors: readonly number[]): FactorOf =>
  (_tensor, dropIndex) =>
    factors[Math.min(dropIndex, factors.length - 1)]!;

describe('golden cases, moqlab semantics', () => {
  const cases = parseGolden(MOQLAB_GOLDEN);

  it('parses the whole table', () => {
    expect(cases).toHaveLength(5);
    expect(cases[3]!.factors).toEqual([2, 1, 4]);
  });

  for (const golden of cases) {
    const tensor = quantized('w', { startBits: golden.startBits, targetBits: golden.targetBits, period: golden.period });
    const options = scheduleOptions({ scheduleOffset: golden.offset });
    const factor = factorsOf(golden.factors);
    const lastStep = golden.drops.at(-1)!.step;

    it(`drops at the table's steps: ${golden.row}`, () => {
      const schedule = new MoqSchedule([tensor], options);
      const drops = schedule.advanceTo(lastStep, factor);
      expect(drops.map((d) => ({ step: d.step, bits: d.toBits }))).toEqual(golden.drops);
      // Thresholds are absolute counter values: T ← 2·T·f from T = period.
      let threshold = golden.period;
      drops.forEach((drop, i) => {
        threshold *= 2 * factor('w', i);
        expect(drop).toMatchObject({ tensor: 'w', fromBits: golden.startBits - i, threshold, factor: factor('w', i), mixRatio: 0 });
      });
    });

    it(`writes the new bits first at the table's step: ${golden.row}`, () => {
      const schedule = new MoqSchedule([tensor], options);
      let bits = golden.startBits;
      for (const drop of golden.drops) {
        schedule.advanceTo(drop.step - 2, factor);
        expect(schedule.planForNextStep(factor)[0]?.bits ?? null).toBe(drop.step - 1 > golden.offset ? bits : null);
        expect(schedule.dropsDueAtNextStep()).toEqual([]);
        schedule.advanceTo(drop.step - 1, factor);
        expect(schedule.dropsDueAtNextStep()).toEqual(['w']);
        expect(schedule.planForNextStep(factor)).toEqual([{ name: 'w', bits: drop.bits, mixing: false, mixCount: 0, changeRatio: 0 }]);
        bits = drop.bits;
      }
    });

    it(`predicts the table exactly: ${golden.row}`, () => {
      const json = toPlanJson(predictTimeline([tensor], options, lastStep, factor));
      expect(Object.keys(json).slice(0, 2)).toEqual(['layers', 'warnings']);
      expect(json.layers).toEqual([{ name: 'w', drops: golden.drops }]);
      const reachesTarget = golden.drops.at(-1)!.bits === golden.targetBits;
      expect(json.warnings).toEqual(reachesTarget ? [] : [expect.stringMatching(/^w reaches /)]);
      expect(json.allAtTargetStep).toBe(reachesTarget ? lastStep : null);
      expect(json.quantizationStartStep).toBe(golden.offset + 1);
    });
  }

  it('warns with the next drop when the run ends above target (16→4, f=5)', () => {
    const golden = cases[4]!;
    const tensor = quantized('w', { startBits: 16, targetBits: 4, period: 4 });
    const timeline = predictTimeline([tensor], scheduleOptions(), 40000, factorsOf(golden.factors));
    expect(timeline.warnings).toEqual(['w reaches 11 bits at step 40000 and would need step 400000 for 10; the run ends at 40000; lower quantize_period or train longer']);
  });
});

/**
 * SEMANTICS.md §3, deepspeed-legacy (12→8, period 10, offset 0):
 * - eigenvalues off (Δ = 6): drops after optimizer steps 2, 4, 7, 14 (8 bits from step 14).
 * - eigenvalues on, layer_num 12 (Δ = 72), a block with 6 weight matrices, factor 1: at step 1 the
 *   block's 1st/2nd/3rd matrices drop it to 11/10/9 bits (matrices 4–6 written at 9), step 2 → 8.
 *   Factor 3: step 1 → 11 then 10; step 5 → 9; step 30 → 8.
 */
describe('golden cases, deepspeed-legacy semantics', () => {
  const legacy = scheduleOptions({ semantics: Semantics.DeepspeedLegacy });
  const block = ['q', 'k', 'v', 'o', 'i', 'out'].map((name, index) => quantized(`layer.0.${name}.weight`, { index }));
  const inBlock = Object.fromEntries(block.map((tensor) => [tensor.name, '0']));
  const withEigenvalues = scheduleOptions({ semantics: Semantics.DeepspeedLegacy, legacyLayerNum: 12, legacyBlocks: inBlock });
  const factor3: FactorOf = () => 3;

  function bitsAt(schedule: MoqSchedule, step: number, factor?: FactorOf): number[] {
    schedule.advanceTo(step - 1, factor);
    return schedule.planForNextStep(factor).map((entry) => entry.bits);
  }

  it('without eigenvalues (Δ = 6) all tensors drop after steps 2, 4, 7, 14', () => {
    const tensors = [quantized('a', { index: 0 }), quantized('b', { index: 1 })];
    const drops = new MoqSchedule(tensors, legacy).advanceTo(20);
    // One shared state: the first tensor visited makes each drop.
    expect(drops.map((d) => [d.step, d.tensor, d.toBits])).toEqual([
      [2, 'a', 11],
      [4, 'a', 10],
      [7, 'a', 9],
      [14, 'a', 8],
    ]);
    const expected = [2, 4, 7, 14].map((step, i) => ({ step, bits: 11 - i }));
    expect(toPlanJson(predictTimeline(tensors, legacy, 20)).layers).toEqual([
      { name: 'a', drops: expected },
      { name: 'b', drops: expected },
    ]);
  });

  it('with eigenvalues (Δ = 72), factor 1: a cascade 11/10/9 at step 1, 8 at step 2', () => {
    const schedule = new MoqSchedule(block, withEigenvalues);
    expect(bitsAt(schedule, 1)).toEqual([11, 10, 9, 9, 9, 9]);
    expect(bitsAt(schedule, 2)).toEqual([8, 8, 8, 8, 8, 8]);
    const drops = new MoqSchedule(block, withEigenvalues).advanceTo(10);
    expect(drops.map((d) => [d.step, d.tensor, d.fromBits, d.toBits, d.threshold])).toEqual([
      [1, 'layer.0.q.weight', 12, 11, 20],
      [1, 'layer.0.k.weight', 11, 10, 40],
      [1, 'layer.0.v.weight', 10, 9, 80],
      [2, 'layer.0.q.weight', 9, 8, 160],
    ]);
    const json = toPlanJson(predictTimeline(block, withEigenvalues, 10));
    expect(json.layers).toEqual([
      { name: 'layer.0.q.weight', drops: [{ step: 1, bits: 11 }, { step: 2, bits: 8 }] },
      { name: 'layer.0.k.weight', drops: [{ step: 1, bits: 10 }, { step: 2, bits: 8 }] },
      ...block.slice(2).map((tensor) => ({ name: tensor.name, drops: [{ step: 1, bits: 9 }, { step: 2, bits: 8 }] })),
    ]);
    expect(json.warnings).toEqual([]);
  });

  it('with eigenvalues (Δ = 72), factor 3: 11 then 10 at step 1, 9 at step 5, 8 at step 30', () => {
    const schedule = new MoqSchedule(block, withEigenvalues);
    expect(bitsAt(schedule, 1, factor3)).toEqual([11, 10, 10, 10, 10, 10]);
    // The cascade settles: the next step writes every matrix at the block's bits.
    expect(bitsAt(schedule, 2, factor3)).toEqual([10, 10, 10, 10, 10, 10]);
    expect(bitsAt(schedule, 4, factor3)).toEqual([10, 10, 10, 10, 10, 10]);
    expect(bitsAt(schedule, 5, factor3)).toEqual([9, 9, 9, 9, 9, 9]);
    expect(bitsAt(schedule, 29, factor3)).toEqual([9, 9, 9, 9, 9, 9]);
    expect(bitsAt(schedule, 30, factor3)).toEqual([8, 8, 8, 8, 8, 8]);
    const json = toPlanJson(predictTimeline(block, withEigenvalues, 40, factor3));
    expect(json.layers).toEqual([
      { name: 'layer.0.q.weight', drops: [{ step: 1, bits: 11 }, { step: 2, bits: 10 }, { step: 5, bits: 9 }, { step: 30, bits: 8 }] },
      ...block.slice(1).map((tensor) => ({ name: tensor.name, drops: [{ step: 1, bits: 10 }, { step: 5, bits: 9 }, { step: 30, bits: 8 }] })),
    ]);
    expect(json.allAtTargetStep).toBe(30);
  });

  it('never writes a tensor at another state’s bits (DeepSpeed ≤ 0.6 wrote layer 0’s on non-drop steps)', () => {
    const two = [...block.slice(0, 2), ...block.slice(0, 2).map((tensor, i) => ({ ...tensor, name: `layer.1.${i}.weight`, index: 10 + i, period: 10 }))];
    const blocks = { [two[0]!.name]: '0', [two[1]!.name]: '0', [two[2]!.name]: '1', [two[3]!.name]: '1' };
    const factorByBlock: FactorOf = (tensor) => (blocks[tensor] === '0' ? 5 : 1);
    const schedule = new MoqSchedule(two, scheduleOptions({ semantics: Semantics.DeepspeedLegacy, legacyLayerNum: 2, legacyBlocks: blocks }));
    // Δ = 12. Block 0 (f=5): 12 ≥ 10 → 11, T=100. Block 1 (f=1): 12 ≥ 10 → 11, T=20; the 2nd visit: 12 < 20.
    expect(bitsAt(schedule, 1, factorByBlock)).toEqual([11, 11, 11, 11]);
    // Step 2 (counter 24): block 1 drops (24 ≥ 20 → 10, T=40), block 0 stays at 11.
    expect(bitsAt(schedule, 2, factorByBlock)).toEqual([11, 11, 10, 10]);
    expect(bitsAt(schedule, 3, factorByBlock)).toEqual([11, 11, 10, 10]);
  });
});
