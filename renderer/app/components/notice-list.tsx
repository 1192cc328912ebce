import { useAppStore } from '../store/store-context';

/** Host notices (a reset settings file, a restored backup) until the facilitator dismisses them. */
export function NoticeList() {
  const notices = useAppStore((state) => state.notices);
  const dismissNotice = useAppStore((state) => state.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <section className="notice-list" aria-label="Notices">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice--${notice.severity}`} role="status">
          <p>{notice.message}</p>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void dismissNotice(notice.id)}
          >
            Dismiss
          </button>
        </div>
      ))}
    </section>
  );
}
