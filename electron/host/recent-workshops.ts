import { MAX_RECENT_WORKSHOPS, type RecentWorkshop, type Settings } from '../../shared/settings/settings';

/** Puts a just-opened workshop at the top of the recent list, without duplicates. */
export function withRecentWorkshop(
  recent: Settings['recentWorkshops'],
  opened: { readonly path: string; readonly title: string },
  now: Date,
): RecentWorkshop[] {
  const entry: RecentWorkshop = { path: opened.path, title: opened.title, openedAt: now.toISOString() };
  return [entry, ...recent.filter((item) => item.path !== opened.path)].slice(0, MAX_RECENT_WORKSHOPS);
}

/** Follows a renamed file, or drops a deleted one (`to` null), in the recent list. */
export function withMovedWorkshop(
  recent: Settings['recentWorkshops'],
  from: string,
  to: { readonly path: string; readonly title: string } | null,
): RecentWorkshop[] {
  return recent.flatMap((item) => {
    if (item.path !== from) return [item];
    return to === null ? [] : [{ ...item, path: to.path, title: to.title }];
  });
}
