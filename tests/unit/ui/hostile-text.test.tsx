/**
 * Hostile pack text in the rendered card (page) and claim sources (popup): markup stays text, no element or
 * handler is created from it, and only http(s) links are clickable. The claim comes through parsePack where the
 * pack format allows it; the non-http links are set afterwards, as a corrupted store could hold them.
 */
import { mount } from './mount';
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../../src/evidence/pack';
import type { Claim } from '../../../src/evidence/schema';
import type { SentenceMatch } from '../../../src/core/types';
import { DEFAULT_SETTINGS } from '../../../src/storage/settings-types';
import { ClaimCard } from '../../../src/ui/card/claim-card';
import { cardText } from '../../../src/ui/card/card-text';
import { ClaimSources } from '../../../src/ui/shared/sources-by-stance';
import { makeClaim } from '../evidence/fixtures';

const HOSTILE = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  'data:text/html,<script>1</script>',
  '"><svg onload=alert(1)>',
];

function hostileClaim(): Claim {
  const c = makeClaim('p.hostile');
  c.statement = { en: `Claim ${HOSTILE[0]}`, ja: `主張 ${HOSTILE[1]}` };
  c.summary = { en: HOSTILE[1]!, ja: HOSTILE[4]! };
  c.sources = HOSTILE.map((h, i) => ({
    url: 'https://example.org/ok',
    publisher: `Pub ${h}`,
    kind: 'blog' as const,
    lang: 'en' as const,
    date: '2025-10-14',
    title: `Title ${h}`,
    stance: i % 2 ? ('disputes' as const) : ('supports' as const),
    summary: `Summary ${h}`,
  }));
  const parsed = parsePack(
    JSON.stringify({
      format: 'kensho-pack',
      version: 1,
      id: 'hostile',
      name: { en: HOSTILE[0], ja: HOSTILE[1] },
      claims: [c],
    }),
  );
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.error));
  const claim = parsed.pack.claims[0]!;
  // Links the parser refuses, as a corrupted store might still hold them: the UI must not trust the parser alone.
  claim.sources[1]!.url = 'javascript:window.__pwned=1';
  claim.sources[2]!.url = 'data:text/html,<script>1</script>';
  claim.sources[3]!.url = 'JaVaScRiPt:alert(1)';
  return claim;
}

/** What hostile text must never become: elements, event-handler attributes, non-http(s) links. */
function expectInert(el: Element): void {
  expect(el.querySelectorAll('script, img, svg, iframe, object, embed, style, link').length).toBe(0);
  const handlers = [...el.querySelectorAll('*')].flatMap((n) =>
    [...n.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
  );
  expect(handlers).toEqual([]);
  const hrefs = [...el.querySelectorAll('[href], [src], [action], [formaction]')].map(
    (n) => n.getAttribute('href') ?? n.getAttribute('src') ?? '',
  );
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(h).toMatch(/^https?:\/\//);
}

describe('hostile pack text is shown as text', () => {
  const claim = hostileClaim();
  const match: SentenceMatch = {
    claimId: claim.id,
    topic: claim.topic,
    score: 0.7,
    stance: 'supports',
    terms: ['<b>term</b>'],
    figures: [],
  };

  it('in the card: verbatim text, no elements or handlers from it, only http(s) links', () => {
    const { sources, ...pageClaim } = claim;
    const el = mount(
      <ClaimCard
        claim={pageClaim}
        match={match}
        lang="en"
        filters={DEFAULT_SETTINGS.sourceFilters}
        sources={{ state: 'ready', sources, updates: [] }}
        now={new Date('2026-01-01')}
        onClose={() => {}}
        onNotThisClaim={() => {}}
        onRetrySources={() => {}}
      />,
    );
    expectInert(el);
    expect(el.querySelector('h2')!.textContent).toBe(`Claim ${HOSTILE[0]}`);
    expect(
      [...el.querySelectorAll('.title')]
        .map((t) => t.textContent!.replace(cardText('en')('card_opens_new_tab'), ''))
        .sort(),
    ).toEqual(HOSTILE.map((h) => `Title ${h}`).sort());
    // One link per http(s) source (0 and 4); the others are plain text titles.
    expect([...el.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/ok',
      'https://example.org/ok',
    ]);
    expect(el.textContent).toContain('<b>term</b>');
  });

  it('in the card’s "Since then": update summaries and their sources as verbatim text', () => {
    const { sources, ...pageClaim } = claim;
    const updates = HOSTILE.map((h, i) => ({
      date: `2026-0${i + 1}-01`,
      status: 'revised' as const,
      summary: { en: `Update ${h}`, ja: h },
      sources,
    }));
    const el = mount(
      <ClaimCard
        claim={pageClaim}
        match={match}
        lang="en"
        pageDate="2025-10-14"
        filters={DEFAULT_SETTINGS.sourceFilters}
        sources={{ state: 'ready', sources, updates }}
        now={new Date('2026-12-01')}
        onClose={() => {}}
        onNotThisClaim={() => {}}
        onRetrySources={() => {}}
      />,
    );
    expectInert(el);
    expect([...el.querySelectorAll('.update-summary')].map((p) => p.textContent).sort()).toEqual(
      HOSTILE.map((h) => `Update ${h}`).sort(),
    );
  });

  it('in the popup’s claim sources: verbatim text, no elements or handlers from it, only http(s) links', () => {
    const el = mount(<ClaimSources claim={claim} filters={DEFAULT_SETTINGS.sourceFilters} lang="en" />);
    expectInert(el);
    for (const h of HOSTILE) expect(el.textContent).toContain(`Summary ${h}`);
    expect(el.querySelectorAll('a').length).toBe(2);
  });
});
