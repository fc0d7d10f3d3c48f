// Sets each listed claim's `requires` (what a sentence must name to make the claim: its actors, its event, the
// comparison it draws) in data/*.json: `npx tsx scripts/claim-requirements.ts`. Idempotent and safe to rerun after
// merges: it only writes the `requires` field of the claims named below (others are left as they are), keeps key
// order (the field goes right before `disputes`), and writes canonical JSON. Every name comes from the claim's own
// entities or statement; every event or comparison word from general usage in both languages.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

type Terms = { en: string[]; ja: string[] };
/** The terms of every list, each once, in order. */
const union = (...lists: Terms[]): Terms => ({
  en: [...new Set(lists.flatMap((t) => t.en))],
  ja: [...new Set(lists.flatMap((t) => t.ja))],
});
type Requires = { actors?: Terms[]; events?: Terms[]; comparison?: Terms; era?: Terms; excludes?: Terms };

const NVIDIA: Terms = {
  en: ['NVIDIA', 'Nvidia', 'Jensen Huang', 'Huang'],
  ja: [
    'エヌビディア',
    'NVIDIA',
    'ジェンスン・フアン',
    'ジェンセン・フアン',
    'ジェンスン・ファン',
    'ジェンセン・ファン',
    '黄仁勲',
    // Japanese reports name him by surname after the first mention (フアン氏, フアンCEO).
    'フアン',
    'ファン氏',
    'ファンCEO',
  ],
};
const OPENAI: Terms = {
  en: ['OpenAI', 'Open AI', 'Sam Altman', 'ChatGPT'],
  ja: ['OpenAI', 'Open AI', 'オープンAI', 'オープンエーアイ', 'サム・アルトマン', 'アルトマン'],
};
// Japanese reports name Ellison by surname after the first mention (エリソン氏, エリソン会長).
const ORACLE: Terms = {
  en: ['Oracle', 'Larry Ellison', 'OCI'],
  ja: ['オラクル', 'Oracle', 'ラリー・エリソン', 'エリソン'],
};
const META: Terms = {
  en: ['Meta', 'Meta Platforms', 'Facebook'],
  ja: ['メタ', 'メタ・プラットフォームズ', 'フェイスブック'],
};
const SORA: Terms = { en: ['Sora'], ja: ['Sora', 'ソラ'] };
const AI: Terms = {
  en: ['AI', 'artificial intelligence', 'data center', 'data centre', 'data centers', 'data centres'],
  ja: ['AI', '人工知能', 'データセンター'],
};
/** Generative AI and its models, named as such or by a product. */
const GENAI: Terms = {
  en: ['AI', 'artificial intelligence', 'generative AI', 'ChatGPT', 'GPT', 'GPT-4', 'LLM', 'large language model'],
  ja: ['AI', '人工知能', '生成AI', 'ChatGPT', 'GPT-4', 'LLM', '大規模言語モデル'],
};
/** Griffin's claims are on generative AI: named, or left to the sentence that names him. */
const GRIFFIN_ON_AI: Terms = {
  en: [...GENAI.en, 'machine learning', 'chatbot', 'chatbots', 'the technology', 'Griffin', 'Ken Griffin', 'Citadel'],
  ja: [...GENAI.ja, '機械学習', 'チャットボット', 'この技術', 'グリフィン', 'ケン・グリフィン', 'シタデル'],
};
/** Who adopts AI and reports what it returns: firms, their leaders, a survey of them (not a chipmaker's sales). */
const ADOPTERS: Terms = {
  en: [
    'companies',
    'company',
    'firms',
    'enterprises',
    'enterprise',
    'businesses',
    'organisations',
    'organizations',
    'executives',
    'business leaders',
    'leaders',
    'respondents',
    'survey',
    'surveyed',
    'Wharton',
  ],
  // 経営陣, 役員 and CEO are the executives and leaders; 各社 and 会社 the companies.
  ja: [
    '企業',
    '幹部',
    '経営者',
    '経営層',
    '経営陣',
    '役員',
    'CEO',
    'ビジネスリーダー',
    '各社',
    '会社',
    '組織',
    '回答',
    '調査',
    'ウォートン',
  ],
};
const DOTCOM: Terms = {
  en: ['dot-com', 'dotcom', 'dot com', '1990s', '1999', '2000', 'internet bubble'],
  ja: ['ドットコム', 'ITバブル', '1990年代', '2000年'],
};
const FED: Terms = {
  en: ['Fed', 'Federal Reserve', 'FOMC', 'Federal Open Market Committee', 'Powell', 'Greenspan', 'US central bank'],
  ja: [
    'FRB',
    '連邦準備',
    '米連邦',
    'FOMC',
    'パウエル',
    'グリーンスパン',
    '米中央銀行',
    '米中銀',
    // The Fed as older and regional Japanese reports call it (米連邦準備銀行 → 米連銀).
    '米連銀',
    '米利下げ',
    '米利上げ',
  ],
};
const CUT: Terms = {
  en: ['cut', 'cuts', 'cutting', 'rate cut', 'lowered', 'lowers', 'lowering', 'reduced', 'easing'],
  ja: ['利下げ', '引き下げ', '金融緩和'],
};
const HIKE: Terms = {
  en: ['hike', 'hikes', 'hiking', 'raised', 'raising', 'rate increases', 'tightening'],
  ja: ['利上げ', '引き上げ', '金融引き締め'],
};
/** Interest rates (利下げ and 利上げ name the rate themselves). */
const RATES: Terms = {
  en: ['rate', 'rates', 'interest rate', 'interest rates', 'basis points', 'monetary policy', 'fed funds'],
  ja: ['金利', '利下げ', '利上げ', '政策金利', '金融政策', '金融緩和', '金融引き締め'],
};
/** Borrowing in any form: a company's spending, revenue or capex figures are not how it is paid for. */
const DEBT: Terms = {
  en: [
    'debt',
    'bond',
    'bonds',
    'borrow',
    'borrowed',
    'borrowing',
    'borrowings',
    'loan',
    'loans',
    'lenders',
    'leverage',
    'leveraged',
    'credit',
    'senior notes',
    'debt-financed',
    'debt-funded',
    'debt-fuelled',
    'debt-fueled',
    'indebtedness',
    'liabilities',
    'issuance',
    'high-grade',
    'investment-grade',
    'junk',
    'spreads',
    'yields',
    'refinancing',
    'bondholders',
    'creditors',
    // A data-centre lease is borrowing by another name (finance-lease liabilities are reported as debt).
    'lease liabilities',
    'lease commitments',
    'lease obligations',
    'finance leases',
    'finance lease',
  ],
  ja: [
    '債務',
    '負債',
    '借金',
    '借り入れ',
    '借入',
    '社債',
    '債券',
    '起債',
    '発行',
    '融資',
    '有利子負債',
    '投資適格',
    'クレジット',
    '利回り',
    '借り換え',
    'リース債務',
    'リース負債',
  ],
};
const TECH: Terms = {
  en: [
    'Big Tech',
    'tech giants',
    'tech companies',
    'technology companies',
    'tech firms',
    'technology firms',
    'tech groups',
    'technology groups',
    'tech sector',
    'hyperscalers',
    'megacaps',
    'Magnificent Seven',
    'cloud providers',
    'AI companies',
    'AI firms',
    'Alphabet',
    'Google',
    'Meta',
    'Microsoft',
    'Oracle',
    'Amazon',
  ],
  ja: [
    '大手テック',
    '巨大テック',
    'ビッグテック',
    'テック企業',
    'テック大手',
    '巨大IT',
    'IT大手',
    'ハイパースケーラー',
    'クラウド事業者',
    'AI企業',
    'アルファベット',
    'グーグル',
    'メタ',
    'マイクロソフト',
    'オラクル',
    'アマゾン',
    'GAFAM',
    // The four-company form that predates Microsoft's inclusion, still common in Japanese reports.
    'GAFA',
    'ハイテク大手',
    'ハイテク企業',
    'マグニフィセント・セブン',
  ],
};

/** A bubble denied about AI, not about house prices or crypto: the AI boom, named or by who leads it. */
const AI_BOOM: Terms = {
  en: [...AI.en, 'boom', 'Nvidia', 'NVIDIA', 'Jensen Huang', 'Huang', 'tech'],
  ja: [...AI.ja, '生成AI', 'ブーム', 'エヌビディア', 'NVIDIA', 'フアン', 'ファンCEO', '黄仁勲', 'ハイテク', 'テック'],
};
/**
 * A tech company or AI, named, or the borrower referred back to (the paragraph named it): a bond sale, loan or raise
 * by a carmaker or a drugmaker is not Big Tech's AI borrowing.
 */
const TECH_OR_AI: Terms = union(TECH, AI, META, ORACLE, {
  en: ['MSFT', 'cloud', 'tech', 'technology', 'the company', 'these companies', 'the companies', 'the firm'],
  ja: ['クラウド', 'テック', 'ハイテク', 'テクノロジー', 'Google', 'Microsoft', '同社', '両社', '各社', '同グループ'],
});
/**
 * AI hardware or the cloud companies that run it: a machine tool's useful life, or any company's depreciation, is
 * not it.
 */
const AI_HARDWARE: Terms = union(AI, TECH, NVIDIA, {
  en: [
    'GPU',
    'GPUs',
    'chips',
    'AI chips',
    'accelerators',
    'servers',
    'hardware',
    'H100',
    'H100s',
    'A100',
    'A100s',
    'Blackwell',
    'CoreWeave',
  ],
  ja: ['GPU', 'チップ', 'サーバー', 'アクセラレーター', 'H100', 'A100', 'ブラックウェル', 'コアウィーブ', 'CoreWeave'],
});
/** NVIDIA, OpenAI or AI named: money going round in a circle elsewhere (a trading house's fraud) is not AI's. */
const NVIDIA_OR_AI: Terms = union(NVIDIA, OPENAI, AI, {
  en: [
    'GPU',
    'GPUs',
    'chips',
    'chipmaker',
    'CoreWeave',
    'Oracle',
    // Or the market's worry the claims state (demand inflated, a bubble): 循環取引 is also an accounting fraud's name.
    'concerns',
    'concern',
    'worries',
    'bubble',
    'demand',
    'skeptics',
    'sceptics',
    'critics',
    'vendor financing',
    // Or the analysts whose worry two of the claims report.
    'Rasgon',
    'Bernstein',
    'Colello',
    'Morningstar',
    // Or the deals referred back to, from the paragraph that names them.
    'these companies',
    'these deals',
    'such deals',
    'the deals',
    'this deal',
    'this structure',
    'this arrangement',
    'these arrangements',
    'such arrangements',
    'the investment',
    'this investment',
  ],
  ja: [
    'GPU',
    '半導体',
    'コアウィーブ',
    'CoreWeave',
    'オラクル',
    '懸念',
    '警戒',
    '指摘',
    'バブル',
    '需要',
    '株価',
    'ベンダーファイナンス',
    'ラスゴン',
    'バーンスタイン',
    'コレロ',
    'モーニングスター',
    'この',
    'その',
    'こうした',
    'これら',
    '同社',
    '両社',
  ],
});
const TABLE: Record<string, Requires> = {
  'dotcom.no-ai-bubble': { events: [AI_BOOM] },
  // Claims whose wording is everyday business language ("paying off", "still in use"): the sentence must also be
  // about AI or its hardware.
  'roi.little-value': { events: [AI] },
  // Firms seeing returns on the AI they adopt: an AI vendor's sales or AI stocks beating expectations are not it.
  // ... and a return from it: leaders saying a launch 'exceeded expectations' is not it.
  'roi.wharton-positive-roi': {
    events: [
      AI,
      ADOPTERS,
      {
        en: [
          'return',
          'returns',
          'ROI',
          'paying off',
          'pays off',
          'paid off',
          'payoff',
          'profit',
          'profits',
          'profitable',
          'value',
          'benefit',
          'benefits',
          'productivity',
          'gains',
          'positive returns',
          'positive ROI',
          'measurable ROI',
        ],
        // 元が取れ, 採算, 投資回収: paying off and payoff; 恩恵, メリット: benefits; 黒字: profitable.
        ja: [
          'リターン',
          'ROI',
          '投資対効果',
          '投資収益',
          '利益',
          '収益',
          '効果',
          '成果',
          '価値',
          '生産性',
          '元が取れ',
          '採算',
          '投資回収',
          '恩恵',
          'メリット',
          '黒字',
        ],
      },
    ],
  },
  // A survey's share of firms seeing returns: the returns and what they come from, not a share alone.
  'roi.google-cloud-roi-2025': {
    events: [
      {
        en: ['ROI', 'return on investment', 'returns', 'return', 'payback', 'paying off', 'pays off'],
        // 投資回収 and 回収 are the payback, 元が取れ and 採算 paying off.
        ja: ['ROI', '投資収益', '投資対効果', '費用対効果', 'リターン', '投資回収', '投資を回収', '元が取れ', '採算'],
      },
      AI,
      ADOPTERS,
    ],
  },
  // The cloud companies' AI hardware: the useful life of other equipment, or a company's depreciation, is not it.
  'scaling.gpu-useful-life': {
    events: [
      AI_HARDWARE,
      // How long the hardware lasts, not the hardware alone.
      {
        en: [
          'useful life',
          'useful lives',
          'depreciation',
          'depreciate',
          'depreciated',
          'depreciating',
          'lifespan',
          'life span',
          'service life',
          'in service',
          'in use',
          'still running',
          'years',
          'older',
          'obsolete',
          'obsolescence',
        ],
        ja: ['耐用年数', '減価償却', '償却', '寿命', '使い続け', '稼働', '年間', '年程度', '旧世代', '古い', '陳腐化'],
      },
    ],
    // A shortened life speaks for fast obsolescence, whatever years the sentence names.
    excludes: {
      en: [
        'shortened the useful life',
        'shortens the useful life',
        'shorten the useful life',
        'shortening the useful life',
        'shortened the useful lives',
        'shortened its useful life',
        'shorter useful life',
        'shorter useful lives',
        'cut the useful life',
        'cuts the useful life',
        'reduced the useful life',
        'reduces the useful life',
        'reducing the useful life',
        'lowered the useful life',
      ],
      ja: ['短縮', '短くした', '短くする'],
    },
  },
  // Borrowing for AI: a bond market sentence about other purposes is not it (the borrower is often unnamed).
  'debt.big-tech-borrowing': { events: [AI, DEBT] },
  'debt.us-tech-bonds-2025': { actors: [TECH], events: [DEBT, TECH_OR_AI] },
  // The IMF's claims are about an AI bust and AI's share of GDP; a general financial crisis or growth forecast is not.
  // The IMF, or the bust itself, is enough: reports of it often leave "AI" to the sentence before.
  'imf.no-systemic-crisis': {
    events: [
      {
        en: [
          ...AI.en,
          'IMF',
          'International Monetary Fund',
          'Gourinchas',
          'bubble',
          'boom',
          'bust',
          'burst',
          'collapse',
        ],
        ja: [...AI.ja, 'IMF', '国際通貨基金', 'グランシャ', 'バブル', 'ブーム', '崩壊', '破裂', '暴落'],
      },
    ],
  },
  'imf.gdp-share': { comparison: DOTCOM },
  // A share of the cost of building data centres: a sentence on data-centre revenue is not it.
  'scaling.gpu-60pct-cost': {
    events: [
      {
        en: [
          'cost',
          'costs',
          'bill',
          'price tag',
          'spending',
          'spend',
          'capex',
          'capital expenditure',
          'build',
          'building',
        ],
        ja: ['コスト', '費用', '建設', '設備投資', '支出'],
      },
      // What is built is AI's: an office's or a factory's building costs are not it.
      AI_HARDWARE,
    ],
  },
  'alpha.griffin-no-hedge-fund-impact': {
    events: [
      { en: ['hedge fund', 'hedge funds', 'research', 'investing'], ja: ['ヘッジファンド', '運用', 'リサーチ'] },
      GRIFFIN_ON_AI,
    ],
  },
  // Alpha from generative AI: a fund's alpha from other strategies is not it, nor Griffin finding something else
  // "not good enough" (a budget, a policy).
  'alpha.griffin-falls-short': {
    events: [
      {
        en: [...GENAI.en, 'machine learning', 'chatbot', 'chatbots', 'the technology'],
        ja: [...GENAI.ja, '機械学習', 'チャットボット', 'この技術'],
      },
    ],
  },
  // Paying for AI or its build-out out of cash flow: a company's cash flow or capex in general (a carmaker's) is not
  // it; AI or a tech company is named.
  'debt.capex-from-cash-flow': { events: [TECH_OR_AI] },
  // Each Sora claim says something particular about the app: demand, adoption, social media, creators, fakes, rules.
  'sora.creator-backlash': {
    events: [
      {
        en: [
          'creators',
          'creator',
          'rights holders',
          'copyright',
          'backlash',
          'artists',
          'actors',
          'studios',
          'threat',
        ],
        ja: ['クリエイター', '権利者', '著作権', '反発', '抗議', '脅威', 'アニメ'],
      },
    ],
  },
  'sora.fakes-scams': {
    events: [
      {
        en: ['fake', 'fakes', 'deepfake', 'deepfakes', 'scam', 'scams', 'fraud', 'misinformation', 'disinformation'],
        ja: [
          '偽の',
          '偽動画',
          '偽画像',
          '偽ニュース',
          '偽物',
          '偽造',
          'フェイク',
          'ディープフェイク',
          '詐欺',
          'なりすまし',
          '偽情報',
        ],
      },
    ],
  },
  'sora.regulation-risk': {
    events: [
      {
        en: ['regulation', 'regulators', 'regulatory', 'law', 'laws', 'rules', 'ban'],
        ja: ['規制', '法律', '法規制', '法的', 'ルール'],
      },
    ],
  },
  // Each company's debt: its spending or capex figures (often the same sentence's subject) are not its borrowing.
  // The claim's amount stands in for an unnamed borrower, not for the kind of borrower: a tech company or AI is
  // named (TECH_OR_AI), so a carmaker's or a drugmaker's bond sale of the same size is not it.
  'debt.google-2025': {
    actors: [{ en: ['Google', 'Alphabet'], ja: ['グーグル', 'アルファベット', 'Google'] }],
    events: [DEBT, TECH_OR_AI],
  },
  'debt.meta-since-2022': { actors: [META], events: [DEBT, TECH_OR_AI] },
  // Hyperion's financing: Meta's revenue or share price beside an amount is not it, nor money going into a Meta data
  // centre (the site is not how it is paid for).
  'debt.meta-hyperion-spv': {
    actors: [
      {
        en: [...META.en, 'Blue Owl', 'Hyperion'],
        ja: [...META.ja, 'ブルー・アウル', 'ブルーアウル', 'ハイパーイオン'],
      },
    ],
    events: [
      {
        en: [
          ...DEBT.en,
          'financing',
          'financed',
          'funding',
          'private credit',
          'SPV',
          'special purpose vehicle',
          'off balance sheet',
          'off-balance-sheet',
          'joint venture',
          'Hyperion',
          'deal',
        ],
        ja: [
          ...DEBT.ja,
          '資金調達',
          '調達',
          'プライベートクレジット',
          '特別目的会社',
          'SPV',
          '簿外',
          'オフバランス',
          '合弁',
          'ハイパーイオン',
        ],
      },
      // A tech company's borrowing (its amount stands in for the name, not for the kind of borrower).
      union(TECH_OR_AI, { en: ['Hyperion', 'Blue Owl'], ja: ['ハイパーイオン', 'ブルー・アウル', 'ブルーアウル'] }),
    ],
  },
  'debt.microsoft-27-to-46': {
    actors: [{ en: ['Microsoft', 'MSFT'], ja: ['マイクロソフト', 'Microsoft'] }],
    events: [DEBT, TECH_OR_AI],
  },
  'debt.oracle-90b': { actors: [ORACLE], events: [DEBT, TECH_OR_AI] },
  'debt.oracle-18b-bonds': { actors: [ORACLE], events: [DEBT, TECH_OR_AI] },
  'debt.jpmorgan-14pct': {
    actors: [{ en: ['JPMorgan', 'J.P. Morgan', 'JPMorgan Chase'], ja: ['JPモルガン', 'JPモルガン・チェース'] }],
    events: [AI, DEBT],
  },
  // An analogy needs both sides: a comparison with the dot-com era that leaves today's AI out is history.
  'dotcom.ai-resembles-dotcom': {
    comparison: {
      en: ['AI', 'artificial intelligence', 'today', 'current boom', 'this time'],
      ja: ['AI', '人工知能', '生成AI', '現在', '今回', '今の'],
    },
  },
  'dotcom.shiller-speculation': { actors: [{ en: ['Shiller', 'CAPE'], ja: ['シラー'] }] },
  // The claims are about a direction of interest rates: a hold, or a sentence on rates in general, is neither
  // (the Fed's two claims are set with their actor below).
  'dotcom.powell-term-2026': { actors: [{ en: ['Powell', 'Fed chair'], ja: ['パウエル', 'FRB議長'] }] },
  // NVIDIA's part of OpenAI's round: another investor's stake (SoftBank's, Microsoft's) is not it; the claim's own
  // amount still stands in for the names.
  'nvidia.openai-30b-stake': { actors: [NVIDIA, OPENAI] },
  'scaling.nvidia-older-gpus-hold-value': { actors: [NVIDIA] },
  'debt.alphabet-bonds-2025': {
    actors: [{ en: ['Google', 'Alphabet'], ja: ['グーグル', 'アルファベット', 'Google'] }],
    events: [DEBT, TECH_OR_AI],
  },
  'debt.meta-30b-bond': { actors: [META], events: [DEBT, TECH_OR_AI] },
  'debt.hyperscalers-121b-2025': { actors: [TECH], events: [DEBT, TECH_OR_AI] },
  'debt.big-tech-capex-2026': { actors: [TECH], events: [TECH_OR_AI] },
  'debt.oracle-2026-raise': { actors: [ORACLE], events: [TECH_OR_AI] },
  'openai.oracle-sites-delayed': { actors: [ORACLE] },
  'openai.oracle-no-delays': { actors: [ORACLE] },
  'imf.boe-debt-financed-ai': {
    actors: [
      {
        en: ['Bank of England', 'BoE'],
        ja: ['イングランド銀行', '英中銀', '英中央銀行', 'イングランド中銀', '英国中央銀行'],
      },
    ],
  },
  'imf.bis-cash-flows-to-debt': {
    actors: [{ en: ['Bank for International Settlements', 'BIS'], ja: ['国際決済銀行', 'BIS'] }],
  },
  'roi.pwc-ceo-survey-2026': {
    actors: [{ en: ['PwC', 'PricewaterhouseCoopers'], ja: ['PwC', 'プライスウォーターハウスクーパース'] }],
  },
  // Griffin's view on jobs: its words (仕事を奪う, job losses) are everyone's; only his name makes it his claim.
  'alpha.griffin-limited-change': {
    actors: [{ en: ['Griffin', 'Ken Griffin', 'Citadel'], ja: ['グリフィン', 'ケン・グリフィン', 'シタデル'] }],
  },
  'alpha.man-group-ai-signals': { actors: [{ en: ['Man Group', 'Man AHL'], ja: ['マン・グループ', 'マングループ'] }] },
  // A fund run on AI that beat the market: AI named (or its machine learning), a fund or its managers, and a result
  // against the market. A fund merely adopting AI, or AI stocks lifting a fund, is not it.
  'alpha.ai-funds-beat-market': {
    events: [
      { en: [...GENAI.en, 'machine learning'], ja: [...GENAI.ja, '機械学習'] },
      {
        en: ['fund', 'funds', 'hedge fund', 'hedge funds', 'fund manager', 'fund managers', 'asset manager'],
        ja: ['ファンド', 'ヘッジファンド', '運用会社', '運用', '投資会社', '資産運用'],
      },
      {
        en: ['beat', 'beats', 'outperformed', 'outperform', 'outperforms', 'returned', 'returns', 'alpha', 'profits'],
        ja: ['上回', 'リターン', '利益', '収益', '成果を上げ', '好成績', '超過収益', 'アルファ'],
      },
    ],
  },
  'small.arc-prize-hrm-check': {
    actors: [
      {
        en: ['HRM', 'Hierarchical Reasoning Model', 'Sapient'],
        ja: ['HRM', '階層型推論モデル', 'サピエント', 'Sapient'],
      },
    ],
  },
  'small.trm-samsung': {
    actors: [{ en: ['TRM', 'Tiny Recursive Model', 'Samsung'], ja: ['TRM', 'サムスン', 'Samsung'] }],
  },
  'small.tsuzumi-2': { actors: [{ en: ['tsuzumi', 'NTT'], ja: ['tsuzumi', 'つづみ', 'NTT'] }] },
  'small.reasoning-gap': {
    actors: [
      {
        en: [
          'small model',
          'smaller model',
          'small language model',
          'SLM',
          'low-cost LLMs',
          'compact LLMs',
          'smaller LLMs',
        ],
        ja: [
          '小型モデル',
          '小規模モデル',
          '小さなモデル',
          '小型LLM',
          '軽量モデル',
          'SLM',
          '小さいモデル',
          '小型言語モデル',
          '小規模言語モデル',
          '小規模な言語モデル',
          '小型の言語モデル',
          '小型AIモデル',
          '軽量LLM',
        ],
      },
    ],
    // The comparison with larger models, or the reasoning the gap is in: a small model's release is not it.
    comparison: {
      en: [
        'larger',
        'bigger',
        'giant',
        'large models',
        'large language models',
        'frontier models',
        'reasoning',
        'multi-step',
        'multistep',
        'complex tasks',
        'compared with',
        'compared to',
        'trail',
        'trails',
        'lag',
        'lags',
        'fall short',
        'falls short',
      ],
      ja: [
        '大規模',
        '大型',
        '巨大',
        '大きな',
        '大きい',
        '推論',
        '多段階',
        '複雑なタスク',
        '比較',
        '及ば',
        'かなわ',
        '劣る',
        '劣って',
      ],
    },
  },
  'alpha.llm-return-predictability': {
    actors: [
      {
        en: ['ChatGPT', 'GPT-4', 'GPT', 'large language model', 'LLM', 'generative AI', 'AI'],
        ja: ['ChatGPT', 'GPT-4', '大規模言語モデル', 'LLM', '生成AI', 'AI'],
      },
    ],
  },
  // Downloads said to be growing are the launch's adoption, not the fall after it ("Sora's downloads are booming");
  // only the present and perfect forms, since a fall is often told against the launch ("after soaring at launch").
  'sora.downloads-fell': {
    actors: [SORA],
    excludes: {
      en: [
        'booming',
        'are soaring',
        'is soaring',
        'are surging',
        'is surging',
        'have soared',
        'has soared',
        'have surged',
        'has surged',
        'skyrocketing',
        'skyrocketed',
      ],
      ja: [],
    },
  },
  'sora.shutdown-2026': { actors: [SORA] },
  // Disney's deal with OpenAI: Disney's box office or its own films are not it.
  'sora.disney-license': {
    actors: [{ en: ['Disney'], ja: ['ディズニー'] }],
    events: [
      union(SORA, OPENAI, {
        en: ['license', 'licence', 'licensing', 'licensed', 'characters', 'invest', 'investment', 'stake', 'deal'],
        ja: ['ライセンス', '使用許諾', '許諾', 'キャラクター', '出資', '投資', '提携', '契約'],
      }),
    ],
  },
  // Many venture deals, not one: NVIDIA's single investment in a start-up is not the count.
  'nvidia.venture-50-deals': {
    actors: [NVIDIA],
    events: [
      {
        en: [
          'deals',
          'venture deals',
          'investments',
          'startups',
          'start-ups',
          'portfolio',
          'dozens',
          'spree',
          'funding rounds',
          'rounds',
          'PitchBook',
          'NVentures',
          'venture arm',
          'venture capital',
        ],
        ja: [
          '投資先',
          '出資先',
          '相次',
          '次々',
          '件以上',
          '件超',
          '件の',
          '数十社',
          '多数の',
          'ポートフォリオ',
          'ピッチブック',
          'PitchBook',
          'ベンチャー投資',
          'ベンチャーキャピタル',
        ],
      },
    ],
  },
  'nvidia.no-tech-requirement': { actors: [NVIDIA] },
  'openai.oracle-300b': { actors: [OPENAI, ORACLE] },
  'openai.amd-6gw': {
    actors: [
      OPENAI,
      {
        en: ['AMD', 'Advanced Micro Devices', 'Lisa Su'],
        ja: ['AMD', 'アドバンスト・マイクロ・デバイセズ', 'リサ・スー'],
      },
    ],
  },
  'openai.broadcom-10gw': {
    actors: [OPENAI, { en: ['Broadcom', 'Hock Tan'], ja: ['ブロードコム', 'Broadcom', 'ホック・タン'] }],
  },
  // OpenAI's commitments: another company's market value or revenue above $1 trillion is not them.
  'openai.compute-over-1t': {
    actors: [OPENAI],
    events: [
      {
        en: [
          'commitments',
          'committed',
          'obligations',
          'compute',
          'computing',
          'deals',
          'contracts',
          'data centers',
          'data centres',
          'infrastructure',
          'gigawatts',
          'GW',
          'chips',
          'spending',
          'spend',
          'deal',
          'contract',
          'pledged',
          'pledges',
          'promised',
          'signed',
          'agreements',
          'capacity',
          'servers',
          'cloud',
          'investment',
          'investments',
          'build-out',
          'buildout',
          'Stargate',
        ],
        ja: [
          '契約',
          '計算',
          'コンピューティング',
          'データセンター',
          'インフラ',
          'ギガワット',
          '半導体',
          'GPU',
          '支出',
          '投資',
          '約束',
          '合意',
          '確保',
          'クラウド',
          'スターゲート',
          'コンピュート',
          '演算',
        ],
      },
    ],
  },
  'openai.cash-burn': { actors: [OPENAI] },
  'small.qwen3-vl-compact': { actors: [{ en: ['Qwen', 'Alibaba'], ja: ['Qwen', 'アリババ', '通義千問'] }] },
  'small.nitro-e': { actors: [{ en: ['Nitro-E', 'AMD'], ja: ['Nitro-E', 'AMD'] }] },
  'small.pathway-bdh': {
    actors: [{ en: ['Pathway', 'BDH', 'Dragon Hatchling'], ja: ['Pathway', 'パスウェイ', 'BDH'] }],
  },
  'small.hrm': {
    actors: [
      {
        en: ['HRM', 'Hierarchical Reasoning Model', 'Sapient'],
        ja: ['HRM', '階層型推論モデル', 'サピエント', 'Sapient'],
      },
    ],
  },
  'sora.supply-without-demand': {
    actors: [SORA],
    events: [
      {
        en: [
          'demand',
          'nobody asked',
          'no one asked',
          'nobody wants',
          'interest',
          'user numbers',
          'active users',
          'daily users',
          'monthly users',
          'fewer users',
          'few users',
          'downloads',
          'retention',
        ],
        ja: [
          '需要',
          '誰も求めて',
          '求めても',
          '関心',
          'ユーザー数',
          '利用者数',
          'ダウンロード',
          'ユーザー離れ',
          '利用者離れ',
          '飽き',
          '一過性',
          '目新しさ',
          '誰のための',
          '使い道',
        ],
      },
    ],
  },
  'sora.fast-adoption': {
    actors: [SORA],
    events: [
      {
        en: [
          'downloads',
          'downloaded',
          'million users',
          'user numbers',
          'active users',
          'App Store',
          'top spot',
          'No. 1',
          'number one',
          'popular',
          'popularity',
          'adoption',
        ],
        ja: [
          'ダウンロード',
          'ユーザー数',
          '利用者数',
          'App Store',
          'アップストア',
          'アプリストア',
          '首位',
          '1位',
          'トップに',
          '人気',
          '普及',
          '万人',
          '万ユーザー',
          '需要',
          'ランキング',
          '急上昇',
          // Adoption said of its users: gaining them, or their number rising.
          '利用者を集め',
          'ユーザーを集め',
          '利用者を獲得',
          'ユーザーを獲得',
          '利用者が急増',
          'ユーザーが急増',
        ],
      },
    ],
    // The rush reported falling off ("downloads plummeted", 「ダウンロード数が急減」) is the later decline, not it.
    excludes: {
      en: [
        'plummet',
        'plummets',
        'plummeted',
        'plummeting',
        'plunge',
        'plunges',
        'plunged',
        'slump',
        'slumped',
        'tumbled',
        'fell',
        'fallen',
        'falling',
        'dropped',
        'declined',
        'declining',
        'dwindled',
        'dwindling',
        'faded',
        'fading',
        'waning',
      ],
      ja: ['減少', '急減', '激減', '半減', '落ち込', '低迷', '失速', '鈍化', '伸び悩'],
    },
  },
  'sora.rehash-social': {
    actors: [SORA],
    events: [
      {
        en: ['social', 'social media', 'feed', 'TikTok', 'attention'],
        ja: ['ソーシャル', 'SNS', 'フィード', 'TikTok', 'ティックトック'],
      },
      // Its verdict on the app (recycled, attention-chasing, no new era), not its videos shared on social media.
      {
        en: [
          'new era',
          'recycle',
          'recycles',
          'recycled',
          'rehash',
          'rehashes',
          'rehashed',
          'clone',
          'copycat',
          'attention',
          'attention-chasing',
          'engagement',
          'tired',
          'tiring',
          'fatigue',
          'substance',
          'aesthetics',
          'slop',
          'TikTok',
          'endless feed',
          'doomscrolling',
        ],
        ja: [
          '新時代',
          '焼き直し',
          '二番煎じ',
          '模倣',
          '飽き',
          '注目集め',
          '見た目',
          '中身',
          'TikTok',
          'ティックトック',
          '亜流',
          '無限スクロール',
        ],
      },
    ],
  },
  // NVIDIA's OpenAI deal needs both: NVIDIA investing in another company, or a sentence on AI investment in general,
  // is not it (an agreeing amount still stands in for the names).
  'nvidia.openai-100b': { actors: [NVIDIA, OPENAI] },
  'nvidia.openai-plan-stalled': { actors: [NVIDIA, OPENAI] },
  // The Fed's hikes: another central bank's hike is not them. Cuts stay without the actor: Japanese reports of the
  // Fed's cuts often leave the subject out (「2会合連続で利下げ」).
  // "Is cutting" is an event that happened: a hold, or a cut only expected, projected, priced in or argued for (a
  // dissent), is not it. The phrases put the forecast on the cut itself, so "cut rates and signalled more" stays.
  'dotcom.fed-cutting-now': {
    // English says "cut rates" of any lender (another central bank, mortgage lenders): the Fed or US rates are named.
    // Japanese 利下げ is the policy-rate word itself, and reports name the Fed once per paragraph, so it stands in.
    actors: [
      {
        en: [...FED.en, 'US rates', 'US interest rates', 'U.S. interest rates', 'US rate', 'American interest rates'],
        ja: [...FED.ja, '利下げ', '米国', '米金利', '米政策金利'],
      },
    ],
    events: [CUT, RATES],
    excludes: {
      en: [
        'held rates',
        'hold rates',
        'holds rates',
        'holding rates',
        'kept rates',
        'keep rates',
        'keeps rates',
        'left rates',
        'leave rates',
        'leaves rates',
        'on hold',
        'held steady',
        'hold steady',
        'holds steady',
        'unchanged',
        'pause',
        'paused',
        'pausing',
        'expected to cut',
        'expects to cut',
        'expect to cut',
        'likely to cut',
        'poised to cut',
        'set to cut',
        'plans to cut',
        'could cut',
        'may cut',
        'might cut',
        'will cut',
        'would cut',
        'projected',
        'projection',
        'projections',
        'forecast',
        'forecasts',
        'dot plot',
        'pencilled in',
        'penciled in',
        'priced in',
        'pricing in',
        'bets',
        'odds of',
        'expectations',
        'dissent',
        'dissented',
        'dissenting',
        'in favor of',
        'in favour of',
        'called for',
        'calls for',
        'pushed for',
        'argued for',
        'expect the Fed to',
        'expects the Fed to',
        'expected the Fed to',
        'expecting the Fed to',
        'backs',
        'advocates',
        'advocated',
        'favors',
        'favours',
        'favored',
        'favoured',
        'urged',
        'urges',
        'urging',
      ],
      ja: [
        '据え置き',
        '据え置く',
        '据え置いた',
        '維持',
        '見送り',
        '見送った',
        '見送る',
        '利下げ観測',
        '利下げ予想',
        '利下げ見通し',
        '利下げ期待',
        '利下げを予想',
        '利下げを見込',
        '利下げを織り込',
        '織り込',
        '見通し',
        '予想',
        '予測',
        '可能性',
        '反対票',
        '利下げを主張',
        '利下げを求め',
        // A view that cuts will come, a cut backed, or caution about more: none is a cut made.
        'との見方',
        '利下げを支持',
        '利下げに慎重',
        '追加利下げに慎重',
        '慎重な考え',
        '慎重姿勢',
      ],
    },
  },
  'dotcom.fed-hikes-trigger': { actors: [FED], events: [HIKE, RATES] },
  // The Nasdaq's fall: its record high is not it, nor other stocks falling today; tech stocks falling in the dot-com
  // crash, the index unnamed, still are (the index or the era is named, and the era is).
  'dotcom.nasdaq-80pct': {
    actors: [
      {
        en: ['Nasdaq', ...DOTCOM.en, 'tech bubble', '2001', '2002'],
        ja: ['ナスダック', 'Nasdaq', ...DOTCOM.ja, 'ネットバブル', 'インターネットバブル', '2001年', '2002年'],
      },
    ],
    events: [
      {
        en: [
          'lost',
          'fell',
          'fall',
          'plunged',
          'plunge',
          'crash',
          'crashed',
          'collapse',
          'collapsed',
          'bear market',
          'wiped out',
          'peak to trough',
          'peak-to-trough',
          'from its peak',
          'tumbled',
          'slumped',
          'shed',
          'sank',
          'decline',
          'declined',
          'drop',
          'dropped',
          'fallen',
          'falling',
          'loss',
          'losses',
          'bust',
          'burst',
          'plummeted',
          'tanked',
        ],
        ja: ['下落', '急落', '暴落', '崩壊', '失った', '失い', '高値から', 'ピークから', '値下がり', '落ち込', '下げ'],
      },
      // What fell: a market, an index or stocks, not start-ups going bust when the bubble burst.
      {
        en: [
          'Nasdaq',
          'Nasdaq-100',
          'Nasdaq 100',
          'Nasdaq Composite',
          'stocks',
          'tech stocks',
          'technology stocks',
          'internet stocks',
          'dot-com stocks',
          'shares',
          'stock market',
          'stock markets',
          'equities',
          'index',
          'indexes',
          'indices',
          'market value',
          'market capitalisation',
          'market capitalization',
          'valuations',
          'S&P 500',
          'bear market',
          'market',
        ],
        ja: [
          'ナスダック',
          'Nasdaq',
          'NASDAQ',
          '株価',
          '株式',
          'ハイテク株',
          'テック株',
          'IT株',
          'ネット株',
          '指数',
          '時価総額',
          '相場',
          '市場',
        ],
      },
    ],
    // The crash of 2000–2002, not a fall today: the Nasdaq down 3% on the day, or 10% from a recent peak, is not it.
    era: {
      en: [
        ...DOTCOM.en,
        'tech bubble',
        'bubble burst',
        'burst',
        'bust',
        '2001',
        '2002',
        'peak to trough',
        'peak-to-trough',
      ],
      ja: [...DOTCOM.ja, 'ネットバブル', 'インターネットバブル', 'バブル崩壊', '2001年', '2002年'],
    },
  },
  // Claims whose own terms include the field's everyday words (compute, GPUs, margins, scaling): a sentence needs the
  // claim's event, not only its vocabulary. Oracle's margins are Oracle's (their amounts stand in for the name).
  'openai.oracle-gpu-margin': { actors: [ORACLE] },
  // Demand outrunning capacity, not computing power in general.
  'openai.brockman-more-compute': {
    events: [
      {
        en: [
          'more compute',
          'compute shortage',
          'demand for compute',
          'demand for computing',
          'compute-constrained',
          'compute constrained',
          'short of compute',
          'not enough compute',
          'need more compute',
          'more computing power',
          'compute crunch',
          'shortage',
          'capacity',
          'demand',
        ],
        ja: [
          '不足',
          '需要',
          'もっと多くの計算能力',
          '計算能力を増やす',
          '計算資源の確保',
          '足りない',
          '足りていな',
          '足りず',
        ],
      },
    ],
  },
  // Scale still paying: said of scaling, pre-training or compute, not of a wall in general.
  'scaling.no-wall': {
    events: [
      {
        en: [
          'scaling',
          'scale',
          'scaling laws',
          'scaling law',
          'pre-training',
          'pretraining',
          'compute',
          'bigger models',
        ],
        ja: ['スケーリング', '規模', 'スケーリング則', '事前学習', '計算資源', '大規模化'],
      },
    ],
  },
  // Scale buying less, not scaling or efficiency in general.
  'scaling.mit-diminishing-returns': {
    events: [
      {
        en: [
          'diminishing returns',
          'law of diminishing returns',
          'plateau',
          'plateauing',
          'plateaued',
          'scaling wall',
          'hit a wall',
          'hitting a wall',
          'buys little',
          'close the gap',
          'closing the gap',
          'narrow the gap',
          'slowing',
          'MIT',
          'Neil Thompson',
        ],
        ja: [
          '収穫逓減',
          '頭打ち',
          '鈍化',
          '壁に',
          '差が縮',
          '差を縮',
          '追いつ',
          'MIT',
          'マサチューセッツ工科大学',
          'トンプソン',
        ],
      },
    ],
  },
  // Losing value fast, not GPUs or data centres in general.
  'scaling.gpu-obsolete-fast': {
    events: [
      // AI hardware or the cloud companies that run it, how fast it ages (急速に), or the charge its books understate:
      // another company's depreciation, or other equipment's useful life, is not it.
      union(AI_HARDWARE, {
        en: [
          'understate',
          'understates',
          'understating',
          'understated',
          'overstate',
          'overstating',
          'overstated',
          'extending',
          'extended',
          'Burry',
          'Michael Burry',
        ],
        ja: ['急速', '速い', '早い', 'すぐに', '過小評価', '過大評価', '水増し', '延ば', '延長', 'バーリ'],
      }),
      {
        en: [
          'obsolete',
          'obsolescence',
          'outdated',
          'depreciate',
          'depreciation',
          'depreciating',
          'write off',
          'write down',
          'useful life',
          'lifespan',
          'short lifespan',
          'product cycle',
          'release cycle',
          'lose value',
          'loses value',
          'lose their value',
          'loses its value',
          'overstating earnings',
          'inflating earnings',
          'Michael Burry',
          'Burry',
        ],
        ja: [
          '陳腐化',
          '時代遅れ',
          '旧式化',
          '減価償却',
          '償却',
          '耐用年数',
          '寿命',
          '製品サイクル',
          '価値を失',
          '価値が下が',
          '利益を過大',
          '水増し',
          '旧世代',
          'バーリ',
          '旧式に',
          '目減り',
        ],
      },
    ],
  },
  // Other routes overlooked, not GPUs or deep learning in general.
  'scaling.missed-alternatives': {
    events: [
      {
        en: [
          'quantum computing',
          'chip design',
          'chip designs',
          'monoculture',
          'misallocation',
          'misallocated',
          'overlook',
          'overlooked',
          'alternative',
          'alternatives',
          'other approaches',
          'other routes',
        ],
        ja: [
          '量子コンピューティング',
          '量子コンピューター',
          'チップ設計',
          '資本の誤配分',
          '代替',
          '別の道',
          '見落と',
          '他の技術',
        ],
      },
    ],
  },
  // Warnings at the time: the era alone, or its index levels, are history, not the warnings.
  'dotcom.warnings-at-the-time': {
    events: [
      {
        en: [
          'warned',
          'warning',
          'warnings',
          'cautioned',
          'irrational exuberance',
          'overvalued',
          'fundamentals',
          'naysayers',
          'skeptics',
          'sceptics',
        ],
        ja: ['警告', '警鐘', '割高', 'ファンダメンタルズ', '根拠なき熱狂', '懸念'],
      },
    ],
  },
  // OpenAI's revenue against its compute commitments: both sides of the comparison, not OpenAI's revenue alone or
  // its deals alone (the reported amount stands in for the name, as reports often say "the company").
  'openai.revenue-short-of-commitments': {
    actors: [OPENAI],
    events: [
      {
        en: ['revenue', 'revenues', 'sales', 'income', 'income stream', 'earnings', 'run rate'],
        ja: ['売上', '売上高', '収益', '収入', '年間収益'],
      },
      {
        en: [
          'commitments',
          'obligations',
          'spending',
          'infrastructure',
          'compute',
          'computing',
          'data centers',
          'data centres',
          'trillion',
          'trillion-dollar',
        ],
        ja: [
          '契約',
          'コミットメント',
          '支出',
          'インフラ',
          '計算資源',
          '計算能力',
          'データセンター',
          '兆ドル',
          '計算リソース',
          '演算能力',
          'コンピュート',
        ],
      },
    ],
  },
  // Altman's answer is about OpenAI's revenue, not any remark of his. The claim is his, so reports that name him by
  // surname alone ("Altman says revenue is…") name OpenAI's side as the Japanese アルトマン does.
  'openai.altman-revenue-growing': {
    actors: [union(OPENAI, { en: ['Altman'], ja: [] })],
    events: [
      {
        en: ['revenue', 'revenues', 'sales', 'run rate', 'shares', 'business plan'],
        ja: ['売上', '売上高', '収益', '収入', '年換算', '株式', '株を', '事業計画'],
      },
      // His answer: more than reported, growing fast, or the critics told off; a revenue figure alone is not it.
      {
        en: [
          'well more',
          'far more',
          'much more',
          'growing steeply',
          'growing fast',
          'hundreds of billions',
          'pushed back',
          'pushes back',
          'dismissed',
          'rejected',
          'find you a buyer',
          'sell your shares',
          'short the stock',
          'beaten every business plan',
          // More than the reported figure, as reporters put an amount's floor.
          'north of',
          'upwards of',
        ],
        ja: [
          'はるかに',
          '大きく上回',
          '急成長',
          '急増',
          '数千億ドル',
          '反論',
          '一蹴',
          '否定',
          '買い手',
          '株を売りたい',
          '急拡大',
        ],
      },
    ],
  },
  // Oracle's default protection: its bonds or debt alone are the other debt claims.
  'debt.oracle-cds-widen': {
    actors: [ORACLE],
    events: [
      {
        en: [
          'credit default swaps',
          'credit-default swaps',
          'default swaps',
          'CDS',
          'insure',
          'insuring',
          'insurance',
          'default protection',
          'protection',
          'hedge',
          'hedging',
          'default risk',
        ],
        ja: [
          'クレジット・デフォルト・スワップ',
          'クレジットデフォルトスワップ',
          'CDS',
          '保証料',
          '保証コスト',
          '保険料',
          'ヘッジ',
          'デフォルト',
        ],
      },
    ],
  },
  // Claims that said nothing of what a sentence must name. The MIT figure is about AI pilots: a share of firms
  // measuring some other return is not it.
  'roi.mit-95': {
    events: [
      union(AI, {
        en: ['MIT', 'NANDA', 'GenAI', 'gen AI', 'GenAI Divide', 'pilots', 'pilot projects', 'pilot programs'],
        ja: ['MIT', 'マサチューセッツ工科大学', 'NANDA', '生成AI', 'パイロット', '実証実験', 'PoC', '取り組み'],
      }),
    ],
  },
  // Money pouring into AI, or at a scale never seen: a share of firms measuring some return is not it.
  'roi.unprecedented-spending': {
    events: [
      union(AI, {
        en: ['unprecedented', 'without precedent', 'never before', 'record', 'historic'],
        ja: ['かつてない', '前例のない', '空前', '未曾有', '史上最大', '過去最大', '記録的'],
      }),
    ],
  },
  // AI's effect on productivity: the productivity paradox of computers in general is not it.
  'roi.nber-executives-2026': { events: [AI] },
  // Unlike the dot-com companies: a company's profits, with no comparison with then, are not it.
  'dotcom.ai-leaders-profitable': {
    comparison: union(DOTCOM, {
      en: [
        'tech bubble',
        'internet era',
        'dot-com era',
        'bubble era',
        'internet companies',
        'unlike',
        'in contrast',
        'back then',
      ],
      ja: [
        'ネットバブル',
        'インターネットバブル',
        'バブル期',
        'バブル当時',
        'ネット企業',
        '当時',
        'と違い',
        'とは違い',
        'と異なり',
        'とは異なり',
        '対照的',
        '似て非なる',
      ],
    }),
  },
  // Money going round in a circle between NVIDIA and AI companies: a trading house's circular trades are not it.
  'nvidia.circular-flows-back': { events: [NVIDIA_OR_AI] },
  'nvidia.rasgon-circular': { events: [NVIDIA_OR_AI] },
  'nvidia.colello-early-sign': { events: [NVIDIA_OR_AI] },
  // NVIDIA's memo: another company's memo or rebuttal is not it.
  'nvidia.memo-rebuts-circular': { actors: [NVIDIA] },
  // OpenAI's compute plans: OpenAI's (its amount stands in for the name). Oracle's 35% margin is left without one:
  // its reports say "the company" and its share is no amount that could stand in.
  'openai.compute-600b-2030': { actors: [OPENAI] },
  // The gap narrowing, or Thompson saying so: models competing, or scaling laws, are not it.
  'scaling.thompson-narrowing': {
    events: [
      {
        en: [
          'narrow',
          'narrows',
          'narrowing',
          'narrowed',
          'close the gap',
          'closing the gap',
          'close much of the gap',
          'catch up',
          'catching up',
          'converge',
          'converging',
          'convergence',
          'Thompson',
          'Neil Thompson',
        ],
        ja: ['差が縮', '差を縮', '差は縮', '格差が縮', '縮ま', '追いつ', '追い付', '肩を並べ', '収束', 'トンプソン'],
      },
    ],
  },
  // AI's electricity: an electric car's or a country's power demand is not it.
  'scaling.power-consumption': {
    events: [
      union(AI, GENAI, {
        en: ['GPU', 'GPUs', 'chips', 'servers', 'computing', 'compute', 'model training', 'training', 'inference'],
        ja: ['GPU', '半導体', 'サーバー', '計算', '学習', '推論'],
      }),
    ],
  },
  // Running with no GPU: a small model on a phone or a laptop (which have graphics chips) is not it.
  'small.gpu-free-llm': {
    events: [
      {
        en: [
          'GPU-free',
          'no GPU',
          'no GPUs',
          'without GPUs',
          'without a GPU',
          'without any GPU',
          'without graphics chips',
          'CPU-only',
          'CPU only',
          'only a CPU',
          'only CPUs',
          'on CPUs',
          'on a CPU',
          'SVG',
        ],
        ja: [
          'GPU不要',
          'GPUを必要としない',
          'GPUを必要とせず',
          'GPUなし',
          'GPUなしで',
          'GPUを使わず',
          'GPUを使わない',
          'GPU不使用',
          'CPUのみ',
          'CPUだけ',
          'SVG',
        ],
      },
    ],
  },
};

/** Lists several claims require, written once per topic file as `termGroups` and named in each claim's `requires`. */
const GROUPS: Record<string, Terms> = {
  ai: AI,
  cut: CUT,
  debt: DEBT,
  dotcom: DOTCOM,
  fed: FED,
  hike: HIKE,
  meta: META,
  nvidia: NVIDIA,
  openai: OPENAI,
  oracle: ORACLE,
  rates: RATES,
  sora: SORA,
  tech: TECH,
  'ai-hardware': AI_HARDWARE,
  'nvidia-or-ai': NVIDIA_OR_AI,
  'tech-or-ai': TECH_OR_AI,
};
const groupName = new Map(Object.entries(GROUPS).map(([name, terms]) => [terms, name]));

/** `req` with each named list replaced by its name; the names used go into `used`. */
function named(req: Requires, used: Set<string>): Record<string, unknown> {
  const name = (t: Terms): Terms | string => {
    const n = groupName.get(t);
    if (!n) return t;
    used.add(n);
    return n;
  };
  return Object.fromEntries(
    Object.entries(req).map(([k, v]) => [k, Array.isArray(v) ? (v as Terms[]).map(name) : name(v as Terms)]),
  );
}

/**
 * A topic file's text with `requires` set on each claim the table lists (and the file's term groups), and the ids
 * of the claims it set: the text comes back unchanged when the file already agrees with the table.
 */
export function withRequirements(text: string): { text: string; ids: string[] } {
  const file = JSON.parse(text) as { claims: Record<string, unknown>[]; termGroups?: Record<string, Terms> };
  const used = new Set<string>();
  const ids: string[] = [];
  const claims = file.claims.map((claim) => {
    const listed = TABLE[claim.id as string];
    if (!listed) return claim;
    const req = named(listed, used);
    ids.push(claim.id as string);
    // Rebuild the claim with `requires` right before `disputes` (or last), whatever it held before.
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(claim)) {
      if (k === 'requires') continue;
      if (k === 'disputes') out.requires = req;
      out[k] = v;
    }
    out.requires ??= req;
    return out;
  });
  // The file's own groups: the ones its claims name, in name order, right before its claims.
  const { claims: _old, termGroups: _groups, ...head } = file;
  const termGroups = Object.fromEntries([...used].sort().map((n) => [n, GROUPS[n]!]));
  const whole = used.size ? { ...head, termGroups, claims } : { ...head, claims };
  return { text: `${JSON.stringify(whole, null, 2)}\n`, ids };
}

/** The ids of every claim the table lists. */
export const listedClaims: readonly string[] = Object.keys(TABLE);

function main(): void {
  const dir = new URL('../data/', import.meta.url);
  let changed = 0;
  const seen = new Set<string>();
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const url = new URL(name, dir);
    const text = readFileSync(url, 'utf8');
    const next = withRequirements(text);
    for (const id of next.ids) seen.add(id);
    if (next.text !== text) {
      writeFileSync(url, next.text);
      changed++;
    }
  }
  const missing = listedClaims.filter((id) => !seen.has(id));
  if (missing.length) process.stderr.write(`claims not found (renamed or removed?): ${missing.join(', ')}\n`);
  process.stdout.write(`requires set on ${seen.size} claims; ${changed} file(s) changed\n`);
}

// Imported by its test, it writes nothing.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
