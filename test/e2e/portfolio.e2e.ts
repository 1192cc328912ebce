/**
 * The portfolio on the home screen, on the real browser shell over a library of four
 * workshops written to disk: every workshop is a row with its latest verdict, the four
 * answers in words, its last session and its overdue actions; the headings sort from the
 * keyboard (aria-sort says which way), the filters narrow the rows, the CSV downloads with
 * the rows as shown, and axe finds nothing.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import ICAL from 'ical.js';
import { createWorkshopFromTemplate, type Answer, type Workshop } from '../../shared/workshop';
import { anAction } from '../fixtures/builders';
import { aShellOverALibrary } from './support/browser-shell';
import { FacilitatorPage } from './support/facilitator-page';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

interface Initiative {
  readonly title: string;
  readonly organisation: string;
  readonly date: string;
  readonly answers: readonly [Answer | null, Answer | null, Answer | null, Answer | null];
  readonly overdueActions: number;
}

const INITIATIVES: readonly Initiative[] = [
  {
    title: 'Claims triage',
    organisation: 'Harbour Mutual',
    date: '2025-03-18',
    answers: ['yes', 'no', 'partly', 'yes'],
    overdueActions: 2,
  },
  {
    title: 'Fraud alerts',
    organisation: 'Northwind Insurance',
    date: '2025-02-01',
    answers: ['yes', 'yes', 'yes', 'yes'],
    overdueActions: 0,
  },
  {
    title: 'Agent assist',
    organisation: 'Harbour Mutual',
    date: '2025-04-09',
    answers: [null, null, null, null],
    overdueActions: 1,
  },
  {
    title: 'Invoice matching',
    organisation: 'Contoso Finance',
    date: '2025-01-15',
    answers: ['no', 'partly', 'no', 'partly'],
    overdueActions: 0,
  },
];

/** A workshop of the library, as {@link INITIATIVES} describes it. */
function initiativeWorkshop(initiative: Initiative): Workshop {
  const workshop = createWorkshopFromTemplate({
    title: initiative.title,
    now: new Date(`${initiative.date}T09:00:00Z`),
  });
  const [ownership, dataAnswer, buyIn, metrics] = initiative.answers;
  const final = (answer: Answer | null) => ({ answer, rationale: '' });
  return {
    ...workshop,
    meta: { ...workshop.meta, organisation: initiative.organisation, date: initiative.date },
    sessions: workshop.sessions.map((session) => ({ ...session, date: initiative.date })),
    readiness: {
      ...workshop.readiness,
      finalAnswers: {
        ownership: final(ownership),
        data: final(dataAnswer),
        buyIn: final(buyIn),
        metrics: final(metrics),
      },
    },
    actions: [
      // Due long ago and still open: overdue on any day this test runs.
      ...Array.from({ length: initiative.overdueActions }, () => anAction({ dueDate: '2020-01-01' })),
      anAction({ dueDate: '2020-01-01', status: 'done' }),
      anAction({ dueDate: '2999-01-01' }),
    ],
  };
}

const running = aShellOverALibrary(
  Object.fromEntries(
    INITIATIVES.map((initiative) => [
      `${initiative.title.toLowerCase().replace(/ /g, '-')}.readyroom`,
      initiativeWorkshop(initiative),
    ]),
  ),
);

const portfolio = (page: Page) => page.getByRole('region', { name: 'Portfolio across initiatives' });
const rowTitles = (page: Page) => portfolio(page).locator('tbody th').allInnerTexts();

test('the portfolio lists, sorts, filters and exports the library’s workshops', async ({ page }) => {
  await new FacilitatorPage(page).open(running.shell.url);
  const table = portfolio(page).getByRole('table');
  await expect(table.locator('tbody tr')).toHaveCount(4);
  expect(await rowTitles(page)).toEqual([
    'Agent assist',
    'Claims triage',
    'Fraud alerts',
    'Invoice matching',
  ]);

  const claims = table.getByRole('row', { name: /Claims triage/ });
  await expect(claims.getByRole('cell')).toHaveText([
    'Harbour Mutual',
    'Not ready yet',
    'Yes',
    'No',
    'Partly',
    'Yes',
    /2025/,
    '2',
  ]);
  await expect(
    table
      .getByRole('row', { name: /Agent assist/ })
      .getByRole('cell')
      .nth(2),
  ).toHaveText('Not voted');

  // Sort from the keyboard: focus the Data heading's button and press Enter, then again.
  const dataHeading = table.getByRole('columnheader', { name: 'Data' });
  await dataHeading.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await expect(dataHeading).toHaveAttribute('aria-sort', 'ascending');
  expect(await rowTitles(page)).toEqual([
    'Fraud alerts',
    'Invoice matching',
    'Claims triage',
    'Agent assist',
  ]);
  await page.keyboard.press('Enter');
  await expect(dataHeading).toHaveAttribute('aria-sort', 'descending');
  expect(await rowTitles(page)).toEqual([
    'Agent assist',
    'Claims triage',
    'Invoice matching',
    'Fraud alerts',
  ]);
  await expect(table.getByRole('columnheader', { name: 'Workshop' })).toHaveAttribute('aria-sort', 'none');

  const overdueHeading = table.getByRole('columnheader', { name: 'Overdue actions' });
  await overdueHeading.getByRole('button').click();
  await overdueHeading.getByRole('button').click();
  await expect(overdueHeading).toHaveAttribute('aria-sort', 'descending');
  expect(await rowTitles(page)).toEqual([
    'Claims triage',
    'Agent assist',
    'Fraud alerts',
    'Invoice matching',
  ]);

  const axe = await new AxeBuilder({ page }).include('.portfolio').withTags(AXE_TAGS).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

  // Filter by words, then by verdict.
  await portfolio(page).getByLabel('Filter by title or organisation').fill('harbour');
  expect(await rowTitles(page)).toEqual(['Claims triage', 'Agent assist']);
  await portfolio(page).getByLabel('Verdict').selectOption({ label: 'Not ready yet' });
  expect(await rowTitles(page)).toEqual(['Claims triage']);
  await portfolio(page).getByLabel('Verdict').selectOption({ label: 'Ready to scale' });
  await expect(portfolio(page).getByText('No workshop matches the filter.')).toBeVisible();
  await portfolio(page).getByLabel('Verdict').selectOption({ label: 'Any verdict' });
  await expect(portfolio(page).getByText('Showing 2 of 4 workshops.', { exact: false })).toBeVisible();

  // The CSV holds the rows as shown: filtered, in the chosen order.
  const download = page.waitForEvent('download');
  await portfolio(page).getByRole('button', { name: 'Portfolio (CSV)' }).click();
  const csv = await download;
  expect(csv.suggestedFilename()).toMatch(/^ai-portfolio-\d{4}-\d{2}-\d{2}\.csv$/);
  const csvPath = path.join(running.dataPath, csv.suggestedFilename());
  await csv.saveAs(csvPath);
  await expect(portfolio(page).getByRole('status')).toContainText('The portfolio is downloading');
  const lines = readFileSync(csvPath, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines).toEqual([
    'Workshop,Organisation,Latest verdict,Ownership,Data,Buy-in,Metrics,Last session,Overdue actions',
    'Claims triage,Harbour Mutual,Not ready yet,Yes,No,Partly,Yes,2025-03-18,2',
    'Agent assist,Harbour Mutual,Test not finished,Not voted,Not voted,Not voted,Not voted,2025-04-09,1',
  ]);

  // The Word summary downloads too.
  const wordDownload = page.waitForEvent('download');
  await portfolio(page).getByRole('button', { name: 'Portfolio summary (Word)' }).click();
  const word = await wordDownload;
  expect(word.suggestedFilename()).toMatch(/\.docx$/);
});

/** A workshop with a follow-up session after its first one. */
function followUpWorkshop(): Workshop {
  const workshop = createWorkshopFromTemplate({
    title: 'Claims triage',
    now: new Date('2025-03-18T09:00:00Z'),
  });
  const final = (answer: Answer | null) => ({ answer, rationale: '' });
  const [first] = workshop.sessions;
  if (first === undefined) throw new Error('A new workshop holds its own session.');
  return {
    ...workshop,
    sessions: [
      first,
      {
        ...first,
        id: 'session-follow-up' as typeof first.id,
        kind: 'follow-up',
        date: '2025-05-20',
        finalAnswers: {
          ownership: final('yes'),
          data: final('partly'),
          buyIn: final('partly'),
          metrics: final('yes'),
        },
      },
    ],
    readiness: {
      ...workshop.readiness,
      finalAnswers: {
        ownership: final('yes'),
        data: final('no'),
        buyIn: final('partly'),
        metrics: final('no'),
      },
    },
    actions: [
      anAction({ title: 'Map the feeds', status: 'done', dueDate: '2025-04-01' }),
      anAction({ title: 'Name a product owner', status: 'done', dueDate: '2025-04-15' }),
      anAction({ title: 'Agree the baseline', status: 'done' }),
      anAction({ title: 'Co-design with team leads', status: 'blocked', dueDate: '2025-06-30' }),
      anAction({ title: 'Automate the nightly batch', status: 'in-progress', dueDate: '2025-05-10' }),
    ],
  };
}

test.describe('a workshop with a follow-up', () => {
  const followUp = aShellOverALibrary({ 'claims.readyroom': followUpWorkshop() });

  test('the portfolio shows its latest session, and the cockpit exports its follow-up report', async ({
    page,
  }) => {
    await new FacilitatorPage(page).open(followUp.shell.url);
    const row = portfolio(page).getByRole('row', { name: /Claims triage/ });
    await expect(row.getByRole('cell')).toHaveText([
      '',
      'Not ready yet',
      'Yes',
      'Partly',
      'Partly',
      'Yes',
      /2025/,
      /\d/,
    ]);

    await row.getByRole('button', { name: 'Claims triage' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Follow-up report (Word)' }).click();
    const report = await download;
    expect(report.suggestedFilename()).toBe('claims-triage-follow-up-report.docx');
    const reportPath = path.join(followUp.dataPath, report.suggestedFilename());
    await report.saveAs(reportPath);
    const read = JSON.parse(
      execFileSync(
        '/usr/bin/python3',
        [
          '-c',
          'import docx,json,sys\nd=docx.Document(sys.argv[1])\nprint(json.dumps({"p":[p.text for p in d.paragraphs],"t":[[c.text for c in r.cells] for r in d.tables[0].rows],"images":len(d.inline_shapes)}))',
          reportPath,
        ],
        { encoding: 'utf8' },
      ),
    ) as { p: string[]; t: string[][]; images: number };
    expect(read.t.map((cells) => cells.at(-1))).toEqual([
      'Movement',
      'No change: Yes',
      'Better: No → Partly',
      'No change: Partly',
      'Better: No → Yes',
    ]);
    expect(read.p).toContain('Done: 3. Overdue: 1. Blocked: 1. In progress: 1. Not started: 0. Dropped: 0.');
    // The trend picture, drawn in the page.
    expect(read.images).toBe(1);

    // The reminders: one event per action with a due date, read back by ical.js.
    const calendarDownload = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Reminders (.ics)' }).click();
    const calendar = await calendarDownload;
    expect(calendar.suggestedFilename()).toBe('claims-triage-action-reminders.ics');
    await expect(page.locator('.export-control__status')).toContainText('it carries no network link');
    const calendarPath = path.join(followUp.dataPath, calendar.suggestedFilename());
    await calendar.saveAs(calendarPath);
    const events = new ICAL.Component(ICAL.parse(readFileSync(calendarPath, 'utf8')))
      .getAllSubcomponents('vevent')
      .map((event) => new ICAL.Event(event));
    expect(events.map((event) => event.startDate.toString()).sort()).toEqual([
      '2025-04-01',
      '2025-04-15',
      '2025-05-10',
      '2025-06-30',
    ]);
  });
});
