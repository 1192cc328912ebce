/**
 * The voting room's refusals, in words for the person holding the phone, and how they are
 * sent. Every refusal is `{ ok: false, error: { code, message } }`.
 */
import type http from 'node:http';
import { sendJson } from '../http/json-reply';
import { JSON_BODY_STATUS, type JsonBodyProblem } from '../http/json-body';
import type { AdmissionRefusal } from './room-devices';
import { refusal, type RoomRefusal } from './room-request-schemas';

export const NOT_FOUND = refusal(
  404,
  'not-found',
  'There is nothing here. Open the link from the room screen.',
);
export const TOO_MANY = refusal(
  429,
  'too-many-requests',
  'Too many taps at once. Wait a moment, then try again.',
);
export const TOO_MANY_JOINS = refusal(
  429,
  'too-many-requests',
  'Too many tries to join from this phone. Wait a minute, then try again.',
);
export const NOT_JOINED = refusal(
  401,
  'not-joined',
  'This phone is not in the room (or the room was reopened). Join again with the code on the screen.',
);
export const ROOM_FULL = refusal(
  503,
  'room-full',
  'The voting room is full right now. Wait a minute and try again, or ask the facilitator for help.',
);
export const WRONG_HOST = refusal(421, 'wrong-host', 'This request was not addressed to the voting room.');
export const WRONG_ORIGIN = refusal(
  403,
  'wrong-origin',
  'Votes are only accepted from the voting page itself.',
);
export const METHOD_NOT_ALLOWED = refusal(
  405,
  'method-not-allowed',
  'The voting room does not do that here.',
);
export const INTERNAL = refusal(
  500,
  'internal',
  'Something went wrong in the voting room. Please try again.',
);
export const NOT_BUILT = refusal(
  503,
  'not-built',
  'The voting page is missing from this copy of ReadyRoom. Ask the facilitator.',
);

/** Why a device did not get its place, as the phone is told. */
export function admissionRefusal(refused: AdmissionRefusal, perAddress: number): RoomRefusal {
  return refused === 'room-full'
    ? ROOM_FULL
    : refusal(
        429,
        'too-many-devices',
        `${perAddress} phones from this network connection are already in the room, the most it may have. Vote on one of them, or ask the facilitator for help.`,
      );
}

const BODY_MESSAGES: Readonly<Record<JsonBodyProblem, string>> = {
  'unsupported-media-type': 'The voting room only accepts JSON.',
  'too-large': 'That request is too large for the voting room.',
  'invalid-json': 'The voting room could not read that request.',
};

/** A body the room would not read, as the phone is told. */
export function bodyRefusal(problem: JsonBodyProblem): RoomRefusal {
  return refusal(JSON_BODY_STATUS[problem], problem, BODY_MESSAGES[problem]);
}

/** Sends a refusal; `close` ends the connection too (after an oversized body). */
export function sendRefusal(response: http.ServerResponse, refused: RoomRefusal, close = false): void {
  const headers: Record<string, string> = {};
  if (refused.status === 429) headers['Retry-After'] = '1';
  if (close) headers.Connection = 'close';
  sendJson(
    response,
    refused.status,
    { ok: false, error: { code: refused.code, message: refused.message } },
    headers,
  );
}
