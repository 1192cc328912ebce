import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestWorkshop, type TestWorkshop } from '../../test/support/workshop-store';
import { presentationFor } from './presentation-sync';

describe('what the audience screen is sent', () => {
  let test: TestWorkshop;
  beforeEach(async () => {
    test = await openTestWorkshop('Claims pilot');
  });
  afterEach(() => test.dispose());

  function goTo(kind: string) {
    const stage = test.store.getState().workshop?.agenda.find((item) => item.kind === kind);
    if (stage === undefined) throw new Error(`No ${kind} stage.`);
    test.store.getState().goToStage(stage.id);
  }

  function answer(answers: Record<'ownership' | 'data' | 'buyIn' | 'metrics', 'yes' | 'partly' | 'no'>) {
    test.store.getState().editWorkshop((draft) => {
      for (const [id, value] of Object.entries(answers)) {
        draft.readiness.finalAnswers[id as keyof typeof answers].answer = value;
      }
    });
  }

  it('shows the verdict only once the facilitator shows it, with the gaps and their answers', () => {
    goTo('readiness');
    answer({ ownership: 'yes', data: 'partly', buyIn: 'yes', metrics: 'no' });
    expect(presentationFor(test.store.getState()).verdict).toBeNull();
    test.store.getState().showVerdict(true);
    expect(presentationFor(test.store.getState()).verdict).toEqual({
      kind: 'not-ready',
      gaps: [
        { questionId: 'data', answer: 'partly' },
        { questionId: 'metrics', answer: 'no' },
      ],
    });
    answer({ ownership: 'yes', data: 'yes', buyIn: 'yes', metrics: 'yes' });
    expect(presentationFor(test.store.getState()).verdict).toEqual({ kind: 'ready', gaps: [] });
  });

  it('stops showing the verdict when the facilitator moves on, and never an unfinished one', () => {
    goTo('readiness');
    test.store.getState().showVerdict(true);
    expect(presentationFor(test.store.getState()).verdict).toBeNull(); // no final answers yet
    answer({ ownership: 'yes', data: 'yes', buyIn: 'yes', metrics: 'yes' });
    goTo('actions');
    expect(presentationFor(test.store.getState()).verdict).toBeNull();
  });

  it('sends the framing of a projected canvas, and "fit all" for a newly shown one', () => {
    goTo('stakeholders');
    test.store.getState().presentCanvas('stakeholders');
    expect(presentationFor(test.store.getState()).canvasView).toBeNull();
    test.store.getState().moveCanvasView('zoomIn');
    expect(presentationFor(test.store.getState()).canvasView).toEqual({
      zoom: 1.5,
      centreX: 0.5,
      centreY: 0.5,
    });
    test.store.getState().presentCanvas('influenceGrid');
    expect(presentationFor(test.store.getState()).canvasView).toBeNull();
    test.store.getState().presentCanvas(null);
    expect(presentationFor(test.store.getState())).toMatchObject({ canvas: null, canvasView: null });
  });
});
