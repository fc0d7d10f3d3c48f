import { describe, expect, it } from 'vitest';
import { BADGE_ALERT, BADGE_QUIET, badgeFor } from '../../../src/background/badge';

const on = { enabled: true, showBadge: true };
const claim = (over: object = {}) => ({ claimId: 'c', count: 2, stances: ['supports' as const], figures: [], ...over });

describe('toolbar badge', () => {
  it('counts distinct claims; coloured only for disputes or differing figures', () => {
    expect(badgeFor({ url: 'u', claims: [claim(), claim({ claimId: 'd' })] }, on)).toEqual({
      text: '2',
      color: BADGE_QUIET,
    });
    expect(badgeFor({ url: 'u', claims: [claim({ stances: ['disputes'] })] }, on).color).toBe(BADGE_ALERT);
    const differs = { text: '$50B', verdict: 'differs' as const, expected: 1e11, unit: 'USD' };
    expect(badgeFor({ url: 'u', claims: [claim({ figures: [differs] })] }, on).color).toBe(BADGE_ALERT);
  });

  it('is empty when nothing was found, Kensho is off, or the reader hid it', () => {
    expect(badgeFor(null, on).text).toBe('');
    expect(badgeFor({ url: 'u', claims: [] }, on).text).toBe('');
    expect(badgeFor({ url: 'u', claims: [claim()] }, { ...on, enabled: false }).text).toBe('');
    expect(badgeFor({ url: 'u', claims: [claim()] }, { ...on, showBadge: false }).text).toBe('');
    expect(
      badgeFor({ url: 'u', claims: Array.from({ length: 120 }, (_, i) => claim({ claimId: `c${i}` })) }, on).text,
    ).toBe('99+');
  });
});
