import { cleanup, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { AGENDA_STAGE_KINDS } from '../../../shared/workshop/agenda';
import { openTestWorkshop } from '../../../test/support/workshop-store';
import { stageEditors, stagePrompts } from './index';

describe('stage registry', () => {
  afterEach(() => cleanup());

  it('has an editor for each stage kind this folder provides, and none for the others', () => {
    expect(Object.keys(stageEditors).sort()).toEqual(
      [
        'action-review',
        're-test',
        'actions',
        'close',
        'data',
        'metrics',
        'ownership',
        'readiness',
        'retrospective',
        'stakeholders',
        'welcome',
        'workflow',
      ].sort(),
    );
    expect(stageEditors.custom).toBeUndefined();
  });

  it('has a one-sentence prompt for the room for every stage kind', () => {
    for (const kind of AGENDA_STAGE_KINDS) {
      const prompt = stagePrompts[kind];
      expect(prompt.length).toBeGreaterThan(20);
      expect(prompt).toMatch(/^[A-Z].*[?.!]$/);
      expect(prompt.slice(0, -1)).not.toMatch(/[.?!] /);
    }
  });

  it('loads an editor on first use', async () => {
    const workshop = await openTestWorkshop();
    try {
      const Editor = stageEditors.close;
      if (Editor === undefined) throw new Error('no close editor');
      workshop.render(
        <Suspense fallback={<p>Loading…</p>}>
          <Editor />
        </Suspense>,
      );
      expect(await screen.findByRole('heading', { name: 'Open gaps' })).toBeTruthy();
    } finally {
      await workshop.dispose();
    }
  });
});
