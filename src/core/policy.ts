/**
 * The matching policy: every number, strictness row and word list the decision layer uses, read from the reviewed
 * file data/policy/matching.json (validated by src/evidence/policy-schema.ts at build time and in tests), so a
 * reviewer can read the engine's choices on one page and the ablation script can switch entries off one by one.
 */
import policyFile from '../../data/policy/matching.json';
import type { Strictness } from './types';

/** One strictness row: the evidence a match needs. */
export interface StrictnessRow {
  /** Minimum summed evidence for a match. */
  raw: number;
  /** Minimum weight of the best topical term (names alone never match)... */
  term: number;
  /** ...and of a term specific enough to stand without a named actor or an agreeing figure. */
  specific: number;
}

type Lexicon = { en: string[]; ja: string[] };

export interface Policy {
  version: number;
  strictness: Record<Strictness, StrictnessRow>;
  evidence: {
    /** Weight of an entity relative to a term of the same distinctiveness. */
    entityWeight: number;
    /** Keys used by more claims than this only confirm candidates, never create them. */
    postingCap: number;
    /** At most this many candidates per sentence are scored in detail. */
    maxCandidates: number;
    /** How much of its topic's other evidence a candidate borrows (vocabulary spread over sibling claims). */
    topicShare: number;
    /** Weight of the third and later keys: long sentences cannot win on volume alone. */
    laterKeyWeight: number;
    /** The number of topics idf is computed against (evidence/topics.ts TOPICS; a test keeps them equal). */
    idfTopics: number;
    idfFloor: number;
    /** How many of a claim's own specific terms (keys no other claim uses) let a reference back (同社, その…) stand
     * for its unnamed actor. */
    impliedActorTerms: number;
  };
  figures: {
    /** Bonus for an agreeing amount: numbers carry a claim. */
    bonus: number;
    /** Share of the bonus for an agreeing amount below `largeAmount` (a percentage any story may contain). */
    smallAmountShare: number;
    /** Share for a comparable differing amount (an agreeing year alone earns nothing: it measured nothing). */
    comparableShare: number;
    largeAmount: number;
    /** Units whose agreeing amounts are telling at any size (gigawatts of compute). */
    distinctUnits: string[];
    toleranceExact: number;
    toleranceApprox: number;
    /** Beyond this ratio a same-unit figure is taken to measure something else rather than to disagree. */
    differsRatio: number;
    /** At this ratio or beyond, a lone differing figure contradicts the claim's lone figure. */
    conflictRatio: number;
    /** The least a far-off share or count can weaken a match to. */
    farShareFloor: number;
    /** Evidence factor for a sentence about another period. */
    otherPeriodFactor: number;
    minEntitiesForComparable: number;
  };
  ranking: {
    /** Score = raw / (raw + saturation), so 0..1 and higher is better. */
    saturation: number;
    maxMatches: number;
    /** At most this many matches per topic while other topics are available. */
    perTopic: number;
    /** Score of a claim reached through `disputes`, relative to the match it came from. */
    disputedShare: number;
  };
  specificity: Record<
    | 'everyday'
    | 'latinPhrase'
    | 'latinShort'
    | 'acronym'
    | 'latinLong'
    | 'latinMedium'
    | 'latinPlain'
    | 'katakanaLong'
    | 'katakanaMedium'
    | 'katakanaShort'
    | 'kanjiLong'
    | 'kanjiThree'
    | 'kanjiShort',
    number
  >;
  lexicon: {
    everydayPhrases: string[];
    negation: {
      en: string[];
      enShortReach: string[];
      /** Prepositions whose scope is their whole phrase, up to the clause break ("unlike the … of the 1990s,"). */
      enClauseReach: string[];
      enNotNegation: string[];
      enCore: string[];
    };
    rebuttal: Lexicon;
    /** Rebuttal verbs whose object follows them ("brushed off concerns about…", "cast doubt on the finding that…"):
     * what they rebut is that object, up to the clause's end. */
    rebuttalVerb: Lexicon;
    /** Verbs that rebut a proposition named by one of `propositionNoun` right after them ("rejected claims that…",
     * "denies reports of…", "dismissed the idea that…"): they rebut that object, up to the clause's end. */
    propositionVerb: Lexicon;
    propositionNoun: Lexicon;
    /** Contrast and concession: the stance is taken from the asserting clause, not the conceded one. */
    contrast: Lexicon;
    /** Concessions that open the sentence ("Although X, Y"): the clause up to the first comma is conceded. */
    concessionFirst: Lexicon;
    /** "In reality": what comes before is said only to be overridden. */
    override: Lexicon;
    /** "Officially", "is said to", 「とされる」「表向き」 in the conceded clause: what it concedes is only an appearance or
     * what others say, which the asserting clause overrides. */
    appearance: Lexicon;
    /** A drawback named in the asserting clause ("X is cheap, but its limits…", 「Xだが、課題もある」): the clause
     * overrides the conceded X when it names nothing else. */
    drawback: Lexicon;
    /** A claim that downplays a risk ("unlikely", 「可能性は低い」「限定的」) is disputed by a sentence that warns of it
     * ("warns", "threat to financial stability", 「警告」「脅威」). */
    downplay: Lexicon;
    warning: Lexicon;
    /** "Only", "just", 「にすぎない」「にとどまる」 on an amount (English before it, Japanese after): the amount is said to
     * be small, so one that is not the claim's own disputes the claim's figure. */
    limiter: Lexicon;
    /** The claim's own amount as the mark the real one falls below ("far less than the $1.4 trillion", 「1.4兆ドルを
     * 大きく下回る」; English before the amount, Japanese after): the sentence disputes that amount. */
    undercut: Lexicon;
    /** Words that label an amount as a company's takings ("$57 billion in quarterly revenue", 「売上高は…」): such
     * an amount agrees only with a claim figure whose `measures` names takings too, not with an investment or a
     * contract of about the same size. */
    takings: Lexicon;
    /** The claim's amount put as a question and answered no ("$100 billion? No, nothing like that.", 「1000億ドル?
     * いや」): the sentence denies that amount. */
    answeredNo: Lexicon;
    /** Conditions and reported questions ("whether", "if"): what they hold is not asserted. */
    hedge: Lexicon;
    /** The modal of a main clause that makes an "if X had…"/"if X were…" condition contrary to fact ("jumps that
     * shouldn't be possible if scaling had hit a wall"): X is then implied false, not merely held open. */
    counterfactual: Lexicon;
    /** Reported change of a dated event: stalled, on hold, scaled back, never a commitment, 保留, 縮小, 確約ではない. */
    reportedChange: Lexicon;
    /** Words that refer back to an actor named earlier in the paragraph (同社, 同氏, 両社, "the company"). */
    actorReference: Lexicon;
    questionEn: string[];
    questionJa: string[];
  };
  topicKeywords: Record<string, string[]>;
}

/** The reviewed policy as bundled (valid by construction: an invalid file fails the build and the tests). */
export const DEFAULT_POLICY: Policy = policyFile as Policy;

/** Escapes a word for use inside a RegExp. */
export function escapeRe(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of words or phrases, longest first; an empty list matches nothing (never the empty string). */
export function wordAlternation(words: readonly string[]): string {
  return words.length
    ? [...words]
        .sort((a, b) => b.length - a.length)
        .map(escapeRe)
        .join('|')
    : '(?!)';
}
