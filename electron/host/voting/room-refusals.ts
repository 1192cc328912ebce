/**
 * The voting room's refusals, in words for the person holding the phone, and how they are
 * sent. Every refusal is `{ ok: false, error: { code, message } }`.
 */
import type http from 'node:http';
import { sendJson } from '../http/json-reply';
import { JSON_BODY_STATUS, type JsonBodyProblem } from '../http/json-body';
import { text } from '../../../shared/text';
import type { AdmissionRefusal } from './room-devices';
import { refusal, type RoomRefusal } from './room-request-schemas';

export const NOT_FOUND = refusal(404, 'not-found', text('host.room.nothingHere'));
export const TOO_MANY = refusal(429, 'too-many-requests', text('host.room.tooManyTaps'));
export const TOO_MANY_JOINS = refusal(429, 'too-many-requests', text('host.room.tooManyJoins'));
export const NOT_JOINED = refusal(401, 'not-joined', text('host.room.notJoined'));
export const ROOM_FULL = refusal(503, 'room-full', text('host.room.full'));
export const WRONG_HOST = refusal(421, 'wrong-host', text('host.room.wrongHost'));
export const WRONG_ORIGIN = refusal(403, 'wrong-origin', text('host.room.wrongOrigin'));
export const METHOD_NOT_ALLOWED = refusal(405, 'method-not-allowed', text('host.room.methodNotAllowed'));
export const INTERNAL = refusal(500, 'internal', text('host.room.internal'));
export const NOT_BUILT = refusal(503, 'not-built', text('host.room.pageMissing'));

/** Why a device did not get its place, as the phone is told. */
export function admissionRefusal(refused: AdmissionRefusal, perAddress: number): RoomRefusal {
  return refused === 'room-full'
    ? ROOM_FULL
    : refusal(429, 'too-many-devices', text('host.room.tooManyDevices', { count: perAddress }));
}

const BODY_MESSAGES: Readonly<Record<JsonBodyProblem, string>> = {
  'unsupported-media-type': text('host.room.onlyJson'),
  'too-large': text('host.room.tooLarge'),
  'invalid-json': text('host.room.unreadable'),
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
