/**
 * Stance: does a sentence assert a claim or dispute it? Negation is judged per key: a key negated in the sentence
 * ("not financed by debt", "借り入れで賄われておらず") but not in the claim's own statement (or the reverse)
 * disputes it. Explicit rebuttal words ("myth", "misrepresented", "否定") dispute too; questions stay neutral.
 */
import type { Hit } from './hits';
import { DEFAULT_POLICY, wordAlternation, type Policy } from './policy';
import { normaliseKey } from './normalise';
import { focusVariants } from './focus-particles';

/** Japanese negation follows the word it negates: 賄われておらず, 負債主導ではなく, 否定, 波及する可能性は低い,
 * 約束したことはない ("never did"), 黒字化には程遠い ("far from") (grammar, not vocabulary). では before なお
 * ("still": 推論ではなお及ばない) is not ではな(い). */
const JA_CUE =
  /^([^。、,.!?]{0,10}?)(?:可能性は(?:低|小さ)|[ぁ-ん]ない(?!し|か)|ではな(?=[いくかけさ])(?!いか)|じゃな(?=[いくかけさ])(?!いか)|[ぁ-ん]ず(?:[、。にとも]|$)|ません|なかった|なくて|[ぁ-ん]なく|[ただ]こと[はがも](?:な|あり)|とは異な|とは違|否定|程遠|ほど遠)/;
/** A negative auxiliary straight after the key: the key's own inflection (似てい|ない, 義務付け|ず). */
const JA_OWN_NEG = /^(?:ない(?!か|し)|なく|なかった|ず(?![ぁ-ん])|ぬ(?![ぁ-ん]))/;
/** The は/も that follows て or a particle in a negated predicate (てはいない, ではない, にはならない, とは言えない,
 * にも頼らない). */
const JA_FOCUS = /[てでにと]は|[にと]も/g;

/** The noun a content clause ending in という/との names (証拠, わけ, 事実), within the key's clause. */
const JA_CONTENT = /^[^、。「」,]{0,12}?(?:という|との)([\u3400-\u9fff\u30a0-\u30ffー]{1,6}|わけ)/;

/** 「還流しているという証拠はない」: the content of a noun whose existence is denied. */
function contentDenied(text: string, end: number): boolean {
  const said = JA_CONTENT.exec(text.slice(end, end + 24));
  const at = said ? end + said[0].length : -1;
  return !!said && JA_NONE.test(text.slice(at, at + 20));
}

/** A key followed by は/も and a negated existence verb (出ていない, 発生しておらず, 見られません, 起きず), or a
 * "little of it" predicate (限定的, 小さい, 低い): the thing itself is denied. */
const JA_NONE =
  /^(?:(?:への|に対する|での)[^、。はも]{1,6})?[はも](?:ほとんど|まったく|全く|特に|一切)?(?:(?:出|出てこ|見られ|みられ|起き|生じ|発生し|存在し|起こっ)(?:て[いお])?(?:な|らず|ず|ません)|起こら(?:な|ず)|(?:発生|存在)せず|な[いく]|ありません|限定的|軽微|小さ[いく]|低[いく])/;

/** 「リターンはゼロ」「収益がほぼ皆無」: none of the key. */
const JA_ZERO = /^[はがも](?:ほぼ|ほとんど|事実上)?(?:ゼロ|皆無)/;

/** A partial negation that closes a clause: "it is not that…", "not necessarily", "cannot be said". */
const JA_WHOLE = /^([^。、,「」]*?)(?:わけではな[いく]|わけじゃな|とは限らな|とは言えな|とはいえな|とは言い切れな)/;

/** The quoting と before a reply verb (と反論, と強く否定, と改めて一蹴): see StanceCues.assertedRebuttal. */
const JA_QUOTED_REPLY = /と(?:強く|改めて|真っ向から|即座に|すぐに)?$/;

/** 「しか…ない」「にすぎない」: "only", grammar that looks negative but asserts (not 「しかし」). */
const ONLY_JA = /しか(?!し)|[すス過]ぎ(?:な|ず|ません)/;

/** The policy's stance lexicons compiled once per policy. */
interface Cues {
  /** English cues that negate the words right after them (within a few words, same clause). */
  enCue: RegExp;
  shortReach: Set<string>;
  clauseReach: Set<string>;
  /** Phrases that look negative but are not ("not only", "no doubt"). */
  notNegation: RegExp;
  /** Negation sitting right on a key ("no AI bubble", "not debt"), and its words anywhere. */
  core: RegExp;
  coreWord: RegExp;
  /** Sentence-level rebuttal words: the sentence argues against what it mentions. */
  rebuttal: RegExp;
  /** A rebuttal verb at the start of the text (its object follows it). */
  rebuttalVerb: RegExp;
  openEn: RegExp;
  openJa: RegExp;
  /** Contrast cues that open the asserting clause ("but", "しかし"), concessions that open the conceded one
   * ("although", "despite"), Japanese concessions that close it (「ものの」), overriding cues ("in reality"). */
  contrast: RegExp;
  concession: RegExp;
  concessionFirst: RegExp;
  jaConcessionEnd: RegExp;
  override: RegExp;
  appearance: RegExp;
  drawback: RegExp;
  reportedChange: RegExp;
  downplay: RegExp;
  warning: RegExp;
  hedgeBefore: RegExp;
  /** "if" opening the key's clause (not "even if", "as if"), and the modals of a contrary-to-fact main clause. */
  ifBefore: RegExp;
  counterfactualModal: RegExp;
  hedgeAfterJa: RegExp;
  /** "only" right before an amount, 「にとどまる」 right after one (see isLimited). */
  limiterBefore: RegExp;
  limiterAfter: RegExp;
  /** "less than the" right before an amount, 「を下回る」 right after one (see isUndercut). */
  undercutBefore: RegExp;
  undercutAfter: RegExp;
  /** A question mark right after an amount, then a "no" answering it (see isAnsweredNo). */
  answeredNo: RegExp;
}
const compiled = new WeakMap<Policy, Cues>();

/** The conjunctive が of 「Xたが、」「Xですが、」「X高いが、」: it follows a predicate's ending, then a comma. */
const JA_BUT = /[たるいすだ]が、/;

/** Japanese concessions that close the conceded clause (「XもののY」「XにもかかわらずY」「XながらもY」「Xする反面Y」). */
const JA_CLOSING = ['ものの', 'にもかかわらず', 'ながらも', 'つつも', '反面', '半面'];

/** Latin words on word boundaries, Japanese ones anywhere (with and without the focus は: see focusVariants). */
function anyOf(en: readonly string[], ja: readonly string[] = []): RegExp {
  ja = [...new Set(ja.flatMap((w) => [w, ...focusVariants(w)]))];
  const parts = [
    ...(en.length ? [`\\b(?:${wordAlternation(en)})\\b`] : []),
    ...(ja.length ? [wordAlternation(ja)] : []),
  ];
  return new RegExp(parts.join('|') || '(?!)');
}

/** A verb that rebuts a proposition it takes as object ("rejected claims that…", "denies reports of…"), with the
 * noun naming it: such a verb rebuts that object, as a rebuttal verb does (policy lexicon propositionVerb/Noun). */
function propositionRebuttal(lx: Policy['lexicon']): string {
  const { propositionVerb: v, propositionNoun: n } = lx;
  if (!v.en.length || !n.en.length) return '(?!)';
  return `\\b(?:${wordAlternation(v.en)})\\s+(?:(?:the|any|all|such|these|those|recent)\\s+)?(?:${wordAlternation(n.en)})\\b`;
}

export function cuesOf(policy: Policy): Cues {
  let c = compiled.get(policy);
  if (!c) {
    const lx = policy.lexicon;
    c = {
      enCue: new RegExp(`\\b(?:${wordAlternation(lx.negation.en)})\\b`, 'g'),
      shortReach: new Set(lx.negation.enShortReach),
      clauseReach: new Set(lx.negation.enClauseReach),
      notNegation: new RegExp(`^(?:${wordAlternation(lx.negation.enNotNegation)})\\b`),
      core: new RegExp(`\\b(?:${wordAlternation(lx.negation.enCore)})\\s+(?:\\S+\\s+){0,2}$`),
      coreWord: new RegExp(`\\b(?:${wordAlternation(lx.negation.enCore)})\\b`),
      rebuttal: new RegExp(
        `${anyOf([...lx.rebuttal.en, ...lx.rebuttalVerb.en], [...lx.rebuttal.ja, ...lx.rebuttalVerb.ja]).source}|${propositionRebuttal(lx)}`,
      ),
      rebuttalVerb: new RegExp(
        `^(?:${anyOf(lx.rebuttalVerb.en, lx.rebuttalVerb.ja).source}|${propositionRebuttal(lx)})`,
      ),
      openEn: new RegExp(`^\\W*(?:${wordAlternation(lx.questionEn)})\\b`, 'i'),
      openJa: new RegExp(wordAlternation(lx.questionJa)),
      contrast: anyOf(
        lx.contrast.en.filter((w) => !lx.concessionFirst.en.includes(w)),
        lx.contrast.ja.filter((w) => !JA_CLOSING.includes(w)),
      ),
      concession: anyOf(lx.concessionFirst.en),
      concessionFirst: new RegExp(`^\\W*(?:${wordAlternation(lx.concessionFirst.en)})\\b`),
      jaConcessionEnd: new RegExp(wordAlternation(lx.contrast.ja.filter((w) => JA_CLOSING.includes(w)))),
      override: anyOf(lx.override.en, lx.override.ja),
      appearance: anyOf(lx.appearance.en, lx.appearance.ja),
      drawback: anyOf(lx.drawback.en, lx.drawback.ja),
      reportedChange: anyOf(lx.reportedChange.en, lx.reportedChange.ja),
      downplay: anyOf(lx.downplay.en, lx.downplay.ja),
      warning: anyOf(lx.warning.en, lx.warning.ja),
      // "whether"/"if" (not "even if", "as if") opening the key's clause; もし/仮に before it.
      hedgeBefore: new RegExp(
        `(?:(?<!even |as )\\b(?:${wordAlternation(lx.hedge.en)})\\b|${wordAlternation(lx.hedge.ja.filter((w) => w !== 'かどうか'))})[^,;:.、。]*$`,
      ),
      ifBefore: /(?<!even |as )\bif\b[^,;:.]*$/,
      counterfactualModal: anyOf(lx.counterfactual.en, lx.counterfactual.ja),
      hedgeAfterJa: new RegExp(`^[^、。]*?(?:${wordAlternation(lx.hedge.ja.filter((w) => w === 'かどうか'))})`),
      // An approximation may stand between "only" and the amount ("just about $10 billion"); 「規模」「程度」 between the
      // amount and 「にとどまる」. しか is the "only" of しか…ない, not the start of しかし.
      limiterBefore: new RegExp(
        `\\b(?:${wordAlternation(lx.limiter.en)})\\s+(?:(?:about|around|roughly|some|an?)\\s+)?(?:us)?\\$?$`,
      ),
      limiterAfter: new RegExp(`^(?:規模|程度|ほど|相当|前後)?(?:${wordAlternation(lx.limiter.ja)})(?!し)`),
      undercutBefore: new RegExp(
        `\\b(?:${wordAlternation(lx.undercut.en)})\\s+(?:(?:the|its|their|about|around|roughly|some|an?)\\s+)?(?:us)?\\$?$`,
      ),
      undercutAfter: new RegExp(`^(?:規模|程度)?(?:${wordAlternation(lx.undercut.ja)})`),
      // A few words may finish the question ("$100 billion in OpenAI?"); the answer may open a quotation, and an
      // English one is a whole answer, punctuation after it ("No," "Not yet.", not "No one knows").
      answeredNo: new RegExp(
        `^[^,;:.!?、。！]{0,32}?[?？]\\s*["'「『]?\\s*(?:\\b(?:${wordAlternation(lx.answeredNo.en)})(?=\\s*(?:[,.;:!"'-]|$))|${wordAlternation(lx.answeredNo.ja)})`,
      ),
    };
    compiled.set(policy, c);
  }
  return c;
}

const globals = new WeakMap<RegExp, RegExp>();

/** The global twin of a compiled cue pattern, made once, from its start (exec walks a sentence with it). */
function globalOf(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) globals.set(re, (g = new RegExp(re.source, 'g')));
  g.lastIndex = 0;
  return g;
}

const EN_CLAUSE_BREAK = /[,;:()"]|\b(?:but|although|though|while|whereas|and)\b/;

/** Whether the key occurrence at [start, end) of normalised text is negated. */
export function isNegated(text: string, start: number, end: number, policy: Policy = DEFAULT_POLICY): boolean {
  return negatedWith(cuesOf(policy), text, start, end);
}

function negatedWith(cues: Cues, text: string, start: number, end: number, inContent = false): boolean {
  // English: a cue in the few words before the key, with no clause break between them.
  const before = text.slice(Math.max(0, start - 64), start);
  cues.enCue.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = cues.enCue.exec(before); m; m = cues.enCue.exec(before)) last = m;
  if (last) {
    // A short aside between commas ("are not, so far, a source of…") does not end the negation's clause.
    const gap = before.slice(last.index + last[0].length).replace(/,\s*\w+(?:\s+\w+)?\s*,/g, ' ');
    const words = gap.match(/\w+/g)?.length ?? 0;
    // "no"/"not" scope over the next short phrase ("not financed by debt"); verbs like "denies" reach further.
    // "unlike"/"contrary to" cover their whole phrase, up to the clause break the next test looks for.
    const reach = cues.shortReach.has(last[0]) ? 2 : cues.clauseReach.has(last[0]) ? Infinity : 4;
    if (words <= reach && !EN_CLAUSE_BREAK.test(gap) && !cues.notNegation.test(before.slice(last.index))) return true;
  }
  // Japanese: a negating ending shortly after the key, in the key's own predicate: at most one particle and
  // no figures between them (in 「導入の95%が成果を出していない」 the negation belongs to 成果, not 導入).
  // A key inside a longer compound (バブル in 不動産バブル) names something else; its negation is not ours.
  // 「ゼロリターン」: zero of the key is none of it (as "zero return" is in English).
  if (text.endsWith('ゼロ', start)) return true;
  const p = text.charCodeAt(start - 1);
  if ((p >= 0x3400 && p <= 0x9fff) || (p >= 0x30a0 && p <= 0x30ff)) return false;
  // 「反発は出ていない」「懸念もない」「金融システムへの波及は限定的」: the key (or what happens to it) is the subject
  // of a negated "there is / has appeared" or of a "little of it" predicate.
  if (JA_NONE.test(text.slice(end, end + 20)) || JA_ZERO.test(text.slice(end, end + 8))) return true;
  // 「似ていない」「義務付けず」: the negative auxiliary right on a verb stem key is the key's own inflection.
  if (JA_OWN_NEG.test(text.slice(end, end + 4))) return true;
  const m = JA_CUE.exec(text.slice(end, end + 16));
  // 「AI投資は借り入れではなく」: after the topic marker は the negation belongs to the predicate, not the topic.
  // 「失敗しか経験していない」「社債に頼るしかない」「14セントにすぎない」: しか…ない and にすぎない say "only", which
  // assert the key, not its absence.
  // 「リスクにはならない」「義務付けてはいない」「ITバブルとは似ていない」「借り入れにも頼らず」: the は/も after て or a
  // particle is no topic marker; it marks what the negation is about, inside the predicate. では/には/とは count as
  // the one particle (ては as none), and so does the が or は opening the negated predicate, so the negation stays
  // 利益's in 「AI投資では利益が出ていない」 and 需要's in 「Soraには需要がない」.
  const focused = m?.[1]?.replace(JA_FOCUS, (f) => (f[0] === 'て' ? 'て' : 'に'));
  // The が of つながらない is the verb's own kana, not a particle.
  const gap =
    m && /^には(?:な|つなが|至)$/.test(m[1]!) ? '' : focused !== m?.[1] ? focused! + m![0][m![1]!.length] : m?.[1];
  // 「購入を条件としていない」「AI投資を目的としていない」: the と of とする after a noun is the verb's, not a particle.
  // A particle is never followed by a verb's inflecting kana: the が of つながっていない and 上がらない, the も of
  // もっていない, the と of とっていない are the verb's own.
  const particles =
    gap?.replace(/([\u3400-\u9fff])とし(?:て)?$/, '$1').match(/[がをにのとも](?![らりるれろっ])/g)?.length ?? 0;
  if (!!m && !/[0-9%は]/.test(gap!) && !ONLY_JA.test(m[0]) && particles <= 1) return true;
  // 「…に劣るわけではない」「…失敗に終わっているとは限らない」: a partial negation closing the key's clause denies all
  // of it, however far the key stands from it; not a topic's (「AI投資は…わけではない」), as above, nor a modifier's
  // (「OpenAIへの出資金が…回るわけではない」: the money is what is denied, not OpenAI).
  const whole = JA_WHOLE.exec(text.slice(end, end + 40));
  if (whole && !/^(?:への|の|による|に対する)/.test(whole[1]!) && !/[はも]/.test(whole[1]!.replace(/[でにと]は/g, '')))
    return true;
  // 「AIがバブルだという証拠はない」「循環取引だというわけではない」: the content of a denied noun is denied with it.
  const said = JA_CONTENT.exec(text.slice(end, end + 24));
  if (!said || inContent) return false;
  const at = end + said[0].length - said[1]!.length;
  return negatedWith(cues, text, at, at + said[1]!.length, true);
}

/** Per key id: whether the key is negated where it occurs in a claim statement (normalised). */
export function keyPolarity(
  text: string,
  hits: readonly Hit[],
  into: Map<number, boolean>,
  policy: Policy = DEFAULT_POLICY,
): void {
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

/** Whether the amount at [start, end) of normalised text is said to be small: "only $10 billion", 「100億ドルにとどまる」. */
export function isLimited(text: string, start: number, end: number, policy: Policy = DEFAULT_POLICY): boolean {
  const c = cuesOf(policy);
  return (
    c.limiterBefore.test(text.slice(Math.max(0, start - 32), start)) || c.limiterAfter.test(text.slice(end, end + 8))
  );
}

/** Whether the amount at [start, end) of normalised text is a mark the sentence says the real one falls below. */
export function isUndercut(text: string, start: number, end: number, policy: Policy = DEFAULT_POLICY): boolean {
  const c = cuesOf(policy);
  return (
    c.undercutBefore.test(text.slice(Math.max(0, start - 32), start)) || c.undercutAfter.test(text.slice(end, end + 10))
  );
}

/** Whether the amount at [start, end) of normalised text is put as a question and answered no ("But $100 billion?
 * No, nothing like that."): rhetorical, the sentence denies the amount rather than asking about it. */
export function isAnsweredNo(text: string, end: number, policy: Policy = DEFAULT_POLICY): boolean {
  return cuesOf(policy).answeredNo.test(text.slice(end, end + 56));
}

/** Whether a text reports a change of plan (stalled, on hold, never a commitment, 保留, 白紙). */
export function reportsChange(text: string, policy: Policy = DEFAULT_POLICY): boolean {
  return cuesOf(policy).reportedChange.test(normaliseKey(text));
}

/** Whether a text (a claim's statement) downplays a risk: "unlikely", 「可能性は低い」. */
export function downplays(text: string, policy: Policy = DEFAULT_POLICY): boolean {
  return cuesOf(policy).downplay.test(normaliseKey(text));
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

  private readonly c: Cues;

  constructor(
    readonly text: string,
    readonly policy: Policy = DEFAULT_POLICY,
  ) {
    this.c = cuesOf(policy);
  }

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

  /** isNegated for a hit of this sentence, or the key put as a question the sentence answers no to. */
  negated(h: Hit): boolean {
    let n = this.negatedAt.get(h);
    if (n === undefined)
      this.negatedAt.set(h, (n = negatedWith(this.c, this.text, h.start, h.end) || this.answeredNo(h)));
    return n;
  }

  /** "Is ChatGPT good at day trading? Probably not": the key is asked about and the answer denies it, as
   * isAnsweredNo reads an amount put as a question. */
  answeredNo(h: Hit): boolean {
    return this.c.answeredNo.test(this.text.slice(h.end, h.end + 56));
  }

  /**
   * The part of the sentence it concedes, [start, end), if a contrast splits it: before "but"/「しかし」, after
   * "although"/"despite" up to the next comma, before 「ものの」; `override` when the asserting part says what is
   * really so ("in reality", 「実態は」), which denies the conceded part rather than merely setting it aside.
   */
  get conceded(): { start: number; end: number; override: boolean } | null {
    if (this.split === undefined) this.split = concededPart(this.text, this.c);
    return this.split;
  }
  private split: { start: number; end: number; override: boolean } | null | undefined;

  /** Whether [start, end) lies in the conceded part. */
  inConceded(start: number, end: number): boolean {
    const c = this.conceded;
    return !!c && start >= c.start && end <= c.end;
  }

  /**
   * A rebuttal word outside the conceded part. A Japanese one right after the quoting と (「…と反論した」「…と否定し
   * た」) reports the reply: the clause it quotes is what the speaker asserts, not what is rebutted.
   */
  get assertedRebuttal(): boolean {
    return (this.assertedRebuts ??=
      this.rebuttal &&
      this.outsideConceded(this.c.rebuttal, (at) => !JA_QUOTED_REPLY.test(this.text.slice(Math.max(0, at - 8), at))));
  }
  private assertedRebuts: boolean | undefined;

  /**
   * Whether every rebuttal word outside the conceded part lies inside one of `own` (hits of a claim's own vocabulary,
   * its terms or what it requires): then the word says what that claim says ("overstating the useful life" for a claim
   * that GPUs age fast), and does not rebut it.
   */
  rebuttalSaidBy(own: readonly Hit[]): boolean {
    if (!own.length) return false;
    const g = globalOf(this.c.rebuttal);
    let any = false;
    for (let m = g.exec(this.text); m && m[0]; m = g.exec(this.text)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (this.inConceded(start, end)) continue;
      any = true;
      if (!own.some((h) => h.start <= start && h.end >= end)) return false;
    }
    return any;
  }

  /**
   * The proposition a rebuttal word argues against, [start, end), when the sentence sets it out before the word: a
   * quotation (「…」, "…") or "the view/claim/idea that …", 「…という説明/見方/主張」. Claims said inside it are
   * reported, then rebutted; claims only outside it are not what the rebuttal is about.
   */
  get rebutted(): { start: number; end: number } | null {
    if (this.rebuttedSpan === undefined)
      this.rebuttedSpan = this.assertedRebuttal ? rebuttedPart(this.text, this.c) : null;
    return this.rebuttedSpan;
  }
  private rebuttedSpan: { start: number; end: number } | null | undefined;

  /** A drawback word outside the conceded part ("but its limits…", 「課題もある」). */
  get assertedDrawback(): boolean {
    return (this.drawbackSaid ??= !!this.conceded && this.outsideConceded(this.c.drawback));
  }
  private drawbackSaid: boolean | undefined;

  /** A downplaying word ("unlikely", 「にくい」「限定的」) outside the conceded part, not negated. */
  get downplaysRisk(): boolean {
    if (this.downplayed === undefined) {
      const g = globalOf(this.c.downplay);
      this.downplayed = false;
      for (let m = g.exec(this.text); m && m[0] && !this.downplayed; m = g.exec(this.text))
        this.downplayed =
          !this.inConceded(m.index, m.index + m[0].length) &&
          !negatedWith(this.c, this.text, m.index, m.index + m[0].length);
    }
    return this.downplayed;
  }
  private downplayed: boolean | undefined;

  /** Whether [start, end) plays a risk down: a downplaying word ("unlikely", 「限定的」) or a negation ("would not"). */
  playsDownIn(start: number, end: number): boolean {
    const part = this.text.slice(start, end);
    return (
      this.c.downplay.test(part) ||
      this.c.coreWord.test(part) ||
      /[ぁ-ん]な[いく]|ではな(?=[いくかけさ])|ません|[ぁ-ん]ず(?:[、。]|$)/.test(part)
    );
  }

  /** A warning ("warns", 「脅威」) outside the conceded part, not negated, in a sentence that downplays nothing. */
  get warns(): boolean {
    if (this.warned === undefined) {
      const g = globalOf(this.c.warning);
      this.warned = false;
      if (!this.c.downplay.test(this.text))
        for (let m = g.exec(this.text); m && m[0] && !this.warned; m = g.exec(this.text)) {
          const [s, e] = [m.index, m.index + m[0].length];
          this.warned = !this.inConceded(s, e) && !negatedWith(this.c, this.text, s, e);
        }
    }
    return this.warned;
  }
  private warned: boolean | undefined;

  /** Whether the hit is itself a warning word ("systemic risk", 「システミックリスク」). */
  warningAt(h: Hit): boolean {
    const m = this.c.warning.exec(this.text.slice(h.start, h.end));
    return !!m && m[0].length > 0;
  }

  /** A reported change (stalled, on hold, 保留…) outside the conceded part. */
  get changeReported(): boolean {
    return (this.change ??= this.outsideConceded(this.c.reportedChange));
  }
  private change: boolean | undefined;

  private outsideConceded(re: RegExp, counts: (at: number) => boolean = () => true): boolean {
    const g = globalOf(re);
    for (let m = g.exec(this.text); m && m[0]; m = g.exec(this.text))
      if (!this.inConceded(m.index, m.index + m[0].length) && counts(m.index)) return true;
    return false;
  }

  /** Whether a condition or reported question holds the hit ("whether the boom is debt-financed", 「借金頼みかどうか」). */
  hedged(h: Hit): boolean {
    const { c } = this;
    // Within the hit's own clause (the patterns stop at clause punctuation), before it and after it.
    return c.hedgeBefore.test(this.text.slice(0, h.start)) || c.hedgeAfterJa.test(this.text.slice(h.end));
  }

  /**
   * Whether the hit is what a contrary-to-fact condition supposes: it follows "if … had/were" in its clause ("if
   * scaling had truly hit a wall"; not the subject before "had"), and a modal stands in the rest of the sentence
   * ("…shouldn't be possible"). English implies such a condition false, so the hit reads as negated rather than held
   * open ("asked if they had…" has no such modal).
   */
  counterfactual(h: Hit): boolean {
    const m = this.c.ifBefore.exec(this.text.slice(0, h.start));
    if (!m || !/\b(?:had|were)\b(?!\s+to\b)/.test(this.text.slice(m.index, h.start))) return false;
    const stop = this.text.slice(h.end).search(/[,;:.]/);
    const end = stop < 0 ? this.text.length : h.end + stop;
    return this.c.counterfactualModal.test(this.text.slice(0, m.index) + ' ' + this.text.slice(end));
  }

  /** Whether a negation word sits in the text's [start, end) ("zero" in "zero return", "not" in "not a bubble"). */
  negatorIn(start: number, end: number): boolean {
    return this.c.coreWord.test(this.text.slice(start, end));
  }

  /** Whether the negation sits right on the hit ("no AI bubble", "not debt"): for keys the claim does not state. */
  negatesCore(h: Hit): boolean {
    const before = this.text.slice(Math.max(0, h.start - 32), h.start);
    return (
      this.c.core.test(before) ||
      this.answeredNo(h) ||
      /^(?:ではな(?=[いくかけさ])|じゃな(?=[いくかけさ])|とは異な|とは違)/.test(
        this.text.slice(h.end, h.end + 6).replace(/^[はがもをにで]/, ''),
      ) ||
      // 「遅れは発生しておらず」「懸念はない」: the key's own existence denied, as "no delays" is in English.
      JA_NONE.test(this.text.slice(h.end, h.end + 20)) ||
      contentDenied(this.text, h.end)
    );
  }
}

const PROPOSITION_EN =
  /\b(?:the|this|that|its|their)\s+(?:view|claim|idea|notion|narrative|argument|assurance|assertion|belief|suggestion|talk|charge|accusation|fear)s?\s+(?:that|of)\s/g;
const PROPOSITION_JA = /「[^」]+」|という(?:[^、。「」]{0,8}の)?(?:説明|見方|主張|指摘|見解|説|議論|批判|懸念|見立て)/g;

/** The rebutted proposition of a sentence (see StanceCues.rebutted), or null. */
function rebuttedPart(text: string, c: Cues): { start: number; end: number } | null {
  const r = c.rebuttal.exec(text);
  if (!r) return null;
  // "Brushed off concerns about circular financing": a verb rebuts its object, up to the clause's end.
  if (c.rebuttalVerb.test(text.slice(r.index))) {
    const start = r.index + r[0].length;
    const stop = text.slice(start).search(/[,;:.!?]/);
    return { start, end: stop < 0 ? text.length : start + stop };
  }
  const before = text.slice(0, r.index);
  // 「…との声明を出し、報道を否定した」: a short object of its own clause is what is rebutted, not the quote before it.
  const obj = /[、,]([^、。「」,]{1,8})を$/.exec(before);
  if (obj && !/という|との/.test(obj[1]!)) return { start: obj.index + 1, end: r.index - 1 };
  let span: { start: number; end: number } | null = null;
  for (const m of before.matchAll(PROPOSITION_EN)) span = { start: m.index + m[0].length, end: r.index };
  for (const m of before.matchAll(PROPOSITION_JA)) {
    if (m[0].startsWith('「')) span = { start: m.index, end: m.index + m[0].length };
    else {
      // 「AIは借金に頼っていないという説明」: the proposition runs back from という to the clause start.
      const open = Math.max(before.lastIndexOf('、', m.index), before.lastIndexOf('。', m.index)) + 1;
      span = { start: open, end: m.index };
    }
  }
  const q = /"[^"]+"/.exec(before);
  if (!span && q) span = { start: q.index, end: q.index + q[0].length };
  return span && span.end > span.start ? span : null;
}

/** The conceded part of a sentence (see StanceCues.conceded), or null. A conceded part that is only an appearance
 * or what others say ("officially", 「とされるが」) is overridden by the asserting part, as "in reality" does. */
function concededPart(text: string, c: Cues): { start: number; end: number; override: boolean } | null {
  const part = splitConceded(text, c);
  return part && !part.override && c.appearance.test(text.slice(part.start, part.end))
    ? { ...part, override: true }
    : part;
}

function splitConceded(text: string, c: Cues): { start: number; end: number; override: boolean } | null {
  const o = c.override.exec(text);
  if (o && o.index > 0) return { start: 0, end: o.index, override: true };
  // "Although X, Y" / "Despite X, Y": X is conceded, up to the first comma.
  if (c.concessionFirst.test(text)) {
    const comma = text.search(/[,、]/);
    return comma > 0 ? { start: 0, end: comma, override: false } : null;
  }
  const ja = c.jaConcessionEnd.exec(text);
  if (ja && ja.index > 0) return { start: 0, end: ja.index + ja[0].length, override: false };
  // "X, but Y" / 「X。しかしY」: X is conceded; a contrast word opening the sentence refers back to another one.
  const k = c.contrast.exec(text);
  if (k && k.index > 2) return { start: 0, end: k.index, override: false };
  // 「Xしたが、Y」「X可能ですが、Y」: が after a predicate (not the subject marker after a noun) concedes X.
  const ga = JA_BUT.exec(text);
  if (ga) return { start: 0, end: ga.index + 1, override: false };
  // "Y, although X": X (to the next comma or the end) is conceded.
  const s = c.concession.exec(text);
  if (s && s.index > 2) {
    const comma = text.slice(s.index).search(/[,;、]/);
    return { start: s.index, end: comma > 0 ? s.index + comma : text.length, override: false };
  }
  return null;
}
