import type { ParticipantModel } from './view';

/** What the phone page's actions (ballots, notes, dots) need from the page around them. */
export interface PageHooks {
  model(): ParticipantModel;
  /** Changes the model and rebuilds the view if what it shows changed. */
  update(change: Partial<ParticipantModel>): void;
  /** Says something to everyone, screen readers included. */
  announce(message: string): void;
  /** The device token, or null before joining. */
  token(): string | null;
  /** A request failed: says why (`offline` when the room was not reached), forgets a refused token, fetches the state again. */
  failed(error: unknown, offline: string): void;
  /** Moves the keyboard focus to the element `selector` finds in the view. */
  focus(selector: string): void;
}
