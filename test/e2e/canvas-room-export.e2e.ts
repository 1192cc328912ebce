/**
 * The command-line export writes the plan the app writes, canvas pictures included (#19):
 * the sample workshop exported from the cockpit and by `npm run export` reads the same in
 * python-docx and carries as many pictures.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readDocxWithPython, runExportCommand, SAMPLE_WORKSHOP_FILE } from '../export/run-export';
import { aFreshShellForEachTest } from './support/browser-shell';
import { FacilitatorPage, WorkshopPages } from './support/facilitator-page';

const fresh = aFreshShellForEachTest();

const SAMPLE_TITLE = 'Claims triage: from pilot to every personal line';

test('the sample workshop exported by the app and by npm run export reads the same, with as many pictures', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const library = path.join(fresh.dataPath, 'workshops');
  mkdirSync(library, { recursive: true });
  copyFileSync(SAMPLE_WORKSHOP_FILE, path.join(library, 'sample.readyroom'));

  await new FacilitatorPage(page).open(fresh.shell.url);
  await new WorkshopPages(page).openFromLibrary(SAMPLE_TITLE);
  await expect(page.getByRole('heading', { level: 1, name: SAMPLE_TITLE })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export plan (Word)' }).click();
  const appPlan = test.info().outputPath('app-plan.docx');
  await (await download).saveAs(appPlan);

  const cliPlan = test.info().outputPath('cli-plan.docx');
  const { stdout } = await runExportCommand([SAMPLE_WORKSHOP_FILE, '--docx', cliPlan]);
  expect(stdout).toContain('Drew the stakeholder map, workflow, data map, roadmap and risk heat map.');

  const [fromApp, fromCli] = await Promise.all([readDocxWithPython(appPlan), readDocxWithPython(cliPlan)]);
  expect(fromCli.allText).toBe(fromApp.allText);
  expect(fromCli.paragraphs).toEqual(fromApp.paragraphs);
  expect(fromCli.tables).toEqual(fromApp.tables);
  expect(fromCli.sections).toEqual(fromApp.sections);
  // The three canvases, the roadmap and the risk heat map.
  expect(fromApp.inlineShapes).toBe(5);
  expect(fromCli.inlineShapes).toBe(fromApp.inlineShapes);
});
