/**
 * A restored index's keys, claims and polarity (index-snapshot.ts restores them): each reads its part of the snapshot
 * when first used, exactly as the build made it, so a restore makes nothing per key or claim but one small object
 * per claim.
 */
import type { Claim } from '../evidence/schema';
import {
  claimFigures,
  finishKey,
  newKey,
  type ClaimFigure,
  type IndexedClaim,
  type KeyInfo,
  type KeyKind,
  type KeyTable,
} from './claim-index';
import type { ClaimPolarity } from './features';
import { KEY_SEPARATOR, type KeyTexts } from './key-texts';
import type { Policy } from './policy';
import { codeAt, codeList, groupList, DOWNPLAYS, REBUTS, REPORTS_CHANGE, type IndexSnapshot } from './snapshot-format';

/** The snapshot's claim → keys lists turned per key (claim order kept: claims are read in order), in two passes. */
function keyPostings(claimKeys: readonly string[], keyCount: number) {
  const start = new Int32Array(keyCount + 1);
  for (const list of claimKeys) for (let i = 0; i < list.length; i++) start[(codeAt(list, i) >> 1) + 1]!++;
  for (let id = 0; id < keyCount; id++) start[id + 1]! += start[id]!;
  const claims = new Int32Array(start[keyCount]!);
  const fill = start.slice(0, keyCount);
  claimKeys.forEach((list, ci) => {
    for (let i = 0; i < list.length; i++) {
      const packed = codeAt(list, i);
      claims[fill[packed >> 1]!++] = ci * 2 + (packed & 1);
    }
  });
  return { claims, start };
}

/** A restored index's keys, each made on first use exactly as the build made it (same finishKey, same inputs). */
export class RestoredKeys implements KeyTable {
  readonly length: number;
  /** Keys made so far, by id (sized on first use: an array written out of order would turn into a slow dictionary). */
  private made: (KeyInfo | undefined)[] | undefined;
  private spellings: string[] | undefined;
  /** Per key, its claims (claim index * 2 + 1 for an entity) in claim order: claims[start[id] .. start[id + 1]). */
  private postings: { claims: Int32Array; start: Int32Array } | undefined;

  constructor(
    private readonly texts: KeyTexts,
    private readonly s: IndexSnapshot,
    private readonly policy: Policy,
  ) {
    this.length = texts.length;
  }

  get(id: number): KeyInfo {
    const made = (this.made ??= new Array<KeyInfo | undefined>(this.length).fill(undefined));
    return (made[id] ??= this.make(id));
  }

  display(id: number): string {
    const code = codeAt(this.s.display, id);
    // Odd: the spelling of key (id - n), which holds it (see displays); even: the holder's own.
    const holder = code % 4 === 1 ? id - (code + 3) / 4 : code % 4 === 3 ? id + (code + 1) / 4 : id;
    const own = holder === id ? code : codeAt(this.s.display, holder);
    if (own === 0) return this.texts.text(holder);
    return (this.spellings ??= this.s.spellings.split(KEY_SEPARATOR))[own / 2 - 1]!;
  }

  private make(id: number): KeyInfo {
    if (id < 0 || id >= this.length) throw new RangeError(`index snapshot: no key ${id}`);
    const k = newKey(this.texts.text(id), codeAt(this.s.needsSuffix, id) === 1);
    const { claims, start } = (this.postings ??= keyPostings(this.s.claimKeys, this.length));
    for (let j = start[id]!; j < start[id + 1]!; j++) {
      k.claims.push(claims[j]! >> 1);
      k.kinds.push(claims[j]! & 1 ? 'entity' : 'term');
    }
    const specificity = this.s.specificityValues[codeAt(this.s.specificity, id)]!;
    finishKey(k, codeAt(this.s.topics, id), specificity, this.policy);
    return k;
  }
}

/**
 * A claim as newIndexedClaim and the build make it, each field read from the snapshot on first use: only claims a
 * page's sentences come near are scored (making every claim's key map was once most of a restore: 8,500 entries). A
 * class, so every restored claim has one shape.
 */
export class RestoredClaim implements IndexedClaim {
  private madeKeys: Map<number, KeyKind> | undefined;
  private madeFigures: ClaimFigure[] | undefined;
  private madeYears: number[] | undefined;
  private madeRequired: number[][] | undefined;
  private madeExcluded: number[] | undefined;
  private madeDisputes: number[] | undefined;
  /** Read on every candidate's requirement check: plain fields, one code each. */
  readonly requiredActors: number;
  readonly requiredEra: number;

  constructor(
    readonly claim: Claim,
    readonly topicIndex: number,
    private readonly ci: number,
    private readonly s: IndexSnapshot,
  ) {
    this.requiredActors = codeAt(s.requiredActors, ci);
    this.requiredEra = codeAt(s.requiredEra, ci) - 1;
  }

  get keys(): Map<number, KeyKind> {
    if (this.madeKeys) return this.madeKeys;
    const packed = this.s.claimKeys[this.ci]!;
    const keys = new Map<number, KeyKind>();
    for (let i = 0; i < packed.length; i++) {
      const p = codeAt(packed, i);
      keys.set(p >> 1, p & 1 ? 'entity' : 'term');
    }
    return (this.madeKeys = keys);
  }

  get figures(): ClaimFigure[] {
    return (this.madeFigures ??= claimFigures(this.claim));
  }

  get years(): number[] {
    return (this.madeYears ??= codeList(this.s.years[this.ci]!));
  }

  get required(): number[][] {
    return (this.madeRequired ??= groupList(this.s.required[this.ci]!));
  }

  get excluded(): number[] {
    return (this.madeExcluded ??= codeList(this.s.excluded[this.ci]!));
  }

  get disputes(): number[] {
    return (this.madeDisputes ??= codeList(this.s.disputes[this.ci]!));
  }
}

/** A claim's polarity, its negated keys read from the snapshot on first use (when a sentence near it is scored). */
export class RestoredPolarity implements ClaimPolarity {
  private made: Map<number, boolean> | undefined;
  readonly rebuttal: boolean;
  readonly reportsChange: boolean;
  readonly downplays: boolean;

  constructor(
    private readonly packed: string,
    stance: number,
  ) {
    this.rebuttal = (stance & REBUTS) !== 0;
    this.reportsChange = (stance & REPORTS_CHANGE) !== 0;
    this.downplays = (stance & DOWNPLAYS) !== 0;
  }

  get negated(): Map<number, boolean> {
    if (this.made) return this.made;
    const negated = new Map<number, boolean>();
    for (let i = 0; i < this.packed.length; i++) {
      const p = codeAt(this.packed, i);
      negated.set(p >> 1, (p & 1) === 1);
    }
    return (this.made = negated);
  }
}
