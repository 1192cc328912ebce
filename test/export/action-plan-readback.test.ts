/**
 * The Word action plan, end to end: the export command runs on a workshop file, and the
 * document it writes is read back with python-docx, an independent reader of the format.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  computeVerdict,
  createWorkshopFromTemplate,
  type OwnerRef,
  parseWorkshopFile,
  serialiseWorkshop,
  type Workshop,
} from '../../shared/workshop';
import { topActions } from '../../electron/host/export/plan/answer-facts';
import { formatCalendarDate } from '../../electron/host/export/plan/format';
import { makeTemporaryDirectory } from '../support/temporary-directory';
import { diagramPng } from './png-encoder';
import { type DocxReadBack, readDocxWithPython, runExportCommand, SAMPLE_WORKSHOP_FILE } from './run-export';

function readSample(): Workshop {
  const result = parseWorkshopFile(readFileSync(SAMPLE_WORKSHOP_FILE, 'utf8'), 'sample-workshop.readyroom');
  if (!result.ok) throw new Error(result.problem.message);
  return result.workshop;
}

function headings(readBack: DocxReadBack, style: string): string[] {
  return readBack.paragraphs
    .filter((paragraph) => paragraph.style === style)
    .map((paragraph) => paragraph.text);
}

describe('the Word action plan of the sample workshop, read back with python-docx', () => {
  const sample = readSample();
  let folder: ReturnType<typeof makeTemporaryDirectory>;
  let readBack: DocxReadBack;
  let stdout: string;
  let csv: string;

  beforeAll(async () => {
    folder = makeTemporaryDirectory('readyroom-readback-');
    const pictures = {
      'stakeholder-map': diagramPng(800, 500, [46, 117, 182]),
      workflow: diagramPng(800, 500, [46, 125, 79]),
      'data-map': diagramPng(800, 500, [208, 139, 26]),
    };
    const pictureArgs = Object.entries(pictures).flatMap(([option, png]) => {
      const file = path.join(folder.path, `${option}.png`);
      writeFileSync(file, png);
      return [`--${option}`, file];
    });
    const docxPath = path.join(folder.path, 'plan.docx');
    const csvPath = path.join(folder.path, 'actions.csv');
    ({ stdout } = await runExportCommand([
      SAMPLE_WORKSHOP_FILE,
      '--docx',
      docxPath,
      '--csv',
      csvPath,
      ...pictureArgs,
    ]));
    readBack = await readDocxWithPython(docxPath);
    csv = readFileSync(csvPath, 'utf8');
  }, 120_000);

  afterAll(() => folder.remove());

  it('tells what it wrote', () => {
    expect(stdout).toContain('Wrote the Word action plan to');
    expect(stdout).toContain('Wrote 13 actions as CSV to');
  });

  it('has every action with its title, owner name and due date', () => {
    const names = new Map(sample.participants.map((person) => [person.id, person.name]));
    const ownerName = (owner: OwnerRef) =>
      owner.kind === 'participant'
        ? names.get(owner.participantId)
        : owner.kind === 'named'
          ? owner.name
          : undefined;
    const actionRows = readBack.tables.flatMap((table) => table.rows).filter((row) => row[0] !== '#');

    for (const action of sample.actions) {
      const row = actionRows.find((cells) => cells[1]?.startsWith(action.title));
      expect(row, action.title).toBeDefined();
      expect(row?.[2]).toBe(ownerName(action.owner));
      expect(row?.[3]).toBe(formatCalendarDate(action.dueDate));
    }
  });

  it('states the verdict as computeVerdict does: not ready, because not all four answers are yes', () => {
    const verdict = computeVerdict(sample);

    expect(verdict.kind).toBe('not-ready');
    const [answer, summary, ...more] = readBack.paragraphs
      .filter((paragraph) => paragraph.style === 'Verdict')
      .map((paragraph) => paragraph.text);
    expect(answer?.startsWith(`${verdict.sentence} `)).toBe(true);
    expect(summary).toBe(verdict.sentence);
    expect(more).toEqual([]);
  });

  it('answers first, on the page after the cover: the verdict, the decisive gaps and the top three actions with owners and dates', () => {
    const firstHeading = readBack.paragraphs.findIndex((paragraph) => paragraph.style === 'Heading 1');
    const answer = readBack.paragraphs[firstHeading + 1]?.text ?? '';
    const names = new Map(sample.participants.map((person) => [person.id, person.name]));

    expect(readBack.paragraphs[firstHeading]?.text).toBe('The answer first');
    // Nothing but the cover comes before it: the contents follow the answer.
    expect(
      readBack.paragraphs.slice(0, firstHeading).some((paragraph) => paragraph.text === 'Contents'),
    ).toBe(false);
    expect(answer).toContain('The gaps that decide it: Data (answered no) and Buy-in (answered partly).');
    const top = topActions(sample);
    expect(top).toHaveLength(3);
    for (const action of top) {
      const owner = action.owner.kind === 'participant' ? names.get(action.owner.participantId) : undefined;
      expect(answer).toContain(
        `“${action.title}” (${owner ?? 'owner not set'}, due ${formatCalendarDate(action.dueDate, 'long')})`,
      );
    }
  });

  it('shows a traffic light per scaling killer in words, with its movement from round 1 to the final answer', () => {
    const glance = readBack.tables.find(
      (table) => table.rows[0]?.[0] === 'Scaling killer' && table.rows[0][3] === 'Round 1 → final',
    );
    const words = { yes: 'Yes', partly: 'Partly', no: 'No' } as const;

    expect(glance?.rows.slice(1).map((row) => row[0])).toEqual(['Ownership', 'Data', 'Buy-in', 'Metrics']);
    for (const [index, id] of (['ownership', 'data', 'buyIn', 'metrics'] as const).entries()) {
      const final = sample.readiness.finalAnswers[id].answer;
      const row = glance?.rows[index + 1] ?? [];
      // The word carries the answer; the dot's colour only repeats it.
      expect(row[2]).toBe(final === null ? 'No final answer yet' : `● ${words[final]}`);
      expect(row[1]).toMatch(/^● (Yes|Partly|No)(, tied)? \(\d+ of \d+ votes?\)$/);
      expect(row[3]).toMatch(/^(No change: |Moved up: |Moved down: )/);
    }
  });

  it('uses Word’s real heading styles, with outline levels for the navigation pane', () => {
    expect(headings(readBack, 'Heading 1')).toEqual([
      'The answer first',
      'Executive summary',
      'Readiness test results',
      'Ownership',
      'Data sources',
      'Stakeholders and buy-in',
      'Workflow changes',
      'Metrics',
      'Action plan',
      'Appendix',
    ]);
    expect(headings(readBack, 'Heading 2')).toEqual(
      expect.arrayContaining([
        'Readiness at a glance',
        'AI Product Owner',
        'Process metrics',
        'Outcome metrics',
        'Data actions',
      ]),
    );
    expect(readBack.headingStyleOutlineLevels).toEqual({
      'Heading 1': '0',
      'Heading 2': '1',
      'Heading 3': '2',
    });
  });

  it('opens with a cover and a table of contents field', () => {
    expect(headings(readBack, 'Title')).toEqual([sample.meta.title]);
    expect(headings(readBack, 'Subtitle')).toEqual(['Action plan']);
    expect(readBack.bodyFieldCodes[0]).toMatch(/^TOC /);
    expect(readBack.allText).toContain('Harbour Mutual Insurance');
    expect(readBack.allText).toContain('Priya Raman');
  });

  it('embeds the three canvas pictures', () => {
    expect(readBack.inlineShapes).toBe(3);
  });

  it('puts the data sources on landscape pages and numbers every page', () => {
    expect(readBack.sections.map((section) => section.orientation)).toEqual([
      'portrait',
      'landscape',
      'portrait',
    ]);
    for (const section of readBack.sections) {
      expect(section.headerText).toContain(sample.meta.title);
      expect(section.footerFields).toEqual(['PAGE', 'NUMPAGES']);
      expect(section.footerText).toContain('Page');
    }
  });

  it('leaves out the facilitator’s private notes', () => {
    expect(sample.facilitatorNotes).not.toBe('');
    const everything = JSON.stringify(readBack);
    for (const sentence of sample.facilitatorNotes.split(/(?<=\.)\s+/)) {
      expect(everything).not.toContain(sentence.slice(0, 40));
    }
  });

  it('writes the same actions to the CSV', () => {
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('\uFEFFTitle,Owner,Due date,Scaling killer,Priority,Status,Notes');
    expect(lines).toHaveLength(sample.actions.length + 2);
  });
});

describe('the Word action plan of a fresh workshop', () => {
  let folder: ReturnType<typeof makeTemporaryDirectory>;

  beforeAll(() => {
    folder = makeTemporaryDirectory('readyroom-readback-fresh-');
  });
  afterAll(() => folder.remove());

  it('exports fine, leaving out the parts nobody has filled in yet', async () => {
    const fresh = createWorkshopFromTemplate({
      title: 'Invoice matching pilot',
      now: new Date('2025-05-02T09:00:00Z'),
    });
    const workshopPath = path.join(folder.path, 'fresh.readyroom');
    const docxPath = path.join(folder.path, 'fresh.docx');
    writeFileSync(workshopPath, serialiseWorkshop(fresh));

    await runExportCommand([workshopPath, '--docx', docxPath]);
    const readBack = await readDocxWithPython(docxPath);

    expect(headings(readBack, 'Title')).toEqual(['Invoice matching pilot']);
    expect(headings(readBack, 'Heading 1')).toEqual(['The answer first', 'Executive summary', 'Appendix']);
    expect(headings(readBack, 'Heading 2')).toEqual(['The plan in numbers', 'Agenda, planned and actual']);
    const [answer, summary] = headings(readBack, 'Verdict');
    expect(answer).toBe(
      `${computeVerdict(fresh).sentence} ${'No actions have been agreed yet: give every gap at least one action with an owner and a due date.'}`,
    );
    expect(summary).toBe(computeVerdict(fresh).sentence);
    expect(readBack.inlineShapes).toBe(0);
    expect(readBack.sections.map((section) => section.orientation)).toEqual(['portrait']);
  }, 120_000);
});
