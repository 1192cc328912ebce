/**
 * Worker thread that checks and parses large workshop files (see off-thread-parse.ts), so
 * the event loop that also serves the voting room keeps answering phones meanwhile. Built as
 * its own entry (out/main/workshop-parse-worker.js); the tests run this source through tsx.
 */
import { parentPort } from 'node:worker_threads';
import { parseWorkshopFile } from '../../../shared/workshop/file';
import { readWorkshopBytes, revisionOf } from './workshop-bytes';
import type { ParseRequest, ParseReply } from './off-thread-parse';

if (parentPort === null) throw new Error('workshop-parse-worker runs as a worker thread.');
const port = parentPort;

port.on('message', (request: ParseRequest) => {
  const reply: ParseReply =
    request.kind === 'bytes'
      ? {
          id: request.id,
          parsed: readWorkshopBytes(request.bytes, request.fileLabel),
          revision: revisionOf(request.bytes),
        }
      : { id: request.id, parsed: parseWorkshopFile(request.text, request.fileLabel), revision: null };
  port.postMessage(reply);
});
