/**
 * `docx`: the Word action plan of the large fixture (60 stakeholders, 40 data sources,
 * 40 metrics, 150 actions) with three 1600×1000 canvas pictures, written to a .docx file in
 * `writeActionPlan`'s steps as the app does — against the docx library alone building,
 * packing and writing the same body (the same tables, rows, cells and text, the same
 * pictures) in the same run. Peak memory is read from fresh child processes, one export each.
 *
 * - `docx_export_ms`: build + pack + the atomic, fsynced write, median of 5.
 * - `docx_ratio_vs_bare_docx`: building the file (build + pack, the document's bytes in
 *   memory) against the baseline doing the same. The writes are left out of the ratio: the
 *   plan must be written atomically with fsync and a bare script would not be, so that
 *   difference is the disk's (2–90 ms here, depending on other jobs), not docx's or
 *   ReadyRoom's; it stays in `docx_export_ms`, and the ratio with the writes is logged.
 * - `docx_end_to_end_ms`: the same workshop exported from the page of the real browser
 *   shell, Export pressed to the file downloaded, the pictures captured live from the three
 *   canvases by the app (`docx/end-to-end.ts`); median of 5.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Packer } from 'docx';
import { packActionPlan } from '../../../electron/host/export/pack-action-plan';
import { buildActionPlan } from '../../../electron/host/export/plan/action-plan';
import type { PlanPictures } from '../../../electron/host/export/plan/pictures';
import { writeActionPlan, writeExportFile } from '../../../electron/host/export/write-export';
import type { Workshop } from '../../../shared/workshop';
import { makeTemporaryDirectory } from '../../support/temporary-directory';
import {
  type BareContent,
  buildBareDocument,
  extractPlanContent,
  summariseContent,
  writeBareDocx,
} from '../docx/bare-docx';
import type { ChildReport } from '../docx/export-child';
import { measureEndToEndExports } from '../docx/end-to-end';
import { benchWorkshop, drawPictures, GENERATED_AT, pictureBytes, savePictures } from '../docx/inputs';
import { launchChromium } from '../chromium';
import { measured, type BenchContext, type GroupOutcome } from '../registry';
import { median, ratio } from '../statistics';

/**
 * Unmeasured exports of each first (module loading, JIT), then the median of five. With only
 * one, the first timed samples were still getting faster as V8 optimised the code, and the
 * medians fell on either side of that: the ratio read 1.05 to 1.90 for the same build.
 */
const WARM_UP = 3;
const SAMPLES = 5;
/** Fresh processes for the peak-memory figure; the highest is reported. */
const MEMORY_RUNS = 3;
/** End to end from the page: one unmeasured export (lazy chunks, JIT), then the median of five. */
const END_TO_END_WARM_UP = 1;
const END_TO_END_SAMPLES = 5;

const run = promisify(execFile);
const CHILD_SCRIPT = fileURLToPath(new URL('../docx/export-child.ts', import.meta.url));

/** Runs the export in a fresh `node --import tsx` process and returns what it reports. */
async function exportInChild(
  repositoryRoot: string,
  arguments_: readonly [ChildReport['mode'], string, string?, string?],
): Promise<ChildReport> {
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', CHILD_SCRIPT, ...arguments_.filter((value) => value !== undefined)],
    { cwd: repositoryRoot, timeout: 180_000, maxBuffer: 1024 * 1024 },
  );
  const line = stdout.trim().split('\n').at(-1) ?? '';
  const report = JSON.parse(line) as Partial<ChildReport>;
  if (typeof report.maxRssMb !== 'number' || !(report.maxRssMb > 0)) {
    throw new Error(`The export child printed no peak memory: ${line}`);
  }
  return report as ChildReport;
}

/** One export, step by step, in milliseconds. */
interface StepTimes {
  readonly build: number;
  readonly pack: number;
  readonly write: number;
}

/** Building the file: the document and its bytes, before anything touches the disk. */
const building = (times: StepTimes) => times.build + times.pack;
const total = (times: StepTimes) => times.build + times.pack + times.write;

/**
 * `writeActionPlan`'s own steps, timed one by one: `buildActionPlan`, `packActionPlan`, then
 * `writeExportFile` (temporary file, fsync, rename).
 */
async function timePlanSteps(workshop: Workshop, pictures: PlanPictures, target: string): Promise<StepTimes> {
  let started = performance.now();
  const document = buildActionPlan(workshop, pictures, { generatedAt: GENERATED_AT });
  const build = performance.now() - started;
  started = performance.now();
  const bytes = await packActionPlan(document);
  const pack = performance.now() - started;
  started = performance.now();
  await writeExportFile(target, bytes);
  return { build, pack, write: performance.now() - started };
}

/** The baseline's steps: plain docx calls, `Packer.toBuffer`, then `fs.promises.writeFile`. */
async function timeBareSteps(
  content: BareContent,
  pngs: readonly Uint8Array[],
  target: string,
): Promise<StepTimes> {
  let started = performance.now();
  const document = buildBareDocument(content, pngs);
  const build = performance.now() - started;
  started = performance.now();
  const bytes = await Packer.toBuffer(document);
  const pack = performance.now() - started;
  started = performance.now();
  await writeFile(target, bytes);
  return { build, pack, write: performance.now() - started };
}

function describeSteps(samples: readonly StepTimes[]): string {
  const of = (step: keyof StepTimes) => median(samples.map((times) => times[step]));
  return `build ${of('build').toFixed(0)} ms, pack ${of('pack').toFixed(0)} ms, write ${of('write').toFixed(1)} ms`;
}

const format = (milliseconds: readonly number[]) => milliseconds.map((value) => value.toFixed(0)).join(', ');

/** Runs the `docx` group: `docx_export_ms`, `docx_export_peak_rss_mb`, `docx_ratio_vs_bare_docx`. */
export async function runDocx(context: BenchContext): Promise<GroupOutcome> {
  const folder = makeTemporaryDirectory('readyroom-bench-docx-');
  try {
    const workshop = benchWorkshop();
    const pictures = drawPictures();
    const pngs = pictureBytes(pictures);
    context.log(
      `pictures: 3 × 1600×1000 PNG, ${pngs.map((png) => `${(png.length / 1024).toFixed(0)} KiB`).join(', ')}`,
    );
    const planPath = path.join(folder.path, 'action-plan.docx');
    const barePath = path.join(folder.path, 'bare.docx');
    const exportPlan = () => writeActionPlan(workshop, planPath, pictures, { generatedAt: GENERATED_AT });

    // The baseline's content is read from the plan itself, before anything is timed, and
    // checked against what the baseline wrote, so both documents hold the same body.
    await exportPlan();
    const content: BareContent = extractPlanContent(readFileSync(planPath), pngs);
    const exportBare = () => writeBareDocx(content, pngs, barePath);
    await exportBare();
    const written = extractPlanContent(readFileSync(barePath), pngs);
    if (JSON.stringify(written) !== JSON.stringify(content)) {
      throw new Error(
        'The baseline .docx does not hold the same body as the plan; the comparison would be unfair.',
      );
    }
    context.log(`both documents: ${summariseContent(content)}`);

    // Those two exports were the first warm-up; then samples interleaved, alternating which
    // goes first, so both see the same noise. Each sample takes the steps writeActionPlan
    // takes (build, pack, atomic write), timed one by one, and the baseline's (build, pack,
    // plain write).
    for (let iteration = 1; iteration < WARM_UP; iteration += 1) {
      await exportPlan();
      await exportBare();
    }
    const plan: StepTimes[] = [];
    const bare: StepTimes[] = [];
    for (let iteration = 0; iteration < SAMPLES; iteration += 1) {
      if (iteration % 2 === 0) {
        plan.push(await timePlanSteps(workshop, pictures, planPath));
        bare.push(await timeBareSteps(content, pngs, barePath));
      } else {
        bare.push(await timeBareSteps(content, pngs, barePath));
        plan.push(await timePlanSteps(workshop, pictures, planPath));
      }
    }
    const planExport = median(plan.map(total));
    const planFile = median(plan.map(building));
    const bareFile = median(bare.map(building));
    const bareExport = median(bare.map(total));
    context.log(
      `export: plan ${planExport.toFixed(0)} ms [${format(plan.map(total))}], bare docx ${bareExport.toFixed(0)} ms ` +
        `[${format(bare.map(total))}] (medians of ${SAMPLES}, writes included); files ` +
        `${(readFileSync(planPath).length / 1024).toFixed(0)} KiB and ${(readFileSync(barePath).length / 1024).toFixed(0)} KiB`,
    );
    context.log(
      `building the file (build + pack): plan ${planFile.toFixed(0)} ms [${format(plan.map(building))}], ` +
        `bare docx ${bareFile.toFixed(0)} ms [${format(bare.map(building))}]`,
    );
    context.log(`steps (medians): plan ${describeSteps(plan)}; bare ${describeSteps(bare)}`);
    context.log(
      `with the writes: ratio ${ratio(planExport, bareExport).toFixed(2)} (atomic write with fsync vs fs.writeFile; not the metric)`,
    );

    // Peak memory: a fresh process per export, as the app exports once.
    const picturesFolder = path.join(folder.path, 'pictures');
    const contentPath = path.join(folder.path, 'content.json');
    mkdirSync(picturesFolder);
    savePictures(pictures, picturesFolder);
    writeFileSync(contentPath, JSON.stringify(content));
    const root = context.repositoryRoot;
    const idle = await exportInChild(root, ['idle', picturesFolder]);
    const peaks: number[] = [];
    for (let index = 0; index < MEMORY_RUNS; index += 1) {
      const report = await exportInChild(root, [
        'plan',
        picturesFolder,
        path.join(folder.path, `child-${index}.docx`),
      ]);
      peaks.push(report.maxRssMb);
      context.log(
        `child export ${index + 1}: peak RSS ${report.maxRssMb.toFixed(0)} MiB, ${report.exportMs.toFixed(0)} ms cold`,
      );
    }
    const bareChild = await exportInChild(root, [
      'bare',
      picturesFolder,
      path.join(folder.path, 'child-bare.docx'),
      contentPath,
    ]);
    const peak = Math.max(...peaks);
    context.log(
      `peak RSS: plan ${peak.toFixed(0)} MiB (max of ${MEMORY_RUNS}); bare docx ${bareChild.maxRssMb.toFixed(0)} MiB; ` +
        `same process without exporting ${idle.maxRssMb.toFixed(0)} MiB`,
    );

    const browser = await launchChromium();
    let endToEnd;
    try {
      endToEnd = await measureEndToEndExports(context, browser, {
        warmUp: END_TO_END_WARM_UP,
        samples: END_TO_END_SAMPLES,
      });
    } finally {
      await browser.close();
    }
    const endToEndMedian = median(endToEnd.map((measuredExport) => measuredExport.endToEndMs));
    const picturesMedian = median(endToEnd.map((measuredExport) => measuredExport.picturesMs));
    context.log(
      `end to end (medians of ${END_TO_END_SAMPLES}): pressed to downloaded ${endToEndMedian.toFixed(0)} ms, of which ` +
        `pictures captured and sent ${picturesMedian.toFixed(0)} ms; the host-only export ${planExport.toFixed(0)} ms`,
    );

    return measured({
      docx_export_ms: planExport,
      docx_export_peak_rss_mb: peak,
      docx_ratio_vs_bare_docx: ratio(planFile, bareFile),
      docx_end_to_end_ms: endToEndMedian,
      docx_end_to_end_pictures_ms: picturesMedian,
    });
  } finally {
    folder.remove();
  }
}
