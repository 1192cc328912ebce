import type {
  ActivityReply,
  Answer,
  BallotReply,
  NoteReply,
  JoinReply,
  PhoneState,
  RoomErrorReply,
  RoomPush,
} from '../../shared/voting/room-protocol';
import { text } from '../../shared/text';

/** A request the room refused, with its sentence for the person holding the phone. */
export class RoomRefused extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** The room could not be reached at all (Wi-Fi dropped, room closed). */
export class RoomUnreachable extends Error {}

async function call<Reply>(
  path: string,
  token: string | null,
  body?: unknown,
  method = body === undefined ? 'GET' : 'POST',
): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: 'no-store',
    });
  } catch {
    throw new RoomUnreachable(text('phone.room.unreachable'));
  }
  let reply: unknown;
  try {
    reply = await response.json();
  } catch {
    throw new RoomUnreachable(text('phone.room.noAnswer'));
  }
  const refused = reply as Partial<RoomErrorReply>;
  if (!response.ok || refused.ok === false) {
    throw new RoomRefused(
      refused.error?.code ?? 'internal',
      refused.error?.message ?? text('phone.room.refused'),
    );
  }
  return reply as Reply;
}

/** `GET /room/state`: what this phone may see now. */
export function fetchState(token: string | null): Promise<PhoneState> {
  return call<PhoneState>('/room/state', token);
}

/**
 * `POST /room/join`: a device token for this phone. `previousToken`, the one stored from an
 * earlier join, lets the room give back the same device (one phone, one voter).
 */
export function joinRoom(
  code: string,
  name: string | null,
  previousToken: string | null,
): Promise<JoinReply> {
  const body: { code: string; name?: string; token?: string } = { code };
  if (name !== null) body.name = name;
  if (previousToken !== null) body.token = previousToken;
  return call<JoinReply>('/room/join', null, body);
}

/** `POST /room/ballot`: resolves once the room has saved the vote (and "how sure", when given). */
export function castBallot(
  token: string,
  ballot: { roundId: string; questionId: string; answer: Answer; confidence?: number },
): Promise<BallotReply> {
  return call<BallotReply>('/room/ballot', token, ballot);
}

/** `POST /room/note`: resolves with the note once the room has saved it. */
export function writeNote(token: string, activityId: string, text: string): Promise<NoteReply> {
  return call<NoteReply>('/room/note', token, { activityId, text });
}

/** `DELETE /room/note`: takes one of this phone's notes back. */
export function deleteNote(token: string, activityId: string, noteId: string): Promise<ActivityReply> {
  return call<ActivityReply>('/room/note', token, { activityId, noteId }, 'DELETE');
}

/** `PUT /room/dots`: this phone's whole dot allocation, replacing the one before. */
export function placeDots(
  token: string,
  activityId: string,
  dots: Readonly<Record<string, number>>,
): Promise<ActivityReply> {
  const entries = Object.entries(dots).map(([itemId, count]) => ({ itemId, dots: count }));
  return call<ActivityReply>('/room/dots', token, { activityId, dots: entries }, 'PUT');
}

/** Opens the push channel; `onPush` hears each message, `onClose` when it drops. */
export function openLive(
  token: string,
  handlers: { onOpen(): void; onPush(push: RoomPush): void; onClose(): void },
): WebSocket {
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const socket = new WebSocket(`${scheme}://${location.host}/room/live?token=${encodeURIComponent(token)}`);
  socket.addEventListener('open', () => handlers.onOpen());
  socket.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (typeof event.data !== 'string') return;
    try {
      const push = JSON.parse(event.data) as Partial<RoomPush>;
      if (push.type === 'changed' || push.type === 'room-closed') handlers.onPush(push as RoomPush);
    } catch {
      // Not ours: ignore.
    }
  });
  socket.addEventListener('close', () => handlers.onClose());
  return socket;
}
