/** Labelled rows for `kensho eval`: the file format of shared/eval/dev.jsonl, parsed with errors that name the line. */
import { dateRange } from '../../core/published';
import { UsageError } from '../matcher-args';

export interface EvalRow {
  text: string;
  lang: 'en' | 'ja';
  kind: 'positive' | 'hard_negative' | 'easy_negative';
  topic: string | null;
  stance: 'same' | 'contradicts' | null;
  /** Short English gloss of the claim a positive makes (its stance is relative to this claim). */
  claim?: string | null;
  /** When the page was published (YYYY, YYYY-MM or YYYY-MM-DD), if known. */
  date?: string | null;
  /** The page the sentence came from: it decides the row's tune/check half. */
  url?: string | null;
}

/** A row and its 1-based line in the file. */
export interface NumberedRow {
  row: EvalRow;
  line: number;
}

/** Parses a JSON Lines file of labelled rows; the first bad line is a UsageError naming it and what it needs. */
export function parseRows(text: string, path: string): NumberedRow[] {
  return text.split(/\r?\n/).flatMap((line, i) => {
    if (!line.trim()) return [];
    let row: EvalRow;
    try {
      row = JSON.parse(line) as EvalRow;
    } catch (err) {
      throw new UsageError(`${path}:${i + 1} is not valid JSON (${(err as Error).message})`);
    }
    if (
      typeof row.text !== 'string' ||
      !['positive', 'hard_negative', 'easy_negative'].includes(row.kind) ||
      !['en', 'ja'].includes(row.lang)
    ) {
      throw new UsageError(
        `${path}:${i + 1} needs "text", "lang" (en|ja) and "kind" (positive|hard_negative|easy_negative)`,
      );
    }
    if (row.date != null && (typeof row.date !== 'string' || !dateRange(row.date))) {
      throw new UsageError(
        `${path}:${i + 1} has "date" ${JSON.stringify(row.date)}: give YYYY, YYYY-MM or YYYY-MM-DD, or null`,
      );
    }
    return [{ row, line: i + 1 }];
  });
}
