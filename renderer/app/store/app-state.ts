import type { StateCreator } from 'zustand';
import type { AppSlice } from './app-slice';
import type { DocumentSlice } from './document-slice';
import type { FocusSlice } from './focus-slice';
import type { LibrarySlice } from './library-slice';
import type { SessionSlice } from './session-slice';
import type { VotingSlice } from './voting-slice';
import type { SettingsSlice } from './settings-slice';
import type { FollowUpSlice } from '../../facilitator/follow-up/follow-up-slice';
import type { PortfolioSlice } from '../../facilitator/home/portfolio-slice';
import type { RoomActivitySlice } from '../../facilitator/room-activity/room-activity-slice';

/** The whole renderer store: one object combined from feature slices. */
export type AppState = AppSlice &
  SettingsSlice &
  DocumentSlice &
  LibrarySlice &
  SessionSlice &
  VotingSlice &
  FocusSlice &
  FollowUpSlice &
  PortfolioSlice &
  RoomActivitySlice;

/** A slice creator typed against the combined state, as in the zustand slices pattern. */
export type AppSliceCreator<Slice> = StateCreator<AppState, [], [], Slice>;
