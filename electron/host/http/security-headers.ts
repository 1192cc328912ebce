/**
 * Response headers every server of the host sends (the browser shell and the voting room):
 * no MIME sniffing, no referrer, no framing, no cross-origin reads, no powerful features.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/**
 * The same headers without Cross-Origin-Opener-Policy, for the browser shell's own pages. That
 * header makes the browser swap the tab into a new browsing context group (a new renderer
 * process) on every load, about 100 ms of start-up on these machines, and protects nothing
 * there: another site that opens the page cannot read it (same-origin policy), and without the
 * token the page it opened shows only "opened without its access key". The page opens no other
 * site. (On JSON replies the header does nothing either way: it applies to documents only.)
 */
export const PAGE_SECURITY_HEADERS_WITHOUT_OPENER_POLICY: Readonly<Record<string, string>> =
  Object.fromEntries(
    Object.entries(SECURITY_HEADERS).filter(([name]) => name !== 'Cross-Origin-Opener-Policy'),
  );
