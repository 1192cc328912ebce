/**
 * Delivers the portfolio export the way the shell delivers files, like the plan's export:
 * written where the facilitator chose in the desktop save dialog, or handed to the page as a
 * download in the browser.
 */
import type { DeliveredExport, PortfolioRow } from '../../../../shared/host-api/export-contract';
import { text } from '../../../../shared/text';
import type { ExportShell } from '../deliver-export';
import { packActionPlan } from '../pack-action-plan';
import { writeExportFile } from '../write-export';
import { portfolioToCsv } from './portfolio-csv';
import { buildPortfolioSummary } from './portfolio-document';

const MIME_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  csv: 'text/csv;charset=utf-8',
} as const;

/** What the page sends: the rows it shows, in its order. */
export interface PortfolioExportInput {
  readonly format: 'docx' | 'csv';
  readonly rows: readonly PortfolioRow[];
  readonly libraryCount: number;
  readonly today: string;
}

/** The portfolio's file: the Word summary or the CSV. */
export async function portfolioBytes(input: PortfolioExportInput): Promise<Buffer> {
  return input.format === 'docx'
    ? packActionPlan(buildPortfolioSummary(input))
    : Buffer.from(portfolioToCsv(input.rows), 'utf8');
}

/** Builds the portfolio export and saves it where the facilitator chooses, or as a download. */
export async function deliverPortfolio(
  shell: ExportShell,
  input: PortfolioExportInput,
): Promise<DeliveredExport> {
  const fileName = `${text('portfolio.document.fileName', { date: input.today })}.${input.format}`;
  let targetPath: string | null = null;
  if (shell.chooseSavePath !== undefined) {
    targetPath = await shell.chooseSavePath(fileName, input.format);
    if (targetPath === null) return { kind: 'cancelled' };
  }
  const bytes = await portfolioBytes(input);
  if (targetPath === null) {
    return {
      kind: 'download',
      fileName,
      mimeType: MIME_TYPES[input.format],
      base64: bytes.toString('base64'),
    };
  }
  const written = await writeExportFile(targetPath, bytes);
  return { kind: 'saved', path: written.path, bytes: written.bytes };
}
