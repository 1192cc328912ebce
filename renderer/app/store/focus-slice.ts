import type { FocusRequest } from '../focus/focus-rule';
import type { AppSliceCreator } from './app-state';

/**
 * Where focus should go after the last command (see `renderer/app/focus/focus-rule.ts`).
 * Commands put a request here; one component in each window carries it out once the
 * screen shows the place. The serial makes a repeated request count again.
 */
export interface FocusSlice {
  readonly focusRequest: { readonly serial: number; readonly request: FocusRequest } | null;
  requestFocus(request: FocusRequest): void;
}

export const createFocusSlice: AppSliceCreator<FocusSlice> = (set, get) => ({
  focusRequest: null,
  requestFocus: (request) =>
    set({ focusRequest: { serial: (get().focusRequest?.serial ?? 0) + 1, request } }),
});
