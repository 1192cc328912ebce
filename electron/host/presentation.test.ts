import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatchHostCall } from '../../shared/host-api/dispatch';
import { makeTemporaryDirectory } from '../../test/support/temporary-directory';
import { createTestHost } from '../../test/support/test-host';
import type { Host } from './create-host';

const presented = {
  workshopTitle: 'Claims pilot',
  stage: { title: 'Ownership', kind: 'ownership', prompt: 'Who answers for it?', position: 3, count: 10 },
  show: { stage: true, timer: true },
  timer: { stageId: 'stage-1', durationMs: 1_800_000, runningSinceMs: 1_000, elapsedBeforeMs: 0 },
};

describe('presentation (what the audience screen shows)', () => {
  let directory: ReturnType<typeof makeTemporaryDirectory>;
  let host: Host;
  beforeEach(() => {
    directory = makeTemporaryDirectory();
    host = createTestHost(directory.path, { now: () => new Date(5_000) });
  });
  afterEach(async () => {
    await host.dispose();
    directory.remove();
  });

  it('keeps the latest presentation and tells every screen', async () => {
    const seen: unknown[] = [];
    host.events.subscribe((name, payload) => {
      if (name === 'presentation.onDidChange') seen.push(payload);
    });
    await dispatchHostCall(host.methods, 'presentation.set', presented);
    const expected = {
      ...presented,
      results: [],
      canvas: null,
      canvasView: null,
      verdict: null,
      activity: null,
      updatedAtMs: 5_000,
    };
    expect(await host.methods['presentation.get'](undefined)).toEqual(expected);
    expect(seen).toEqual([expected]);
  });

  it('refuses anything that could carry private notes', async () => {
    await expect(
      dispatchHostCall(host.methods, 'presentation.set', { ...presented, facilitatorNotes: 'private' }),
    ).rejects.toThrow(/fields ReadyRoom does not know: facilitatorNotes/);
    await expect(
      dispatchHostCall(host.methods, 'presentation.set', {
        ...presented,
        stage: { ...presented.stage, notes: 'x' },
      }),
    ).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  it('shows a canvas read-only, and refuses a card that carries a concern', async () => {
    const card = {
      type: 'stakeholder',
      id: 'ana',
      x: 10,
      y: 20,
      name: 'Ana Lopez',
      role: 'Claims team lead',
      team: 'Claims',
      kind: 'middle-manager',
      stance: 'sceptic',
      impact: 5,
      influence: 3,
      isCoDesigner: true,
    };
    const canvas = { canvas: 'stakeholders', title: 'Stakeholder map', nodes: [card], edges: [] };
    const shown = await dispatchHostCall(host.methods, 'presentation.set', { ...presented, canvas });
    expect(shown).toMatchObject({ canvas });
    await expect(
      dispatchHostCall(host.methods, 'presentation.set', {
        ...presented,
        canvas: { ...canvas, nodes: [{ ...card, concerns: 'Worried about losing the team' }] },
      }),
    ).rejects.toMatchObject({ code: 'invalid-argument' });
  });

  it('leaves opening the audience screen to the page in the browser shell', async () => {
    expect(await host.methods['presentation.openAudienceScreen'](undefined)).toBe(false);
    expect(await host.methods['presentation.swapDisplays'](undefined)).toBe(false);
  });

  it('shows the verdict with its gaps, and refuses one that could carry words of its own', async () => {
    const verdict = { kind: 'not-ready', gaps: [{ questionId: 'data', answer: 'partly' }] };
    const canvasView = { zoom: 2, centreX: 0.25, centreY: 0.5 };
    expect(
      await dispatchHostCall(host.methods, 'presentation.set', { ...presented, verdict, canvasView }),
    ).toMatchObject({ verdict, canvasView });
    await expect(
      dispatchHostCall(host.methods, 'presentation.set', {
        ...presented,
        verdict: { ...verdict, note: 'Only the sponsor knows' },
      }),
    ).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});
