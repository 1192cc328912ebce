/**
 * Child process of the crash test: opens one workshop and saves it in a tight loop with
 * changing content until it is killed. Protocol on stdout, one line each:
 *
 * - `ready <n>` once the file is open; `n` is the save counter found in it;
 * - `ack <n>` after the save with counter `n` has resolved (so it must survive a crash).
 *
 * Usage: `node save-loop-child.mjs <library folder> <file name>`.
 */
import { writeSync } from 'node:fs';
import { HostEventHub } from '../../electron/host/event-hub';
import { createDocumentService } from '../../electron/host/documents/document-service';
import { serialiseWorkshop } from '../../shared/workshop/file';
import { counterOf, withCounter } from './save-counter';

const [libraryFolder, fileName] = process.argv.slice(2);
if (libraryFolder === undefined || fileName === undefined) {
  throw new Error('usage: save-loop-child <library folder> <file name>');
}

/**
 * Written with writeSync on file descriptor 1: a blocking write that has reached the pipe
 * before the next save starts, so a kill can never swallow an acknowledgement that was made.
 */
function report(line: string): void {
  writeSync(1, `${line}\n`);
}

const service = createDocumentService({ libraryFolder: () => libraryFolder, events: new HostEventHub() });
const sessionId = `crash-test-child-${process.pid}`;
const opened = await service.methods['documents.open']({ path: fileName, sessionId, takeOver: false });
let counter = counterOf(opened.workshop);
let revision = opened.revision;
// Warm up the serialiser (its first run is several times slower), so the random kills
// land across whole saves (writing, fsync, rename, backups) rather than mostly in the first.
serialiseWorkshop(withCounter(opened.workshop, counter));
report(`ready ${counter}`);

for (;;) {
  counter += 1;
  const saved = await service.methods['documents.save']({
    path: opened.path,
    sessionId,
    baseRevision: revision,
    workshop: withCounter(opened.workshop, counter),
  });
  revision = saved.revision;
  report(`ack ${counter}`);
}
