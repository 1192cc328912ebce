/**
 * What travels between the room server and the phones: the request schemas the server
 * checks. The replies and pushes are declared once in `shared/voting/room-protocol.ts`.
 */
import { z } from 'zod';
import { ACTIVITY_LIMITS, ConfidenceSchema } from '../../../shared/host-api/voting-contract';
import { ANSWERS } from '../../../shared/workshop/readiness';
import type { RoomErrorCode } from '../../../shared/voting/room-protocol';

export type {
  ActivityReply,
  BallotReply,
  NoteReply,
  PhoneActivity,
  PhoneNote,
  JoinReply,
  PhoneQuestion,
  PhoneRound,
  PhoneState,
  RoomErrorCode,
  RoomErrorReply,
  RoomPush,
} from '../../../shared/voting/room-protocol';

/** `POST /room/join` body. */
export const JoinRequestSchema = z.strictObject({
  code: z.string().max(40),
  name: z.string().max(200).optional(),
  /** The token this phone was given before (kept by the page): the same device comes back. */
  token: z.string().max(200).optional(),
});
/** `POST /room/join` body. */
export type JoinRequest = z.infer<typeof JoinRequestSchema>;

/** `POST /room/ballot` body. Question ids are checked against the open round, not here. */
export const BallotRequestSchema = z.strictObject({
  roundId: z.string().min(1).max(100),
  questionId: z.string().min(1).max(40),
  answer: z.enum(ANSWERS),
  /** "How sure are you?" 1–5; kept only when the round asks (and optional even then). */
  confidence: ConfidenceSchema.optional(),
});
/** `POST /room/ballot` body. */
export type BallotRequest = z.infer<typeof BallotRequestSchema>;

/**
 * `POST /room/note` body. The length is checked in the handler (after tidying), against the
 * activity's own limit, so the phone hears which limit it passed; this cap is only a bound.
 */
export const NoteRequestSchema = z.strictObject({
  activityId: z.string().min(1).max(100),
  text: z.string().max(ACTIVITY_LIMITS.noteLength * 4),
});
export type NoteRequest = z.infer<typeof NoteRequestSchema>;

/** `DELETE /room/note` body: one of this phone's own notes. */
export const DeleteNoteRequestSchema = z.strictObject({
  activityId: z.string().min(1).max(100),
  noteId: z.string().min(1).max(100),
});
export type DeleteNoteRequest = z.infer<typeof DeleteNoteRequestSchema>;

/** `PUT /room/dots` body: this phone's whole allocation, replacing the one before. */
export const DotsRequestSchema = z.strictObject({
  activityId: z.string().min(1).max(100),
  dots: z
    .array(
      z.strictObject({
        itemId: z.string().min(1).max(100),
        dots: z.number().int().min(0).max(ACTIVITY_LIMITS.maxDotsPerPhone),
      }),
    )
    .max(ACTIVITY_LIMITS.maxItems),
});
export type DotsRequest = z.infer<typeof DotsRequestSchema>;

/** A refusal on its way to becoming a response. */
export interface RoomRefusal {
  readonly status: number;
  readonly code: RoomErrorCode;
  readonly message: string;
}

/** Builds a {@link RoomRefusal}. */
export function refusal(status: number, code: RoomErrorCode, message: string): RoomRefusal {
  return { status, code, message };
}
