import type { z } from 'zod';
import { HostError } from './errors';
import { hostContract, type HostMethodName, type HostMethods } from './contract';

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the argument';
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/** Turns a zod error into one sentence that names each bad field. */
export function describeZodError(error: z.ZodError): string {
  const parts = error.issues.slice(0, 5).map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return `${describePath(issue.path)} has fields ReadyRoom does not know: ${issue.keys.join(', ')}`;
    }
    return `${describePath(issue.path)}: ${issue.message}`;
  });
  const more = error.issues.length > 5 ? ` (and ${error.issues.length - 5} more problems)` : '';
  return `${parts.join('; ')}${more}`;
}

function isHostMethodName(name: string): name is HostMethodName {
  return Object.prototype.hasOwnProperty.call(hostContract, name);
}

/**
 * The single entry point both transports call: checks the method exists, validates the
 * argument against the contract and calls the implementation. Anything the implementation
 * throws that is not a `HostError` becomes a generic `internal` error so no stack traces or
 * paths leak to the UI.
 */
export async function dispatchHostCall(
  methods: HostMethods,
  name: string,
  rawInput: unknown,
): Promise<unknown> {
  if (!isHostMethodName(name)) {
    throw new HostError('unknown-method', `ReadyRoom has no host method called "${name}".`);
  }
  const definition = hostContract[name];
  const parsed = definition.input.safeParse(rawInput);
  if (!parsed.success) {
    throw new HostError(
      'invalid-argument',
      `ReadyRoom refused a call to ${name} because ${describeZodError(parsed.error)}.`,
    );
  }
  const implementation = methods[name] as (input: unknown) => Promise<unknown>;
  try {
    return await implementation(parsed.data);
  } catch (error) {
    if (error instanceof HostError) throw error;
    console.error(`[readyroom] ${name} failed`, error);
    throw new HostError(
      'internal',
      `Something went wrong while running ${name}. Your saved work is safe; please try again.`,
    );
  }
}
