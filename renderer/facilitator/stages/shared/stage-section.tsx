import { useId, type ReactNode } from 'react';

/** A section of a stage editor: a panel named by its heading, with the section's own class. */
export function StageSection({
  heading,
  className,
  children,
}: {
  readonly heading: ReactNode;
  /** The section's own class, beside `panel stage-section`. */
  readonly className?: string;
  readonly children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section
      className={className === undefined ? 'panel stage-section' : `panel stage-section ${className}`}
      aria-labelledby={headingId}
    >
      <h3 id={headingId}>{heading}</h3>
      {children}
    </section>
  );
}
