/**
 * Stance: does a sentence assert a claim or dispute it? Negation is judged per key: a key negated in the sentence
 * ("not financed by debt", "借り入れで賄われておらず") but not in the claim's own statement (or the reverse)
 * disputes it. Explicit rebuttal words ("myth", "misrepresented", "否定") dispute too; questions stay neutral.
 */
import type { SentenceStance } from './types';
import type { Hit } from './hits';

/** English cues that negate the words right after them (within a few words, same clause). */
const EN_CUE = /\b(?:not|no|never|without|neither|nor|none|nothing|hardly|barely|cannot|unlike|den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rather than|instead of|far from|contrary to|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|won't|can't|couldn't|shouldn't|hasn't|haven't)\b/g;
/** Phrases that look negative but are not ("not only", "no doubt"). */
const EN_NOT_NEGATION = /^(?:not only|not just|no doubt|no less|no longer than|never before)\b/;
/** Japanese negation follows the word it negates: 賄われておらず, 負債主導ではなく, 否定. */
const JA_CUE = /^([^。、,.!?]{0,10}?)(?:[ぁ-ん]ない(?!し|か)|ではな(?!いか)|じゃな(?!いか)|[ぁ-ん]ず(?:[、。にとも]|$)|ません|なかった|なくて|[ぁ-ん]なく|とは異な|とは違|否定)/;
/** A key followed by は/も and a negated existence verb: the thing itself is denied. */
const JA_NONE = /^[はも](?:ほとんど|まったく|全く|特に|一切)?(?:出ていな|出てこな|見られな|みられな|起きていな|生じていな|起こっていな|な[いく]|ありません|存在しな)/;
/** Sentence-level rebuttal words: the sentence argues against what it mentions. */
const REBUTTAL = /\b(?:myth|debunk\w*|overblown|overstat(?:ed|es|ing)|exaggerat(?:ed|es|ing)|misrepresent\w*|misleading|refut\w*|flawed|methodologically|no evidence|not the case)\b|否定|反論|誤り|誤解|見当違い|杞憂/;

const EN_CLAUSE_BREAK = /[,;:()"]|\b(?:but|although|though|while|whereas|and)\b/;

/** Whether the key occurrence at [start, end) of normalised text is negated. */
export function isNegated(text: string, start: number, end: number): boolean {
  // English: a cue in the few words before the key, with no clause break between them.
  const before = text.slice(Math.max(0, start - 40), start);
  EN_CUE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = EN_CUE.exec(before); m; m = EN_CUE.exec(before)) last = m;
  if (last) {
    const gap = before.slice(last.index + last[0].length);
    const words = gap.trim() ? gap.trim().split(/\s+/).length : 0;
    // "no"/"not" scope over the next short phrase ("not financed by debt"); verbs like "denies" reach further.
    const reach = /^(?:no|not|never|none|nor|neither|without|hardly|barely)$/.test(last[0]) ? 2 : 4;
    if (words <= reach && !EN_CLAUSE_BREAK.test(gap) && !EN_NOT_NEGATION.test(before.slice(last.index))) return true;
  }
  // Japanese: a negating ending shortly after the key, in the key's own predicate: at most one particle and
  // no figures between them (in 「導入の95%が成果を出していない」 the negation belongs to 成果, not 導入).
  // A key inside a longer compound (バブル in 不動産バブル) names something else; its negation is not ours.
  if (/[\u3400-\u9fff\u30a0-\u30ff]/.test(text[start - 1] ?? '')) return false;
  // 「反発は出ていない」「懸念もない」: the key is the subject of a negated "there is / has appeared".
  if (JA_NONE.test(text.slice(end, end + 16))) return true;
  const m = JA_CUE.exec(text.slice(end, end + 16));
  // 「AI投資は借り入れではなく」: after the topic marker は the negation belongs to the predicate, not the topic.
  return !!m && !/[0-9%は]/.test(m[1]!) && (m[1]!.match(/[がをにのとも]/g)?.length ?? 0) <= 1;
}

/** Per key id: whether the key is negated where it occurs in a claim statement (normalised). */
export function keyPolarity(text: string, hits: readonly Hit[], into: Map<number, boolean>): void {
  for (const h of hits) into.set(h.keyId, (into.get(h.keyId) ?? false) || isNegated(text, h.start, h.end));
}

/** Whether the sentence reads as a question rather than an assertion. */
export function isQuestion(text: string): boolean {
  // A bare か ending a Japanese headline (「AI投資は借金頼みか」「危機は回避か」) is the headline style for a hedged
  // report ("reportedly", "likely"), not a question to the reader, so only the forms that ask count here.
  return /[?？]\s*["'」』)]*\s*$/.test(text) || /(?:だろうか|でしょうか|のか)[。]?\s*$/.test(text);
}

/**
 * An open question ("How big is the AI investment wave?", 「AI投資はどこまで膨らむのか」) asks about a subject; a
 * yes/no question ("Is AI reliant on debt?", 「借金頼みか」) puts a claim to the reader, so it still mentions it.
 */
export function isOpenQuestion(text: string): boolean {
  return isQuestion(text) && (/^\W*(?:how|what|why|which|when|where|who|whom|whose)\b/i.test(text) || /なぜ|どう|どの|どこ|どれ|何|いくら|いつ|誰/.test(text));
}

/** Whether the sentence carries an explicit rebuttal word. */
export function hasRebuttal(text: string): boolean {
  return REBUTTAL.test(text);
}

/**
 * What judgeStance asks of one sentence (is it a question, a rebuttal, is this key negated in it), worked out
 * at most once however many claims the sentence is judged against.
 */
export class StanceCues {
  private isQ: boolean | undefined;
  private isOpenQ: boolean | undefined;
  private rebuts: boolean | undefined;
  private readonly negatedAt = new Map<Hit, boolean>();

  constructor(readonly text: string) {}

  get question(): boolean {
    return (this.isQ ??= isQuestion(this.text));
  }

  /** isOpenQuestion of the sentence. */
  get openQuestion(): boolean {
    return (this.isOpenQ ??= this.question && isOpenQuestion(this.text));
  }

  get rebuttal(): boolean {
    return (this.rebuts ??= hasRebuttal(this.text));
  }

  /** isNegated for a hit of this sentence. */
  negated(h: Hit): boolean {
    let n = this.negatedAt.get(h);
    if (n === undefined) this.negatedAt.set(h, (n = isNegated(this.text, h.start, h.end)));
    return n;
  }
}

/**
 * Stance of a sentence towards one claim. `hits` are the claim's keys found in the sentence; `claimNegated` says,
 * per key, whether the claim's statement negates it; `figureConflict` is set when the sentence's one figure of
 * a unit differs from the claim's one figure of that unit. `cues` may be shared by the calls for one sentence.
 */
export function judgeStance(text: string, hits: readonly Hit[], claimNegated: ReadonlyMap<number, boolean>, figureConflict: boolean, claimHasRebuttal: boolean, cues = new StanceCues(text)): SentenceStance {
  if (cues.question) return 'neutral';
  for (const h of hits) {
    const inClaim = claimNegated.get(h.keyId);
    const neg = cues.negated(h);
    if (inClaim === undefined ? neg && !claimHasRebuttal && negatesCore(text, h) : neg !== inClaim) return 'disputes';
  }
  if (!claimHasRebuttal && cues.rebuttal) return 'disputes';
  return figureConflict ? 'disputes' : 'supports';
}

/** An unknown-polarity key counts only when the negation sits right on it ("no AI bubble", "not debt"). */
function negatesCore(text: string, h: Hit): boolean {
  const before = text.slice(Math.max(0, h.start - 32), h.start);
  return /\b(?:no|not|never|unlike|without|contrary to)\s+(?:\S+\s+){0,2}$/.test(before) || /^(?:ではな|じゃな|とは異な|とは違)/.test(text.slice(h.end, h.end + 6).replace(/^[はがもをにで]/, ''));
}
