import { z } from 'zod';
import { WorkshopSchema } from '../workshop/workshop';
import { defineMethod } from './define';

/** A plan picture (a canvas, the roadmap, the risk heat map) as it crosses IPC or HTTP: base64 PNG (a data-URL prefix is allowed). */
const PictureSchema = z.strictObject({
  pngBase64: z
    .string()
    .min(1)
    .max(48 * 1024 * 1024),
});
const PicturesSchema = z
  .strictObject({
    stakeholderMap: PictureSchema.optional(),
    workflow: PictureSchema.optional(),
    dataMap: PictureSchema.optional(),
    roadmap: PictureSchema.optional(),
    riskHeatMap: PictureSchema.optional(),
    /** The follow-up report's trend of the four questions across sessions. */
    trend: PictureSchema.optional(),
  })
  .default({});
const targetPath = (extension: 'docx' | 'csv') =>
  z
    .string()
    .min(1)
    .max(4096)
    .regex(new RegExp(`\\.${extension}$`, 'i'), `must be a .${extension} file`);
const WrittenFileSchema = z.object({ path: z.string(), bytes: z.number() });

/** How an export reached the facilitator. */
export const DeliveredExportSchema = z.discriminatedUnion('kind', [
  /** Written where the facilitator chose in the save dialog (desktop). */
  z.strictObject({ kind: z.literal('saved'), path: z.string(), bytes: z.number() }),
  /** Handed to the page to download (browser shell). */
  z.strictObject({
    kind: z.literal('download'),
    fileName: z.string(),
    mimeType: z.string(),
    base64: z.string(),
  }),
  /** The facilitator closed the save dialog. */
  z.strictObject({ kind: z.literal('cancelled') }),
]);
export type DeliveredExport = z.infer<typeof DeliveredExportSchema>;

const PortfolioAnswerSchema = z.enum(['yes', 'partly', 'no']).nullable();

/** One workshop of the portfolio, as the home screen shows it (see `renderer/facilitator/home/portfolio-rows.ts`). */
export const PortfolioRowSchema = z.strictObject({
  title: z.string().max(1000),
  organisation: z.string().max(1000),
  verdict: z.enum(['ready', 'not-ready', 'incomplete']),
  answers: z.strictObject({
    ownership: PortfolioAnswerSchema,
    data: PortfolioAnswerSchema,
    buyIn: PortfolioAnswerSchema,
    metrics: PortfolioAnswerSchema,
  }),
  /** `yyyy-mm-dd`, or empty. */
  lastSessionDate: z.string().max(10),
  overdue: z.number().int().min(0),
});
export type PortfolioRow = z.infer<typeof PortfolioRowSchema>;

/** Host methods that write the Word action plan and the actions CSV. */
export const exportContract = {
  'export.actionPlan': defineMethod({
    summary: 'Writes the Word action plan of a workshop to a .docx file, atomically.',
    input: z.strictObject({
      workshop: WorkshopSchema,
      targetPath: targetPath('docx'),
      pictures: PicturesSchema,
    }),
    output: WrittenFileSchema,
  }),
  'export.actionsCsv': defineMethod({
    summary: 'Writes the actions of a workshop to a .csv file (UTF-8 with BOM), atomically.',
    input: z.strictObject({ workshop: WorkshopSchema, targetPath: targetPath('csv') }),
    output: WrittenFileSchema,
  }),
  'export.deliver': defineMethod({
    summary:
      'Exports the plan (docx), the actions (csv), their due dates as calendar reminders (ics) or the follow-up report (follow-up, a docx) the way the shell delivers files: a save dialog on the desktop, a download in the browser.',
    input: z.strictObject({
      workshop: WorkshopSchema,
      format: z.enum(['docx', 'csv', 'ics', 'follow-up']),
      pictures: PicturesSchema,
    }),
    output: DeliveredExportSchema,
  }),
  'export.portfolio': defineMethod({
    summary:
      'Exports the portfolio rows the home screen shows (every workshop of the library, as sorted and filtered) as CSV or as a one-page Word summary, delivered like the other exports.',
    input: z.strictObject({
      format: z.enum(['docx', 'csv']),
      rows: z.array(PortfolioRowSchema).max(10_000),
      /** How many workshops the library holds, when a filter shows fewer. */
      libraryCount: z.number().int().min(0),
      /** The day the overdue counts are for, `yyyy-mm-dd`. */
      today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    }),
    output: DeliveredExportSchema,
  }),
  'export.openFile': defineMethod({
    summary: 'Opens an exported file in its usual program (desktop only; answers false elsewhere).',
    input: z.strictObject({
      path: z
        .string()
        .min(1)
        .max(4096)
        .regex(/\.(docx|csv|ics)$/i, 'must be a .docx, .csv or .ics file'),
    }),
    output: z.boolean(),
  }),
} as const;
