/** The words around numbers, in English and Japanese: scales, units, qualifiers (used by numbers.ts). */
/** Units a parsed figure can carry. */
export type FigureUnit = 'USD' | 'JPY' | 'EUR' | 'percent' | 'GW' | 'USD-cents' | 'count' | 'seconds' | 'year';
export type Qualifier = 'exact' | 'about' | 'over' | 'under' | 'up-to';

export const EN_SCALE: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
  t: 1e12,
};
export const JA_SCALE: Record<string, number> = { 千: 1e3, 万: 1e4, 億: 1e8, 兆: 1e12 };
export const WORD_NUM: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
export const KANJI_DIGIT: Record<string, number> = {
  〇: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

export const Q_BEFORE_EN: [RegExp, Qualifier][] = [
  [/(?:up to|as much as|as many as|a maximum of|at most)\s*$/, 'up-to'],
  [/(?:more than|over|above|exceeding|in excess of|at least|upwards of|north of|surpassing|topping)\s*$/, 'over'],
  [/(?:less than|under|below|fewer than|just under|shy of)\s*$/, 'under'],
  [/(?:about|around|approximately|approx|roughly|some|nearly|almost|close to|an estimated|circa|~)\s*$/, 'about'],
];
export const Q_BEFORE_JA: [RegExp, Qualifier][] = [
  [/(?:最大|最高|上限)\s*$/, 'up-to'],
  [/(?:約|およそ|おおよそ|概ね|ほぼ|推定)\s*$/, 'about'],
];
export const Q_AFTER: [RegExp, Qualifier][] = [
  [/^\s*(?:超え|超|以上|強|余り|あまり|を超え|を上回|\+|-plus|or more|and up)/, 'over'],
  [/^\s*(?:未満|以下|足らず)/, 'under'],
  [/^\s*(?:近く|近い|弱|程度|前後|ほど|規模|相当)/, 'about'],
];

export const CURRENCY_BEFORE = /(?:(us|u\.s\.|a|c|hk)?\s?\$|usd\s?|¥|jpy\s?|€|eur\s?)\s*$/;
export const EN_SCALE_AFTER = /^(?:\s?(thousand|million|mln|billion|trillion)\b|(bn|mn|tn|[kmbt])\b)/;
export const UNIT_AFTER: [RegExp, FigureUnit, number][] = [
  [/^\s?(?:(?:u\.?s\.?|us|american)\s?)?dollars?\b|^\s?(?:米ドル|ドル)/, 'USD', 1],
  [/^\s?(?:円|yen\b)/, 'JPY', 1],
  [/^\s?(?:euros?\b|ユーロ)/, 'EUR', 1],
  [/^\s?(?:%|パーセント|percent(?:age points?)?\b|per cent\b|pct\b)/, 'percent', 1],
  [/^割/, 'percent', 10],
  [/^[\s-]?(?:gw\b|gigawatts?\b|ギガワット)/, 'GW', 1],
  [/^[\s-]?(?:mw\b|megawatts?\b|メガワット)/, 'GW', 1e-3],
  [/^[\s-]?(?:cents?\b|セント|¢)/, 'USD-cents', 1],
  [/^\s?(?:seconds?\b|secs?\b|秒)/, 'seconds', 1],
  [
    /^\s?(?:[a-z-]+\s){0,2}(?:shares|funding rounds|rounds|deals|investments|startups|companies|firms|pilots|transactions)\b|^(?:株|件|社)/,
    'count',
    1,
  ],
];
export const RANGE_SEP = /^\s?(?:-|~|to|から|〜)\s?(?:us\$|\$|¥)?/;
