import { useAppStore } from '../../app/store/store-context';

const FORMAT_NAMES = { docx: 'action plan', csv: 'actions CSV' } as const;

/** Export buttons with progress, "open the file" afterwards, and a retry when it fails. */
export function ExportControl() {
  const status = useAppStore((state) => state.exportStatus);
  const exportWorkshop = useAppStore((state) => state.exportWorkshop);
  const openExportedFile = useAppStore((state) => state.openExportedFile);
  const dismiss = useAppStore((state) => state.dismissExportStatus);
  const working = status.state === 'working';
  return (
    <div className="export-control" role="group" aria-label="Export">
      <button
        type="button"
        className="button button--quiet"
        disabled={working}
        onClick={() => void exportWorkshop('docx')}
      >
        Export plan (Word)
      </button>
      <button
        type="button"
        className="button button--quiet"
        disabled={working}
        onClick={() => void exportWorkshop('csv')}
      >
        Actions CSV
      </button>
      <span role="status" aria-live="polite" className="export-control__status">
        {status.state === 'working' ? `Preparing the ${FORMAT_NAMES[status.format]}…` : null}
        {status.state === 'downloaded'
          ? `The ${FORMAT_NAMES[status.format]} is downloading (${status.fileName}).`
          : null}
        {status.state === 'saved' ? `Saved the ${FORMAT_NAMES[status.format]}.` : null}
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
          Open the file
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
            Retry
          </button>
          <button type="button" className="button button--quiet" onClick={dismiss}>
            Dismiss
          </button>
        </span>
      ) : null}
    </div>
  );
}
