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
 * Where the audience screen goes: full screen on the first display that is not the
 * facilitator's; with a single display, a normal window centred on it.
 */
export function placeAudienceWindow(
  displays: readonly DisplayInfo[],
  facilitatorDisplayId: number,
): AudiencePlacement | null {
  const external = displays.find((display) => display.id !== facilitatorDisplayId);
  if (external !== undefined) return { bounds: external.bounds, fullScreen: true, displayId: external.id };
  const only = displays.find((display) => display.id === facilitatorDisplayId) ?? displays[0];
  if (only === undefined) return null;
  const width = Math.min(1280, Math.round(only.bounds.width * 0.8));
  const height = Math.min(720, Math.round(only.bounds.height * 0.8));
  return {
    bounds: {
      x: only.bounds.x + Math.round((only.bounds.width - width) / 2),
      y: only.bounds.y + Math.round((only.bounds.height - height) / 2),
      width,
      height,
    },
    fullScreen: false,
    displayId: only.id,
  };
}
