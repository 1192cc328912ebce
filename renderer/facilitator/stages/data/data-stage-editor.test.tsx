import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { aTestWorkshopForEachTest } from '../../../../test/support/workshop-store';
import { DataStageEditor } from './data-stage-editor';

describe('DataStageEditor', () => {
  const workshop = aTestWorkshopForEachTest();
  const { store } = workshop;

  function renderEditor() {
    workshop.render(<DataStageEditor />);
  }

  const sources = () => store.getState().workshop?.dataSources ?? [];

  it('adds a source and writes each edit of its row into the workshop', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add data source' }));
    const system = screen.getByRole('textbox', { name: 'System of data source 1' });
    expect(document.activeElement).toBe(system);

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

  it('adds a row with Enter in the last system box and removes rows', () => {
    renderEditor();
    fireEvent.click(screen.getByRole('button', { name: 'Add data source' }));
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'System of data source 1' }), { key: 'Enter' });
    expect(sources()).toHaveLength(2);
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'System of data source 2' }));

    fireEvent.click(screen.getByRole('button', { name: 'Remove data source 2' }));
    expect(sources()).toHaveLength(1);
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
