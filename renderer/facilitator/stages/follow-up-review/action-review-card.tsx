import { useId } from 'react';
import { ownerLabel } from '../../../../shared/canvases/canvas-graph';
import { choiceLabels, text } from '../../../../shared/text';
import {
  ACTION_STATUSES,
  MAXIMUM_PROGRESS,
  type Action,
  type ActionStatus,
} from '../../../../shared/workshop/actions';
import type { ActionReview } from '../../../../shared/workshop/session-schema';
import { isOverdue } from '../../../../shared/workshop/sessions';
import { useAppStore } from '../../../app/store/store-context';
import { SelectField, TextAreaField, TextField, type Choice } from '../shared/fields';

const STATUS_LABELS = choiceLabels('actionStatus', ACTION_STATUSES);
const STATUS_CHOICES: readonly Choice<ActionStatus>[] = ACTION_STATUSES.map((value) => ({
  value,
  label: STATUS_LABELS[value],
}));

interface ActionReviewCardProps {
  readonly action: Action;
  /** What the session shown recorded about the action, if it reviewed it. */
  readonly review: ActionReview | undefined;
  /** The day overdue is judged against: today, or the day of the earlier session shown. */
  readonly today: string;
  /** An earlier session: show what it recorded, change nothing. */
  readonly readOnly: boolean;
}

/** One action in the review: status, percent done, a note and the due date (the original kept). */
export function ActionReviewCard({ action, review, today, readOnly }: ActionReviewCardProps) {
  const reviewAction = useAppStore((state) => state.reviewAction);
  const owner = useAppStore((state) =>
    state.workshop === null ? '' : ownerLabel(action.owner, state.workshop),
  );
  const headingId = useId();
  const progressId = useId();
  const shown = readOnly
    ? {
        status: review?.status ?? action.status,
        progress: review?.progress ?? null,
        note: review?.note ?? '',
        dueDate: review?.dueDate ?? action.dueDate,
      }
    : {
        status: action.status,
        progress: action.progress ?? null,
        note: action.reviewNote ?? '',
        dueDate: action.dueDate,
      };
  const original = action.originalDueDate ?? '';
  const overdue = isOverdue({ status: shown.status, dueDate: shown.dueDate }, today);
  const suffix = ` (${action.title})`;
  return (
    <li className="action-review" aria-labelledby={headingId} data-record-id={action.id}>
      <h3 id={headingId} className="action-review__title">
        {action.title}
      </h3>
      <p className="action-review__facts">
        {owner === '' ? text('followUp.review.noOwner') : text('followUp.review.owner', { owner })}
        {' · '}
        {review === undefined ? text('followUp.review.notReviewed') : text('followUp.review.reviewed')}
      </p>
      {overdue ? (
        <p className="action-review__overdue">
          <strong>{text('followUp.review.overdue', { date: shown.dueDate })}</strong>
        </p>
      ) : null}
      <div className="action-review__fields">
        <SelectField
          label={text('followUp.review.status')}
          hiddenSuffix={suffix}
          value={shown.status}
          choices={STATUS_CHOICES}
          onValueChange={(status) => reviewAction(action.id, { status })}
        />
        <div className="field stage-field">
          <label htmlFor={progressId} className="stage-field__label">
            {text('followUp.review.progress')}
            <span className="visually-hidden">{suffix}</span>
          </label>
          <input
            id={progressId}
            type="number"
            min={0}
            max={MAXIMUM_PROGRESS}
            step={5}
            value={shown.progress ?? ''}
            onChange={(event) => reviewAction(action.id, { progress: toProgress(event.target.value) })}
          />
        </div>
        <TextField
          type="date"
          label={text('followUp.review.dueDate')}
          hiddenSuffix={suffix}
          value={shown.dueDate}
          hint={original === '' ? undefined : text('followUp.review.originalDue', { date: original })}
          onValueChange={(dueDate) => reviewAction(action.id, { dueDate })}
        />
      </div>
      <TextAreaField
        label={text('followUp.review.note')}
        hiddenSuffix={suffix}
        rows={2}
        value={shown.note}
        onValueChange={(note) => reviewAction(action.id, { note })}
      />
    </li>
  );
}

/** A typed percent: empty is no figure; anything else is kept within 0–100. */
export function toProgress(typed: string): number | null {
  if (typed.trim() === '') return null;
  const value = Math.round(Number(typed));
  if (!Number.isFinite(value)) return null;
  return Math.min(MAXIMUM_PROGRESS, Math.max(0, value));
}
