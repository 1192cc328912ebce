import { useEffect, useRef } from 'react';
import { formatClock, isRunning, newStageTimer, remainingMs } from '../../../shared/cockpit/stage-timer';
import { playTimeUpChime } from '../../app/alert-sound';
import { useAppStore } from '../../app/store/store-context';
import { useNow } from '../../app/use-now';
import { text } from '../../../shared/text';
import { QuietButton } from '../../app/components/quiet-button';

/** The current stage's countdown with start/pause, +1 and +5 minutes, and the alert at zero. */
export function StageTimerPanel() {
  const stageId = useAppStore((state) => state.currentStageId);
  const timebox = useAppStore(
    (state) => state.workshop?.agenda.find((stage) => stage.id === state.currentStageId)?.timeboxMinutes ?? 0,
  );
  const storedTimer = useAppStore((state) => (stageId === null ? undefined : state.timers[stageId]));
  const muted = useAppStore((state) => state.settings?.soundMuted ?? false);
  const toggleTimer = useAppStore((state) => state.toggleTimer);
  const extend = useAppStore((state) => state.extendCurrentTimer);
  const updateSettings = useAppStore((state) => state.updateSettings);
  const timer = storedTimer ?? (stageId === null ? null : newStageTimer(stageId, timebox));
  const running = timer !== null && isRunning(timer);
  const now = useNow(250, running);
  const remaining = timer === null ? 0 : remainingMs(timer, now);
  const overtime = remaining < 0 || (remaining === 0 && running);

  // One chime when a running countdown crosses zero (not again for the same stage).
  const chimedFor = useRef<string | null>(null);
  useEffect(() => {
    if (!overtime || !running || stageId === null || chimedFor.current === stageId) return;
    chimedFor.current = stageId;
    if (!muted) playTimeUpChime();
  }, [overtime, running, stageId, muted]);

  if (timer === null) return null;
  return (
    <section
      className={`stage-timer${overtime ? ' stage-timer--overtime' : ''}`}
      aria-label={text('cockpit.timer.stageTimer')}
    >
      <p className="stage-timer__clock" aria-live="off">
        <span className="visually-hidden">
          {overtime ? text('cockpit.timer.overTimeBy') : text('cockpit.timer.timeLeft')}
        </span>
        {formatClock(remaining)}
      </p>
      {overtime ? (
        <p className="stage-timer__alert" role="alert">
          {remaining < -999
            ? text('cockpit.timer.timeIsUpBy', { overtime: formatClock(-remaining) })
            : text('cockpit.timer.timeIsUp')}
        </p>
      ) : null}
      <div className="stage-timer__buttons">
        <button type="button" className="button" onClick={toggleTimer}>
          {running
            ? text('cockpit.timer.pause')
            : timer.elapsedBeforeMs > 0
              ? text('cockpit.timer.resume')
              : text('cockpit.timer.start')}
        </button>
        <QuietButton onClick={() => extend(1)}>{text('cockpit.timer.addOne')}</QuietButton>
        <QuietButton onClick={() => extend(5)}>{text('cockpit.timer.addFive')}</QuietButton>
        <label className="stage-timer__mute">
          <input
            type="checkbox"
            checked={muted}
            onChange={(event) => void updateSettings({ soundMuted: event.target.checked })}
          />
          {text('cockpit.timer.muteAlert')}
        </label>
      </div>
    </section>
  );
}
