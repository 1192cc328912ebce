import { describe, expect, it } from 'vitest';
import { agendaRecord, agendaSummarySentence } from '../../../../shared/cockpit/agenda-logic';
import type { Workshop } from '../../../../shared/workshop';
import { bodyParagraphs, readZipEntries } from '../../../../test/export/docx-parts';
import { anAgendaStage, aWorkshop } from '../../../../test/fixtures/builders';
import { packActionPlan } from '../pack-action-plan';
import { buildActionPlan } from './action-plan';

const generatedAt = new Date('2026-11-25T12:00:00.000Z');
const at = (clock: string) => `2026-11-25T${clock}:00.000Z`;

async function appendixText(workshop: Workshop): Promise<string[]> {
  const docx = await packActionPlan(buildActionPlan(workshop, {}, { generatedAt, timeZone: 'UTC' }));
  const paragraphs = bodyParagraphs(readZipEntries(docx).get('word/document.xml')?.toString('utf8') ?? '');
  const start = paragraphs.findIndex((paragraph) => paragraph.text === 'Agenda, planned and actual');
  return paragraphs.slice(start).map((paragraph) => paragraph.text);
}

describe('the agenda in the appendix', () => {
  // A day run from the agenda rail alone: nobody pressed Start on the countdown.
  const workshop = aWorkshop({
    agenda: [
      anAgendaStage({
        title: 'Welcome',
        timeboxMinutes: 10,
        status: 'done',
        visits: [{ start: at('09:00'), end: at('09:12') }],
      }),
      anAgendaStage({
        title: 'Ownership',
        timeboxMinutes: 30,
        status: 'done',
        visits: [
          { start: at('09:12'), end: at('09:40') },
          { start: at('10:30'), end: at('10:35') },
        ],
      }),
      anAgendaStage({
        title: 'Data',
        timeboxMinutes: 35,
        status: 'done',
        visits: [{ start: at('09:40'), end: at('10:30') }],
        correctedMinutes: 45,
      }),
      anAgendaStage({ title: 'Close', timeboxMinutes: 10, status: 'skipped' }),
    ],
  });

  it('records every stage that was on, revisits added up and corrections kept', async () => {
    const text = await appendixText(workshop);

    expect(text).not.toContain('Not run');
    expect(text).toContain('12 min');
    expect(text).toContain('33 min');
    expect(text).toContain('45 min (corrected)');
  });

  it('sums the day exactly as the cockpit does', async () => {
    const sentence = agendaSummarySentence(agendaRecord(workshop.agenda, generatedAt));

    expect(sentence).toBe('Planned: 75 min. Took: 90 min.');
    expect(await appendixText(workshop)).toContain(sentence);
  });
});
