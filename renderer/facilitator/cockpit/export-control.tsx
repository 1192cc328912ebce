import { useAppStore } from '../../app/store/store-context';
import { text } from '../../../shared/text';

const FORMAT_NAMES = {
  docx: text('cockpit.export.actionPlan'),
  csv: text('cockpit.export.actionsCsv'),
  ics: text('calendar.export.format'),
  'follow-up': text('followUpReport.export.format'),
} as const;

/** The export buttons, in order: the Word plan, the actions CSV, the due dates as calendar reminders. */
const EXPORT_BUTTONS = [
  ['docx', text('cockpit.export.exportPlanWord')],
  ['csv', text('cockpit.export.actionsCsvButton')],
  ['ics', text('calendar.export.button')],
] as const;

/** Export buttons with progress, "open the file" afterwards, and a retry when it fails. */
export function ExportControl() {
  const status = useAppStore((state) => state.exportStatus);
  const exportWorkshop = useAppStore((state) => state.exportWorkshop);
  const openExportedFile = useAppStore((state) => state.openExportedFile);
  const dismiss = useAppStore((state) => state.dismissExportStatus);
  const working = status.state === 'working';
  const hasFollowUp = useAppStore((state) => (state.workshop?.sessions.length ?? 0) > 1);
  return (
    <div className="export-control" role="group" aria-label={text('cockpit.export.export')}>
      {EXPORT_BUTTONS.map(([format, label]) => (
        <button
          key={format}
          type="button"
          className="button button--quiet"
          disabled={working}
          onClick={() => void exportWorkshop(format)}
        >
          {label}
        </button>
      ))}
      {hasFollowUp ? (
        <button
          type="button"
          className="button button--quiet"
          disabled={working}
          onClick={() => void exportWorkshop('follow-up')}
        >
          {text('followUpReport.export.button')}
        </button>
      ) : null}
      <span role="status" aria-live="polite" className="export-control__status">
        {status.state === 'working'
          ? text('cockpit.export.preparing', { format: FORMAT_NAMES[status.format] })
          : null}
        {status.state === 'downloaded'
          ? text('cockpit.export.downloading', {
              format: FORMAT_NAMES[status.format],
              fileName: status.fileName,
            })
          : null}
        {status.state === 'saved'
          ? text('cockpit.export.saved', { format: FORMAT_NAMES[status.format] })
          : null}
        {(status.state === 'saved' || status.state === 'downloaded') && status.format === 'ics'
          ? ` ${text('calendar.export.noLink')}`
          : null}
        {(status.state === 'saved' || status.state === 'downloaded') && status.warning !== undefined
          ? ` ${status.warning}`
          : null}
      </span>
      {status.state === 'saved' ? (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => void openExportedFile(status.path)}
        >
          {text('cockpit.export.openTheFile')}
        </button>
      ) : null}
      {status.state === 'failed' ? (
        <span className="export-control__error" role="alert">
          {status.message}{' '}
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void exportWorkshop(status.format)}
          >
            {text('common.retry')}
          </button>
          <button type="button" className="button button--quiet" onClick={dismiss}>
            {text('common.dismiss')}
          </button>
        </span>
      ) : null}
    </div>
  );
}
