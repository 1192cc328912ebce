/** `documents.delete`, `listTrash` and `restoreFromTrash`: the library's recoverable trash (trash.ts). */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { HostError } from '../../../shared/host-api/errors';
import { exists, moveEntry } from './atomic-file';
import { backupsFolderOf } from './backups';
import { fileAction, guard, type DocumentContext, type DocumentMethods } from './document-context';
import { notFoundError } from './document-errors';
import { fileKey } from './file-locks';
import { moveToUniqueName } from './library-files';
import { isDirectlyInside } from './library-paths';
import { findTrashedWorkshop, listTrash, moveToTrash, trashedBackupsOf, trashFolderOf } from './trash';

export function trashMethods(
  context: DocumentContext,
): Pick<DocumentMethods, 'documents.delete' | 'documents.listTrash' | 'documents.restoreFromTrash'> {
  const { locks, queue, listing, now } = context;
  return {
    'documents.delete': async ({ path: input, sessionId }) => {
      const source = context.resolve(input);
      return queue.run(fileKey(source), () =>
        guard(fileAction('move to the trash', source, 'The file is still where it was.'), async () => {
          await locks.assertNotHeldByOthers(source, sessionId);
          if (!(await exists(source))) throw notFoundError(source);
          await locks.release(source, sessionId);
          const folder = await context.ensureLibrary();
          const entry = await moveToTrash(source, folder, now());
          listing.forget(source);
          context.libraryChanged();
          return entry;
        }),
      );
    },

    'documents.listTrash': () =>
      guard({ doing: 'read the trash', stillSafe: 'Nothing was changed.' }, async () =>
        listTrash(context.libraryFolder()),
      ),

    'documents.restoreFromTrash': ({ trashPath }) =>
      guard(
        { doing: 'restore the workshop from the trash', stillSafe: 'It is still in the trash.' },
        async () => {
          const folder = await context.ensureLibrary();
          const trash = trashFolderOf(folder);
          const entryFolder = path.resolve(trash, trashPath);
          if (!isDirectlyInside(trash, entryFolder)) {
            throw new HostError(
              'invalid-argument',
              'ReadyRoom can only restore workshops from the trash of the current library. Refresh the trash and try again.',
              { trashPath },
            );
          }
          const trashed = await findTrashedWorkshop(entryFolder);
          if (trashed === null) {
            throw new HostError(
              'not-found',
              'That workshop is no longer in the trash (it may have been restored already). Refresh the library to see where it is.',
              { trashPath },
            );
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
