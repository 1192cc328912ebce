import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkshopFromTemplate, serialiseWorkshop } from '../../../shared/workshop';
import { readZipEntries } from '../../../test/export/docx-parts';
import { diagramPng } from '../../../test/export/png-encoder';
import { makeTemporaryDirectory } from '../../../test/support/temporary-directory';
import { runExportCli, USAGE } from './export-cli';

const sampleFile = new URL('../../../test/fixtures/sample-workshop.readyroom', import.meta.url);

describe('the export command', () => {
  let folder: ReturnType<typeof makeTemporaryDirectory>;
  let out: string[];
  let errors: string[];
  const run = (...args: string[]) =>
    runExportCli(args, { out: (line) => out.push(line), error: (line) => errors.push(line) });
  const inFolder = (name: string) => path.join(folder.path, name);

  beforeEach(() => {
    folder = makeTemporaryDirectory('readyroom-cli-');
    copyFileSync(sampleFile, inFolder('sample.readyroom'));
    out = [];
    errors = [];
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
      expect.stringMatching(/^Wrote the Word action plan to .*plan\.docx \(\d+ KB\)\.$/),
      `Wrote 13 actions as CSV to ${inFolder('actions.csv')}.`,
    ]);
    expect(readFileSync(inFolder('plan.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('puts pictures given as PNG files into the plan', async () => {
    writeFileSync(inFolder('map.png'), diagramPng(320, 200));

    const code = await run(
      inFolder('sample.readyroom'),
      '--docx',
      inFolder('plan.docx'),
      '--stakeholder-map',
      inFolder('map.png'),
    );

    expect(code).toBe(0);
    expect(readFileSync(inFolder('plan.docx')).includes('word/media/')).toBe(true);
  });

  it('writes page numbers into the contents when asked to', async () => {
    const fresh = createWorkshopFromTemplate({ title: 'Short plan', now: new Date('2025-05-02T09:00:00Z') });
    writeFileSync(inFolder('fresh.readyroom'), serialiseWorkshop(fresh));

    expect(await run(inFolder('fresh.readyroom'), '--docx', inFolder('plan.docx'), '--page-numbers')).toBe(0);

    const documentXml = readZipEntries(readFileSync(inFolder('plan.docx')))
      .get('word/document.xml')
      ?.toString('utf8');
    expect(documentXml).toMatch(
      /PAGEREF _Toc\d+ \\h<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t[^>]*>3<\/w:t>/,
    );
  });

  it('prints the help and succeeds', async () => {
    expect(await run('--help')).toBe(0);
    expect(out).toEqual([USAGE]);
  });

  it.each([
    [[], 'Give the workshop file to export'],
    [['sample.readyroom'], 'Say what to write: --docx <plan.docx>, --csv <actions.csv>, or both.'],
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
