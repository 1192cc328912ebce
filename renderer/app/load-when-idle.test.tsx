import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { lazyPreloadable, preloadWhenIdle } from './load-when-idle';

/** A load the test finishes by hand, counting how often it was started. */
function controlledLoad() {
  const started: ((component: () => React.JSX.Element) => void)[] = [];
  const failures: ((error: Error) => void)[] = [];
  const load = () =>
    new Promise<() => React.JSX.Element>((resolve, reject) => {
      started.push(resolve);
      failures.push(reject);
    });
  return { load, started, failures };
}

const until = async (condition: () => boolean) => {
  for (let tries = 0; tries < 200 && !condition(); tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  expect(condition()).toBe(true);
};

describe('lazyPreloadable', () => {
  it('loads once, whether preloaded, rendered or both', async () => {
    const { load, started } = controlledLoad();
    const editor = lazyPreloadable(load);
    const first = editor.preload();
    expect(editor.preload()).toBe(first);
    render(
      <Suspense fallback={<p>Loading</p>}>
        <editor.Component />
      </Suspense>,
    );
    expect(screen.getByText('Loading')).toBeTruthy();
    started[0]?.(() => <p>The editor</p>);
    expect(await screen.findByText('The editor')).toBeTruthy();
    expect(started).toHaveLength(1);
  });

  it('tries again after a failed load, so a failed preload does not break the screen', async () => {
    const { load, started, failures } = controlledLoad();
    const editor = lazyPreloadable(load);
    const failed = editor.preload();
    failures[0]?.(new Error('The chunk could not be read.'));
    await expect(failed).rejects.toThrow('could not be read');
    render(
      <Suspense fallback={<p>Loading</p>}>
        <editor.Component />
      </Suspense>,
    );
    expect(started).toHaveLength(2);
    started[1]?.(() => <p>The editor</p>);
    expect(await screen.findByText('The editor')).toBeTruthy();
  });
});

describe('preloadWhenIdle', () => {
  it('loads one at a time, in order, and goes on past a failure', async () => {
    const loads = [controlledLoad(), controlledLoad(), controlledLoad()];
    preloadWhenIdle(loads.map((entry) => entry.load));
    await until(() => loads[0]?.started.length === 1);
    expect(loads[1]?.started).toHaveLength(0);
    loads[0]?.failures[0]?.(new Error('gone'));
    await until(() => loads[1]?.started.length === 1);
    expect(loads[2]?.started).toHaveLength(0);
    loads[1]?.started[0]?.(() => <p />);
    await until(() => loads[2]?.started.length === 1);
  });

  it('starts nothing more once stopped', async () => {
    const loads = [controlledLoad(), controlledLoad()];
    const stop = preloadWhenIdle(loads.map((entry) => entry.load));
    await until(() => loads[0]?.started.length === 1);
    stop();
    loads[0]?.started[0]?.(() => <p />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loads[1]?.started).toHaveLength(0);
  });

  it('starts nothing when stopped before the first idle moment', async () => {
    const load = controlledLoad();
    preloadWhenIdle([load.load])();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(load.started).toHaveLength(0);
  });
});
