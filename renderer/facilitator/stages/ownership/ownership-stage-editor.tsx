import type { Draft } from 'immer';
import { useId, useState } from 'react';
import { POST_LAUNCH_QUESTIONS, type PostLaunchQuestionId } from '../../../../shared/workshop/ownership';
import type { OwnerRef } from '../../../../shared/workshop/people';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { useAppStore, useAppStoreApi } from '../../../app/store/store-context';
import { FieldProblem, TextAreaField, TextField } from '../shared/fields';
import { OwnerPicker } from '../shared/owner-picker';
import { hasOwner } from '../shared/owners';
import { StagePrompt, StageWarning } from '../shared/stage-prompt';
import { usePart } from '../shared/use-record';
import { useEditWorkshop } from '../shared/use-workshop';
import { looksLikeItRole } from './looks-like-it-role';
import '../stages.css';
import { text } from '../../../../shared/text';
import { StageSection } from '../shared/stage-section';

const selectOwnership = (workshop: Draft<Workshop>) => workshop.ownership;
const selectProductOwner = (workshop: Draft<Workshop>) => workshop.ownership.productOwner;

/** Ownership stage: the AI Product Owner and a named owner for each question about life after launch. */
export function OwnershipStageEditor() {
  const { bind } = usePart(selectOwnership);
  return (
    <div className="stage-editor">
      <StagePrompt>{text('stage.ownership.askWhoWill')}</StagePrompt>
      <ProductOwnerPanel />
      <PostLaunchOwnersPanel />
      <section className="panel stage-section">
        <TextAreaField label={text('stage.ownership.otherNotesOn')} rows={3} {...bind('notes')} />
      </section>
    </div>
  );
}

function ProductOwnerPanel() {
  const warningId = useId();
  const { item: productOwner, bind } = usePart(selectProductOwner);
  const storeApi = useAppStoreApi();
  const editWorkshop = useEditWorkshop();
  // "Someone else…" with no name typed yet cannot be told apart from "nobody" in the
  // document, so the choice is remembered here until a name arrives.
  const [choseSomeoneElse, setChoseSomeoneElse] = useState(false);
  if (productOwner === undefined) return null;

  const owner: OwnerRef =
    productOwner.participantId !== null
      ? { kind: 'participant', participantId: productOwner.participantId }
      : productOwner.name !== '' || choseSomeoneElse
        ? { kind: 'named', name: productOwner.name }
        : { kind: 'none' };

  const choose = (next: OwnerRef) => {
    setChoseSomeoneElse(next.kind === 'named');
    const participant =
      next.kind === 'participant'
        ? storeApi.getState().workshop?.participants.find((candidate) => candidate.id === next.participantId)
        : undefined;
    editWorkshop((draft) => {
      const target = draft.ownership.productOwner;
      if (participant !== undefined) {
        target.participantId = participant.id;
        target.name = participant.name;
        // Their role in the room is the best first guess at their business role.
        if (target.businessRole.trim() === '') target.businessRole = participant.role;
      } else {
        target.participantId = null;
        target.name = next.kind === 'named' ? next.name : '';
      }
    });
  };

  const itRole = looksLikeItRole(productOwner.businessRole);
  const objective = productOwner.measurableObjective.trim();
  return (
    <StageSection heading={text('stage.ownership.aiProductOwner')}>
      <p className="hint">{text('stage.ownership.onePersonFrom')}</p>
      <div className="stage-grid">
        <OwnerPicker
          label={text('stage.ownership.whoIsThe')}
          value={owner}
          onValueChange={choose}
          noneLabel={text('stage.ownership.notDecidedYet')}
        />
        <TextField
          label={text('stage.ownership.businessRole')}
          placeholder={text('stage.ownership.forExampleHead')}
          describedBy={warningId}
          {...bind('businessRole')}
        />
      </div>
      <StageWarning id={warningId}>
        {itRole ? text('stage.ownership.soundsLikeItRole', { role: productOwner.businessRole.trim() }) : null}
      </StageWarning>
      <TextAreaField
        label={text('stage.ownership.measurableObjective')}
        rows={3}
        hint={text('stage.ownership.aResultThe')}
        problem={objective !== '' && !/\d/.test(objective) ? text('stage.ownership.thisHasNo') : null}
        {...bind('measurableObjective')}
      />
    </StageSection>
  );
}

function PostLaunchOwnersPanel() {
  const named = useAppStore((state) => {
    const owners = state.workshop?.ownership.postLaunchOwners;
    return owners === undefined ? 0 : POST_LAUNCH_QUESTIONS.filter(({ id }) => hasOwner(owners[id])).length;
  });
  return (
    <StageSection heading={text('stage.ownership.afterLaunchWho')}>
      <p className="hint">
        {text('stage.ownership.questionsWithOwner', { count: named, total: POST_LAUNCH_QUESTIONS.length })}
      </p>
      <div className="stage-grid">
        {POST_LAUNCH_QUESTIONS.map((question) => (
          <PostLaunchOwner key={question.id} id={question.id} label={question.label} />
        ))}
      </div>
    </StageSection>
  );
}

function PostLaunchOwner({ id, label }: { id: PostLaunchQuestionId; label: string }) {
  const problemId = useId();
  const owner = useAppStore((state) => state.workshop?.ownership.postLaunchOwners[id]);
  const editWorkshop = useEditWorkshop();
  if (owner === undefined) return null;
  return (
    <div className="stage-card">
      <OwnerPicker
        label={label}
        value={owner}
        describedBy={hasOwner(owner) ? undefined : problemId}
        onValueChange={(next) =>
          editWorkshop((draft) => {
            draft.ownership.postLaunchOwners[id] = next;
          })
        }
      />
      <FieldProblem id={problemId} problem={hasOwner(owner) ? null : text('stage.ownership.noOwnerYet')} />
    </div>
  );
}
