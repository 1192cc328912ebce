/**
 * The browser shell's bridge hands fetch a large call's body as a Blob (cheaper on the page's
 * main thread than a string). Here the request the page builds goes to the real loopback
 * server, which must read it like any other. (A Node test: jsdom's Blob is not one fetch reads.)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { startLoopbackServer, type LoopbackServer } from '../../electron/serve/loopback-server';
import { hostCallRequest } from '../../renderer/early-host-reads';
import { serialiseWorkshop } from '../../shared/workshop';
import { generateLargeWorkshop } from '../fixtures/large-workshop';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { createTestHost } from '../support/test-host';

const TOKEN = 'large-call-token-0123456789';
let directory: ReturnType<typeof makeTemporaryDirectory>;
let server: LoopbackServer;

beforeEach(async () => {
  directory = makeTemporaryDirectory();
  server = await startLoopbackServer({
    host: createTestHost(path.join(directory.path, 'data')),
    rendererDirectory: directory.path,
    token: TOKEN,
    port: 0,
  });
});
afterEach(async () => {
  await server.close();
  directory.remove();
});

it('sends a large call as a Blob body, which the server reads like any other', async () => {
  const workshop = generateLargeWorkshop(1);
  expect(typeof hostCallRequest(TOKEN, undefined).body).toBe('string');
  const large = hostCallRequest(TOKEN, { fileName: 'large.readyroom', content: serialiseWorkshop(workshop) });
  expect(large.body).toBeInstanceOf(Blob);

  const response = await fetch(`${server.origin}/api/call/documents.importContent`, large);
  expect(response.status).toBe(200);
  const reply = (await response.json()) as { ok: boolean; result: { path: string } };
  expect(reply.ok).toBe(true);
  const imported = JSON.parse(readFileSync(reply.result.path, 'utf8')) as typeof workshop;
  expect(imported.stakeholders).toHaveLength(workshop.stakeholders.length);
  expect(imported.stakeholders[0]?.name).toBe(workshop.stakeholders[0]?.name);
});
