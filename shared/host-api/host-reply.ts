/**
 * The one reply envelope of a host call, whichever way it travels (IPC in the desktop shell,
 * HTTP in the browser shell, in process in tests). Errors travel as data because IPC drops
 * an `Error`'s own fields. No zod here: the renderer's first bundle unwraps replies too.
 */
import { HostError, type HostErrorData } from './errors';

/** How every transport answers a call. */
export type HostReply =
  { readonly ok: true; readonly result: unknown } | { readonly ok: false; readonly error: HostErrorData };

/** What a transport answers when something outside the host method itself failed. */
const INTERNAL_MESSAGE = 'Something went wrong. Please try again.';

/**
 * The reply to a call that succeeded. A method that answers nothing answers `null`, on
 * every transport alike: JSON has no `undefined`, so HTTP could not carry it anyway.
 */
export function successReply(result: unknown): HostReply {
  return { ok: true, result: result ?? null };
}

/** The reply to a call that failed; anything but a `HostError` becomes a generic `internal` one. */
export function failureReply(error: unknown): HostReply & { readonly ok: false } {
  const hostError = error instanceof HostError ? error : new HostError('internal', INTERNAL_MESSAGE);
  return { ok: false, error: hostError.toData() };
}

/** Runs a host call and wraps its outcome in the envelope; never rejects. */
export function replyTo(call: () => Promise<unknown>): Promise<HostReply> {
  return call().then(successReply, failureReply);
}

/** The result a reply carries, or its error thrown back as a `HostError` (code intact). */
export function unwrapReply(reply: HostReply): unknown {
  if (reply.ok) return reply.result;
  throw HostError.fromData(reply.error);
}
