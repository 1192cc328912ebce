import type { HostApi } from '../../../shared/host-api/contract';
import type { LibraryEntry, LibraryListing, TrashEntry } from '../../../shared/host-api/documents-contract';
import { readWorkshopFileText, type WorkshopFileToRead } from '../../../shared/host-api/workshop-file-intake';
import { text } from '../../../shared/text';
import { FOCUS_PLACES } from '../focus/focus-places';
import type { AppSliceCreator } from './app-state';

export interface LibrarySlice {
  readonly library: LibraryListing | null;
  readonly trash: readonly TrashEntry[];
  /** The last library action's problem, in words for the facilitator. */
  readonly libraryError: string | null;
  refreshLibrary(): Promise<void>;
  /**
   * Adds a picked or dropped file to the library. Its size and encoding are checked here,
   * before it is read or sent, with the same rule and words as the host's open and import:
   * never the lenient `file.text()`, which would turn bytes that are not UTF-8 into `�`.
   */
  importWorkshopFile(file: WorkshopFileToRead): Promise<LibraryEntry | null>;
  duplicateWorkshop(path: string): Promise<void>;
  renameWorkshop(path: string, title: string): Promise<void>;
  deleteWorkshop(path: string): Promise<void>;
  restoreFromTrash(trashPath: string): Promise<void>;
  clearLibraryError(): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : text('store.library.failed');
}

export function createLibrarySlice(host: HostApi, sessionId: string): AppSliceCreator<LibrarySlice> {
  return (set, get) => {
    /** Runs a library action, refreshes the list, and keeps any problem for the UI. */
    async function act<Result>(action: () => Promise<Result>): Promise<Result | null> {
      try {
        const result = await action();
        set({ libraryError: null });
        await get().refreshLibrary();
        return result;
      } catch (error) {
        set({ libraryError: messageOf(error) });
        return null;
      }
    }
    return {
      library: null,
      trash: [],
      libraryError: null,
      refreshLibrary: async () => {
        try {
          const [library, trash] = await Promise.all([host.documents.list(), host.documents.listTrash()]);
          set({ library, trash });
        } catch (error) {
          set({ libraryError: messageOf(error) });
        }
      },
      importWorkshopFile: async (file) => {
        const read = await readWorkshopFileText(file);
        if (!read.ok) {
          set({ libraryError: read.message });
          return null;
        }
        return act(() => host.documents.importContent({ fileName: file.name, content: read.text }));
      },
      duplicateWorkshop: async (path) => {
        const copy = await act(() => host.documents.duplicate({ path }));
        if (copy !== null)
          get().requestFocus({ kind: 'created', place: FOCUS_PLACES.libraryItem(copy.path) });
      },
      renameWorkshop: async (path, title) => {
        const renamed = await act(() => host.documents.rename({ path, title, sessionId }));
        get().requestFocus({
          kind: 'closed',
          places: [FOCUS_PLACES.libraryRename(renamed?.path ?? path), FOCUS_PLACES.libraryHeading],
        });
      },
      deleteWorkshop: async (path) => {
        // Focus goes to the workshop after it in the list, or before it, or the library heading.
        const paths = get().library?.workshops.map((entry) => entry.path) ?? [];
        const index = paths.indexOf(path);
        const neighbours = [paths[index + 1], paths[index - 1]].filter(
          (item): item is string => item !== undefined,
        );
        const deleted = await act(() => host.documents.delete({ path, sessionId }));
        if (deleted === null) return;
        get().requestFocus({
          kind: 'removed',
          places: [...neighbours.map(FOCUS_PLACES.libraryItem), FOCUS_PLACES.libraryHeading],
        });
      },
      restoreFromTrash: async (trashPath) => {
        await act(() => host.documents.restoreFromTrash({ trashPath }));
      },
      clearLibraryError: () => set({ libraryError: null }),
    };
  };
}
