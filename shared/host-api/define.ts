import type { z } from 'zod';

/** One host method: the schema of its single argument and of its result. */
export interface MethodDefinition<Input extends z.ZodType, Output extends z.ZodType> {
  readonly input: Input;
  readonly output: Output;
  /** One sentence for developers: what the method does. */
  readonly summary: string;
}

/** Declares a host method; keeps the literal schema types for inference. */
export function defineMethod<Input extends z.ZodType, Output extends z.ZodType>(
  definition: MethodDefinition<Input, Output>,
): MethodDefinition<Input, Output> {
  return definition;
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
