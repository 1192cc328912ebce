import logoUrl from '../../../assets/icon.svg';

/** The app's mark and name, as shown in the header. */
export function AppLogo() {
  return (
    <span className="app-logo">
      <img src={logoUrl} alt="" width={28} height={28} />
      <span className="app-logo__name">ReadyRoom</span>
    </span>
  );
}
