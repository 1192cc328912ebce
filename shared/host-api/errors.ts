/** Codes a host call can fail with; the renderer decides what to show from them. */
export type HostErrorCode =
  | 'invalid-argument'
  | 'unknown-method'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'damaged-file'
  | 'io-error'
  | 'internal';

/** The wire form of a failed host call. `message` is written for the person using the app. */
export interface HostErrorData {
  readonly code: HostErrorCode;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * The error every host method throws on purpose. Both transports turn it into
 * `HostErrorData` and the renderer's bridge turns it back into a `HostError`.
 */
export class HostError extends Error {
  readonly code: HostErrorCode;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(code: HostErrorCode, message: string, details?: Readonly<Record<string, unknown>>) {
    super(message);
    this.name = 'HostError';
    this.code = code;
    this.details = details;
  }

  /** The plain-object form sent over IPC or HTTP. */
  toData(): HostErrorData {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }

  /** Rebuilds a `HostError` from its wire form (or anything else that reached us). */
  static fromData(data: unknown): HostError {
    if (typeof data === 'object' && data !== null && 'code' in data && 'message' in data) {
      const { code, message, details } = data as HostErrorData;
      return new HostError(code, String(message), details);
    }
    return new HostError('internal', 'Something went wrong in ReadyRoom. Please try again.');
  }
}
