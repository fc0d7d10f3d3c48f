import type { Claim, Lang } from '../../evidence/schema';
import { localeText } from '../locale-messages';

interface Props {
  claim: Claim;
  byId: ReadonlyMap<string, Claim>;
  lang: Lang;
}

/** The claims this one contradicts (the other side of a disputed pair), by statement. */
export function CounterClaims({ claim, byId, lang }: Props) {
  const others = claim.disputes.flatMap((id) => byId.get(id) ?? []);
  if (others.length === 0) return null;
  const t = localeText(lang);
  return (
    <section class="k-counter">
      <h4>{t('popup_counterClaims')}</h4>
      <ul>
        {others.map((c) => (
          <li key={c.id} data-counter-claim={c.id}>
            {c.statement[lang]}
          </li>
        ))}
      </ul>
    </section>
  );
}
