/** Reads fixture `.expected.json` files: the annotations each saved page should get, and the engine's known gaps. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ExpectedAnnotation {
  claim: string;
  stance: 'supports' | 'disputes' | 'neutral';
  /** A short piece of the sentence that carries it. */
  quote: string;
  figure?: 'consistent' | 'differs';
}

export interface FixtureExpectation {
  page: string;
  host: string;
  /** Built by page scripts: only a real browser sees its annotations. */
  dynamic?: boolean;
  annotations: ExpectedAnnotation[];
  /**
   * Where the matching engine currently differs from the truth: tolerated, not required, so an engine fix passes too
   * (and leaves a stale entry to delete by hand; annotationProblems below).
   */
  engineGaps?: { missing?: ExpectedAnnotation[]; extra?: ExpectedAnnotation[] };
  /** Sentences where either answer is defensible (a headline that only alludes to a claim): allowed, not required. */
  optional?: ExpectedAnnotation[];
  afterHydration?: ExpectedAnnotation[];
  afterNavigation?: ExpectedAnnotation[];
  afterScroll?: ExpectedAnnotation[];
  frames?: Record<string, ExpectedAnnotation[]>;
}

export const FIXTURE_DIR = 'tests/fixtures/pages';

export function loadExpectations(): FixtureExpectation[] {
  return ['en', 'ja'].flatMap((lang) =>
    readdirSync(join(FIXTURE_DIR, lang))
      .filter((f) => f.endsWith('.expected.json'))
      .map((f) => JSON.parse(readFileSync(join(FIXTURE_DIR, lang, f), 'utf8')) as FixtureExpectation),
  );
}

const key = (a: { claim: string; stance: string }) => `${a.claim} ${a.stance}`;
const same = (a: ExpectedAnnotation, b: ExpectedAnnotation) => key(a) === key(b) && a.quote === b.quote;

/**
 * Problems with what Kensho found against a fixture's truth: every expected annotation must be there unless listed
 * as a known engine miss, and anything else must be a listed known extra. An engine fix never fails this; a regression
 * does.
 */
export function annotationProblems(
  e: FixtureExpectation,
  found: { claim: string; stance: string; sentence?: string }[],
  list: ExpectedAnnotation[] = e.annotations,
): string[] {
  const problems: string[] = [];
  const left = [...found];
  const take = (a: ExpectedAnnotation) => {
    const i = left.findIndex((f) => key(f) === key(a) && (f.sentence === undefined || f.sentence.includes(a.quote)));
    return i >= 0 ? left.splice(i, 1)[0] : undefined;
  };
  for (const a of list) {
    if (!take(a) && !(e.engineGaps?.missing ?? []).some((m) => same(m, a)))
      problems.push(`missing ${key(a)} on "${a.quote}"`);
  }
  for (const x of [...(e.engineGaps?.extra ?? []), ...(e.optional ?? [])]) take(x);
  for (const f of left) problems.push(`unexpected ${key(f)}${f.sentence ? ` on "${f.sentence.slice(0, 80)}"` : ''}`);
  return problems;
}
