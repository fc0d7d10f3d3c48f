/**
 * The messages a content script receives ('page/reveal' from the popup, 'page/stop' from the worker) and their
 * validation: the one part of the protocol's schemas the script on every news page needs (validate.ts holds them all).
 */
import * as v from 'valibot';
import type { Envelope, MessageType } from './protocol';

/** A claim id as messages carry it. */
export const Slug = v.pipe(v.string(), v.maxLength(120));

export const COMMAND_PAYLOADS = {
  'page/reveal': v.strictObject({
    claimId: Slug,
    occurrence: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
  }),
  'page/stop': v.strictObject({ reason: v.picklist(['revoked']) }),
} satisfies Partial<Record<MessageType, v.GenericSchema>>;

/** The envelope when `raw` is a well-formed Kensho message of one of `payloads`' types, else null. */
export function parseWith(payloads: Partial<Record<MessageType, v.GenericSchema>>, raw: unknown): Envelope | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { kensho, type, data } = raw as Record<string, unknown>;
  if (kensho !== 1 || typeof type !== 'string' || !Object.hasOwn(payloads, type)) return null;
  const parsed = v.safeParse(payloads[type as MessageType]!, data);
  return parsed.success ? ({ kensho: 1, type, data: parsed.output } as Envelope) : null;
}

/** A well-formed message addressed to content scripts, else null (ignored). */
export function parseCommand(raw: unknown): Envelope<keyof typeof COMMAND_PAYLOADS> | null {
  return parseWith(COMMAND_PAYLOADS, raw) as Envelope<keyof typeof COMMAND_PAYLOADS> | null;
}
