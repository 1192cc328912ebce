import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { headHtml, PAGE_HEADS } from '../../scripts/page-heads';

const rendererDirectory = fileURLToPath(new URL('../../renderer', import.meta.url));
const entries = readdirSync(rendererDirectory).filter((name) => name.endsWith('.html'));

function policyOf(html: string): Map<string, string[]> {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (match === null) throw new Error('no CSP meta tag');
  const directives = new Map<string, string[]>();
  for (const directive of (match[1] ?? '').split(';')) {
    const [name, ...values] = directive.trim().split(/\s+/);
    if (name) directives.set(name, values);
  }
  return directives;
}

/** The head `scripts/page-heads.ts` writes into a page (the source pages hold their body only). */
function headOf(entry: string): string {
  const head = PAGE_HEADS[entry];
  if (head === undefined) throw new Error(`no head for ${entry} in scripts/page-heads.ts`);
  return headHtml(head);
}

describe('Content-Security-Policy of every HTML entry', () => {
  it('covers the facilitator, audience and participant entries', () => {
    expect(entries.sort()).toEqual(['audience.html', 'index.html', 'participant.html']);
    expect(Object.keys(PAGE_HEADS).sort()).toEqual(entries);
  });

  it.each(entries)('%s has no head of its own to override the written one', (entry) => {
    expect(readFileSync(path.join(rendererDirectory, entry), 'utf8')).not.toMatch(/<head[\s>]|<meta/i);
  });

  it.each(entries)('%s allows scripts only from the app itself', (entry) => {
    const policy = policyOf(headOf(entry));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    for (const [name, values] of policy) {
      if (name === 'script-src' || name === 'default-src') {
        expect(values.some((value) => value.startsWith("'unsafe-"))).toBe(false);
      }
      expect(
        values.some((value) => /^(https?:|\*$)/.test(value)),
        `${name} allows remote content`,
      ).toBe(false);
    }
  });
});
