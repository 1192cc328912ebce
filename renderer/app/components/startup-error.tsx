/** Shown instead of the app when the host cannot be reached at start. */
export function StartupError({ message }: { message: string }) {
  return (
    <main className="startup-error">
      <h1>ReadyRoom could not start</h1>
      <p role="alert">{message}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Try again
      </button>
    </main>
  );
}
