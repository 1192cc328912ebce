/**
 * What the room server and the phones say to each other, as types only: the host
 * (`electron/host/voting/room-request-schemas.ts`, which adds the request schemas) and the phone
 * page both import these, and the page pulls no code onto phones from here.
 */
import type { Answer, QuestionId } from '../workshop/readiness';

export type { Answer, QuestionId };

/** Counts per answer for one question. */
export interface AnswerCounts {
  yes: number;
  partly: number;
  no: number;
}

/** A question as a phone shows it. */
export interface PhoneQuestion {
  readonly id: QuestionId;
  readonly label: string;
  readonly text: string;
}

/** The current round as a phone may see it: its questions, this phone's answers, results once revealed. */
export interface PhoneRound {
  readonly roundId: string;
  readonly number: number;
  readonly mode: 'phones' | 'keypad';
  readonly status: 'open' | 'closed';
  readonly questions: readonly PhoneQuestion[];
  readonly myAnswers: Partial<Record<QuestionId, Answer>>;
  readonly results: Readonly<Record<string, AnswerCounts>> | null;
}

/** `GET /room/state`: without a token only `namedVoting` says anything. */
export interface PhoneState {
  readonly ok: true;
  readonly namedVoting: boolean;
  readonly joined: boolean;
  /** The name this phone joined with (named voting), else null. */
  readonly name: string | null;
  readonly round: PhoneRound | null;
}

/** `POST /room/join` answer. */
export interface JoinReply {
  readonly ok: true;
  readonly token: string;
  readonly deviceId: string;
}

/** `POST /room/ballot` answer, sent once the ballot is on the disk. */
export interface BallotReply {
  readonly ok: true;
  readonly ballot: { readonly roundId: string; readonly questionId: string; readonly answer: Answer };
}

/** Why the room refused a request. */
export type RoomErrorCode =
  | 'wrong-host'
  | 'wrong-origin'
  | 'not-found'
  | 'method-not-allowed'
  | 'too-large'
  | 'unsupported-media-type'
  | 'invalid-json'
  | 'invalid-request'
  | 'wrong-code'
  | 'name-needed'
  | 'room-full'
  | 'too-many-devices'
  | 'not-joined'
  | 'too-many-requests'
  | 'round-closed'
  | 'unknown-question'
  | 'not-a-phone-round'
  | 'not-saved'
  | 'not-built'
  | 'internal';

/** Every refusal, as JSON: a code for the page and a sentence for the person holding the phone. */
export interface RoomErrorReply {
  readonly ok: false;
  readonly error: { readonly code: RoomErrorCode; readonly message: string };
}

/** What the WebSocket at `/room/live` pushes: the phone should fetch `/room/state` again, or stop. */
export type RoomPush = { readonly type: 'changed' } | { readonly type: 'room-closed' };
