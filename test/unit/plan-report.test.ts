/** `moqlab plan` text and the bits-over-steps SVG chart. */
import { describe, expect, it } from 'vitest';
import { Semantics } from '../../src/config/quantization-enums.js';
import { renderBitsChart } from '../../src/report/bits-chart.js';
import { describeTimeline, formatPlan } from '../../src/report/plan.js';
import { Arm } from '../../src/schedule/moq.js';
import { SkipReason, type SkippedTensor } from '../../src/schedule/selection.js';
import { predictTimeline } from '../../src/schedule/timeline.js';
import { quantized, scheduleOptions } from './schedule-fixtures.js';

/** Twelve identical BERT blocks of three matrices, an embedding and a head with their own schedules. */
function bertLike() {
  const blocks = Array.from({ length: 12 }, (_, layer) =>
    ['query', 'key', 'value'].map((m, i) => quantized(`bert.encoder.layer.${layer}.attention.self.${m}.weight`, { index: 1 + layer * 3 + i, numel: 100 })),
  ).flat();
  return [
    quantized('bert.embeddings.word_embeddings.weight', { index: 0, period: 100, numel: 400 }),
    ...blocks,
    quantized('classifier.weight', { index: 99, startBits: 8, targetBits: 4, period: 30, numel: 400 }),
  ];
}

interface Element {
  name: string;
  attributes: Record<string, string>;
  children: Element[];
  text: string;
}

/**
 * A strict little XML reader: enough to prove the SVG is well-formed (one root, balanced tags,
 * quoted unique attributes, escaped text) and to query its structure.
 */
function parseXml(source: string): Element {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`not well-formed at ${i}: ${why}: ${JSON.stringify(source.slice(i, i + 40))}`);
  };
  const checkEscapes = (text: string) => {
    if (text.includes('<')) fail('raw < in text');
    for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
      const entity = text.slice(at, text.indexOf(';', at) + 1);
      if (!['&amp;', '&lt;', '&gt;', '&quot;', '&apos;'].includes(entity) && !/^&#\d+;$/.test(entity)) fail(`bad entity ${entity}`);
    }
  };
  const isNameChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_:.-]/.test(c);
  const readName = () => {
    const from = i;
    while (isNameChar(source[i])) i++;
    if (i === from) fail('expected a name');
    return source.slice(from, i);
  };
  const skipSpace = () => {
    while (/\s/.test(source[i] ?? '')) i++;
  };
  const readElement = (): Element => {
    if (source[i] !== '<') fail('expected <');
    i++;
    const element: Element = { name: readName(), attributes: {}, children: [], text: '' };
    for (;;) {
      skipSpace();
      if (source.startsWith('/>', i)) {
        i += 2;
        return element;
      }
      if (source[i] === '>') {
        i++;
        break;
      }
      const attribute = readName();
      if (attribute in element.attributes) fail(`duplicate attribute ${attribute}`);
      if (source[i] !== '=' || source[i + 1] !== '"') fail('attribute without a quoted value');
      const end = source.indexOf('"', i + 2);
      if (end < 0) fail('unterminated attribute');
      const value = source.slice(i + 2, end);
      checkEscapes(value);
      element.attributes[attribute] = value;
      i = end + 1;
    }
    for (;;) {
      const next = source.indexOf('<', i);
      if (next < 0) fail(`unclosed <${element.name}>`);
      const text = source.slice(i, next);
      checkEscapes(text);
      element.text += text;
      i = next;
      if (source.startsWith('</', i)) {
        i += 2;
        if (readName() !== element.name) fail(`mismatched </...> for <${element.name}>`);
        if (source[i] !== '>') fail('expected >');
        i++;
        return element;
      }
      element.children.push(readElement());
    }
  };
  skipSpace();
  const root = readElement();
  skipSpace();
  if (i !== source.length) fail('content after the root element');
  return root;
}

function all(element: Element, name: string): Element[] {
  return [...(element.name === name ? [element] : []), ...element.children.flatMap((child) => all(child, name))];
}

const unescape = (text: string) => text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');

/** What selection left out of bertLike(): its biases and norms, and a frozen pooler. */
const SKIPPED: SkippedTensor[] = [
  { name: 'bert.embeddings.LayerNorm.weight', shape: [32], reason: SkipReason.FewerThanTwoDims, regex: null },
  { name: 'bert.pooler.dense.weight', shape: [32, 32], reason: SkipReason.NotTrainable, regex: null },
];

describe('formatPlan', () => {
  it('shows one row per distinct timeline, the mean bits, when all reach target, warnings, and what is left out', () => {
    const text = formatPlan(predictTimeline(bertLike(), scheduleOptions({ scheduleOffset: 100 }), 600), SKIPPED);
    expect(text).toBe(
      [
        'MoQ plan: 38 quantized tensors, moq arm, moqlab semantics, 600 optimizer steps, quantized from step 101',
        '',
        'tensors  first tensor                                      bits from step                                                 at target from',
        '-------  ------------------------------------------------  -------------------------------------------------------------  --------------',
        '      1  bert.embeddings.word_embeddings.weight            12 from 101, 11 from 200, 10 from 300, 9 from 500                           -',
        '     36  bert.encoder.layer.0.attention.self.query.weight  12 from 101, 11 from 110, 10 from 120, 9 from 140, 8 from 180             180',
        '      1  classifier.weight                                 8 from 101, 7 from 130, 6 from 160, 5 from 220, 4 from 340                340',
        '',
        'mean bits, weighted by tensor size:',
        'step  mean bits',
        '----  ---------',
        ' 101    11.6364',
        ' 110    10.8182',
        ' 120         10',
        ' 130    9.90909',
        ' 140    9.09091',
        ' 160          9',
        ' 180    8.18182',
        ' 200    8.09091',
        ' 220          8',
        ' 300    7.90909',
        ' 340    7.81818',
        ' 500    7.72727',
        '',
        'not every tensor reaches its target bits by step 600, the end of the run',
        '',
        'warnings:',
        '  - bert.embeddings.word_embeddings.weight reaches 9 bits at step 500 and would need step 900 for 8; the run ends at 600; lower quantize_period or train longer',
        '',
        '2 tensors left out of quantization: 1 with fewer than 2 dimensions (biases, norms), 1 not trainable',
        '  tensor                            shape     why',
        '  --------------------------------  --------  ---------------------------------------------',
        '  bert.embeddings.LayerNorm.weight  [32]      1-D (a bias, norm or scalar): never quantized',
        '  bert.pooler.dense.weight          [32, 32]  not trainable (requires_grad is false)',
      ].join('\n'),
    );
  });

  it('says every tensor reaches target, and merges the warnings of identical timelines', () => {
    expect(formatPlan(predictTimeline(bertLike(), scheduleOptions(), 1000), [])).toContain('every tensor is at its target bits from step 800');
    const short = formatPlan(predictTimeline(bertLike(), scheduleOptions(), 50), []);
    expect(short.split('warnings:\n')[1]?.split('\n\n')[0]).toBe(
      [
        '  - bert.embeddings.word_embeddings.weight stays at 12 bits from step 1 and would need step 100 for 11; the run ends at 50; lower quantize_period or train longer',
        '  - bert.encoder.layer.0.attention.self.query.weight (and 35 more with the same schedule) reaches 9 bits at step 40 and would need step 80 for 8; the run ends at 50; lower quantize_period or train longer',
        '  - classifier.weight reaches 7 bits at step 30 and would need step 60 for 6; the run ends at 50; lower quantize_period or train longer',
      ].join('\n'),
    );
  });

  it('leaves out bits a legacy cascade never writes', () => {
    const block = ['q', 'k'].map((name, index) => quantized(name, { index }));
    const timeline = predictTimeline(block, scheduleOptions({ semantics: Semantics.DeepspeedLegacy, legacyLayerNum: 12, legacyBlocks: { q: '0', k: '0' } }), 10);
    expect(timeline.layers.map((layer) => describeTimeline(layer, 1))).toEqual(['11 from 1, 9 from 2, 8 from 3', '10 from 1, 8 from 2']);
  });

  it('baseline, and a run that ends before quantization starts', () => {
    expect(formatPlan(predictTimeline(bertLike(), scheduleOptions({ arm: Arm.Baseline }), 40), SKIPPED)).toBe('MoQ plan: baseline arm, 40 optimizer steps: no tensor is quantized');
    expect(formatPlan(predictTimeline(bertLike().slice(0, 1), scheduleOptions({ scheduleOffset: 50 }), 40), [])).toBe(
      [
        'MoQ plan: 1 quantized tensor, moq arm, moqlab semantics, 40 optimizer steps, quantized from step 51',
        '',
        'warnings:',
        '  - quantization starts at step 51 but the run ends at 40: no tensor is quantized; lower schedule_offset or train longer',
        '',
        'no tensor is left out of quantization',
      ].join('\n'),
    );
  });

  it('basic-qat: everything at target from step 1', () => {
    const text = formatPlan(predictTimeline(bertLike(), scheduleOptions({ arm: Arm.BasicQat }), 40), []);
    expect(text).toContain('     37  bert.embeddings.word_embeddings.weight  8 from 1                     1');
    expect(text).toContain('every tensor is at its target bits from step 1');
  });
});

describe('renderBitsChart', () => {
  const timeline = predictTimeline(bertLike(), scheduleOptions({ scheduleOffset: 100 }), 600);

  it('is well-formed SVG with a title, axes, labels and one step line per distinct timeline', () => {
    const svg = parseXml(renderBitsChart(timeline));
    expect(svg.name).toBe('svg');
    expect(svg.attributes).toMatchObject({ xmlns: 'http://www.w3.org/2000/svg', width: '860', height: '420' });
    const texts = all(svg, 'text').map((text) => unescape(text.text));
    expect(all(svg, 'title')[0]!.text).toBe('Bits per tensor over optimizer steps (moq arm, moqlab semantics)');
    expect(texts).toEqual(expect.arrayContaining(['optimizer step', 'bits', 'quantization starts', '0', '600', '3', '13']));
    const paths = all(svg, 'path');
    expect(paths).toHaveLength(3);
    // The shared BERT timeline: 12 bits from step 101, then its four drops, then on to the end.
    expect(paths[1]!.attributes.d!.match(/[MHV]/g)!.join('')).toBe('MHVHVHVHVH');
    expect(texts).toEqual(expect.arrayContaining(['bert.embeddings.word_embeddings.weight', '…er.0.attention.self.query.weight (+35 more)', 'classifier.weight']));
  });

  it('escapes names and titles', () => {
    const odd = predictTimeline([quantized('a<b>&"c\'')], scheduleOptions(), 100);
    const source = renderBitsChart(odd, { title: 'R&D <test>' });
    const svg = parseXml(source);
    expect(all(svg, 'title')[0]!.text).toBe('R&amp;D &lt;test&gt;');
    expect(all(svg, 'text').map((text) => unescape(text.text))).toContain('a<b>&"c\'');
  });

  it('collapses a long legend', () => {
    const many = Array.from({ length: 20 }, (_, i) => quantized(`t${i}`, { index: i, period: i + 1 }));
    const svg = parseXml(renderBitsChart(predictTimeline(many, scheduleOptions(), 100)));
    expect(all(svg, 'path')).toHaveLength(20);
    const texts = all(svg, 'text').map((text) => text.text);
    expect(texts).toContain('… and 7 more timelines');
    expect(texts.filter((text) => /^t\d+$/.test(text))).toHaveLength(13);
  });

  it('draws no line when nothing is quantized within the run', () => {
    const baseline = parseXml(renderBitsChart(predictTimeline(bertLike(), scheduleOptions({ arm: Arm.Baseline }), 100)));
    expect(all(baseline, 'path')).toHaveLength(0);
    expect(all(baseline, 'text').map((text) => text.text)).toContain('baseline arm: no tensor is quantized');
    const late = parseXml(renderBitsChart(predictTimeline(bertLike(), scheduleOptions({ scheduleOffset: 100 }), 0)));
    expect(all(late, 'text').map((text) => text.text)).toContain('no tensor is quantized within the run');
  });
});
