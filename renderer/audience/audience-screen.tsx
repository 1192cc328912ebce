import { lazy, Suspense } from 'react';
import { isRoomVotingStage } from '../../shared/voting/voting-stages';
import { formatClock, isRunning, remainingMs } from '../../shared/cockpit/stage-timer';
import type { Presentation } from '../../shared/host-api/presentation-contract';
import type { VotingState } from '../../shared/host-api/voting-contract';
import { AppLogo } from '../app/components/app-logo';
import { useNow } from '../app/use-now';
import { ActivityOpenView } from './audience-activity-open';
import { NotesView } from './audience-notes';
import { RankingView } from './audience-ranking';
import { ResultsView } from './audience-results';
import { VerdictView } from './audience-verdict';
import { JoinBlock, VotingView } from './audience-voting';
import './audience.css';
import { text } from '../../shared/text';

// React Flow loads only when the facilitator shows a canvas.
const ReadOnlyCanvas = lazy(() =>
  import('../canvases/read-only-canvas').then((module) => ({ default: module.ReadOnlyCanvas })),
);

/** Which of its views the audience screen shows. */
export type AudienceViewName =
  | 'welcome'
  | 'stage'
  | 'canvas'
  | 'voting'
  | 'results'
  | 'verdict'
  | 'writing'
  | 'dots'
  | 'notes'
  | 'ranking';

type OpenRoom = Extract<VotingState['room'], { status: 'open' }>;

/**
 * What the room should look at now, most specific first: a writing round or dot vote while
 * phones take part, the verdict once shown, an open round, a revealed activity the facilitator
 * shows, the revealed results, a projected canvas, else the stage itself.
 */
export function audienceView(
  presentation: Presentation | null,
  voting: VotingState | null,
): AudienceViewName {
  const stage = presentation?.show.stage ? presentation.stage : null;
  if (presentation === null || stage === null) return 'welcome';
  if (voting?.activity?.status === 'open') return voting.activity.kind === 'writing' ? 'writing' : 'dots';
  if (presentation.activity !== null && voting?.round?.status !== 'open') {
    return presentation.activity.kind;
  }
  if (isRoomVotingStage(stage.kind)) {
    if (presentation.verdict !== null) return 'verdict';
    if (voting?.round?.status === 'open') return 'voting';
    if (presentation.results.length > 0) return 'results';
  }
  if (presentation.canvas !== null) return 'canvas';
  return 'stage';
}

/**
 * How big the join block is: large while phones vote or before any round (people join ahead),
 * in the corner once no round is open, gone when the room is closed.
 */
function joinSize(view: AudienceViewName, voting: VotingState | null): 'large' | 'corner' | null {
  if (voting === null || voting.room.status !== 'open') return null;
  if (view === 'voting') return voting.round?.mode === 'phones' ? null : 'corner'; // the view has it
  if (view === 'writing' || view === 'dots') return null; // the view has it
  if (view === 'stage' && voting.round === null) return 'large';
  return 'corner';
}

function AudienceTimer({
  timer,
  size,
}: {
  timer: NonNullable<Presentation['timer']>;
  size: 'large' | 'small';
}) {
  const now = useNow(250, isRunning(timer));
  const remaining = remainingMs(timer, now);
  const overtime = remaining < 0 || (remaining === 0 && isRunning(timer));
  return (
    <p
      className={`audience__timer audience__timer--${size}${overtime ? ' audience__timer--overtime' : ''}`}
      aria-label={text('audience.timeLeftInStage')}
    >
      {overtime ? text('audience.timeIsUp') : formatClock(remaining)}
    </p>
  );
}

/** The stage the room is in: its title, its question and, large, its time left. */
function StageView({
  presentation,
  room,
  joinLarge,
}: {
  presentation: Presentation | null;
  room: OpenRoom | null;
  joinLarge: boolean;
}) {
  const stage = presentation?.show.stage ? presentation.stage : null;
  const timer = presentation?.show.timer ? presentation.timer : null;
  return (
    <div className={`audience-stage${joinLarge ? ' audience-stage--with-join' : ''}`}>
      <div className="audience-stage__text">
        {stage !== null ? (
          <>
            <p className="audience__position">
              {text('audience.stagePosition', { position: stage.position, count: stage.count })}
            </p>
            <h1 className="audience__title">{stage.title}</h1>
            <p className="audience__subtitle">{stage.prompt}</p>
          </>
        ) : (
          <>
            <h1 className="audience__title">{text('audience.welcome')}</h1>
            <p className="audience__subtitle">{text('audience.startingSoon')}</p>
          </>
        )}
        {timer !== null && stage !== null ? <AudienceTimer timer={timer} size="large" /> : null}
      </div>
      {joinLarge && room !== null ? <JoinBlock room={room} size="large" /> : null}
    </div>
  );
}

/** A canvas projected read-only, framed to fill the screen. */
function CanvasView({ presentation }: { presentation: Presentation & { canvas: object } }) {
  const graph = presentation.canvas;
  return (
    <section className="audience-canvas" aria-labelledby="audience-canvas-heading">
      <h1 id="audience-canvas-heading" className="audience-canvas__title">
        {graph.title}
      </h1>
      <div className="audience-canvas__frame">
        <Suspense
          fallback={
            <p className="audience__subtitle">
              {text('audience.drawingCanvas', { canvas: graph.title.toLowerCase() })}
            </p>
          }
        >
          <ReadOnlyCanvas graph={graph} projected={{ view: presentation.canvasView }} />
        </Suspense>
      </div>
    </section>
  );
}

/**
 * The screen projected for the room, sized by its container (CSS container units), so it fits
 * any screen without scrolling and draws the same in the cockpit's thumbnail. Read-only, and
 * it never shows facilitator notes: the presentation has no field that could carry them.
 */
export function AudienceScreen({
  presentation,
  voting,
  interactive,
}: {
  presentation: Presentation | null;
  voting: VotingState | null;
  /** False in the cockpit's thumbnail: nothing there listens to keys or can be clicked. */
  interactive: boolean;
}) {
  const view = audienceView(presentation, voting);
  const room = voting?.room.status === 'open' ? voting.room : null;
  const join = joinSize(view, voting);
  const stage = presentation?.show.stage ? presentation.stage : null;
  const timer = presentation?.show.timer ? presentation.timer : null;
  // One clock at a time: while a round counts down, the stage's timer stays off the screen.
  const countdownShown =
    (view === 'voting' && voting?.round?.closesAt != null) ||
    ((view === 'writing' || view === 'dots') && voting?.activity?.closesAt != null);
  return (
    <div className="audience" data-view={view} inert={!interactive}>
      <header className="audience__header">
        <AppLogo />
        {presentation?.workshopTitle ? (
          <span className="audience__workshop">{presentation.workshopTitle}</span>
        ) : (
          <span className="audience__workshop" />
        )}
        <div className="audience__header-end">
          {view !== 'stage' && stage !== null ? (
            <span className="audience__header-stage">
              {text('audience.stagePositionTitled', {
                position: stage.position,
                count: stage.count,
                title: stage.title,
              })}
            </span>
          ) : null}
          {view !== 'stage' && view !== 'welcome' && timer !== null && !countdownShown ? (
            <AudienceTimer timer={timer} size="small" />
          ) : null}
          {join === 'corner' && room !== null ? <JoinBlock room={room} size="corner" /> : null}
        </div>
      </header>
      <div className="audience__body">
        {(view === 'writing' || view === 'dots') && voting?.activity ? (
          <ActivityOpenView activity={voting.activity} room={room} />
        ) : view === 'notes' && presentation?.activity?.kind === 'notes' ? (
          <NotesView activity={presentation.activity} />
        ) : view === 'ranking' && presentation?.activity?.kind === 'ranking' ? (
          <RankingView activity={presentation.activity} />
        ) : view === 'verdict' && presentation?.verdict ? (
          <VerdictView verdict={presentation.verdict} />
        ) : view === 'voting' && voting?.round ? (
          <VotingView round={voting.round} room={room} interactive={interactive} />
        ) : view === 'results' && presentation !== null ? (
          <ResultsView results={presentation.results} />
        ) : view === 'canvas' && presentation?.canvas ? (
          <CanvasView presentation={{ ...presentation, canvas: presentation.canvas }} />
        ) : (
          <StageView presentation={presentation} room={room} joinLarge={join === 'large'} />
        )}
      </div>
    </div>
  );
}
