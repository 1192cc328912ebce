/**
 * Workshop files: the library folder, opening and saving, rolling backups, recovery from
 * damaged files, and the trash. Plain Node, so both shells and the tests run it.
 *
 * The promises it keeps, because a facilitator in front of a room must never lose work:
 * a save replaces the file atomically and durably; a damaged file is never overwritten;
 * two windows never silently overwrite each other (one holds the file; a save names the
 * revision it started from); and every failure says which file, what happened and what to do.
 *
 * The methods live in one file per responsibility, over one shared context
 * (document-context.ts): library-methods.ts (list, create, duplicate, rename),
 * open-save-methods.ts (open, save, save as, close, export a copy), backup-methods.ts,
 * trash-methods.ts and import-methods.ts.
 */
import { backupMethods } from './backup-methods';
import { createDocumentContext, type DocumentMethods, type DocumentServiceOptions } from './document-context';
import { importMethods } from './import-methods';
import { libraryMethods } from './library-methods';
import { openSaveMethods } from './open-save-methods';
import { trashMethods } from './trash-methods';

export type { DocumentMethods, DocumentServiceOptions } from './document-context';

/** The document service: its methods, and `dispose()` to release every file it holds. */
export interface DocumentService {
  readonly methods: DocumentMethods;
  /** Waits for operations in progress, then releases every file this service holds. */
  dispose(): Promise<void>;
}

/** Builds the document service. */
export function createDocumentService(options: DocumentServiceOptions): DocumentService {
  const context = createDocumentContext(options);
  const methods: DocumentMethods = {
    ...libraryMethods(context),
    ...openSaveMethods(context),
    ...trashMethods(context),
    ...importMethods(context),
    ...backupMethods(context),
  };
  return {
    methods,
    async dispose() {
      await context.queue.idle();
      await context.locks.releaseAll();
    },
  };
}
