/**
 * One export in a fresh process, for the peak-memory figure of the `docx` benchmark:
 *
 *   node --import tsx test/bench/docx/export-child.ts <mode> <pictures folder> <target .docx> [content .json]
 *
 * `plan` exports the large fixture with `writeActionPlan`, as the app does; `bare` writes the
 * baseline document (the content JSON the group saved) with the docx library alone; `idle`
 * loads the same modules and inputs and exports nothing — the floor of the process. Prints
 * one JSON line on stdout: `{ mode, exportMs, bytes, maxRssMb }`, where `maxRssMb` is the
 * process's peak resident set (`process.resourceUsage().maxRSS`, KiB) in MiB.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { writeActionPlan } from '../../../electron/host/export/write-export';
import { type BareContent, writeBareDocx } from './bare-docx';
import { benchWorkshop, GENERATED_AT, loadPictures, pictureBytes } from './inputs';

/** What the child prints. */
export interface ChildReport {
  readonly mode: 'plan' | 'bare' | 'idle';
  readonly exportMs: number;
  readonly bytes: number;
  readonly maxRssMb: number;
}

async function main(): Promise<void> {
  const [mode, picturesFolder, targetPath, contentPath] = process.argv.slice(2);
  if ((mode !== 'plan' && mode !== 'bare' && mode !== 'idle') || picturesFolder === undefined) {
    throw new Error('usage: export-child.ts plan|bare|idle <pictures folder> <target .docx> [content .json]');
  }
  const workshop = benchWorkshop();
  const pictures = loadPictures(picturesFolder);
  const started = performance.now();
  let bytes = 0;
  if (mode === 'plan') {
    if (targetPath === undefined) throw new Error('plan needs a target path');
    bytes = (await writeActionPlan(workshop, targetPath, pictures, { generatedAt: GENERATED_AT })).bytes;
  } else if (mode === 'bare') {
    if (targetPath === undefined || contentPath === undefined)
      throw new Error('bare needs a target and content');
    const content = JSON.parse(readFileSync(contentPath, 'utf8')) as BareContent;
    bytes = await writeBareDocx(content, pictureBytes(pictures), targetPath);
  }
  const report: ChildReport = {
    mode,
    exportMs: performance.now() - started,
    bytes,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
