import { describe, expect, it } from 'vitest';
import { parseFigures } from '../../../src/core/numbers';
import { normalise } from '../../../src/core/normalise';

function figs(text: string) {
  const n = normalise(text).text;
  return parseFigures(n).map((f) => ({
    text: n.slice(f.start, f.end),
    value: f.value,
    high: f.high,
    unit: f.unit,
    q: f.qualifier,
  }));
}

describe('parseFigures, English', () => {
  it('reads dollar amounts in every common spelling as absolute values', () => {
    expect(
      figs('It will spend $100 billion, or $100bn, or US$100 billion, or 100 billion dollars.').map((f) => [
        f.value,
        f.unit,
      ]),
    ).toEqual([
      [1e11, 'USD'],
      [1e11, 'USD'],
      [1e11, 'USD'],
      [1e11, 'USD'],
    ]);
    expect(figs('a $1.5 trillion plan and a $900 million loss')[0]).toMatchObject({ value: 1.5e12, unit: 'USD' });
    expect(figs('a $1.5 trillion plan and a $900 million loss')[1]).toMatchObject({ value: 9e8, unit: 'USD' });
  });

  it('reads percentages, gigawatts, cents and counts', () => {
    expect(figs('up 14% or 7 per cent or 3 percent')).toMatchObject([
      { value: 14, unit: 'percent' },
      { value: 7, unit: 'percent' },
      { value: 3, unit: 'percent' },
    ]);
    expect(figs('at least 10 gigawatts and a one-gigawatt site')).toMatchObject([
      { value: 10, unit: 'GW', q: 'over' },
      { value: 1, unit: 'GW' },
    ]);
    expect(figs('only 14 cents per dollar')).toMatchObject([{ value: 14, unit: 'USD-cents' }]);
    expect(figs('it joined 52 funding rounds')).toMatchObject([{ value: 52, unit: 'count' }]);
  });

  it('reads ranges with a shared scale', () => {
    expect(figs('another $350-500 billion')).toMatchObject([{ value: 3.5e11, high: 5e11, unit: 'USD' }]);
    expect(figs('a range of 3.75 to 4 percent')).toMatchObject([{ value: 3.75, high: 4, unit: 'percent' }]);
  });

  it('reads 「数百億」 and "several hundred billion" as two to nine of the round number', () => {
    expect(figs('数百億ドル規模の出資').map((f) => [f.text, f.value, f.high, f.q])).toEqual([
      ['数百億ドル', 2e10, 9e10, 'about'],
    ]);
    expect(figs('several hundred billion dollars').map((f) => [f.value, f.high])).toEqual([[2e11, 9e11]]);
    expect(figs('百億ドル').map((f) => [f.value, f.high])).toEqual([[1e10, 1e10]]);
  });

  it('reads a digit word before "hundred" as part of the number ("six hundred billion" is 600 billion)', () => {
    expect(figs('Six hundred billion dollars is the new target.').map((f) => [f.text, f.value])).toEqual([
      ['six hundred billion dollars', 6e11],
    ]);
    expect(figs('some three-hundred billion dollars').map((f) => f.value)).toEqual([3e11]);
    expect(figs('a hundred billion dollars').map((f) => f.value)).toEqual([1e11]);
  });

  it('reads qualifiers before and after', () => {
    expect(figs('up to $100 billion')[0]!.q).toBe('up-to');
    expect(figs('nearly $30 billion')[0]!.q).toBe('about');
    expect(figs('more than $1 trillion')[0]!.q).toBe('over');
    expect(figs('less than 5%')[0]!.q).toBe('under');
    expect(figs('50+ deals')[0]).toMatchObject({ value: 50, q: 'over' });
  });

  it('ignores model names and codes, and reads years separately', () => {
    expect(figs('the H100, GPT-5 and Qwen3 chips')).toEqual([]);
    expect(figs('in 2024 it grew')).toMatchObject([{ value: 2024, unit: 'year' }]);
  });

  it('reads a decade as the span of its years', () => {
    expect(figs('the boom of the late 1990s')).toMatchObject([
      { text: '1990s', value: 1990, high: 1999, unit: 'year' },
    ]);
    expect(figs('1990年代後半のITバブル')).toMatchObject([{ text: '1990年代', value: 1990, high: 1999, unit: 'year' }]);
    expect(figs('in 1995s')).toMatchObject([{ value: 1995, high: 1995 }]);
  });
});

describe('parseFigures, Japanese', () => {
  it('reads 兆/億/万 chains', () => {
    expect(figs('最大1000億ドル(約14兆8000億円)')).toMatchObject([
      { value: 1e11, unit: 'USD', q: 'up-to' },
      { value: 1.48e13, unit: 'JPY', q: 'about' },
    ]);
    expect(figs('1億6000万株')).toMatchObject([{ value: 1.6e8, unit: 'count' }]);
    // The part after a scale may be grouped with commas, as news writes it.
    expect(figs('1億6,000万株')).toMatchObject([{ value: 1.6e8, unit: 'count' }]);
    expect(figs('1兆4,000億ドル')).toMatchObject([{ value: 1.4e12, unit: 'USD' }]);
    expect(figs('1,210億ドル')).toMatchObject([{ value: 1.21e11, unit: 'USD' }]);
    expect(figs('三十億ドル')).toMatchObject([{ value: 3e9, unit: 'USD' }]);
  });

  it('reads ranges, percent spellings and quantities', () => {
    expect(figs('450億-500億ドル')).toMatchObject([{ value: 4.5e10, high: 5e10, unit: 'USD' }]);
    expect(figs('350~400億ドル')).toMatchObject([{ value: 3.5e10, high: 4e10, unit: 'USD' }]);
    expect(figs('95パーセント、約6割、0・25%')).toMatchObject([
      { value: 95, unit: 'percent' },
      { value: 60, unit: 'percent', q: 'about' },
      { value: 0.25, unit: 'percent' },
    ]);
    expect(figs('10ギガワット')).toMatchObject([{ value: 10, unit: 'GW' }]);
    expect(figs('0.16秒で生成')).toMatchObject([{ value: 0.16, unit: 'seconds' }]);
  });

  it('reads qualifiers that follow the number', () => {
    expect(figs('1兆ドル超')[0]).toMatchObject({ value: 1e12, q: 'over' });
    expect(figs('900億ドル近い')[0]).toMatchObject({ value: 9e10, q: 'about' });
    expect(figs('50件を超える')[0]).toMatchObject({ value: 50, unit: 'count', q: 'over' });
  });

  it('full-width digits parse like ASCII ones', () => {
    expect(figs('１０００億ドル')).toMatchObject([{ value: 1e11, unit: 'USD' }]);
  });
});
