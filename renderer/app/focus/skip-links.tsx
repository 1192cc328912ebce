import { useEffect, useSyncExternalStore } from 'react';
import { focusElement } from './focus-rule';

/** A place a skip link jumps to: an element id and the link's words. */
export interface SkipTarget {
  readonly id: string;
  readonly label: string;
}

/** Skip targets that come and go with the screen (a canvas), in the order they registered. */
let registered: readonly SkipTarget[] = [];
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function setRegistered(next: readonly SkipTarget[]): void {
  registered = next;
  for (const listener of listeners) listener();
}

/** Offers a skip link to the element with `id` while the calling component is on screen. */
export function useSkipTarget(id: string, label: string): void {
  useEffect(() => {
    const target = { id, label };
    setRegistered([...registered, target]);
    return () => setRegistered(registered.filter((item) => item !== target));
  }, [id, label]);
}

/**
 * The first thing Tab reaches: links that jump past the header and agenda to the main
 * content, and to each registered target (the canvas). Hidden until focused.
 */
export function SkipLinks({ always }: { readonly always: readonly SkipTarget[] }) {
  const extra = useSyncExternalStore(subscribe, () => registered);
  const targets = [...always, ...extra];
  if (targets.length === 0) return null;
  return (
    <div className="skip-links">
      {targets.map((target) => (
        <a
          key={target.id}
          className="skip-link"
          href={`#${target.id}`}
          onClick={(event) => {
            const element = document.getElementById(target.id);
            if (element === null) return;
            event.preventDefault();
            focusElement(element);
          }}
        >
          {target.label}
        </a>
      ))}
    </div>
  );
}
