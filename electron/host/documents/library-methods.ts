/** `documents.list`, `create`, `duplicate` and `rename`: the workshops in the library folder. */
import path from 'node:path';
import { newId, type WorkshopId } from '../../../shared/workshop/ids';
import { summariseWorkshop } from '../../../shared/workshop/summary';
import { createWorkshopFromTemplate } from '../../../shared/workshop/template';
import { exists, moveEntry, writeFileAtomically } from './atomic-file';
import { backupsFolderOf } from './backups';
import {
  encode,
  fileAction,
  guard,
  opened,
  TITLE_LIMIT,
  type DocumentContext,
  type DocumentMethods,
} from './document-context';
import { slugFromTitle } from './file-names';
import { createUniqueFile, moveToUniqueName } from './library-files';
import { readValid } from './workshop-reading';
import { text } from '../../../shared/text';

export function libraryMethods(
  context: DocumentContext,
): Pick<DocumentMethods, 'documents.list' | 'documents.create' | 'documents.duplicate' | 'documents.rename'> {
  const { locks, listing, now } = context;
  return {
    'documents.list': () =>
      guard(
        {
          doing: text('host.documents.doing.readLibrary'),
          stillSafe: text('host.documents.safe.noWorkshopChanged'),
        },
        async () => {
          const folder = await context.ensureLibrary();
          return { folder, workshops: await listing.list(folder) };
        },
      ),

    'documents.create': ({ title, sessionId }) =>
      guard(
        {
          doing: text('host.documents.doing.create', { title }),
          stillSafe: text('host.documents.safe.noOtherWorkshopChanged'),
        },
        async () => {
          const folder = await context.ensureLibrary();
          const workshop = createWorkshopFromTemplate({ title, now: now() });
          const bytes = encode(workshop);
          const filePath = await createUniqueFile(folder, slugFromTitle(title), bytes);
          await locks.acquire(filePath, sessionId, false);
          await context.recordBackupSafely(filePath, bytes);
          context.libraryChanged();
          return opened(filePath, bytes, workshop, null);
        },
      ),

    'documents.duplicate': async ({ path: input }) => {
      const source = context.resolve(input);
      return guard(
        fileAction('host.documents.doing.duplicate', source, 'host.documents.safe.originalUnchanged'),
        async () => {
          const { workshop } = await readValid(source);
          const title = text('host.documents.copyTitle', { title: summariseWorkshop(workshop).title }).slice(
            0,
            TITLE_LIMIT,
          );
          const moment = now().toISOString();
          const copy = {
            ...workshop,
            id: newId<WorkshopId>(),
            createdAt: moment,
            updatedAt: moment,
            meta: { ...workshop.meta, title },
          };
          const bytes = encode(copy);
          const filePath = await createUniqueFile(await context.ensureLibrary(), slugFromTitle(title), bytes);
          await context.recordBackupSafely(filePath, bytes);
          context.libraryChanged();
          return listing.entryOf(filePath);
        },
      );
    },

    'documents.rename': async ({ path: input, title, sessionId }) => {
      return context.onFile(
        input,
        { doing: 'host.documents.doing.rename', stillSafe: 'host.documents.safe.fileUnchanged' },
        async (source) => {
          await locks.assertNotHeldByOthers(source, sessionId);
          const { workshop } = await readValid(source);
          const heldHere = locks.holderOf(source) === sessionId;
          const renamed = {
            ...workshop,
            updatedAt: now().toISOString(),
            meta: { ...workshop.meta, title },
          };
          const bytes = encode(renamed);

          let target = source;
          const stem = slugFromTitle(title);
          if (!fileNameFits(path.basename(source), stem)) {
            // Move first, then write the new title: a crash in between leaves one file, never two.
            target = await moveToUniqueName(source, path.dirname(source), stem);
            const backups = backupsFolderOf(source);
            if (await exists(backups)) await moveEntry(backups, backupsFolderOf(target));
            if (heldHere) {
              await locks.release(source, sessionId);
              await locks.acquire(target, sessionId, false);
            }
          }
          await writeFileAtomically(target, bytes);
          await context.recordBackupSafely(target, bytes);
          context.libraryChanged();
          return listing.entryOf(target);
        },
      );
    },
  };
}

/** Whether `fileName` already suits a title whose stem is `stem` (`q3.readyroom`, `q3-2.readyroom`). */
function fileNameFits(fileName: string, stem: string): boolean {
  const current = fileName.replace(/\.readyroom$/i, '').toLowerCase();
  return (
    current === stem || new RegExp(`^${stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d+$`).test(current)
  );
}
