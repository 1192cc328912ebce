import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serialiseWorkshop, type Answer, type Session, type SessionId } from '../../../../shared/workshop';
import {
  aParticipant,
  aReadiness,
  aWorkshop,
  anAction,
  fixtureId,
  participantOwner,
} from '../../../../test/fixtures/builders';
import { makeTemporaryDirectory } from '../../../../test/support/temporary-directory';
import { runExportCli } from '../export-cli';
import { writeFollowUpReport } from './write-follow-up';

const priya = aParticipant({ id: fixtureId('participant-priya'), name: 'Priya Shah' });
const final = (answer: Answer | null) => ({ answer, rationale: '' });

function session(id: string, kind: Session['kind'], date: string, answers: (Answer | null)[] = []): Session {
  const [ownership = null, data = null, buyIn = null, metrics = null] = answers;
  return {
    id: fixtureId(id) as SessionId,
    kind,
    date,
    actionReviews: [],
    finalAnswers: {
      ownership: final(ownership),
      data: final(data),
      buyIn: final(buyIn),
      metrics: final(metrics),
    },
  };
}

/** A workshop on 18 March and a follow-up on 20 May: Data and Metrics moved up, three actions done, one blocked, one overdue. */
function followedUpWorkshop() {
  return aWorkshop({
    meta: { ...aWorkshop().meta, title: 'Claims triage', organisation: 'Harbour Mutual', date: '2025-03-18' },
    participants: [priya],
    sessions: [
      session('session-workshop', 'workshop', '2025-03-18'),
      session('session-follow-up', 'follow-up', '2025-05-20', ['yes', 'partly', 'partly', 'yes']),
    ],
    readiness: aReadiness({ ownership: 'yes', data: 'no', buyIn: 'partly', metrics: 'no' }),
    milestones: { goNoGoDate: '2025-07-01', others: [] },
    actions: [
      anAction({
        title: 'Map the feeds',
        status: 'done',
        owner: participantOwner(priya.id),
        dueDate: '2025-04-01',
      }),
      anAction({ title: 'Name a product owner', status: 'done', dueDate: '2025-04-15' }),
      anAction({ title: 'Agree the baseline', status: 'done', dueDate: '' }),
      anAction({
        title: 'Co-design with team leads',
        status: 'blocked',
        owner: participantOwner(priya.id),
        dueDate: '2025-06-30',
        originalDueDate: '2025-05-01',
        progress: 40,
        reviewNote: 'Waiting for the works council',
      }),
      anAction({ title: 'Automate the nightly batch', status: 'in-progress', dueDate: '2025-05-10' }),
      anAction({ title: 'Old idea', status: 'dropped', dueDate: '2025-04-01' }),
    ],
  });
}

/** The report read by python-docx: paragraphs, and each table's rows of cell texts. */
function readDocx(file: string): { paragraphs: string[]; tables: string[][][]; images: number } {
  const script = `
import docx, json, sys
d = docx.Document(sys.argv[1])
print(json.dumps({'paragraphs': [p.text for p in d.paragraphs], 'tables': [[[c.text for c in r.cells] for r in t.rows] for t in d.tables], 'images': len(d.inline_shapes)}))
`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }));
}

describe('the follow-up report', () => {
  let folder: ReturnType<typeof makeTemporaryDirectory>;
  beforeEach(() => {
    folder = makeTemporaryDirectory('readyroom-follow-up-');
  });
  afterEach(() => folder.remove());

  it('says what moved per question, the verdict then and now, the action counts and the next review', async () => {
    const file = path.join(folder.path, 'report.docx');
    await writeFollowUpReport(followedUpWorkshop(), file);
    const report = readDocx(file);

    expect(report.paragraphs.slice(0, 5)).toEqual([
      'Follow-up report',
      'Claims triage',
      'Organisation: Harbour Mutual',
      'Workshop held on 18 March 2025',
      'Follow-up held on 20 May 2025',
    ]);
    const movement = report.tables[0];
    expect(movement).toEqual([
      ['Question', 'The workshop, 18 Mar 2025', 'Now', 'Movement'],
      ['Ownership', 'Yes', 'Yes', 'No change: Yes'],
      ['Data', 'No', 'Partly', 'Better: No → Partly'],
      ['Buy-in', 'Partly', 'Partly', 'No change: Partly'],
      ['Metrics', 'No', 'Yes', 'Better: No → Yes'],
    ]);
    expect(report.paragraphs).toContain('Moved: Data and Metrics.');
    expect(report.paragraphs).toContain('Did not move: Ownership and Buy-in.');
    expect(report.paragraphs).toContain(
      'Not ready to scale yet: two questions are short of a yes (data and buy-in), and each needs actions before scaling.',
    );
    expect(
      report.paragraphs.some((line) =>
        line.startsWith('The workshop on 18 Mar 2025: Not ready to scale yet'),
      ),
    ).toBe(true);
    expect(report.paragraphs).toContain(
      'Done: 3. Overdue: 1. Blocked: 1. In progress: 1. Not started: 0. Dropped: 1.',
    );
    expect(report.paragraphs).toContain('The next review is the go/no-go review on 1 July 2025.');

    const [done, overdue, blocked] = report.tables.slice(1);
    expect(done?.slice(1).map((row) => [row[1], row[2]])).toEqual([
      ['Map the feeds', 'Priya Shah'],
      ['Name a product owner', 'Not set'],
      ['Agree the baseline', 'Not set'],
    ]);
    expect(overdue?.slice(1).map((row) => row[1])).toEqual(['Automate the nightly batch']);
    expect(blocked?.slice(1)).toEqual([
      [
        expect.stringMatching(/^A\d$/),
        'Co-design with team leads',
        'Priya Shah',
        '30 Jun 2025 (was 1 May 2025)',
        '40% done\nWaiting for the works council',
      ],
    ]);
  });

  it('is written by the export command with --follow-up-docx, the trend picture given as a PNG', async () => {
    const input = path.join(folder.path, 'claims.readyroom');
    writeFileSync(input, serialiseWorkshop(followedUpWorkshop()));
    const trend = path.join(folder.path, 'trend.png');
    // A 1×1 PNG is enough to stand for the picture.
    writeFileSync(
      trend,
      Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
    );
    const out: string[] = [];
    const errors: string[] = [];
    const code = await runExportCli(
      [input, '--follow-up-docx', path.join(folder.path, 'report.docx'), '--trend', trend],
      { out: (line) => out.push(line), error: (line) => errors.push(line) },
    );

    expect(errors).toEqual([]);
    expect(code).toBe(0);
    expect(out).toEqual([
      expect.stringMatching(/^Wrote the follow-up report to .*report\.docx \(\d+ KB\)\.$/),
    ]);
    const report = readDocx(path.join(folder.path, 'report.docx'));
    expect(report.images).toBe(1);
    expect(report.paragraphs).toContain(
      'Each question’s answer in every session: Yes at the top, No at the bottom',
    );
  });

  it.skipIf(!existsSync('/usr/bin/chromium'))(
    'draws the trend picture in headless Chromium when none is given',
    async () => {
      const input = path.join(folder.path, 'claims.readyroom');
      writeFileSync(input, serialiseWorkshop(followedUpWorkshop()));
      const out: string[] = [];
      const errors: string[] = [];
      const code = await runExportCli([input, '--follow-up-docx', path.join(folder.path, 'report.docx')], {
        out: (line) => out.push(line),
        error: (line) => errors.push(line),
      });

      expect(errors).toEqual([]);
      expect(code).toBe(0);
      expect(out[0]).toBe('Drawing the trend of the four questions…');
      expect(readDocx(path.join(folder.path, 'report.docx')).images).toBe(1);
    },
    180_000,
  );

  it.skipIf(!existsSync('/usr/bin/soffice'))(
    'opens in LibreOffice: two pages, the movement and the counts on them',
    async () => {
      const file = path.join(folder.path, 'report.docx');
      await writeFollowUpReport(followedUpWorkshop(), file);
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', folder.path, file], {
        stdio: 'ignore',
        env: { ...process.env, HOME: folder.path },
      });
      const pdf = path.join(folder.path, 'report.pdf');
      expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Pages:\s+2$/m);
      const words = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
      expect(words).toMatch(/Data\s+No\s+Partly\s+Better: No → Partly/);
      expect(words).toContain('Done: 3. Overdue: 1. Blocked: 1.');
    },
    120_000,
  );

  it('says there is nothing to compare before a follow-up', async () => {
    const file = path.join(folder.path, 'report.docx');
    await writeFollowUpReport(aWorkshop({ meta: { ...aWorkshop().meta, date: '2025-03-18' } }), file);
    const report = readDocx(file);
    expect(report.paragraphs.some((line) => line.startsWith('This workshop has had no follow-up yet'))).toBe(
      true,
    );
    expect(report.tables).toEqual([]);
  });
});
