/**
 * The Word action plan opens in another word processor: LibreOffice converts the sample
 * plan to PDF, and the PDF has the pages a complete plan needs.
 *
 * With UPDATE_DOCS_PICTURES=1 it also renders the first pages of the sample plan (with
 * canvas pictures and page numbers in the contents) to docs/action-plan-page-N.png, and the
 * first page of each part #24 added (answer first, risk register, roadmap, RACI, sign-off)
 * to docs/action-plan-<part>.png.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { diagramPng } from './png-encoder';
import { REPOSITORY_ROOT, runExportCommand, SAMPLE_WORKSHOP_FILE } from './run-export';

const run = promisify(execFile);

function installed(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const hasLibreOffice = installed('soffice');
const updatingDocsPictures = process.env['UPDATE_DOCS_PICTURES'] === '1';
const docsPages = 4;

/** The pages of the parts #24 added, pictured in docs/action-plan.md: the file and the heading that opens the page. */
const DOCS_PART_PAGES = [
  ['action-plan-answer-first', 'The answer first'],
  ['action-plan-risk-register', 'Risk register'],
  ['action-plan-roadmap', 'Roadmap'],
  ['action-plan-raci', 'Who does what (RACI)'],
  ['action-plan-sign-off', 'Sign-off'],
] as const;

/** The first page whose text has `heading` as a line of its own (the contents page has it with dots). */
async function pageWithHeading(pdfPath: string, pages: number, heading: string): Promise<number> {
  for (let page = 1; page <= pages; page += 1) {
    const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), pdfPath, '-']);
    if (stdout.split('\n').some((line) => line.trim() === heading)) return page;
  }
  throw new Error(`No page of ${pdfPath} opens with "${heading}".`);
}

/** Converts a .docx to PDF with LibreOffice in its own profile folder, so runs never share state. */
async function convertToPdf(docxPath: string, outputFolder: string): Promise<string> {
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${path.join(outputFolder, 'libreoffice-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outputFolder,
      docxPath,
    ],
    { timeout: 150_000 },
  );
  return path.join(outputFolder, `${path.basename(docxPath, '.docx')}.pdf`);
}

/** The number of pages of a PDF: from pdfinfo when it is installed, else by counting page objects. */
async function pageCount(pdfPath: string): Promise<number> {
  if (installed('pdfinfo')) {
    const { stdout } = await run('pdfinfo', [pdfPath]);
    return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? 0);
  }
  return readFileSync(pdfPath, 'latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

/**
 * The pages of the new parts, from the sample plan with its real pictures (the roadmap and
 * the heat map drawn in headless Chromium, as the app draws them).
 */
async function renderPartPages(folder: string): Promise<void> {
  const docxPath = path.join(folder, 'drawn-plan.docx');
  await runExportCommand([SAMPLE_WORKSHOP_FILE, '--docx', docxPath, '--page-numbers']);
  const pdfPath = await convertToPdf(docxPath, folder);
  const pages = await pageCount(pdfPath);
  for (const [file, heading] of DOCS_PART_PAGES) {
    const page = String(await pageWithHeading(pdfPath, pages, heading));
    const target = path.join(REPOSITORY_ROOT, 'docs', file);
    await run('pdftoppm', ['-png', '-r', '80', '-f', page, '-l', page, '-singlefile', pdfPath, target]);
    expect(existsSync(`${target}.png`)).toBe(true);
  }
}

describe.skipIf(!hasLibreOffice)('the action plan in LibreOffice (skipped: soffice is not installed)', () => {
  let folder: ReturnType<typeof makeTemporaryDirectory>;

  beforeAll(() => {
    folder = makeTemporaryDirectory('readyroom-pdf-');
  });
  afterAll(() => folder.remove());

  it('converts the sample plan to a PDF of at least three pages', async () => {
    const docxPath = path.join(folder.path, 'sample-plan.docx');
    await runExportCommand([SAMPLE_WORKSHOP_FILE, '--docx', docxPath]);

    const pdfPath = await convertToPdf(docxPath, folder.path);

    expect(existsSync(pdfPath)).toBe(true);
    expect(await pageCount(pdfPath)).toBeGreaterThanOrEqual(3);
  }, 180_000);

  it.runIf(updatingDocsPictures && installed('pdftoppm'))(
    `renders the first ${docsPages} pages of the sample plan and its new parts' pages to docs/`,
    async () => {
      const pictureArgs = (
        [
          ['stakeholder-map', [46, 117, 182]],
          ['workflow', [46, 125, 79]],
          ['data-map', [208, 139, 26]],
        ] as const
      ).flatMap(([option, colour]) => {
        const file = path.join(folder.path, `${option}.png`);
        writeFileSync(file, diagramPng(1600, 1000, colour));
        return [`--${option}`, file];
      });
      const docxPath = path.join(folder.path, 'action-plan.docx');
      await runExportCommand([SAMPLE_WORKSHOP_FILE, '--docx', docxPath, '--page-numbers', ...pictureArgs]);
      const pdfPath = await convertToPdf(docxPath, folder.path);
      await renderPartPages(folder.path);

      for (let page = 1; page <= docsPages; page += 1) {
        const target = path.join(REPOSITORY_ROOT, 'docs', `action-plan-page-${page}`);
        await run('pdftoppm', [
          '-png',
          '-r',
          '60',
          '-f',
          String(page),
          '-l',
          String(page),
          '-singlefile',
          pdfPath,
          target,
        ]);
        expect(existsSync(`${target}.png`)).toBe(true);
      }
    },
    600_000,
  );
});
