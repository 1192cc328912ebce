/**
 * The portfolio export's state in the store: the host builds the CSV or the Word summary from
 * the rows the home screen shows and delivers it like the plan (save dialog or download).
 */
import type { HostApi } from '../../../shared/host-api/contract';
import type { PortfolioRow } from '../../../shared/host-api/export-contract';
import { text } from '../../../shared/text';
import type { AppSliceCreator } from '../../app/store/app-state';
import { downloadBase64 } from '../../app/window-actions';

/** Where the portfolio export stands. */
export type PortfolioExportStatus =
  | { readonly state: 'idle' }
  | { readonly state: 'working' }
  | { readonly state: 'saved'; readonly path: string }
  | { readonly state: 'downloaded'; readonly fileName: string }
  | { readonly state: 'failed'; readonly message: string };

/** What the page sends to export the portfolio. */
export interface PortfolioExportRequest {
  readonly format: 'docx' | 'csv';
  readonly rows: readonly PortfolioRow[];
  readonly libraryCount: number;
  readonly today: string;
}

export interface PortfolioSlice {
  readonly portfolioExport: PortfolioExportStatus;
  /** Exports the portfolio rows as shown, as CSV or as the one-page Word summary. */
  exportPortfolio(request: PortfolioExportRequest): Promise<void>;
}

export function createPortfolioSlice(host: HostApi): AppSliceCreator<PortfolioSlice> {
  return (set, get) => ({
    portfolioExport: { state: 'idle' },
    exportPortfolio: async ({ format, rows, libraryCount, today }) => {
      if (get().portfolioExport.state === 'working') return;
      set({ portfolioExport: { state: 'working' } });
      try {
        const delivered = await host.export.portfolio({
          format,
          // Only the row's own fields cross to the host (the page's rows also carry a path).
          rows: rows.map(({ title, organisation, verdict, answers, lastSessionDate, overdue }) => ({
            title,
            organisation,
            verdict,
            answers,
            lastSessionDate,
            overdue,
          })),
          libraryCount,
          today,
        });
        if (delivered.kind === 'cancelled') {
          set({ portfolioExport: { state: 'idle' } });
        } else if (delivered.kind === 'saved') {
          set({ portfolioExport: { state: 'saved', path: delivered.path } });
        } else {
          downloadBase64(delivered.base64, delivered.fileName, delivered.mimeType);
          set({ portfolioExport: { state: 'downloaded', fileName: delivered.fileName } });
        }
      } catch (error) {
        set({
          portfolioExport: {
            state: 'failed',
            message: text('portfolio.export.failed', {
              reason: error instanceof Error ? error.message : String(error),
            }),
          },
        });
      }
    },
  });
}
