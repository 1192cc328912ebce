/** `documents.delete`, `listTrash` and `restoreFromTrash`: the library's recoverable trash (trash.ts). */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { HostError } from '../../../shared/host-api/errors';
import { exists, moveEntry } from './atomic-file';
import { backupsFolderOf } from './backups';
import { guard, type DocumentContext, type DocumentMethods } from './document-context';
import { notFoundError } from './document-errors';
import { moveToUniqueName } from './library-files';
import { isDirectlyInside } from './library-paths';
import { findTrashedWorkshop, listTrash, moveToTrash, trashedBackupsOf, trashFolderOf } from './trash';
import { text } from '../../../shared/text';

export function trashMethods(
  context: DocumentContext,
): Pick<DocumentMethods, 'documents.delete' | 'documents.listTrash' | 'documents.restoreFromTrash'> {
  const { locks, listing, now } = context;
  return {
    'documents.delete': async ({ path: input, sessionId }) => {
      return context.onFile(
        input,
        { doing: 'host.documents.doing.moveToTrash', stillSafe: 'host.documents.safe.stillWhereItWas' },
        async (source) => {
          await locks.assertNotHeldByOthers(source, sessionId);
          if (!(await exists(source))) throw notFoundError(source);
          await locks.release(source, sessionId);
          const folder = await context.ensureLibrary();
          const entry = await moveToTrash(source, folder, now());
          listing.forget(source);
          context.libraryChanged();
          return entry;
        },
      );
    },

    'documents.listTrash': () =>
      guard(
        {
          doing: text('host.documents.doing.readTrash'),
          stillSafe: text('host.documents.safe.nothingChanged'),
        },
        async () => listTrash(context.libraryFolder()),
      ),

    'documents.restoreFromTrash': ({ trashPath }) =>
      guard(
        {
          doing: text('host.documents.doing.restoreFromTrash'),
          stillSafe: text('host.documents.safe.stillInTrash'),
        },
        async () => {
          const folder = await context.ensureLibrary();
          const trash = trashFolderOf(folder);
          const entryFolder = path.resolve(trash, trashPath);
          if (!isDirectlyInside(trash, entryFolder)) {
            throw new HostError('invalid-argument', text('host.documents.trashOfThisLibraryOnly'), {
              trashPath,
            });
          }
          const trashed = await findTrashedWorkshop(entryFolder);
          if (trashed === null) {
            throw new HostError('not-found', text('host.documents.noLongerInTrash'), { trashPath });
          }
          const target = await moveToUniqueName(
            trashed,
            folder,
            path.basename(trashed).replace(/\.readyroom$/i, ''),
          );
          const backups = trashedBackupsOf(entryFolder);
          if (await exists(backups)) await moveEntry(backups, backupsFolderOf(target));
          await rm(entryFolder, { recursive: true, force: true });
          context.libraryChanged();
          return listing.entryOf(target);
        },
      ),
  };
}
