/**
 * The claim index, built once from the evidence base: every entity and term (both languages, with English
 * inflection variants) goes into one Aho-Corasick automaton over normalised text; each key knows the claims
 * that use it and a weight from how many topics share it (a word every topic uses says little).
 */
import type { Claim } from '../evidence/schema';
import { KeyAutomaton } from './automaton';
import { KeyFinder } from './key-finder';
import { KeyTexts } from './key-texts';
import { drainSteps } from './steps';
import { normaliseKey } from './normalise';
import { focusVariants } from './focus-particles';
import { parseFigures } from './numbers';
import { DEFAULT_POLICY, type Policy } from './policy';

export type KeyKind = 'entity' | 'term';

export interface KeyInfo {
  /** The normalised key. */
  text: string;
  /** Claims using the key (indices into ClaimIndex.claims), and how. */
  claims: number[];
  kinds: KeyKind[];
  /** Per claim in `claims`: what the key adds to that claim's evidence (keyWeight as the claim uses it), and
   * whether the claim names it as an entity. */
  weights: number[];
  entity: boolean[];
  /** 0..1: 1 when a single topic uses or mentions the key, falling towards 0 as every topic does. */
  idf: number;
  /** 0..1 prior on how specific the key is as language: "circular financing" > "circularity" > "term". */
  specificity: number;
  /** The most this key can add to any claim's evidence (see score.ts keyWeight), as any kind and as a term. */
  maxWeight: number;
  maxTermWeight: number;
  /** Whether some claim names it as an entity. */
  anyEntity: boolean;
  /** Whether a match must sit on English word boundaries. */
  latinStart: boolean;
  latinEnd: boolean;
  /** True for stems ("financ") that only match with an inflection after them. */
  needsSuffix: boolean;
}

export interface ClaimFigure {
  value: number;
  unit: string;
  qualifier: string;
}

export interface IndexedClaim {
  claim: Claim;
  /** Groups of key ids a sentence must each hit at least once to make this claim (Claim.requires); [] for none.
   * The first `requiredActors` groups are actors. */
  required: number[][];
  requiredActors: number;
  /** Key ids of what rules the claim out (Claim.requires.excludes): a sentence hitting any does not make it. */
  excluded: number[];
  /**
   * Index in `required` of the claim's era group (Claim.requires.era), which an agreeing figure also meets; -1 for
   * none.
   */
  requiredEra: number;
  /** Key ids → kind, for agreement checks. */
  keys: Map<number, KeyKind>;
  figures: ClaimFigure[];
  /** Years the claim is about (from its statements and figures). */
  years: number[];
  /** Indices of the claims this one disputes. */
  disputes: number[];
  /** The claim's topic as a small number (0 .. ClaimIndex.topicCount - 1). */
  topicIndex: number;
}

/**
 * An index's keys by id. A restored index makes a key's info on first use (index-snapshot.ts): a page uses a few
 * dozen of its thousands of keys, and making them all is most of a restore's cost.
 */
export interface KeyTable {
  readonly length: number;
  get(id: number): KeyInfo;
  /** The key's original spelling, for "why this matched". */
  display(id: number): string;
}

/** The table of keys already made (a built index). */
export function keyTable(keys: readonly KeyInfo[], display: readonly string[]): KeyTable {
  return { length: keys.length, get: (id) => keys[id]!, display: (id) => display[id]! };
}

/** Every key of a table, made if need be (snapshots, free-text lookup, tests: not a page's scan). */
export function allKeys(table: KeyTable): KeyInfo[] {
  return Array.from({ length: table.length }, (_, id) => table.get(id));
}

export interface ClaimIndex {
  claims: IndexedClaim[];
  keys: KeyTable;
  /** Finds keys from word starts: what a page's scan uses (hits.ts findHitsByStart). */
  finder: KeyFinder;
  /** Finds keys anywhere (findHits: a single sentence, explanations); a restored index makes it on first use. */
  readonly automaton: KeyAutomaton;
  /** How many distinct topics the claims have. */
  topicCount: number;
  /** The policy the weights were computed with. */
  policy: Policy;
}

/** What one key adds to a claim's evidence. */
export function keyWeight(key: KeyInfo, kind: KeyKind, policy: Policy): number {
  return kind === 'entity' ? policy.evidence.entityWeight * key.idf : key.idf * key.specificity;
}

const isLatin = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);

/** Two-kanji verbal nouns whose target is marked by に (投資 in AIに投資する): spending, lending, depending, entering. */
const TAKES_NI = new Set(['投資', '出資', '融資', '依存', '参入', '移行', '支出', '集中']);

/**
 * A katakana word of three or more kana ending in a long vowel, as technical writing often spells it: without the
 * final ー (サーバー / サーバ, ユーザー数 / ユーザ数, コンピューター / コンピュータ; JIS Z 8301).
 */
const KATAKANA_FINAL_LONG = /([ァ-ヺ][ァ-ヺー]{2,})ー(?![ァ-ヺー])/g;

/**
 * A key's variants: English inflections (plural/singular, stems for -e / -y words: "finance" → "financ"), open,
 * hyphenated and closed compounds, British and American spellings, Japanese particles and endings, and each of these
 * with a katakana word's final long vowel left out.
 */
export function keyVariants(key: string): { text: string; needsSuffix: boolean }[] {
  const out = [key, ...writtenOtherwise(key)]
    .flatMap(spellings)
    .filter((v, i, all) => all.findIndex((w) => w.text === v.text) === i);
  if (!KATAKANA_FINAL_LONG.test(key)) return out;
  const seen = new Set(out.map((v) => v.text));
  for (const v of [...out]) {
    const text = v.text.replace(KATAKANA_FINAL_LONG, '$1');
    if (!seen.has(text)) {
      seen.add(text);
      out.push({ text, needsSuffix: v.needsSuffix });
    }
  }
  return out;
}

/**
 * Words Japanese writes either in kana or in kanji, or with one verb or the other for the same link (利益につながらない /
 * 利益に繋がらない / 利益に結びつかない / 利益に結び付かない), or in Latin letters or katakana: each class's spellings
 * stand for one another in a key.
 */
const WRITTEN_ALIKE: readonly (readonly string[])[] = [
  // つながる and 結びつく conjugate differently (つながらない / 結びつかない): one class per inflection.
  ['につながら', 'に繋がら', 'に結びつか', 'に結び付か'],
  ['につながっ', 'に繋がっ', 'に結びつい', 'に結び付い'],
  ['につながり', 'に繋がり', 'に結びつき', 'に結び付き'],
  ['につながる', 'に繋がる', 'に結びつく', 'に結び付く'],
  ['まったく', '全く'],
  // A name some papers write half in katakana (Nikkei's チャットGPT); keys are normalised, so in lower case.
  ['chatgpt', 'チャットgpt'],
  ['ほとんど', '殆ど'],
  ['わずか', '僅か'],
  ['すでに', '既に'],
];

/** The key with a word of WRITTEN_ALIKE spelled each other way (one word at a time). */
function writtenOtherwise(key: string): string[] {
  const out: string[] = [];
  for (const alike of WRITTEN_ALIKE)
    for (const w of alike) if (key.includes(w)) for (const o of alike) if (o !== w) out.push(key.split(w).join(o));
  return out;
}

function spellings(key: string): { text: string; needsSuffix: boolean }[] {
  const out = [{ text: key, needsSuffix: false }];
  // Japanese compounds are also written with の between their parts: 半導体購入 / 半導体の購入.
  if (/^[\u3400-\u9fff\u30a0-\u30ffA-Za-z]{4,10}$/.test(key) && /[\u3400-\u9fff\u30a0-\u30ff]/.test(key)) {
    for (let i = 2; i <= key.length - 2; i++) {
      const [a, b] = [key.slice(0, i), key.slice(i)];
      if (/[\u3400-\u9fff]$/.test(a) || /^[\u3400-\u9fff]/.test(b))
        out.push({ text: `${a}の${b}`, needsSuffix: false });
    }
    // A verbal noun ending the compound takes its object with を: 資金調達 / 資金を調達, 社債発行 / 社債を発行.
    const object = /^(.*[\u3400-\u9fff\u30a0-\u30ff])([\u3400-\u9fff]{2})$/.exec(key);
    if (object) out.push({ text: `${object[1]}を${object[2]}`, needsSuffix: false });
    // Verbal nouns whose target takes に take への before a noun: AI投資 / AIに投資 / AIへの投資, 借金依存 / 借金に依存.
    const target = /^(.*[\u3400-\u9fff\u30a0-\u30ffa-z])([\u3400-\u9fff]{2})$/.exec(key);
    if (target && TAKES_NI.has(target[2]!))
      for (const p of ['に', 'への']) out.push({ text: `${target[1]}${p}${target[2]}`, needsSuffix: false });
    return out;
  }
  // Okurigana between two kanji is often left out: 借り入れ / 借入れ, 引き下げ / 引下げ, 売り上げ / 売上げ.
  const okurigana = /([\u3400-\u9fff])[りきしちいみびぎげけえれ](?=[\u3400-\u9fff])/g;
  if (okurigana.test(key)) out.push({ text: key.replace(okurigana, '$1'), needsSuffix: false });
  for (const v of [...out]) for (const text of focusVariants(v.text)) out.push({ text, needsSuffix: false });
  for (const v of [...out]) out.push(...japaneseEndings(v.text));
  // A subject marked by が is as often marked by は or も: 需要がない / 需要はない / 需要もない, 赤字が続 / 赤字は続.
  const subject = /^([\u3400-\u9fff\u30a0-\u30ffA-Za-z]{2,6})が(.{2,6})$/.exec(key);
  if (subject) {
    for (const p of ['は', 'も']) {
      const text = `${subject[1]}${p}${subject[2]}`;
      out.push({ text, needsSuffix: false }, ...japaneseEndings(text));
    }
    return out;
  }
  // Compounds are written open, hyphenated or closed: data center / data-center, dot-com / dot com / dotcom.
  if (/^[a-z0-9]+(?:[ -][a-z0-9]+)+$/.test(key)) {
    for (const v of new Set([
      key.replace(/-/g, ' '),
      key.replace(/ /g, '-'),
      ...(/-/.test(key) ? [key.replace(/-/g, '')] : []),
    ])) {
      if (v !== key) out.push({ text: v, needsSuffix: false });
    }
  }
  // British and American spellings: data centre / data center, organisation / organization.
  const other = key
    .replace(/centre/g, 'center')
    .replace(/isation/g, 'ization')
    .replace(/ise(s|d)?\b/g, 'ize$1');
  const other2 = key.replace(/center/g, 'centre').replace(/ization/g, 'isation');
  for (const o of new Set([other, other2])) if (o !== key) out.push({ text: o, needsSuffix: false });
  if (!/[a-z]$/.test(key) || key.length < 4) return out;
  if (/[^s]s$/.test(key)) out.push({ text: key.slice(0, -1), needsSuffix: false });
  else if (/[^aeiou]y$/.test(key)) out.push({ text: `${key.slice(0, -1)}ie`, needsSuffix: true });
  else if (/[^e]e$/.test(key)) out.push({ text: key.slice(0, -1), needsSuffix: true });
  return out;
}

/** The -i row kana of a godan verb's -a row ending (生ま → 生み): the polite negative 〜ません is built on it. */
const A_TO_I: Record<string, string> = {
  か: 'き',
  が: 'ぎ',
  さ: 'し',
  た: 'ち',
  な: 'に',
  ば: 'び',
  ま: 'み',
  ら: 'り',
  わ: 'い',
};

/**
 * The て form of a godan verb from its -a row ending (つながら → つながって, 生ま → 生んで, 結びつか → 結びついて); an
 * ichidan stem takes て as it is (でき → できて).
 */
const A_TO_TE: Record<string, string> = {
  か: 'いて',
  が: 'いで',
  さ: 'して',
  た: 'って',
  な: 'んで',
  ば: 'んで',
  ま: 'んで',
  ら: 'って',
  わ: 'って',
};

/** "Has not (yet)": the negative of a て form's ている, as news says it of a result (利益につながっていない). */
const notYet = (te: string) => [`${te}いない`, `${te}いません`, `${te}おらず`, `${te}いなかった`];

/**
 * The other endings news writes a Japanese predicate key with. Negatives: plain, polite, past, and the written ず
 * and ておらず forms (成果が出ていない / 出ていません / 出ておらず, 望んでいない / 望んでおらず, 価値を生まない / 生まず / 生みません, 確約ではない /
 * ではなく, 需要がない / 需要がなく). A verb in its dictionary form (資金が戻る, 価値を失う) also stands as its stem,
 * found only with an inflection after it (戻った, 戻り, 戻らない): see hits.ts.
 */
function japaneseEndings(key: string): { text: string; needsSuffix: boolean }[] {
  const forms = (...t: string[]) => t.filter((x) => x !== key).map((text) => ({ text, needsSuffix: false }));
  // A kanji, katakana or Latin word before the ending, so no variant is a bare grammatical ending.
  const m =
    /^(.*[\u3400-\u9fff\u30a0-\u30ffa-z0-9].*?)([てで]いない|ではない|でない|[がはも]ない|[ぁ-ん]ない|[ぁ-ん]?[うくぐすつぬぶむる])$/.exec(
      key,
    );
  if (!m || key.endsWith('なく')) return [];
  const [, head, end] = m as unknown as [string, string, string];
  if (/^[てで]いない$/.test(end)) {
    const te = end[0]!;
    return forms(`${head}${te}いません`, `${head}${te}おらず`, `${head}${te}いなかった`);
  }
  if (end === 'ではない' || end === 'でない')
    return forms(`${head}ではない`, `${head}でない`, `${head}ではなく`, `${head}ではありません`, `${head}ではなかった`);
  if (/^[がはも]ない$/.test(end))
    return forms(`${head}${end[0]}なく`, `${head}${end[0]}ありません`, `${head}${end[0]}なかった`);
  if (end.endsWith('ない')) {
    const stem = end[0]!;
    if (stem === 'し') return forms(`${head}せず`, `${head}しません`, `${head}しなかった`, ...notYet(`${head}して`));
    // The irrealis of a godan verb (-a row) or an ichidan stem (-e, -i row); not an adjective's く or the の of のない.
    if (!/[かがさたなばまらわえけげせぜてでねべめれいきぎちにびみり]/.test(stem)) return [];
    return forms(
      `${head}${stem}ず`,
      `${head}${stem}なかった`,
      `${head}${A_TO_I[stem] ?? stem}ません`,
      ...notYet(`${head}${A_TO_TE[stem] ?? `${stem}て`}`),
    );
  }
  // A dictionary-form verb: its stem, needing an inflection after it (the kana of 戻る is dropped, 告げる's る).
  return [{ text: key.slice(0, -1), needsSuffix: true }];
}

/** The years a claim is about (its statements, terms and figures' dates). */
export function claimYears(claim: Claim): number[] {
  const years = new Set<number>();
  for (const t of [claim.statement.en, claim.statement.ja, ...claim.terms.en, ...claim.terms.ja]) {
    for (const f of parseFigures(normaliseKey(t))) if (f.unit === 'year') years.add(f.value);
  }
  for (const f of claim.figures) years.add(Number(f.asOf.slice(0, 4)));
  return [...years];
}

/**
 * How specific a key is as language, before any evidence-base statistics: phrases and long words are specific,
 * short common words ("term", "chair", 金利) much less; acronyms and names in capitals stay specific. Phrases of
 * everyday AI and markets reporting (policy lexicon `everydayPhrases`) are specific as language but say only that
 * a story is about AI or markets, not which claim it makes.
 */
export function specificity(raw: string, norm: string, policy: Policy = DEFAULT_POLICY): number {
  const s = policy.specificity;
  if (everydaySet(policy).has(norm.trim())) return s.everyday;
  if (/^[\x20-\x7e]+$/.test(norm)) {
    // A closed form of a compound ("dotcom" for "dot-com") is as specific as the compound it spells.
    if (/[\s-]/.test(norm.trim()) || /[a-z0-9][\s-][a-z0-9]/i.test(raw)) return s.latinPhrase;
    if (norm.length <= 2) return s.latinShort; // "AI", "GW": everywhere in this field
    if (/^[A-Z0-9&]{3,6}$/.test(raw.trim())) return s.acronym;
    return norm.length >= 9 ? s.latinLong : norm.length >= 6 ? s.latinMedium : s.latinPlain;
  }
  const len = [...norm].length;
  // Katakana-only words are loanwords, as plain as single English words ("クラウド" = "cloud").
  if (/^[ァ-ヿ・]+$/.test(norm)) return len >= 6 ? s.katakanaLong : len >= 4 ? s.katakanaMedium : s.katakanaShort;
  return len >= 4 ? s.kanjiLong : len === 3 ? s.kanjiThree : s.kanjiShort;
}

const everydaySets = new WeakMap<Policy, Set<string>>();
function everydaySet(policy: Policy): Set<string> {
  let set = everydaySets.get(policy);
  if (!set)
    everydaySets.set(policy, (set = new Set(policy.lexicon.everydayPhrases.map((p) => normaliseKey(p).trim()))));
  return set;
}

/** A key as the build first records it; finishKey fills in its weights once every claim has added its keys. */
export function newKey(text: string, needsSuffix: boolean): KeyInfo {
  return {
    text,
    claims: [],
    kinds: [],
    weights: [],
    entity: [],
    idf: 0,
    specificity: 1,
    maxWeight: 0,
    maxTermWeight: 0,
    anyEntity: false,
    needsSuffix,
    latinStart: isLatin(text.charCodeAt(0)),
    latinEnd: isLatin(text.charCodeAt(text.length - 1)),
  };
}

/** A claim's figures as the index holds them (scaled). */
export function claimFigures(claim: Claim): ClaimFigure[] {
  return claim.figures.map((f) => ({ value: f.value * f.scale, unit: f.unit, qualifier: f.qualifier }));
}

/** A claim as the index holds it, before its keys are added (`topicIds` numbers topics in order of first use). */
export function newIndexedClaim(claim: Claim, years: number[], topicIds: Map<string, number>): IndexedClaim {
  return {
    claim,
    required: [],
    requiredActors: 0,
    excluded: [],
    requiredEra: -1,
    keys: new Map(),
    figures: claimFigures(claim),
    years,
    disputes: [],
    topicIndex: topicNumber(topicIds, claim.topic),
  };
}

/** A topic's small number (IndexedClaim.topicIndex): topics are numbered in order of first use in `topicIds`. */
export function topicNumber(topicIds: Map<string, number>, topic: string): number {
  let n = topicIds.get(topic);
  if (n === undefined) topicIds.set(topic, (n = topicIds.size));
  return n;
}

/**
 * Derives a key's weights from how many topics use it and how specific it is, once all claims added their keys
 * (a key only a claim's `requires` names has no topic and weighs nothing).
 */
export function finishKey(k: KeyInfo, topicCount: number, keySpecificity: number, policy: Policy): void {
  k.idf = Math.max(
    policy.evidence.idfFloor,
    1 - Math.log(Math.max(1, topicCount)) / Math.log(policy.evidence.idfTopics + 1),
  );
  k.specificity = keySpecificity;
  // One pass, no closures: every page restoring the index runs this for each of its thousands of keys, cold.
  const entityWeight = keyWeight(k, 'entity', policy);
  const termWeight = keyWeight(k, 'term', policy);
  k.maxWeight = 0;
  k.maxTermWeight = 0;
  k.anyEntity = false;
  const weights: number[] = [];
  const entities: boolean[] = [];
  for (let j = 0; j < k.claims.length; j++) {
    // kinds[j] is how claims[j] uses the key (the build keeps it equal to that claim's own `keys` entry).
    const entity = k.kinds[j] === 'entity';
    const w = entity ? entityWeight : termWeight;
    weights.push(w);
    entities.push(entity);
    if (w > k.maxWeight) k.maxWeight = w;
    if (entity) k.anyEntity = true;
    else k.maxTermWeight = termWeight;
  }
  // Copies at their final size: a list grown by push keeps room for more, and a page holds four per key (about
  // 15,000 lists, 1.5 MB of its heap, against 0.2 MB copied).
  k.claims = k.claims.slice();
  k.kinds = k.kinds.slice();
  k.weights = weights.slice();
  k.entity = entities.slice();
}

/** Resolves each claim's `disputes` ids to indices (ids not in the index are left out). */
export function linkDisputes(claims: IndexedClaim[]): void {
  const byId = new Map(claims.map((c, i) => [c.claim.id, i]));
  claims.forEach((c) => {
    c.disputes = c.claim.disputes.map((d) => byId.get(d)).filter((i): i is number => i !== undefined);
  });
}

/**
 * Renumbers the keys so that ids follow their texts' UTF-16 order (in place): keys that start alike are then
 * neighbours, and a page's key finder needs no pass over them (key-finder.ts). Nothing else reads an id's value.
 */
function numberInTextOrder(keys: KeyInfo[], display: string[], topicSets: Set<string>[], claims: IndexedClaim[]) {
  const old = keys.map((_, id) => id).sort((a, b) => (keys[a]!.text < keys[b]!.text ? -1 : 1));
  const id = new Int32Array(keys.length);
  old.forEach((o, i) => (id[o] = i));
  const moved = <T>(list: T[]) => old.map((o) => list[o]!).forEach((x, i) => (list[i] = x));
  moved(keys);
  moved(display);
  moved(topicSets);
  for (const c of claims) {
    c.keys = new Map([...c.keys].map(([k, kind]) => [id[k]!, kind]));
    c.required = c.required.map((g) => g.map((k) => id[k]!));
    c.excluded = c.excluded.map((k) => id[k]!);
  }
}

/** Builds the index for a set of claims. */
export function buildClaimIndex(claimList: readonly Claim[], policy: Policy = DEFAULT_POLICY): ClaimIndex {
  return drainSteps(buildClaimIndexSteps(claimList, policy));
}

/**
 * The index build in small steps (one claim, or a batch of keys, per `yield`), so a caller on a page's main
 * thread can stop between them and give the page its thread back. Returns the index.
 */
export function* buildClaimIndexSteps(
  claimList: readonly Claim[],
  policy: Policy = DEFAULT_POLICY,
): Generator<void, ClaimIndex> {
  const keyIds = new Map<string, number>();
  const keys: KeyInfo[] = [];
  const display: string[] = [];
  const topicSets: Set<string>[] = [];
  const claims: IndexedClaim[] = [];
  const topicIds = new Map<string, number>();
  for (const claim of claimList) {
    claims.push(newIndexedClaim(claim, claimYears(claim), topicIds));
    yield;
  }
  /** The key ids of a string and its variants, made on first sight (a key no claim uses adds no evidence). */
  const keyIdsOf = (raw: string): number[] => {
    const norm = normaliseKey(raw);
    if (norm.length < 2) return [];
    // No key, variant or stem, is shorter than two codes: the page's key finder looks keys up by their first two.
    return keyVariants(norm)
      .filter((v) => v.text.length >= 2)
      .map((v) => {
        let id = keyIds.get(v.text);
        if (id === undefined) {
          id = keys.length;
          keyIds.set(v.text, id);
          keys.push(newKey(v.text, v.needsSuffix));
          display.push(raw);
          topicSets.push(new Set());
        }
        return id;
      });
  };
  const add = (raw: string, kind: KeyKind, ci: number) => {
    for (const id of keyIdsOf(raw)) {
      const info = keys[id]!;
      const c = claims[ci]!;
      if (!c.keys.has(id)) {
        info.claims.push(ci);
        info.kinds.push(kind);
        c.keys.set(id, kind);
      } else if (kind === 'entity' && c.keys.get(id) !== 'entity') {
        // Listed as a term and as an entity (in another language, say): the entity wins, in the claim's map and in
        // the per-key kinds the evidence bound reads, so the bound never undercuts what scoring gives.
        c.keys.set(id, kind);
        info.kinds[info.claims.lastIndexOf(ci)] = kind;
      }
      topicSets[id]!.add(c.claim.topic);
    }
  };
  for (let ci = 0; ci < claimList.length; ci++) {
    const claim = claimList[ci]!;
    for (const lang of ['en', 'ja'] as const) {
      for (const e of claim.entities[lang]) add(e, 'entity', ci);
      for (const t of claim.terms[lang]) add(t, 'term', ci);
    }
    const r = claim.requires;
    const groups = [
      ...(r?.actors ?? []),
      ...(r?.events ?? []),
      ...(r?.comparison ? [r.comparison] : []),
      ...(r?.era ? [r.era] : []),
    ];
    // Required words are found like keys but weigh nothing of their own: they gate, the vocabulary scores.
    claims[ci]!.required = groups.map((g) => [...new Set([...g.en, ...g.ja].flatMap(keyIdsOf))]);
    claims[ci]!.requiredActors = r?.actors?.length ?? 0;
    claims[ci]!.requiredEra = r?.era ? groups.length - 1 : -1;
    claims[ci]!.excluded = r?.excludes ? [...new Set([...r.excludes.en, ...r.excludes.ja].flatMap(keyIdsOf))] : [];
    yield;
  }
  numberInTextOrder(keys, display, topicSets, claims);
  yield;
  for (let id = 0; id < keys.length; id++) {
    finishKey(keys[id]!, topicSets[id]!.size, specificity(display[id]!, keys[id]!.text, policy), policy);
    if (id % 200 === 199) yield;
  }
  linkDisputes(claims);
  yield;
  const texts = keys.map((k) => k.text);
  const finder = new KeyFinder(KeyTexts.of(texts));
  yield;
  const automaton = yield* KeyAutomaton.buildSteps(texts);
  return { claims, keys: keyTable(keys, display), finder, automaton, topicCount: topicIds.size, policy };
}
