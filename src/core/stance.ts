/**
 * Stance: does a sentence assert a claim or dispute it? Negation is judged per key: a key negated in the sentence
 * ("not financed by debt", "借り入れで賄われておらず") but not in the claim's own statement (or the reverse)
 * disputes it. Explicit rebuttal words ("myth", "misrepresented", "否定") dispute too; questions stay neutral.
 */
import type { SentenceStance } from './types';
import type { Hit } from './hits';
import { DEFAULT_POLICY, wordAlternation, type Policy } from './policy';

/** Japanese negation follows the word it negates: 賄われておらず, 負債主導ではなく, 否定 (grammar, not vocabulary). */
const JA_CUE = /^([^。、,.!?]{0,10}?)(?:[ぁ-ん]ない(?!し|か)|ではな(?!いか)|じゃな(?!いか)|[ぁ-ん]ず(?:[、。にとも]|$)|ません|なかった|なくて|[ぁ-ん]なく|とは異な|とは違|否定)/;
/** A key followed by は/も and a negated existence verb: the thing itself is denied. */
const JA_NONE = /^[はも](?:ほとんど|まったく|全く|特に|一切)?(?:出ていな|出てこな|見られな|みられな|起きていな|生じていな|起こっていな|な[いく]|ありません|存在しな)/;

/** The policy's stance lexicons compiled once per policy. */
interface Cues {
  /** English cues that negate the words right after them (within a few words, same clause). */
  enCue: RegExp;
  shortReach: Set<string>;
  /** Phrases that look negative but are not ("not only", "no doubt"). */
  notNegation: RegExp;
  /** Negation sitting right on a key ("no AI bubble", "not debt"). */
  core: RegExp;
  /** Sentence-level rebuttal words: the sentence argues against what it mentions. */
  rebuttal: RegExp;
  openEn: RegExp;
  openJa: RegExp;
}
const compiled = new WeakMap<Policy, Cues>();

/** Latin words on word boundaries, Japanese ones anywhere. */
function anyOf(en: readonly string[], ja: readonly string[] = []): RegExp {
  const parts = [...(en.length ? [`\\b(?:${wordAlternation(en)})\\b`] : []), ...(ja.length ? [wordAlternation(ja)] : [])];
  return new RegExp(parts.join('|') || '(?!)');
}

export function cuesOf(policy: Policy): Cues {
  let c = compiled.get(policy);
  if (!c) {
    const lx = policy.lexicon;
    c = {
      enCue: new RegExp(`\\b(?:${wordAlternation(lx.negation.en)})\\b`, 'g'),
      shortReach: new Set(lx.negation.enShortReach),
      notNegation: new RegExp(`^(?:${wordAlternation(lx.negation.enNotNegation)})\\b`),
      core: new RegExp(`\\b(?:${wordAlternation(lx.negation.enCore)})\\s+(?:\\S+\\s+){0,2}$`),
      rebuttal: anyOf(lx.rebuttal.en, lx.rebuttal.ja),
      openEn: new RegExp(`^\\W*(?:${wordAlternation(lx.questionEn)})\\b`, 'i'),
      openJa: new RegExp(wordAlternation(lx.questionJa)),
    };
    compiled.set(policy, c);
  }
  return c;
}

const EN_CLAUSE_BREAK = /[,;:()"]|\b(?:but|although|though|while|whereas|and)\b/;

/** Whether the key occurrence at [start, end) of normalised text is negated. */
export function isNegated(text: string, start: number, end: number, policy: Policy = DEFAULT_POLICY): boolean {
  // English: a cue in the few words before the key, with no clause break between them.
  const cues = cuesOf(policy);
  const before = text.slice(Math.max(0, start - 40), start);
  cues.enCue.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = cues.enCue.exec(before); m; m = cues.enCue.exec(before)) last = m;
  if (last) {
    const gap = before.slice(last.index + last[0].length);
    const words = gap.trim() ? gap.trim().split(/\s+/).length : 0;
    // "no"/"not" scope over the next short phrase ("not financed by debt"); verbs like "denies" reach further.
    const reach = cues.shortReach.has(last[0]) ? 2 : 4;
    if (words <= reach && !EN_CLAUSE_BREAK.test(gap) && !cues.notNegation.test(before.slice(last.index))) return true;
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
export function keyPolarity(text: string, hits: readonly Hit[], into: Map<number, boolean>, policy: Policy = DEFAULT_POLICY): void {
  for (const h of hits) into.set(h.keyId, (into.get(h.keyId) ?? false) || isNegated(text, h.start, h.end, policy));
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
export function isOpenQuestion(text: string, policy: Policy = DEFAULT_POLICY): boolean {
  const c = cuesOf(policy);
  return isQuestion(text) && (c.openEn.test(text) || c.openJa.test(text));
}

/** Whether the sentence carries an explicit rebuttal word. */
export function hasRebuttal(text: string, policy: Policy = DEFAULT_POLICY): boolean {
  return cuesOf(policy).rebuttal.test(text);
}

/**
 * What stance features ask of one sentence (is it a question, a rebuttal, is this key negated in it), worked out
 * at most once however many claims the sentence is judged against.
 */
export class StanceCues {
  private isQ: boolean | undefined;
  private isOpenQ: boolean | undefined;
  private rebuts: boolean | undefined;
  private readonly negatedAt = new Map<Hit, boolean>();

  constructor(
    readonly text: string,
    readonly policy: Policy = DEFAULT_POLICY,
  ) {}

  get question(): boolean {
    return (this.isQ ??= isQuestion(this.text));
  }

  /** isOpenQuestion of the sentence. */
  get openQuestion(): boolean {
    return (this.isOpenQ ??= this.question && isOpenQuestion(this.text, this.policy));
  }

  get rebuttal(): boolean {
    return (this.rebuts ??= hasRebuttal(this.text, this.policy));
  }

  /** isNegated for a hit of this sentence. */
  negated(h: Hit): boolean {
    let n = this.negatedAt.get(h);
    if (n === undefined) this.negatedAt.set(h, (n = isNegated(this.text, h.start, h.end, this.policy)));
    return n;
  }

  /** Whether the negation sits right on the hit ("no AI bubble", "not debt"): for keys the claim does not state. */
  negatesCore(h: Hit): boolean {
    const before = this.text.slice(Math.max(0, h.start - 32), h.start);
    return cuesOf(this.policy).core.test(before) || /^(?:ではな|じゃな|とは異な|とは違)/.test(this.text.slice(h.end, h.end + 6).replace(/^[はがもをにで]/, ''));
  }
}
