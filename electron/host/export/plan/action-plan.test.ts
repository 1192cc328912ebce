import { describe, expect, it } from 'vitest';
import { computeVerdict, createWorkshopFromTemplate, type Workshop } from '../../../../shared/workshop';
import {
  attribute,
  bodyParagraphs,
  childElements,
  descendants,
  NAMESPACES,
  parseXml,
  readZipEntries,
} from '../../../../test/export/docx-parts';
import { diagramPng } from '../../../../test/export/png-encoder';
import { buildSampleWorkshop } from '../../../../test/fixtures/build-sample-workshop';
import {
  aDataSource,
  aMetric,
  anAction,
  aParticipant,
  aReadiness,
  aWorkshop,
  fixtureId,
  participantOwner,
} from '../../../../test/fixtures/builders';
import { packActionPlan } from '../pack-action-plan';
import { buildActionPlan, buildPlanParts } from './action-plan';
import type { PlanPictures } from './pictures';

const generatedAt = new Date('2025-03-18T15:00:00.000Z');

async function exportParts(workshop: Workshop, pictures: PlanPictures = {}) {
  const docx = await packActionPlan(buildActionPlan(workshop, pictures, { generatedAt, timeZone: 'UTC' }));
  const entries = readZipEntries(docx);
  const documentXml = entries.get('word/document.xml')?.toString('utf8') ?? '';
  return { entries, documentXml, paragraphs: bodyParagraphs(documentXml) };
}

function headingsOf(paragraphs: readonly { style: string; text: string }[], level: 1 | 2) {
  return paragraphs
    .filter((paragraph) => paragraph.style === `Heading${level}`)
    .map((paragraph) => paragraph.text);
}

/** A style of `word/styles.xml` by id: its name and outline level (what makes it a heading to Word). */
function styleOf(stylesXml: string, id: string): { name?: string; outlineLevel?: string } {
  const { word } = NAMESPACES;
  const style = childElements(parseXml(stylesXml), word, 'style').find(
    (each) => attribute(each, word, 'styleId') === id,
  );
  if (style === undefined) return {};
  const [name] = childElements(style, word, 'name');
  const [outlineLevel] = descendants(style, word, 'outlineLvl');
  return {
    name: name === undefined ? undefined : attribute(name, word, 'val'),
    outlineLevel: outlineLevel === undefined ? undefined : attribute(outlineLevel, word, 'val'),
  };
}

function picture(): PlanPictures['dataMap'] {
  return { png: diagramPng(160, 100), width: 160, height: 100 };
}

describe('the action plan builder', () => {
  it('leaves out every part with nothing in it for a fresh workshop', async () => {
    const fresh = createWorkshopFromTemplate({ title: 'New pilot review', now: generatedAt });

    expect(buildPlanParts(fresh).map((part) => part.title)).toEqual([
      'The answer first',
      'Executive summary',
      'Appendix',
    ]);
    const { paragraphs } = await exportParts(fresh);
    expect(headingsOf(paragraphs, 1)).toEqual(['The answer first', 'Executive summary', 'Appendix']);
    expect(headingsOf(paragraphs, 2)).toEqual(['The plan in numbers', 'Agenda, planned and actual']);
  });

  it('has only the summary when the workshop has no agenda either', () => {
    expect(buildPlanParts(aWorkshop()).map((part) => part.title)).toEqual([
      'The answer first',
      'Executive summary',
    ]);
  });

  it('never leaves a heading without content under it', async () => {
    for (const workshop of [
      buildSampleWorkshop(),
      createWorkshopFromTemplate({ title: 'New', now: generatedAt }),
    ]) {
      const { paragraphs } = await exportParts(workshop);
      paragraphs.forEach((paragraph, index) => {
        const level = /^Heading(\d)$/.exec(paragraph.style)?.[1];
        if (level === undefined) return;
        const next = paragraphs[index + 1];
        const nextLevel = /^Heading(\d)$/.exec(next?.style ?? '')?.[1];
        expect(next, `"${paragraph.text}" is the last paragraph`).toBeDefined();
        expect(
          nextLevel === undefined || Number(nextLevel) > Number(level),
          `"${paragraph.text}" is empty`,
        ).toBe(true);
      });
    }
  });

  it('lists every part of a complete workshop in reading order, with data sources on landscape pages', async () => {
    const sample = buildSampleWorkshop();

    expect(buildPlanParts(sample).map((part) => [part.title, part.orientation])).toEqual([
      ['The answer first', 'portrait'],
      ['Executive summary', 'portrait'],
      ['Readiness test results', 'portrait'],
      ['Ownership', 'portrait'],
      ['Data sources', 'landscape'],
      ['Stakeholders and buy-in', 'portrait'],
      ['Workflow changes', 'portrait'],
      ['Metrics', 'portrait'],
      ['Risk register', 'landscape'],
      ['Action plan', 'portrait'],
      ['Who does what (RACI)', 'landscape'],
      ['Appendix', 'portrait'],
      ['Sign-off', 'portrait'],
    ]);
    // The roadmap is there when it has its picture, on the landscape pages of the risks.
    expect(
      buildPlanParts(sample, { roadmap: picture() }).map((part) => [part.title, part.orientation]),
    ).toEqual(expect.arrayContaining([['Roadmap', 'landscape']]));
    const { documentXml } = await exportParts(sample);
    expect(documentXml.match(/w:orient="landscape"/g)).toHaveLength(3);
  });

  it('states the verdict in the sentence computeVerdict gives', async () => {
    const cases: Workshop[] = [
      buildSampleWorkshop(),
      aWorkshop({ readiness: aReadiness({ ownership: 'yes', data: 'yes', buyIn: 'yes', metrics: 'yes' }) }),
      aWorkshop({
        readiness: aReadiness({ ownership: 'yes', data: 'yes', buyIn: 'yes', metrics: 'partly' }),
      }),
      aWorkshop({ readiness: aReadiness({ ownership: 'no' }) }),
    ];
    for (const workshop of cases) {
      const { paragraphs } = await exportParts(workshop);
      const [answer, summary, ...more] = paragraphs.filter((paragraph) => paragraph.style === 'Verdict');
      // The answer page opens with the verdict; the executive summary states it alone.
      expect(answer?.text.startsWith(`${computeVerdict(workshop).sentence} `)).toBe(true);
      expect(summary).toEqual({ style: 'Verdict', text: computeVerdict(workshop).sentence });
      expect(more).toEqual([]);
    }
    const ready = cases[1];
    expect(ready === undefined ? '' : computeVerdict(ready).sentence).toMatch(/^Ready to scale/);
  });

  it('never includes the facilitator’s private notes', async () => {
    const marker = 'PRIVATE-NOTE-7f3a: call Daniel this week';
    const { entries } = await exportParts({ ...buildSampleWorkshop(), facilitatorNotes: marker });

    for (const [name, content] of entries) {
      expect(content.toString('utf8').includes('PRIVATE-NOTE-7f3a'), name).toBe(false);
    }
  });

  it('resolves owners to names and marks a missing owner or due date as Not set', async () => {
    const aisha = aParticipant({ id: fixtureId('participant-aisha'), name: 'Aisha Khan' });
    const { paragraphs } = await exportParts(
      aWorkshop({
        participants: [aisha],
        actions: [
          anAction({
            title: 'Automate the photo feed',
            owner: participantOwner(aisha.id),
            dueDate: '2025-06-30',
            killer: 'data',
          }),
          anAction({ title: 'Find a sponsor', killer: 'ownership' }),
        ],
      }),
    );
    const texts = paragraphs.map((paragraph) => paragraph.text);
    const row = (title: string) => texts.slice(texts.indexOf(title), texts.indexOf(title) + 5);

    expect(row('Automate the photo feed')).toEqual([
      'Automate the photo feed',
      'Aisha Khan',
      '30 Jun 2025',
      'Medium',
      'Not started',
    ]);
    expect(row('Find a sponsor')).toEqual(['Find a sponsor', 'Not set', 'Not set', 'Medium', 'Not started']);
    expect(
      texts.some((text) =>
        text.startsWith('Still to agree: 1 action without an owner and 1 action without a due date'),
      ),
    ).toBe(true);
    expect(headingsOf(paragraphs, 2)).toEqual(expect.arrayContaining(['Ownership actions', 'Data actions']));
    expect(texts.indexOf('Ownership actions')).toBeLessThan(texts.indexOf('Data actions'));
  });

  it('leaves out a metrics layer with no metrics', async () => {
    const { paragraphs } = await exportParts(aWorkshop({ metrics: [aMetric({ layer: 'process' })] }));

    expect(headingsOf(paragraphs, 2)).toContain('Process metrics');
    expect(headingsOf(paragraphs, 2)).not.toContain('Outcome metrics');
  });

  it('embeds the pictures it is given, and a data map alone is enough for the data part', async () => {
    const withPictures = await exportParts(aWorkshop(), {
      dataMap: picture(),
      stakeholderMap: picture(),
      workflow: picture(),
    });
    const media = [...withPictures.entries.keys()].filter((name) => name.startsWith('word/media/'));

    expect(media.length).toBeGreaterThanOrEqual(1);
    expect(withPictures.documentXml.match(/<pic:pic /g)).toHaveLength(3);
    expect(headingsOf(withPictures.paragraphs, 1)).toEqual([
      'The answer first',
      'Executive summary',
      'Data sources',
      'Stakeholders and buy-in',
      'Workflow changes',
    ]);

    const without = await exportParts(aWorkshop({ dataSources: [aDataSource()] }));
    expect([...without.entries.keys()].some((name) => name.startsWith('word/media/'))).toBe(false);
  });

  it('uses Word’s own heading styles, a page header with the title and a "Page X of Y" footer', async () => {
    const { entries, paragraphs } = await exportParts(buildSampleWorkshop());
    const styles = entries.get('word/styles.xml')?.toString('utf8') ?? '';
    const footers = [...entries]
      .filter(([name]) => /^word\/footer\d+\.xml$/.test(name))
      .map(([, xml]) => xml.toString('utf8'));
    const headers = [...entries]
      .filter(([name]) => /^word\/header\d+\.xml$/.test(name))
      .map(([, xml]) => xml.toString('utf8'));

    expect(styleOf(styles, 'Heading1')).toEqual({ name: 'Heading 1', outlineLevel: '0' });
    expect(styleOf(styles, 'Heading2')).toEqual({ name: 'Heading 2', outlineLevel: '1' });
    expect(styleOf(styles, 'ReadyRoomTable').name).toBeDefined();
    expect(headingsOf(paragraphs, 1)).toContain('Action plan');
    expect(
      footers.some((xml) => xml.includes('PAGE') && xml.includes('NUMPAGES') && xml.includes('Page ')),
    ).toBe(true);
    expect(headers.some((xml) => xml.includes('Claims triage: from pilot to every personal line'))).toBe(
      true,
    );
  });
});
