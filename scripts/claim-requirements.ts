// Sets each listed claim's `requires` (what a sentence must name to make the claim: its actors, its event, the
// comparison it draws) in data/*.json: `npx tsx scripts/claim-requirements.ts`. Idempotent and safe to rerun after
// merges: it only writes the `requires` field of the claims named below (others are left as they are), keeps key
// order (the field goes right before `disputes`), and writes canonical JSON. Every name comes from the claim's own
// entities or statement; every event or comparison word from general usage in both languages.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

type Terms = { en: string[]; ja: string[] };
type Requires = { actors?: Terms[]; events?: Terms; comparison?: Terms };

const NVIDIA: Terms = { en: ['NVIDIA', 'Nvidia', 'Jensen Huang'], ja: ['エヌビディア', 'NVIDIA', 'ジェンスン・フアン'] };
const OPENAI: Terms = { en: ['OpenAI', 'Sam Altman', 'ChatGPT'], ja: ['OpenAI', 'オープンAI', 'オープンエーアイ', 'サム・アルトマン', 'アルトマン'] };
const ORACLE: Terms = { en: ['Oracle', 'Larry Ellison', 'OCI'], ja: ['オラクル', 'Oracle', 'ラリー・エリソン'] };
const META: Terms = { en: ['Meta', 'Meta Platforms', 'Facebook'], ja: ['メタ', 'メタ・プラットフォームズ', 'フェイスブック'] };
const SORA: Terms = { en: ['Sora'], ja: ['Sora', 'ソラ'] };

const TABLE: Record<string, Requires> = {
  'debt.google-2025': { actors: [{ en: ['Google', 'Alphabet'], ja: ['グーグル', 'アルファベット', 'Google'] }] },
  'debt.meta-since-2022': { actors: [META] },
  'debt.meta-hyperion-spv': { actors: [{ en: [...META.en, 'Blue Owl', 'Hyperion'], ja: [...META.ja, 'ブルー・アウル', 'ブルーアウル', 'ハイパーイオン'] }] },
  'debt.microsoft-27-to-46': { actors: [{ en: ['Microsoft', 'MSFT'], ja: ['マイクロソフト', 'Microsoft'] }] },
  'debt.oracle-90b': { actors: [ORACLE] },
  'debt.oracle-18b-bonds': { actors: [ORACLE] },
  'debt.jpmorgan-14pct': { actors: [{ en: ['JPMorgan', 'J.P. Morgan', 'JPMorgan Chase'], ja: ['JPモルガン', 'JPモルガン・チェース'] }] },
  // An analogy needs both sides: a comparison with the dot-com era that leaves today's AI out is history.
  'dotcom.ai-resembles-dotcom': { comparison: { en: ['AI', 'artificial intelligence', 'today', 'current boom', 'this time'], ja: ['AI', '人工知能', '生成AI', '現在', '今回', '今の'] } },
  'dotcom.shiller-speculation': { actors: [{ en: ['Shiller', 'CAPE'], ja: ['シラー'] }] },
  'dotcom.nasdaq-80pct': { actors: [{ en: ['Nasdaq'], ja: ['ナスダック', 'Nasdaq'] }] },
  // The claims are about a direction of interest rates: a hold, or a sentence on rates in general, is neither.
  'dotcom.fed-cutting-now': { events: { en: ['cut', 'cuts', 'cutting', 'rate cut', 'lowered', 'lowers', 'lowering', 'easing'], ja: ['利下げ', '引き下げ', '金融緩和'] } },
  'dotcom.fed-hikes-trigger': { events: { en: ['hike', 'hikes', 'hiking', 'raised', 'raising', 'rate increases', 'tightening'], ja: ['利上げ', '引き上げ', '金融引き締め'] } },
  'dotcom.powell-term-2026': { actors: [{ en: ['Powell', 'Fed chair'], ja: ['パウエル', 'FRB議長'] }] },
  'nvidia.openai-100b': { actors: [NVIDIA, OPENAI] },
  'nvidia.venture-50-deals': { actors: [NVIDIA] },
  'nvidia.no-tech-requirement': { actors: [NVIDIA] },
  'openai.oracle-300b': { actors: [OPENAI, ORACLE] },
  'openai.amd-6gw': { actors: [OPENAI, { en: ['AMD', 'Advanced Micro Devices', 'Lisa Su'], ja: ['AMD', 'アドバンスト・マイクロ・デバイセズ', 'リサ・スー'] }] },
  'openai.broadcom-10gw': { actors: [OPENAI, { en: ['Broadcom', 'Hock Tan'], ja: ['ブロードコム', 'Broadcom', 'ホック・タン'] }] },
  'openai.compute-over-1t': { actors: [OPENAI] },
  'openai.cash-burn': { actors: [OPENAI] },
  'openai.oracle-gpu-margin': { actors: [ORACLE] },
  'openai.oracle-ai-margin-35': { actors: [ORACLE] },
  'small.qwen3-vl-compact': { actors: [{ en: ['Qwen', 'Alibaba'], ja: ['Qwen', 'アリババ', '通義千問'] }] },
  'small.nitro-e': { actors: [{ en: ['Nitro-E', 'AMD'], ja: ['Nitro-E', 'AMD'] }] },
  'small.pathway-bdh': { actors: [{ en: ['Pathway', 'BDH', 'Dragon Hatchling'], ja: ['Pathway', 'パスウェイ', 'BDH'] }] },
  'small.hrm': { actors: [{ en: ['HRM', 'Hierarchical Reasoning Model', 'Sapient'], ja: ['HRM', '階層型推論モデル', 'サピエント', 'Sapient'] }] },
  'sora.supply-without-demand': { actors: [SORA] },
  'sora.fast-adoption': { actors: [SORA] },
  'sora.rehash-social': { actors: [SORA] },
};

const dir = new URL('../data/', import.meta.url);
let changed = 0;
const seen = new Set<string>();
for (const name of readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
  const url = new URL(name, dir);
  const text = readFileSync(url, 'utf8');
  const file = JSON.parse(text) as { claims: Record<string, unknown>[] };
  file.claims = file.claims.map((claim) => {
    const req = TABLE[claim.id as string];
    if (!req) return claim;
    seen.add(claim.id as string);
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
  const next = `${JSON.stringify(file, null, 2)}\n`;
  if (next !== text) {
    writeFileSync(url, next);
    changed++;
  }
}
const missing = Object.keys(TABLE).filter((id) => !seen.has(id));
if (missing.length) process.stderr.write(`claims not found (renamed or removed?): ${missing.join(', ')}\n`);
process.stdout.write(`requires set on ${seen.size} claims; ${changed} file(s) changed\n`);
