/**
 * Claim.requires: a claim about one actor or event needs it named in the sentence, however much vocabulary the
 * sentence shares; the claim's own agreeing amount names it as well as its actor does (not its event).
 */
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/engine';
import type { Claim } from '../../../src/evidence/schema';
import { FIXTURE_CLAIMS } from './fixture-claims';

const deal = FIXTURE_CLAIMS.find((c) => c.id === 'test.chipmaker-invests')!;
const withReq = (requires: Claim['requires']): Claim[] =>
  FIXTURE_CLAIMS.map((c) => (c.id === deal.id ? { ...c, requires } : c));
const ids = (claims: Claim[], s: string) =>
  createMatcher(claims)
    .matchSentence(s, 'en')
    .map((m) => m.claimId);
const ACTOR = { en: ['OpenAI'], ja: ['オープンAI'] };

describe('claim requirements', () => {
  it('an actor requirement turns away a sentence about another company', () => {
    const other = 'Nvidia will invest in Anthropic as part of a new stake.';
    expect(ids(FIXTURE_CLAIMS, other)).toContain(deal.id);
    expect(ids(withReq({ actors: [ACTOR] }), other)).not.toContain(deal.id);
    expect(ids(withReq({ actors: [ACTOR] }), 'Nvidia will invest in OpenAI as part of a new stake.')).toContain(
      deal.id,
    );
  });

  it("the claim's agreeing amount stands in for its actor, not for its event", () => {
    const unnamed = 'The chipmaker will invest up to $100 billion for a minority stake.';
    expect(ids(withReq({ actors: [ACTOR] }), unnamed)).toContain(deal.id);
    expect(
      ids(withReq({ events: [{ en: ['data centre', 'data centres'], ja: ['データセンター'] }] }), unnamed),
    ).not.toContain(deal.id);
  });

  it("another claim's required phrase does not hide this claim's own term inside it", () => {
    const s = 'Nvidia will invest heavily in OpenAI.';
    expect(ids(FIXTURE_CLAIMS, s)).toContain(deal.id);
    // "invest heavily" is a key only test.circular's requirement names: it scores nothing, so "invest" still counts.
    const claims = FIXTURE_CLAIMS.map((c) =>
      c.id === 'test.circular' ? { ...c, requires: { events: [{ en: ['invest heavily'], ja: ['巨額投資'] }] } } : c,
    );
    expect(ids(claims, s)).toContain(deal.id);
  });
});
