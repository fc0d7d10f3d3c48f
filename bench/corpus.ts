/**
 * A generated news corpus for the benchmark: ~100k-character English and Japanese pages of paragraphs mixing
 * everyday business/tech/markets/local news with sentences that make claims about the AI-investment boom.
 * All sentences are written for this project; a seeded PRNG varies names, figures and dates.
 */

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

const EN_SLOTS: Record<string, string[]> = {
  co: [
    'Nvidia',
    'OpenAI',
    'Oracle',
    'Meta',
    'Alphabet',
    'Microsoft',
    'AMD',
    'Broadcom',
    'Toyota',
    'Walmart',
    'Pfizer',
    'Boeing',
    'Siemens',
    'Samsung',
  ],
  who: [
    'analysts at a large bank',
    'a senior economist',
    "the company's finance chief",
    'two people familiar with the plans',
    'a spokesperson',
    'the city council',
    'regulators in Brussels',
  ],
  day: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
  n: ['2', '3.5', '12', '18', '25', '40', '64', '150', '300'],
  pct: ['1.2%', '4%', '7 percent', '11%', '23 per cent', '0.5%'],
  city: ['Osaka', 'Denver', 'Lyon', 'Austin', 'Leeds', 'Sapporo', 'Perth'],
};
const EN_NEWS = [
  '{co} shares rose {pct} on {day} after the company reported quarterly revenue ahead of forecasts.',
  'The central bank left its policy rate unchanged on {day}, saying inflation was moving back towards its target.',
  'According to {who}, the plan would cost about ${n} billion over five years and create thousands of jobs.',
  'Heavy rain is expected across {city} through the weekend, with local flooding possible near rivers.',
  'The football club confirmed that its captain would miss the next three matches with a hamstring injury.',
  'Retail sales fell {pct} in the third quarter as households cut back on furniture and electronics.',
  '{co} said it would open a new research centre in {city}, its first outside its home market.',
  'Shipping costs have eased since the spring, but container rates remain above their pre-pandemic level.',
  'The museum will reopen in {city} next month after a two-year renovation funded by private donors.',
  'Lawmakers debated the bill for six hours before voting to send it back to committee.',
  '{co} is hiring engineers for its cloud division, {who} said, as demand from enterprise customers grows.',
  'Oil prices slipped {pct} as traders weighed rising inventories against supply cuts.',
  'A new bus line linking the airport with downtown {city} will start running in March.',
  'The semiconductor industry association expects global chip sales to grow {pct} next year.',
  'Consumer confidence improved for a second month, helped by lower petrol prices.',
  '{co} unveiled a smaller laptop with longer battery life at an event in {city} on {day}.',
  'Housing starts dropped to their lowest level in two years as mortgage rates stayed high.',
  'The school board approved a budget of ${n} million, including funds for new science labs.',
];
const EN_CLAIMS = [
  'Nvidia said it would invest up to $100 billion in OpenAI to help build at least 10 gigawatts of data centres.',
  'Critics say the arrangement looks like circular financing, because the money flows back to Nvidia through chip purchases.',
  'Oracle sold $18 billion of bonds in one of the largest corporate debt deals of the year to pay for AI infrastructure.',
  'US technology companies have issued about $157 billion of bonds this year, roughly 70% more than a year earlier.',
  "The IMF's chief economist argued that an AI bust would not be systemic because the investment is not financed by debt.",
  'An MIT report found that 95% of generative AI pilots at companies delivered no measurable return.',
  'During the dot-com crash the Nasdaq lost nearly 80% of its value from the 2000 peak.',
  'OpenAI has agreed to buy $300 billion of computing power from Oracle over about five years.',
  'Ken Griffin said generative AI falls short of helping hedge funds find alpha.',
  'GPUs make up roughly 60% of the cost of a data centre and lose value quickly as new chips arrive.',
];
const JA_SLOTS: Record<string, string[]> = {
  co: [
    'トヨタ',
    'ソニー',
    'エヌビディア',
    'オラクル',
    'メタ',
    'ソフトバンク',
    '任天堂',
    'ファーストリテイリング',
    'NVIDIA',
    'OpenAI',
  ],
  city: ['大阪', '札幌', '福岡', '名古屋', '仙台', '広島'],
  n: ['2', '15', '120', '300', '1500', '4000'],
  pct: ['1.5%', '3%', '12%', '0.8%', '25%'],
  day: ['月曜', '火曜', '水曜', '木曜', '金曜'],
};
const JA_NEWS = [
  '{co}の株価は{day}、四半期決算が市場予想を上回ったことを受けて{pct}上昇した。',
  '日銀は金融政策決定会合で政策金利を据え置き、物価の動向を引き続き注視すると説明した。',
  '{city}では週末にかけて大雨が予想され、気象台は河川の増水に注意するよう呼びかけている。',
  '政府は{n}億円規模の補正予算案をまとめ、子育て支援や防災対策を盛り込んだ。',
  '{co}は{city}に新たな研究拠点を開設すると発表し、数百人規模の採用を計画している。',
  'プロ野球の開幕戦はチケットが完売し、球場周辺は朝から多くのファンでにぎわった。',
  '個人消費は{pct}減少し、家具や家電の買い控えが目立った。',
  '{city}市は空港と中心部を結ぶ新しいバス路線を来年春に開業すると明らかにした。',
  '半導体業界団体は、来年の世界の半導体売上高が{pct}増えるとの見通しを示した。',
  '原油価格は在庫の増加を嫌気して{pct}下落した。',
  '{co}はバッテリー持続時間を延ばした新型ノートパソコンを{city}で発表した。',
  '住宅着工件数は住宅ローン金利の高止まりを背景に2年ぶりの低水準となった。',
  '市の教育委員会は理科室の改修費を含む{n}億円の予算案を承認した。',
  '円相場は一時1ドル=150円台まで下落し、輸入物価の上昇が懸念されている。',
  '大手コンビニ各社はおにぎりなどの値上げを相次いで発表した。',
];
const JA_CLAIMS = [
  'エヌビディアはOpenAIに最大1000億ドルを投資し、10ギガワット規模のデータセンター建設を支援すると発表した。',
  '投資した資金が半導体の購入を通じてエヌビディアに戻る「還流」ではないかとの懸念が出ている。',
  'オラクルはAIインフラの資金を賄うため、180億ドルの社債を発行した。',
  'IMFのチーフエコノミストは、AI投資は借り入れで賄われておらず、金融システム全体の危機には至らないとの見方を示した。',
  'MITの調査によると、企業の生成AIの試験導入の95%は収益面の成果を上げていない。',
  'ITバブル崩壊ではナスダック指数がピークから約78%下落した。',
  'OpenAIはオラクルと総額3000億ドル規模のクラウド契約を結んだ。',
  'シタデル創業者のグリフィン氏は、生成AIはアルファを見つけ出すには力不足だと語った。',
];

function fill(r: () => number, template: string, slots: Record<string, string[]>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => pick(r, slots[k]!));
}

/** Paragraph blocks totalling about `chars` characters; about one sentence in `claimEvery` makes a claim. */
export function generatePage(lang: 'en' | 'ja', chars: number, seed = 1, claimEvery = 12): string[] {
  const r = rng(seed);
  const [news, claims, slots, sep] =
    lang === 'en' ? [EN_NEWS, EN_CLAIMS, EN_SLOTS, ' '] : [JA_NEWS, JA_CLAIMS, JA_SLOTS, ''];
  const blocks: string[] = [];
  let total = 0;
  while (total < chars) {
    const n = 3 + Math.floor(r() * 4);
    const sentences: string[] = [];
    for (let i = 0; i < n; i++) sentences.push(r() < 1 / claimEvery ? pick(r, claims) : fill(r, pick(r, news), slots));
    let block = sentences.join(sep);
    if (total + block.length > chars) block = block.slice(0, chars - total);
    blocks.push(block);
    total += block.length;
  }
  return blocks;
}
