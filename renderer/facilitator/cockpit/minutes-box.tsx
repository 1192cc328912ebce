import { useId } from 'react';

/**
 * A label and a box for whole minutes from 0 to `max` (a stage's timebox, its corrected actual
 * time). `onMinutes` hears such a number, or null when the box is emptied; anything else typed
 * (a fraction, a number out of range) changes nothing.
 */
export function MinutesBox({
  label,
  max,
  value,
  placeholder,
  title,
  onMinutes,
}: {
  label: string;
  max: number;
  value: number | null;
  placeholder?: string;
  title?: string;
  onMinutes: (minutes: number | null) => void;
}) {
  const id = useId();
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={0}
        max={max}
        value={value ?? ''}
        placeholder={placeholder}
        title={title}
        onChange={(event) => {
          const typed = event.target.value.trim();
          const minutes = Number(typed);
          if (typed === '') onMinutes(null);
          else if (Number.isInteger(minutes) && minutes >= 0 && minutes <= max) onMinutes(minutes);
        }}
      />
    </>
  );
}
