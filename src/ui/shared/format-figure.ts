/**
 * Short, language-aware display of absolute figure values: $100B / 1000億ドル, 95%, 10 GW. The card and the popup both use
 * it.
 */
import type { Lang } from '../../evidence/schema';

function trimNum(n: number, lang: Lang): string {
  const digits = Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2;
  // Japanese news writes 1000億ドル, not 1,000億ドル.
  return new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', {
    maximumFractionDigits: digits,
    useGrouping: lang !== 'ja',
  }).format(n);
}

/** Japanese scale words: 兆 (1e12), 億 (1e8), 万 (1e4). */
function jaScaled(v: number): string {
  if (Math.abs(v) >= 1e12) return `${trimNum(v / 1e12, 'ja')}兆`;
  if (Math.abs(v) >= 1e8) return `${trimNum(v / 1e8, 'ja')}億`;
  if (Math.abs(v) >= 1e4) return `${trimNum(v / 1e4, 'ja')}万`;
  return trimNum(v, 'ja');
}

function enScaled(v: number): string {
  if (Math.abs(v) >= 1e12) return `${trimNum(v / 1e12, 'en')}T`;
  if (Math.abs(v) >= 1e9) return `${trimNum(v / 1e9, 'en')}B`;
  if (Math.abs(v) >= 1e6) return `${trimNum(v / 1e6, 'en')}M`;
  return trimNum(v, 'en');
}

/** Formats an absolute value in a unit from the evidence schema for the reader's language. */
export function formatFigure(value: number, unit: string, lang: Lang): string {
  switch (unit) {
    case 'USD':
      return lang === 'ja' ? `${jaScaled(value)}ドル` : `$${enScaled(value)}`;
    case 'USD-cents':
      return lang === 'ja' ? `${trimNum(value, 'ja')}セント` : `${trimNum(value, 'en')}¢`;
    case 'JPY':
      return lang === 'ja' ? `${jaScaled(value)}円` : `¥${enScaled(value)}`;
    case 'percent':
      return `${trimNum(value, lang)}%`;
    case 'GW':
      return `${trimNum(value, lang)} GW`;
    case 'seconds':
      return lang === 'ja' ? `${trimNum(value, 'ja')}秒` : `${trimNum(value, 'en')} s`;
    case 'year':
      return lang === 'ja' ? `${value}年` : String(value);
    default:
      return lang === 'ja' ? jaScaled(value) : enScaled(value);
  }
}
