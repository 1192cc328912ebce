/**
 * Crash while saving (quality bar "Reliability and safety"): a child process saving a
 * workshop in a tight loop is killed with SIGKILL at 200 random moments. After every kill
 * the file must load, and hold the last acknowledged save or the one in flight after it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentService } from '../../electron/host/documents/document-service';
import { readWorkshopBytes } from '../../electron/host/documents/workshop-bytes';
import { HostEventHub } from '../../electron/host/event-hub';
import { WorkshopSchema } from '../../shared/workshop/workshop';
import { generateLargeWorkshop } from '../fixtures/large-workshop';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { randomInteger, seededRandom, testSeed } from './random';
import { counterOf, withCounter } from './save-counter';

const KILLS = 200;
/** Two files saved by two children side by side: one per core, which halves the wall time. */
const LANES = 2;
const seed = testSeed(20250602);

const childEntry = fileURLToPath(new URL('./save-loop-child.ts', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));

let bundleFolder: string;
let data: ReturnType<typeof makeTemporaryDirectory>;
let childScript: string;

beforeAll(async () => {
  // Starting the child through tsx costs ~0.8 s; one self-contained plain-node bundle
  // starts several times faster, which is what keeps 200 restarts affordable.
  bundleFolder = mkdtempSync(path.join(os.tmpdir(), 'readyroom-crash-child-'));
  data = makeTemporaryDirectory('readyroom-crash-data-');
  await build({
    configFile: false,
    logLevel: 'silent',
    root: repositoryRoot,
    // write-file-atomic (CommonJS) seeds its temporary file names with __filename, which an
    // ES module bundle lacks; any constant does, the process id and a counter follow it.
    define: { __filename: JSON.stringify('save-loop-child.mjs') },
    ssr: { noExternal: true },
    build: {
      ssr: childEntry,
      outDir: bundleFolder,
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rolldownOptions: { output: { format: 'es', entryFileNames: 'save-loop-child.mjs' } },
    },
  });
  childScript = path.join(bundleFolder, 'save-loop-child.mjs');
}, 60_000);

afterAll(() => {
  rmSync(bundleFolder, { recursive: true, force: true });
  data.remove();
});

interface Run {
  /** The counter the child found when it opened the file; null when killed before that. */
  readonly ready: number | null;
  readonly acknowledged: readonly number[];
}

/** Starts a child on `fileName` and kills it `delayMs` after it is ready (or after spawn). */
function runAndKill(library: string, fileName: string, delayMs: number, fromReady: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childScript, library, fileName], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let ready: number | null = null;
    const acknowledged: number[] = [];
    let pending = '';
    let errors = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    if (!fromReady) timer = setTimeout(kill, delayMs);
    // A child stuck before it is ready must not outlive the test.
    const watchdog = setTimeout(() => {
      errors += 'the save loop did not get ready within 20 s\n';
      child.kill('SIGTERM');
    }, 20_000);

    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const [word, number] = line.split(' ');
        if (word === 'ready') {
          ready = Number(number);
          if (fromReady) timer = setTimeout(kill, delayMs);
        } else if (word === 'ack') {
          acknowledged.push(Number(number));
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (errors += chunk));
    child.once('error', reject);
    // 'close' comes after stdout has been read to the end, so no acknowledgement is missed.
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      clearTimeout(watchdog);
      if (signal !== 'SIGKILL') {
        reject(new Error(`the save loop stopped by itself (exit code ${String(code)}):\n${errors}`));
        return;
      }
      resolve({ ready, acknowledged });
    });
  });
}

interface LaneReport {
  kills: number;
  acknowledgedSaves: number;
  killedBeforeReady: number;
  inFlightSaveLanded: number;
}

async function runLane(
  library: string,
  fileName: string,
  kills: number,
  random: () => number,
): Promise<LaneReport> {
  const filePath = path.join(library, fileName);
  let onDisk = counterOf(loadOrFail(filePath));
  const report: LaneReport = { kills: 0, acknowledgedSaves: 0, killedBeforeReady: 0, inFlightSaveLanded: 0 };

  for (let kill = 0; kill < kills; kill += 1) {
    // Mostly during the save loop; sometimes during start-up and opening (lock reclaiming).
    const fromReady = random() < 0.85;
    const delayMs = fromReady ? randomInteger(random, 2, 100) : randomInteger(random, 0, 350);
    const run = await runAndKill(library, fileName, delayMs, fromReady);
    const context = `${fileName}, kill ${kill + 1}, ${fromReady ? 'after ready' : 'after spawn'} +${delayMs} ms (seed ${seed})`;

    if (run.ready !== null) expect(run.ready, context).toBe(onDisk);
    else report.killedBeforeReady += 1;
    const expectedAcks = run.acknowledged.map((_, index) => onDisk + index + 1);
    expect(run.acknowledged, context).toEqual(expectedAcks);

    const lastAcknowledged = run.acknowledged.at(-1) ?? onDisk;
    const counter = counterOf(loadOrFail(filePath, context));
    expect([lastAcknowledged, lastAcknowledged + 1], context).toContain(counter);
    if (counter === lastAcknowledged + 1) report.inFlightSaveLanded += 1;

    report.kills += 1;
    report.acknowledgedSaves += run.acknowledged.length;
    onDisk = counter;
  }
  return report;
}

/**
 * Loads the file as `documents.open` does (parseWorkshopFile, plus a strict UTF-8 check);
 * fails loudly if it refuses.
 */
function loadOrFail(filePath: string, context = path.basename(filePath)) {
  const loaded = readWorkshopBytes(readFileSync(filePath), path.basename(filePath));
  if (!loaded.ok) throw new Error(`${context}: the file does not load: ${loaded.problem.message}`);
  return loaded.workshop;
}

describe('a workshop being saved when the process is killed', () => {
  it('always loads afterwards, holding the last acknowledged save or the one in flight', async () => {
    const library = path.join(data.path, 'workshops');
    const setup = createDocumentService({ libraryFolder: () => library, events: new HostEventHub() });
    const fileNames: string[] = [];
    for (let lane = 0; lane < LANES; lane += 1) {
      const created = await setup.methods['documents.create']({
        title: `Crash lane ${lane + 1}`,
        sessionId: 'crash-test-setup',
      });
      // The large fixture makes each save long enough (~300 KB) for kills to land mid-write.
      await setup.methods['documents.save']({
        path: created.path,
        sessionId: 'crash-test-setup',
        baseRevision: created.revision,
        workshop: withCounter(
          WorkshopSchema.parse({ ...generateLargeWorkshop(lane + 1), meta: created.workshop.meta }),
          0,
        ),
      });
      fileNames.push(created.fileName);
    }
    await setup.dispose();

    const started = performance.now();
    const reports = await Promise.all(
      fileNames.map((fileName, lane) => runLane(library, fileName, KILLS / LANES, seededRandom(seed + lane))),
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);

    const total = reports.reduce(
      (sum, report) => ({
        kills: sum.kills + report.kills,
        acknowledgedSaves: sum.acknowledgedSaves + report.acknowledgedSaves,
        killedBeforeReady: sum.killedBeforeReady + report.killedBeforeReady,
        inFlightSaveLanded: sum.inFlightSaveLanded + report.inFlightSaveLanded,
      }),
      { kills: 0, acknowledgedSaves: 0, killedBeforeReady: 0, inFlightSaveLanded: 0 },
    );
    console.info(`[crash test] seed ${seed}, ${seconds} s:`, total);
    expect(total.kills).toBe(KILLS);
    // The kills must really have interrupted a busy save loop, not idle children.
    expect(total.acknowledgedSaves).toBeGreaterThan(0);

    // The library still lists both workshops as readable, and a fresh window can open each
    // (the dead children's locks are reclaimed) and clears their leftover temporary files.
    const after = createDocumentService({ libraryFolder: () => library, events: new HostEventHub() });
    const { workshops } = await after.methods['documents.list'](undefined);
    expect(workshops.map((entry) => [entry.fileName, entry.problem])).toEqual(
      expect.arrayContaining(fileNames.map((fileName) => [fileName, null])),
    );
    for (const fileName of fileNames) {
      await after.methods['documents.open']({
        path: fileName,
        sessionId: 'crash-test-after',
        takeOver: false,
      });
      const backups = await after.methods['documents.listBackups']({ path: fileName });
      expect(backups.length).toBeGreaterThan(0);
      expect(backups.filter((backup) => !backup.valid)).toEqual([]);
    }
    await after.dispose();
    const leftovers = readdirSync(library).filter(
      (name) => !name.startsWith('.') && !name.endsWith('.readyroom'),
    );
    expect(leftovers).toEqual([]);
  }, 180_000);
});
