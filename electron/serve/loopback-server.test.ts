import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startTestLoopbackServer, type TestLoopbackServer } from '../../test/support/test-loopback-server';
import { FIRST_SCREEN_READS } from '../../shared/host-api/first-screen-reads';
import { FIRST_SCREEN_REPLIES_ELEMENT_ID } from '../../shared/host-api/loopback-http';
import { jsonForScriptElement, FIRST_SCREEN_REPLIES_WAIT_MS } from './facilitator-page';
import type { LoopbackServer } from './loopback-server';

const TOKEN = 'test-token-0123456789';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request with full control over Host and Origin headers, which fetch would not allow. */
function request(
  server: LoopbackServer,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { host: `127.0.0.1:${server.port}`, ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

function call(server: LoopbackServer, method: string, input: unknown, headers: Record<string, string> = {}) {
  return request(server, {
    method: 'POST',
    path: `/api/call/${method}`,
    headers: { 'content-type': 'application/json', 'x-readyroom-token': TOKEN, ...headers },
    body: JSON.stringify({ input }),
  });
}

function batch(server: LoopbackServer, calls: unknown, headers: Record<string, string> = {}) {
  return request(server, {
    method: 'POST',
    path: '/api/batch',
    headers: { 'content-type': 'application/json', 'x-readyroom-token': TOKEN, ...headers },
    body: JSON.stringify({ calls }),
  });
}

function openSocket(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ socket: WebSocket; opened: boolean; status?: number }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { headers });
    socket.on('open', () => resolve({ socket, opened: true }));
    socket.on('unexpected-response', (_request, response) =>
      resolve({ socket, opened: false, status: response.statusCode }),
    );
    socket.on('error', () => resolve({ socket, opened: false }));
  });
}

describe('loopback transport', () => {
  let running: TestLoopbackServer;
  let server: LoopbackServer;

  beforeEach(async () => {
    running = await startTestLoopbackServer(TOKEN, (rendererDirectory) => {
      mkdirSync(path.join(rendererDirectory, 'assets'));
      writeFileSync(path.join(rendererDirectory, 'index.html'), '<!doctype html><title>ReadyRoom</title>');
      writeFileSync(path.join(rendererDirectory, 'assets', 'app.js'), 'console.log(1)');
      // Next to the served folder: must never be served.
      writeFileSync(path.join(rendererDirectory, '..', 'secret.txt'), 'do not serve');
    });
    server = running.server;
  });
  afterEach(() => running.stop());

  it('listens on loopback and puts the token in the query of the printed address', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=${TOKEN}$`));
  });

  it('answers a call carrying the token', async () => {
    const response = await call(server, 'settings.set', { theme: 'dark' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, result: { theme: 'dark' } });
  });

  it('refuses a call without the token', async () => {
    const response = await request(server, {
      method: 'POST',
      path: '/api/call/settings.get',
      body: '{}',
    });
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('refuses a call with a wrong token, including one of the same length', async () => {
    for (const token of ['nope', TOKEN.replace('0', '1')]) {
      const response = await call(server, 'settings.get', undefined, { 'x-readyroom-token': token });
      expect(response.status).toBe(401);
    }
  });

  it('refuses a call from another site even with the token', async () => {
    const response = await call(server, 'settings.set', { theme: 'dark' }, { origin: 'http://evil.example' });
    expect(response.status).toBe(403);
    const settings = await call(server, 'settings.get', undefined);
    expect(JSON.parse(settings.body).result.theme).toBe('system');
  });

  it('accepts its own origin', async () => {
    const response = await call(server, 'settings.get', undefined, {
      origin: `http://127.0.0.1:${server.port}`,
    });
    expect(response.status).toBe(200);
  });

  it('refuses any request addressed to a foreign Host (DNS rebinding)', async () => {
    const page = await request(server, { path: '/', headers: { host: `evil.example:${server.port}` } });
    expect(page.status).toBe(403);
    const api = await call(server, 'settings.get', undefined, { host: 'evil.example' });
    expect(api.status).toBe(403);
  });

  it('refuses bad JSON and bad arguments with clear messages', async () => {
    const broken = await request(server, {
      method: 'POST',
      path: '/api/call/settings.set',
      headers: { 'content-type': 'application/json', 'x-readyroom-token': TOKEN },
      body: '{"input": ',
    });
    expect(broken.status).toBe(400);
    expect(JSON.parse(broken.body).error.message).toMatch(/not valid JSON/);
    const invalid = await call(server, 'settings.set', { theme: 7 });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body).error.message).toMatch(/theme/);
  });

  it('reads only JSON bodies with a length that is a whole number', async () => {
    const notJson = await request(server, {
      method: 'POST',
      path: '/api/call/settings.get',
      headers: { 'content-type': 'text/plain', 'x-readyroom-token': TOKEN },
      body: '{}',
    });
    expect(notJson.status).toBe(415);
    expect(JSON.parse(notJson.body)).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/JSON/) },
    });
    const noType = await request(server, {
      method: 'POST',
      path: '/api/call/settings.get',
      headers: { 'x-readyroom-token': TOKEN },
      body: '{}',
    });
    expect(noType.status).toBe(415);
  });

  it('answers a batch of calls in order, each with its own reply, one failure not spoiling the rest', async () => {
    const response = await batch(server, [
      { method: 'settings.set', input: { theme: 'dark' } },
      { method: 'settings.get' },
      { method: 'app.doesNotExist' },
      { method: 'settings.set', input: { theme: 7 } },
      { method: 'documents.list' },
    ]);
    expect(response.status).toBe(200);
    const body = JSON.parse(response.body) as { ok: boolean; replies: unknown[] };
    expect(body.ok).toBe(true);
    expect(body.replies).toHaveLength(5);
    expect(body.replies[0]).toMatchObject({ ok: true, result: { theme: 'dark' } });
    expect(body.replies[1]).toMatchObject({ ok: true, result: { theme: expect.any(String) } });
    expect(body.replies[2]).toMatchObject({ ok: false, error: { code: 'unknown-method' } });
    expect(body.replies[3]).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringMatching(/theme/) },
    });
    expect(body.replies[4]).toMatchObject({ ok: true, result: expect.anything() });
    // Each reply is what the same call answers on its own.
    const single = await call(server, 'documents.list', undefined);
    expect(JSON.parse(single.body)).toEqual(body.replies[4]);
  });

  it('refuses a batch without the token, from another site, or that is not a list of 1 to 16 named calls', async () => {
    const withoutToken = await request(server, {
      method: 'POST',
      path: '/api/batch',
      body: JSON.stringify({ calls: [{ method: 'settings.set', input: { theme: 'dark' } }] }),
    });
    expect(withoutToken.status).toBe(401);
    const foreign = await batch(server, [{ method: 'settings.set', input: { theme: 'dark' } }], {
      origin: 'http://evil.example',
    });
    expect(foreign.status).toBe(403);
    expect(JSON.parse((await call(server, 'settings.get', undefined)).body).result.theme).toBe('system');

    const tooMany = Array.from({ length: 17 }, () => ({ method: 'settings.get' }));
    for (const calls of [[], tooMany, [{ input: 1 }], 'settings.get']) {
      const response = await batch(server, calls);
      expect(response.status, JSON.stringify(calls).slice(0, 40)).toBe(400);
      expect(JSON.parse(response.body).error.message).toMatch(/batch/i);
    }
    const get = await request(server, { path: '/api/batch', headers: { 'x-readyroom-token': TOKEN } });
    expect(get.status).toBe(405);
  });

  it('serves the renderer but nothing outside it', async () => {
    expect((await request(server, { path: '/' })).body).toContain('<title>ReadyRoom</title>');
    expect((await request(server, { path: '/assets/app.js' })).status).toBe(200);
    for (const escape of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const response = await request(server, { path: escape });
      expect(response.status, escape).toBe(404);
      expect(response.body).not.toContain('do not serve');
    }
  });

  it('pushes host events over the socket to a client with the token', async () => {
    const { socket, opened } = await openSocket(`ws://127.0.0.1:${server.port}/api/events?token=${TOKEN}`);
    expect(opened).toBe(true);
    const message = new Promise<string>((resolve) => socket.once('message', (data) => resolve(String(data))));
    await call(server, 'settings.set', { theme: 'projector' });
    expect(JSON.parse(await message)).toMatchObject({
      event: 'settings.onDidChange',
      payload: { theme: 'projector' },
    });
    socket.close();
  });

  it('starts a new socket with the latest state events it missed, and no one-off requests', async () => {
    // Collects what a socket receives until it has `count` messages.
    const receive = (socket: WebSocket, count: number) =>
      new Promise<unknown[]>((resolve) => {
        const messages: unknown[] = [];
        socket.on('message', (data) => {
          messages.push(JSON.parse(String(data)));
          if (messages.length === count) resolve(messages);
        });
      });
    const address = `ws://127.0.0.1:${server.port}/api/events?token=${TOKEN}`;
    const fresh = await openSocket(address);
    const nothingYet = new Promise<number>((resolve) => {
      let received = 0;
      fresh.socket.on('message', () => (received += 1));
      setTimeout(() => resolve(received), 200);
    });
    expect(await nothingYet).toBe(0);
    fresh.socket.close();

    await call(server, 'settings.set', { theme: 'dark' });
    await call(server, 'settings.set', { theme: 'projector' });
    running.host.events.emit('app.onDidRequestCommand', { commandId: 'timer.toggle' });

    // Opened after all of that: only the settings as they are now.
    const late = new WebSocket(address);
    const first = await receive(late, 1);
    expect(first).toEqual([
      { event: 'settings.onDidChange', payload: expect.objectContaining({ theme: 'projector' }) },
    ]);
    // Live events follow as usual.
    const next = receive(late, 1);
    running.host.events.emit('app.onDidRequestCommand', { commandId: 'timer.toggle' });
    expect((await next)[0]).toEqual({
      event: 'app.onDidRequestCommand',
      payload: { commandId: 'timer.toggle' },
    });
    late.close();
  });

  it('refuses the event socket without the token, with a wrong one, or from a foreign origin', async () => {
    const base = `ws://127.0.0.1:${server.port}/api/events`;
    expect(await openSocket(base)).toMatchObject({ opened: false, status: 401 });
    expect(await openSocket(`${base}?token=wrong`)).toMatchObject({ opened: false, status: 401 });
    expect(await openSocket(`${base}?token=${TOKEN}`, { origin: 'http://evil.example' })).toMatchObject({
      opened: false,
      status: 403,
    });
  });
});

describe('the voting room when every page has gone', () => {
  let running: TestLoopbackServer;
  beforeEach(async () => {
    running = await startTestLoopbackServer(TOKEN, () => {}, { windowsGoneAfterMs: 300 });
  });
  afterEach(() => running.stop());

  async function roomStatus(): Promise<string> {
    const reply = await call(running.server, 'voting.getState', undefined);
    return (JSON.parse(reply.body) as { result: { room: { status: string } } }).result.room.status;
  }

  it('stays open through a reload, and closes once no page has come back for a while', async () => {
    const { server } = running;
    const created = JSON.parse(
      (await call(server, 'documents.create', { title: 'Tab closed', sessionId: 'session-tab-1234' })).body,
    ) as { result: { path: string; workshop: { id: string } } };
    const address = `ws://127.0.0.1:${server.port}/api/events?token=${TOKEN}`;
    const first = await openSocket(address);
    expect(first.opened).toBe(true);
    await call(server, 'voting.openRoom', {
      address: '127.0.0.1',
      workshopId: created.result.workshop.id,
      workshopPath: created.result.path,
    });
    expect(await roomStatus()).toBe('open');

    // A reload: the page's socket closes and a new one opens at once.
    first.socket.close();
    const again = await openSocket(address);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await roomStatus()).toBe('open');

    // The tab is closed: after the grace period the room stops.
    again.socket.close();
    const started = Date.now();
    while ((await roomStatus()) === 'open') {
      if (Date.now() - started > 5_000) throw new Error('the room stayed open with no page connected');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await roomStatus()).toBe('closed');
  });
});

describe('the facilitator page with its start-up replies', () => {
  const PAGE =
    '<!doctype html><html><head><title>ReadyRoom</title></head><body><div id="root"></div></body></html>';
  let running: TestLoopbackServer;
  let server: LoopbackServer;

  beforeEach(async () => {
    running = await startTestLoopbackServer(TOKEN, (rendererDirectory) => {
      writeFileSync(path.join(rendererDirectory, 'index.html'), PAGE);
      writeFileSync(path.join(rendererDirectory, 'audience.html'), PAGE);
    });
    server = running.server;
  });
  afterEach(() => running.stop());

  /** The JSON inside the page's start-up element, or null when the page has none. */
  function embeddedReplies(html: string): unknown {
    const match = new RegExp(
      `<script type="application/json" id="${FIRST_SCREEN_REPLIES_ELEMENT_ID}">([^<]*)</script>`,
    ).exec(html);
    return match === null ? null : JSON.parse(match[1] ?? '');
  }

  it('puts, in the page opened with the token, exactly what a batch of the start-up reads answers', async () => {
    const created = await call(server, 'documents.create', {
      title: 'Claims triage </script><script>alert(1)</script> <!-- pilot',
      sessionId: 'session-for-the-page-test',
    });
    expect(created.status).toBe(200);

    const page = await request(server, { path: `/?token=${TOKEN}` });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    // The page itself is untouched around the element, which ends the body.
    expect(
      page.body.startsWith(
        '<!doctype html><html><head><title>ReadyRoom</title></head><body><div id="root"></div>',
      ),
    ).toBe(true);
    expect(page.body.trimEnd().endsWith('</script>\n  </body></html>')).toBe(true);
    // No text in the data can close the element or open a comment.
    expect(page.body.match(/<\/script>/g)).toHaveLength(1);
    expect(page.body).not.toContain('<!--');

    const reference = await batch(
      server,
      FIRST_SCREEN_READS.map((method) => ({ method })),
    );
    const expected = JSON.parse(reference.body);
    expect(embeddedReplies(page.body)).toEqual(expected);
    expect(expected.replies).toHaveLength(FIRST_SCREEN_READS.length);
    const library = expected.replies[FIRST_SCREEN_READS.indexOf('documents.list')];
    expect(library).toMatchObject({
      ok: true,
      result: {
        workshops: [{ summary: { title: 'Claims triage </script><script>alert(1)</script> <!-- pilot' } }],
      },
    });
    expect((await request(server, { path: `/index.html?token=${TOKEN}` })).body).toContain(
      FIRST_SCREEN_REPLIES_ELEMENT_ID,
    );
  });

  it('writes JSON that reads back the same and holds no "<" at all', () => {
    const value = { title: '</script><!-- <b>', nested: ['a<b', 'x\u2028y'] };
    const text = jsonForScriptElement(value);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('sends the page without the replies when the library takes too long to list', async () => {
    // The real listing, made as slow as a large library on a slow network drive.
    const methods = running.host.methods as unknown as Record<string, (input: unknown) => Promise<unknown>>;
    const list = methods['documents.list'];
    if (list === undefined) throw new Error('The host has no documents.list method.');
    methods['documents.list'] = async (input) => {
      await new Promise((resolve) => setTimeout(resolve, FIRST_SCREEN_REPLIES_WAIT_MS + 400));
      return list(input);
    };
    const page = await request(server, { path: `/?token=${TOKEN}` });
    expect(page.status).toBe(200);
    expect(page.body).toBe(PAGE);
    // The page then asks for the replies itself, and gets them.
    const asked = await batch(
      server,
      FIRST_SCREEN_READS.map((method) => ({ method })),
    );
    expect(JSON.parse(asked.body).replies[FIRST_SCREEN_READS.indexOf('documents.list')]).toMatchObject({
      ok: true,
      result: { workshops: [] },
    });
  });

  it('gives no data without the right token, to other pages, or to a HEAD request', async () => {
    for (const pathWithQuery of [
      '/',
      '/?token=wrong',
      `/?token=${TOKEN.replace('0', '1')}`,
      `/audience.html?token=${TOKEN}`,
    ]) {
      const page = await request(server, { path: pathWithQuery });
      expect(page.status, pathWithQuery).toBe(200);
      expect(page.body, pathWithQuery).toBe(PAGE);
      expect(page.headers['cache-control'], pathWithQuery).toBe('no-cache');
    }
    const head = await request(server, { method: 'HEAD', path: `/?token=${TOKEN}` });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});
