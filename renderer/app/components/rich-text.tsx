import { Fragment, type ReactNode } from 'react';
import { text, type MessageId } from '../../../shared/text';

/** Marks where a value that is not text goes, so the message's own word order is kept. */
const MARK = '\u0001';

/**
 * A message whose placeholders may be elements (`{when}` in bold): the catalogue keeps the
 * whole sentence, so a translation can move the element, and the words around it stay one
 * message instead of fragments.
 */
export function RichText({ id, values }: { id: MessageId; values: Readonly<Record<string, ReactNode>> }) {
  const nodes: ReactNode[] = [];
  const marked: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' || typeof value === 'number') {
      marked[name] = value;
    } else {
      marked[name] = `${MARK}${nodes.length}${MARK}`;
      nodes.push(value);
    }
  }
  const parts = text(id, marked).split(MARK);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>{index % 2 === 1 ? nodes[Number(part)] : part}</Fragment>
      ))}
    </>
  );
}
