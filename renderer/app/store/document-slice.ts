import { produce, type Draft } from 'immer';
import type { TemporalState } from 'zundo';
import type { StoreApi } from 'zustand';
import type {
  ConflictDetails,
  DamagedFileDetails,
  OpenedDocument,
} from '../../../shared/host-api/documents-contract';
import type { HostApi } from '../../../shared/host-api/contract';
import { HostError } from '../../../shared/host-api/errors';
import type { Workshop } from '../../../shared/workshop/workshop';
import type { DeepReadonly } from '../../../shared/workshop/deep-readonly';
import { withoutDanglingNoteRecords } from '../../../shared/workshop/note-record-links';
import { danglingPlanReferences, forgetPlanReferences } from '../../../shared/workshop/plan-references';
import { FOCUS_PLACES } from '../focus/focus-places';
import type { AppSliceCreator } from './app-state';
import { text } from '../../../shared/text';

/** Where the open workshop lives on disk and which revision this window last read or wrote. */
export interface OpenFile {
  readonly path: string;
  readonly fileName: string;
  readonly revision: string;
  readonly migratedFrom: number | null;
}

/**
 * `saved`: disk matches the screen. `dirty`: an edit waits for autosave. `saving`: a save is
 * on its way. `failed`: the last save failed and will be retried. `conflict`: another window
 * or program changed the file; saving stops until the facilitator decides.
 */
export type SaveStatus = 'saved' | 'dirty' | 'saving' | 'failed' | 'conflict';

/** Why a workshop could not be opened, with what the UI needs to offer a way out. */
export type OpenProblem =
  | { readonly kind: 'damaged'; readonly message: string; readonly details: DamagedFileDetails }
  | { readonly kind: 'open-elsewhere'; readonly message: string; readonly path: string }
  | { readonly kind: 'other'; readonly message: string; readonly path: string };

export interface DocumentSlice {
  /** The open workshop: the only state undo and redo track. */
  readonly workshop: Workshop | null;
  readonly openFile: OpenFile | null;
  readonly saveStatus: SaveStatus;
  readonly saveError: string | null;
  readonly lastSavedAt: string | null;
  readonly openProblem: OpenProblem | null;
  /** True while a workshop is being opened or created. */
  readonly opening: boolean;

  openWorkshop(path: string, options?: { takeOver?: boolean }): Promise<boolean>;
  createWorkshop(title: string): Promise<boolean>;
  restoreBackup(path: string, backupId: string): Promise<boolean>;
  closeWorkshop(): Promise<void>;
  dismissOpenProblem(): void;
  /** Changes the open workshop with an immer recipe; `updatedAt` is set for you. */
  editWorkshop(recipe: (draft: Draft<Workshop>) => void): void;
  /**
   * Changes the open workshop with a pure function of it (the edits of `shared/workshop`,
   * such as `mergeNotes` or `applyDotRanking`): one undo step, like {@link editWorkshop}.
   * `change` returns the workshop itself when nothing changes.
   */
  editWorkshopWith(change: (workshop: Workshop) => Workshop): void;
  /**
   * Changes the open workshop without an undo step, for where the facilitator looked rather
   * than what the room decided (a canvas's zoom and scroll). It is still saved.
   */
  editWorkshopQuietly(recipe: (draft: Draft<Workshop>) => void): void;
  /**
   * Records facts that come from outside the document (the voting room's rounds and
   * ballots): saved, never an undo step, and kept by undo and redo (see `undo` in
   * `create-app-store.ts`). `update` returns the workshop itself when nothing changes.
   */
  recordOutsideFacts(update: (workshop: Workshop) => Workshop): void;
  /** Writes the open workshop now (autosave calls this; so does Ctrl/Cmd+S). */
  saveNow(): Promise<void>;
  /** Internal: called by the loader with a freshly opened document. */
  receiveOpenedDocument(document: DeepReadonly<OpenedDocument>): void;
}

function describeError(error: unknown, fallback: string): string {
  return error instanceof Error && error.message !== '' ? error.message : fallback;
}

/** The store's undo history (zundo), when the store has one. */
function undoHistory(api: unknown): TemporalState<unknown> | undefined {
  return (api as Partial<{ temporal: StoreApi<TemporalState<unknown>> }>).temporal?.getState();
}

/**
 * The document slice. `sessionId` names this window to the host, which refuses to let two
 * windows edit one file at once.
 */
export function createDocumentSlice(host: HostApi, sessionId: string): AppSliceCreator<DocumentSlice> {
  return (set, get, api) => {
    /**
     * Opening or closing a file replaces the document without an undo step, and starts a
     * fresh history: undo never crosses from one file to another.
     */
    function replaceDocumentWithoutHistory(change: Partial<DocumentSlice>): void {
      const history = undoHistory(api);
      history?.pause();
      set(change);
      history?.clear();
      history?.resume();
    }

    /** Saves in flight are chained so two never race for the same revision. */
    let saving: Promise<void> | null = null;

    function toOpenProblem(error: unknown, path: string): OpenProblem {
      const message = describeError(error, text('store.workshop.notOpened'));
      if (error instanceof HostError && error.code === 'damaged-file' && error.details !== undefined) {
        return { kind: 'damaged', message, details: error.details as unknown as DamagedFileDetails };
      }
      if (
        error instanceof HostError &&
        error.code === 'conflict' &&
        (error.details as Partial<ConflictDetails> | undefined)?.reason === 'open-elsewhere'
      ) {
        return { kind: 'open-elsewhere', message, path };
      }
      return { kind: 'other', message, path };
    }

    async function runOpen(path: string, load: () => Promise<OpenedDocument>): Promise<boolean> {
      set({ opening: true, openProblem: null });
      try {
        get().receiveOpenedDocument(await load());
        await get().catchUpRecordedVotes();
        get().requestFocus({ kind: 'opened', places: [FOCUS_PLACES.stageHeading] });
        return true;
      } catch (error) {
        set({ opening: false, openProblem: toOpenProblem(error, path) });
        return false;
      }
    }

    /**
     * Keeps an edit of `workshop`, dated now. Whatever the edit removed, the plan stops
     * pointing at it (links, risks' sources), and so do the room's notes turned into records.
     */
    function commitEdit(workshop: Workshop, edited: Workshop): void {
      if (edited === workshop) return;
      const dated = { ...edited, updatedAt: new Date().toISOString() };
      const dangling = danglingPlanReferences(dated);
      const next = withoutDanglingNoteRecords(
        dangling.length === 0
          ? dated
          : produce(dated, (draft) => {
              for (const removed of dangling) forgetPlanReferences(draft, removed);
            }),
      );
      set({ workshop: next, saveStatus: get().saveStatus === 'conflict' ? 'conflict' : 'dirty' });
    }

    async function writeOnce(): Promise<void> {
      const { workshop, openFile } = get();
      if (workshop === null || openFile === null) return;
      set({ saveStatus: 'saving' });
      try {
        const result = await host.documents.save({
          path: openFile.path,
          sessionId,
          baseRevision: openFile.revision,
          workshop,
        });
        const current = get();
        if (current.openFile?.path !== openFile.path) return;
        set({
          openFile: { ...current.openFile, revision: result.revision },
          lastSavedAt: result.savedAt,
          saveError: null,
          // An edit made while saving keeps the document dirty; autosave picks it up.
          saveStatus: current.workshop === workshop ? 'saved' : 'dirty',
        });
      } catch (error) {
        const conflict = error instanceof HostError && error.code === 'conflict';
        set({
          saveStatus: conflict ? 'conflict' : 'failed',
          saveError: describeError(error, text('store.workshop.notSaved')),
        });
      }
    }

    return {
      workshop: null,
      openFile: null,
      saveStatus: 'saved',
      saveError: null,
      lastSavedAt: null,
      openProblem: null,
      opening: false,

      openWorkshop: (path, options) =>
        runOpen(path, () => host.documents.open({ path, sessionId, takeOver: options?.takeOver ?? false })),
      createWorkshop: async (title) => {
        const created = await runOpen(title, () => host.documents.create({ title, sessionId }));
        if (created) get().requestFocus({ kind: 'created', place: FOCUS_PLACES.workshopDetails });
        return created;
      },
      restoreBackup: (path, backupId) =>
        runOpen(path, () => host.documents.restoreBackup({ path, backupId, sessionId })),

      receiveOpenedDocument: (document) => {
        replaceDocumentWithoutHistory({
          workshop: document.workshop,
          openFile: {
            path: document.path,
            fileName: document.fileName,
            revision: document.revision,
            migratedFrom: document.migratedFrom,
          },
          // A file upgraded from an older format is saved in the new one straight away.
          saveStatus: document.migratedFrom === null ? 'saved' : 'dirty',
          saveError: null,
          lastSavedAt: null,
          openProblem: null,
          opening: false,
        });
      },

      closeWorkshop: async () => {
        if (get().openFile === null) return;
        // The voting room belongs to this workshop: its open round closes into this file
        // (every ballot kept) and the room stops, before the file is let go.
        await get().finishVotingForWorkshop();
        const { openFile, saveStatus } = get();
        if (openFile === null) return;
        if (saveStatus === 'dirty' || saveStatus === 'saving' || saveStatus === 'failed')
          await get().saveNow();
        if (get().saveStatus === 'failed') return; // Stay open: closing would lose the unsaved edit.
        await host.documents.close({ path: openFile.path, sessionId }).catch(() => null);
        replaceDocumentWithoutHistory({
          workshop: null,
          openFile: null,
          saveStatus: 'saved',
          saveError: null,
          lastSavedAt: null,
        });
        get().requestFocus({
          kind: 'closed',
          places: [FOCUS_PLACES.libraryItem(openFile.path), FOCUS_PLACES.libraryHeading],
        });
      },

      dismissOpenProblem: () => set({ openProblem: null }),

      editWorkshop: (recipe) => {
        const { workshop } = get();
        if (workshop !== null) commitEdit(workshop, produce(workshop, recipe));
      },

      editWorkshopWith: (change) => {
        const { workshop } = get();
        if (workshop !== null) commitEdit(workshop, change(workshop));
      },

      editWorkshopQuietly: (recipe) => {
        const history = undoHistory(api);
        history?.pause();
        try {
          get().editWorkshop(recipe);
        } finally {
          history?.resume();
        }
      },

      recordOutsideFacts: (update) => {
        const { workshop } = get();
        if (workshop === null) return;
        const next = update(workshop);
        if (next === workshop) return;
        const history = undoHistory(api);
        history?.pause();
        try {
          set({
            workshop: { ...next, updatedAt: new Date().toISOString() },
            saveStatus: get().saveStatus === 'conflict' ? 'conflict' : 'dirty',
          });
        } finally {
          history?.resume();
        }
      },

      saveNow: async () => {
        while (saving !== null) await saving;
        if (get().saveStatus === 'conflict') return;
        saving = writeOnce().finally(() => {
          saving = null;
        });
        await saving;
      },
    };
  };
}
