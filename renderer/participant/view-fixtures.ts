/** Test support for the phone page's views: a model in the room, and the view it renders. */
import type { PhoneState } from '../../shared/voting/room-protocol';
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

/** The view of `model` in a detached element. */
export function renderView(model: ParticipantModel): HTMLElement {
  const container = document.createElement('div');
  container.append(...buildView(model));
  return container;
}
