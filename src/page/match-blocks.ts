/**
 * Runs the matcher over text blocks: the step shared by the content script and `kensho scan`. DOM-free apart from the
 * block.
 */
import { segmentBlock } from '../core/segment';
import type { Matcher, MatchLang, SentenceMatch } from '../core/types';
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

/**
 * Splits [0, text.length) into pieces no longer than `max`, each cut after the last whole sentence that fits, as
 * the engine's own segmentation (core/segment.ts) finds sentences; at `max` when not even one fits. Only a window of
 * `max` characters is segmented at a time: the segmenter is super-linear on long strings.
 */
export function splitLongText(text: string, lang: MatchLang, max = MAX_PIECE): [number, number][] {
  const pieces: [number, number][] = [];
  let start = 0;
  while (text.length - start > max) {
    const spans = segmentBlock(text.slice(start, start + max), lang);
    // The window's last sentence may run past it: cut after the one before, whole for sure.
    const whole = spans.length > 1 ? spans[spans.length - 2]! : null;
    const cut = whole ? start + whole.end : start + max;
    pieces.push([start, cut]);
    start = cut;
  }
  pieces.push([start, text.length]);
  return pieces;
}

/** The annotated sentences of one block, in order. */
export function annotateBlock(block: TextBlock, matcher: Matcher): BlockAnnotation[] {
  const out: BlockAnnotation[] = [];
  for (const [from, to] of splitLongText(block.text, block.lang)) {
    const piece = from === 0 && to === block.text.length ? block.text : block.text.slice(from, to);
    for (const s of matcher.scanBlock(piece, block.lang)) {
      const [match, ...others] = s.matches;
      if (!match) continue;
      out.push({ block, start: from + s.start, end: from + s.end, sentence: s.text, match, others });
    }
  }
  return out;
}
