import type { EventPayload, HostEventListener, HostEventName } from '../../shared/host-api/contract';

/** Fans host events out to every transport (IPC windows, browser WebSockets, tests). */
export class HostEventHub {
  readonly #listeners = new Set<HostEventListener>();

  /** Adds a listener for every event; returns the function that removes it. */
  subscribe(listener: HostEventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit<Name extends HostEventName>(name: Name, payload: EventPayload<Name>): void {
    for (const listener of this.#listeners) {
      try {
        listener(name, payload);
      } catch (error) {
        // One broken transport must not stop the others from hearing the event.
        console.error(`[readyroom] listener for ${name} failed`, error);
      }
    }
  }
}
