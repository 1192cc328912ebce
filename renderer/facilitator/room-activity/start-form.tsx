import { useId, useState, type ReactNode } from 'react';
import { ACTIVITY_LIMITS } from '../../../shared/host-api/voting-contract';
import { text } from '../../../shared/text';
import { FOCUS_PLACES } from '../../app/focus/focus-places';
import { useAppStore, useAppStoreApi } from '../../app/store/store-context';
import { selectOwnRound } from '../../app/store/voting-slice';
import { NumberField } from './number-field';

/** What every start form asks: the prompt on the phones and an optional time limit. */
export interface StartChoice {
  readonly prompt: string;
  readonly durationSeconds: number | null;
}

/** Minutes typed into the time limit, as seconds for the host; null for none (or under 10 s). */
function durationOf(minutes: string): number | null {
  if (minutes.trim() === '') return null;
  const seconds = Math.round(Number(minutes) * 60);
  return Number.isFinite(seconds) && seconds >= 10 ? Math.min(seconds, 3600) : null;
}

/**
 * The form that starts a writing round or a dot vote: its prompt, an optional time limit,
 * what else that kind needs (`children`), and the start button. A readiness round that is
 * open keeps it disabled (the room runs one thing at a time).
 */
export function StartForm({
  heading,
  promptLabel,
  placeholder,
  initialPrompt = '',
  hint,
  submitLabel,
  blocked = false,
  children,
  onStart,
}: {
  heading: string;
  promptLabel: string;
  placeholder?: string;
  initialPrompt?: string;
  hint?: ReactNode;
  submitLabel: string;
  blocked?: boolean;
  children?: ReactNode;
  onStart: (choice: StartChoice) => Promise<void>;
}) {
  const headingId = useId();
  const promptId = useId();
  const hintId = useId();
  const [prompt, setPrompt] = useState(initialPrompt);
  const [minutes, setMinutes] = useState('');
  const roundOpen = useAppStore((state) => selectOwnRound(state)?.status === 'open');
  const store = useAppStoreApi();
  return (
    <form
      className="room-activity__form"
      aria-labelledby={headingId}
      onSubmit={(event) => {
        event.preventDefault();
        if (prompt.trim() === '') return;
        void onStart({ prompt: prompt.trim(), durationSeconds: durationOf(minutes) }).then(() => {
          // Opened: focus goes to "Close", as it does for a readiness round.
          if (store.getState().votingError === null) {
            store.getState().requestFocus({ kind: 'opened', places: [FOCUS_PLACES.closeActivity] });
          }
        });
      }}
    >
      <h4 id={headingId}>{heading}</h4>
      <div className="field">
        <label htmlFor={promptId}>{promptLabel}</label>
        <input
          id={promptId}
          type="text"
          value={prompt}
          maxLength={ACTIVITY_LIMITS.promptLength}
          placeholder={placeholder}
          aria-describedby={hint === undefined ? undefined : hintId}
          onChange={(event) => setPrompt(event.target.value)}
        />
        {hint === undefined ? null : (
          <p id={hintId} className="hint">
            {hint}
          </p>
        )}
      </div>
      {children}
      <NumberField
        label={text('roomActivity.minutes')}
        value={minutes}
        min={1}
        max={60}
        onValueChange={setMinutes}
      />
      <button type="submit" className="button" disabled={prompt.trim() === '' || roundOpen || blocked}>
        {submitLabel}
      </button>
    </form>
  );
}
