import { memo } from 'react';
import { useAppStore } from '../../app/store/store-context';
import { text } from '../../../shared/text';
import { useInViewedSession } from '../follow-up/use-viewed-session';
import { QuietButton } from '../../app/components/quiet-button';

const CompactStage = memo(function CompactStage({ index }: { index: number }) {
  const stage = useAppStore((state) => state.workshop?.agenda[index]);
  const isCurrent = useAppStore((state) => stage !== undefined && state.currentStageId === stage.id);
  const goToStage = useAppStore((state) => state.goToStage);
  const shown = useInViewedSession(stage ?? {});
  if (stage === undefined || !shown) return null;
  const title = stage.title || text('cockpit.agenda.untitledStage');
  return (
    <li>
      <button
        type="button"
        className={`compact-agenda__stage compact-agenda__stage--${stage.status}`}
        aria-current={isCurrent ? 'step' : undefined}
        title={title}
        onClick={() => goToStage(stage.id)}
      >
        {index + 1}
        <span className="visually-hidden"> {title}</span>
      </button>
    </li>
  );
});

/** A button that opens the whole agenda: an icon, its label for hover and screen readers. */
function OpenButton({ label, icon, onClick }: { label: string; icon: string; onClick: () => void }) {
  return (
    <QuietButton className="compact-agenda__open" aria-label={label} title={label} onClick={onClick}>
      <span aria-hidden="true">{icon}</span>
    </QuietButton>
  );
}

/**
 * The agenda folded to a strip of stage numbers, while a canvas needs the room: each number
 * goes to its stage (its title shows on hover and is its name for screen readers); the
 * buttons at the top open the whole agenda over the canvas.
 */
export function CompactAgenda({ onOpen }: { readonly onOpen: (editing: boolean) => void }) {
  const count = useAppStore((state) => state.workshop?.agenda.length ?? 0);
  return (
    // Like the full rail: a complementary column, the stages inside it the navigation.
    <aside className="compact-agenda" aria-label={text('cockpit.agenda.agendaFolded')}>
      <OpenButton label={text('cockpit.agenda.showWhole')} icon="☰" onClick={() => onOpen(false)} />
      <nav aria-label={text('cockpit.agenda.agenda')}>
        <ol className="compact-agenda__list">
          {Array.from({ length: count }, (_, index) => (
            <CompactStage key={index} index={index} />
          ))}
        </ol>
      </nav>
      <OpenButton label={text('cockpit.agenda.editAgenda')} icon="✎" onClick={() => onOpen(true)} />
    </aside>
  );
}
