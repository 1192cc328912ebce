/**
 * `autosave`: the app's save path (`documents.save`: temp file, fsync, rename, backup
 * rotation) on the large fixture, against a plain write + fsync + rename of the same bytes
 * in the same run; then the same save end to end, from the page of the real browser shell
 * through its bridge and the host's validation (`autosave/end-to-end.ts`).
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDocumentService } from '../../../electron/host/documents/document-service';
import { HostEventHub } from '../../../electron/host/event-hub';
import { WorkshopSchema } from '../../../shared/workshop/workshop';
import { generateLargeWorkshop } from '../../fixtures/large-workshop';
import { makeTemporaryDirectory } from '../../support/temporary-directory';
import { measureEndToEndSaves } from '../autosave/end-to-end';
import { launchChromium } from '../chromium';
import { measured, type BenchContext, type GroupOutcome } from '../registry';
import { median, ratio } from '../statistics';

/** Unmeasured saves first: JIT, file-system metadata and the backup folder settle. */
const WARM_UP = 5;
const SAMPLES = 30;
const SESSION_ID = 'benchmark-autosave-session';
/** End to end: unmeasured saves first (the page's JIT, the host's), then the median of 15. */
const END_TO_END_WARM_UP = 3;
const END_TO_END_SAMPLES = 15;

/**
 * The baseline: what any durable replace of a file costs on this disk — write a temporary
 * file, fsync it, rename it over the target. Returns milliseconds.
 */
function plainDurableWrite(target: string, bytes: Uint8Array): number {
  const started = performance.now();
  const temporary = `${target}.tmp`;
  const descriptor = openSync(temporary, 'w');
  try {
    writeSync(descriptor, bytes);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  renameSync(temporary, target);
  return performance.now() - started;
}

/** Runs the `autosave` group: `autosave_ms`, `autosave_baseline_ms`, `autosave_ratio_vs_plain_write`. */
export async function runAutosave(context: BenchContext): Promise<GroupOutcome> {
  const folder = makeTemporaryDirectory('readyroom-bench-autosave-');
  const library = path.join(folder.path, 'workshops');
  const plainFolder = path.join(folder.path, 'plain');
  mkdirSync(plainFolder);
  const service = createDocumentService({ libraryFolder: () => library, events: new HostEventHub() });
  try {
    const { methods } = service;
    const created = await methods['documents.create']({ title: 'Autosave benchmark', sessionId: SESSION_ID });
    // The method receives what the transports hand it: the workshop as the contract parsed it.
    const large = WorkshopSchema.parse(generateLargeWorkshop(1));
    const startedAt = Date.parse(large.updatedAt);
    let revision = created.revision;
    const saves: number[] = [];
    const plainWrites: number[] = [];
    let savedBytes = 0;

    for (let iteration = 0; iteration < WARM_UP + SAMPLES; iteration += 1) {
      // What an autosave sends after a small edit: the whole workshop, slightly changed.
      const workshop = {
        ...large,
        id: created.workshop.id,
        updatedAt: new Date(startedAt + iteration * 1000).toISOString(),
        meta: { ...large.meta, title: `${large.meta.title} (edit ${iteration})` },
      };
      const started = performance.now();
      const result = await methods['documents.save']({
        path: created.path,
        sessionId: SESSION_ID,
        baseRevision: revision,
        workshop,
      });
      const saveMs = performance.now() - started;
      revision = result.revision;

      const bytes = readFileSync(created.path);
      savedBytes = bytes.length;
      const plainMs = plainDurableWrite(path.join(plainFolder, 'workshop.readyroom'), bytes);
      if (iteration >= WARM_UP) {
        saves.push(saveMs);
        plainWrites.push(plainMs);
      }
    }

    const saveMedian = median(saves);
    const plainMedian = median(plainWrites);
    context.log(
      `autosave of ${(savedBytes / 1024).toFixed(0)} KiB: documents.save ${saveMedian.toFixed(2)} ms, plain write ${plainMedian.toFixed(2)} ms (medians of ${SAMPLES})`,
    );

    const browser = await launchChromium();
    let endToEnd;
    try {
      endToEnd = await measureEndToEndSaves(context, browser, {
        warmUp: END_TO_END_WARM_UP,
        samples: END_TO_END_SAMPLES,
      });
    } finally {
      await browser.close();
    }
    const endToEndMedian = median(endToEnd.map((save) => save.endToEndMs));
    context.log(
      `end to end (medians of ${END_TO_END_SAMPLES}): Ctrl+S to file renamed ${endToEndMedian.toFixed(1)} ms, request ` +
        `sent after ${median(endToEnd.map((save) => save.requestSentMs)).toFixed(1)} ms; documents.save alone ${saveMedian.toFixed(1)} ms`,
    );
    return measured({
      autosave_ms: saveMedian,
      autosave_baseline_ms: plainMedian,
      autosave_ratio_vs_plain_write: ratio(saveMedian, plainMedian),
      autosave_end_to_end_ms: endToEndMedian,
      autosave_page_main_thread_ms: median(endToEnd.map((save) => save.mainThreadMs)),
      autosave_page_long_tasks_ms: median(endToEnd.map((save) => save.longTasksMs)),
    });
  } finally {
    await service.dispose();
    folder.remove();
  }
}
