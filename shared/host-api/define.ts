import type { z } from 'zod';

/** One host method: the schema of its single argument and of its result. */
export interface MethodDefinition<Input extends z.ZodType, Output extends z.ZodType> {
  readonly input: Input;
  readonly output: Output;
  /** One sentence for developers: what the method does. */
  readonly summary: string;
  /**
   * True when the method only reads: it changes no file, setting, window or room. Only
   * read-only methods (and the room's own input, see `audienceMethodNames` in contract.ts)
   * reach the audience window, whose screen the whole room watches.
   */
  readonly readOnly?: boolean;
}

/** Declares a host method; keeps the literal schema types for inference. */
export function defineMethod<Input extends z.ZodType, Output extends z.ZodType>(
  definition: MethodDefinition<Input, Output>,
): MethodDefinition<Input, Output> {
  return definition;
}

/**
 * Marks some methods of a namespace's contract as read-only, by name: for contracts kept in
 * files of their own, so the marks sit beside the one list every transport is built from.
 */
export function markReadOnly<Contract extends Record<string, AnyMethodDefinition>>(
  contract: Contract,
  names: readonly (keyof Contract & string)[],
): Contract {
  const marked: Record<string, AnyMethodDefinition> = { ...contract };
  for (const name of names) {
    const definition = contract[name] as AnyMethodDefinition | undefined;
    if (definition === undefined) throw new Error(`The contract has no method called "${name}".`);
    marked[name] = { ...definition, readOnly: true };
  }
  return marked as Contract;
}

/** Any method definition, whatever its schemas. */
export type AnyMethodDefinition = MethodDefinition<z.ZodType, z.ZodType>;

/** Namespace of the IPC channels and HTTP routes derived from contract keys. */
export const CHANNEL_PREFIX = 'readyroom:';

/** The IPC channel of a host method, e.g. `readyroom:settings.get`. */
export function methodChannel(methodName: string): string {
  return `${CHANNEL_PREFIX}${methodName}`;
}

/** The IPC channel on which the main process pushes one host event to renderers. */
export function eventChannel(eventName: string): string {
  return `${CHANNEL_PREFIX}event:${eventName}`;
}

/**
 * The command-line switch the desktop shell gives the audience window's renderer
 * (`webPreferences.additionalArguments`): its preload then exposes only the audience's part
 * of the host API.
 */
export const AUDIENCE_WINDOW_SWITCH = '--readyroom-window=audience';
