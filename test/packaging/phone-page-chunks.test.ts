/**
 * What a phone downloads stays the phone page's own (after `npm run build`; `npm test`
 * builds first): the participant page may share small chunks with the other pages (the text
 * catalogue), never the facilitator's start-up chunk, which is ~180 kB gzipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const builtRenderer = fileURLToPath(new URL('../../out/renderer', import.meta.url));

/** The scripts a built page loads: its module script and every module it preloads. */
function scriptsOf(page: string): string[] {
  const html = readFileSync(path.join(builtRenderer, page), 'utf8');
  return [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map(
    (match) => match[1] ?? '',
  );
}

/** A script and every chunk it imports, as the browser would fetch them. */
function closure(scripts: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const pending = [...scripts];
  for (let script = pending.pop(); script !== undefined; script = pending.pop()) {
    if (seen.has(script)) continue;
    seen.add(script);
    const code = readFileSync(path.join(builtRenderer, script), 'utf8');
    for (const match of code.matchAll(/from\s*"\.\/([^"]+\.js)"/g)) pending.push(`assets/${match[1] ?? ''}`);
  }
  return seen;
}

describe('the built phone page', () => {
  it('loads none of the facilitator start-up chunk', () => {
    expect(existsSync(path.join(builtRenderer, 'participant.html')), 'run `npm run build` first').toBe(true);
    const facilitatorChunks = scriptsOf('index.html').filter((script) => /\/facilitator-/.test(script));
    expect(facilitatorChunks.length).toBeGreaterThan(0);
    const phone = closure(scriptsOf('participant.html'));
    for (const chunk of facilitatorChunks) expect(phone.has(chunk), chunk).toBe(false);
  });
});

describe('the built facilitator start-up', () => {
  // zod and the workshop schemas load with the stages, after the first screen: a value import
  // of a schema file from the store or the home screen once put ~27 kB gzipped of zod back
  // into the start-up chunks (a `export * from './session-schema'` in sessions.ts).
  it('loads no zod: every script the first screen fetches is free of zod', () => {
    expect(existsSync(path.join(builtRenderer, 'index.html')), 'run `npm run build` first').toBe(true);
    const startUp = closure(scriptsOf('index.html'));
    expect(startUp.size).toBeGreaterThan(0);
    for (const script of startUp) {
      const code = readFileSync(path.join(builtRenderer, script), 'utf8');
      expect(code.includes('$ZodType'), `${script} carries zod`).toBe(false);
    }
  });
});
