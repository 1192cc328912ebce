import { z } from 'zod';
import { CanvasGraphSchema } from '../canvases/canvas-graph-schema';
import { QUESTION_IDS } from '../workshop/readiness';
import { defineMethod } from './define';

/** The stage countdown as the audience screen needs it (see shared/cockpit/stage-timer.ts). */
export const PresentedTimerSchema = z.strictObject({
  stageId: z.string().max(100),
  durationMs: z
    .number()
    .int()
    .min(0)
    .max(24 * 3_600_000),
  runningSinceMs: z.number().int().min(0).nullable(),
  elapsedBeforeMs: z
    .number()
    .int()
    .min(0)
    .max(48 * 3_600_000),
});

/**
 * How the facilitator has framed a projected canvas: `zoom` times the "fit all" zoom, around a
 * centre given as fractions (0 to 1) of the cards' bounds. Relative, so it means the same on
 * any screen size; null in the presentation means "fit all".
 */
export const CanvasViewSchema = z.strictObject({
  zoom: z.number().min(0.25).max(8),
  centreX: z.number().min(0).max(1),
  centreY: z.number().min(0).max(1),
});
export type CanvasView = z.infer<typeof CanvasViewSchema>;

/**
 * The verdict of the Scaling Readiness Test as the room sees it once the facilitator shows
 * it: ready, or not ready with the questions short of a yes and the group's final answer.
 */
export const PresentedVerdictSchema = z.strictObject({
  kind: z.enum(['ready', 'not-ready']),
  gaps: z
    .array(z.strictObject({ questionId: z.enum(QUESTION_IDS), answer: z.enum(['partly', 'no']) }))
    .max(QUESTION_IDS.length),
});
export type PresentedVerdict = z.infer<typeof PresentedVerdictSchema>;

/** A revealed note as the room sees it: its words only (never who wrote it, never a hidden note). */
const PresentedNoteSchema = z.strictObject({
  text: z.string().max(300),
  /** How many duplicates the facilitator merged into it. */
  merged: z.number().int().min(0).max(2000),
});

/**
 * A revealed room activity as the room sees it: the notes of a writing round by group (hidden
 * notes left out), or a dot vote's ranking. Only what the facilitator has revealed.
 */
export const PresentedActivitySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('notes'),
    prompt: z.string().max(300),
    /** The groups in the facilitator's order; a null title is the notes in no group. */
    groups: z
      .array(
        z.strictObject({
          title: z.string().max(300).nullable(),
          notes: z.array(PresentedNoteSchema).max(300),
        }),
      )
      .max(100),
    /** Notes left off the screen for room (the screen shows at most 300). */
    more: z.number().int().min(0),
  }),
  z.strictObject({
    kind: z.literal('ranking'),
    prompt: z.string().max(300),
    phones: z.number().int().min(0),
    /** Most dots first; items with as many dots share a rank (1, 2, 2, 4). */
    items: z
      .array(
        z.strictObject({
          label: z.string().max(300),
          dots: z.number().int().min(0),
          rank: z.number().int().min(1).max(30),
        }),
      )
      .max(30),
  }),
]);
export type PresentedActivity = z.infer<typeof PresentedActivitySchema>;

/**
 * How split the room was on a question, when the round asked "How sure are you?" (see
 * `readinessSpread`): agreed, leaning or split, and the average sureness (1 to 5) of those who said.
 */
export const PresentedSpreadSchema = z.strictObject({
  level: z.enum(['agreed', 'leaning', 'split']),
  averageConfidence: z.number().min(1).max(5).nullable(),
});
export type PresentedSpread = z.infer<typeof PresentedSpreadSchema>;

/**
 * What the audience screen shows. It is deliberately a separate, small shape: it has no
 * field that could carry the facilitator's notes, so the room can never see them.
 */
export const PresentationSchema = z.strictObject({
  workshopTitle: z.string().max(300),
  stage: z
    .strictObject({
      title: z.string().max(300),
      kind: z.string().max(40),
      prompt: z.string().max(2000),
      position: z.number().int().min(1),
      count: z.number().int().min(1),
    })
    .nullable(),
  show: z.strictObject({ stage: z.boolean(), timer: z.boolean() }),
  timer: PresentedTimerSchema.nullable(),
  /** Revealed readiness results, round by round (only rounds the facilitator has revealed). */
  results: z
    .array(
      z.strictObject({
        roundNumber: z.number().int().min(1),
        counts: z.array(
          z.strictObject({
            questionId: z.enum(QUESTION_IDS),
            yes: z.number().int().min(0),
            partly: z.number().int().min(0),
            no: z.number().int().min(0),
            /** The spread, when the round asked how sure people were. */
            spread: PresentedSpreadSchema.optional(),
          }),
        ),
      }),
    )
    .max(99)
    .default([]),
  /** A canvas shown read-only (names, roles, stances, steps — never notes or concerns). */
  canvas: CanvasGraphSchema.nullable().default(null),
  /** How the facilitator framed the projected canvas; null fits every card on the screen. */
  canvasView: CanvasViewSchema.nullable().default(null),
  /** The verdict, once the facilitator shows it to the room (readiness stage only). */
  verdict: PresentedVerdictSchema.nullable().default(null),
  /** A revealed writing round or dot vote of the current stage, once the facilitator shows it. */
  activity: PresentedActivitySchema.nullable().default(null),
  /** When the facilitator last updated it, on the host's clock (ms since epoch). */
  updatedAtMs: z.number(),
});
export type Presentation = z.infer<typeof PresentationSchema>;
export type PresentedResults = Presentation['results'];

/** What the audience screen shows before any workshop is presented. */
export function emptyPresentation(now: number): Presentation {
  return {
    workshopTitle: '',
    stage: null,
    show: { stage: true, timer: true },
    timer: null,
    results: [],
    canvas: null,
    canvasView: null,
    verdict: null,
    activity: null,
    updatedAtMs: now,
  };
}

export const presentationContract = {
  'presentation.get': defineMethod({
    summary: 'What the audience screen shows now.',
    input: z.undefined(),
    output: PresentationSchema,
  }),
  'presentation.set': defineMethod({
    summary: 'Changes what the audience screen shows (sent by the facilitator window).',
    input: PresentationSchema.omit({ updatedAtMs: true }),
    output: PresentationSchema,
  }),
  'presentation.openAudienceScreen': defineMethod({
    summary:
      'Opens the audience screen (desktop: a window on the external display). Answers false when the shell leaves it to the page (browser shell).',
    input: z.undefined(),
    output: z.boolean(),
  }),
  'presentation.closeAudienceScreen': defineMethod({
    summary: 'Closes the audience screen window, if the shell opened one.',
    input: z.undefined(),
    output: z.boolean(),
  }),
  'presentation.swapDisplays': defineMethod({
    summary:
      'Puts the audience screen on the cockpit display and the cockpit on the other one (desktop, two displays). Answers false when there is nothing the shell can swap.',
    input: z.undefined(),
    output: z.boolean(),
  }),
} as const;

export const presentationEvents = {
  'presentation.onDidChange': PresentationSchema,
} as const;
