import type { ComponentProps, ReactNode } from 'react';
import { WithHiddenSuffix } from './hidden-suffix';

/**
 * The app's quiet button, for the secondary actions beside content ("Dismiss", "Rename",
 * "Remove …"): a `type="button"` that never submits a form, small where `small`. A
 * `hiddenSuffix` follows the visible words for screen readers only ("Remove" + " Ana").
 */
export function QuietButton({
  small = false,
  hiddenSuffix,
  className,
  children,
  ...props
}: Omit<ComponentProps<'button'>, 'type'> & { readonly small?: boolean; readonly hiddenSuffix?: ReactNode }) {
  const classes = ['button button--quiet', small ? 'button--small' : '', className ?? ''];
  return (
    <button type="button" className={classes.filter((name) => name !== '').join(' ')} {...props}>
      <WithHiddenSuffix words={children} hiddenSuffix={hiddenSuffix} />
    </button>
  );
}
