/**
 * The room and the sponsor must read the same statements: each test here fills one workshop,
 * renders what the facilitator sees and builds the Word plan from the same document, then
 * compares the sentences word for word.
 */
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildActionPlan } from '../../../electron/host/export/plan/action-plan';
import { packActionPlan } from '../../../electron/host/export/pack-action-plan';
import type { Workshop } from '../../../shared/workshop';
import { anAction, fixtureId } from '../../../test/fixtures/builders';
import { bodyParagraphs, readZipEntries } from '../../../test/export/docx-parts';
import { openTestWorkshop, type TestWorkshop } from '../../../test/support/workshop-store';
import { AgendaRail } from '../cockpit/agenda-rail';
import { CloseStageEditor } from './close/close-stage-editor';
import { RetrospectiveStageEditor } from './retrospective/retrospective-stage-editor';

const NOW = new Date('2026-11-25T10:00:00.000Z');

async function planParagraphs(workshop: Workshop): Promise<string[]> {
  const docx = await packActionPlan(buildActionPlan(workshop, {}, { generatedAt: NOW, timeZone: 'UTC' }));
  const xml = readZipEntries(docx).get('word/document.xml')?.toString('utf8') ?? '';
  return bodyParagraphs(xml).map((paragraph) => paragraph.text);
}

/** The text a screen reader reads: without the decorative icons hidden from it. */
function spokenText(element: Element | null | undefined): string {
  if (element === null || element === undefined) return '';
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return copy.textContent ?? '';
}

describe('the app and the Word plan say the same', () => {
  let test: TestWorkshop;

  beforeEach(async () => {
    test = await openTestWorkshop('Claims triage');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await test.dispose();
  });

  const workshop = () => {
    const current = test.store.getState().workshop;
    if (current === null) throw new Error('a workshop is open');
    return current;
  };

  it('gives the agenda the same planned, so-far and forecast minutes in the cockpit and the appendix', async () => {
    test.store.getState().editWorkshop((draft) => {
      const [welcome, retrospective] = draft.agenda;
      if (welcome === undefined || retrospective === undefined) throw new Error('the template has stages');
      welcome.status = 'done';
      welcome.visits = [{ start: '2026-11-25T09:30:00.000Z', end: '2026-11-25T09:44:00.000Z' }];
      retrospective.status = 'active';
      retrospective.visits = [{ start: '2026-11-25T09:44:00.000Z', end: null }];
    });
    test.render(<AgendaRail />);
    const cockpit = screen.getByText(/^Planned: /).textContent ?? '';

    expect(cockpit).toBe('Planned: 270 min. So far: 30 min. On track for 274 min.');
    expect(await planParagraphs(workshop())).toContain(cockpit);
  });

  it('lists the same pilot conditions lost at scale, "partly" included', async () => {
    test.store.getState().editWorkshop((draft) => {
      const { conditions } = draft.retrospective;
      conditions.smallMotivatedTeam.vanishesAtScale = 'yes';
      conditions.curatedData.vanishesAtScale = 'yes';
      conditions.forgivingTimeline.vanishesAtScale = 'yes';
      conditions.closeSponsor.vanishesAtScale = 'partly';
    });
    test.render(<RetrospectiveStageEditor />);
    const app = screen.getByText(/pilot conditions will not hold at scale/).textContent ?? '';

    expect(app).toMatch(/^4 of 4 pilot conditions/);
    expect(app).toContain('a senior sponsor watching closely (partly)');
    expect(await planParagraphs(workshop())).toContain(`What will not hold at scale. ${app}`);
  });

  it('states the same verdict and the same gaps, with the same action counts', async () => {
    test.store.getState().editWorkshop((draft) => {
      const { finalAnswers } = draft.readiness;
      finalAnswers.ownership = { answer: 'yes', rationale: '' };
      finalAnswers.data = { answer: 'partly', rationale: '' };
      finalAnswers.buyIn = { answer: 'no', rationale: '' };
      finalAnswers.metrics = { answer: 'yes', rationale: '' };
      draft.actions.push(
        anAction({ id: fixtureId('action-1'), title: 'Map every source', killer: 'data', priority: 'high' }),
      );
    });
    test.render(<CloseStageEditor />);
    const plan = await planParagraphs(workshop());
    const verdict = screen.getByText(/^Not ready to scale yet/).textContent ?? '';
    // Each gap in the close stage: its heading, then what the plan does about it.
    const gapLines = screen
      .getAllByText(/\(final answer: /)
      .map((title) => `${title.textContent ?? ''} ${spokenText(title.parentElement?.lastElementChild)}`)
      .map((line) => line.replace(' Add one in the action plan.', ''));

    expect(plan).toContain(verdict);
    expect(gapLines).toEqual([
      'Buy-in (final answer: No). No action in the plan works on this gap yet.',
      'Data (final answer: Partly). 1 action in the plan works on this gap.',
    ]);
    for (const line of gapLines) {
      expect(plan.some((paragraph) => paragraph.startsWith(line))).toBe(true);
    }
  });
});
