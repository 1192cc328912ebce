import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { WorkflowLane, Workshop } from '../../../../shared/workshop';
import {
  aParticipant,
  aStakeholder,
  aWorkflowChange,
  aWorkflowStep,
  fixtureId,
} from '../../../../test/fixtures/builders';
import { openTestWorkshop, type TestWorkshop } from '../../../../test/support/workshop-store';
import { ChangeRecord, StepRecord } from './workflow-records';

function step(id: string, title: string, lane: WorkflowLane, order: number, team = '') {
  return aWorkflowStep({ id: fixtureId(id), title, lane, order, team });
}

describe('StepRecord and ChangeRecord', () => {
  let workshop: TestWorkshop;
  const onRemoved = vi.fn<() => void>();

  /**
   * Today: Intake → Check. With the AI: Triage → Review. Intake becomes Triage. Priya is in the
   * room; Ana and Ben (co-designers) and Cleo are on the stakeholder map.
   */
  beforeEach(async () => {
    workshop = await openTestWorkshop();
    onRemoved.mockReset();
    act(() => {
      workshop.store.getState().editWorkshop((draft) => {
        draft.participants = [aParticipant({ id: fixtureId('priya'), name: 'Priya Shah', role: 'Ops' })];
        draft.stakeholders = [
          aStakeholder({ id: fixtureId('cleo'), name: 'Cleo Park', role: 'Team lead' }),
          aStakeholder({ id: fixtureId('ben'), name: 'Ben Ode', role: '', isCoDesigner: true }),
          aStakeholder({ id: fixtureId('ana'), name: 'Ana Lopez', role: 'Claims lead', isCoDesigner: true }),
        ];
        draft.workflow.steps = [
          step('intake', 'Intake', 'current', 0, 'Claims'),
          step('check', 'Check', 'current', 1, 'Fraud'),
          step('triage', 'Triage', 'future', 0),
          step('review', 'Review', 'future', 1),
        ];
        draft.workflow.changes = [
          aWorkflowChange({
            id: fixtureId('intake-triage'),
            fromStepId: fixtureId('intake'),
            toStepId: fixtureId('triage'),
            affectedTeam: 'Claims',
          }),
        ];
        draft.layout.workflow.positions = {
          intake: { x: 40, y: 70 },
          check: { x: 300, y: 70 },
          triage: { x: 40, y: 390 },
          review: { x: 300, y: 390 },
        };
      });
    });
  });
  afterEach(() => workshop.dispose());

  const current = (): Workshop => {
    const open = workshop.store.getState().workshop;
    if (open === null) throw new Error('no workshop open');
    return open;
  };
  const stepById = (id: string) => current().workflow.steps.find((item) => item.id === id);
  const changeById = (id: string) => current().workflow.changes.find((item) => item.id === id);

  function change(control: HTMLElement, value: string): void {
    fireEvent.change(control, { target: { value } });
  }

  describe('StepRecord', () => {
    function renderStep(id: string): void {
      workshop.render(<StepRecord id={id} onRemoved={onRemoved} />);
    }

    it('writes the title, team and owner of the step, and the heading follows the title', () => {
      renderStep('check');
      expect(screen.getByRole('heading', { level: 3, name: 'Check' })).toBeTruthy();

      change(screen.getByRole('textbox', { name: 'Step' }), 'Check for fraud');
      change(screen.getByRole('textbox', { name: 'Team' }), 'Special investigations');
      change(screen.getByRole('combobox', { name: 'Owner' }), 'priya');
      expect(stepById('check')).toMatchObject({
        title: 'Check for fraud',
        team: 'Special investigations',
        owner: { kind: 'participant', participantId: 'priya' },
      });
      expect(screen.getByRole('heading', { level: 3, name: 'Check for fraud' })).toBeTruthy();

      change(screen.getByRole('combobox', { name: 'Owner' }), 'someone-else');
      change(screen.getByRole('textbox', { name: 'Their name (Owner)' }), 'Dana Reyes, SIU');
      expect(stepById('check')?.owner).toEqual({ kind: 'named', name: 'Dana Reyes, SIU' });

      change(screen.getByRole('textbox', { name: 'Step' }), ' ');
      expect(screen.getByRole('heading', { level: 3, name: 'Untitled step' })).toBeTruthy();
    });

    it('moves the step to the other lane, in its place left to right, dropping changes that no longer fit', () => {
      renderStep('intake');
      const lane = screen.getByRole('combobox', { name: 'Lane' });
      expect(
        within(lane)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Today', 'With the AI']);
      change(lane, 'future');

      const workflow = current().workflow;
      expect(stepById('intake')?.lane).toBe('future');
      // Keeps its place across the canvas, in the future lane.
      expect(current().layout.workflow.positions['intake']).toEqual({ x: 40, y: 390 });
      // Intake and Triage both sit at x 40, Review further right: Review runs last.
      expect(
        workflow.steps
          .filter((item) => item.lane === 'future')
          .map((item) => item.order)
          .sort((left, right) => left - right),
      ).toEqual([0, 1, 2]);
      expect(stepById('review')?.order).toBe(2);
      expect(stepById('check')).toMatchObject({ lane: 'current', order: 0 });
      // Intake → Triage no longer goes from today to the future.
      expect(workflow.changes).toEqual([]);
      expect((lane as HTMLSelectElement).value).toBe('future');
      // A future step cannot start a change.
      expect(screen.queryByRole('button', { name: 'Link as a change' })).toBeNull();
    });

    it('moves a future step back to today, between the steps on either side of it', () => {
      act(() => {
        workshop.store.getState().editWorkshop((draft) => {
          draft.layout.workflow.positions['review'] = { x: 170, y: 390 };
        });
      });
      renderStep('review');
      change(screen.getByRole('combobox', { name: 'Lane' }), 'current');
      expect(stepById('review')).toMatchObject({ lane: 'current', order: 1 });
      expect(stepById('check')).toMatchObject({ lane: 'current', order: 2 });
      expect(stepById('triage')).toMatchObject({ lane: 'future', order: 0 });
      expect(current().layout.workflow.positions['review']).toEqual({ x: 170, y: 70 });
      expect(screen.getByRole('button', { name: 'Link as a change' })).toBeTruthy();
    });

    it('links a step of today to the chosen step with the AI as a new change', () => {
      renderStep('check');
      const becomes = screen.getByRole('combobox', { name: 'With the AI, this step becomes…' });
      expect(
        within(becomes)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Triage', 'Review']);
      change(becomes, 'review');
      fireEvent.click(screen.getByRole('button', { name: 'Link as a change' }));
      expect(current().workflow.changes.at(-1)).toMatchObject({
        fromStepId: 'check',
        toStepId: 'review',
        affectedTeam: 'Fraud',
        status: 'proposed',
      });
      expect(current().workflow.changes).toHaveLength(2);

      // The same link again adds nothing.
      fireEvent.click(screen.getByRole('button', { name: 'Link as a change' }));
      expect(current().workflow.changes).toHaveLength(2);
    });

    it('links to the first step with the AI when none was chosen', () => {
      renderStep('check');
      fireEvent.click(screen.getByRole('button', { name: 'Link as a change' }));
      expect(current().workflow.changes.at(-1)).toMatchObject({ fromStepId: 'check', toStepId: 'triage' });
    });

    it('offers no link while there is no step with the AI', () => {
      act(() => {
        workshop.store.getState().editWorkshop((draft) => {
          draft.workflow.steps = draft.workflow.steps.filter((item) => item.lane === 'current');
          draft.workflow.changes = [];
        });
      });
      renderStep('intake');
      expect(screen.queryByRole('combobox', { name: 'With the AI, this step becomes…' })).toBeNull();
      expect(screen.queryByRole('button', { name: 'Link as a change' })).toBeNull();
    });

    it('removes the step with its changes and place, renumbers the lane and says so', () => {
      renderStep('intake');
      fireEvent.click(screen.getByRole('button', { name: 'Remove this step' }));
      expect(stepById('intake')).toBeUndefined();
      expect(stepById('check')?.order).toBe(0);
      expect(current().workflow.changes).toEqual([]);
      expect(current().layout.workflow.positions['intake']).toBeUndefined();
      expect(onRemoved).toHaveBeenCalledOnce();
      expect(screen.queryByRole('heading', { level: 3 })).toBeNull();
    });
  });

  describe('ChangeRecord', () => {
    function renderChange(): void {
      workshop.render(<ChangeRecord id="intake-triage" onRemoved={onRemoved} />);
    }

    it('is named after the steps it links', () => {
      renderChange();
      expect(screen.getByRole('heading', { level: 3, name: 'Intake → Triage' })).toBeTruthy();
    });

    it('writes every field of the change into the workshop', () => {
      renderChange();
      change(screen.getByRole('textbox', { name: 'What changes' }), 'The AI sorts claims on arrival');
      change(screen.getByRole('textbox', { name: 'Affected team' }), 'Claims intake');
      change(screen.getByRole('combobox', { name: 'Manager who co-designs it' }), 'ana');
      change(screen.getByRole('textbox', { name: 'Their concern' }), 'Loss of judgement');
      change(screen.getByRole('textbox', { name: 'How people might work around it' }), 'Re-sorting by hand');
      change(screen.getByRole('combobox', { name: 'Status' }), 'agreed');

      expect(changeById('intake-triage')).toEqual({
        id: 'intake-triage',
        fromStepId: 'intake',
        toStepId: 'triage',
        description: 'The AI sorts claims on arrival',
        affectedTeam: 'Claims intake',
        coDesignerStakeholderId: 'ana',
        concern: 'Loss of judgement',
        likelyWorkaround: 'Re-sorting by hand',
        status: 'agreed',
      });
      expect((screen.getByRole('combobox', { name: 'Status' }) as HTMLSelectElement).value).toBe('agreed');
    });

    it('lists nobody first, then the co-designers, then everyone else, each by name', () => {
      renderChange();
      const manager = screen.getByRole('combobox', { name: 'Manager who co-designs it' });
      expect(
        within(manager)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual([
        'Nobody yet',
        'Ana Lopez, Claims lead (co-designer)',
        'Ben Ode (co-designer)',
        'Cleo Park, Team lead',
      ]);
      expect((manager as HTMLSelectElement).value).toBe('nobody');

      change(manager, 'cleo');
      expect(changeById('intake-triage')?.coDesignerStakeholderId).toBe('cleo');
      change(manager, 'nobody');
      expect(changeById('intake-triage')?.coDesignerStakeholderId).toBeNull();
    });

    it('offers every status', () => {
      renderChange();
      const status = screen.getByRole('combobox', { name: 'Status' });
      expect(
        within(status)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Proposed', 'Agreed', 'Trialled', 'Adopted', 'Rejected']);
      for (const value of ['trialled', 'adopted', 'rejected', 'proposed'] as const) {
        change(status, value);
        expect(changeById('intake-triage')?.status).toBe(value);
      }
    });

    it('asks for the managers on the map first when there are none', () => {
      act(() => {
        workshop.store.getState().editWorkshop((draft) => {
          draft.stakeholders = [];
        });
      });
      renderChange();
      const manager = screen.getByRole('combobox', { name: 'Manager who co-designs it' });
      expect(
        within(manager)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual(['Nobody yet']);
      const hint = document.getElementById(manager.getAttribute('aria-describedby') ?? '');
      expect(hint?.textContent).toBe('Add the affected managers on the stakeholder map first.');
    });

    it('removes the change, leaving the steps, and says so', () => {
      renderChange();
      fireEvent.click(screen.getByRole('button', { name: 'Remove this change' }));
      expect(current().workflow.changes).toEqual([]);
      expect(current().workflow.steps).toHaveLength(4);
      expect(onRemoved).toHaveBeenCalledOnce();
    });
  });
});
