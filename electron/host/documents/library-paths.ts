import path from 'node:path';
import { HostError } from '../../../shared/host-api/errors';
import { text } from '../../../shared/text';

/** The hidden folder in the library that holds deleted workshops. */
export const TRASH_FOLDER_NAME = '.trash';

/**
 * Turns a path from the UI into an absolute path. Absolute paths are taken as they are (the
 * facilitator picked them in a file dialog); anything else must be a bare file name, which
 * means "in the library". A relative path with folders in it could walk out of the library
 * with `..`, so it is refused rather than interpreted.
 */
export function resolveWorkshopPath(input: string, libraryFolder: string): string {
  if (path.isAbsolute(input)) return path.resolve(input);
  const isBareName =
    input === path.basename(input) && !input.includes('/') && !input.includes('\\') && input !== '..';
  if (!isBareName || input.startsWith('.')) {
    throw new HostError('invalid-argument', text('host.documents.badPath', { path: input }), { path: input });
  }
  return path.join(path.resolve(libraryFolder), input);
}

/** True when `candidate` is inside `folder` (not the folder itself, and not beside it). */
export function isInside(folder: string, candidate: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(candidate));
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** True when `candidate` is directly inside `folder`. */
export function isDirectlyInside(folder: string, candidate: string): boolean {
  return isInside(folder, candidate) && path.dirname(path.resolve(candidate)) === path.resolve(folder);
}
