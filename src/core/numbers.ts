/**
 * Figure parsing in English and Japanese on NORMALISED text (see normalise.ts): amounts ($100bn, 1000億ドル,
 * 14兆8000億円), percentages (14%, 14 per cent, 6割), gigawatts, cents, counts with a counter word, seconds,
 * with qualifiers (about/over/up to/約/超/最大/近く). Values are absolute: $100 billion → 1e11.
 */

import {
  CURRENCY_BEFORE,
  EN_SCALE,
  EN_SCALE_AFTER,
  JA_SCALE,
  KANJI_DIGIT,
  Q_AFTER,
  Q_BEFORE_EN,
  Q_BEFORE_JA,
  RANGE_SEP,
  UNIT_AFTER,
  WORD_NUM,
  type FigureUnit,
  type Qualifier,
} from './number-words';

export type { FigureUnit, Qualifier };

export interface ParsedFigure {
  /** Offsets in the normalised text. */
  start: number;
  end: number;
  /** Absolute value; for ranges ("$350-500 billion") the low end, with `high` the high end. */
  value: number;
  high: number;
  unit: FigureUnit;
  qualifier: Qualifier;
}

/** 「数」 or "several" right before a round number word (数百億, several hundred billion): some `SOME_LOW` to
 * `SOME_HIGH` times the round number. */
export const SOME_LOW = 2;
const SOME_HIGH = 9;
const SOME_BEFORE = /(?:数|\bseveral )$/;

/** An English number word that starts a figure ("a trillion dollars", "ten gigawatts"); a digit word before
 * "hundred" is part of it ("six hundred billion" is 600 billion, not 100). */
const WORD_FIGURE =
  /\b(?:(?:one|two|three|four|five|six|seven|eight|nine)[- ]hundred|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b(?=[- ](?:quarter|half|cent|gigawatt|percent|per cent|percentage|billion|trillion|million))/;

/** Numeric token: 1,210 | 46.5 | 0・25 (Japanese decimal point) | kanji numerals | a few English number words. */
const NUM = new RegExp(
  `(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:[.・]\\d+)?|[〇一二三四五六七八九十百千]+(?=[万億兆ドル円%]|パーセント)|${WORD_FIGURE.source})`,
  'g',
);

/** Whether normalised text spells a figure in words, which a scan for digits misses ("a trillion dollars"). */
export function spelledFigureIn(text: string): boolean {
  return WORD_FIGURE.test(text);
}

function parseNumber(tok: string): number {
  const c = tok.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    // Most tokens are plain digits: the replacements only where they have something to replace.
    const plain = tok.includes(',') ? tok.replace(/,/g, '') : tok;
    return Number(plain.includes('・') ? plain.replace('・', '.') : plain);
  }
  if (tok in WORD_NUM) return WORD_NUM[tok]!;
  const hundreds = /^([a-z]+)[- ]hundred$/.exec(tok);
  if (hundreds) return WORD_NUM[hundreds[1]!]! * 100;
  // Kanji numerals: 三十, 二百五十, 千.
  let total = 0;
  let digit = 0;
  for (const ch of tok) {
    if (ch in KANJI_DIGIT) digit = digit * 10 + KANJI_DIGIT[ch]!;
    else {
      const mult = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
      total += (digit || 1) * mult;
      digit = 0;
    }
  }
  return total + digit;
}

interface Amount {
  value: number;
  end: number;
  scaled: boolean;
}

/** Reads Japanese scale chains after a number: 14兆8000億 → 1.48e13; returns the end offset. */
function readJaChain(text: string, value: number, pos: number): Amount {
  // The trailing part may be grouped with commas, as in 1億6,000万.
  const JA_CHAIN = /^([千万億兆])(?:(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)([千万億])?)?/;
  let m = JA_CHAIN.exec(text.slice(pos, pos + 12));
  if (!m) return { value, end: pos, scaled: false };
  let total = value * JA_SCALE[m[1]!]!;
  // 千億 / 百万 style compound scales (千 directly followed by another scale).
  if (m[1] === '千' && /^[万億兆]/.test(text.slice(pos + 1))) {
    total = value * 1e3 * JA_SCALE[text[pos + 1]!]!;
    return { value: total, end: pos + 2, scaled: true };
  }
  if (m[2]) {
    const sub = Number(m[2].replace(/,/g, '')) * (m[3] ? JA_SCALE[m[3]]! : 1);
    // Only a smaller trailing part belongs to the chain (14兆8000億); otherwise stop after the first scale.
    if (sub < JA_SCALE[m[1]!]!) return { value: total + sub, end: pos + m[0].length, scaled: true };
    m = null;
  }
  return { value: total, end: pos + 1, scaled: true };
}

/** Each table of patterns tried in order at one place, as one pattern of numbered alternatives: the first that
 * matches is the one the table's own order would find (none of them captures). */
function firstOf<T extends [RegExp, ...unknown[]]>(table: readonly T[]): { re: RegExp; at: (m: RegExpExecArray) => T } {
  // A pattern's own groups would shift the numbers (an empty alternative makes every pattern match to count them).
  if (table.some(([r]) => new RegExp(`${r.source}|`).exec('')!.length > 1)) throw new Error('a table pattern captures');
  const re = new RegExp(table.map(([r]) => `(${r.source})`).join('|'));
  return { re, at: (m) => table[m.findIndex((g, i) => i > 0 && g !== undefined) - 1]! };
}
const UNIT_FIRST = firstOf(UNIT_AFTER);
const Q_AFTER_FIRST = firstOf(Q_AFTER);
const JA_SCALE_CODES = new Set(Object.keys(JA_SCALE).map((k) => k.charCodeAt(0)));

interface Read {
  value: number;
  end: number;
  scale: number;
  unit: FigureUnit | null;
}

/** Reads scale and unit after a number token ending at `pos`. */
function readTail(text: string, value: number, pos: number, currency: FigureUnit | null): Read {
  if (text[pos] === '+' && /^\+\s?[a-z]/.test(text.slice(pos, pos + 3))) pos++; // "50+ deals": the + is a qualifier
  let end = pos;
  let scale = 1;
  if (JA_SCALE_CODES.has(text.charCodeAt(pos))) {
    const a = readJaChain(text, value, pos);
    scale = a.value / value || 1;
    value = a.value;
    end = a.end;
  } else {
    const m = EN_SCALE_AFTER.exec(text.slice(pos, pos + 12));
    // Single-letter scales ($10b, 900m) only stick to the number, and only for money.
    if (m && (m[1] || (m[2] && (currency || /^\s?(?:dollars?|in)\b/.test(text.slice(pos + m[0].length)))))) {
      scale = EN_SCALE[(m[1] ?? m[2])!]!;
      value *= scale;
      end = pos + m[0].length;
    }
  }
  const m = UNIT_FIRST.re.exec(text.slice(end, end + 40));
  if (!m) return { value, end, scale, unit: null };
  const [, unit, mult] = UNIT_FIRST.at(m);
  return { value: value * mult, end: end + m[0].length, scale, unit };
}

/** Whether any qualifier stands before a figure: most figures have none, so the ordered tests run only after it. */
const ANY_BEFORE = new RegExp([...Q_BEFORE_JA, ...Q_BEFORE_EN].map(([re]) => `(?:${re.source})`).join('|'));

function qualifierAround(text: string, start: number, end: number): Qualifier {
  const before = text.slice(Math.max(0, start - 24), start);
  if (ANY_BEFORE.test(before)) {
    for (const [re, q] of Q_BEFORE_JA) if (re.test(before)) return q;
    for (const [re, q] of Q_BEFORE_EN) if (re.test(before)) return q;
  }
  if (/\d\+/.test(text.slice(start, end))) return 'over';
  const m = Q_AFTER_FIRST.re.exec(text.slice(end, end + 8));
  return m ? Q_AFTER_FIRST.at(m)[1] : 'exact';
}

/** Parses every figure in normalised text, in order. */
export function parseFigures(text: string): ParsedFigure[] {
  const out: ParsedFigure[] = [];
  NUM.lastIndex = 0;
  for (let m = NUM.exec(text); m; m = NUM.exec(text)) {
    const tokStart = m.index;
    const prev = text[tokStart - 1] ?? ' ';
    // Part of a name or code (h100, gpt-5, qwen3, 2025/10/28) rather than a figure.
    if (/[a-z0-9_/.]/.test(prev) || (prev === '-' && /[a-z]/.test(text[tokStart - 2] ?? ''))) continue;
    const value = parseNumber(m[1]!);
    if (!Number.isFinite(value)) continue;
    const cur = CURRENCY_BEFORE.exec(text.slice(Math.max(0, tokStart - 6), tokStart));
    const currency: FigureUnit | null = cur
      ? /[¥]|jpy/.test(cur[0])
        ? 'JPY'
        : /€|eur/.test(cur[0])
          ? 'EUR'
          : 'USD'
      : null;
    let start = cur ? tokStart - cur[0].length : tokStart;
    while (text[start] === ' ') start++;
    let r = readTail(text, value, tokStart + m[0].length, currency);
    let high = r.value;
    // A range whose first part borrows scale and unit from the second: $350-500 billion, 350~400億ドル.
    const sep = r.unit === null ? RANGE_SEP.exec(text.slice(r.end, r.end + 8)) : null;
    if (sep) {
      NUM.lastIndex = r.end + sep[0].length;
      const m2 = NUM.exec(text);
      if (m2 && m2.index === r.end + sep[0].length) {
        const r2 = readTail(text, parseNumber(m2[1]!), m2.index + m2[0].length, currency);
        if (r2.unit || currency) {
          const n2 = parseNumber(m2[1]!) * r2.scale;
          const mult = n2 ? r2.value / n2 : 1; // the unit's own multiplier (6割 → 60%)
          high = r2.value;
          r = { ...r2, value: (r.scale === 1 ? value * r2.scale : r.value) * mult };
        } else NUM.lastIndex = r.end;
      } else NUM.lastIndex = r.end;
    }
    let unit = r.unit ?? currency;
    if (unit === 'count' && currency) unit = currency;
    if (!unit) {
      const y = value;
      const tail = text.slice(tokStart + m[0].length, tokStart + m[0].length + 2);
      // Years: 2025年, "in 2024", "May 15, 2026" (four digits, 1900-2100, no decimals); a decade ("the 1990s",
      // 1990年代) is the span of its ten years.
      if (/^\d{4}$/.test(m[1]!) && y >= 1900 && y <= 2100 && !/^[月日]/.test(tail)) {
        const decade = y % 10 === 0 ? /^(?:'?s(?![a-z])|年代)/.exec(text.slice(tokStart + 4, tokStart + 7)) : null;
        const end = tokStart + 4 + (decade ? decade[0].length : tail[0] === '年' ? 1 : 0);
        out.push({ start: tokStart, end, value: y, high: decade ? y + 9 : y, unit: 'year', qualifier: 'exact' });
      }
      continue;
    }
    if (unit === currency && r.unit === null && r.scale === 1 && cur === null) continue;
    NUM.lastIndex = Math.max(NUM.lastIndex, r.end);
    // 「数百億ドル」「数十億」, "several hundred billion": some two to nine of the round number, not the number itself.
    const some = SOME_BEFORE.exec(text.slice(Math.max(0, tokStart - 8), tokStart));
    if (some && /^(?:[十百千]|ten|hundred)$/.test(m[1]!) && high === r.value) {
      out.push({
        start: start - some[0].length,
        end: r.end,
        value: r.value * SOME_LOW,
        high: r.value * SOME_HIGH,
        unit,
        qualifier: 'about',
      });
      continue;
    }
    out.push({
      start,
      end: r.end,
      value: r.value,
      high: Math.max(high, r.value),
      unit,
      qualifier: qualifierAround(text, start, r.end),
    });
  }
  return out;
}
