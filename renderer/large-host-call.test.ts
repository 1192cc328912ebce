// @vitest-environment node
/**
 * The browser shell's bridge hands fetch a large call's body as a Blob (cheaper on the page's
 * main thread than a string). Here the request the page builds goes to the real loopback
 * server, which must read it like any other. (Run in Node: jsdom's Blob is not one fetch reads.)
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { hostCallRequest } from './bridge';
import { serialiseWorkshop } from '../shared/workshop';
import { generateLargeWorkshop } from '../test/fixtures/large-workshop';
import { startTestLoopbackServer, type TestLoopbackServer } from '../test/support/test-loopback-server';

const TOKEN = 'large-call-token-0123456789';
let running: TestLoopbackServer;

beforeEach(async () => {
  running = await startTestLoopbackServer(TOKEN);
});
afterEach(() => running.stop());

it('sends a large call as a Blob body, which the server reads like any other', async () => {
  const workshop = generateLargeWorkshop(1);
  expect(typeof hostCallRequest(TOKEN, undefined).body).toBe('string');
  const large = hostCallRequest(TOKEN, { fileName: 'large.readyroom', content: serialiseWorkshop(workshop) });
  expect(large.body).toBeInstanceOf(Blob);

  const response = await fetch(`${running.server.origin}/api/call/documents.importContent`, large);
  expect(response.status).toBe(200);
  const reply = (await response.json()) as { ok: boolean; result: { path: string } };
  expect(reply.ok).toBe(true);
  const imported = JSON.parse(readFileSync(reply.result.path, 'utf8')) as typeof workshop;
  expect(imported.stakeholders).toHaveLength(workshop.stakeholders.length);
  expect(imported.stakeholders[0]?.name).toBe(workshop.stakeholders[0]?.name);
});
