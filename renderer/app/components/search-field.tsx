import { useId } from 'react';

/** A labelled search box beside a list, filtering it as the facilitator types. */
export function SearchField({
  label,
  value,
  onValueChange,
}: {
  readonly label: string;
  readonly value: string;
  readonly onValueChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field field--inline">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" value={value} onChange={(event) => onValueChange(event.target.value)} />
    </div>
  );
}
