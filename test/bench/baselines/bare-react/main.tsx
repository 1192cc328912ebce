/**
 * The startup baseline: the least a React + Vite page can do — render one component and set
 * the same ready marker as the app, from an effect (after the first commit), as the app does.
 */
import { StrictMode, useEffect } from 'react';
import { createRoot } from 'react-dom/client';

function Baseline() {
  useEffect(() => {
    document.documentElement.dataset.appState = 'ready';
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
