/**
 * A block's previous sentence says whom a sentence naming no one is about (Japanese names the company once, then
 * writes 同社 or no subject at all): its actors stand in when they are the claim's own, and another company's take
 * every stand-in away. Blocks written for this project from the claims' statements; each case was seen to fail with
 * the context taken out of scanBlock.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/engine';
import { loadBundledEvidence } from '../../../src/evidence/bundled';

const matcher = createMatcher(loadBundledEvidence());

/** The claims scanBlock finds in the block's sentence that starts with `start`. */
function claimsAt(block: string, start: string, lang: 'en' | 'ja' = 'ja'): string[] {
  const s = matcher.scanBlock(block, lang).find((r) => r.text.startsWith(start));
  return s ? s.matches.map((m) => m.claimId) : [];
}

describe('the previous sentence of a block names the actor', () => {
  const cash = '手元資金を猛烈な勢いで使っており、資金収支がプラスに転じるのは何年も先になる見込みだ。';

  it('stands in for an unnamed subject (no reference word)', () => {
    expect(matcher.matchSentence(cash, 'ja').map((m) => m.claimId)).not.toContain('openai.cash-burn');
    expect(claimsAt(`オープンAIの売上高は急増している。${cash}`, '手元資金')).toContain('openai.cash-burn');
  });

  it('stands in for a word of reference, with fewer of the claim`s own terms than a reference alone needs', () => {
    const block =
      '動画アプリ「Sora」は公開直後に話題を集めた。しかし同アプリはその後勢いを失い、ダウンロード数は減った。';
    expect(claimsAt(block, 'しかし')).toContain('sora.downloads-fell');
  });

  it('meets an event group that lists the actor, as if named here', () => {
    const block = '米メタは30日、AI投資の資金調達を発表した。投資適格債として同年最大の起債で、注文が殺到した。';
    expect(claimsAt(block, '投資適格債')).toContain('debt.meta-30b-bond');
  });

  it('comes from the sentence right before only', () => {
    const block = `オープンAIの売上高は急増している。市場は落ち着いた動きだった。${cash}`;
    expect(claimsAt(block, '手元資金')).not.toContain('openai.cash-burn');
  });

  it('names another company: nothing stands in, not even an agreeing amount', () => {
    const alone = '計算能力をめぐる約3000億ドル規模の契約が注目されている。';
    expect(matcher.matchSentence(alone, 'ja').map((m) => m.claimId)).toContain('openai.oracle-300b');
    const block = `マイクロソフトはデータセンターへの投資を拡大する。${alone}`;
    expect(claimsAt(block, '計算能力')).not.toContain('openai.oracle-300b');
    expect(claimsAt(`マイクロソフトは新たな計画を発表した。${cash}`, '手元資金')).not.toContain('openai.cash-burn');
  });

  it('works the same in English: "it" after the company, and "the company" after another one', () => {
    const burn = 'is burning through cash and is not expected to turn cash-flow positive for years.';
    expect(claimsAt(`OpenAI's revenue is growing fast. It ${burn}`, 'It ', 'en')).toContain('openai.cash-burn');
    const other = `Microsoft agreed to rent more cloud capacity. The company ${burn}`;
    expect(matcher.matchSentence(`The company ${burn}`, 'en').map((m) => m.claimId)).toContain('openai.cash-burn');
    expect(claimsAt(other, 'The company', 'en')).not.toContain('openai.cash-burn');
  });
});
