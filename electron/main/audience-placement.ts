/** A display as the audience window needs to know it (Electron's `Display`, reduced). */
export interface DisplayInfo {
  readonly id: number;
  readonly bounds: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
  };
}

export interface AudiencePlacement {
  readonly bounds: DisplayInfo['bounds'];
  /** Full screen on an external display; a normal window when there is only one screen. */
  readonly fullScreen: boolean;
  readonly displayId: number;
}

/**
 * Where the audience screen goes: full screen on the display the facilitator chose (after a
 * swap) when it is still connected and is not the cockpit's; otherwise on the first display
 * that is not the facilitator's; with a single display, a normal window centred on it.
 */
export function placeAudienceWindow(
  displays: readonly DisplayInfo[],
  facilitatorDisplayId: number,
  preferredDisplayId: number | null = null,
): AudiencePlacement | null {
  const preferred =
    preferredDisplayId === facilitatorDisplayId
      ? undefined
      : displays.find((display) => display.id === preferredDisplayId);
  const external = preferred ?? displays.find((display) => display.id !== facilitatorDisplayId);
  if (external !== undefined) return { bounds: external.bounds, fullScreen: true, displayId: external.id };
  const only = displays.find((display) => display.id === facilitatorDisplayId) ?? displays[0];
  if (only === undefined) return null;
  return {
    bounds: centredIn(only.bounds, { width: 1280, height: 720 }),
    fullScreen: false,
    displayId: only.id,
  };
}

/** A window of at most `size` (and at most 80% of the display), centred on the display. */
export function centredIn(
  display: DisplayInfo['bounds'],
  size: { readonly width: number; readonly height: number },
): DisplayInfo['bounds'] {
  const width = Math.min(size.width, Math.round(display.width * 0.8));
  const height = Math.min(size.height, Math.round(display.height * 0.8));
  return {
    x: display.x + Math.round((display.width - width) / 2),
    y: display.y + Math.round((display.height - height) / 2),
    width,
    height,
  };
}

/**
 * The "swap displays" command: the audience screen goes to the display the cockpit is on and
 * the cockpit to the one the audience screen was on. Null when they share one display (or a
 * display is gone), because then there is nothing to swap.
 */
export function swapDisplays(
  displays: readonly DisplayInfo[],
  facilitatorDisplayId: number,
  audienceDisplayId: number,
): { readonly facilitator: DisplayInfo; readonly audience: DisplayInfo } | null {
  if (facilitatorDisplayId === audienceDisplayId) return null;
  const facilitator = displays.find((display) => display.id === audienceDisplayId);
  const audience = displays.find((display) => display.id === facilitatorDisplayId);
  return facilitator === undefined || audience === undefined ? null : { facilitator, audience };
}
