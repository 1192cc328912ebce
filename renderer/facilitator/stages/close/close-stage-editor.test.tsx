import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { newId, type ActionId, type ParkingLotItemId } from '../../../../shared/workshop/ids';
import { anAction } from '../../../../test/fixtures/builders';
import { aTestWorkshopForEachTest } from '../../../../test/support/workshop-store';
import { FocusKeeper } from '../../../app/focus/focus-keeper';
import { CloseStageEditor } from './close-stage-editor';

describe('CloseStageEditor', () => {
  const workshop = aTestWorkshopForEachTest();
  const { store } = workshop;

  function renderEditor() {
    workshop.render(
      <>
        <FocusKeeper />
        <CloseStageEditor />
      </>,
    );
  }

  function park(text: string, resolved = false) {
    store.getState().editWorkshop((draft) => {
      draft.parkingLot.push({
        id: newId<ParkingLotItemId>(),
        text,
        createdAt: new Date().toISOString(),
        resolved,
      });
    });
  }

  it('lists the verdict and each gap with its final answer, rationale and linked actions', () => {
    store.getState().editWorkshop((draft) => {
      draft.readiness.finalAnswers.ownership = { answer: 'yes', rationale: '' };
      draft.readiness.finalAnswers.data = { answer: 'no', rationale: 'Three feeds are exported by hand' };
      draft.readiness.finalAnswers.buyIn = { answer: 'partly', rationale: '' };
      draft.readiness.finalAnswers.metrics = { answer: 'yes', rationale: '' };
      draft.actions.push(
        anAction({
          id: newId<ActionId>(),
          title: 'Automate the claims feed',
          killer: 'data',
          priority: 'high',
        }),
      );
    });
    renderEditor();
    const gaps = screen.getByRole('region', { name: 'Open gaps' });

    expect(
      within(gaps).getByText(/^Not ready to scale yet: two questions are short of a yes \(data and buy-in\)/),
    ).toBeTruthy();
    const items = within(gaps).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toMatch(/Data \(final answer: No\)\./);
    expect(items[0]?.textContent).toMatch(/Why: Three feeds are exported by hand/);
    expect(items[0]?.textContent).toMatch(/1 action in the plan works on this gap/);
    expect(items[1]?.textContent).toMatch(/Buy-in \(final answer: Partly\)\./);
    expect(items[1]?.textContent).toMatch(
      /No action in the plan works on this gap yet\. Add one in the action plan\./,
    );
  });

  it('says which questions still need a final answer', () => {
    store.getState().editWorkshop((draft) => {
      draft.readiness.finalAnswers.metrics = { answer: 'no', rationale: '' };
    });
    renderEditor();
    const gaps = screen.getByRole('region', { name: 'Open gaps' });
    expect(within(gaps).getByText(/^No verdict yet: 3 questions still need a final answer/)).toBeTruthy();
    expect(within(gaps).getByText(/Still without a final answer: Ownership, Data, Buy-in\./)).toBeTruthy();
    expect(within(gaps).getByText(/Metrics \(final answer: No\)\./)).toBeTruthy();
  });

  it('lists open parking-lot items and marks one resolved', async () => {
    park('Budget for next year');
    park('Who trains new staff?');
    park('Already settled', true);
    renderEditor();
    const parking = screen.getByRole('region', { name: 'Parking lot: open topics' });
    expect(
      within(parking)
        .getAllByRole('listitem')
        .map((item) => item.firstChild?.textContent),
    ).toEqual(['Budget for next year', 'Who trains new staff?']);
    expect(within(parking).getByText(/1 topic already resolved/)).toBeTruthy();

    fireEvent.click(within(parking).getByRole('button', { name: 'Mark resolved: Budget for next year' }));

    expect(store.getState().workshop?.parkingLot.map((item) => [item.text, item.resolved])).toEqual([
      ['Budget for next year', true],
      ['Who trains new staff?', false],
      ['Already settled', true],
    ]);
    expect(within(parking).getAllByRole('listitem')).toHaveLength(1);
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(parking).getByRole('button', { name: 'Mark resolved: Who trains new staff?' }),
      ),
    );
  });

  it('after resolving the last open topic, focuses the previous one, and then the heading', async () => {
    park('Budget for next year');
    park('Who trains new staff?');
    renderEditor();
    const parking = screen.getByRole('region', { name: 'Parking lot: open topics' });
    fireEvent.click(within(parking).getByRole('button', { name: 'Mark resolved: Who trains new staff?' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(parking).getByRole('button', { name: 'Mark resolved: Budget for next year' }),
      ),
    );
    fireEvent.click(within(parking).getByRole('button', { name: 'Mark resolved: Budget for next year' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Parking lot: open topics' })),
    );
  });

  it('says so when nothing was parked', () => {
    renderEditor();
    expect(screen.getByText('Nothing was parked.')).toBeTruthy();
  });
});
