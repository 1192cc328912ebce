import { useAppStore } from '../store/store-context';
import { text } from '../../../shared/text';
import { QuietButton } from './quiet-button';

/** Host notices (a reset settings file, a restored backup) until the facilitator dismisses them. */
export function NoticeList() {
  const notices = useAppStore((state) => state.notices);
  const dismissNotice = useAppStore((state) => state.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <section className="notice-list" aria-label={text('app.notices')}>
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice--${notice.severity}`} role="status">
          <p>{notice.message}</p>
          <QuietButton onClick={() => void dismissNotice(notice.id)}>{text('common.dismiss')}</QuietButton>
        </div>
      ))}
    </section>
  );
}
