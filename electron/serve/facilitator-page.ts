import type http from 'node:http';
import { FIRST_SCREEN_READS } from '../../shared/host-api/first-screen-reads';
import { FIRST_SCREEN_REPLIES_ELEMENT_ID } from '../../shared/host-api/loopback-http';
import { PAGE_SECURITY_HEADERS_WITHOUT_OPENER_POLICY } from '../host/http/security-headers';
import type { Host } from '../host/create-host';
import { runBatch } from './api-routes';

/**
 * The facilitator page waits at most this long for its start-up replies (a large library on
 * a slow disk can take longer to list). The browser is fetching the scripts meanwhile, which
 * takes longer than this here, so the wait costs nothing; past it, the page goes out
 * without them and asks for them itself while its scripts run, as it does after a reload.
 */
export const FIRST_SCREEN_REPLIES_WAIT_MS = 150;

/** Paths of the facilitator page, the one that gets its start-up replies inside it. */
export const FACILITATOR_PAGE_PATHS: ReadonlySet<string> = new Set(['/', '/index.html']);

/**
 * JSON for the inside of a `<script type="application/json">` element: every `<` escaped, so
 * no text in the data (a workshop called `</script>…`) can end the element or open a comment.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/**
 * Sends the facilitator page with the replies to its first screen's reads
 * ({@link FIRST_SCREEN_READS}, the body a batch of them answers) at the end of `<body>`. The
 * page before them goes out at once, so the browser fetches the scripts while the host
 * answers; the replies follow in the same response, or are left out after
 * {@link FIRST_SCREEN_REPLIES_WAIT_MS}. `no-store`: the page now holds the library and the settings.
 * Only for a request that carried the token: the replies are the library and the settings.
 */
export async function sendFacilitatorPage(
  host: Host,
  response: http.ServerResponse,
  html: string,
  contentType: string,
): Promise<void> {
  const end = html.lastIndexOf('</body>');
  response.writeHead(200, {
    ...PAGE_SECURITY_HEADERS_WITHOUT_OPENER_POLICY,
    'Content-Type': contentType,
    'Cache-Control': 'no-store',
  });
  response.write(html.slice(0, end));
  let timer: NodeJS.Timeout | undefined;
  const replies = await Promise.race([
    runBatch(
      host,
      FIRST_SCREEN_READS.map((method) => ({ method, input: undefined })),
    ),
    new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), FIRST_SCREEN_REPLIES_WAIT_MS);
    }),
  ]);
  clearTimeout(timer);
  const element =
    replies === null
      ? ''
      : `<script type="application/json" id="${FIRST_SCREEN_REPLIES_ELEMENT_ID}">${jsonForScriptElement(replies)}</script>\n  `;
  response.end(`${element}${html.slice(end)}`);
}
