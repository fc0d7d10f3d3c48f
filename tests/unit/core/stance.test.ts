import { describe, expect, it } from 'vitest';
import { hasRebuttal, isNegated, isQuestion, isUndercut, StanceCues } from '../../../src/core/stance';
import { keyNegated } from '../../../src/core/features';

/** Negation of the key `key` as it occurs in normalised `text`. */
function neg(text: string, key: string): boolean {
  const start = text.indexOf(key);
  if (start < 0) throw new Error(`no "${key}" in "${text}"`);
  return isNegated(text, start, start + key.length);
}

describe('isNegated', () => {
  it('sees English negation a few words before the key', () => {
    expect(neg('the spending is not financed by debt', 'debt')).toBe(true);
    expect(neg('there is no ai bubble, he said', 'ai bubble')).toBe(true);
    expect(neg('the firm denies using its chips as a condition', 'chips')).toBe(true);
    expect(neg('the spending is financed by debt', 'debt')).toBe(false);
  });

  it('stops at clause breaks and ignores "not only"', () => {
    expect(neg('it is not cheap, but debt pays for it', 'debt')).toBe(false);
    expect(neg('not only debt but also cash', 'debt')).toBe(false);
  });

  it('sees Japanese negation right after the key', () => {
    expect(neg('投資は借り入れで賄われておらず、影響は限定的だ', '借り入れ')).toBe(true);
    expect(neg('この急騰は負債主導ではなく現金による', '負債')).toBe(true);
    expect(neg('投資は借り入れで賄われている', '借り入れ')).toBe(false);
  });

  it('reads "unlikely" and "little of it" predicates as Japanese negation', () => {
    expect(neg('金融システム全体に波及する可能性は低い', '波及')).toBe(true);
    expect(neg('金融システム全体に波及する可能性は低い', '金融システム全体')).toBe(true);
    expect(neg('金融システムへの波及は限定的だ', '金融システム')).toBe(true);
    expect(neg('金融システムへの波及は限定的だ', '波及')).toBe(true);
    expect(neg('金融システムへの波及が懸念される', '金融システム')).toBe(false);
  });

  it('lets "unlike" reach over its whole phrase, and a short aside not end a negation', () => {
    expect(neg('unlike the loss-making internet start-ups that listed in the late 1990s, today', 'late 1990s')).toBe(
      true,
    );
    expect(neg('models are not, so far, a source of alpha', 'source of alpha')).toBe(true);
    expect(neg('models are not cheap, and a source of alpha', 'source of alpha')).toBe(false);
  });

  it("reads 「にはならない」 and a denied occurrence as the key's negation, not 「Xには需要がない」", () => {
    expect(neg('aiバブルが崩壊してもシステミックリスクにはならない', 'システミックリスク')).toBe(true);
    expect(neg('金融危機にはつながらないとみている', '金融危機')).toBe(true);
    expect(neg('金融システム全体への連鎖は起きない', '金融システム全体')).toBe(true);
    expect(neg('soraには需要がなく、利用が落ち込んだ', 'sora')).toBe(false);
    expect(neg('金融システム全体への連鎖が起きる', '金融システム全体')).toBe(false);
  });

  it('reads a negative auxiliary right on a verb stem key as its own inflection', () => {
    expect(neg('今の相場はかつてのバブルに似ていない', '似てい')).toBe(true);
    expect(neg('出資先に購入を義務付けず、自由に選ばせている', '義務付け')).toBe(true);
    expect(neg('今の相場はかつてのバブルに似ている', '似てい')).toBe(false);
    expect(neg('今の相場はかつてのバブルに似ているかどうか', '似てい')).toBe(false);
  });

  it('reads は/も after て or a particle as inside the negated predicate, not as a topic marker', () => {
    expect(neg('当局は情報開示を義務付けてはいない', '情報開示')).toBe(true);
    expect(neg('今の相場はitバブルとは似ていない', 'itバブル')).toBe(true);
    expect(neg('今回の調整は金融危機には発展せず、収まった', '金融危機')).toBe(true);
    expect(neg('その提携は循環取引ではありません', '循環取引')).toBe(true);
    expect(neg('今回の投資は借り入れにも頼っていない', '借り入れ')).toBe(true);
    expect(neg('ai投資では利益が出ていない', 'ai投資')).toBe(false);
    expect(neg('soraには需要がなく、利用が落ち込んだ', 'sora')).toBe(false);
    expect(neg('株価が崩壊しても危機とはならない', '崩壊')).toBe(false);
  });

  it('reads 「にすぎない」 in all its endings as "only", which asserts the key', () => {
    for (const end of ['にすぎない', 'にすぎず、', 'に過ぎません'])
      expect(neg(`今回の下落は一時的な調整${end}`, '調整'), end).toBe(false);
  });

  it('denies the content of a denied noun (「〜という事実はない」「〜という確固たる約束をしたことはない」)', () => {
    expect(neg('ai投資が借金で賄われているという事実はない', '借金')).toBe(true);
    expect(neg('巨額を投じるという確固たる約束をしたことはない', '投じ')).toBe(true);
    expect(neg('ai投資が借金で賄われているという事実がある', '借金')).toBe(false);
    expect(neg('巨額を投じるという確固たる約束をした', '投じ')).toBe(false);
  });

  it('reads 「〜たことはない」 as never having done it', () => {
    expect(neg('巨額の投資を約束したことはないと述べた', '投資')).toBe(true);
    expect(neg('巨額の投資を約束したことがある', '投資')).toBe(false);
  });

  it('reads zero of the key, before it or as its predicate, as none of it', () => {
    expect(neg('試験導入から「ゼロリターン」しか得ていない', 'リターン')).toBe(true);
    expect(neg('試験導入のリターンはほぼゼロだった', 'リターン')).toBe(true);
    expect(neg('aiからの収益が皆無の企業', '収益')).toBe(true);
    expect(neg('試験導入からリターンを得ている', 'リターン')).toBe(false);
    expect(neg('ゼロから始めた事業のリターン', 'リターン')).toBe(false);
  });

  it('does not pin a later negation on an earlier key across a figure', () => {
    expect(neg('試験導入の95%は成果が出ていない', '試験導入')).toBe(false);
    expect(neg('試験導入の95%は成果が出ていない', '成果')).toBe(true);
  });
});

describe('keyNegated', () => {
  const debtKey = 7;
  const text = 'the boom is not financed by debt';
  const hit = { keyId: debtKey, keyLength: 4, start: text.indexOf('debt'), end: text.indexOf('debt') + 4 };
  const judge = (negated: Map<number, boolean>, rebuttal = false, t = text) =>
    keyNegated(
      [{ ...hit, start: t.indexOf('debt'), end: t.indexOf('debt') + 4 }],
      { negated, rebuttal },
      new StanceCues(t),
    );

  it('is set when the sentence negates what the claim asserts, not when both negate it', () => {
    expect(judge(new Map([[debtKey, false]]))).toBe(true);
    expect(judge(new Map([[debtKey, true]]))).toBe(false);
  });

  it('counts a key the statement does not hold only when the negation sits on it, and never against a rebuttal claim', () => {
    const denies = 'the firm denies its spending relies on debt';
    expect(isNegated(denies, denies.indexOf('debt'), denies.indexOf('debt') + 4)).toBe(true);
    expect(judge(new Map(), false, denies)).toBe(false); // negated in a wider scope, but not right on the key
    const onKey = 'there is no debt behind it';
    const h = { ...hit, start: onKey.indexOf('debt'), end: onKey.indexOf('debt') + 4 };
    expect(keyNegated([h], { negated: new Map(), rebuttal: false }, new StanceCues(onKey))).toBe(true);
    expect(keyNegated([h], { negated: new Map(), rebuttal: true }, new StanceCues(onKey))).toBe(false);
  });
  it("reads a Japanese key's denied existence (「遅れは発生しておらず」) as negation right on it", () => {
    const ja = (t: string, k: string) =>
      new StanceCues(t).negatesCore({ ...hit, start: t.indexOf(k), end: t.indexOf(k) + k.length });
    expect(ja('拠点の建設に遅れは発生しておらず、計画どおりだ', '遅れ')).toBe(true);
    expect(ja('出資に条件は一切ない', '条件')).toBe(true);
    expect(ja('拠点の建設に遅れが発生している', '遅れ')).toBe(false);
  });

  it('takes a short object of its own clause as what a Japanese rebuttal denies, not the quote before it', () => {
    const t = '同社は「遅れはない」との声明を出し、報道を否定した';
    expect(new StanceCues(t).rebutted).toEqual({ start: t.indexOf('報道'), end: t.indexOf('報道') + 2 });
    const q = '同社は「遅れがある」との見方を否定した';
    expect(new StanceCues(q).rebutted).toEqual({ start: q.indexOf('「'), end: q.indexOf('」') + 1 });
  });

  it('helpers recognise questions and rebuttals in both languages', () => {
    expect(isQuestion('本当にバブルなのだろうか。')).toBe(true);
    expect(isQuestion('It is a bubble.')).toBe(false);
    // A bare か ending a headline is a hedged report (「危機は回避か」 = "crisis likely avoided"), not a question.
    expect(isQuestion('巨大テックのAI投資は借金頼みか')).toBe(false);
    expect(isQuestion('AIブームは借金頼みか 割れる見方')).toBe(false);
    expect(isQuestion('AIバブルは崩壊するのか。')).toBe(true);
    for (const s of ['借金頼みなのは明らか', '値動きは穏やか', '残りはわずか', '需要は確か', '資金は豊か'])
      expect(isQuestion(s), s).toBe(false);
    expect(hasRebuttal('同社はこの見方を否定した')).toBe(true);
    expect(hasRebuttal('the fears are overblown, demand is strong')).toBe(true);
    expect(hasRebuttal('the firms may be overstating how long their chips last')).toBe(true);
    expect(hasRebuttal('critics say the risks are exaggerated')).toBe(true);
  });

  it('reads the claim\'s amount as the mark a figure was cut from ("a reduction from", "cut from", "slashed from")', () => {
    for (const t of ['a reduction from $1.4 trillion', 'cut from $100 billion', 'slashed from the $1.4 trillion'])
      expect(isUndercut(t, t.indexOf('$'), t.length), t).toBe(true);
    const up = 'a rise from $27 billion';
    expect(isUndercut(up, up.indexOf('$'), up.length)).toBe(false);
  });

  it('reads a denial issued, and "rebut" as a verb that rebuts its object only', () => {
    expect(hasRebuttal('the company issued a flat denial of the reports')).toBe(true);
    const t = 'Oracle moved to rebut reports that sites were delayed, and its shares rose';
    expect(new StanceCues(t).rebutted).toEqual({ start: t.indexOf(' reports'), end: t.indexOf(',') });
  });
});

describe('isNegated: Japanese edge cases', () => {
  it('reads ではないか / じゃないか as a suspicion, not a negation', () => {
    expect(neg('これは循環取引ではないかとの疑念が出ている', '循環取引')).toBe(false);
    expect(neg('「循環投資じゃないか」という声', '循環投資')).toBe(false);
  });

  it('reads 「反発は出ていない」「懸念もない」 as denying the key itself', () => {
    expect(neg('アニメ業界からも反発は出ていない', '反発')).toBe(true);
    expect(neg('借り入れへの懸念もない', '懸念')).toBe(true);
    expect(neg('反発はほとんど見られない', '反発')).toBe(true);
    expect(neg('反発は強まっている', '反発')).toBe(false);
  });

  it("reads a verb's own kana (つながる, 上がる, 持つ) as no particle between the key and its negation", () => {
    expect(neg('生成AIへの投資はまだ利益につながっていない', '利益')).toBe(true);
    expect(neg('AI投資で利益が上がっていない', '利益')).toBe(true);
    expect(neg('小型モデルは推論の能力をもっていない', '能力')).toBe(true);
    // A particle after a verb is one: the negation of 至らない is not アルファ's.
    expect(neg('アルファを生み出すには至らない', 'アルファ')).toBe(false);
  });

  it('does not negate a key that is only the tail of a longer compound', () => {
    expect(neg('2008年の不動産バブルとは異なり', 'バブル')).toBe(false);
    expect(neg('今回はバブルとは異なり', 'バブル')).toBe(true);
  });
});

describe('isNegated: Japanese topic marker', () => {
  it('pins the negation on the predicate, not on the topic marked with は', () => {
    expect(neg('今回のai投資は借り入れではなく、手元資金で賄われている', 'ai投資')).toBe(false);
    expect(neg('今回のai投資は借り入れではなく、手元資金で賄われている', '借り入れ')).toBe(true);
  });
});
