import type { HostReply } from './host-reply';

/**
 * What the desktop shell's preload puts on the page as `window.readyroom`: one call for any
 * contract method, by its flat name (`settings.get`), and one subscription for any contract
 * event. Grouping by namespace is left to the renderer's proxy (`buildHostApi`), so the
 * contract's keys are turned into methods in one place only.
 */
export interface ExposedHost {
  /** Calls one host method; answers with the reply envelope, never rejects for a host error. */
  invoke(name: string, input?: unknown): Promise<HostReply>;
  readonly events: {
    /** Subscribes to one host event; returns the function that unsubscribes. */
    on(name: string, listener: (payload: unknown) => void): () => void;
  };
}
