/** The figure check drawn as two bars (article vs sources), so a mismatch reads at a glance. */
import type { FigureCheck } from '../../core/types';
import type { Claim, Lang } from '../../evidence/schema';
import { cardText } from './card-text';
import { formatFigure } from '../shared/format-figure';

/** The figure check needs only the claim's own figures (never its sources), which page claims carry. */
type WithFigures = Pick<Claim, 'figures'>;

type Qualifier = Claim['figures'][number]['qualifier'];
const QUALIFIER_KEY = {
  'up-to': 'card_qual_up_to',
  about: 'card_qual_about',
  over: 'card_qual_over',
  under: 'card_qual_under',
} as const;

/** The evidence figure's qualifier ("up to", "about") for an expected absolute value, if the claim has it. */
function qualifierFor(claim: WithFigures, f: FigureCheck): Qualifier {
  const fig = claim.figures.find(
    (g) =>
      g.unit === f.unit &&
      f.expected !== null &&
      Math.abs(g.value * g.scale - f.expected) < 1e-6 * Math.abs(f.expected || 1),
  );
  return fig && fig.qualifier !== 'exact' ? fig.qualifier : 'exact';
}

/** "up to $100B" / "最大1000億ドル". */
export function sourcesFigureText(claim: WithFigures, f: FigureCheck, lang: Lang): string {
  const value = formatFigure(f.expected ?? 0, f.unit, lang);
  const q = qualifierFor(claim, f);
  return q === 'exact' ? value : cardText(lang)(QUALIFIER_KEY[q], [value]);
}

export function FigureBars({ claim, figure, lang }: { claim: WithFigures; figure: FigureCheck; lang: Lang }) {
  if (figure.expected === null || figure.verdict === 'unrelated') return null;
  const t = cardText(lang);
  const sources = sourcesFigureText(claim, figure, lang);
  const max = Math.max(Math.abs(figure.value), Math.abs(figure.expected), 1e-9);
  const sentence = t(figure.verdict === 'differs' ? 'card_figure_differs' : 'card_figure_consistent', [
    figure.text,
    sources,
  ]);
  const bar = (label: string, value: number, text: string, kind: string) => (
    <div class="bar-row">
      <span class="bar-label">{label}</span>
      <span class="bar-track">
        <span class={`bar ${kind}`} style={{ width: `${Math.max(2, (Math.abs(value) / max) * 100)}%` }} />
      </span>
      <span class="bar-value">{text}</span>
    </div>
  );
  return (
    <div class={`figure ${figure.verdict}`} data-verdict={figure.verdict}>
      <p class="figure-text">{sentence}</p>
      <div class="bars" role="img" aria-label={sentence}>
        {bar(
          t('card_figure_article'),
          figure.value,
          figure.text,
          figure.verdict === 'differs' ? 'article-differs' : 'article',
        )}
        {bar(t('card_figure_sources'), figure.expected, sources, 'sources')}
      </div>
    </div>
  );
}
