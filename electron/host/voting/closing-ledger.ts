/** Where a round or activity is: taking input, finishing what is in flight, or done. */
export type LedgerStatus = 'open' | 'closing' | 'closed';

/**
 * What the tally of a round and of a room activity share: open, then closing while the closing
 * line is written (open again when it cannot be), then closed at the time that line says.
 */
export abstract class ClosingLedger {
  #status: LedgerStatus = 'open';
  #closedAt: string | null = null;

  get status(): LedgerStatus {
    return this.#status;
  }

  /** When it closed, from its closing line; null until then. */
  get closedAt(): string | null {
    return this.#closedAt;
  }

  /** Stops taking input while the closing line is written. */
  beginClosing(): void {
    if (this.#status === 'open') this.#status = 'closing';
  }

  /** Takes input again (the closing line could not be written). */
  cancelClosing(): void {
    if (this.#status === 'closing') this.#status = 'open';
  }

  /** Applies the closing line. */
  protected close(closedAt: string): void {
    this.#status = 'closed';
    this.#closedAt = closedAt;
  }
}
