import type { Lang } from '../../evidence/schema';

/** An absolute evidence value in a unit, written for the reader ("$100B", "1000億円", "40%"). */
export function formatFigure(value: number, unit: string, lang: Lang): string {
  const locale = lang === 'ja' ? 'ja-JP' : 'en-US';
  const compact = (v: number) => new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(v);
  switch (unit) {
    case 'USD':
      return lang === 'ja' ? `${compact(value)}ドル` : `$${compact(value)}`;
    case 'JPY':
      return lang === 'ja' ? `${compact(value)}円` : `¥${compact(value)}`;
    case 'USD-cents':
      return `${compact(value)}¢`;
    case 'percent':
      return `${compact(value)}%`;
    case 'GW':
      return `${compact(value)} GW`;
    default:
      return compact(value);
  }
}
