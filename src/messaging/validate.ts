import * as v from 'valibot';
import { REPORT_SENTENCE_CHARS, SENTENCE_STANCES } from '../shared/vocabulary';
import type { Envelope, MessageType } from './protocol';
import { COMMAND_PAYLOADS, parseWith, Slug } from './validate-commands';

const Url = v.pipe(v.string(), v.maxLength(4096));
const Stance = v.picklist(SENTENCE_STANCES);
/** A page's publication date as published-date.ts reads it: YYYY, YYYY-MM or YYYY-MM-DD. */
const PageDate = v.pipe(v.string(), v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/));
/** The most claim ids one `claim/sources` request may name (a card asks for one). */
export const MAX_SOURCE_CLAIMS = 20;

/** Payload schemas per message type: anything else is dropped before a handler sees it. */
export const PAYLOADS = {
  'page/results': v.strictObject({
    url: Url,
    claims: v.pipe(
      v.array(
        v.strictObject({
          claimId: Slug,
          count: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000)),
          stances: v.pipe(v.array(Stance), v.maxLength(1000)),
          figures: v.pipe(
            v.array(
              v.strictObject({
                text: v.pipe(v.string(), v.maxLength(200)),
                verdict: v.picklist(['consistent', 'differs', 'unrelated']),
                expected: v.nullable(v.number()),
                unit: v.pipe(v.string(), v.maxLength(20)),
              }),
            ),
            v.maxLength(200),
          ),
        }),
      ),
      v.maxLength(500),
    ),
    published: v.optional(PageDate),
  }),
  'page/unload': v.strictObject({ url: Url }),
  'claim/sources': v.strictObject({ claimIds: v.pipe(v.array(Slug), v.minLength(1), v.maxLength(MAX_SOURCE_CLAIMS)) }),
  'card/load': v.strictObject({}),
  'engine/load': v.strictObject({}),
  'claims/vocabulary': v.strictObject({}),
  'claims/added': v.strictObject({}),
  // The page sends the sentence trimmed and cut to what a report keeps.
  'page/not-this-claim': v.strictObject({
    claimId: Slug,
    sentence: v.pipe(v.string(), v.maxLength(REPORT_SENTENCE_CHARS)),
    stance: Stance,
  }),
  'tab/results': v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  'tab/changed': v.strictObject({ tabId: v.pipe(v.number(), v.integer(), v.minValue(0)) }),
  ...COMMAND_PAYLOADS,
  'feeds/check': v.strictObject({ url: v.nullable(Url) }),
} satisfies Record<MessageType, v.GenericSchema>;

/** Returns the envelope when `raw` is a well-formed Kensho message, else null (ignored by callers). */
export function parseEnvelope(raw: unknown): Envelope | null {
  return parseWith(PAYLOADS, raw);
}
