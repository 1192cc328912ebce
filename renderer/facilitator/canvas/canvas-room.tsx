import { createContext, useContext, useEffect } from 'react';

/**
 * How much of the window the canvas on screen gets, shared by the cockpit (which lays out the
 * columns) and the canvases (which say they are there, and offer focus mode). Without a
 * cockpit around them (tests of a single canvas) nothing changes.
 */
export interface CanvasRoom {
  /** Focus on the canvas: it fills the window; everything else waits behind it. */
  readonly focused: boolean;
  readonly setFocused: (focused: boolean) => void;
  /** Called by a canvas when it appears (true) and goes (false). */
  readonly setCanvasOnScreen: (onScreen: boolean) => void;
}

const noRoom: CanvasRoom = {
  focused: false,
  setFocused: () => undefined,
  setCanvasOnScreen: () => undefined,
};

export const CanvasRoomContext = createContext<CanvasRoom>(noRoom);

/** The canvas room of the cockpit around; a canvas calling it is counted as on screen. */
export function useCanvasRoom(): CanvasRoom {
  const room = useContext(CanvasRoomContext);
  const { setCanvasOnScreen } = room;
  useEffect(() => {
    setCanvasOnScreen(true);
    return () => setCanvasOnScreen(false);
  }, [setCanvasOnScreen]);
  return room;
}

/** True for a field the facilitator types in, where F and Escape belong to the text. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    target.isContentEditable
  );
}

/**
 * What a key press does to the canvas room: F (no modifier, not while typing) toggles focus
 * when a canvas is on screen; Escape leaves focus. Null: the press is not ours.
 */
export function canvasRoomKey(
  press: {
    readonly key: string;
    readonly ctrlKey: boolean;
    readonly metaKey: boolean;
    readonly altKey: boolean;
    readonly typing: boolean;
  },
  state: { readonly canvasOnScreen: boolean; readonly focused: boolean },
): 'focus' | 'leave' | null {
  if (press.typing || press.ctrlKey || press.metaKey || press.altKey) return null;
  if ((press.key === 'f' || press.key === 'F') && state.canvasOnScreen)
    return state.focused ? 'leave' : 'focus';
  if (press.key === 'Escape' && state.focused) return 'leave';
  return null;
}
