import { z } from 'zod';
import { WorkshopSchema } from '../workshop/workshop';
import { defineMethod } from './define';

const WORKSHOP_EXTENSION_PATTERN = /\.readyroom$/i;

/** An absolute or library-relative path to a `.readyroom` file. */
export const WorkshopPathSchema = z
  .string()
  .min(1, 'needs a file path')
  .max(4096)
  .regex(WORKSHOP_EXTENSION_PATTERN, 'must be a .readyroom file');

/**
 * Identifies one open copy of a document (a window or browser tab). Two sessions may not
 * edit the same file unless one takes over, so there is never a silent last-writer-wins.
 */
export const SessionIdSchema = z.string().min(8).max(100);

/** Changes every time the file on disk changes; a save names the revision it started from. */
export const RevisionSchema = z.string().min(1).max(200);

export const WorkshopTitleSchema = z.string().trim().min(1, 'needs a title').max(200);

export const VerdictKindSchema = z.enum(['ready', 'not-ready', 'incomplete']);

/** A workshop's latest answer to a readiness question; null while nobody answered it. */
const LatestAnswerSchema = z.enum(['yes', 'partly', 'no']).nullable();

/** One file in the workshop library. */
export const LibraryEntrySchema = z.object({
  path: z.string(),
  fileName: z.string(),
  modifiedAt: z.string(),
  sizeBytes: z.number(),
  /** What the file holds; null when it could not be read. */
  summary: z
    .object({
      id: z.string(),
      title: z.string(),
      organisation: z.string(),
      updatedAt: z.string(),
      verdict: VerdictKindSchema,
      /** For the portfolio view (see `librarySummary`): latest answers, last session, open due dates. */
      answers: z.object({
        ownership: LatestAnswerSchema,
        data: LatestAnswerSchema,
        buyIn: LatestAnswerSchema,
        metrics: LatestAnswerSchema,
      }),
      lastSessionDate: z.string(),
      openDueDates: z.array(z.string()),
    })
    .nullable(),
  /** Why the file could not be read, in words for the facilitator; null when it is fine. */
  problem: z.string().nullable(),
});
export type LibraryEntry = z.infer<typeof LibraryEntrySchema>;

export const LibraryListingSchema = z.object({
  folder: z.string(),
  workshops: z.array(LibraryEntrySchema),
});
export type LibraryListing = z.infer<typeof LibraryListingSchema>;

/** A workshop opened for editing by one session. */
export const OpenedDocumentSchema = z.object({
  path: z.string(),
  fileName: z.string(),
  workshop: WorkshopSchema,
  revision: RevisionSchema,
  /** The older format version the file was upgraded from, if any (it is saved in the new one). */
  migratedFrom: z.number().nullable(),
});
export type OpenedDocument = z.infer<typeof OpenedDocumentSchema>;

export const SaveResultSchema = z.object({
  revision: RevisionSchema,
  savedAt: z.string(),
});
export type SaveResult = z.infer<typeof SaveResultSchema>;

/** One rolling backup of a workshop file. */
export const BackupEntrySchema = z.object({
  id: z.string(),
  /** `save`: one of the last ten saves; `daily`: the first save of a day, kept for a week. */
  kind: z.enum(['save', 'daily']),
  savedAt: z.string(),
  /** Whether the backup itself reads as a valid workshop. */
  valid: z.boolean(),
  title: z.string().nullable(),
});
export type BackupEntry = z.infer<typeof BackupEntrySchema>;

export const TrashEntrySchema = z.object({
  trashPath: z.string(),
  fileName: z.string(),
  deletedAt: z.string(),
  title: z.string().nullable(),
});
export type TrashEntry = z.infer<typeof TrashEntrySchema>;

/**
 * Details carried by a `damaged-file` HostError, so the UI can say which file, what is
 * wrong, and offer the newest valid backup.
 */
export interface DamagedFileDetails {
  readonly path: string;
  readonly fileName: string;
  readonly problem: string;
  readonly field: string | null;
  readonly newestValidBackup: BackupEntry | null;
}

/**
 * Details carried by a `conflict` HostError: the file is open in another window, or changed
 * on disk since this session read it.
 */
export interface ConflictDetails {
  readonly reason: 'open-elsewhere' | 'changed-on-disk';
  readonly path: string;
}

const NoInput = z.undefined();
const PathInput = z.object({ path: WorkshopPathSchema }).strict();

/** Host methods for workshop files: the library, opening and saving, backups and trash. */
export const documentsContract = {
  'documents.list': defineMethod({
    summary: 'Workshops in the library folder, most recently changed first.',
    input: NoInput,
    output: LibraryListingSchema,
  }),
  'documents.create': defineMethod({
    summary: 'Creates a workshop from the built-in template in the library and opens it.',
    input: z.object({ title: WorkshopTitleSchema, sessionId: SessionIdSchema }).strict(),
    output: OpenedDocumentSchema,
  }),
  'documents.open': defineMethod({
    summary:
      'Opens a workshop for this session; refuses when another session has it open unless taking over.',
    input: z
      .object({ path: WorkshopPathSchema, sessionId: SessionIdSchema, takeOver: z.boolean().default(false) })
      .strict(),
    output: OpenedDocumentSchema,
  }),
  'documents.save': defineMethod({
    summary: 'Atomically saves the workshop (with rolling backups) if the file is still at baseRevision.',
    input: z
      .object({
        path: WorkshopPathSchema,
        sessionId: SessionIdSchema,
        baseRevision: RevisionSchema,
        workshop: WorkshopSchema,
      })
      .strict(),
    output: SaveResultSchema,
  }),
  'documents.saveAs': defineMethod({
    summary: 'Saves the workshop as a new file in the library under a new title, and opens that file.',
    input: z
      .object({
        path: WorkshopPathSchema,
        sessionId: SessionIdSchema,
        title: WorkshopTitleSchema,
        workshop: WorkshopSchema,
      })
      .strict(),
    output: OpenedDocumentSchema,
  }),
  'documents.close': defineMethod({
    summary: 'Releases this session’s hold on a workshop.',
    input: z.object({ path: WorkshopPathSchema, sessionId: SessionIdSchema }).strict(),
    output: z.null(),
  }),
  'documents.duplicate': defineMethod({
    summary: 'Copies a workshop in the library as “Copy of …” with a new id.',
    input: PathInput,
    output: LibraryEntrySchema,
  }),
  'documents.rename': defineMethod({
    summary: 'Gives a workshop a new title and a matching file name.',
    input: z
      .object({ path: WorkshopPathSchema, title: WorkshopTitleSchema, sessionId: SessionIdSchema })
      .strict(),
    output: LibraryEntrySchema,
  }),
  'documents.delete': defineMethod({
    summary: 'Moves a workshop (and its backups) to the recoverable trash.',
    input: z.object({ path: WorkshopPathSchema, sessionId: SessionIdSchema }).strict(),
    output: TrashEntrySchema,
  }),
  'documents.listTrash': defineMethod({
    summary: 'Workshops in the trash, most recently deleted first.',
    input: NoInput,
    output: z.array(TrashEntrySchema),
  }),
  'documents.restoreFromTrash': defineMethod({
    summary: 'Puts a deleted workshop back in the library.',
    input: z.object({ trashPath: z.string().min(1).max(4096) }).strict(),
    output: LibraryEntrySchema,
  }),
  'documents.importFile': defineMethod({
    summary: 'Checks a .readyroom file from anywhere on this computer and copies it into the library.',
    input: z.object({ sourcePath: WorkshopPathSchema }).strict(),
    output: LibraryEntrySchema,
  }),
  'documents.importContent': defineMethod({
    summary: 'Checks the text of a .readyroom file (dropped or uploaded) and adds it to the library.',
    input: z
      .object({
        fileName: z.string().min(1).max(255),
        content: z.string().max(32 * 1024 * 1024, 'is larger than ReadyRoom accepts (32 MB)'),
      })
      .strict(),
    output: LibraryEntrySchema,
  }),
  'documents.exportCopy': defineMethod({
    summary: 'Writes a copy of a workshop file to another .readyroom path.',
    input: z.object({ path: WorkshopPathSchema, targetPath: WorkshopPathSchema }).strict(),
    output: z.null(),
  }),
  'documents.listBackups': defineMethod({
    summary: 'Rolling backups of a workshop file, newest first.',
    input: PathInput,
    output: z.array(BackupEntrySchema),
  }),
  'documents.restoreBackup': defineMethod({
    summary: 'Replaces a workshop with one of its backups, keeping the current file aside, and opens it.',
    input: z
      .object({ path: WorkshopPathSchema, backupId: z.string().min(1).max(300), sessionId: SessionIdSchema })
      .strict(),
    output: OpenedDocumentSchema,
  }),
} as const;

/** Events about workshop files. */
export const documentsEvents = {
  /** Something in the library changed (created, saved, renamed, deleted…); lists should refresh. */
  'documents.onDidChangeLibrary': z.null(),
} as const;
