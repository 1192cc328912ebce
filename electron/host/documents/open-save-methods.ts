/**
 * `documents.open`, `save`, `saveAs`, `close` and `exportCopy`: a window's hold on a file and
 * its saves. A save needs the session's hold and the revision it started from, and replaces
 * the file atomically; operations on one file run one after another.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { OpenedDocument } from '../../../shared/host-api/documents-contract';
import { HostError } from '../../../shared/host-api/errors';
import { newId, type WorkshopId } from '../../../shared/workshop/ids';
import { exists, removeOrphanedTemporaryFiles, writeFileAtomically } from './atomic-file';
import { encode, guard, opened, type DocumentContext, type DocumentMethods } from './document-context';
import { changedOnDiskError, movedAwayError, notFoundError } from './document-errors';
import { slugFromTitle } from './file-names';
import { fileKey } from './file-locks';
import { errorCode } from './io-errors';
import { createUniqueFile } from './library-files';
import { isInside } from './library-paths';
import { revisionOf } from './workshop-bytes';
import { readValid } from './workshop-reading';
import { text } from '../../../shared/text';

export function openSaveMethods(
  context: DocumentContext,
): Pick<
  DocumentMethods,
  'documents.open' | 'documents.save' | 'documents.saveAs' | 'documents.close' | 'documents.exportCopy'
> {
  const { locks, queue, now } = context;
  return {
    'documents.open': async ({ path: input, sessionId, takeOver }) => {
      return context.onFile(
        input,
        { doing: 'host.documents.doing.open', stillSafe: 'host.documents.safe.nothingChanged' },
        async (filePath) => {
          // A missing file is reported as such, before any lock file is written beside it.
          if (!(await exists(filePath))) throw notFoundError(filePath);
          const acquired = await locks.acquire(filePath, sessionId, takeOver);
          try {
            const { bytes, workshop, migratedFrom, revision } = await readValid(filePath);
            if (acquired.previousWriterGone) await removeOrphanedTemporaryFiles(filePath);
            // The first save will rewrite an older format: keep the original among the backups.
            if (migratedFrom !== null) await context.recordBackupSafely(filePath, bytes);
            return opened(filePath, bytes, workshop, migratedFrom, revision);
          } catch (error) {
            await locks.release(filePath, sessionId);
            throw error;
          }
        },
      );
    },

    'documents.save': async ({ path: input, sessionId, baseRevision, workshop }) => {
      return context.onFile(
        input,
        { doing: 'host.documents.doing.save', stillSafe: 'host.documents.safe.previousVersionIntact' },
        async (filePath) => {
          await locks.confirm(filePath, sessionId);
          let current: Buffer;
          try {
            current = await readFile(filePath);
          } catch (error) {
            if (errorCode(error) !== 'ENOENT') throw error;
            // Nothing left to hold: do not leave a lock file beside a missing workshop.
            await locks.release(filePath, sessionId);
            throw movedAwayError(filePath);
          }
          if (revisionOf(current) !== baseRevision) throw changedOnDiskError(filePath, current);
          const bytes = encode(workshop);
          await writeFileAtomically(filePath, bytes);
          await context.recordBackupSafely(filePath, bytes);
          context.libraryChanged();
          return { revision: revisionOf(bytes), savedAt: now().toISOString() };
        },
      );
    },

    'documents.saveAs': async ({ path: input, sessionId, title, workshop }) => {
      const source = context.resolve(input);
      return guard(
        {
          doing: text('host.documents.doing.saveAs', { title }),
          stillSafe: text('host.documents.safe.originalFileUnchanged'),
        },
        async () => {
          const folder = await context.ensureLibrary();
          const copy: OpenedDocument['workshop'] = {
            ...workshop,
            id: newId<WorkshopId>(),
            updatedAt: now().toISOString(),
            meta: { ...workshop.meta, title },
          };
          const bytes = encode(copy);
          const filePath = await createUniqueFile(folder, slugFromTitle(title), bytes);
          await locks.acquire(filePath, sessionId, false);
          await queue.run(fileKey(source), () => locks.release(source, sessionId));
          await context.recordBackupSafely(filePath, bytes);
          context.libraryChanged();
          return opened(filePath, bytes, copy, null);
        },
      );
    },

    'documents.close': async ({ path: input, sessionId }) => {
      const filePath = context.resolve(input);
      return queue.run(fileKey(filePath), async () => {
        await locks.release(filePath, sessionId);
        return null;
      });
    },

    'documents.exportCopy': async ({ path: input, targetPath }) => {
      const source = context.resolve(input);
      const target = context.resolve(targetPath);
      return guard(
        {
          doing: text('host.documents.doing.saveCopy', { file: path.basename(source), target }),
          stillSafe: text('host.documents.safe.workshopUnchanged'),
        },
        async () => {
          if (fileKey(source) === fileKey(target)) {
            throw new HostError(
              'invalid-argument',
              text('host.documents.copyOntoItself', { file: path.basename(source) }),
              { path: target },
            );
          }
          const { bytes } = await readValid(source);
          await locks.assertNotHeldByOthers(target, null);
          await writeFileAtomically(target, bytes);
          if (isInside(context.libraryFolder(), target)) context.libraryChanged();
          return null;
        },
      );
    },
  };
}
