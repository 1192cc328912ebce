import { useId, type KeyboardEventHandler, type ReactNode, type Ref } from 'react';

/**
 * Form primitives for the stage editors. Every control has a real `<label>`: visible in forms,
 * visually hidden inside tables (where the column header shows it and the label names the row,
 * e.g. "Role of Ana Lopez"). Hints and friendly problems are linked with `aria-describedby`;
 * a problem never blocks typing and never marks the field invalid, it only suggests.
 */
interface FieldProps {
  /** The label; inside tables, name the row too ("Team of Ana Lopez"). */
  readonly label: ReactNode;
  /** Hides the label visually (it stays for assistive technology). Use inside tables only. */
  readonly hideLabel?: boolean;
  /** A short, always-visible explanation under the control. */
  readonly hint?: ReactNode;
  /** A friendly suggestion about the current value, shown under the control; null when none. */
  readonly problem?: ReactNode;
  /** Ids of other elements that describe the control (for example a warning elsewhere). */
  readonly describedBy?: string;
  readonly className?: string;
}

function describedByIds(id: string, props: FieldProps): string | undefined {
  const ids = [
    props.hint === undefined ? null : `${id}-hint`,
    props.problem === undefined || props.problem === null || props.problem === false ? null : `${id}-problem`,
    props.describedBy ?? null,
  ].filter((value): value is string => value !== null && value !== '');
  return ids.length === 0 ? undefined : ids.join(' ');
}

function FieldLabel({ id, label, hideLabel }: { id: string; label: ReactNode; hideLabel?: boolean }) {
  return (
    <label htmlFor={id} className={hideLabel === true ? 'visually-hidden' : 'stage-field__label'}>
      {label}
    </label>
  );
}

function FieldMessages({ id, hint, problem }: { id: string; hint?: ReactNode; problem?: ReactNode }) {
  return (
    <>
      {hint === undefined ? null : (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <FieldProblem id={`${id}-problem`} problem={problem} />
    </>
  );
}

/** A friendly inline message about a value: text with an icon, never colour alone. */
export function FieldProblem({ id, problem }: { id: string; problem?: ReactNode }) {
  if (problem === undefined || problem === null || problem === false) return null;
  return (
    <p id={id} className="stage-note">
      <span aria-hidden="true" className="stage-note__icon">
        !
      </span>
      <span>{problem}</span>
    </p>
  );
}

interface TextFieldProps extends FieldProps {
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  readonly type?: 'text' | 'date';
  readonly placeholder?: string;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly onKeyDown?: KeyboardEventHandler<HTMLInputElement>;
}

/** A one-line text (or date) input with its label, hint and problem. */
export function TextField(props: TextFieldProps) {
  const id = useId();
  const { label, hideLabel, hint, problem, value, onValueChange, type, placeholder, inputRef, onKeyDown } =
    props;
  return (
    <div className={['field', 'stage-field', props.className].filter(Boolean).join(' ')}>
      <FieldLabel id={id} label={label} hideLabel={hideLabel} />
      <input
        id={id}
        ref={inputRef}
        type={type ?? 'text'}
        value={value}
        placeholder={placeholder}
        aria-describedby={describedByIds(id, props)}
        onKeyDown={onKeyDown}
        onChange={(event) => onValueChange(event.target.value)}
      />
      <FieldMessages id={id} hint={hint} problem={problem} />
    </div>
  );
}

interface TextAreaFieldProps extends FieldProps {
  readonly value: string;
  readonly onValueChange: (value: string) => void;
  readonly rows?: number;
  readonly placeholder?: string;
}

/** A multi-line text input with its label, hint and problem. */
export function TextAreaField(props: TextAreaFieldProps) {
  const id = useId();
  const { label, hideLabel, hint, problem, value, onValueChange, rows, placeholder } = props;
  return (
    <div className={['field', 'stage-field', props.className].filter(Boolean).join(' ')}>
      <FieldLabel id={id} label={label} hideLabel={hideLabel} />
      <textarea
        id={id}
        rows={rows ?? 3}
        value={value}
        placeholder={placeholder}
        aria-describedby={describedByIds(id, props)}
        onChange={(event) => onValueChange(event.target.value)}
      />
      <FieldMessages id={id} hint={hint} problem={problem} />
    </div>
  );
}

/** One choice of a select: the stored value and the words shown for it. */
export interface Choice<Value extends string> {
  readonly value: Value;
  readonly label: string;
}

interface SelectFieldProps<Value extends string> extends FieldProps {
  readonly value: Value;
  readonly choices: readonly Choice<Value>[];
  readonly onValueChange: (value: Value) => void;
}

/** A select of fixed choices with its label, hint and problem. */
export function SelectField<Value extends string>(props: SelectFieldProps<Value>) {
  const id = useId();
  const { label, hideLabel, hint, problem, value, choices, onValueChange } = props;
  return (
    <div className={['field', 'stage-field', props.className].filter(Boolean).join(' ')}>
      <FieldLabel id={id} label={label} hideLabel={hideLabel} />
      <select
        id={id}
        value={value}
        aria-describedby={describedByIds(id, props)}
        onChange={(event) => {
          const chosen = choices.find((choice) => choice.value === event.target.value);
          if (chosen !== undefined) onValueChange(chosen.value);
        }}
      >
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <FieldMessages id={id} hint={hint} problem={problem} />
    </div>
  );
}

interface CheckboxFieldProps extends FieldProps {
  readonly checked: boolean;
  readonly onCheckedChange: (checked: boolean) => void;
  readonly onKeyDown?: KeyboardEventHandler<HTMLInputElement>;
}

/** A checkbox with its label after it (or a hidden label inside tables). */
export function CheckboxField(props: CheckboxFieldProps) {
  const id = useId();
  const { label, hideLabel, hint, problem, checked, onCheckedChange, onKeyDown } = props;
  return (
    <div className={['field', 'field--inline', 'stage-field', props.className].filter(Boolean).join(' ')}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        aria-describedby={describedByIds(id, props)}
        onKeyDown={onKeyDown}
        onChange={(event) => onCheckedChange(event.target.checked)}
      />
      <label htmlFor={id} className={hideLabel === true ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} problem={problem} />
    </div>
  );
}
