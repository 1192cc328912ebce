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
    expect(
      readBack.paragraphs
        .filter((paragraph) => paragraph.style === 'Verdict')
        .map((paragraph) => paragraph.text),
    ).toEqual([verdict.sentence]);
  });

  it('uses Word’s real heading styles, with outline levels for the navigation pane', () => {
    expect(headings(readBack, 'Heading 1')).toEqual([
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
    expect(headings(readBack, 'Heading 1')).toEqual(['Executive summary', 'Appendix']);
    expect(headings(readBack, 'Heading 2')).toEqual(['The plan in numbers', 'Agenda, planned and actual']);
    expect(headings(readBack, 'Verdict')).toEqual([computeVerdict(fresh).sentence]);
    expect(readBack.inlineShapes).toBe(0);
    expect(readBack.sections.map((section) => section.orientation)).toEqual(['portrait']);
  }, 120_000);
});
