/**
 * The phones' routes for room activities: `POST /room/note` (write a note), `DELETE
 * /room/note` (take one's own back) and `PUT /room/dots` (one's whole dot allocation). Each
 * passes the same doors as a ballot (host, address rate, origin, token and device rate,
 * body cap and schema) before the activity's own limits are checked.
 */
import type http from 'node:http';
import type { z } from 'zod';
import { text } from '../../../shared/text';
import { sendJson } from '../http/json-reply';
import type { ActivityHandlers } from './phone-activity';
import {
  DeleteNoteRequestSchema,
  DotsRequestSchema,
  NoteRequestSchema,
  refusal,
  type ActivityReply,
  type NoteReply,
  type PhoneActivity,
  type PhoneNote,
  type RoomRefusal,
} from './room-request-schemas';
import { METHOD_NOT_ALLOWED, NOT_FOUND, sendRefusal } from './room-refusals';
import type { RoomDevice } from './room-server';

/** What the activity routes need from the routes around them. */
export interface ActivityRouteContext {
  readonly handlers: ActivityHandlers | undefined;
  /** The device behind the request's token, or the refusal already sent. */
  readonly device: (request: http.IncomingMessage, response: http.ServerResponse) => RoomDevice | null;
  /** The request's JSON body, or undefined when a refusal was already sent. */
  readonly body: (request: http.IncomingMessage, response: http.ServerResponse) => Promise<unknown>;
}

/** The paths these routes answer. */
export const ACTIVITY_PATHS: ReadonlySet<string> = new Set(['/room/note', '/room/dots']);

type Answer = PhoneNote | PhoneActivity | RoomRefusal;

/** Answers one request to an activity path. */
export async function activityRoute(
  context: ActivityRouteContext,
  pathname: string,
  request: http.IncomingMessage,
  response: http.ServerResponse,
): Promise<void> {
  const handlers = context.handlers;
  if (handlers === undefined) return sendRefusal(response, NOT_FOUND);
  const method = request.method ?? 'GET';
  const run = async <Schema extends z.ZodType>(
    schema: Schema,
    act: (device: RoomDevice, input: z.output<Schema>) => Promise<Answer>,
  ): Promise<void> => {
    const device = context.device(request, response);
    if (device === null) return;
    const value = await context.body(request, response);
    if (value === undefined) return;
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      return sendRefusal(response, refusal(400, 'invalid-request', text('host.room.requestNotUnderstood')));
    }
    const answer = await act(device, parsed.data);
    // A refusal has a code (a phone activity has a status too, so that cannot tell them apart).
    if ('code' in answer) return sendRefusal(response, answer);
    const reply: NoteReply | ActivityReply =
      'kind' in answer ? { ok: true, activity: answer } : { ok: true, note: answer };
    sendJson(response, 200, reply);
  };
  if (pathname === '/room/note' && method === 'POST') return run(NoteRequestSchema, handlers.writeNote);
  if (pathname === '/room/note' && method === 'DELETE')
    return run(DeleteNoteRequestSchema, handlers.deleteNote);
  if (pathname === '/room/dots' && method === 'PUT') return run(DotsRequestSchema, handlers.placeDots);
  return sendRefusal(response, METHOD_NOT_ALLOWED);
}
