/** Test support for the phone page's views: a model in the room, and the view it renders. */
import { text } from '../../shared/text';
import type { PhoneRound, PhoneState } from '../../shared/voting/room-protocol';
import { buildView, type ParticipantModel } from './view';

/** A joined phone in the room, nothing open, changed by `phone` and `change`. */
export function roomModel(
  phone: Partial<PhoneState> = {},
  change: Partial<ParticipantModel> = {},
): ParticipantModel {
  return {
    phase: 'room',
    phone: { ok: true, namedVoting: false, joined: true, name: null, round: null, activity: null, ...phone },
    code: 'K7PX2M',
    sending: {},
    joining: false,
    ...change,
  };
}

/** Round 1 open on the phones, one question and nothing answered yet, changed by `change`. */
export function aPhoneRound(change: Partial<PhoneRound> = {}): PhoneRound {
  return {
    roundId: 'round-1',
    number: 1,
    mode: 'phones',
    status: 'open',
    openedAt: '2026-03-01T10:00:00.000Z',
    questions: [{ id: 'data', label: text('choice.question.data'), text: text('choice.questionText.data') }],
    myAnswers: {},
    askConfidence: false,
    myConfidence: {},
    results: null,
    ...change,
  };
}

/** The view of `model` in a detached element. */
export function renderView(model: ParticipantModel): HTMLElement {
  const container = document.createElement('div');
  container.append(...buildView(model));
  return container;
}
