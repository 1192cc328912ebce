/**
 * The startup baseline: the least a React + Vite page can do — render one component and set
 * the same ready marker as the app, at the same moment the app does (see
 * `renderer/app/mount.tsx`): once React has committed and the browser has drawn that frame
 * (a layout effect right after the commit requests the next frame; a task after it marks).
 */
import { StrictMode, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Baseline() {
  useLayoutEffect(() => {
    // After the next frame has been drawn, as the app waits before it calls itself usable.
    requestAnimationFrame(() => {
      setTimeout(() => {
        document.documentElement.dataset.appState = 'ready';
      }, 0);
    });
  }, []);
  return (
    <main>
      <h1>Bare React</h1>
      <p>Baseline page for the startup benchmark.</p>
    </main>
  );
}

const container = document.getElementById('root');
if (container === null) throw new Error('The baseline page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <Baseline />
  </StrictMode>,
);
