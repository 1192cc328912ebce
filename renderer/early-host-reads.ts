/**
 * The replies to the first screen's host reads (`FIRST_SCREEN_READS`), held for the bridge
 * until the app asks for them. Talks to nobody: `bridge.ts` sends the batch request, and
 * this file only reads what the browser shell put in the page, or what a batch answered, and
 * hands each reply out once.
 */
import { FIRST_SCREEN_READS } from '../shared/host-api/first-screen-reads';
import type { HostReply } from '../shared/host-api/host-reply';
import { FIRST_SCREEN_REPLIES_ELEMENT_ID } from '../shared/host-api/loopback-http';

/**
 * The replies of a batch of the first screen's reads (the body `/api/batch` answers, or the
 * one the shell puts in the page), in the order of the reads; undefined when the body is not
 * one (the batch failed as a whole, or the page holds something else).
 */
export function firstScreenReplies(body: unknown): readonly HostReply[] | undefined {
  const replies =
    typeof body === 'object' && body !== null ? (body as { replies?: unknown }).replies : undefined;
  return Array.isArray(replies) && replies.length === FIRST_SCREEN_READS.length
    ? (replies as HostReply[])
    : undefined;
}

/**
 * The replies the shell put in the page, taken out of it (read once); undefined when there
 * are none or they cannot be read (the page then asks the host).
 */
export function takeEmbeddedReplies(document: Document): readonly HostReply[] | undefined {
  const element = document.getElementById(FIRST_SCREEN_REPLIES_ELEMENT_ID);
  if (element === null) return undefined;
  element.remove();
  try {
    return firstScreenReplies(JSON.parse(element.textContent ?? ''));
  } catch {
    return undefined;
  }
}

/** The first screen's replies, each handed out once, for the first call of its method. */
export class EarlyReplies {
  readonly #replies: Map<string, Promise<HostReply | undefined>>;

  /** `replies` resolves undefined when they could not be had; the calls then go to the host. */
  constructor(replies: Promise<readonly HostReply[] | undefined>) {
    this.#replies = new Map(
      FIRST_SCREEN_READS.map((name, index) => [name, replies.then((all) => all?.[index])]),
    );
  }

  /**
   * The early reply for a call of `name` without input, at most once per method; undefined
   * when there is none (not read early, already used, or the call has an input).
   */
  take(name: string, input: unknown): Promise<HostReply | undefined> | undefined {
    if (input !== undefined) return undefined;
    const reply = this.#replies.get(name);
    this.#replies.delete(name);
    return reply;
  }
}
