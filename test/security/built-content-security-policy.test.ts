/**
 * The Content-Security-Policy as it ships: in the built pages (`out/renderer/*.html`, after
 * `npm run build`; `npm test` builds before the unit tests) and in the header the voting
 * room sends phones with the participant page. The source HTML is checked elsewhere
 * (content-security-policy.test.ts); a build step could still rewrite it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostEventHub } from '../../electron/host/event-hub';
import { LOOPBACK_ROOM_ADDRESS } from '../../electron/host/voting/addresses';
import { createVotingService, type VotingService } from '../../electron/host/voting/voting-service';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { TEST_ROOM } from '../voting/support/test-workshop';

const builtRenderer = fileURLToPath(new URL('../../out/renderer', import.meta.url));

/** The directives of a policy: `default-src 'self'; …` → name → values. */
function directivesOf(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const directive of policy.split(';')) {
    const [name, ...values] = directive.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values);
  }
  return directives;
}

function metaPolicyOf(html: string): Map<string, string[]> {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (match === null) throw new Error('no CSP meta tag');
  return directivesOf(match[1] ?? '');
}

/** What every policy of ours must hold: scripts only from the app, no remote content. */
function expectStrict(policy: Map<string, string[]>): void {
  const scripts = policy.get('script-src') ?? policy.get('default-src');
  expect(scripts).toEqual(["'self'"]);
  expect(policy.get('base-uri')).toEqual(["'none'"]);
  expect(policy.get('form-action')).toEqual(["'none'"]);
  expect(['none', 'self'].map((value) => `'${value}'`)).toContain(policy.get('default-src')?.[0]);
  for (const [name, values] of policy) {
    // Inline styles are allowed (React Flow positions nodes with them); inline scripts never.
    if (name === 'script-src' || name === 'default-src') {
      expect(
        values.some((value) => value.startsWith("'unsafe-")),
        `${name} ${values.join(' ')}`,
      ).toBe(false);
    }
    if (name === 'connect-src') continue; // the room's own WebSocket, checked below
    expect(
      values.some((value) => /^(https?:|wss?:|\*$)/.test(value)),
      `${name} allows remote content: ${values.join(' ')}`,
    ).toBe(false);
  }
}

describe('the built pages', () => {
  it('exist (run npm run build first)', () => {
    expect(existsSync(builtRenderer), `${builtRenderer} is missing: run npm run build`).toBe(true);
  });

  const pages = existsSync(builtRenderer)
    ? readdirSync(builtRenderer).filter((name) => name.endsWith('.html'))
    : [];

  it('are the facilitator, audience and participant pages', () => {
    expect(pages.sort()).toEqual(['audience.html', 'index.html', 'participant.html']);
  });

  it.each(pages)('%s keeps the strict policy and runs no inline script', (page) => {
    const html = readFileSync(path.join(builtRenderer, page), 'utf8');
    expectStrict(metaPolicyOf(html));
    // Inline scripts would be refused by the policy anyway; the build must not need any.
    const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].filter(
      ([, attributes = '', body = '']) =>
        !/\bsrc=/.test(attributes) && body.trim() !== '' && !/type="application\/json"/.test(attributes),
    );
    expect(inline).toEqual([]);
  });
});

describe('the voting room', () => {
  let data: ReturnType<typeof makeTemporaryDirectory>;
  let service: VotingService;

  beforeAll(() => {
    data = makeTemporaryDirectory('readyroom-room-csp-');
    service = createVotingService({
      dataDirectory: data.path,
      rendererDirectory: builtRenderer,
      events: new HostEventHub(),
      listAddresses: () => [LOOPBACK_ROOM_ADDRESS],
    });
  });

  afterAll(async () => {
    await service.dispose();
    data.remove();
  });

  it('sends phones the participant page under a strict policy header', async () => {
    const opened = await service.methods['voting.openRoom']({
      address: '127.0.0.1',
      namedVoting: false,
      ...TEST_ROOM,
    });
    if (opened.room.status !== 'open') throw new Error('The room did not open.');
    const joinUrl = new URL(opened.room.joinUrl);
    const response = await fetch(joinUrl);
    expect(response.status).toBe(200);
    const header = response.headers.get('content-security-policy');
    expect(header).not.toBeNull();
    const policy = directivesOf(header ?? '');
    expectStrict(policy);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    // The page may talk to its own room only: this address's WebSocket, nothing else.
    expect(policy.get('connect-src')).toEqual(["'self'", `ws://${joinUrl.host}`]);
  });
});
