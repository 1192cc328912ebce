import type { Notice } from '../../shared/host-api/contract';
import type { HostEventHub } from './event-hub';

/** Notices the host wants the facilitator to read once (a reset settings file, a restored backup). */
export class NoticeBoard {
  #notices: Notice[] = [];
  #nextId = 1;

  constructor(private readonly events: HostEventHub) {}

  add(message: string, severity: Notice['severity'] = 'warning'): void {
    this.#notices = [...this.#notices, { id: `notice-${this.#nextId++}`, message, severity }];
    this.events.emit('app.onDidChangeNotices', this.list());
  }

  dismiss(id: string): Notice[] {
    this.#notices = this.#notices.filter((notice) => notice.id !== id);
    this.events.emit('app.onDidChangeNotices', this.list());
    return this.list();
  }

  list(): Notice[] {
    return [...this.#notices];
  }
}
