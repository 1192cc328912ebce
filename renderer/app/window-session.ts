/**
 * What one window (or browser tab) remembers across a reload: its session id, which the host
 * uses to tell windows apart, and the workshop it had open.
 */
const SESSION_KEY = 'readyroom.session';
const OPEN_PATH_KEY = 'readyroom.openPath';

export function windowSessionId(storage: Storage): string {
  let id = storage.getItem(SESSION_KEY);
  if (id === null) {
    id = `window-${crypto.randomUUID()}`;
    storage.setItem(SESSION_KEY, id);
  }
  return id;
}

export function rememberOpenPath(storage: Storage, path: string | null): void {
  if (path === null) storage.removeItem(OPEN_PATH_KEY);
  else storage.setItem(OPEN_PATH_KEY, path);
}

export function rememberedOpenPath(storage: Storage): string | null {
  return storage.getItem(OPEN_PATH_KEY);
}
