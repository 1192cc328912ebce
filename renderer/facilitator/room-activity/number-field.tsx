import { useId } from 'react';

/** A labelled whole-number input (a time limit in minutes, dots per phone), kept as typed. */
export function NumberField({
  label,
  value,
  min,
  max,
  onValueChange,
}: {
  label: string;
  value: string;
  min: number;
  max: number;
  onValueChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
      />
    </div>
  );
}
