import {
  useId,
  useRef,
  type ChangeEvent,
  type KeyboardEvent,
  type KeyboardEventHandler,
  type ReactNode,
  type Ref,
} from 'react';
import { WithHiddenSuffix } from '../../../app/components/hidden-suffix';
import { cancelOnEscape } from '../../../app/focus/focus-rule';

/**
 * Form primitives for the stage editors. Every control has a real `<label>`: visible in forms,
 * visually hidden inside tables (where the column header shows it and the label names the row,
 * e.g. "Role of Ana Lopez"). Hints and friendly problems are linked with `aria-describedby`;
 * a problem never blocks typing and never marks the field invalid, it only suggests. Escape in
 * a text field puts back the value it had when focus came in.
 */
interface FieldProps {
  /** The label; inside tables, name the row too ("Team of Ana Lopez"). */
  readonly label: ReactNode;
  /** Hides the label visually (it stays for assistive technology). Use inside tables only. */
  readonly hideLabel?: boolean;
  /**
   * Words after the label for assistive technology only, naming the row or card the field
   * belongs to ("of Policy administration").
   */
  readonly hiddenSuffix?: ReactNode;
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

function FieldLabel({ id, ...props }: { id: string } & FieldProps) {
  return (
    <label htmlFor={id} className={props.hideLabel === true ? 'visually-hidden' : 'stage-field__label'}>
      <WithHiddenSuffix words={props.label} hiddenSuffix={props.hiddenSuffix} />
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

/** What a field's control needs from its frame: its id and the ids of what describes it. */
interface ControlIds {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
}

/**
 * The frame every labelled field shares: the wrapper, the label before the control, and the
 * hint and problem after it. `control` renders the input, textarea or select with its ids.
 */
function FieldFrame({ props, control }: { props: FieldProps; control: (ids: ControlIds) => ReactNode }) {
  const id = useId();
  return (
    <div className={['field', 'stage-field', props.className].filter(Boolean).join(' ')}>
      <FieldLabel id={id} {...props} />
      {control({ id, 'aria-describedby': describedByIds(id, props) })}
      <FieldMessages id={id} hint={props.hint} problem={props.problem} />
    </div>
  );
}

/**
 * Escape in a text field cancels the edit (the app's focus rule, `cancelOnEscape`): it puts
 * back the value the field had when focus came into it, and goes no further. With nothing
 * changed, Escape is left to whatever listens around the field.
 */
function useEscapeRestores<Element extends HTMLInputElement | HTMLTextAreaElement>(
  value: string,
  onValueChange: (value: string) => void,
  onKeyDown?: KeyboardEventHandler<Element>,
) {
  const before = useRef<string | null>(null);
  return {
    onFocus: () => {
      before.current = value;
    },
    onBlur: () => {
      before.current = null;
    },
    onKeyDown: (event: KeyboardEvent<Element>) => {
      onKeyDown?.(event);
      const old = before.current;
      if (old !== null && old !== value) cancelOnEscape(() => onValueChange(old))(event);
    },
  };
}

/**
 * What a text input and a text area share: the value and its placeholder, Escape that puts
 * the old value back, and each change handed on as text.
 */
function useTextControl<Element extends HTMLInputElement | HTMLTextAreaElement>(
  { value, onValueChange, placeholder }: Pick<TextFieldProps, 'value' | 'onValueChange' | 'placeholder'>,
  onKeyDown?: KeyboardEventHandler<Element>,
) {
  return {
    value,
    placeholder,
    ...useEscapeRestores<Element>(value, onValueChange, onKeyDown),
    onChange: (event: ChangeEvent<Element>) => onValueChange(event.target.value),
  };
}

/** A one-line text (or date) input with its label, hint and problem. */
export function TextField(props: TextFieldProps) {
  const control = useTextControl<HTMLInputElement>(props, props.onKeyDown);
  return (
    <FieldFrame
      props={props}
      control={(ids) => <input {...ids} ref={props.inputRef} type={props.type ?? 'text'} {...control} />}
    />
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
  const control = useTextControl<HTMLTextAreaElement>(props);
  return (
    <FieldFrame props={props} control={(ids) => <textarea {...ids} rows={props.rows ?? 3} {...control} />} />
  );
}

/** One choice of a select: the stored value and the words shown for it. */
export interface Choice<Value extends string> {
  readonly value: Value;
  readonly label: string;
}

/** The choices of a select from a list of values and the words for each (declared once per list). */
export function choicesOf<Value extends string>(
  values: readonly Value[],
  labelOf: (value: Value) => string,
): readonly Choice<Value>[] {
  return values.map((value) => ({ value, label: labelOf(value) }));
}

interface SelectFieldProps<Value extends string> extends FieldProps {
  readonly value: Value;
  readonly choices: readonly Choice<Value>[];
  readonly onValueChange: (value: Value) => void;
}

/** A select of fixed choices with its label, hint and problem. */
export function SelectField<Value extends string>(props: SelectFieldProps<Value>) {
  const { value, choices, onValueChange } = props;
  return (
    <FieldFrame
      props={props}
      control={(ids) => (
        <select
          {...ids}
          value={value}
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
      )}
    />
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
  const { hideLabel, hint, problem, checked, onCheckedChange, onKeyDown } = props;
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
        <WithHiddenSuffix words={props.label} hiddenSuffix={props.hiddenSuffix} />
      </label>
      <FieldMessages id={id} hint={hint} problem={problem} />
    </div>
  );
}
