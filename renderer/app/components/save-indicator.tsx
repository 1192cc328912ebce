import { useAppStore } from '../store/store-context';
import { text } from '../../../shared/text';
import { QuietButton } from './quiet-button';

const LABELS = {
  saved: text('save.saved'),
  dirty: text('save.dirty'),
  saving: text('save.saving'),
  failed: text('save.failed'),
  conflict: text('save.conflict'),
} as const;

function timeOf(iso: string | null): string {
  return iso === null ? '' : new Date(iso).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** Tells the facilitator, at a glance, whether the room's work is safely on disk. */
export function SaveIndicator() {
  const status = useAppStore((state) => state.saveStatus);
  const error = useAppStore((state) => state.saveError);
  const lastSavedAt = useAppStore((state) => state.lastSavedAt);
  const saveNow = useAppStore((state) => state.saveNow);
  return (
    <div className={`save-indicator save-indicator--${status}`}>
      <span role="status" aria-live="polite" data-save-status={status}>
        {status === 'saved' && lastSavedAt !== null
          ? text('save.savedAt', { time: timeOf(lastSavedAt) })
          : LABELS[status]}
      </span>
      {status === 'failed' ? (
        <>
          <span className="save-indicator__error" role="alert">
            {error}
          </span>
          <QuietButton onClick={() => void saveNow()}>{text('common.retry')}</QuietButton>
        </>
      ) : null}
      {status === 'conflict' ? (
        <span className="save-indicator__error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
