import { text } from '../../../../shared/text';
import { useAppStore } from '../../../app/store/store-context';
import { selectOwnRound } from '../../../app/store/voting-slice';
import { questionLabel } from './readiness-labels';

/** The round that is open: the votes in so far, and “Close round”. */
export function LiveRound() {
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
