import path from 'node:path';
import type { Workshop } from '../../../shared/workshop';
import type { DeliveredExport } from '../../../shared/host-api/export-contract';
import { slugFromTitle } from '../documents/file-names';
import { actionsToCsv } from './actions-csv';
import { actionsToIcs } from './calendar/actions-calendar';
import { buildFollowUpReport } from './follow-up/follow-up-report';
import { decodePicture, type TransferredPicture } from './export-service';
import { packActionPlan } from './pack-action-plan';
import { buildActionPlan } from './plan/action-plan';
import type { PlanPicture, PlanPictures } from './plan/pictures';
import { writeExportFile } from './write-export';

/** What only a shell can do: ask where to save (desktop dialog) and open a file afterwards. */
export interface ExportShell {
  /** Asks the facilitator where to save; null when they cancel. Absent: deliver as a download. */
  readonly chooseSavePath?: (suggestedName: string, format: 'docx' | 'csv' | 'ics') => Promise<string | null>;
  /** Opens a file in its usual program. */
  readonly openFile?: (filePath: string) => Promise<boolean>;
}

const MIME_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv;charset=utf-8',
  ics: 'text/calendar;charset=utf-8',
  'follow-up': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

/** The file name offered for an export, e.g. `claims-pilot-action-plan.docx`. */
export function suggestedExportName(
  workshop: Workshop,
  format: 'docx' | 'csv' | 'ics' | 'follow-up',
): string {
  const stem = slugFromTitle(workshop.meta.title.trim() === '' ? 'workshop' : workshop.meta.title);
  const kind = {
    docx: 'action-plan',
    csv: 'actions',
    ics: 'action-reminders',
    'follow-up': 'follow-up-report',
  }[format];
  return `${stem}-${kind}.${format === 'follow-up' ? 'docx' : format}`;
}

/**
 * Builds an export and delivers it the way the shell can: written to the path the facilitator
 * picked in the desktop save dialog, or handed to the page as a download in the browser.
 */
export async function deliverExport(
  shell: ExportShell,
  input: {
    readonly workshop: Workshop;
    readonly format: 'docx' | 'csv' | 'ics' | 'follow-up';
    readonly pictures: Readonly<Partial<Record<keyof PlanPictures | 'trend', TransferredPicture>>>;
  },
  now: Date,
): Promise<DeliveredExport> {
  const fileName = suggestedExportName(input.workshop, input.format);
  let targetPath: string | null = null;
  if (shell.chooseSavePath !== undefined) {
    targetPath = await shell.chooseSavePath(fileName, input.format === 'follow-up' ? 'docx' : input.format);
    if (targetPath === null) return { kind: 'cancelled' };
  }
  let bytes: Buffer;
  if (input.format === 'docx') {
    const pictures: { -readonly [Key in keyof PlanPictures]?: PlanPicture } = {};
    for (const [key, picture] of Object.entries(input.pictures) as [
      keyof PlanPictures,
      TransferredPicture,
    ][]) {
      pictures[key] = decodePicture(
        picture,
        key === 'stakeholderMap' ? 'stakeholder map' : key === 'dataMap' ? 'data map' : 'workflow',
      );
    }
    bytes = await packActionPlan(buildActionPlan(input.workshop, pictures, { generatedAt: now }));
  } else if (input.format === 'follow-up') {
    const trend = input.pictures.trend;
    bytes = await packActionPlan(
      buildFollowUpReport(
        input.workshop,
        trend === undefined ? {} : { trend: decodePicture(trend, 'trend') },
      ),
    );
  } else if (input.format === 'ics') {
    bytes = Buffer.from(actionsToIcs(input.workshop, now), 'utf8');
  } else {
    bytes = Buffer.from(actionsToCsv(input.workshop), 'utf8');
  }
  if (targetPath === null) {
    return {
      kind: 'download',
      fileName: path.basename(fileName),
      mimeType: MIME_TYPES[input.format],
      base64: bytes.toString('base64'),
    };
  }
  const written = await writeExportFile(targetPath, bytes);
  return { kind: 'saved', path: written.path, bytes: written.bytes };
}
