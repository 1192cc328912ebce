import { useId, useMemo, useState } from 'react';
import type { LibraryEntry } from '../../../shared/host-api/documents-contract';
import { text, type MessageId } from '../../../shared/text';
import { FOCUS_PLACES } from '../../app/focus/focus-places';
import { cancelOnEscape } from '../../app/focus/focus-rule';
import { useAppStore } from '../../app/store/store-context';
import { LibraryFolder } from './library-folder';
import { RunFollowUpButton } from '../follow-up/run-follow-up-button';
import { QuietButton } from '../../app/components/quiet-button';
import { SearchField } from '../../app/components/search-field';
import { submitTrimmed } from '../../app/components/submit-trimmed';

const VERDICT_LABELS = {
  ready: 'choice.verdict.ready',
  'not-ready': 'choice.verdict.not-ready',
  incomplete: 'choice.verdict.incomplete',
} as const satisfies Record<NonNullable<LibraryEntry['summary']>['verdict'], MessageId>;

function changedLabel(iso: string): string {
  return new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

/** Filters library entries by a search text over title, organisation and file name. */
export function filterLibrary(entries: readonly LibraryEntry[], query: string): readonly LibraryEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return entries;
  return entries.filter((entry) => {
    const haystack =
      `${entry.summary?.title ?? ''} ${entry.summary?.organisation ?? ''} ${entry.fileName}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** Renames a workshop in place: Enter keeps the new title, Escape or Cancel keeps the old one. */
function RenameForm({ entry, onDone }: { entry: LibraryEntry; onDone: () => void }) {
  const id = useId();
  const renameWorkshop = useAppStore((state) => state.renameWorkshop);
  const requestFocus = useAppStore((state) => state.requestFocus);
  const [title, setTitle] = useState(entry.summary?.title ?? '');
  const cancel = () => {
    onDone();
    requestFocus({ kind: 'closed', places: [FOCUS_PLACES.libraryRename(entry.path)] });
  };
  return (
    <form
      className="library-item__rename"
      onKeyDown={cancelOnEscape(cancel)}
      onSubmit={submitTrimmed(title, (trimmed) => void renameWorkshop(entry.path, trimmed).then(onDone))}
    >
      <label htmlFor={id}>{text('home.library.newTitle')}</label>
      <input id={id} value={title} onChange={(event) => setTitle(event.target.value)} autoFocus required />
      <button type="submit" className="button">
        {text('common.rename')}
      </button>
      <QuietButton onClick={cancel}>{text('common.cancel')}</QuietButton>
    </form>
  );
}

function LibraryItem({ entry }: { entry: LibraryEntry }) {
  const openWorkshop = useAppStore((state) => state.openWorkshop);
  const duplicateWorkshop = useAppStore((state) => state.duplicateWorkshop);
  const deleteWorkshop = useAppStore((state) => state.deleteWorkshop);
  const [renaming, setRenaming] = useState(false);
  const title = entry.summary?.title ?? entry.fileName;
  return (
    <li className="library-item spread-row" data-library-path={entry.path}>
      <div className="library-item__main">
        <button type="button" className="library-item__open" onClick={() => void openWorkshop(entry.path)}>
          {title}
        </button>
        <p className="library-item__meta">
          {entry.summary?.organisation ? `${entry.summary.organisation} · ` : ''}
          {text('home.library.changed', { when: changedLabel(entry.modifiedAt) })}
          {entry.summary ? ` · ${text(VERDICT_LABELS[entry.summary.verdict])}` : ''}
        </p>
        {entry.problem !== null ? (
          <p className="library-item__problem">{text('home.library.damaged')}</p>
        ) : null}
      </div>
      {renaming ? (
        <RenameForm entry={entry} onDone={() => setRenaming(false)} />
      ) : (
        <div className="library-item__actions">
          <QuietButton
            onClick={() => setRenaming(true)}
            aria-label={text('home.library.renameLabel', { title })}
            data-focus-place="rename"
          >
            {text('common.rename')}
          </QuietButton>
          <QuietButton
            onClick={() => void duplicateWorkshop(entry.path)}
            aria-label={text('home.library.duplicateLabel', { title })}
          >
            {text('common.duplicate')}
          </QuietButton>
          {entry.problem === null ? <RunFollowUpButton path={entry.path} title={title} /> : null}
          <QuietButton
            onClick={() => void deleteWorkshop(entry.path)}
            aria-label={text('home.library.deleteLabel', { title })}
          >
            {text('common.delete')}
          </QuietButton>
        </div>
      )}
    </li>
  );
}

/** The workshop library: search, then one row per file, most recently changed first. */
export function LibraryList() {
  const library = useAppStore((state) => state.library);
  const [query, setQuery] = useState('');
  const entries = useMemo(() => filterLibrary(library?.workshops ?? [], query), [library, query]);
  if (library === null) return <p>{text('home.library.loading')}</p>;
  return (
    <section aria-labelledby="library-heading" className="library">
      <div className="library__header spread-row">
        <h2 id="library-heading">{text('home.library.heading')}</h2>
        <SearchField label={text('home.library.search')} value={query} onValueChange={setQuery} />
      </div>
      {library.workshops.length === 0 ? (
        <p>{text('home.library.empty')}</p>
      ) : entries.length === 0 ? (
        <p>{text('home.library.noMatch', { query })}</p>
      ) : (
        <ul className="library__list">
          {entries.map((entry) => (
            <LibraryItem key={entry.path} entry={entry} />
          ))}
        </ul>
      )}
      <LibraryFolder folder={library.folder} />
    </section>
  );
}
