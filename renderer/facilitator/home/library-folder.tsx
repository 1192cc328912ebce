import { useId, useState } from 'react';
import { useAppStore } from '../../app/store/store-context';

/**
 * Shows where workshops are kept and lets the facilitator point the library at another
 * folder (for example a synced team folder), or back to the default.
 */
export function LibraryFolder({ folder }: { folder: string }) {
  const id = useId();
  const customFolder = useAppStore((state) => state.settings?.libraryFolder ?? null);
  const updateSettings = useAppStore((state) => state.updateSettings);
  const refreshLibrary = useAppStore((state) => state.refreshLibrary);
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(folder);
  const apply = async (libraryFolder: string | null) => {
    await updateSettings({ libraryFolder });
    await refreshLibrary();
    setEditing(false);
  };
  if (!editing) {
    return (
      <p className="library__folder">
        Library folder: {folder}{' '}
        <button
          type="button"
          className="button button--quiet button--small"
          onClick={() => {
            setValue(folder);
            setEditing(true);
          }}
        >
          Change
        </button>
      </p>
    );
  }
  return (
    <form
      className="library__folder-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim() !== '') void apply(value.trim());
      }}
    >
      <div className="field">
        <label htmlFor={id}>Folder for your workshops (full path)</label>
        <input id={id} value={value} onChange={(event) => setValue(event.target.value)} required />
      </div>
      <button type="submit" className="button">
        Use this folder
      </button>
      {customFolder !== null ? (
        <button type="button" className="button button--quiet" onClick={() => void apply(null)}>
          Use the default folder
        </button>
      ) : null}
      <button type="button" className="button button--quiet" onClick={() => setEditing(false)}>
        Cancel
      </button>
    </form>
  );
}
