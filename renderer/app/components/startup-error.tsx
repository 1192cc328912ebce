import { text } from '../../../shared/text';

/** Shown instead of the app when the host cannot be reached at start. */
export function StartupError({ message }: { message: string }) {
  return (
    <main className="startup-error">
      <h1>{text('app.startupFailed')}</h1>
      <p role="alert">{message}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {text('app.tryAgain')}
      </button>
    </main>
  );
}
