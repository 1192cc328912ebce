import { useAppStore } from '../../app/store/store-context';
import { text } from '../../../shared/text';
import { QuietButton } from '../../app/components/quiet-button';

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
        <QuietButton key={format} disabled={working} onClick={() => void exportWorkshop(format)}>
          {label}
        </QuietButton>
      ))}
      {hasFollowUp ? (
        <QuietButton disabled={working} onClick={() => void exportWorkshop('follow-up')}>
          {text('followUpReport.export.button')}
        </QuietButton>
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
        <QuietButton onClick={() => void openExportedFile(status.path)}>
          {text('cockpit.export.openTheFile')}
        </QuietButton>
      ) : null}
      {status.state === 'failed' ? (
        <span className="export-control__error" role="alert">
          {status.message}{' '}
          <QuietButton onClick={() => void exportWorkshop(status.format)}>{text('common.retry')}</QuietButton>
          <QuietButton onClick={dismiss}>{text('common.dismiss')}</QuietButton>
        </span>
      ) : null}
    </div>
  );
}
