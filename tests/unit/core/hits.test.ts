import { describe, expect, it } from 'vitest';
import { KeyAutomaton } from '../../../src/core/automaton';
import { buildClaimIndex, keyVariants } from '../../../src/core/claim-index';
import { dropNested, findHits, type Hit } from '../../../src/core/hits';
import { normaliseCodes } from '../../../src/core/normalise';
import { FIXTURE_CLAIMS } from './fixture-claims';

function scan(keys: string[], text: string): [string, number][] {
  const a = new KeyAutomaton(keys);
  const n = normaliseCodes(text);
  const out: [string, number][] = [];
  a.scan(n.codes, n.length, (id, end) => out.push([keys[id]!, end]));
  return out;
}

describe('KeyAutomaton', () => {
  it('finds overlapping and nested keys in one pass', () => {
    expect(scan(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([
      ['she', 4],
      ['he', 4],
      ['hers', 6],
    ]);
    expect(scan(['循環', '循環取引', '取引'], '循環取引だ')).toEqual([
      ['循環', 2],
      ['循環取引', 4],
      ['取引', 4],
    ]);
  });
});

describe('findHits', () => {
  const index = buildClaimIndex(FIXTURE_CLAIMS);
  const found = (text: string) => {
    const n = normaliseCodes(text);
    return dropNested(findHits(index, n.codes, n.length)).map((h) => index.keys.get(h.keyId).text);
  };

  it('needs English word boundaries but allows inflections', () => {
    expect(found('Bonds and a bond sale')).toEqual(['bonds', 'bond sale']);
    expect(found('The investments were invested')).toEqual(['investment', 'invest']);
    expect(found('bondage and reinvestment')).toEqual([]);
  });

  it('matches Japanese keys anywhere and keeps the longest of nested ones', () => {
    expect(found('ウォール街では循環取引への懸念')).toEqual(['循環取引']);
  });

  it('keeps a name nested in a longer phrase that is not a name, and drops other nested keys', () => {
    const keys = ['sora downloads', 'sora', 'downloads', 'meta platforms', 'meta'];
    const names = new Set([1, 3, 4]);
    const a = new KeyAutomaton(keys);
    const hitsOf = (text: string) => {
      const n = normaliseCodes(text);
      const hits: Hit[] = [];
      a.scan(n.codes, n.length, (id, end) =>
        hits.push({ keyId: id, start: end - keys[id]!.length, end, keyLength: keys[id]!.length }),
      );
      return hits;
    };
    const kept = (text: string) => dropNested(hitsOf(text), (id) => names.has(id)).map((h) => keys[h.keyId]);
    expect(kept('sora downloads fell')).toEqual(['sora downloads', 'sora']);
    // A name inside a longer name is the same actor, counted once.
    expect(kept('meta platforms sold bonds')).toEqual(['meta platforms']);
    // Without names, the longest hit alone.
    expect(dropNested(hitsOf('sora downloads fell')).map((h) => keys[h.keyId])).toEqual(['sora downloads']);
  });

  it('derives inflection variants for English keys', () => {
    expect(keyVariants('bonds').map((v) => v.text)).toEqual(['bonds', 'bond']);
    expect(keyVariants('finance')).toEqual([
      { text: 'finance', needsSuffix: false },
      { text: 'financ', needsSuffix: true },
    ]);
  });
});

describe('Japanese compound variants', () => {
  it('also matches a compound written with の between its parts', () => {
    expect(keyVariants('循環取引').map((v) => v.text)).toEqual(['循環取引', '循環の取引', '循環を取引']);
    expect(keyVariants('半導体購入').map((v) => v.text)).toContain('半導体の購入');
  });

  it('also matches a compound ending in a verbal noun with its object marked by を', () => {
    expect(keyVariants('資金調達').map((v) => v.text)).toContain('資金を調達');
    expect(keyVariants('半導体購入').map((v) => v.text)).toContain('半導体を購入');
    expect(keyVariants('半導体購入').map((v) => v.text)).not.toContain('半導を体購入');
  });

  it('also matches a compound ending in a verbal noun whose target takes に or への', () => {
    expect(keyVariants('ai投資').map((v) => v.text)).toEqual(expect.arrayContaining(['aiに投資', 'aiへの投資']));
    expect(keyVariants('借金依存').map((v) => v.text)).toEqual(expect.arrayContaining(['借金に依存', '借金への依存']));
    // 調達 takes its object with を, not a target with に.
    expect(keyVariants('資金調達').map((v) => v.text)).not.toContain('資金に調達');
  });

  it('also matches a key with the okurigana between two kanji left out', () => {
    expect(keyVariants('借り入れ').map((v) => v.text)).toEqual(['借り入れ', '借入れ']);
    expect(keyVariants('引き下げ').map((v) => v.text)).toContain('引下げ');
    expect(keyVariants('見通し').map((v) => v.text)).toEqual(['見通し']);
  });

  it('matches a subject marked by は or も as well as by が, but leaves words holding が alone', () => {
    expect(keyVariants('需要がない').map((v) => v.text)).toEqual(
      expect.arrayContaining(['需要がない', '需要はない', '需要もない']),
    );
    expect(keyVariants('値下がり').map((v) => v.text)).toEqual(['値下がり']);
  });

  it('also matches a negated predicate in its polite, past and written forms', () => {
    const texts = (k: string) => keyVariants(k).map((v) => v.text);
    expect(texts('成果が出ていない')).toEqual(expect.arrayContaining(['成果が出ておらず', '成果が出ていません']));
    expect(texts('誰も望んでいない')).toContain('誰も望んでおらず');
    expect(texts('価値を生まない')).toEqual(
      expect.arrayContaining(['価値を生まず', '価値を生みません', '価値を生まなかった']),
    );
    expect(texts('求めない')).toEqual(expect.arrayContaining(['求めず', '求めません']));
    expect(texts('確約ではない')).toEqual(expect.arrayContaining(['確約ではなく', '確約ではありません']));
    expect(texts('需要がない')).toEqual(expect.arrayContaining(['需要がなく', '需要はなく', '需要がありません']));
    // An adjective's negative and のない take no verb endings.
    expect(texts('需要のない')).toEqual(['需要のない']);
    expect(texts('小さい')).toEqual(['小さい']);
  });
});

describe('English spelling variants', () => {
  it('matches British and American spellings of the same key', () => {
    expect(keyVariants('data center').map((v) => v.text)).toContain('data centre');
    expect(keyVariants('organisation').map((v) => v.text)).toContain('organization');
  });
});

describe('Japanese verb stems', () => {
  const claim = { ...FIXTURE_CLAIMS[0]!, terms: { en: [], ja: ['資金が戻る', '端末上で動く'] } };
  const index = buildClaimIndex([claim]);
  const found = (text: string) => {
    const n = normaliseCodes(text);
    return findHits(index, n.codes, n.length).map((h) => index.keys.get(h.keyId).text);
  };

  it('finds a dictionary-form verb by its stem when an inflection follows', () => {
    expect(keyVariants('資金が戻る')).toContainEqual({ text: '資金が戻', needsSuffix: true });
    expect(found('資金が戻った')).toContain('資金が戻');
    expect(found('資金が戻らない')).toContain('資金が戻');
    expect(found('新型は端末上で動き、速い')).toContain('端末上で動');
  });

  it('does not find the stem at the start of another word', () => {
    expect(found('端末上で動画を見る')).toEqual([]);
    expect(found('資金が戻入された')).toEqual([]);
  });
});
