import { useEffect, useRef, useState } from 'react';
import type { Presentation } from '../../shared/host-api/presentation-contract';
import type { VotingState } from '../../shared/host-api/voting-contract';
import { READINESS_QUESTIONS, type Answer, type QuestionId } from '../../shared/workshop/readiness';
import { getHost } from '../bridge';
import { AnswerBars } from '../app/components/answer-bars';
import { JoinQrCode } from '../app/components/join-qr-code';
import { useNow } from '../app/use-now';

function questionOf(id: QuestionId) {
  return READINESS_QUESTIONS.find((question) => question.id === id);
}

/** Follows the host's live voting state. */
function useVotingState(): VotingState | null {
  const [state, setState] = useState<VotingState | null>(null);
  useEffect(() => {
    const host = getHost();
    let active = true;
    const stop = host.events.on('voting.onDidChange', (next) => setState(next));
    void host.voting.getState().then((initial) => {
      if (active) setState((current) => current ?? initial);
    });
    return () => {
      active = false;
      stop();
    };
  }, []);
  return state;
}

function Countdown({ closesAt }: { closesAt: string }) {
  const now = useNow(500);
  const seconds = Math.max(0, Math.ceil((Date.parse(closesAt) - now) / 1000));
  return (
    <p className="audience-vote__countdown" aria-label="Time left to vote">
      {Math.floor(seconds / 60)}:{String(seconds % 60).padStart(2, '0')}
    </p>
  );
}

const KEYPAD_KEYS: Readonly<Record<string, Answer>> = { '1': 'yes', '2': 'partly', '3': 'no' };

/**
 * Keypad voting on the shared screen: participants step up one after another and press 1, 2
 * or 3 for each question. Nothing of the results shows until the facilitator reveals.
 */
function KeypadVoting({ questionIds }: { questionIds: readonly QuestionId[] }) {
  const [voterNumber, setVoterNumber] = useState(1);
  const [step, setStep] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  // One key press, one vote: presses while a vote is on its way are ignored.
  const sending = useRef(false);
  const questionId = questionIds[step];
  const question = questionId === undefined ? undefined : questionOf(questionId);

  const vote = (answer: Answer) => {
    if (questionId === undefined || sending.current) return;
    sending.current = true;
    void getHost()
      .voting.castKeypadBallot({ voterNumber, questionId, answer })
      .then(() => {
        setProblem(null);
        if (step + 1 < questionIds.length) {
          setStep(step + 1);
        } else {
          setStep(0);
          setVoterNumber(voterNumber + 1);
        }
      })
      .catch((error: unknown) =>
        setProblem(error instanceof Error ? error.message : 'That vote did not count.'),
      )
      .finally(() => {
        sending.current = false;
      });
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const answer = KEYPAD_KEYS[event.key];
      if (answer !== undefined) {
        event.preventDefault();
        vote(answer);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (question === undefined) return null;
  return (
    <section className="audience-vote__keypad" aria-label="Keypad voting">
      <p className="audience-vote__voter">
        Voter {voterNumber} · question {step + 1} of {questionIds.length}
      </p>
      <h2 className="audience-vote__question">{question.text}</h2>
      <div className="audience-vote__keys">
        {(['yes', 'partly', 'no'] as const).map((answer, index) => (
          <button key={answer} type="button" className="audience-vote__key" onClick={() => vote(answer)}>
            <kbd>{index + 1}</kbd> {answer === 'yes' ? 'Yes' : answer === 'partly' ? 'Partly' : 'No'}
          </button>
        ))}
      </div>
      <p role="status" className="audience-vote__status">
        {problem ??
          (step === 0 && voterNumber > 1
            ? `Thank you! Voter ${voterNumber - 1}’s votes are in. Next person, please.`
            : '')}
      </p>
    </section>
  );
}

/** The readiness stage on the audience screen: how to join, the open round, revealed results. */
export function AudienceVoting({ results }: { results: Presentation['results'] }) {
  const voting = useVotingState();
  const round = voting?.round ?? null;
  const room = voting?.room;
  return (
    <div className="audience-vote">
      {room?.status === 'open' && (round === null || round.mode === 'phones' || round.status !== 'open') ? (
        <section className="audience-vote__join" aria-label="How to join">
          <JoinQrCode url={room.joinUrl} size={220} />
          <div>
            <p>
              Join on your phone: <strong className="audience-vote__url">{room.joinUrl}</strong>
            </p>
            <p>
              Room code <strong className="audience-vote__code">{room.code}</strong>
            </p>
          </div>
        </section>
      ) : null}
      {round !== null && round.status === 'open' ? (
        <>
          {round.closesAt !== null ? <Countdown closesAt={round.closesAt} /> : null}
          {round.mode === 'keypad' ? (
            <KeypadVoting questionIds={round.questionIds} />
          ) : (
            <ul className="audience-vote__questions">
              {round.questionIds.map((id) => (
                <li key={id}>
                  <span>{questionOf(id)?.text}</span>
                  <strong>{round.ballotCounts[id] ?? 0} votes in</strong>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
      {results.length > 0 ? (
        <section className="audience-vote__results" aria-label="Results">
          {READINESS_QUESTIONS.map((question) => {
            const perRound = results.flatMap((result) => {
              const counts = result.counts.find((item) => item.questionId === question.id);
              return counts === undefined ? [] : [{ roundNumber: result.roundNumber, counts }];
            });
            if (perRound.length === 0) return null;
            return (
              <div key={question.id} className="audience-vote__result">
                <h2>{question.label}</h2>
                <div className="audience-vote__rounds">
                  {perRound.map(({ roundNumber, counts }) => (
                    <AnswerBars key={roundNumber} counts={counts} caption={`Round ${roundNumber}`} />
                  ))}
                </div>
              </div>
            );
          })}
        </section>
      ) : null}
    </div>
  );
}
