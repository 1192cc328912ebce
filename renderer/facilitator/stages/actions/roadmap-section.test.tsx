import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anAction } from '../../../../test/fixtures/builders';
import { openTestWorkshop, type TestWorkshop } from '../../../../test/support/workshop-store';
import { FocusKeeper } from '../../../app/focus/focus-keeper';
import { RoadmapSection } from './roadmap-section';
import { SignOffSection } from './sign-off-section';

describe('RoadmapSection and SignOffSection', () => {
  let test: TestWorkshop;
  beforeEach(async () => {
    test = await openTestWorkshop();
    test.store.getState().editWorkshop((draft) => {
      draft.meta.date = '2025-03-18';
      draft.actions.push(
        anAction({ title: 'Automate the feed', killer: 'data', dueDate: '2025-04-10' }),
        anAction({ title: 'Agree the CFO number', killer: 'metrics' }),
      );
    });
    test.render(
      <>
        <FocusKeeper />
        <RoadmapSection />
        <SignOffSection />
      </>,
    );
  });
  afterEach(() => test.dispose());

  const workshop = () => test.store.getState().workshop;

  it('draws the same roadmap picture as the plan, with the go/no-go review set here', () => {
    expect(screen.getByRole('img', { name: /^Roadmap/i })).toBeTruthy();
    fireEvent.change(screen.getByLabelText(/^Go\/no-go review/), { target: { value: '2025-06-20' } });
    expect(workshop()?.milestones.goNoGoDate).toBe('2025-06-20');
    expect(screen.getByRole('img', { name: /^Roadmap/i }).textContent).toContain('A2');
  });

  it('adds a milestone with focus in its name, and removes it with focus back on Add milestone', async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Add milestone' }));
    const label = screen.getByRole('textbox', { name: 'Milestone 1' });
    await waitFor(() => expect(document.activeElement).toBe(label));
    fireEvent.change(label, { target: { value: 'Property trial starts' } });
    fireEvent.change(screen.getByLabelText('Date of milestone 1'), { target: { value: '2025-05-05' } });
    expect(workshop()?.milestones.others).toMatchObject([
      { label: 'Property trial starts', date: '2025-05-05' },
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Remove milestone 1' }));
    expect(workshop()?.milestones.others).toEqual([]);
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add milestone' })),
    );
  });

  it('records the sign-off: what the room agreed, the sponsor and the date', () => {
    fireEvent.change(screen.getByRole('textbox', { name: 'What the room agreed' }), {
      target: { value: 'Fix the data feeds first' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Sponsor' }), { target: { value: 'Helen Ward' } });
    fireEvent.change(screen.getByLabelText('Date of sign-off'), { target: { value: '2025-03-18' } });
    expect(workshop()?.signOff).toEqual({
      agreement: 'Fix the data feeds first',
      sponsorName: 'Helen Ward',
      date: '2025-03-18',
    });
  });
});
