/**
 * A scan of normalised text, much cheaper than parseFigures, for whether it may hold a figure that counts as a large
 * amount (isLargeAmount): a value of at least `largeAmount`, or one of the `distinctUnits`. False only when
 * parseFigures finds no such figure (property-tested), so a sentence it clears has a figure ceiling of at most
 * 'small-amount' (figureCeiling) without being parsed.
 */
import { EN_SCALE, JA_SCALE, UNIT_AFTER, type FigureUnit } from './number-words';
import { SOME_LOW } from './numbers';

/** The most a unit or 「数」 can multiply a number by (6割 → 60%, 数十 → 20). */
const MAX_FACTOR = Math.max(...UNIT_AFTER.map(([, , mult]) => mult)) * SOME_LOW;
/** Kanji numerals; a run of k of them reads as less than 10^(k + 3) (digits, or 十/百/千 each at most ×1000). */
const KANJI_NUM = '〇一二三四五六七八九十百千';

/** The text a scale or one of `units` can come from, and any digit or kanji-numeral run that may reach `largeAmount`
 * times the largest factor: one pattern, compiled once per policy. */
export function largeFigureScan(largeAmount: number, units: readonly string[]): (norm: string) => boolean {
  const digits = Math.max(1, Math.ceil(Math.log10(largeAmount / MAX_FACTOR)));
  const words = Object.keys(EN_SCALE);
  const long = words.filter((w) => w.length > 2);
  // Short scales (bn, m) stick to a digit ("$10b", "50+ bn"); the longer ones are looked for anywhere.
  const short = words.filter((w) => w.length <= 2);
  // A unit table's patterns anchor each alternative at the unit's start: anywhere will do here.
  const unitWords = UNIT_AFTER.filter(([, u]) => units.includes(u as FigureUnit)).map(([re]) =>
    re.source.replace(/(^|\|)\^/g, '$1'),
  );
  const parts = [
    `[${Object.keys(JA_SCALE).join('')}]`,
    ...long,
    `\\d\\+?\\s?(?:${short.join('|')})\\b`,
    ...unitWords.map((u) => `(?:${u})`),
    `\\d(?:[,.・]?\\d){${digits - 1}}`,
    `[${KANJI_NUM}]{${Math.max(1, digits - 3)}}`,
  ];
  const re = new RegExp(parts.join('|'));
  return (norm) => re.test(norm);
}
