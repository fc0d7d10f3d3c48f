import { describe, expect, it } from 'vitest';
import { guessLang, MAX_SENTENCE, segmentBlock } from '../../../src/core/segment';

const texts = (block: string) => segmentBlock(block).map((s) => block.slice(s.start, s.end));

describe('segmentBlock', () => {
  it('splits English sentences with offsets into the block', () => {
    const block = 'Chipmakers rallied on Monday. Bond yields fell!  Was it the Fed?';
    const spans = segmentBlock(block, 'en');
    expect(spans.map((s) => block.slice(s.start, s.end))).toEqual([
      'Chipmakers rallied on Monday.',
      'Bond yields fell!',
      'Was it the Fed?',
    ]);
    expect(spans[1]!.start).toBe(block.indexOf('Bond'));
  });

  it('does not break after common abbreviations', () => {
    expect(texts('Mr. Tanaka met Acme Corp. on Friday. They agreed.')).toEqual([
      'Mr. Tanaka met Acme Corp. on Friday.',
      'They agreed.',
    ]);
  });

  it('splits Japanese on 。！？ and keeps quotes whole', () => {
    expect(texts('市場は急落した。「借金ではない。現金だ」と社長は述べた。次の話題です！')).toEqual([
      '市場は急落した。',
      '「借金ではない。現金だ」と社長は述べた。',
      '次の話題です！',
    ]);
  });

  it('handles mixed Japanese and English in one block', () => {
    const block = 'OpenAIは新しい契約を結んだ。The deal is worth $10 billion. 詳細は未定。';
    const spans = segmentBlock(block);
    expect(spans.map((s) => block.slice(s.start, s.end))).toEqual([
      'OpenAIは新しい契約を結んだ。',
      'The deal is worth $10 billion.',
      '詳細は未定。',
    ]);
    for (const s of spans) expect(block.slice(s.start, s.end)).toBe(block.slice(s.start, s.end).trim());
  });

  it('splits over-long sentences at clause punctuation', () => {
    const long = `${'長い文、'.repeat(200)}終わり。`;
    const spans = segmentBlock(long, 'ja');
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    expect(spans[0]!.start).toBe(0);
    expect(spans.at(-1)!.end).toBe(long.length);
  });

  it('returns nothing for blank blocks and guesses the language by script', () => {
    expect(segmentBlock('   \n ')).toEqual([]);
    expect(guessLang('Plain English.')).toBe('en');
    expect(guessLang('NVIDIAの決算')).toBe('ja');
  });
});
