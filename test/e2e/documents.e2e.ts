import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { startBrowserShell, type BrowserShell } from './support/browser-shell';
import { FacilitatorPage, WorkshopPages } from './support/facilitator-page';

let data: ReturnType<typeof makeTemporaryDirectory>;
let shell: BrowserShell;

test.beforeEach(async () => {
  data = makeTemporaryDirectory();
  shell = await startBrowserShell(data.path);
});
test.afterEach(async () => {
  await shell.stop();
  data.remove();
});

const library = () => path.join(data.path, 'workshops');
const workshopFiles = () => readdirSync(library()).filter((name) => name.endsWith('.readyroom'));

test('edits are saved, and survive a reload and a restart of the shell', async ({ page }) => {
  const facilitator = new FacilitatorPage(page);
  const workshop = new WorkshopPages(page);
  await facilitator.open(shell.url);
  await workshop.createWorkshop('Claims triage scaling');
  await workshop.field('Organisation').fill('Northwind Insurance');
  await workshop.field('Facilitator').fill('Dana Okafor');
  await expect(workshop.saveStatus()).toHaveAttribute('data-save-status', /dirty|saving|saved/);
  await workshop.waitUntilSaved();
  const [fileName] = workshopFiles();
  expect(JSON.parse(readFileSync(path.join(library(), fileName ?? ''), 'utf8')).meta).toMatchObject({
    organisation: 'Northwind Insurance',
    facilitator: 'Dana Okafor',
  });

  await facilitator.reload();
  await expect(workshop.field('Organisation')).toHaveValue('Northwind Insurance');

  await shell.stop();
  shell = await startBrowserShell(data.path);
  await facilitator.open(shell.url);
  // A restarted shell listens on a new port, so this is a new page: open it from the library.
  await expect(page.getByRole('heading', { name: 'Recent' })).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations).toEqual([]);
  await workshop.openFromLibrary('Claims triage scaling');
  await expect(workshop.field('Organisation')).toHaveValue('Northwind Insurance');
});

test('undo and redo work from the keyboard and the buttons', async ({ page }) => {
  const facilitator = new FacilitatorPage(page);
  const workshop = new WorkshopPages(page);
  await facilitator.open(shell.url);
  await workshop.createWorkshop('Undo check');
  const location = workshop.field('Location');
  await location.fill('Room 4');
  await page.waitForTimeout(700); // longer than one undo group, so the next edit is its own step
  await location.fill('Room 4, second floor');
  await expect(location).toHaveValue('Room 4, second floor');

  await page.keyboard.press('ControlOrMeta+z');
  await expect(location).toHaveValue('Room 4');
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(location).toHaveValue('Room 4, second floor');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(location).toHaveValue('Room 4');
  await workshop.waitUntilSaved();
  await facilitator.reload();
  await expect(workshop.field('Location')).toHaveValue('Room 4');
});

test('a damaged file shows what is wrong and restores the newest valid backup', async ({ page }) => {
  const facilitator = new FacilitatorPage(page);
  const workshop = new WorkshopPages(page);
  await facilitator.open(shell.url);
  await workshop.createWorkshop('Fragile workshop');
  await workshop.field('Organisation').fill('Contoso Logistics');
  await workshop.waitUntilSaved();
  await workshop.backToLibrary();

  const [fileName] = workshopFiles();
  const filePath = path.join(library(), fileName ?? '');
  const damaged = readFileSync(filePath, 'utf8').slice(0, 120);
  writeFileSync(filePath, damaged);

  await page.reload();
  await facilitator.waitUntilReady();
  await expect(page.getByText('This file is damaged')).toBeVisible();
  await workshop.openFromLibrary(fileName ?? '');
  const dialog = page.getByRole('alertdialog', { name: 'This workshop file is damaged' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(fileName ?? '');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(results.violations).toEqual([]);

  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Fragile workshop' })).toBeVisible();
  await expect(workshop.field('Organisation')).toHaveValue('Contoso Logistics');
  const keptAside = readdirSync(library()).filter((name) => name.includes('damaged'));
  expect(keptAside).toHaveLength(1);
  expect(readFileSync(path.join(library(), keptAside[0] ?? ''), 'utf8')).toBe(damaged);
});

test('the library can live in another folder', async ({ page }) => {
  const facilitator = new FacilitatorPage(page);
  const workshop = new WorkshopPages(page);
  await facilitator.open(shell.url);
  const otherFolder = path.join(data.path, 'team-share');
  await page.getByRole('button', { name: 'Change' }).click();
  await page.getByLabel('Folder for your workshops (full path)').fill(otherFolder);
  await page.getByRole('button', { name: 'Use this folder' }).click();
  await expect(page.getByText(`Library folder: ${otherFolder}`)).toBeVisible();
  await workshop.createWorkshop('Shared workshop');
  await workshop.waitUntilSaved();
  expect(readdirSync(otherFolder).filter((name) => name.endsWith('.readyroom'))).toEqual([
    'shared-workshop.readyroom',
  ]);
});
