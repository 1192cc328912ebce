import { ModalDialog } from '../app/components/modal-dialog';
import { RichText } from '../app/components/rich-text';
import { useAppStore } from '../app/store/store-context';
import { text } from '../../shared/text';
import { QuietButton } from '../app/components/quiet-button';

function when(iso: string): string {
  return new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

/**
 * Shown when a workshop cannot be opened: a damaged file (with the newest valid backup to
 * restore), a file open in another window (with take-over), or any other problem.
 */
export function OpenProblemDialog() {
  const problem = useAppStore((state) => state.openProblem);
  const dismiss = useAppStore((state) => state.dismissOpenProblem);
  const restoreBackup = useAppStore((state) => state.restoreBackup);
  const openWorkshop = useAppStore((state) => state.openWorkshop);
  if (problem === null) return null;

  if (problem.kind === 'damaged') {
    const backup = problem.details.newestValidBackup;
    return (
      <ModalDialog title={text('openProblem.damagedHeading')} onClose={dismiss} role="alertdialog">
        <p>{problem.message}</p>
        <p>
          {text('openProblem.damagedUnchanged')} {backup === null ? null : text('openProblem.damagedKept')}
        </p>
        {backup === null ? (
          <p>{text('openProblem.noBackup')}</p>
        ) : (
          <p>
            <RichText
              id={backup.title ? 'openProblem.newestBackupTitled' : 'openProblem.newestBackup'}
              values={{ when: <strong>{when(backup.savedAt)}</strong>, title: backup.title ?? '' }}
            />
          </p>
        )}
        <div className="modal__actions">
          {backup !== null ? (
            <button
              type="button"
              className="button"
              onClick={() => void restoreBackup(problem.details.path, backup.id)}
            >
              {text('openProblem.restoreThisBackup')}
            </button>
          ) : null}
          <QuietButton onClick={dismiss}>{text('openProblem.backToLibrary')}</QuietButton>
        </div>
      </ModalDialog>
    );
  }

  if (problem.kind === 'open-elsewhere') {
    return (
      <ModalDialog title={text('openProblem.lockedHeading')} onClose={dismiss}>
        <p>{problem.message}</p>
        <div className="modal__actions">
          <button
            type="button"
            className="button"
            onClick={() => void openWorkshop(problem.path, { takeOver: true })}
          >
            {text('openProblem.takeOverHere')}
          </button>
          <QuietButton onClick={dismiss}>{text('openProblem.backToLibrary')}</QuietButton>
        </div>
      </ModalDialog>
    );
  }

  return (
    <ModalDialog title={text('openProblem.failedHeading')} onClose={dismiss} role="alertdialog">
      <p>{problem.message}</p>
      <div className="modal__actions">
        <button type="button" className="button" onClick={dismiss}>
          {text('openProblem.backToLibrary')}
        </button>
      </div>
    </ModalDialog>
  );
}
