/**
 * Japanese puts the focus particle は after a case particle or leaves it out, with no change of what is said:
 * ITバブルと違う / ITバブルとは違う, 合意に至っていない / 合意には至っていない, 大型モデルに及ばない / 大型モデルには
 * 及ばない. Negated predicates take it most often, which is where a key or a cue written one way missed the other.
 */

/** と or に after a word (kanji, katakana, Latin or a digit), with or without は, before the rest of a phrase. */
const PARTICLE = /([\u3400-\u9fff\u30a0-\u30ffA-Za-z0-9])([とに])(は?)(?=[\u3040-\u9fff\u30a0-\u30ff])/g;

/** The other spellings of a Japanese phrase, each case particle in it with は added or dropped (one at a time). */
export function focusVariants(phrase: string): string[] {
  const out: string[] = [];
  for (const m of phrase.matchAll(PARTICLE)) {
    const at = m.index + 1;
    const rest = phrase.slice(at + m[2]!.length + m[3]!.length);
    // A particle must have something after it ("特に" ends a phrase: no focus to add there).
    if (!rest) continue;
    out.push(`${phrase.slice(0, at)}${m[2]}${m[3] ? '' : 'は'}${rest}`);
  }
  return out;
}
