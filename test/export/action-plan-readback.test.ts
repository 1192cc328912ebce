/**
 * The Word action plan, end to end: the export command runs on a workshop file, and the
 * document it writes is read back with python-docx, an independent reader of the format.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  computeVerdict,
  planCodes,
  READINESS_QUESTIONS,
  riskBand,
  riskScore,
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
      roadmap: diagramPng(1600, 700, [31, 58, 95]),
      'risk-heat-map': diagramPng(1160, 830, [184, 58, 46]),
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

  const nameOf = (participantId: string) =>
    sample.participants.find((person) => person.id === participantId)?.name ?? '';

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
        `${planCodes(sample).actions.get(action.id) ?? ''} “${action.title}” (${owner ?? 'owner not set'}, due ${formatCalendarDate(action.dueDate, 'long')})`,
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
      'Risk register',
      'Roadmap',
      'Action plan',
      'Who does what (RACI)',
      'Appendix',
      'Sign-off',
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

  it('embeds the three canvas pictures, the risk heat map and the roadmap, each with its alt text', () => {
    expect(readBack.inlineShapes).toBe(5);
    expect(readBack.pictures.map((picture) => picture.title)).toEqual([
      'Data map: the sources the AI will use in production',
      expect.stringMatching(/^Stakeholder map/),
      expect.stringMatching(/^Workflow/),
      'Risk heat map: likelihood against impact, each risk by its code',
      'Roadmap: actions by due date and scaling killer, with the milestones',
    ]);
    const [heatMap, roadmap] = readBack.pictures.slice(3);
    const bands = sample.risks.map((risk) => riskBand(riskScore(risk)));
    const count = (band: string) => bands.filter((each) => each === band).length;
    expect(heatMap?.description).toBe(
      `Risk heat map of ${sample.risks.length} risks: ${count('red')} red, ${count('red-amber')} red-amber, ${count('amber')} amber, ${count('green')} green.`,
    );
    const dated = sample.actions.filter((action) => action.dueDate !== '').length;
    expect(roadmap?.description).toBe(
      `Roadmap of ${dated} dated actions from ${formatCalendarDate(sample.meta.date)}, by scaling killer; ${sample.actions.length - dated} not scheduled yet.`,
    );
  });

  it('puts the data sources on landscape pages and numbers every page', () => {
    expect(readBack.sections.map((section) => section.orientation)).toEqual([
      'portrait',
      'landscape', // data sources
      'portrait',
      'landscape', // risk register and roadmap
      'portrait',
      'landscape', // RACI matrix
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

  it('writes the same actions to the CSV, with their codes, RACI and links', () => {
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFCode,Title,Owner,Due date,Scaling killer,Priority,Status,Accountable,Responsible,Consulted,Informed,Addresses,Agreed in the room,Notes',
    );
    expect(lines).toHaveLength(sample.actions.length + 2);
    const codes = planCodes(sample).actions;
    for (const action of sample.actions) {
      const line = lines.find((each) => each.startsWith(`${codes.get(action.id) ?? ''},`));
      expect(line, action.title).toBeDefined();
      const accountable = action.raci.accountable;
      if (accountable?.kind === 'participant') expect(line).toContain(nameOf(accountable.participantId));
    }
  });

  it('has a RACI matrix with exactly one A per row and no person without a role', () => {
    const matrices = readBack.tables.filter(
      (table) => table.rows[0]?.[0] === 'Action' && table.rows[0].length > 1,
    );
    expect(matrices.length).toBeGreaterThan(0);
    const codes = planCodes(sample).actions;
    for (const matrix of matrices) {
      const [header = [], ...rows] = matrix.rows;
      const people = header.slice(1);
      // Every person shown has a role in some row.
      people.forEach((_person, column) =>
        expect(
          rows.some((row) => (row[column + 1] ?? '') !== ''),
          people[column],
        ).toBe(true),
      );
      for (const row of rows) {
        const letters = row.slice(1).flatMap((cell) => cell.split(', ').filter((letter) => letter !== ''));
        expect(
          letters.filter((letter) => letter === 'A'),
          row[0],
        ).toHaveLength(1);
        const action = sample.actions.find((each) => row[0]?.startsWith(`${codes.get(each.id) ?? ''} `));
        const accountable = action?.raci.accountable;
        expect(accountable?.kind).toBe('participant');
        if (accountable?.kind === 'participant') {
          expect(row[people.indexOf(nameOf(accountable.participantId)) + 1]).toContain('A');
        }
      }
    }
    const withAccountable = sample.actions.filter((action) => action.raci.accountable !== null);
    expect(matrices[0]?.rows.length).toBe(withAccountable.length + 1);
  });

  it('scores every risk as likelihood × impact and names its band in words', () => {
    const register = readBack.tables.find(
      (table) => table.rows[0]?.[0] === 'Code' && table.rows[0][1] === 'Risk',
    );
    const rows = register?.rows.slice(1) ?? [];
    const codes = planCodes(sample).risks;
    const bandWords = { green: 'Green', amber: 'Amber', 'red-amber': 'Red-amber', red: 'Red' } as const;
    expect(rows).toHaveLength(sample.risks.length);
    for (const risk of sample.risks) {
      const row = rows.find((each) => each[0] === codes.get(risk.id));
      expect(row?.slice(3, 7)).toEqual([
        String(risk.likelihood),
        String(risk.impact),
        String(risk.likelihood * risk.impact),
        bandWords[riskBand(risk.likelihood * risk.impact)],
      ]);
    }
    // The most serious first.
    const scores = rows.map((row) => Number(row[5]));
    expect(scores).toEqual([...scores].sort((first, second) => second - first));
  });

  it('shows every action’s links in both directions: under the action, under the gap or risk it addresses, and in the index of what the actions address', () => {
    const codes = planCodes(sample);
    const actionCells = readBack.tables
      .filter((table) => table.rows[0]?.[0] === '#' && table.rows[0][1] === 'Action')
      .flatMap((table) => table.rows.slice(1));
    const register = readBack.tables.find(
      (table) => table.rows[0]?.[0] === 'Code' && table.rows[0][1] === 'Risk',
    );
    const gapLines = new Map<string, string>();
    let heading = '';
    for (const paragraph of readBack.paragraphs) {
      if (paragraph.style === 'Heading 2') heading = paragraph.text;
      else if (paragraph.text.startsWith('Actions: ')) gapLines.set(heading, paragraph.text);
    }
    const addressedIndex = readBack.tables.find(
      (table) => table.rows[0]?.[0] === 'Addressed' && table.rows[0][1] === 'Actions',
    );
    const linked = sample.actions.filter((action) => action.addresses.length > 0);
    expect(
      new Set(linked.flatMap((action) => action.addresses.map((link) => link.kind))).size,
    ).toBeGreaterThan(2);
    expect(linked.length).toBeGreaterThan(3);
    for (const action of linked) {
      const code = codes.actions.get(action.id) ?? '';
      const cell = actionCells.find((row) => row[0] === code)?.[1] ?? '';
      const addresses = /Addresses: (.*)$/m.exec(cell)?.[1]?.split('; ') ?? [];
      expect(addresses, code).toHaveLength(action.addresses.length);
      // Every link, whatever it points at, is also in the index of what the actions address.
      for (const words of addresses) {
        const row = addressedIndex?.rows.find((each) => each[0] === words);
        expect(row?.[1]?.split(', '), `${words} lists ${code}`).toContain(code);
      }
      for (const link of action.addresses) {
        if (link.kind === 'gap') {
          const label = READINESS_QUESTIONS.find((question) => question.id === link.questionId)?.label ?? '';
          expect(addresses).toContain(`${label} gap`);
          expect(
            gapLines.get(label)?.replace('Actions: ', '').split(', '),
            `${label} lists ${code}`,
          ).toContain(code);
        }
        if (link.kind === 'risk') {
          const riskCode = codes.risks.get(link.riskId) ?? '';
          expect(addresses).toContain(`Risk ${riskCode}`);
          const riskCell = register?.rows.find((row) => row[0] === riskCode)?.[1] ?? '';
          expect(/Actions: (.*)$/m.exec(riskCell)?.[1]?.split(', '), `${riskCode} lists ${code}`).toContain(
            code,
          );
        }
      }
    }
  });

  it('ends with a sign-off page: what the room agreed, the actions agreed in the room, the sponsor, the date and a space to sign', () => {
    const last = readBack.paragraphs.findIndex(
      (paragraph) => paragraph.style === 'Heading 1' && paragraph.text === 'Sign-off',
    );
    const after = readBack.paragraphs.slice(last + 1);
    const codes = planCodes(sample).actions;

    expect(readBack.paragraphs.slice(last + 1).some((paragraph) => paragraph.style === 'Heading 1')).toBe(
      false,
    );
    expect(after.map((paragraph) => paragraph.text)).toEqual(
      expect.arrayContaining([
        'What the room agreed',
        sample.signOff.agreement.trim(),
        'Actions agreed in the room',
      ]),
    );
    for (const action of sample.actions.filter((each) => each.agreedInRoom)) {
      expect(after.map((paragraph) => paragraph.text)).toContain(
        `${codes.get(action.id) ?? ''} ${action.title}`,
      );
    }
    const signature = readBack.tables[readBack.tables.length - 1];
    expect(signature?.rows.map((row) => row[0])).toEqual(['Sponsor', 'Date', 'Signature']);
    expect(signature?.rows[0]?.[1]).toBe(sample.signOff.sponsorName);
    expect(signature?.rows[2]?.[1]).toBe('');
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
