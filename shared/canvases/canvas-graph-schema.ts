import { z } from 'zod';
// The modules themselves, not the '../workshop' index: the index also brings the JSON
// Schema generator, which the cockpit's start-up code has no use for.
import { DATA_READINESS_LEVELS, FEED_TYPES } from '../workshop/data-sources';
import { SHORT_TEXT_LIMIT } from '../workshop/fields';
import { CANVAS_NAMES } from '../workshop/layout';
import { STAKEHOLDER_KINDS, STANCES } from '../workshop/stakeholders';
import { WORKFLOW_LANES } from '../workshop/workflow';
import type { CanvasGraph } from './canvas-graph';

/**
 * The schema of a canvas graph as it crosses to the host (the audience screen's
 * presentation): strict, so a card can never carry a field that is not drawn.
 */

const text = (maximum: number) => z.string().max(maximum);
const coordinate = z.number().finite().min(-1e7).max(1e7);

const placed = { id: text(100), x: coordinate, y: coordinate };

export const CanvasGraphNodeSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...placed,
    type: z.literal('stakeholder'),
    name: text(SHORT_TEXT_LIMIT),
    role: text(SHORT_TEXT_LIMIT),
    team: text(SHORT_TEXT_LIMIT),
    kind: z.enum(STAKEHOLDER_KINDS),
    stance: z.enum(STANCES),
    impact: z.number().int().min(1).max(5),
    influence: z.number().int().min(1).max(5),
    isCoDesigner: z.boolean(),
  }),
  z.strictObject({
    ...placed,
    type: z.literal('step'),
    lane: z.enum(WORKFLOW_LANES),
    title: text(SHORT_TEXT_LIMIT),
    team: text(SHORT_TEXT_LIMIT),
    owner: text(SHORT_TEXT_LIMIT),
  }),
  z.strictObject({
    ...placed,
    type: z.literal('dataSource'),
    system: text(SHORT_TEXT_LIMIT),
    owner: text(SHORT_TEXT_LIMIT),
    readiness: z.enum(DATA_READINESS_LEVELS),
    feedType: z.enum(FEED_TYPES),
    automated: z.boolean(),
  }),
  z.strictObject({ ...placed, type: z.literal('aiSystem'), title: text(SHORT_TEXT_LIMIT) }),
]);

export const CanvasGraphEdgeSchema = z.strictObject({
  // Room for the "flow-" before a data source's id on the data map.
  id: text(110),
  source: text(100),
  target: text(100),
  label: text(SHORT_TEXT_LIMIT),
  kind: z.enum(['relationship', 'change', 'flow']),
});

export const CanvasGraphSchema = z.strictObject({
  canvas: z.enum(CANVAS_NAMES),
  title: text(SHORT_TEXT_LIMIT),
  nodes: z.array(CanvasGraphNodeSchema).max(5000),
  edges: z.array(CanvasGraphEdgeSchema).max(10000),
});

type Same<Left, Right> = [Left] extends [Right] ? ([Right] extends [Left] ? true : false) : false;

/** Fails to compile when the schema and the plain types in canvas-graph.ts drift apart. */
export const SCHEMA_MATCHES_CANVAS_GRAPH: Same<z.infer<typeof CanvasGraphSchema>, CanvasGraph> = true;
