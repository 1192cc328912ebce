/** `documents.importFile` and `importContent`: a checked workshop from elsewhere enters the library. */
import path from 'node:path';
import type { ParseWorkshopResult } from '../../../shared/workshop/file';
import { newId, type WorkshopId } from '../../../shared/workshop/ids';
import { encode, fileAction, guard, type DocumentContext, type DocumentMethods } from './document-context';
import { importRefusal } from './document-errors';
import { slugFromFileName } from './file-names';
import { createUniqueFile } from './library-files';
import { parseWorkshopBytes, parseWorkshopText } from './off-thread-parse';
import { sizeProblem } from './workshop-bytes';
import { readExisting } from './workshop-reading';
import { text } from '../../../shared/text';

export function importMethods(
  context: DocumentContext,
): Pick<DocumentMethods, 'documents.importFile' | 'documents.importContent'> {
  /** Adds a checked, imported workshop to the library, with a new id if the library already has its id. */
  async function addToLibrary(parsed: ParseWorkshopResult, label: string, sourcePath: string | null) {
    if (!parsed.ok) throw importRefusal(parsed.problem, label, sourcePath);
    const folder = await context.ensureLibrary();
    const existingIds = new Set(
      (await context.listing.list(folder)).flatMap((entry) =>
        entry.summary === null ? [] : [entry.summary.id],
      ),
    );
    const workshop = existingIds.has(parsed.workshop.id)
      ? { ...parsed.workshop, id: newId<WorkshopId>() }
      : parsed.workshop;
    const bytes = encode(workshop);
    const filePath = await createUniqueFile(folder, slugFromFileName(label), bytes);
    await context.recordBackupSafely(filePath, bytes);
    context.libraryChanged();
    return context.listing.entryOf(filePath);
  }

  return {
    'documents.importFile': async ({ sourcePath }) => {
      const source = context.resolve(sourcePath);
      return guard(
        fileAction('host.documents.doing.import', source, 'host.documents.safe.nothingAdded'),
        async () => {
          const label = path.basename(source);
          const read = await readExisting(source);
          if (!read.ok) throw importRefusal(read.problem, label, source);
          return addToLibrary((await parseWorkshopBytes(read.bytes, label)).parsed, label, source);
        },
      );
    },

    'documents.importContent': async ({ fileName, content }) => {
      const label = path.basename(fileName.replace(/\\/g, '/')) || text('host.documents.droppedFile');
      return guard(
        {
          doing: text('host.documents.doing.import', { file: label }),
          stillSafe: text('host.documents.safe.nothingAdded'),
        },
        async () => {
          // The page checked the size and the encoding before sending; a caller that did not is refused here.
          const tooLarge = sizeProblem(Buffer.byteLength(content, 'utf8'), label);
          if (tooLarge !== null && !tooLarge.ok) throw importRefusal(tooLarge.problem, label, null);
          return addToLibrary(await parseWorkshopText(content, label), label, null);
        },
      );
    },
  };
}
