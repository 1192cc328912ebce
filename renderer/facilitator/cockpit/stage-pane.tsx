import { Suspense } from 'react';
import { useAppStore } from '../../app/store/store-context';
import { stageEditors, stagePrompts } from '../stages';
import { WorkshopDetails } from './workshop-details';
import { RoomActivityArea } from '../room-activity/room-activity-area';
import { text } from '../../../shared/text';
import { selectCurrentStageReadOnly } from '../follow-up/use-viewed-session';

/**
 * The current stage: its title, the facilitator prompt, and its editor. Stages whose tools
 * come with their own features (stakeholder map, workflow canvas, live voting) show the
 * prompt, and the side panel serves for notes meanwhile.
 */
export function StagePane() {
  const stage = useAppStore((state) =>
    state.workshop?.agenda.find((item) => item.id === state.currentStageId),
  );
  // An earlier session's stage is shown as it was: every control in it is disabled.
  const readOnly = useAppStore(selectCurrentStageReadOnly);
  if (stage === undefined) {
    return (
      <section className="stage-pane">
        <p>{text('cockpit.stage.none')}</p>
      </section>
    );
  }
  const Editor = stageEditors[stage.kind];
  return (
    <section className="stage-pane" aria-labelledby="stage-heading">
      <h2 id="stage-heading" className="stage-pane__title">
        {stage.title || text('cockpit.agenda.untitledStage')}
      </h2>
      {stage.kind === 'welcome' ? <WorkshopDetails /> : null}
      <RoomActivityArea />
      {Editor === undefined ? (
        <>
          <p className="stage-pane__prompt">{stagePrompts[stage.kind]}</p>
          <p className="hint">
            {stage.kind === 'custom' ? text('cockpit.stage.free') : text('cockpit.stage.notBuilt')}
          </p>
        </>
      ) : (
        <Suspense fallback={<p>{text('cockpit.stage.loading')}</p>}>
          {readOnly ? (
            <>
              <p className="notice">{text('followUp.readOnly')}</p>
              <fieldset className="stage-pane__read-only" disabled>
                <Editor />
              </fieldset>
            </>
          ) : (
            <Editor />
          )}
        </Suspense>
      )}
    </section>
  );
}
