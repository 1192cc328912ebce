import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkshopFromTemplate, serialiseWorkshop } from '../../../shared/workshop';
import { readZipEntries } from '../../../test/export/docx-parts';
import { diagramPng } from '../../../test/export/png-encoder';
import { makeTemporaryDirectory } from '../../../test/support/temporary-directory';
import { type DrawPlanPictures, runExportCli, USAGE } from './export-cli';
import type { PlanPictures } from './plan/pictures';
import { PicturesUnavailable } from './pictures/pictures-unavailable';

/** A drawn picture, told apart from others by its size. */
const drawnPicture = (width: number) => ({ png: diagramPng(width, 200), width, height: 200 });

/** The media files of a written plan, by size in bytes (one per picture). */
const mediaOf = (file: string) =>
  [...readZipEntries(readFileSync(file)).entries()].filter(([name]) => name.startsWith('word/media/'));

const sampleFile = new URL('../../../test/fixtures/sample-workshop.readyroom', import.meta.url);

describe('the export command', () => {
  let folder: ReturnType<typeof makeTemporaryDirectory>;
  let out: string[];
  let errors: string[];
  /** What the drawing is asked for, and what it gives back (the real one is headless Chromium). */
  let drawn: PlanPictures;
  let drawings: number;
  const drawPictures: DrawPlanPictures = async () => {
    drawings += 1;
    return drawn;
  };
  const run = (...args: string[]) =>
    runExportCli(args, { out: (line) => out.push(line), error: (line) => errors.push(line) }, drawPictures);
  const inFolder = (name: string) => path.join(folder.path, name);

  beforeEach(() => {
    folder = makeTemporaryDirectory('readyroom-cli-');
    copyFileSync(sampleFile, inFolder('sample.readyroom'));
    out = [];
    errors = [];
    drawn = { stakeholderMap: drawnPicture(320), workflow: drawnPicture(330), dataMap: drawnPicture(340) };
    drawings = 0;
  });
  afterEach(() => folder.remove());

  it('writes the plan and the CSV and says where', async () => {
    const code = await run(
      inFolder('sample.readyroom'),
      '--docx',
      inFolder('plan.docx'),
      '--csv',
      inFolder('actions.csv'),
    );

    expect(code).toBe(0);
    expect(errors).toEqual([]);
    expect(out).toEqual([
      'Drawing the canvas pictures from the saved layout…',
      'Drew the stakeholder map, workflow and data map.',
      expect.stringMatching(/^Wrote the Word action plan to .*plan\.docx \(\d+ KB\)\.$/),
      `Wrote 13 actions as CSV to ${inFolder('actions.csv')}.`,
    ]);
    expect(readFileSync(inFolder('plan.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('draws the canvas pictures into the plan, as the app does', async () => {
    expect(await run(inFolder('sample.readyroom'), '--docx', inFolder('plan.docx'))).toBe(0);

    expect(drawings).toBe(1);
    expect(mediaOf(inFolder('plan.docx'))).toHaveLength(3);
  });

  it('says so when no canvas has anything to draw', async () => {
    drawn = {};

    expect(await run(inFolder('sample.readyroom'), '--docx', inFolder('plan.docx'))).toBe(0);

    expect(out).toContain('No canvas has anything on it yet, so the plan has no canvas pictures.');
    expect(mediaOf(inFolder('plan.docx'))).toHaveLength(0);
  });

  it('writes nothing and exits 1 when the pictures cannot be drawn, and says what to do', async () => {
    const cannotDraw: DrawPlanPictures = () =>
      Promise.reject(
        new PicturesUnavailable('There is no Chromium at /nowhere to draw the canvas pictures with.'),
      );

    const code = await runExportCli(
      [inFolder('sample.readyroom'), '--docx', inFolder('plan.docx'), '--csv', inFolder('actions.csv')],
      { out: (line) => out.push(line), error: (line) => errors.push(line) },
      cannotDraw,
    );

    expect(code).toBe(1);
    expect(errors.join('\n')).toBe(
      'There is no Chromium at /nowhere to draw the canvas pictures with.\n' +
        'The Word plan was not written. Run again with --no-pictures to write it without the canvas pictures.',
    );
    expect(existsSync(inFolder('plan.docx'))).toBe(false);
    expect(existsSync(inFolder('actions.csv'))).toBe(false);
  });

  it('writes the plan without pictures, and without drawing, when given --no-pictures', async () => {
    expect(await run(inFolder('sample.readyroom'), '--docx', inFolder('plan.docx'), '--no-pictures')).toBe(0);

    expect(drawings).toBe(0);
    expect(mediaOf(inFolder('plan.docx'))).toHaveLength(0);
  });

  it('puts pictures given as PNG files into the plan instead of drawing them', async () => {
    writeFileSync(inFolder('map.png'), diagramPng(500, 200));

    const code = await run(
      inFolder('sample.readyroom'),
      '--docx',
      inFolder('plan.docx'),
      '--stakeholder-map',
      inFolder('map.png'),
    );

    expect(code).toBe(0);
    expect(out).toContain('Drew the workflow and data map.');
    const media = mediaOf(inFolder('plan.docx')).map(([, bytes]) => bytes.readUInt32BE(16));
    expect(media.sort()).toEqual([330, 340, 500]);
  });

  it('draws nothing when every picture is given as a file', async () => {
    // Different pictures: the Word file keeps one copy of identical ones.
    for (const [name, width] of [
      ['map.png', 300],
      ['flow.png', 310],
      ['data.png', 320],
      ['roadmap.png', 330],
      ['risks.png', 340],
    ] as const) {
      writeFileSync(inFolder(name), diagramPng(width, 200));
    }

    const code = await run(
      ...[inFolder('sample.readyroom'), '--docx', inFolder('plan.docx')],
      ...['--stakeholder-map', inFolder('map.png'), '--workflow', inFolder('flow.png')],
      ...['--data-map', inFolder('data.png'), '--roadmap', inFolder('roadmap.png')],
      ...['--risk-heat-map', inFolder('risks.png')],
    );

    expect(code).toBe(0);
    expect(drawings).toBe(0);
    expect(mediaOf(inFolder('plan.docx'))).toHaveLength(5);
  });

  it('writes only the CSV without drawing', async () => {
    expect(await run(inFolder('sample.readyroom'), '--csv', inFolder('actions.csv'))).toBe(0);

    expect(drawings).toBe(0);
  });

  it('has every option in the README', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const options = [...USAGE.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((match) => match[1]);

    expect(options).toEqual(expect.arrayContaining(['--docx', '--no-pictures', '--page-numbers', '--help']));
    for (const option of options) expect(readme, `README names ${option}`).toContain(option);
  });

  it('writes page numbers into the contents when asked to', async () => {
    const fresh = createWorkshopFromTemplate({ title: 'Short plan', now: new Date('2025-05-02T09:00:00Z') });
    writeFileSync(inFolder('fresh.readyroom'), serialiseWorkshop(fresh));

    expect(await run(inFolder('fresh.readyroom'), '--docx', inFolder('plan.docx'), '--page-numbers')).toBe(0);

    const documentXml = readZipEntries(readFileSync(inFolder('plan.docx')))
      .get('word/document.xml')
      ?.toString('utf8');
    expect(documentXml).toMatch(
      /PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t[^>]*>2<\/w:t>/,
    );
  });

  it('prints the help and succeeds', async () => {
    expect(await run('--help')).toBe(0);
    expect(out).toEqual([USAGE]);
  });

  it.each([
    [[], 'Give the workshop file to export'],
    [
      ['sample.readyroom'],
      'Say what to write: --docx <plan.docx>, --csv <actions.csv>, --ics <reminders.ics>, --follow-up-docx <report.docx>, or several.',
    ],
    [['sample.readyroom', '--pdf', 'x.pdf'], "Unknown option '--pdf'"],
    [['a.readyroom', 'b.readyroom', '--csv', 'x.csv'], 'Give one workshop file at a time'],
    [['missing.readyroom', '--csv', 'x.csv'], 'missing.readyroom". Check the path and try again.'],
    [['sample.readyroom', '--docx', 'sample.readyroom'], 'Refusing to write over the workshop file'],
    [
      ['sample.readyroom', '--csv', 'x.csv', '--time-zone', 'Mars/Olympus'],
      '"Mars/Olympus" is not a time zone',
    ],
    [['sample.readyroom', '--docx', 'x.docx', '--data-map', 'sample.readyroom'], 'is not a PNG picture'],
  ])('refuses %j with a friendly message and exit code 1', async (args, message) => {
    const absolute = args.map((arg) => (arg.includes('.') && !arg.includes('/') ? inFolder(arg) : arg));

    expect(await run(...absolute)).toBe(1);
    expect(errors.join('\n')).toContain(message);
    expect(existsSync(inFolder('x.csv')) || existsSync(inFolder('x.docx'))).toBe(false);
  });

  it('names the file when the workshop is damaged', async () => {
    writeFileSync(inFolder('damaged.readyroom'), readFileSync(sampleFile, 'utf8').slice(0, 500));

    expect(await run(inFolder('damaged.readyroom'), '--csv', inFolder('x.csv'))).toBe(1);
    expect(errors.join('\n')).toMatch(/^"damaged\.readyroom" is cut short or damaged/);
    expect(existsSync(inFolder('x.csv'))).toBe(false);
  });
});
