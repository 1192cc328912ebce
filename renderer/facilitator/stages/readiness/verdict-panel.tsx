import { useMemo } from 'react';
import { text } from '../../../../shared/text';
import { computeVerdict } from '../../../../shared/workshop/readiness-logic';
import { useAppStore } from '../../../app/store/store-context';
import { questionLabel } from './readiness-labels';

/** The verdict from the final answers, and the button that shows it on the audience screen. */
export function VerdictPanel() {
  const readiness = useAppStore((state) => state.workshop?.readiness);
  const verdict = useMemo(
    () => (readiness === undefined ? null : computeVerdict({ readiness })),
    [readiness],
  );
  const shown = useAppStore(
    (state) => state.currentStageId !== null && state.verdictShownStageId === state.currentStageId,
  );
  const showVerdict = useAppStore((state) => state.showVerdict);
  if (verdict === null) return null;
  return (
    <section className={`panel verdict verdict--${verdict.kind}`} aria-labelledby="verdict-heading">
      <h3 id="verdict-heading">{text('stage.readiness.verdict')}</h3>
      <p className="verdict__sentence">
        {verdict.kind === 'ready' ? '✅ ' : verdict.kind === 'not-ready' ? '⚠️ ' : '… '}
        {verdict.sentence}
      </p>
      {verdict.gaps.length > 0 ? (
        <>
          <p>{text('stage.readiness.gapsThatNeed')}</p>
          <ul>
            {verdict.gaps.map((gap) => (
              <li key={gap}>{questionLabel(gap)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <button
        type="button"
        className="button"
        disabled={verdict.kind === 'incomplete' && !shown}
        onClick={() => showVerdict(!shown)}
      >
        {shown ? text('stage.readiness.hideTheVerdict') : text('stage.readiness.showTheVerdict')}
      </button>
      {verdict.kind === 'incomplete' ? <p className="hint">{text('stage.readiness.theRoomCan')}</p> : null}
    </section>
  );
}
