/**
 * Fuzz runner for the matcher, run in a child process by matcher.property.test.ts so that a synchronous endless loop
 * can be killed from outside (fast-check cannot interrupt a run that never returns). Prints one JSON line with the
 * result; before each case it writes the input to `lastInputFile`, so a killed run still names what hung it.
 * Usage: tsx matcher-fuzz.ts <property> <runs> <seed> <lastInputFile>
 */
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { createMatcher } from '../../../src/core/engine';
import type { MatchLang } from '../../../src/core/types';
import { loadBundledEvidence } from '../../../src/evidence/bundled';
import { lookupClaims } from '../../../src/core/lookup';

const [property = 'scan', runs = '100', seed = '1', lastInputFile = '/dev/null'] = process.argv.slice(2);
const claims = loadBundledEvidence();
const matcher = createMatcher(claims);
const vocabulary = [
  ...new Set(claims.flatMap((c) => [...c.entities.en, ...c.entities.ja, ...c.terms.en, ...c.terms.ja])),
];
const char = (min: number, max: number) => fc.integer({ min, max }).map((c) => String.fromCharCode(c));

/** Characters whose NFKC form is much longer than they are (the kind that once overran the normaliser's buffer). */
const EXPANDING = ['㍿', '\uFDFA', '\uFDFB', '㌀', '㍻', 'ﬃ', '㎯', '⑳', '½', 'Ⅻ', '㋿', '\u0390'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.nat().map((i) => vocabulary[i % vocabulary.length]!) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: char(0x3041, 0x30ff), maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: char(0x4e00, 0x9fff), maxLength: 8 }) },
  { weight: 1, arbitrary: char(0xd800, 0xdfff) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...EXPANDING), minLength: 1, maxLength: 60 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('🚀', '👩‍💻', '🇯🇵', '\u200B', '\u202E', '\uFEFF', '\u0000', '\u3000', '\n', '\t'),
  },
  {
    weight: 3,
    arbitrary: fc.oneof(
      fc.double().map(String),
      fc.bigInt().map(String),
      fc.constantFrom(
        '$100 billion',
        '1000億ドル',
        '１２３兆円',
        '9'.repeat(400),
        '1e308',
        '1,000,000,000,000,000',
        '50%',
        '10GW',
        '0.000000001',
        '-0',
        'NaN',
        'Infinity',
        '$',
        '¥',
        '兆億万',
      ),
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '.',
      '。',
      '！',
      '?',
      '…',
      ' ',
      ', ',
      '、',
      'not',
      'ではない',
      'しない',
      'no',
      '「',
      '」',
    ),
  },
);
const pageText = fc.array(piece, { maxLength: 80 }).map((p) => p.join(' '));
const longRun = fc
  .tuple(fc.oneof(piece, fc.constantFrom('a', 'あ', '9', '.', ' ', '億', '㍿')), fc.integer({ min: 200, max: 3000 }))
  .map(([p, n]) => p.repeat(Math.ceil(n / Math.max(1, p.length))).slice(0, n));
const lang = fc.constantFrom<MatchLang | undefined>('en', 'ja', undefined);

let matched = 0;
const record = (text: string, l: MatchLang | undefined) =>
  writeFileSync(lastInputFile, JSON.stringify({ text, lang: l }));

function checkScan(text: string, l: MatchLang | undefined): void {
  record(text, l);
  const found = matcher.scanBlock(text, l);
  if (found.length > 0) matched++;
  for (const s of found) {
    if (!(0 <= s.start && s.start <= s.end && s.end <= text.length))
      throw new Error(`offsets ${s.start}..${s.end} of ${text.length}`);
    if (text.slice(s.start, s.end) !== s.text) throw new Error('sentence text is not the text at its offsets');
    if (s.matches.length === 0) throw new Error('a reported sentence without matches');
    for (const m of s.matches) {
      if (!Number.isFinite(m.score)) throw new Error(`score ${m.score}`);
      if (!['supports', 'disputes', 'neutral'].includes(m.stance)) throw new Error(`stance ${m.stance}`);
    }
  }
}

const properties: Record<string, fc.IPropertyWithHooks<never>> = {
  scan: fc.property(pageText, lang, (t, l) => checkScan(t, l)) as never,
  sentence: fc.property(pageText, lang, fc.integer({ min: 0, max: 20 }), (t, l, limit) => {
    record(t, l);
    if (!Array.isArray(matcher.matchSentence(t, l))) throw new Error('matchSentence did not return a list');
    if (lookupClaims(matcher.index, t, limit).length > limit) throw new Error('lookup ignored its limit');
  }) as never,
  long: fc.property(longRun, lang, (t, l) => checkScan(t, l)) as never,
};

const result = fc.check(properties[property]!, { numRuns: Number(runs), seed: Number(seed) });
console.log(
  JSON.stringify({
    numRuns: result.numRuns,
    failed: result.failed,
    matched,
    report: result.failed ? fc.defaultReportMessage(result) : '',
  }),
);
