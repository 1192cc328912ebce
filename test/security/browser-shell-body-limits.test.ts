/**
 * The browser shell (`npm run serve`) bounds what it reads: a request declaring a body over
 * the limit is refused from its headers, before the body is sent; a body sent without a
 * length is cut off at the limit; and over all requests in flight the shell holds at most
 * MAX_BUFFERED_BODY_BYTES, refusing the rest until memory is free. 127.0.0.1 only.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../shared/host-api/loopback-http';
import { MAX_BODY_BYTES, MAX_BUFFERED_BODY_BYTES } from '../../electron/serve/api-routes';
import { startTestLoopbackServer, type TestLoopbackServer } from '../support/test-loopback-server';

const TOKEN = 'body-limits-token';
let shell: TestLoopbackServer;

beforeAll(async () => {
  shell = await startTestLoopbackServer(TOKEN);
});
afterAll(async () => {
  await shell.stop();
});

interface Answer {
  readonly status: number;
  readonly body: string;
  /** Body bytes the client had written when the answer came. */
  readonly sentBeforeAnswer: number;
}

/**
 * Starts a POST to importContent declaring `declaredBytes` (or none), sends `sendBytes`
 * of it slowly in 64 KB pieces, and resolves with the answer (or rejects when none comes).
 */
function post(options: { declaredBytes?: number; sendBytes: number; holdOpen?: boolean }): {
  answer: Promise<Answer>;
  abort(): void;
} {
  const url = new URL('/api/call/documents.importContent', shell.server.origin);
  const headers: Record<string, string | number> = {
    [TOKEN_HEADER]: TOKEN,
    'content-type': 'application/json',
    host: url.host,
  };
  if (options.declaredBytes !== undefined) headers['content-length'] = options.declaredBytes;
  const request = http.request(url, { method: 'POST', headers, agent: false });
  request.flushHeaders();
  let sent = 0;
  const answer = new Promise<Answer>((resolve, reject) => {
    request.on('response', (response) => {
      const sentBeforeAnswer = sent;
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          sentBeforeAnswer,
        }),
      );
    });
    request.on('error', reject);
  });
  answer.catch(() => undefined);
  const piece = Buffer.alloc(64 * 1024, 0x20); // spaces: the start of valid JSON whitespace
  const pump = () => {
    if (request.destroyed) return;
    if (sent >= options.sendBytes) {
      if (!options.holdOpen) request.end();
      return;
    }
    const size = Math.min(piece.length, options.sendBytes - sent);
    sent += size;
    if (request.write(piece.subarray(0, size))) setImmediate(pump);
    else request.once('drain', pump);
  };
  pump();
  return { answer, abort: () => request.destroy() };
}

describe('the browser shell’s request bodies', () => {
  it('refuses a body declared over the limit from its headers, before the body is sent', async () => {
    const declared = 200 * 1024 * 1024;
    const { answer, abort } = post({ declaredBytes: declared, sendBytes: 0, holdOpen: true });
    const reply = await answer;
    abort();
    expect(reply.status).toBe(413);
    expect(reply.sentBeforeAnswer).toBe(0);
    expect(JSON.parse(reply.body)).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('larger than the 64 MB ReadyRoom accepts') },
    });
  });

  it('cuts off a body sent without a length once it passes the limit', async () => {
    const { answer, abort } = post({ sendBytes: MAX_BODY_BYTES + 1024 * 1024 });
    const reply = await answer;
    abort();
    expect(reply.status).toBe(413);
    expect(reply.sentBeforeAnswer).toBeLessThanOrEqual(MAX_BODY_BYTES + 1024 * 1024);
  });

  it('holds at most its total budget across requests in flight, and recovers after', async () => {
    // Each declares just under the limit and sends almost nothing: the shell reserves
    // what they declared, so the third is refused at once.
    const declared = MAX_BODY_BYTES - 1024;
    const fits = Math.floor(MAX_BUFFERED_BODY_BYTES / declared);
    const open = Array.from({ length: fits }, () =>
      post({ declaredBytes: declared, sendBytes: 1024, holdOpen: true }),
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    const refused = post({ declaredBytes: declared, sendBytes: 0, holdOpen: true });
    const reply = await refused.answer;
    refused.abort();
    expect(reply.status).toBe(503);
    expect(reply.body).toContain('still receiving other large requests');
    for (const request of open) request.abort();
    // Once those are gone their reservation is given back: a small call goes through.
    await expect
      .poll(async () => {
        const small = post({ declaredBytes: 2, sendBytes: 0, holdOpen: true });
        const result = await Promise.race([
          small.answer,
          new Promise<null>((resolve) => setTimeout(() => resolve(null), 300)),
        ]);
        small.abort();
        return result?.status ?? 'waiting for the body';
      })
      .toBe('waiting for the body');
  });
});
