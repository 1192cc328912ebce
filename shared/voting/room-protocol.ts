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
  /** When it opened (ISO time): the newer of the round and the activity is what a phone shows. */
  readonly openedAt: string;
  readonly questions: readonly PhoneQuestion[];
  readonly myAnswers: Partial<Record<QuestionId, Answer>>;
  /** Whether the round asks "How sure are you?" (1–5) with each answer. */
  readonly askConfidence: boolean;
  /** This phone's "how sure" per answered question, when it said. */
  readonly myConfidence: Partial<Record<QuestionId, number>>;
  readonly results: Readonly<Record<string, AnswerCounts>> | null;
}

/** One of this phone's own notes (a phone never gets anyone else's). */
export interface PhoneNote {
  readonly id: string;
  readonly text: string;
  readonly writtenAt: string;
}

/** One dot-vote item and this phone's dots on it. */
export interface PhoneDotItem {
  readonly id: string;
  readonly label: string;
}

/**
 * The room activity as one phone may see it: the prompt and the limits, this phone's own
 * notes or its own dots, never anyone else's, nor the totals.
 */
export interface PhoneActivity {
  readonly activityId: string;
  readonly kind: 'writing' | 'dots';
  readonly prompt: string;
  readonly status: 'open' | 'closed';
  readonly openedAt: string;
  /** When it closes on its own (ISO time), or null. */
  readonly closesAt: string | null;
  readonly writing: {
    readonly maxNotes: number;
    readonly maxNoteLength: number;
    readonly myNotes: readonly PhoneNote[];
  } | null;
  readonly dots: {
    readonly dotsPerPhone: number;
    readonly items: readonly PhoneDotItem[];
    /** This phone's dots per item id (items without dots left out). */
    readonly myDots: Readonly<Record<string, number>>;
  } | null;
}

/** `GET /room/state`: without a token only `namedVoting` says anything. */
export interface PhoneState {
  readonly ok: true;
  readonly namedVoting: boolean;
  readonly joined: boolean;
  /** The name this phone joined with (named voting), else null. */
  readonly name: string | null;
  readonly round: PhoneRound | null;
  readonly activity: PhoneActivity | null;
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

/** `POST /room/note` answer, sent once the note is on the disk. */
export interface NoteReply {
  readonly ok: true;
  readonly note: PhoneNote;
}

/** `DELETE /room/note` and `PUT /room/dots` answer: what this phone has now. */
export interface ActivityReply {
  readonly ok: true;
  readonly activity: PhoneActivity;
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
  | 'activity-closed'
  | 'no-activity'
  | 'wrong-activity'
  | 'note-too-long'
  | 'too-many-notes'
  | 'unknown-note'
  | 'too-many-dots'
  | 'unknown-item'
  | 'not-built'
  | 'internal';

/** Every refusal, as JSON: a code for the page and a sentence for the person holding the phone. */
export interface RoomErrorReply {
  readonly ok: false;
  readonly error: { readonly code: RoomErrorCode; readonly message: string };
}

/** What the WebSocket at `/room/live` pushes: the phone should fetch `/room/state` again, or stop. */
export type RoomPush = { readonly type: 'changed' } | { readonly type: 'room-closed' };
