import type { ReactNode } from 'react';

/**
 * Visible words followed by words only screen readers say, which name the row or card they
 * belong to ("Remove" + " Ana", "Owner" + " of action 3"): the words alone without a suffix.
 */
export function WithHiddenSuffix({
  words,
  hiddenSuffix,
}: {
  readonly words: ReactNode;
  readonly hiddenSuffix?: ReactNode;
}) {
  if (hiddenSuffix === undefined) return words;
  return (
    <>
      {words} <span className="visually-hidden">{hiddenSuffix}</span>
    </>
  );
}
