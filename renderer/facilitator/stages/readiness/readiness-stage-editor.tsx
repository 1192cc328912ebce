import { useEffect, useId, useMemo, useState } from 'react';
import { computeVerdict, tallyRounds } from '../../../../shared/workshop/readiness-logic';
import {
  ANSWERS,
  QUESTION_IDS,
  READINESS_QUESTIONS,
  type Answer,
  type QuestionId,
  type VotingMode,
  VOTING_MODES,
} from '../../../../shared/workshop/readiness';
import { choiceLabels, text } from '../../../../shared/text';
import type { VotingRoundId } from '../../../../shared/workshop/ids';
import { ANSWER_LABELS, AnswerBars } from '../../../app/components/answer-bars';
import { JoinQrCode } from '../../../app/components/join-qr-code';
import { useAppStore } from '../../../app/store/store-context';
import {
  LOOPBACK_ADDRESS,
  REHEARSAL_PHONES,
  selectOtherWorkshopVoting,
  selectOwnRoom,
  selectOwnRound,
} from '../../../app/store/voting-slice';
import { StagePrompt } from '../shared/stage-prompt';

const MODE_LABELS = choiceLabels('votingMode', VOTING_MODES);
const MODE_SHORT_LABELS = choiceLabels('votingModeShort', VOTING_MODES);

function questionLabel(id: QuestionId): string {
  return READINESS_QUESTIONS.find((question) => question.id === id)?.label ?? id;
}

/** "28 of 30 phones connected, 2 reconnecting", or how many are connected when none dropped. */
export function describePresence(connected: number, reconnecting: number): string {
  const joined = connected + reconnecting;
  if (joined === 0) return text('voting.room.noPhonesYet');
  if (reconnecting === 0) return text('count.phonesConnected', { count: joined });
  return text('count.phonesConnectedOf', { count: joined, connected, reconnecting });
}

/** A room (or an unfinished round) of another workshop holds the voting service. */
function OtherWorkshopRoom() {
  const release = useAppStore((state) => state.releaseOtherWorkshopsRoom);
  return (
    <section className="panel voting-room" aria-labelledby="room-heading">
      <h3 id="room-heading">{text('voting.room.busyHeading')}</h3>
      <p>{text('voting.room.busyText')}</p>
      <button type="button" className="button" onClick={() => void release()}>
        {text('voting.room.busyClose')}
      </button>
    </section>
  );
}

function RoomCheckLine() {
  const roomCheck = useAppStore((state) => state.roomCheck);
  const checkVotingRoom = useAppStore((state) => state.checkVotingRoom);
  return (
    <p className="voting-room__check">
      <span role="status">{roomCheck === null ? text('voting.room.checking') : roomCheck.message}</span>{' '}
      <button type="button" className="button button--quiet" onClick={() => void checkVotingRoom()}>
        {text('voting.room.checkAgain')}
      </button>
    </p>
  );
}

function VotingRoomPanel() {
  const addressId = useId();
  const room = useAppStore(selectOwnRoom);
  const otherWorkshop = useAppStore(selectOtherWorkshopVoting);
  const addresses = useAppStore((state) => state.roomAddresses);
  const browserShell = useAppStore((state) => state.appInfo?.shell === 'browser');
  const openVotingRoom = useAppStore((state) => state.openVotingRoom);
  const closeVotingRoom = useAppStore((state) => state.closeVotingRoom);
  const checkVotingRoom = useAppStore((state) => state.checkVotingRoom);
  const [address, setAddress] = useState<string | null>(null);
  const [namedVoting, setNamedVoting] = useState(false);
  const chosen = address ?? addresses.find((item) => item.isPrivate)?.address ?? addresses[0]?.address ?? '';
  const roomKey = room === null ? null : `${room.address}:${room.port}`;
  // The pre-flight line: does the address answer, as a phone would reach it?
  useEffect(() => {
    if (roomKey !== null) void checkVotingRoom();
  }, [roomKey, checkVotingRoom]);

  if (room === null && otherWorkshop) return <OtherWorkshopRoom />;
  if (room !== null) {
    const loopback = room.address === LOOPBACK_ADDRESS;
    return (
      <section className="panel voting-room" aria-labelledby="room-heading">
        <h3 id="room-heading">
          {text(room.rehearsal ? 'voting.room.rehearsalHeading' : 'voting.room.openHeading')}
        </h3>
        {room.rehearsal ? (
          <p className="hint">
            {text('count.simulatedPhones', { count: REHEARSAL_PHONES })} {text('voting.room.rehearsalHint')}
          </p>
        ) : null}
        <div className="voting-room__join">
          <JoinQrCode url={room.joinUrl} size={160} />
          <div>
            <p>
              {text('voting.room.code')} <strong className="voting-room__code">{room.code}</strong>
            </p>
            <p>
              {text('voting.room.phonesOpen')} <span className="voting-room__url">{room.joinUrl}</span>
            </p>
            <p role="status">
              {describePresence(room.connectedDevices, room.reconnectingDevices)}
              {' · '}
              {text(room.namedVoting ? 'voting.room.named' : 'voting.room.anonymous')}
            </p>
            <RoomCheckLine />
          </div>
        </div>
        {loopback && !room.rehearsal ? <LoopbackWarning browserShell={browserShell} /> : null}
        <button type="button" className="button button--quiet" onClick={() => void closeVotingRoom()}>
          {text('voting.room.close')}
        </button>
      </section>
    );
  }
  const onlyLoopback = addresses.every((item) => item.address === LOOPBACK_ADDRESS);
  return (
    <section className="panel voting-room" aria-labelledby="room-heading">
      <h3 id="room-heading">{text('voting.room.closedHeading')}</h3>
      <p className="hint">{text('voting.room.closedHint')}</p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={addressId}>{text('voting.room.network')}</label>
          <select id={addressId} value={chosen} onChange={(event) => setAddress(event.target.value)}>
            {addresses.map((item) => (
              <option key={item.address} value={item.address}>
                {item.label}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={namedVoting}
            onChange={(event) => setNamedVoting(event.target.checked)}
          />
          {text('voting.room.askNames')}
        </label>
      </div>
      {onlyLoopback || chosen === LOOPBACK_ADDRESS ? <LoopbackWarning browserShell={browserShell} /> : null}
      <button
        type="button"
        className="button"
        disabled={chosen === ''}
        onClick={() => void openVotingRoom(chosen, namedVoting)}
        data-focus-place="open-voting-room"
      >
        {text('voting.room.open')}
      </button>
    </section>
  );
}

/** Phones cannot reach 127.0.0.1: say so before anyone hands out the link, and how to fix it. */
function LoopbackWarning({ browserShell }: { browserShell: boolean }) {
  return (
    <div className="notice notice--warning">
      <p>
        {browserShell
          ? text('voting.room.loopbackBrowser', { command: 'npm run serve -- --room-host 192.168.1.20' })
          : text('voting.room.loopbackDesktop')}
      </p>
    </div>
  );
}

function OpenRoundForm() {
  const modeId = useId();
  const durationId = useId();
  const roomOpen = useAppStore((state) => selectOwnRoom(state) !== null);
  const nextNumber = useAppStore(
    (state) =>
      (state.workshop?.readiness.rounds.reduce((highest, round) => Math.max(highest, round.number), 0) ?? 0) +
      1,
  );
  const openVotingRound = useAppStore((state) => state.openVotingRound);
  const [questions, setQuestions] = useState<readonly QuestionId[]>(QUESTION_IDS);
  const [mode, setMode] = useState<VotingMode>('phones');
  const [minutes, setMinutes] = useState('');
  const needsRoom = mode === 'phones' && !roomOpen;
  return (
    <form
      className="panel"
      aria-labelledby="round-heading"
      onSubmit={(event) => {
        event.preventDefault();
        const duration = minutes.trim() === '' ? null : Math.round(Number(minutes) * 60);
        void openVotingRound(questions, mode, duration !== null && duration >= 10 ? duration : null);
      }}
    >
      <h3 id="round-heading">{text('voting.round.heading', { number: String(nextNumber) })}</h3>
      <fieldset className="question-picker">
        <legend>{text('voting.round.questions')}</legend>
        {READINESS_QUESTIONS.map((question) => (
          <label key={question.id} className="checkbox-field">
            <input
              type="checkbox"
              checked={questions.includes(question.id)}
              onChange={(event) =>
                setQuestions(
                  event.target.checked
                    ? QUESTION_IDS.filter((id) => id === question.id || questions.includes(id))
                    : questions.filter((id) => id !== question.id),
                )
              }
            />
            <span>
              <strong>{question.label}:</strong> {question.text}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={modeId}>{text('voting.round.how')}</label>
          <select id={modeId} value={mode} onChange={(event) => setMode(event.target.value as VotingMode)}>
            {VOTING_MODES.map((option) => (
              <option key={option} value={option}>
                {MODE_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
        {mode === 'hands' ? null : (
          <div className="field">
            <label htmlFor={durationId}>{text('voting.round.countdown')}</label>
            <input
              id={durationId}
              type="number"
              min={1}
              max={60}
              value={minutes}
              onChange={(event) => setMinutes(event.target.value)}
            />
          </div>
        )}
      </div>
      {needsRoom ? <p className="hint">{text('voting.round.needsRoom')}</p> : null}
      <button type="submit" className="button" disabled={questions.length === 0 || needsRoom}>
        {text('voting.round.open', { number: String(nextNumber) })}
      </button>
    </form>
  );
}

function LiveRound() {
  const round = useAppStore(selectOwnRound);
  const closeVotingRound = useAppStore((state) => state.closeVotingRound);
  if (round === null || round.status !== 'open') return null;
  return (
    <section className="panel live-round" aria-labelledby="live-heading">
      <h3 id="live-heading">{text('voting.round.openHeading', { number: String(round.number) })}</h3>
      <p className="hint">
        {text(round.mode === 'keypad' ? 'voting.round.keypadHint' : 'voting.round.phonesHint')}
      </p>
      <ul className="live-round__counts" aria-live="polite">
        {round.questionIds.map((id) => (
          <li key={id}>
            {questionLabel(id)}: {text('count.votesIn', { count: round.ballotCounts[id] ?? 0 })}
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button"
        onClick={() => void closeVotingRound()}
        data-focus-place="close-round"
      >
        {text('voting.round.close', { number: String(round.number) })}
      </button>
    </section>
  );
}

function HandCountInputs({ roundId, questionIds }: { roundId: string; questionIds: readonly QuestionId[] }) {
  const handCounts = useAppStore((state) => state.workshop?.readiness.handCounts);
  const editWorkshop = useAppStore((state) => state.editWorkshop);
  return (
    <div className="hand-counts">
      {questionIds.map((questionId) => {
        const count = handCounts?.find((item) => item.roundId === roundId && item.questionId === questionId);
        return (
          <fieldset key={questionId}>
            <legend>{text('stage.readiness.handsRaised', { question: questionLabel(questionId) })}</legend>
            {ANSWERS.map((answer) => (
              <label key={answer} className="hand-counts__field">
                {ANSWER_LABELS[answer]}
                <input
                  type="number"
                  min={0}
                  max={10000}
                  value={count?.[answer] ?? 0}
                  onChange={(event) => {
                    const value = Math.max(0, Math.min(10000, Math.round(Number(event.target.value) || 0)));
                    editWorkshop((draft) => {
                      let target = draft.readiness.handCounts.find(
                        (item) => item.roundId === roundId && item.questionId === questionId,
                      );
                      if (target === undefined) {
                        target = { roundId: roundId as VotingRoundId, questionId, yes: 0, partly: 0, no: 0 };
                        draft.readiness.handCounts.push(target);
                      }
                      target[answer] = value;
                    });
                  }}
                />
              </label>
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}

function RoundResults() {
  const readiness = useAppStore((state) => state.workshop?.readiness);
  const liveRoundId = useAppStore((state) => {
    const round = selectOwnRound(state);
    return round?.status === 'open' ? round.roundId : null;
  });
  const revealVotingRound = useAppStore((state) => state.revealVotingRound);
  const tallies = useMemo(() => (readiness === undefined ? [] : tallyRounds(readiness)), [readiness]);
  const finished = tallies.filter((tally) => tally.round.id !== liveRoundId && tally.round.closedAt !== null);
  if (finished.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="results-heading">
      <h3 id="results-heading">{text('stage.readiness.results')}</h3>
      {finished.map(({ round, counts }) => (
        <div key={round.id} className="round-result" data-round-id={round.id}>
          <h4>
            {text('stage.readiness.roundHeading', {
              number: round.number,
              mode: MODE_SHORT_LABELS[round.mode],
            })}
          </h4>
          {round.mode === 'hands' ? (
            <HandCountInputs roundId={round.id} questionIds={round.questionIds} />
          ) : null}
          {round.revealed ? (
            <div className="round-result__bars">
              {round.questionIds.map((id) => (
                <AnswerBars
                  key={id}
                  counts={counts[id]}
                  caption={text('voting.results.caption', {
                    question: questionLabel(id),
                    votes: text('count.votes', { count: counts[id].total }),
                  })}
                />
              ))}
            </div>
          ) : (
            <>
              <p className="hint">
                {round.mode === 'hands'
                  ? text('voting.results.hidden')
                  : text('voting.results.hiddenVotesIn', {
                      votesIn: text('count.votesIn', {
                        count: round.questionIds.reduce((sum, id) => sum + counts[id].total, 0),
                      }),
                    })}
              </p>
              <button
                type="button"
                className="button"
                onClick={() => void revealVotingRound(round.id)}
                data-focus-place="reveal-round"
              >
                {text('stage.readiness.revealRound', { number: round.number })}
              </button>
            </>
          )}
        </div>
      ))}
    </section>
  );
}

function FinalAnswers() {
  const finalAnswers = useAppStore((state) => state.workshop?.readiness.finalAnswers);
  const editWorkshop = useAppStore((state) => state.editWorkshop);
  const baseId = useId();
  if (finalAnswers === undefined) return null;
  const setAnswer = (id: QuestionId, change: { answer?: Answer | null; rationale?: string }) =>
    editWorkshop((draft) => {
      Object.assign(draft.readiness.finalAnswers[id], change);
    });
  return (
    <section className="panel" aria-labelledby="final-heading">
      <h3 id="final-heading">{text('stage.readiness.theGroupsFinal')}</h3>
      <p className="hint">{text('stage.readiness.recordWhatThe')}</p>
      {READINESS_QUESTIONS.map((question) => (
        <div key={question.id} className="final-answer">
          <fieldset>
            <legend>
              <strong>{question.label}:</strong> {question.text}
            </legend>
            <div className="final-answer__choices">
              {ANSWERS.map((answer) => (
                <label key={answer} className="checkbox-field">
                  <input
                    type="radio"
                    name={`${baseId}-${question.id}`}
                    checked={finalAnswers[question.id].answer === answer}
                    onChange={() => setAnswer(question.id, { answer })}
                  />
                  {ANSWER_LABELS[answer]}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="field">
            <label htmlFor={`${baseId}-${question.id}-why`}>
              {text('stage.readiness.whyQuestion', { question: question.label })}
            </label>
            <textarea
              id={`${baseId}-${question.id}-why`}
              rows={2}
              value={finalAnswers[question.id].rationale}
              onChange={(event) => setAnswer(question.id, { rationale: event.target.value })}
            />
          </div>
        </div>
      ))}
    </section>
  );
}

function VerdictPanel() {
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

/** The Scaling Readiness Test: the voting room, rounds, reveal, final answers and the verdict. */
export function ReadinessStageEditor() {
  const loadVoting = useAppStore((state) => state.loadVoting);
  const readiness = useAppStore((state) => state.workshop?.readiness);
  const setPresentedResults = useAppStore((state) => state.setPresentedResults);
  // The audience screen shows revealed rounds only; keep what it may show up to date.
  useEffect(() => {
    if (readiness === undefined) return;
    setPresentedResults(
      tallyRounds(readiness)
        .filter(({ round }) => round.revealed)
        .map(({ round, counts }) => ({
          roundNumber: round.number,
          counts: round.questionIds.map((questionId) => ({
            questionId,
            yes: counts[questionId].yes,
            partly: counts[questionId].partly,
            no: counts[questionId].no,
          })),
        })),
    );
  }, [readiness, setPresentedResults]);
  const votingError = useAppStore((state) => state.votingError);
  const liveOpen = useAppStore((state) => selectOwnRound(state)?.status === 'open');
  useEffect(() => {
    void loadVoting();
  }, [loadVoting]);
  return (
    <div className="stage-editor readiness-editor">
      <StagePrompt>{text('stage.readiness.askTheFour')}</StagePrompt>
      {votingError !== null ? (
        <p className="notice notice--warning" role="alert">
          {votingError}
        </p>
      ) : null}
      <VotingRoomPanel />
      {liveOpen ? <LiveRound /> : <OpenRoundForm />}
      <RoundResults />
      <FinalAnswers />
      <VerdictPanel />
    </div>
  );
}
