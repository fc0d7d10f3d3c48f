/**
 * Figure parsing in English and Japanese on NORMALISED text (see normalise.ts): amounts ($100bn, 1000億ドル,
 * 14兆8000億円), percentages (14%, 14 per cent, 6割), gigawatts, cents, counts with a counter word, seconds,
 * with qualifiers (about/over/up to/約/超/最大/近く). Values are absolute: $100 billion → 1e11.
 */

export type FigureUnit = 'USD' | 'JPY' | 'EUR' | 'percent' | 'GW' | 'USD-cents' | 'count' | 'seconds' | 'year';
export type Qualifier = 'exact' | 'about' | 'over' | 'under' | 'up-to';

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

const EN_SCALE: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, t: 1e12,
};
const JA_SCALE: Record<string, number> = { 千: 1e3, 万: 1e4, 億: 1e8, 兆: 1e12 };
const WORD_NUM: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
const KANJI_DIGIT: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

const Q_BEFORE_EN: [RegExp, Qualifier][] = [
  [/(?:up to|as much as|as many as|a maximum of|at most)\s*$/, 'up-to'],
  [/(?:more than|over|above|exceeding|in excess of|at least|upwards of|north of|surpassing|topping)\s*$/, 'over'],
  [/(?:less than|under|below|fewer than|just under|shy of)\s*$/, 'under'],
  [/(?:about|around|approximately|approx|roughly|some|nearly|almost|close to|an estimated|circa|~)\s*$/, 'about'],
];
const Q_BEFORE_JA: [RegExp, Qualifier][] = [
  [/(?:最大|最高|上限)\s*$/, 'up-to'],
  [/(?:約|およそ|おおよそ|概ね|ほぼ|推定)\s*$/, 'about'],
];
const Q_AFTER: [RegExp, Qualifier][] = [
  [/^\s*(?:超え|超|以上|強|余り|あまり|を超え|を上回|\+|-plus|or more|and up)/, 'over'],
  [/^\s*(?:未満|以下|足らず)/, 'under'],
  [/^\s*(?:近く|近い|弱|程度|前後|ほど|規模|相当)/, 'about'],
];

/** Numeric token: 1,210 | 46.5 | 0・25 (Japanese decimal point) | kanji numerals | a few English number words. */
const NUM = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.・]\d+)?|[〇一二三四五六七八九十百千]+(?=[万億兆ドル円%]|パーセント)|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b(?=[- ](?:quarter|half|cent|gigawatt|percent|per cent|percentage|billion|trillion|million)))/g;

function parseNumber(tok: string): number {
  if (/^\d/.test(tok)) return Number(tok.replace(/,/g, '').replace('・', '.'));
  if (tok in WORD_NUM) return WORD_NUM[tok]!;
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

interface Amount { value: number; end: number; scaled: boolean }

/** Reads Japanese scale chains after a number: 14兆8000億 → 1.48e13; returns the end offset. */
function readJaChain(text: string, value: number, pos: number): Amount {
  const JA_CHAIN = /^([千万億兆])(?:(\d+(?:\.\d+)?)([千万億])?)?/;
  let m = JA_CHAIN.exec(text.slice(pos, pos + 12));
  if (!m) return { value, end: pos, scaled: false };
  let total = value * JA_SCALE[m[1]!]!;
  // 千億 / 百万 style compound scales (千 directly followed by another scale).
  if (m[1] === '千' && /^[万億兆]/.test(text.slice(pos + 1))) {
    total = value * 1e3 * JA_SCALE[text[pos + 1]!]!;
    return { value: total, end: pos + 2, scaled: true };
  }
  if (m[2]) {
    const sub = Number(m[2]) * (m[3] ? JA_SCALE[m[3]]! : 1);
    // Only a smaller trailing part belongs to the chain (14兆8000億); otherwise stop after the first scale.
    if (sub < JA_SCALE[m[1]!]!) return { value: total + sub, end: pos + m[0].length, scaled: true };
    m = null;
  }
  return { value: total, end: pos + 1, scaled: true };
}

const CURRENCY_BEFORE = /(?:(us|u\.s\.|a|c|hk)?\s?\$|usd\s?|¥|jpy\s?|€|eur\s?)\s*$/;
const EN_SCALE_AFTER = /^(?:\s?(thousand|million|mln|billion|trillion)\b|(bn|mn|tn|[kmbt])\b)/;
const UNIT_AFTER: [RegExp, FigureUnit, number][] = [
  [/^\s?(?:(?:u\.?s\.?|us|american)\s?)?dollars?\b|^\s?(?:米ドル|ドル)/, 'USD', 1],
  [/^\s?(?:円|yen\b)/, 'JPY', 1],
  [/^\s?(?:euros?\b|ユーロ)/, 'EUR', 1],
  [/^\s?(?:%|パーセント|percent(?:age points?)?\b|per cent\b|pct\b)/, 'percent', 1],
  [/^割/, 'percent', 10],
  [/^[\s-]?(?:gw\b|gigawatts?\b|ギガワット)/, 'GW', 1],
  [/^[\s-]?(?:mw\b|megawatts?\b|メガワット)/, 'GW', 1e-3],
  [/^[\s-]?(?:cents?\b|セント|¢)/, 'USD-cents', 1],
  [/^\s?(?:seconds?\b|secs?\b|秒)/, 'seconds', 1],
  [/^\s?(?:[a-z-]+\s){0,2}(?:shares|funding rounds|rounds|deals|investments|startups|companies|firms|pilots|transactions)\b|^(?:株|件|社)/, 'count', 1],
];
const RANGE_SEP = /^\s?(?:-|~|to|から|〜)\s?(?:us\$|\$|¥)?/;

interface Read { value: number; end: number; scale: number; unit: FigureUnit | null }

/** Reads scale and unit after a number token ending at `pos`. */
function readTail(text: string, value: number, pos: number, currency: FigureUnit | null): Read {
  if (text[pos] === '+' && /^\+\s?[a-z]/.test(text.slice(pos, pos + 3))) pos++; // "50+ deals": the + is a qualifier
  let end = pos;
  let scale = 1;
  if (JA_SCALE[text[pos]!]) {
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
  const rest = text.slice(end, end + 40);
  for (const [re, unit, mult] of UNIT_AFTER) {
    const m = re.exec(rest);
    if (m) return { value: value * mult, end: end + m[0].length, scale, unit };
  }
  return { value, end, scale, unit: null };
}

function qualifierAround(text: string, start: number, end: number): Qualifier {
  const before = text.slice(Math.max(0, start - 24), start);
  for (const [re, q] of Q_BEFORE_JA) if (re.test(before)) return q;
  for (const [re, q] of Q_BEFORE_EN) if (re.test(before)) return q;
  if (/\d\+/.test(text.slice(start, end))) return 'over';
  const after = text.slice(end, end + 8);
  for (const [re, q] of Q_AFTER) if (re.test(after)) return q;
  return 'exact';
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
    const currency: FigureUnit | null = cur ? (/[¥]|jpy/.test(cur[0]) ? 'JPY' : /€|eur/.test(cur[0]) ? 'EUR' : 'USD') : null;
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
      // Years: 2025年, "in 2024", "May 15, 2026" (four digits, 1900-2100, no decimals).
      if (/^\d{4}$/.test(m[1]!) && y >= 1900 && y <= 2100 && !/^[月日]/.test(tail)) {
        const end = tokStart + 4 + (tail[0] === '年' ? 1 : 0);
        out.push({ start: tokStart, end, value: y, high: y, unit: 'year', qualifier: 'exact' });
      }
      continue;
    }
    if (unit === currency && r.unit === null && r.scale === 1 && cur === null) continue;
    NUM.lastIndex = Math.max(NUM.lastIndex, r.end);
    out.push({ start, end: r.end, value: r.value, high: Math.max(high, r.value), unit, qualifier: qualifierAround(text, start, r.end) });
  }
  return out;
}

/** Years mentioned in normalised text (used to tell which period a sentence is about). */
export function yearsIn(figures: ParsedFigure[]): number[] {
  return figures.filter((f) => f.unit === 'year').map((f) => f.value);
}
