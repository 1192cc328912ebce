import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { aFreshShellForEachTest } from './support/browser-shell';
import { FacilitatorPage, WorkshopPages } from './support/facilitator-page';

const running = aFreshShellForEachTest();

test('the Word plan and the actions CSV download from the cockpit', async ({ page }) => {
  const { shell, dataPath } = running;
  const facilitator = new FacilitatorPage(page);
  const workshop = new WorkshopPages(page);
  await facilitator.open(shell.url);
  await workshop.createWorkshop('Export run');
  await workshop.field('Organisation').fill('Northwind Insurance');

  const planDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export plan (Word)' }).click();
  const plan = await planDownload;
  expect(plan.suggestedFilename()).toBe('export-run-action-plan.docx');
  const planPath = path.join(dataPath, plan.suggestedFilename());
  await plan.saveAs(planPath);
  await expect(page.getByRole('status').filter({ hasText: 'is downloading' })).toBeVisible();
  expect(readFileSync(planPath).subarray(0, 2).toString()).toBe('PK');
  const text = execFileSync(
    '/usr/bin/python3',
    [
      '-c',
      'import docx,sys\nd=docx.Document(sys.argv[1])\nprint("\\n".join([p.text for p in d.paragraphs]+[c.text for t in d.tables for r in t.rows for c in r.cells]))',
      planPath,
    ],
    { encoding: 'utf8' },
  );
  expect(text).toContain('Export run');
  expect(text).toContain('Northwind Insurance');

  const csvDownload = page.waitForEvent('download');
  await page.keyboard.press('ControlOrMeta+k');
  await page.keyboard.type('actions csv');
  await page.keyboard.press('Enter');
  const csv = await csvDownload;
  const csvPath = path.join(dataPath, csv.suggestedFilename());
  await csv.saveAs(csvPath);
  const bytes = readFileSync(csvPath);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('Title');
});
