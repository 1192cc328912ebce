import { useId, useState } from 'react';
import { text } from '../../../shared/text';
import { FOCUS_PLACES } from '../../app/focus/focus-places';
import { cancelOnEscape } from '../../app/focus/focus-rule';
import { useAppStore } from '../../app/store/store-context';
import { QuietButton } from '../../app/components/quiet-button';
import { submitTrimmed } from '../../app/components/submit-trimmed';

/**
 * Shows where workshops are kept and lets the facilitator point the library at another
 * folder (for example a synced team folder), or back to the default.
 */
export function LibraryFolder({ folder }: { folder: string }) {
  const id = useId();
  const customFolder = useAppStore((state) => state.settings?.libraryFolder ?? null);
  const updateSettings = useAppStore((state) => state.updateSettings);
  const refreshLibrary = useAppStore((state) => state.refreshLibrary);
  const requestFocus = useAppStore((state) => state.requestFocus);
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(folder);
  const close = () => {
    setEditing(false);
    requestFocus({ kind: 'closed', places: [FOCUS_PLACES.libraryFolderChange] });
  };
  const apply = async (libraryFolder: string | null) => {
    await updateSettings({ libraryFolder });
    await refreshLibrary();
    close();
  };
  if (!editing) {
    return (
      <p className="library__folder">
        {text('home.folder.current', { folder })}{' '}
        <QuietButton
          small
          onClick={() => {
            setValue(folder);
            setEditing(true);
            requestFocus({ kind: 'created', place: FOCUS_PLACES.libraryFolderForm });
          }}
          data-focus-place="change-library-folder"
        >
          {text('home.folder.change')}
        </QuietButton>
      </p>
    );
  }
  return (
    <form
      className="library__folder-form"
      onKeyDown={cancelOnEscape(close)}
      onSubmit={submitTrimmed(value, (trimmed) => void apply(trimmed))}
    >
      <div className="field">
        <label htmlFor={id}>{text('home.folder.label')}</label>
        <input id={id} value={value} onChange={(event) => setValue(event.target.value)} required />
      </div>
      <button type="submit" className="button">
        {text('home.folder.use')}
      </button>
      {customFolder !== null ? (
        <QuietButton onClick={() => void apply(null)}>{text('home.folder.useDefault')}</QuietButton>
      ) : null}
      <QuietButton onClick={close}>{text('common.cancel')}</QuietButton>
    </form>
  );
}
