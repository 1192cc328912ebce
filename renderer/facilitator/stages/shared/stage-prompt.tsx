import type { ReactNode } from 'react';
import { text } from '../../../../shared/text';

/** The facilitator prompt that opens a stage editor: what to ask and what the group produces. */
export function StagePrompt({ children }: { children: ReactNode }) {
  return (
    <div className="stage-prompt">
      <p className="stage-prompt__label">{text('stage.shared.askTheRoom')}</p>
      <p className="stage-prompt__text">{children}</p>
    </div>
  );
}

/**
 * A warning that screen readers announce when it appears. The live region is always in the
 * page (announcements need it to exist before its text changes); it is empty, and takes no
 * space, while there is nothing to say.
 */
export function StageWarning({ id, children }: { id?: string; children?: ReactNode }) {
  const empty = children === undefined || children === null || children === false;
  return (
    <div id={id} role="status" className={empty ? 'stage-warning stage-warning--empty' : 'stage-warning'}>
      {empty ? null : (
        <>
          <span aria-hidden="true" className="stage-warning__icon">
            ⚠
          </span>
          {/* A div, not a paragraph: a warning may hold a list of points. */}
          <div className="stage-warning__text">
            <strong>{text('stage.shared.warning')} </strong>
            {children}
          </div>
        </>
      )}
    </div>
  );
}
