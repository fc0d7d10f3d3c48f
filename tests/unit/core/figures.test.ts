import { describe, expect, it } from 'vitest';
import { agrees, isTakings, judgeFigure, otherPeriod } from '../../../src/core/figures';
import { createMatcher } from '../../../src/core/engine';
import { normaliseKey } from '../../../src/core/normalise';
import { DEFAULT_POLICY, type Policy } from '../../../src/core/policy';
import { loadBundledEvidence } from '../../../src/evidence/bundled';
import { parseFigures, type ParsedFigure } from '../../../src/core/numbers';

const fig = (
  value: number,
  unit: ParsedFigure['unit'],
  qualifier: ParsedFigure['qualifier'] = 'exact',
  high = value,
): ParsedFigure => ({ start: 0, end: 1, value, high, unit, qualifier });
const ev = (value: number, unit: string, qualifier = 'exact') => ({ value, unit, qualifier });

describe('figure verdicts', () => {
  it('a year agrees only with the same year, or one inside a decade', () => {
    expect(judgeFigure(fig(2000, 'year'), [ev(2000, 'year')]).verdict).toBe('consistent');
    expect(judgeFigure(fig(1990, 'year', 'exact', 1999), [ev(1995, 'year')]).verdict).toBe('consistent');
    expect(judgeFigure(fig(2008, 'year'), [ev(2000, 'year')]).verdict).toBe('unrelated');
  });

  it('agrees within tolerance in the same unit only', () => {
    expect(judgeFigure(fig(1e11, 'USD'), [ev(1e11, 'USD', 'up-to')])).toEqual({
      verdict: 'consistent',
      expected: 1e11,
    });
    expect(judgeFigure(fig(78, 'percent'), [ev(80, 'percent', 'about')]).verdict).toBe('consistent');
    expect(judgeFigure(fig(1e11, 'JPY'), [ev(1e11, 'USD')])).toEqual({ verdict: 'unrelated', expected: null });
  });

  it('reports a different amount of the same thing as differs, with the evidence value', () => {
    expect(judgeFigure(fig(5e10, 'USD'), [ev(1e11, 'USD', 'up-to')])).toEqual({ verdict: 'differs', expected: 1e11 });
    expect(judgeFigure(fig(49, 'count'), [ev(50, 'count', 'over')])).toEqual({ verdict: 'differs', expected: 50 });
  });

  it('treats far-off figures as measuring something else', () => {
    expect(judgeFigure(fig(4.5e12, 'USD'), [ev(1e11, 'USD')]).verdict).toBe('unrelated');
  });

  it('respects bounds and ranges', () => {
    expect(agrees(fig(60, 'count'), ev(50, 'count', 'over'))).toBe(true);
    expect(agrees(fig(45, 'count'), ev(50, 'count', 'over'))).toBe(false);
    expect(agrees(fig(1e12, 'USD', 'over'), ev(1.4e12, 'USD', 'about'))).toBe(true);
    expect(agrees(fig(3.5e11, 'USD', 'exact', 5e11), ev(4e11, 'USD'))).toBe(true);
  });

  it('compares the closest evidence figure when there are several', () => {
    expect(judgeFigure(fig(4.5e10, 'USD'), [ev(2.7e10, 'USD', 'about'), ev(4.6e10, 'USD', 'about')])).toEqual({
      verdict: 'consistent',
      expected: 4.6e10,
    });
  });
});

describe('the period a sentence speaks of', () => {
  const period = (text: string, claimYears: number[]) => {
    const norm = normaliseKey(text);
    return otherPeriod(norm, parseFigures(norm), claimYears);
  };

  it('reads a forecast horizon of a current claim as today’s forecast, not another period', () => {
    expect(period('Margins should reach 35% by 2030.', [2025])).toBe(false);
    expect(period('The company plans to spend $600 billion through 2030.', [2025])).toBe(false);
    expect(period('粗利益率は2030年までに35%に達する見通しだ。', [2025])).toBe(false);
    // A year that is no horizon stays another period; so does any later year for a historical claim.
    expect(period('Margins reached 35% in 2030.', [2025])).toBe(true);
    expect(period('The index should recover by 2030.', [2000])).toBe(true);
  });
});

describe('figure negation follows the call’s policy', () => {
  it('reads "not the $300 billion" with the negation words of the policy it is given', () => {
    const claims = loadBundledEvidence();
    const text = 'OpenAI’s Oracle contract is not the $300 billion that was reported.';
    const stance = (p: Policy) =>
      createMatcher(claims, {}, p)
        .matchSentence(text, 'en')
        .find((m) => m.claimId === 'openai.oracle-300b')?.stance;
    expect(stance(DEFAULT_POLICY)).toBe('disputes');
    const off = structuredClone(DEFAULT_POLICY);
    off.lexicon.negation.en = [];
    off.lexicon.negation.enCore = [];
    expect(stance(off)).toBe('supports');
  });
});

describe('amounts labelled as takings (policy lexicon takings)', () => {
  const at = (text: string, amount: string) => {
    const n = normaliseKey(text);
    const f = parseFigures(n).find((x) => n.slice(x.start, x.end).includes(amount))!;
    return isTakings(n, f.start, f.end);
  };

  it('reads the label a few words before the amount or right after it, in both languages', () => {
    expect(at('Quarterly revenue rose to $97 billion.', '97')).toBe(true);
    expect(at('It posted $81 billion in first-quarter revenue.', '81')).toBe(true);
    expect(at('エヌビディアの売上高は570億ドルだった。', '570')).toBe(true);
    expect(at('570億ドルの売上高を計上した。', '570')).toBe(true);
  });

  it('leaves an amount of another clause, or one compared with the takings, unlabelled', () => {
    expect(at('Nvidia will invest up to $100 billion in OpenAI, close to a year of its revenue.', '100')).toBe(false);
    expect(at('Its $13 billion of revenue is dwarfed by $1.4 trillion of commitments.', '1.4')).toBe(false);
    expect(at('Revenue grew fast, and it will invest $100 billion.', '100')).toBe(false);
  });

  it('keeps a revenue figure from agreeing with an investment of the same size, and lets a revenue target agree', () => {
    const claims = loadBundledEvidence();
    const ids = (policy: Policy, text: string) =>
      createMatcher(claims, {}, policy)
        .matchSentence(text, 'en')
        .map((m) => m.claimId);
    const text = 'NVDA guided second-quarter revenue to $97 billion and posted $88 billion in revenue last quarter.';
    expect(ids(DEFAULT_POLICY, text)).not.toContain('nvidia.openai-100b');
    const off = structuredClone(DEFAULT_POLICY);
    off.lexicon.takings = { en: [], ja: [] };
    expect(ids(off, text)).toContain('nvidia.openai-100b');
    expect(ids(DEFAULT_POLICY, 'OpenAI now expects its revenue to reach $280 billion by 2030.')).toContain(
      'openai.compute-600b-2030',
    );
  });
});
