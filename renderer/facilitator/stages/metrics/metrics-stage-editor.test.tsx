import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aTestWorkshopForEachTest } from '../../../../test/support/workshop-store';
import { FocusKeeper } from '../../../app/focus/focus-keeper';
import { MetricsStageEditor } from './metrics-stage-editor';

describe('MetricsStageEditor', () => {
  const workshop = aTestWorkshopForEachTest();
  const { store } = workshop;

  function renderEditor() {
    workshop.render(
      <>
        <FocusKeeper />
        <MetricsStageEditor />
      </>,
    );
  }

  const metrics = () => store.getState().workshop?.metrics ?? [];

  it('adds a suggested metric once, then stops offering it', async () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add: Accuracy on production data' }));

    expect(metrics()).toEqual([
      expect.objectContaining({ layer: 'process', name: 'Accuracy on production data', unit: '%' }),
    ]);
    expect(screen.queryByRole('button', { name: 'Add: Accuracy on production data' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Add: Exception rate' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Metric' })));
  });

  it('offers outcome suggestions in the outcome section and asks for the CFO number', () => {
    renderEditor();
    const outcome = screen.getByRole('region', { name: /Outcome metrics/ });
    expect(
      within(outcome).getByText(/which one number, in revenue, cost or risk, will we show the CFO/),
    ).toBeTruthy();
    fireEvent.click(within(outcome).getByRole('button', { name: 'Add: Cost reduced' }));
    expect(metrics()).toEqual([expect.objectContaining({ layer: 'outcome', name: 'Cost reduced' })]);
  });

  it('says what a metric still lacks, and writes its fields into the workshop', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add a process metric' }));
    expect(
      screen.getByText(
        /Still missing: a name, a baseline \(measure it before rollout\), a target, an owner\./,
      ),
    ).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: 'Metric' }), {
      target: { value: 'Exception rate' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Baseline of Exception rate' }), {
      target: { value: '35' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Target of Exception rate' }), {
      target: { value: '15' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Unit of Exception rate' }), {
      target: { value: '%' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Review cadence of Exception rate' }), {
      target: { value: 'weekly' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Source of Exception rate' }), {
      target: { value: 'Review queue' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Definition of Exception rate' }), {
      target: { value: 'Cases sent to a person' },
    });
    expect(screen.getByText('Still missing: an owner.')).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Owner of Exception rate' }), {
      target: { value: 'someone-else' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Their name (Owner of Exception rate)' }), {
      target: { value: 'Quality lead' },
    });
    expect(screen.queryByText(/Still missing/)).toBeNull();

    expect(metrics()[0]).toMatchObject({
      name: 'Exception rate',
      baseline: '35',
      target: '15',
      unit: '%',
      cadence: 'weekly',
      source: 'Review queue',
      definition: 'Cases sent to a person',
      owner: { kind: 'named', name: 'Quality lead' },
    });
    // Renamed to a suggestion's name, the metric takes that suggestion off the list.
    expect(screen.queryByRole('button', { name: 'Add: Exception rate' })).toBeNull();
  });

  it('removes a metric', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add: Uptime' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove Uptime' }));
    expect(metrics()).toEqual([]);
    expect(screen.getByRole('button', { name: 'Add: Uptime' })).toBeTruthy();
  });

  it('marks a metric added from a suggestion as a suggestion until the room edits it', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add: Exception rate' }));
    const card = screen.getByRole('group', { name: 'Exception rate' });
    expect(within(card).getByText(/Suggested/)).toBeTruthy();

    fireEvent.change(within(card).getByRole('textbox', { name: 'Definition of Exception rate' }), {
      target: { value: 'Claims sent back to a handler, out of all claims the assistant sees.' },
    });
    expect(metrics()[0]?.fromSuggestion).toBeNull();
    expect(within(card).queryByText(/Suggested/)).toBeNull();
  });

  it('clears the suggested definition and unit when a suggested metric is renamed, and can put them back', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add: Time saved per workflow' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Metric' }), {
      target: { value: 'Invoice cycle time' },
    });

    expect(metrics()[0]).toMatchObject({
      name: 'Invoice cycle time',
      definition: '',
      unit: '',
      fromSuggestion: null,
    });
    fireEvent.click(screen.getByRole('button', { name: 'Keep the suggested definition and unit' }));
    expect(metrics()[0]).toMatchObject({
      name: 'Invoice cycle time',
      definition: expect.stringMatching(/^Working time saved each time the workflow runs/),
      unit: 'minutes per case',
    });
    expect(screen.queryByRole('button', { name: 'Keep the suggested definition and unit' })).toBeNull();
  });

  const names = () => screen.getAllByRole('textbox', { name: 'Metric' }) as HTMLInputElement[];

  /** Adds process metrics named `titles`, each time waiting for focus in the new name. */
  async function addProcessMetrics(...titles: string[]) {
    for (const [index, title] of titles.entries()) {
      fireEvent.click(screen.getByRole('button', { name: 'Add a process metric' }));
      await waitFor(() => expect(document.activeElement).toBe(names()[index]));
      fireEvent.change(names()[index] as HTMLInputElement, { target: { value: title } });
    }
  }

  it('after removing a metric, focuses the next one’s name, else the previous one’s, else the Add button', async () => {
    renderEditor();
    await addProcessMetrics('Uptime', 'Accuracy', 'Exceptions');
    fireEvent.click(screen.getByRole('button', { name: 'Remove Accuracy' }));
    await waitFor(() => expect(document.activeElement).toBe(names()[1]));
    expect(names()[1]?.value).toBe('Exceptions');

    fireEvent.click(screen.getByRole('button', { name: 'Remove Exceptions' }));
    await waitFor(() => expect(document.activeElement).toBe(names()[0]));
    expect(names()[0]?.value).toBe('Uptime');

    fireEvent.click(screen.getByRole('button', { name: 'Remove Uptime' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add a process metric' })),
    );
  });

  it('Escape in a field of a metric puts back what it held when the cursor came in', async () => {
    renderEditor();
    await addProcessMetrics('Uptime');
    const baseline = screen.getByRole('textbox', { name: 'Baseline of Uptime' }) as HTMLInputElement;
    baseline.focus();
    fireEvent.change(baseline, { target: { value: '97' } });
    fireEvent.change(baseline, { target: { value: '97.5' } });
    fireEvent.keyDown(baseline, { key: 'Escape' });
    expect(metrics()[0]?.baseline).toBe('');
    expect(baseline.value).toBe('');
  });
});
