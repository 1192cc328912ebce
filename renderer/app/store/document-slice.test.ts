import { existsSync, readFileSync, renameSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestHostWithStores, type TestHostWithStores } from '../../../test/support/workshop-store';
import { anAction, aRisk, aStakeholder } from '../../../test/fixtures/builders';
import { startAutosave } from '../autosave';
import { redo, undo, UNDO_GROUP_MS, type AppStore } from './create-app-store';

const FAST = { afterEditMs: 10, retryMs: 60_000 };

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('document slice over a real host', () => {
  let stores: TestHostWithStores;
  let store: AppStore;

  const newStore = (sessionId: string) => stores.startStore(sessionId);

  beforeEach(async () => {
    stores = createTestHostWithStores();
    store = await newStore('session-one-1234');
  });
  afterEach(() => stores.dispose());

  it('creates a workshop from the template and autosaves an edit to disk', async () => {
    expect(await store.getState().createWorkshop('Claims pilot')).toBe(true);
    const path = store.getState().openFile?.path ?? '';
    expect(store.getState().workshop?.agenda.length).toBe(10);
    const stop = startAutosave(store, FAST);
    store.getState().editWorkshop((draft) => {
      draft.meta.organisation = 'Northwind';
    });
    expect(store.getState().saveStatus).toBe('dirty');
    await until(() => store.getState().saveStatus === 'saved');
    expect(JSON.parse(readFileSync(path, 'utf8')).meta.organisation).toBe('Northwind');
    await stop();
  });

  it('whatever removes a record, the plan stops pointing at it, in the same undo step', async () => {
    await store.getState().createWorkshop('Links');
    await new Promise((resolve) => setTimeout(resolve, UNDO_GROUP_MS + 50));
    const bea = aStakeholder({ name: 'Bea' });
    const action = anAction({ title: 'Feed the model nightly' });
    const risk = aRisk({
      title: 'Bea works around it',
      source: { kind: 'stakeholder', stakeholderId: bea.id },
      mitigatingActionId: action.id,
    });
    store.getState().editWorkshop((draft) => {
      draft.stakeholders.push(bea);
      draft.risks.push(risk);
      draft.actions.push({
        ...action,
        addresses: [
          { kind: 'gap', questionId: 'data' },
          { kind: 'stakeholder', stakeholderId: bea.id },
          { kind: 'risk', riskId: risk.id },
        ],
      });
    });
    await new Promise((resolve) => setTimeout(resolve, UNDO_GROUP_MS + 50));

    // A removal that knows nothing of the plan, as a canvas's delete or a pasted list is.
    store.getState().editWorkshop((draft) => {
      draft.stakeholders = draft.stakeholders.filter((stakeholder) => stakeholder.id !== bea.id);
    });
    const planned = () => store.getState().workshop?.actions.find((item) => item.id === action.id);
    expect(planned()?.addresses).toEqual([
      { kind: 'gap', questionId: 'data' },
      { kind: 'risk', riskId: risk.id },
    ]);
    expect(store.getState().workshop?.risks[0]?.source).toEqual({ kind: 'manual' });
    expect(store.getState().workshop?.risks[0]?.title).toBe('Bea works around it');
    await new Promise((resolve) => setTimeout(resolve, UNDO_GROUP_MS + 50));

    store.getState().editWorkshop((draft) => {
      draft.actions = draft.actions.filter((item) => item.id !== action.id);
    });
    expect(store.getState().workshop?.risks[0]?.mitigatingActionId).toBeNull();

    undo(store);
    expect(store.getState().workshop?.risks[0]?.mitigatingActionId).toBe(action.id);
    undo(store);
    expect(planned()?.addresses.map((link) => link.kind)).toEqual(['gap', 'stakeholder', 'risk']);
    expect(store.getState().workshop?.risks[0]?.source).toEqual({
      kind: 'stakeholder',
      stakeholderId: bea.id,
    });
  });

  it('groups quick edits into one undo step and keeps separate steps apart', async () => {
    await store.getState().createWorkshop('Undo');
    const setLocation = (value: string) =>
      store.getState().editWorkshop((draft) => {
        draft.meta.location = value;
      });
    setLocation('R');
    setLocation('Ro');
    setLocation('Room');
    await new Promise((resolve) => setTimeout(resolve, UNDO_GROUP_MS + 50));
    setLocation('Room 4');
    undo(store);
    expect(store.getState().workshop?.meta.location).toBe('Room');
    expect(store.getState().saveStatus).toBe('dirty');
    undo(store);
    expect(store.getState().workshop?.meta.location).toBe('');
    undo(store); // nothing earlier than the opened file
    expect(store.getState().workshop).not.toBeNull();
    redo(store);
    redo(store);
    expect(store.getState().workshop?.meta.location).toBe('Room 4');
  });

  it('reports a failed save, keeps the edit, and saves on retry', async () => {
    await store.getState().createWorkshop('Retry');
    const path = store.getState().openFile?.path ?? '';
    const folder = path.slice(0, path.lastIndexOf('/'));
    store.getState().editWorkshop((draft) => {
      draft.meta.facilitator = 'Sam';
    });
    renameSync(folder, `${folder}-gone`);
    await store.getState().saveNow();
    expect(store.getState().saveStatus).toBe('failed');
    expect(store.getState().saveError).toMatch(/\S/);
    expect(store.getState().workshop?.meta.facilitator).toBe('Sam');
    renameSync(`${folder}-gone`, folder);
    await store.getState().saveNow();
    expect(store.getState().saveStatus).toBe('saved');
    expect(JSON.parse(readFileSync(path, 'utf8')).meta.facilitator).toBe('Sam');
  });

  it('never lets two windows silently overwrite each other', async () => {
    await store.getState().createWorkshop('Shared');
    const path = store.getState().openFile?.path ?? '';
    const other = await newStore('session-two-5678');
    expect(await other.getState().openWorkshop(path)).toBe(false);
    expect(other.getState().openProblem).toMatchObject({ kind: 'open-elsewhere' });

    expect(await other.getState().openWorkshop(path, { takeOver: true })).toBe(true);
    store.getState().editWorkshop((draft) => {
      draft.meta.title = 'Edited in the first window';
    });
    await store.getState().saveNow();
    expect(store.getState().saveStatus).toBe('conflict');
    expect(JSON.parse(readFileSync(path, 'utf8')).meta.title).toBe('Shared');
  });

  it('closing saves a pending edit first and releases the file', async () => {
    await store.getState().createWorkshop('Closing');
    const path = store.getState().openFile?.path ?? '';
    store.getState().editWorkshop((draft) => {
      draft.facilitatorNotes = 'Ask about the night shift.';
    });
    await store.getState().closeWorkshop();
    expect(store.getState().workshop).toBeNull();
    expect(JSON.parse(readFileSync(path, 'utf8')).facilitatorNotes).toBe('Ask about the night shift.');
    const other = await newStore('session-three-9999');
    expect(await other.getState().openWorkshop(path)).toBe(true);
    expect(existsSync(path)).toBe(true);
  });
});
