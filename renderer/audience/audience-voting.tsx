import { Fragment, useEffect, useRef, useState } from 'react';
import type { VotingState } from '../../shared/host-api/voting-contract';
import { READINESS_QUESTIONS, type Answer, type QuestionId } from '../../shared/workshop/readiness';
import { getHost } from '../bridge';
import { JoinQrCode } from '../app/components/join-qr-code';
import { useNow } from '../app/use-now';
import { ANSWER_LABELS } from '../app/components/answer-bars';
import { text } from '../../shared/text';

type OpenRoom = Extract<VotingState['room'], { status: 'open' }>;
type Round = NonNullable<VotingState['round']>;

function questionOf(id: QuestionId) {
  return READINESS_QUESTIONS.find((question) => question.id === id);
}

/**
 * The join address with line-break chances after each slash and before the query only, so a
 * narrow screen never breaks it in the middle of the room code.
 */
function BreakableUrl({ url }: { url: string }) {
  const parts = url.split(/(?<=\/)|(?=\?)/);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          <span className="audience-join__url-part">{part}</span>
        </Fragment>
      ))}
    </>
  );
}

/**
 * How to join the room: large while phones are voting (or before the first round), and a
 * small block in the header's corner otherwise, so results and the verdict get the screen.
 */
export function JoinBlock({ room, size }: { room: OpenRoom; size: 'large' | 'corner' }) {
  return (
    <section
      className={`audience-join audience-join--${size}`}
      aria-label={text('audience.join.label')}
      data-size={size}
    >
      {size === 'corner' ? (
        <>
          <JoinQrCode url={room.joinUrl} size={96} />
          <p>
            {text('audience.join.withCode')} <strong className="audience-join__code">{room.code}</strong>
          </p>
        </>
      ) : (
        <>
          <JoinQrCode url={room.joinUrl} size={320} />
          <p className="audience-join__lead">{text('audience.join.lead')}</p>
          <p className="audience-join__url">
            <strong>
              <BreakableUrl url={room.joinUrl} />
            </strong>
          </p>
          <p>
            {text('audience.join.roomCode')}{' '}
            <strong className="audience-join__code audience-vote__code">{room.code}</strong>
          </p>
        </>
      )}
    </section>
  );
}

/** The time left to vote or write, in minutes and seconds, named for screen readers by `label`. */
export function Countdown({ closesAt, label }: { closesAt: string; label: string }) {
  const now = useNow(500);
  const seconds = Math.max(0, Math.ceil((Date.parse(closesAt) - now) / 1000));
  return (
    <p className="audience-vote__countdown" aria-label={label}>
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
        setProblem(error instanceof Error ? error.message : text('audience.vote.didNotCount')),
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
    <section className="audience-vote__keypad" aria-label={text('audience.vote.keypad')}>
      <p className="audience-vote__voter">
        {text('audience.vote.voterStep', { voter: voterNumber, step: step + 1, count: questionIds.length })}
      </p>
      <h2 className="audience-vote__question">{question.text}</h2>
      <div className="audience-vote__keys">
        {(['yes', 'partly', 'no'] as const).map((answer, index) => (
          <button key={answer} type="button" className="audience-vote__key" onClick={() => vote(answer)}>
            <kbd>{index + 1}</kbd> {ANSWER_LABELS[answer]}
          </button>
        ))}
      </div>
      <p role="status" className="audience-vote__status">
        {problem ??
          (step === 0 && voterNumber > 1 ? text('audience.vote.thanks', { voter: voterNumber - 1 }) : '')}
      </p>
    </section>
  );
}

/**
 * An open round on the audience screen: the questions and how many ballots arrived (never what
 * they say), the countdown, and for phones how to join. `interactive` is false in the cockpit's
 * thumbnail, where the keypad must not listen to the facilitator's keys.
 */
export function VotingView({
  round,
  room,
  interactive,
}: {
  round: Round;
  room: OpenRoom | null;
  interactive: boolean;
}) {
  const keypad = round.mode === 'keypad';
  return (
    <div className={`audience-voting${room !== null && !keypad ? ' audience-voting--with-join' : ''}`}>
      <div className="audience-voting__main">
        <div className="audience-voting__top">
          <h1 className="audience-voting__heading">
            {text(keypad ? 'audience.vote.headingKeypad' : 'audience.vote.headingPhones', {
              number: round.number,
            })}
          </h1>
          {round.closesAt !== null ? (
            <Countdown closesAt={round.closesAt} label={text('audience.vote.timeLeft')} />
          ) : null}
        </div>
        {keypad ? (
          interactive ? (
            <KeypadVoting questionIds={round.questionIds} />
          ) : (
            <p className="audience-vote__voter">{text('audience.vote.keypadHint')}</p>
          )
        ) : (
          <ul className="audience-vote__questions">
            {round.questionIds.map((id) => {
              const question = questionOf(id);
              const count = round.ballotCounts[id] ?? 0;
              return (
                <li key={id}>
                  <span className="audience-vote__question-text">
                    <strong>{question?.label}</strong> {question?.text}
                  </span>
                  <strong className="audience-vote__count">{text('count.votesIn', { count })}</strong>
                </li>
              );
            })}
          </ul>
        )}
      </div>
      {room !== null && !keypad ? <JoinBlock room={room} size="large" /> : null}
    </div>
  );
}
