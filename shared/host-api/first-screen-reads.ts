import type { HostMethodName } from './contract';

/**
 * What the facilitator window's first screen reads from the host, all without input: app
 * info and notices, settings, the library and its trash (`startAppStore` asks for exactly
 * these; `renderer/early-host-reads.test.ts` checks that it does). The one list both shells'
 * start-up speed-ups are built from: the browser shell puts their replies in the page it
 * serves, or the page asks for them in one batch while its scripts load (`renderer/bridge.ts`).
 * No zod here: the page's first, tiny script imports it.
 */
export const FIRST_SCREEN_READS = [
  'app.getInfo',
  'app.listNotices',
  'settings.get',
  'documents.list',
  'documents.listTrash',
] as const satisfies readonly HostMethodName[];

/** One of {@link FIRST_SCREEN_READS}. */
export type FirstScreenRead = (typeof FIRST_SCREEN_READS)[number];
