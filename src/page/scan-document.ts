/** Whole-document scan without layout or yielding: what `kensho scan` and the fixture tests run on a DOM library. */
import type { FigureCheck, Matcher, SentenceStance } from '../core/types';
import { annotateBlock } from './match-blocks';
import { extractBlocks } from './extract';

/** One annotation as reported by `kensho scan` and listed in fixture `.expected.json` files. */
export interface ScannedAnnotation {
  claim: string;
  stance: SentenceStance;
  score: number;
  sentence: string;
  figures: FigureCheck[];
  /** Other claims the same sentence matched (the marker shows the best one). */
  also: string[];
}

/** Annotations Kensho would make on `doc`, in page order (same extraction and skip rules as the content script). */
export function scanDocument(doc: Document, matcher: Matcher): ScannedAnnotation[] {
  return extractBlocks(doc).flatMap((block) =>
    annotateBlock(block, matcher).map((a) => ({
      claim: a.match.claimId,
      stance: a.match.stance,
      score: Math.round(a.match.score * 1000) / 1000,
      sentence: a.sentence.replace(/\s+/g, ' ').trim(),
      figures: a.match.figures,
      also: a.others.map((o) => o.claimId),
    })),
  );
}
