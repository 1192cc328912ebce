import { useEffect } from 'react';
import { useAppStore } from '../store/store-context';
import { applyFocusRequest } from './focus-rule';

/**
 * Carries out the store's focus requests in this window (see `focus-rule.ts`): one per
 * window, so no screen moves focus on its own. Renders nothing.
 */
export function FocusKeeper(): null {
  const focusRequest = useAppStore((state) => state.focusRequest);
  useEffect(() => {
    if (focusRequest === null) return;
    return applyFocusRequest(focusRequest.request, document);
  }, [focusRequest]);
  return null;
}
