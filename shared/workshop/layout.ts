import { z } from 'zod';
import type { DeepReadonly } from './deep-readonly';
import { coordinate, expecting, numberBetween } from './fields';
import { NodeIdSchema } from './ids';
import { CANVAS_NAMES } from './choices';

export { CANVAS_NAMES };

/** Names one canvas. */
export type CanvasName = (typeof CANVAS_NAMES)[number];

/** Where a node sits on a canvas, in canvas units. */
export const PositionSchema = z.strictObject({
  x: coordinate(),
  y: coordinate(),
});

/** Where a node sits on a canvas. */
export type Position = DeepReadonly<z.output<typeof PositionSchema>>;

/** Smallest and largest zoom a saved viewport may have. */
export const ZOOM_LIMITS = { minimum: 0.01, maximum: 100 } as const;

/** The part of a canvas that was on screen. */
export const ViewportSchema = z.strictObject({
  x: coordinate().default(0),
  y: coordinate().default(0),
  zoom: numberBetween(ZOOM_LIMITS.minimum, ZOOM_LIMITS.maximum).default(1),
});

/** The part of a canvas that was on screen. */
export type Viewport = DeepReadonly<z.output<typeof ViewportSchema>>;

/**
 * The layout of one canvas. `positions` maps the id of a stakeholder, workflow step or data
 * source to where the facilitator placed it; items without a position are placed
 * automatically, and positions of deleted items are ignored.
 */
export const CanvasLayoutSchema = z.strictObject({
  positions: z
    .record(NodeIdSchema, PositionSchema, expecting('a map from ids to positions'))
    .default(() => ({})),
  viewport: ViewportSchema.prefault({}),
});

/** The layout of one canvas. */
export type CanvasLayout = DeepReadonly<z.output<typeof CanvasLayoutSchema>>;

/** The layout of every canvas. */
export const LayoutSchema = z.strictObject({
  stakeholders: CanvasLayoutSchema.prefault({}),
  influenceGrid: CanvasLayoutSchema.prefault({}),
  workflow: CanvasLayoutSchema.prefault({}),
  dataMap: CanvasLayoutSchema.prefault({}),
} satisfies Record<CanvasName, z.ZodType>);

/** The layout of every canvas. */
export type Layout = DeepReadonly<z.output<typeof LayoutSchema>>;

/** A canvas nobody has arranged yet. */
export function emptyCanvasLayout(): CanvasLayout {
  return { positions: {}, viewport: { x: 0, y: 0, zoom: 1 } };
}

/** Layout for a document whose canvases nobody has arranged yet. */
export function emptyLayout(): Layout {
  return {
    stakeholders: emptyCanvasLayout(),
    influenceGrid: emptyCanvasLayout(),
    workflow: emptyCanvasLayout(),
    dataMap: emptyCanvasLayout(),
  };
}
