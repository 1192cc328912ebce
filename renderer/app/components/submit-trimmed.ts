import type { FormEvent } from 'react';

/**
 * The submit handler of a form for one line of text (a title, a folder, a topic): the page
 * never reloads, and `apply` gets the text without the spaces around it, unless none is left.
 */
export function submitTrimmed(value: string, apply: (trimmed: string) => void) {
  return (event: FormEvent) => {
    event.preventDefault();
    const trimmed = value.trim();
    if (trimmed !== '') apply(trimmed);
  };
}
