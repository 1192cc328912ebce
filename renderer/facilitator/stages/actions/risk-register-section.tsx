import { castDraft } from 'immer';
import { useCallback, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { text } from '../../../../shared/text';
import { newId, type RiskId } from '../../../../shared/workshop/ids';
import { planCode } from '../../../../shared/workshop/plan-codes';
import { forgetPlanReferences } from '../../../../shared/workshop/plan-references';
import { suggestRisks, type SuggestedRisk } from '../../../../shared/workshop/risk-suggestions';
import { blankRisk, type Risk } from '../../../../shared/workshop/risks';
import { useAppStore } from '../../../app/store/store-context';
import { AddButton, useRecordListFocus } from '../shared/record-list-focus';
import { useEditWorkshop, useListIds } from '../shared/use-workshop';
import { RiskCard } from './risk-card';
import { RiskSuggestionList } from './risk-suggestion-list';
import { suggestedRiskTitle } from './risk-texts';
import './risk-register.css';
import { StageSection } from '../shared/stage-section';

/** The focus place of "Add risk", where focus goes when the register empties. */
const ADD_RISK = 'add-risk';

/**
 * The risk register: the risks the room has already named, offered for one click, and every
 * risk with its likelihood, impact, score and band (in words), owner and mitigation.
 */
export function RiskRegisterSection() {
  const ids = useListIds((workshop) => workshop.risks);
  const editWorkshop = useEditWorkshop();
  const focus = useRecordListFocus(ids, ADD_RISK);
  const records = useAppStore(
    useShallow((state) =>
      state.workshop === null
        ? null
        : {
            stakeholders: state.workshop.stakeholders,
            dataSources: state.workshop.dataSources,
            workflow: state.workshop.workflow,
            retrospective: state.workshop.retrospective,
            risks: state.workshop.risks,
          },
    ),
  );
  const suggestions = useMemo(() => (records === null ? [] : suggestRisks(records)), [records]);

  const addRisk = useCallback(
    (fields: Partial<Risk>) => {
      const id = newId<RiskId>();
      editWorkshop((draft) => {
        draft.risks.push(castDraft({ ...blankRisk(id), ...fields }));
      });
      focus.created(id);
    },
    [editWorkshop, focus],
  );

  const addSuggestion = useCallback(
    (suggestion: SuggestedRisk) =>
      addRisk({
        title: suggestedRiskTitle(suggestion),
        source: suggestion.source,
        likelihood: suggestion.likelihood,
        impact: suggestion.impact,
      }),
    [addRisk],
  );

  const removeRisk = useCallback(
    (id: RiskId) => {
      editWorkshop((draft) => {
        draft.risks = draft.risks.filter((risk) => risk.id !== id);
        // An action that addressed the risk no longer does.
        forgetPlanReferences(draft, { kind: 'risk', riskId: id });
      });
      focus.removed(id);
    },
    [editWorkshop, focus],
  );

  if (records === null) return null;
  return (
    <StageSection heading={text('stage.actions.risks.heading')} className="risk-register">
      <p className="hint">{text('stage.actions.risks.intro')}</p>
      <RiskSuggestionList suggestions={suggestions} onAdd={addSuggestion} />
      <p className="hint" aria-live="polite">
        {ids.length === 0
          ? text('stage.actions.risks.none')
          : text('stage.actions.risks.count', { count: ids.length })}
      </p>
      {ids.length === 0 ? null : (
        <ol className="risk-register__list">
          {ids.map((id, index) => (
            <RiskCard
              key={id}
              id={id}
              code={planCode('risk', index)}
              records={records}
              onRemove={removeRisk}
            />
          ))}
        </ol>
      )}
      <div className="stage-toolbar">
        <AddButton place={ADD_RISK} onClick={() => addRisk({})}>
          {text('stage.actions.risks.addRisk')}
        </AddButton>
      </div>
    </StageSection>
  );
}
