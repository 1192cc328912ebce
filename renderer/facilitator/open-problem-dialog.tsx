import { ModalDialog } from '../app/components/modal-dialog';
import { useAppStore } from '../app/store/store-context';

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
      <ModalDialog title="This workshop file is damaged" onClose={dismiss} role="alertdialog">
        <p>{problem.message}</p>
        <p>
          ReadyRoom has not changed the damaged file.{' '}
          {backup === null ? null : 'If you restore the backup, the damaged file is kept beside it.'}
        </p>
        {backup === null ? (
          <p>There is no backup of this file that can be opened. If you have a copy elsewhere, import it.</p>
        ) : (
          <p>
            The newest backup that opens was saved on <strong>{when(backup.savedAt)}</strong>
            {backup.title ? ` (“${backup.title}”)` : ''}.
          </p>
        )}
        <div className="modal__actions">
          {backup !== null ? (
            <button
              type="button"
              className="button"
              onClick={() => void restoreBackup(problem.details.path, backup.id)}
            >
              Restore this backup
            </button>
          ) : null}
          <button type="button" className="button button--quiet" onClick={dismiss}>
            Back to the library
          </button>
        </div>
      </ModalDialog>
    );
  }

  if (problem.kind === 'open-elsewhere') {
    return (
      <ModalDialog title="This workshop is open in another window" onClose={dismiss}>
        <p>{problem.message}</p>
        <div className="modal__actions">
          <button
            type="button"
            className="button"
            onClick={() => void openWorkshop(problem.path, { takeOver: true })}
          >
            Take over here
          </button>
          <button type="button" className="button button--quiet" onClick={dismiss}>
            Back to the library
          </button>
        </div>
      </ModalDialog>
    );
  }

  return (
    <ModalDialog title="The workshop could not be opened" onClose={dismiss} role="alertdialog">
      <p>{problem.message}</p>
      <div className="modal__actions">
        <button type="button" className="button" onClick={dismiss}>
          Back to the library
        </button>
      </div>
    </ModalDialog>
  );
}
