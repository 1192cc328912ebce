import type { HostApi, HostEventName, HostMethodName } from './contract';
import { unwrapReply, type HostReply } from './host-reply';

/**
 * Builds the typed `HostApi` from a transport's `invoke` (which answers with a `HostReply`)
 * and `subscribe`, without loading the contract's schemas: `api.settings.get()` becomes
 * `invoke('settings.get')`. This is the one place the flat contract keys are grouped by
 * namespace; every transport carries the flat names. The type keeps callers to the contract's methods, and the host
 * refuses anything else, so the renderer can start without zod in its first bundle.
 * Failed replies become thrown `HostError`s with their code intact.
 */
export function buildHostApi(
  invoke: (name: HostMethodName, input: unknown) => Promise<HostReply>,
  subscribe: (name: HostEventName, listener: (payload: unknown) => void) => () => void,
): HostApi {
  const events = {
    on: (name: HostEventName, listener: (payload: unknown) => void) => subscribe(name, listener),
  };
  const namespaces = new Map<string, object>();
  const namespaceProxy = (namespace: string): object =>
    new Proxy(
      {},
      {
        get: (_target, method) => {
          if (typeof method !== 'string') return undefined;
          return async (input?: unknown) =>
            unwrapReply(await invoke(`${namespace}.${method}` as HostMethodName, input));
        },
      },
    );
  return new Proxy(
    {},
    {
      get: (_target, namespace) => {
        if (namespace === 'events') return events;
        // Promise resolution probes `then`; the API object itself is not a thenable.
        if (typeof namespace !== 'string' || namespace === 'then') return undefined;
        let proxy = namespaces.get(namespace);
        if (proxy === undefined) {
          proxy = namespaceProxy(namespace);
          namespaces.set(namespace, proxy);
        }
        return proxy;
      },
    },
  ) as HostApi;
}
