import { useCallback, useId, useRef, useState } from 'react';
import { text } from '../../../shared/text';
import { useAppStore } from '../../app/store/store-context';
import { LibraryList } from './library-list';
import { PortfolioView } from './portfolio-view';
import { QuietButton } from '../../app/components/quiet-button';
import { submitTrimmed } from '../../app/components/submit-trimmed';

function CreateWorkshopForm() {
  const id = useId();
  const createWorkshop = useAppStore((state) => state.createWorkshop);
  const opening = useAppStore((state) => state.opening);
  const [title, setTitle] = useState('');
  return (
    <form className="create-form" onSubmit={submitTrimmed(title, (trimmed) => void createWorkshop(trimmed))}>
      <div className="field">
        <label htmlFor={id}>{text('home.create.title')}</label>
        <input
          id={id}
          value={title}
          placeholder={text('home.create.titleExample')}
          onChange={(event) => setTitle(event.target.value)}
          required
          maxLength={200}
          data-focus-place="new-workshop-title"
        />
      </div>
      <button type="submit" className="button" disabled={opening}>
        {text('home.create.submit')}
      </button>
    </form>
  );
}

/** Reads a picked or dropped file and adds it to the library, then opens it. */
export function useImportWorkshopFile(): (file: File) => Promise<void> {
  const importWorkshopFile = useAppStore((state) => state.importWorkshopFile);
  const openWorkshop = useAppStore((state) => state.openWorkshop);
  return useCallback(
    async (file: File) => {
      const entry = await importWorkshopFile(file);
      if (entry !== null) await openWorkshop(entry.path);
    },
    [importWorkshopFile, openWorkshop],
  );
}

function ImportButton() {
  const input = useRef<HTMLInputElement>(null);
  const importFile = useImportWorkshopFile();
  return (
    <>
      <QuietButton onClick={() => input.current?.click()}>{text('home.import')}</QuietButton>
      <input
        ref={input}
        type="file"
        accept=".readyroom"
        hidden
        aria-hidden="true"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file !== undefined) void importFile(file);
        }}
      />
    </>
  );
}

/** A practice workshop with simulated phones, so the facilitator can try the room before the day. */
function RehearseButton() {
  const rehearseVotingRoom = useAppStore((state) => state.rehearseVotingRoom);
  const opening = useAppStore((state) => state.opening);
  return (
    <QuietButton disabled={opening} onClick={() => void rehearseVotingRoom()}>
      {text('home.rehearse')}
    </QuietButton>
  );
}

function RecentWorkshops() {
  const recent = useAppStore((state) => state.settings?.recentWorkshops ?? []);
  const openWorkshop = useAppStore((state) => state.openWorkshop);
  if (recent.length === 0) return null;
  return (
    <section aria-labelledby="recent-heading" className="recent">
      <h2 id="recent-heading">{text('home.recent')}</h2>
      <ul className="recent__list">
        {recent.map((item) => (
          <li key={item.path}>
            <button type="button" className="link-button" onClick={() => void openWorkshop(item.path)}>
              {item.title || text('common.untitledWorkshop')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

function TrashList() {
  const trash = useAppStore((state) => state.trash);
  const restoreFromTrash = useAppStore((state) => state.restoreFromTrash);
  if (trash.length === 0) return null;
  return (
    <details className="trash">
      <summary>{text('home.trash', { count: trash.length })}</summary>
      <ul>
        {trash.map((item) => (
          <li key={item.trashPath}>
            {item.title ?? item.fileName}{' '}
            <QuietButton onClick={() => void restoreFromTrash(item.trashPath)}>
              {text('common.restore')}
            </QuietButton>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The first screen: create, import or open a workshop. */
export function HomeScreen() {
  const libraryError = useAppStore((state) => state.libraryError);
  const clearLibraryError = useAppStore((state) => state.clearLibraryError);
  return (
    <main className="home" id="main">
      <h1>{text('home.heading')}</h1>
      <p className="lead">{text('home.lead')}</p>
      <div className="home__start">
        <CreateWorkshopForm />
        <div className="home__import">
          <ImportButton />
          <RehearseButton />
          <p className="hint">{text('home.dropHint')}</p>
        </div>
      </div>
      {libraryError !== null ? (
        <div className="notice notice--warning" role="alert">
          <p>{libraryError}</p>
          <QuietButton onClick={clearLibraryError}>{text('common.dismiss')}</QuietButton>
        </div>
      ) : null}
      <RecentWorkshops />
      <LibraryList />
      <PortfolioView />
      <TrashList />
    </main>
  );
}
