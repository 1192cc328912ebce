import { castDraft } from 'immer';
import { useCallback, useId, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { text } from '../../../../shared/text';
import { newId, type MilestoneId } from '../../../../shared/workshop/ids';
import type { Milestones } from '../../../../shared/workshop/plan';
import { useAppStore } from '../../../app/store/store-context';
import { hasRoadmap, roadmapProps } from '../../../plan-pictures/plan-picture-props';
import { RoadmapPicture } from '../../../plan-pictures/roadmap-picture';
import { AddButton, useRecordListFocus } from '../shared/record-list-focus';
import { TextField } from '../shared/fields';
import { changeById, useEditWorkshop } from '../shared/use-workshop';
import './roadmap-section.css';
import { QuietButton } from '../../../app/components/quiet-button';
import { StageSection } from '../shared/stage-section';

const ADD_MILESTONE = 'add-milestone';
const NO_MILESTONES: Milestones = { goNoGoDate: '', others: [] };

/**
 * The roadmap: the go/no-go review date and other milestones, and the same roadmap picture
 * the Word plan shows (30-60-90 days from the workshop, a lane per scaling killer, the
 * actions without a due date beside it).
 */
export function RoadmapSection() {
  const milestonesId = useId();
  const editWorkshop = useEditWorkshop();
  const milestones = useAppStore((state) => state.workshop?.milestones ?? NO_MILESTONES);
  const pictureSource = useAppStore(
    useShallow((state) =>
      state.workshop === null
        ? null
        : {
            meta: state.workshop.meta,
            actions: state.workshop.actions,
            risks: state.workshop.risks,
            milestones: state.workshop.milestones,
          },
    ),
  );
  const picture = useMemo(
    () => (pictureSource === null ? null : roadmapProps(pictureSource)),
    [pictureSource],
  );
  const ids = useMemo(() => milestones.others.map((milestone) => milestone.id), [milestones.others]);
  const focus = useRecordListFocus(ids, ADD_MILESTONE);

  const editMilestones = useCallback(
    (
      change: (draft: {
        goNoGoDate: string;
        others: { id: MilestoneId; label: string; date: string }[];
      }) => void,
    ) => editWorkshop((draft) => change(draft.milestones)),
    [editWorkshop],
  );
  const addMilestone = () => {
    const id = newId<MilestoneId>();
    editMilestones((draft) => {
      draft.others.push(castDraft({ id, label: '', date: '' }));
    });
    focus.created(id);
  };
  const removeMilestone = (id: MilestoneId) => {
    editMilestones((draft) => {
      draft.others = draft.others.filter((milestone) => milestone.id !== id);
    });
    focus.removed(id);
  };
  const editMilestone = (id: MilestoneId, field: 'label' | 'date', value: string) =>
    editMilestones((draft) => changeById(draft.others, id, (milestone) => void (milestone[field] = value)));

  if (picture === null) return null;
  return (
    <StageSection heading={text('stage.actions.roadmap.heading')} className="roadmap-section">
      <p className="hint">{text('stage.actions.roadmap.intro')}</p>
      <TextField
        label={text('stage.actions.roadmap.goNoGo')}
        hint={text('stage.actions.roadmap.goNoGoHint')}
        type="date"
        value={milestones.goNoGoDate}
        onValueChange={(date) =>
          editMilestones((draft) => {
            draft.goNoGoDate = date;
          })
        }
      />
      <h4 id={milestonesId}>{text('stage.actions.roadmap.milestones')}</h4>
      {milestones.others.length === 0 ? null : (
        <ol className="roadmap-section__milestones" aria-labelledby={milestonesId}>
          {milestones.others.map((milestone, index) => (
            <li key={milestone.id} className="roadmap-section__milestone" data-record-id={milestone.id}>
              <TextField
                className="first-field"
                label={text('stage.actions.roadmap.milestoneLabel', { number: index + 1 })}
                placeholder={text('stage.actions.roadmap.whatHappens')}
                value={milestone.label}
                onValueChange={(label) => editMilestone(milestone.id, 'label', label)}
              />
              <TextField
                label={text('stage.actions.roadmap.milestoneDate', { number: index + 1 })}
                type="date"
                value={milestone.date}
                onValueChange={(date) => editMilestone(milestone.id, 'date', date)}
              />
              <QuietButton
                small
                onClick={() => removeMilestone(milestone.id)}
                hiddenSuffix={text('stage.actions.roadmap.removeMilestone', { number: index + 1 })}
              >
                {text('stage.actions.roadmap.remove')}
              </QuietButton>
            </li>
          ))}
        </ol>
      )}
      <div className="stage-toolbar">
        <AddButton place={ADD_MILESTONE} onClick={addMilestone}>
          {text('stage.actions.roadmap.addMilestone')}
        </AddButton>
      </div>
      {hasRoadmap(picture) ? (
        // The picture scrolls sideways on a narrow window: a keyboard must reach it to scroll it.
        <div
          className="roadmap-section__picture"
          tabIndex={0}
          role="group"
          aria-label={text('stage.actions.roadmap.picture')}
        >
          <RoadmapPicture {...picture} />
        </div>
      ) : (
        <p className="hint">{text('stage.actions.roadmap.empty')}</p>
      )}
    </StageSection>
  );
}
