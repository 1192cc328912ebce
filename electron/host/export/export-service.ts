/**
 * The export host methods, ready to be added to the host: they take the workshop as the
 * renderer holds it (saved or not), canvas pictures as base64 PNG, and a target path the
 * facilitator chose, and write the file atomically.
 */
import { HostError } from '../../../shared/host-api/errors';
import type { Workshop } from '../../../shared/workshop';
import { type PlanPicture, type PlanPictures, readPngSize } from './plan/pictures';
import { PICTURE_NAMES } from './pictures/pictures-unavailable';
import { type WrittenFile, writeActionPlan, writeActionsCsv } from './write-export';

/** A canvas picture as it crosses IPC or HTTP: base64 PNG (a `data:image/png;base64,` prefix is allowed). */
export interface TransferredPicture {
  readonly pngBase64: string;
}

/** The input of `export.actionPlan`. */
export interface ExportActionPlanInput {
  readonly workshop: Workshop;
  readonly targetPath: string;
  readonly pictures?: { readonly [Key in keyof PlanPictures]?: TransferredPicture };
}

/** The input of `export.actionsCsv`. */
export interface ExportActionsCsvInput {
  readonly workshop: Workshop;
  readonly targetPath: string;
}

/** The export methods, keyed as in the host contract. */
export interface ExportMethods {
  readonly 'export.actionPlan': (input: ExportActionPlanInput) => Promise<WrittenFile>;
  readonly 'export.actionsCsv': (input: ExportActionsCsvInput) => Promise<WrittenFile>;
}

/** Builds the export methods; `now` is the clock printed on the plan's cover. */
export function createExportService(options: { readonly now?: () => Date } = {}): {
  readonly methods: ExportMethods;
} {
  const now = options.now ?? (() => new Date());
  return {
    methods: {
      'export.actionPlan': async ({ workshop, targetPath, pictures = {} }) => {
        const decoded: { -readonly [Key in keyof PlanPictures]?: PlanPicture } = {};
        for (const key of Object.keys(PICTURE_NAMES) as (keyof PlanPictures)[]) {
          const picture = pictures[key];
          if (picture !== undefined) decoded[key] = decodePicture(picture, PICTURE_NAMES[key]);
        }
        return writeActionPlan(workshop, targetPath, decoded, { generatedAt: now() });
      },
      'export.actionsCsv': async ({ workshop, targetPath }) => writeActionsCsv(workshop, targetPath),
    },
  };
}

/** Turns a transferred picture into PNG bytes and its size; refuses anything that is not a PNG. */
export function decodePicture(picture: TransferredPicture, name: string): PlanPicture {
  const base64 = picture.pngBase64.replace(/^data:image\/png;base64,/, '');
  const png = new Uint8Array(Buffer.from(base64, 'base64'));
  const size = readPngSize(png);
  if (size === undefined) {
    throw new HostError(
      'invalid-argument',
      `The ${name} picture is not a PNG image, so it could not be put in the plan.`,
    );
  }
  return { png, ...size };
}
