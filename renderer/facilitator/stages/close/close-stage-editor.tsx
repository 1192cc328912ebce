import { useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ParkingLotItemId } from '../../../../shared/workshop/ids';
import { computeVerdict } from '../../../../shared/workshop/readiness-logic';
import { gapStatements } from '../../../../shared/workshop/statements';
import { READINESS_QUESTIONS, type Readiness } from '../../../../shared/workshop/readiness';
import { useAppStore } from '../../../app/store/store-context';
import { FOCUS_PLACES } from '../../../app/focus/focus-places';
import { useRecordList, type RecordListRules } from '../shared/record-list-focus';
import { StagePrompt } from '../shared/stage-prompt';
import '../stages.css';
import { text } from '../../../../shared/text';
import { QuietButton } from '../../../app/components/quiet-button';
import { StageSection } from '../shared/stage-section';
import { changeById, NO_ITEMS } from '../shared/use-workshop';

/** The focus place of the open parking lot's heading, where focus goes when the last topic is resolved. */
const PARKING_LOT_HEADING = 'open-parking-lot';

/**
 * The open parking lot: a topic leaves it when resolved, and focus goes to the next topic's
 * "Mark resolved", else the previous one's, else the heading.
 */
const PARKING_LOT: RecordListRules<ParkingLotItemId> = {
  emptyPlace: PARKING_LOT_HEADING,
  remove: (draft, id) => changeById(draft.parkingLot, id, (item) => void (item.resolved = true)),
  placesOf: (id) => [`${FOCUS_PLACES.record(id)} button`],
};

/** Close stage: what is still open (readiness gaps, parked topics) before everyone leaves. */
export function CloseStageEditor() {
  return (
    <div className="stage-editor">
      <StagePrompt>{text('stage.close.readOutThe')}</StagePrompt>
      <OpenGaps />
      <OpenParkingLot />
    </div>
  );
}

function OpenGaps() {
  const readiness = useAppStore((state): Readiness | undefined => state.workshop?.readiness);
  const actions = useAppStore((state) => state.workshop?.actions ?? NO_ITEMS);
  // The verdict and the gap lines are the same statements as the plan's executive summary.
  const verdict = useMemo(
    () => (readiness === undefined ? null : computeVerdict({ readiness })),
    [readiness],
  );
  const gaps = useMemo(
    () => (readiness === undefined ? [] : gapStatements({ readiness, actions })),
    [readiness, actions],
  );
  if (readiness === undefined || verdict === null) return null;

  return (
    <StageSection heading={text('stage.close.openGaps')}>
      <p className={`stage-verdict stage-verdict--${verdict.kind}`}>
        <span aria-hidden="true" className="stage-verdict__icon">
          {verdict.kind === 'ready' ? '✓' : verdict.kind === 'not-ready' ? '✗' : '…'}
        </span>
        <span>{verdict.sentence}</span>
      </p>
      {gaps.length === 0 ? (
        <p className="hint">{text('stage.close.noQuestionIs')}</p>
      ) : (
        <ul className="stage-gap-list">
          {gaps.map((gap) => (
            <li key={gap.id} className="stage-card">
              <p className="stage-card__title">{gap.heading}</p>
              <p className="stage-gap-list__question">
                {READINESS_QUESTIONS.find((candidate) => candidate.id === gap.id)?.text}
              </p>
              {gap.rationale === '' ? null : <p>{text('stage.close.why', { rationale: gap.rationale })}</p>}
              <p className={gap.actionCount === 0 ? 'stage-note' : 'hint'}>
                {gap.actionCount === 0 ? (
                  <>
                    <span aria-hidden="true" className="stage-note__icon">
                      !
                    </span>
                    <span>{text('stage.close.addOneInPlan', { actions: gap.actionsSentence })}</span>
                  </>
                ) : (
                  gap.actionsSentence
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      {verdict.unanswered.length === 0 ? null : (
        <p className="hint">
          {text('stage.close.stillUnanswered', {
            questions: verdict.unanswered
              .map((id) => READINESS_QUESTIONS.find((question) => question.id === id)?.label ?? id)
              .join(', '),
          })}
        </p>
      )}
    </StageSection>
  );
}

function OpenParkingLot() {
  const headingId = useId();
  const openIds = useAppStore(
    useShallow(
      (state) => state.workshop?.parkingLot.filter((item) => !item.resolved).map((item) => item.id) ?? [],
    ),
  );
  const resolvedCount = useAppStore(
    (state) => state.workshop?.parkingLot.filter((item) => item.resolved).length ?? 0,
  );
  const list = useRecordList(openIds, PARKING_LOT);

  return (
    <section className="panel stage-section" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1} data-focus-place={PARKING_LOT_HEADING}>
        {text('stage.close.parkingLotOpen')}
      </h3>
      {openIds.length === 0 ? (
        <p className="hint">
          {resolvedCount === 0 ? text('stage.close.nothingWasParked') : text('stage.close.everyParkedTopic')}
        </p>
      ) : (
        <ul className="stage-parking-list">
          {openIds.map((id) => (
            <OpenParkingLotItem key={id} id={id} onResolve={list.remove} />
          ))}
        </ul>
      )}
      {resolvedCount === 0 ? null : (
        <p className="hint">{text('stage.close.topicsResolved', { count: resolvedCount })}</p>
      )}
    </section>
  );
}

function OpenParkingLotItem({
  id,
  onResolve,
}: {
  id: ParkingLotItemId;
  onResolve: (id: ParkingLotItemId) => void;
}) {
  const topic = useAppStore((state) => state.workshop?.parkingLot.find((item) => item.id === id)?.text ?? '');
  return (
    <li className="stage-parking-list__item" data-record-id={id}>
      <span>{topic}</span>
      <QuietButton small onClick={() => onResolve(id)}>
        {text('stage.close.markResolved')}
        <span className="visually-hidden">: {topic}</span>
      </QuietButton>
    </li>
  );
}
