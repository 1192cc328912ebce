import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aTestWorkshopForEachTest } from '../../../../test/support/workshop-store';
import { FocusKeeper } from '../../../app/focus/focus-keeper';
import { DataStageEditor } from './data-stage-editor';

describe('DataStageEditor', () => {
  const workshop = aTestWorkshopForEachTest();
  const { store } = workshop;

  function renderEditor() {
    workshop.render(
      <>
        <FocusKeeper />
        <DataStageEditor />
      </>,
    );
  }

  const sources = () => store.getState().workshop?.dataSources ?? [];

  it('adds a source and writes each edit of its row into the workshop', async () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add data source' }));
    const system = screen.getByRole('textbox', { name: 'System of data source 1' });
    await waitFor(() => expect(document.activeElement).toBe(system));

    fireEvent.change(system, { target: { value: 'Policy administration' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Owner of Policy administration' }), {
      target: { value: 'someone-else' },
    });
    fireEvent.change(
      screen.getByRole('textbox', { name: 'Owner of Policy administration: name of someone else' }),
      { target: { value: 'Dana Reyes' } },
    );
    fireEvent.click(
      screen.getByRole('checkbox', { name: /^Automated \(Policy administration feeds the AI/ }),
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Readiness of Policy administration' }), {
      target: { value: 'partial' },
    });

    expect(sources()).toEqual([
      expect.objectContaining({
        system: 'Policy administration',
        owner: { kind: 'named', name: 'Dana Reyes' },
        automated: true,
        readiness: 'partial',
      }),
    ]);
  });

  it('opens the details of a row to record the pilot-to-scale contrasts and the feed type', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add data source' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'System of data source 1' }), {
      target: { value: 'CRM' },
    });
    const toggle = screen.getByRole('button', { name: 'Details of CRM' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');

    fireEvent.change(screen.getByRole('textbox', { name: 'In the pilot (CRM: One source)' }), {
      target: { value: 'One export from March' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'At scale (CRM: Many connected systems)' }), {
      target: { value: 'CRM, billing and the call centre tool' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'How the data arrives from CRM' }), {
      target: { value: 'manual-export' },
    });

    expect(sources()[0]).toMatchObject({
      feedType: 'manual-export',
      contrasts: {
        singleVsMany: { pilot: 'One export from March', scale: 'CRM, billing and the call centre tool' },
      },
    });
  });

  const system = (position: number) =>
    screen.getByRole('textbox', { name: `System of data source ${position}` }) as HTMLInputElement;

  /** Adds sources named `names` and waits for the focus rule to reach the last one. */
  async function addSources(...names: string[]) {
    for (const [index, name] of names.entries()) {
      fireEvent.click(screen.getByRole('button', { name: 'Add data source' }));
      await waitFor(() => expect(document.activeElement).toBe(system(index + 1)));
      fireEvent.change(system(index + 1), { target: { value: name } });
    }
  }

  it('adds a row with Enter in the last system box and removes rows', async () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add data source' }));
    fireEvent.keyDown(system(1), { key: 'Enter' });
    expect(sources()).toHaveLength(2);
    await waitFor(() => expect(document.activeElement).toBe(system(2)));

    fireEvent.click(screen.getByRole('button', { name: 'Remove data source 2' }));
    expect(sources()).toHaveLength(1);
  });

  it('after removing a middle source, focuses the next one’s system; the last, the previous one’s', async () => {
    renderEditor();
    await addSources('CRM', 'ERP', 'Billing');
    fireEvent.click(screen.getByRole('button', { name: 'Remove ERP' }));
    await waitFor(() => expect(document.activeElement).toBe(system(2)));
    expect(system(2).value).toBe('Billing');

    fireEvent.click(screen.getByRole('button', { name: 'Remove Billing' }));
    await waitFor(() => expect(document.activeElement).toBe(system(1)));
    expect(system(1).value).toBe('CRM');
  });

  it('after removing the only source, focuses “Add data source”', async () => {
    renderEditor();
    await addSources('CRM');
    fireEvent.click(screen.getByRole('button', { name: 'Remove CRM' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add data source' })),
    );
  });

  it('Escape in a system box puts back what it held when the cursor came in', async () => {
    renderEditor();
    await addSources('CRM');
    system(1).blur();
    system(1).focus();
    fireEvent.change(system(1), { target: { value: 'CRM and billing' } });
    expect(sources()[0]?.system).toBe('CRM and billing');
    fireEvent.keyDown(system(1), { key: 'Escape' });
    expect(sources()[0]?.system).toBe('CRM');
    expect(system(1).value).toBe('CRM');
  });

  it('points out a source marked ready that is still fed by hand', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add data source' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'System of data source 1' }), {
      target: { value: 'ERP' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Readiness of ERP' }), {
      target: { value: 'ready' },
    });
    expect(screen.getByText(/Marked ready, but someone moves this data by hand/)).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /^Automated \(ERP feeds the AI/ }));
    expect(screen.queryByText(/Marked ready, but someone moves this data by hand/)).toBeNull();
  });
});
