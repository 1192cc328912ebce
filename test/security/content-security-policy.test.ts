import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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

describe('Content-Security-Policy of every HTML entry', () => {
  it('covers the facilitator, audience and participant entries', () => {
    expect(entries.sort()).toEqual(['audience.html', 'index.html', 'participant.html']);
  });

  it.each(entries)('%s allows scripts only from the app itself', (entry) => {
    const policy = policyOf(readFileSync(path.join(rendererDirectory, entry), 'utf8'));
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
