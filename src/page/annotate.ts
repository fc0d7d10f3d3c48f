/** Runs the matcher over text blocks: the step shared by the content script and `kensho scan`. DOM-free apart from the block. */
import type { Matcher, SentenceMatch } from '../core/types';
import type { TextBlock } from './extract';

/** One annotated sentence of a block: its best match, and any other claims it also matched. */
export interface BlockAnnotation {
  block: TextBlock;
  /** Offsets into block.text. */
  start: number;
  end: number;
  sentence: string;
  match: SentenceMatch;
  others: SentenceMatch[];
}

/** Blocks longer than this are scanned in pieces cut at sentence ends, so no single matcher call runs long. */
export const MAX_PIECE = 3000;
const SENTENCE_END = /[。．！？!?.]["'”」』）)]*\s*/g;

/** Splits [0, text.length) into pieces no longer than `max`, cutting after a sentence end where possible. */
export function splitLongText(text: string, max = MAX_PIECE): [number, number][] {
  const pieces: [number, number][] = [];
  let start = 0;
  while (text.length - start > max) {
    let cut = -1;
    SENTENCE_END.lastIndex = start;
    for (let m = SENTENCE_END.exec(text); m && m.index < start + max; m = SENTENCE_END.exec(text)) {
      cut = m.index + m[0].length;
      if (m[0].length === 0) SENTENCE_END.lastIndex++;
    }
    if (cut <= start || cut > start + max) cut = start + max;
    pieces.push([start, cut]);
    start = cut;
  }
  pieces.push([start, text.length]);
  return pieces;
}

/** The annotated sentences of one block, in order. */
export function annotateBlock(block: TextBlock, matcher: Matcher): BlockAnnotation[] {
  const out: BlockAnnotation[] = [];
  for (const [from, to] of splitLongText(block.text)) {
    const piece = from === 0 && to === block.text.length ? block.text : block.text.slice(from, to);
    for (const s of matcher.scanBlock(piece, block.lang)) {
      const [match, ...others] = s.matches;
      if (!match) continue;
      out.push({ block, start: from + s.start, end: from + s.end, sentence: s.text, match, others });
    }
  }
  return out;
}
