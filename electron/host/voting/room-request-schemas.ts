/**
 * What travels between the room server and the phones: the request schemas the server
 * checks. The replies and pushes are declared once in `shared/voting/room-protocol.ts`.
 */
import { z } from 'zod';
import { ANSWERS } from '../../../shared/workshop/readiness';
import type { RoomErrorCode } from '../../../shared/voting/room-protocol';

export type {
  BallotReply,
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
});
/** `POST /room/ballot` body. */
export type BallotRequest = z.infer<typeof BallotRequestSchema>;

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
