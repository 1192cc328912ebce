import { useEffect, useId, useMemo, useState } from 'react';
import { computeVerdict, tallyRounds } from '../../../../shared/workshop/readiness-logic';
import {
  ANSWERS,
  QUESTION_IDS,
  READINESS_QUESTIONS,
  type Answer,
  type QuestionId,
  type VotingMode,
} from '../../../../shared/workshop/readiness';
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

const MODE_LABELS: Readonly<Record<VotingMode, string>> = {
  phones: 'Phones (over the room network)',
  keypad: 'Keypad on the shared screen (people step up in turn)',
  hands: 'Show of hands (you type the counts)',
};

function questionLabel(id: QuestionId): string {
  return READINESS_QUESTIONS.find((question) => question.id === id)?.label ?? id;
}

/** "28 of 30 phones connected, 2 reconnecting", or how many are connected when none dropped. */
export function describePresence(connected: number, reconnecting: number): string {
  const joined = connected + reconnecting;
  if (joined === 0) return 'No phones have joined yet';
  const phones = joined === 1 ? 'phone' : 'phones';
  if (reconnecting === 0) return `${joined} ${phones} connected`;
  return `${connected} of ${joined} ${phones} connected, ${reconnecting} reconnecting`;
}

/** A room (or an unfinished round) of another workshop holds the voting service. */
function OtherWorkshopRoom() {
  const release = useAppStore((state) => state.releaseOtherWorkshopsRoom);
  return (
    <section className="panel voting-room" aria-labelledby="room-heading">
      <h3 id="room-heading">The voting room is busy with another workshop</h3>
      <p>
        A voting room or round that another workshop opened is still running. Close it to vote here: every
        vote it took is kept, and goes into that workshop when you open it again.
      </p>
      <button type="button" className="button" onClick={() => void release()}>
        Close the other workshop’s voting room
      </button>
    </section>
  );
}

function RoomCheckLine() {
  const roomCheck = useAppStore((state) => state.roomCheck);
  const checkVotingRoom = useAppStore((state) => state.checkVotingRoom);
  return (
    <p className="voting-room__check">
      <span role="status">
        {roomCheck === null ? 'Checking that phones can reach the room…' : roomCheck.message}
      </span>{' '}
      <button type="button" className="button button--quiet" onClick={() => void checkVotingRoom()}>
        Check again
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
          {room.rehearsal ? 'Rehearsal: the voting room is open' : 'The voting room is open'}
        </h3>
        {room.rehearsal ? (
          <p className="hint">
            {REHEARSAL_PHONES} simulated phones on this computer join and vote in every phone round. Try the
            whole flow and the audience screen; this practice workshop is separate from your real ones, and
            you can delete it from the library afterwards.
          </p>
        ) : null}
        <div className="voting-room__join">
          <JoinQrCode url={room.joinUrl} size={160} />
          <div>
            <p>
              Room code: <strong className="voting-room__code">{room.code}</strong>
            </p>
            <p>
              Phones open <span className="voting-room__url">{room.joinUrl}</span>
            </p>
            <p role="status">
              {describePresence(room.connectedDevices, room.reconnectingDevices)}
              {room.namedVoting ? ' · named voting' : ' · anonymous'}
            </p>
            <RoomCheckLine />
          </div>
        </div>
        {loopback && !room.rehearsal ? <LoopbackWarning browserShell={browserShell} /> : null}
        <button type="button" className="button button--quiet" onClick={() => void closeVotingRoom()}>
          Close the voting room
        </button>
      </section>
    );
  }
  const onlyLoopback = addresses.every((item) => item.address === LOOPBACK_ADDRESS);
  return (
    <section className="panel voting-room" aria-labelledby="room-heading">
      <h3 id="room-heading">Voting room for phones</h3>
      <p className="hint">
        Phones join over this computer’s network, with no internet. Pick the network the room’s phones are on.
      </p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={addressId}>Network</label>
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
          Ask for names (otherwise votes are anonymous)
        </label>
      </div>
      {onlyLoopback || chosen === LOOPBACK_ADDRESS ? <LoopbackWarning browserShell={browserShell} /> : null}
      <button
        type="button"
        className="button"
        disabled={chosen === ''}
        onClick={() => void openVotingRoom(chosen, namedVoting)}
      >
        Open the voting room
      </button>
    </section>
  );
}

/** Phones cannot reach 127.0.0.1: say so before anyone hands out the link, and how to fix it. */
function LoopbackWarning({ browserShell }: { browserShell: boolean }) {
  return (
    <div className="notice notice--warning">
      <p>
        {browserShell ? (
          <>
            Phones cannot reach this room: in the browser mode it listens on this computer only (127.0.0.1).
            To let phones in, stop ReadyRoom and start it again with your Wi-Fi address, for example{' '}
            <code>npm run serve -- --room-host 192.168.1.20</code> (the address of this computer on the room’s
            network). Voting on the shared screen (keypad) and by show of hands works as it is.
          </>
        ) : (
          <>
            Phones cannot reach “this computer only”. Connect this computer to the room’s Wi-Fi and pick that
            network to let phones in.
          </>
        )}
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
      <h3 id="round-heading">Round {nextNumber}</h3>
      <fieldset className="question-picker">
        <legend>Questions in this round</legend>
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
          <label htmlFor={modeId}>How the room votes</label>
          <select id={modeId} value={mode} onChange={(event) => setMode(event.target.value as VotingMode)}>
            {(['phones', 'keypad', 'hands'] as const).map((option) => (
              <option key={option} value={option}>
                {MODE_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
        {mode === 'hands' ? null : (
          <div className="field">
            <label htmlFor={durationId}>Countdown in minutes (optional)</label>
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
      {needsRoom ? <p className="hint">Open the voting room first, so phones can join.</p> : null}
      <button type="submit" className="button" disabled={questions.length === 0 || needsRoom}>
        Open round {nextNumber}
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
      <h3 id="live-heading">Round {round.number} is open</h3>
      <p className="hint">
        {round.mode === 'keypad'
          ? 'Participants vote on the audience screen, one after another, with the keys 1, 2 and 3.'
          : 'Participants vote on their phones. You see how many votes arrived, never what they say.'}
      </p>
      <ul className="live-round__counts" aria-live="polite">
        {round.questionIds.map((id) => (
          <li key={id}>
            {questionLabel(id)}: <strong>{round.ballotCounts[id] ?? 0}</strong> votes in
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={() => void closeVotingRound()}>
        Close round {round.number}
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
            <legend>{questionLabel(questionId)}: hands raised</legend>
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
      <h3 id="results-heading">Results</h3>
      {finished.map(({ round, counts }) => (
        <div key={round.id} className="round-result">
          <h4>
            Round {round.number} · {MODE_LABELS[round.mode].split(' (')[0]}
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
                  caption={`${questionLabel(id)} (${counts[id].total} votes)`}
                />
              ))}
            </div>
          ) : (
            <>
              <p className="hint">
                The round is closed. Results stay hidden until you reveal them to the room
                {round.mode === 'hands'
                  ? ''
                  : ` (${round.questionIds.reduce((sum, id) => sum + counts[id].total, 0)} votes in)`}
                .
              </p>
              <button type="button" className="button" onClick={() => void revealVotingRound(round.id)}>
                Reveal round {round.number}
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
      <h3 id="final-heading">The group’s final answers</h3>
      <p className="hint">
        Record what the group agrees after discussion. It may differ from the vote; say why.
      </p>
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
            <label htmlFor={`${baseId}-${question.id}-why`}>Why ({question.label})</label>
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
      <h3 id="verdict-heading">Verdict</h3>
      <p className="verdict__sentence">
        {verdict.kind === 'ready' ? '✅ ' : verdict.kind === 'not-ready' ? '⚠️ ' : '… '}
        {verdict.sentence}
      </p>
      {verdict.gaps.length > 0 ? (
        <>
          <p>Gaps that need actions in the action plan:</p>
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
        {shown ? 'Hide the verdict from the room' : 'Show the verdict to the room'}
      </button>
      {verdict.kind === 'incomplete' ? (
        <p className="hint">The room can see the verdict once all four final answers are in.</p>
      ) : null}
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
      <StagePrompt>
        Ask the four questions. Let everyone vote silently first, reveal, talk about the differences, and vote
        again if views moved. Only four yeses mean ready to scale; “partly” is not a yes.
      </StagePrompt>
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
