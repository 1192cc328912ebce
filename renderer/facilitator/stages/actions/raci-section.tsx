import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { text } from '../../../../shared/text';
import { planCode } from '../../../../shared/workshop/plan-codes';
import { useAppStore } from '../../../app/store/store-context';
import { useListIds } from '../shared/use-workshop';
import { RaciCard } from './raci-card';
import { usePeopleChoices } from './raci-people';
import { traceTargets } from './trace-targets';
import './raci-section.css';
import { StageSection } from '../shared/stage-section';

/**
 * Who does what for every action (one Accountable, the Responsible, Consulted and Informed),
 * what each addresses, and whether the room agreed it: the plan's RACI matrix and its
 * traceability come from here.
 */
export function RaciSection() {
  const ids = useListIds((workshop) => workshop.actions);
  const people = usePeopleChoices();
  const agreed = useAppStore(
    (state) => state.workshop?.actions.filter((action) => action.agreedInRoom).length ?? 0,
  );
  const sources = useAppStore(
    useShallow((state) =>
      state.workshop === null
        ? null
        : {
            risks: state.workshop.risks,
            stakeholders: state.workshop.stakeholders,
            dataSources: state.workshop.dataSources,
            workflow: state.workshop.workflow,
          },
    ),
  );
  const targets = useMemo(() => (sources === null ? null : traceTargets(sources)), [sources]);
  if (targets === null) return null;
  return (
    <StageSection heading={text('stage.actions.raci.heading')} className="raci-section">
      <p className="hint">{text('stage.actions.raci.intro')}</p>
      {ids.length === 0 ? (
        <p className="hint">{text('stage.actions.raci.noActions')}</p>
      ) : (
        <>
          <p className="hint" aria-live="polite">
            {text('stage.actions.raci.agreedCount', { agreed, count: ids.length })}
          </p>
          <div className="raci-section__cards">
            {ids.map((id, index) => (
              <RaciCard key={id} id={id} code={planCode('action', index)} people={people} targets={targets} />
            ))}
          </div>
        </>
      )}
    </StageSection>
  );
}
