import { useShallow } from 'zustand/react/shallow';
import { text } from '../../../../shared/text';
import { computeVerdict } from '../../../../shared/workshop/readiness-logic';
import { READINESS_QUESTIONS, type QuestionId, type Readiness } from '../../../../shared/workshop/readiness';
import { SUGGESTED_ACTIONS, type SuggestedAction } from '../../../../shared/workshop/suggestions';
import { useAppStore } from '../../../app/store/store-context';
import { KILLER_LABELS } from './action-choices';
import { QuietButton } from '../../../app/components/quiet-button';
import { StageSection } from '../shared/stage-section';

/** Readiness gaps (answers short of a yes) that no action addresses yet, with suggested actions. */
export function GapsWithoutActions({
  onAdd,
}: {
  onAdd: (killer: QuestionId, suggestions: readonly SuggestedAction[]) => void;
}) {
  const readiness = useAppStore((state): Readiness | undefined => state.workshop?.readiness);
  const killersWithActions = useAppStore(
    useShallow((state) => [...new Set(state.workshop?.actions.map((action) => action.killer) ?? [])].sort()),
  );
  if (readiness === undefined) return null;
  const uncovered = computeVerdict({ readiness }).gaps.filter((gap) => !killersWithActions.includes(gap));
  if (uncovered.length === 0) return null;
  return (
    <StageSection heading={text('stage.actions.gapsWithNo')}>
      <ul className="stage-gap-list">
        {uncovered.map((gap) => {
          const label =
            READINESS_QUESTIONS.find((question) => question.id === gap)?.label ?? KILLER_LABELS[gap];
          return (
            <li key={gap} className="stage-gap-list__item">
              <span>
                <strong>{label}</strong> {text('stage.actions.wasAnsweredShort')}
              </span>
              <QuietButton small onClick={() => onAdd(gap, SUGGESTED_ACTIONS[gap])}>
                {text('stage.actions.addSuggested', { count: SUGGESTED_ACTIONS[gap].length, label })}
              </QuietButton>
            </li>
          );
        })}
      </ul>
    </StageSection>
  );
}
