import { lazy, Suspense, useEffect, useState } from 'react';
import { formatClock, isRunning, remainingMs } from '../../shared/cockpit/stage-timer';
import type { Presentation } from '../../shared/host-api/presentation-contract';
import { getHost } from '../bridge';
import { AppLogo } from '../app/components/app-logo';
import { StartupError } from '../app/components/startup-error';
import { useAppStore } from '../app/store/store-context';
import { useAppliedTheme } from '../app/use-applied-theme';
import { useNow } from '../app/use-now';
import { AudienceVoting } from './audience-voting';

// React Flow loads only when the facilitator shows a canvas.
const ReadOnlyCanvas = lazy(() =>
  import('../canvases/read-only-canvas').then((module) => ({ default: module.ReadOnlyCanvas })),
);

/** Follows what the facilitator presents, from the host's presentation state and its events. */
function usePresentation(): Presentation | null {
  const [presentation, setPresentation] = useState<Presentation | null>(null);
  useEffect(() => {
    const host = getHost();
    let active = true;
    const stop = host.events.on('presentation.onDidChange', (next) => setPresentation(next));
    void host.presentation.get().then((initial) => {
      if (active) setPresentation((current) => current ?? initial);
    });
    return () => {
      active = false;
      stop();
    };
  }, []);
  return presentation;
}

function AudienceTimer({ timer }: { timer: NonNullable<Presentation['timer']> }) {
  const now = useNow(250, isRunning(timer));
  const remaining = remainingMs(timer, now);
  const overtime = remaining < 0 || (remaining === 0 && isRunning(timer));
  return (
    <p
      className={`audience__timer${overtime ? ' audience__timer--overtime' : ''}`}
      aria-label="Time left in this stage"
    >
      {overtime ? 'Time is up' : formatClock(remaining)}
    </p>
  );
}

/**
 * The screen projected for the room. Read-only, and it never shows facilitator notes: the
 * presentation it renders has no field that could carry them.
 */
export function AudienceApp() {
  const startupError = useAppStore((state) => state.startupError);
  const theme = useAppStore((state) => state.settings?.theme);
  const presentation = usePresentation();
  useAppliedTheme(theme === 'system' || theme === undefined ? 'projector' : theme);
  if (startupError !== null) return <StartupError message={startupError} />;
  const stage = presentation?.show.stage ? presentation.stage : null;
  return (
    <main className="audience">
      <div className="audience__header">
        <AppLogo />
        {presentation?.workshopTitle ? (
          <span className="audience__workshop">{presentation.workshopTitle}</span>
        ) : null}
      </div>
      {stage !== null ? (
        <>
          <p className="audience__position">
            Stage {stage.position} of {stage.count}
          </p>
          <h1 className="audience__title">{stage.title}</h1>
          <p className="audience__subtitle">{stage.prompt}</p>
        </>
      ) : (
        <>
          <h1 className="audience__title">Welcome</h1>
          <p className="audience__subtitle">The session will start in a moment.</p>
        </>
      )}
      {presentation?.stage?.kind === 'readiness' ? <AudienceVoting results={presentation.results} /> : null}
      {presentation !== null && presentation.canvas !== null ? (
        <section className="audience__canvas" aria-label={presentation.canvas.title}>
          <Suspense
            fallback={
              <p className="audience__subtitle">Drawing the {presentation.canvas.title.toLowerCase()}…</p>
            }
          >
            <ReadOnlyCanvas graph={presentation.canvas} />
          </Suspense>
        </section>
      ) : null}
      {presentation?.show.timer && presentation.timer !== null ? (
        <AudienceTimer timer={presentation.timer} />
      ) : null}
    </main>
  );
}
