/**
 * The `<head>` of each of the app's pages (`renderer/index.html`, `audience.html`,
 * `participant.html`), written into the page by one Vite plugin (`pageHeads`, used by
 * `electron.vite.config.ts`), so what they share is written once and what differs, above all
 * the Content-Security-Policy, stands side by side here. The source pages hold their body only.
 */
import type { Plugin } from 'vite';

/** What one page's head says. */
export interface PageHead {
  readonly title: string;
  /** The page's Content-Security-Policy (a `<meta>` tag; the voting room also sends it as a header). */
  readonly contentSecurityPolicy: string;
  /** The tab icon. */
  readonly icon: { readonly href: string; readonly type?: string };
  /** Extra `<meta>` tags after the viewport's, as name → content. */
  readonly meta?: Readonly<Record<string, string>>;
}

/** What the facilitator window and the audience screen may load: the app's own files only. */
const WINDOW_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
  "font-src 'self'; connect-src 'self'; media-src 'self' data:; worker-src 'self' blob:; " +
  "object-src 'none'; base-uri 'none'; form-action 'none'";

const APP_ICON = { href: '../assets/icon.svg', type: 'image/svg+xml' };

/** The heads by page file. The phone page is stricter: no inline styles, no blobs, no fonts. */
export const PAGE_HEADS: Readonly<Record<string, PageHead>> = {
  'index.html': { title: 'ReadyRoom', contentSecurityPolicy: WINDOW_POLICY, icon: APP_ICON },
  'audience.html': {
    title: 'ReadyRoom — audience screen',
    contentSecurityPolicy: WINDOW_POLICY,
    icon: APP_ICON,
  },
  'participant.html': {
    title: 'ReadyRoom — vote',
    contentSecurityPolicy:
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
      "object-src 'none'; base-uri 'none'; form-action 'none'",
    // Phones tell the page whether they are in dark mode; the page draws no icon of its own.
    icon: { href: 'data:,' },
    meta: { 'color-scheme': 'light dark' },
  },
};

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
const escapeText = (value: string) =>
  value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The head's HTML; `relaxScripts` lets inline scripts run (the dev server's React Fast Refresh needs one). */
export function headHtml(head: PageHead, relaxScripts = false): string {
  const policy = relaxScripts
    ? head.contentSecurityPolicy.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    : head.contentSecurityPolicy;
  const meta = Object.entries({ viewport: 'width=device-width, initial-scale=1', ...head.meta });
  const tags = [
    '<meta charset="UTF-8" />',
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}" />`,
    ...meta.map(([name, content]) => `<meta name="${name}" content="${escapeAttribute(content)}" />`),
    `<link rel="icon" href="${escapeAttribute(head.icon.href)}"${head.icon.type === undefined ? '' : ` type="${head.icon.type}"`} />`,
    `<title>${escapeText(head.title)}</title>`,
  ];
  return ['  <head>', ...tags.map((tag) => `    ${tag}`), '  </head>'].join('\n');
}

/**
 * Writes each page's head right after its `<html>` tag, before Vite reads the page (so the
 * icon is bundled like any asset). Only while developing, inline scripts are allowed: built
 * pages keep the strict policy (`test/security/built-content-security-policy.test.ts`).
 */
export function pageHeads(): Plugin {
  let serving = false;
  return {
    name: 'readyroom-page-heads',
    configResolved: (config) => {
      serving = config.command === 'serve';
    },
    transformIndexHtml: {
      order: 'pre',
      handler: (html, context) => {
        const page = context.filename.split(/[\\/]/).pop() ?? '';
        const head = PAGE_HEADS[page];
        if (head === undefined) throw new Error(`No head for ${page}: add it to scripts/page-heads.ts`);
        if (/<head[\s>]/i.test(html))
          throw new Error(`${page} has a <head>: scripts/page-heads.ts writes it`);
        return html.replace(/<html[^>]*>/i, (tag) => `${tag}\n${headHtml(head, serving)}`);
      },
    },
  };
}
