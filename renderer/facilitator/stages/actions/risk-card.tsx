import { type Draft } from 'immer';
import { memo, useId } from 'react';
import { text } from '../../../../shared/text';
import type { Action } from '../../../../shared/workshop/actions';
import type { ActionId, RiskId } from '../../../../shared/workshop/ids';
import { planCode } from '../../../../shared/workshop/plan-codes';
import { riskBand, riskScore } from '../../../../shared/workshop/risks';
import type { Workshop } from '../../../../shared/workshop/workshop';
import { useAppStore } from '../../../app/store/store-context';
import { SelectField, TextAreaField, TextField, type Choice } from '../shared/fields';
import { OwnerPicker } from '../shared/owner-picker';
import { useRecord } from '../shared/use-record';
import {
  impactChoices,
  likelihoodChoices,
  riskScoreText,
  riskSourceText,
  type RiskSourceRecords,
} from './risk-texts';
import { QuietButton } from '../../../app/components/quiet-button';
import { FromTheRoomMark } from '../../room-activity/from-the-room-mark';

const selectRisks = (workshop: Draft<Workshop>) => workshop.risks;
const NO_ACTION = '';
const NO_ACTIONS: readonly Action[] = [];

/** One risk of the register: title, where it came from, likelihood, impact, score and band, owner, mitigation. */
export const RiskCard = memo(function RiskCard({
  id,
  code,
  records,
  onRemove,
}: {
  readonly id: RiskId;
  readonly code: string;
  readonly records: RiskSourceRecords;
  readonly onRemove: (id: RiskId) => void;
}) {
  const scoreId = useId();
  const { item: risk, edit, bind } = useRecord(selectRisks, id);
  const actions = useAppStore((state) => state.workshop?.actions ?? NO_ACTIONS);
  if (risk === undefined) return null;

  const suffix = text('stage.actions.risks.ofCode', { code });
  const actionChoices: Choice<string>[] = [
    { value: NO_ACTION, label: text('stage.actions.risks.noAction') },
    ...actions.map((action, index) => ({
      value: action.id,
      label: text('stage.actions.risks.actionChoice', {
        code: planCode('action', index),
        title: action.title.trim() === '' ? text('stage.actions.raci.untitled') : action.title.trim(),
      }),
    })),
  ];
  const band = riskBand(riskScore(risk));
  /** Likelihood or impact, 1 to 5: chosen as words, kept as a number, described by the score. */
  const rating = (key: 'likelihood' | 'impact', label: string, choices: readonly Choice<string>[]) => (
    <SelectField
      label={label}
      hiddenSuffix={suffix}
      describedBy={scoreId}
      choices={choices}
      value={String(risk[key])}
      onValueChange={(value) => edit((draft) => void (draft[key] = Number(value)))}
    />
  );
  return (
    <li className="risk-card" data-record-id={id}>
      <div className="risk-card__head">
        <TextField
          label={text('stage.actions.risks.titleOf', { code })}
          className="first-field risk-card__title"
          placeholder={text('stage.actions.risks.whatCould')}
          {...bind('title')}
        />
        <QuietButton
          small
          onClick={() => onRemove(id)}
          hiddenSuffix={text('stage.actions.risks.riskCode', { code })}
        >
          {text('stage.actions.risks.remove')}
        </QuietButton>
      </div>
      <p className="hint">
        {riskSourceText(risk.source, records)} <FromTheRoomMark recordId={id} kind="risk" />
      </p>
      <div className="risk-card__rating">
        {rating('likelihood', text('stage.actions.risks.likelihood'), likelihoodChoices())}
        {rating('impact', text('stage.actions.risks.impact'), impactChoices())}
        <p id={scoreId} className={`risk-card__score risk-card__score--${band}`} aria-live="polite">
          <span className="risk-card__swatch" aria-hidden="true" />
          {riskScoreText(risk)}
        </p>
      </div>
      <div className="risk-card__fields">
        <OwnerPicker label={text('stage.actions.risks.owner')} hiddenSuffix={suffix} {...bind('owner')} />
        <SelectField
          label={text('stage.actions.risks.mitigatingAction')}
          hiddenSuffix={suffix}
          choices={actionChoices}
          value={
            actionChoices.some((choice) => choice.value === risk.mitigatingActionId)
              ? (risk.mitigatingActionId ?? NO_ACTION)
              : NO_ACTION
          }
          onValueChange={(value) =>
            edit(
              (draft) => void (draft.mitigatingActionId = value === NO_ACTION ? null : (value as ActionId)),
            )
          }
        />
      </div>
      <TextAreaField
        label={text('stage.actions.risks.mitigation')}
        hiddenSuffix={suffix}
        rows={2}
        placeholder={text('stage.actions.risks.whatWillReduce')}
        {...bind('mitigation')}
      />
    </li>
  );
});
