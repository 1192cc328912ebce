import type { DotTotal, LiveActivity } from '../../../shared/host-api/voting-contract';
import type { ActivityAppended, ActivityRecord, NoteRecord } from './activity-records';
import { ClosingLedger } from './closing-ledger';

/** A phone's dots per item id. */
export type DotAllocation = ReadonlyMap<string, number>;

/**
 * The in-memory state of one room activity, fed only with lines already on the disk (or read
 * back from it): the notes still standing, each phone's latest dot allocation, and whether it
 * is closed and revealed. Device keys stay in here; `toState()` gives notes without them.
 */
export class ActivityLedger extends ClosingLedger {
  #revealedAt: string | null = null;
  /** Notes still standing, in the order they were written. */
  readonly #notes = new Map<string, NoteRecord>();
  /** Latest allocation per device key (phones that took every dot back are removed). */
  readonly #dots = new Map<string, DotAllocation>();

  constructor(readonly activity: ActivityRecord) {
    super();
  }

  get revealed(): boolean {
    return this.#revealedAt !== null;
  }

  /** Whether notes or dots may still come in at `now` (open, and before its time limit). */
  accepts(now: Date): boolean {
    const { closesAt } = this.activity;
    return this.status === 'open' && (closesAt === null || now.getTime() < Date.parse(closesAt));
  }

  /** Applies one committed journal line. */
  apply(record: ActivityAppended): void {
    switch (record.type) {
      case 'closed':
        this.close(record.closedAt);
        return;
      case 'revealed':
        this.#revealedAt = record.revealedAt;
        return;
      case 'note':
        if (this.status !== 'closed') this.#notes.set(record.id, record);
        return;
      case 'note-deleted':
        if (this.status !== 'closed' && this.#notes.get(record.id)?.deviceKey === record.deviceKey) {
          this.#notes.delete(record.id);
        }
        return;
      case 'dots':
        if (this.status === 'closed') return;
        this.#dots.delete(record.deviceKey);
        if (record.dots.length > 0) {
          this.#dots.set(record.deviceKey, new Map(record.dots.map((entry) => [entry.itemId, entry.dots])));
        }
        return;
    }
  }

  /** Reveals in memory only (when the journal can no longer be written). */
  revealNow(revealedAt: string): void {
    this.#revealedAt ??= revealedAt;
  }

  /** This phone's notes still standing, oldest first. */
  notesOf(deviceKey: string): NoteRecord[] {
    return [...this.#notes.values()].filter((note) => note.deviceKey === deviceKey);
  }

  /** Whether the note `id` is this phone's and still standing. */
  ownsNote(deviceKey: string, id: string): boolean {
    return this.#notes.get(id)?.deviceKey === deviceKey;
  }

  /** This phone's dots per item (empty when it placed none). */
  dotsOf(deviceKey: string): DotAllocation {
    return this.#dots.get(deviceKey) ?? new Map<string, number>();
  }

  /** Dots per item, every item, most dots first (ties in the items' own order). */
  totals(): DotTotal[] {
    const items = this.activity.dots?.items ?? [];
    const totals = new Map(items.map((item) => [item.id, 0]));
    for (const allocation of this.#dots.values()) {
      for (const [itemId, dots] of allocation) {
        if (totals.has(itemId)) totals.set(itemId, (totals.get(itemId) ?? 0) + dots);
      }
    }
    return [...totals].map(([itemId, dots]) => ({ itemId, dots })).sort((a, b) => b.dots - a.dots);
  }

  /** Phones that contributed: wrote a note still standing, or hold dots. */
  phones(): number {
    if (this.activity.kind === 'dots') return this.#dots.size;
    return new Set([...this.#notes.values()].map((note) => note.deviceKey)).size;
  }

  /**
   * The activity as the facilitator window sees it: counts while open; once closed, every
   * note (without who wrote it) or the totals, for the document.
   */
  toState(): LiveActivity {
    const closed = this.status === 'closed';
    const { activity } = this;
    const dotsPlaced = [...this.#dots.values()].reduce(
      (sum, allocation) => sum + [...allocation.values()].reduce((inner, dots) => inner + dots, 0),
      0,
    );
    return {
      activityId: activity.activityId,
      workshopId: activity.workshopId,
      kind: activity.kind,
      prompt: activity.prompt,
      status: closed ? 'closed' : 'open',
      openedAt: activity.openedAt,
      closedAt: this.closedAt,
      closesAt: activity.closesAt,
      revealed: this.revealed,
      revealedAt: this.#revealedAt,
      phones: this.phones(),
      writing:
        activity.writing === null
          ? null
          : {
              noteCount: this.#notes.size,
              maxNotesPerPhone: activity.writing.maxNotesPerPhone,
              maxNoteLength: activity.writing.maxNoteLength,
              notes: closed
                ? [...this.#notes.values()].map(({ id, text, writtenAt }) => ({ id, text, writtenAt }))
                : [],
            },
      dots:
        activity.dots === null
          ? null
          : {
              dotsPerPhone: activity.dots.dotsPerPhone,
              items: activity.dots.items.map((item) => ({ ...item })),
              dotsPlaced,
              totals: closed ? this.totals() : [],
            },
    };
  }
}
