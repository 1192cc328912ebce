/**
 * What the room server and the phone page say to each other: a copy of the types in
 * `electron/host/voting/room-protocol.ts` (this page may not import host code, and must not
 * pull zod onto phones). `renderer/participant/room-protocol.test.ts` checks the copies match.
 */

/** The ids of the readiness questions. */
export type QuestionId = 'ownership' | 'data' | 'buyIn' | 'metrics';

/** An answer a participant can give. */
export type Answer = 'yes' | 'partly' | 'no';

/** Counts per answer for one question. */
export interface AnswerCounts {
  yes: number;
  partly: number;
  no: number;
}

/** A question as the phone shows it. */
export interface PhoneQuestion {
  readonly id: QuestionId;
  readonly label: string;
  readonly text: string;
}

/** The current round as this phone may see it. */
export interface PhoneRound {
  readonly roundId: string;
  readonly number: number;
  readonly mode: 'phones' | 'keypad';
  readonly status: 'open' | 'closed';
  readonly questions: readonly PhoneQuestion[];
  readonly myAnswers: Partial<Record<QuestionId, Answer>>;
  readonly results: Readonly<Record<string, AnswerCounts>> | null;
}

/** `GET /room/state`. */
export interface PhoneState {
  readonly ok: true;
  readonly namedVoting: boolean;
  readonly joined: boolean;
  readonly name: string | null;
  readonly round: PhoneRound | null;
}

/** `POST /room/join` answer. */
export interface JoinReply {
  readonly ok: true;
  readonly token: string;
  readonly deviceId: string;
}

/** `POST /room/ballot` answer. */
export interface BallotReply {
  readonly ok: true;
  readonly ballot: { readonly roundId: string; readonly questionId: string; readonly answer: Answer };
}

/** Every refusal: a code for this page, a sentence for the person holding the phone. */
export interface RoomErrorReply {
  readonly ok: false;
  readonly error: { readonly code: string; readonly message: string };
}

/** What `/room/live` pushes. */
export type RoomPush = { readonly type: 'changed' } | { readonly type: 'room-closed' };
