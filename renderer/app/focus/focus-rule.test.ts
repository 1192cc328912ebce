import { afterEach, describe, expect, it, vi } from 'vitest';
import { FOCUS_PLACES, place } from './focus-places';
import { applyFocusRequest, cancelOnEscape, rememberFocus } from './focus-rule';

/** Puts `html` in the page and returns the body. */
function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

function focused(): string {
  const element = document.activeElement;
  return element === null || element === document.body
    ? 'nothing'
    : element.getAttribute('aria-label') || element.id || (element.textContent ?? '');
}

/** Lets the helper's observer see a change, and React-like renders settle. */
const aMoment = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('after a command creates something', () => {
  it('focuses the first field of the new record once it is on screen', async () => {
    page('<button id="add">Add stakeholder</button>');
    document.getElementById('add')?.focus();
    applyFocusRequest({ kind: 'created', place: FOCUS_PLACES.record('s-1') }, document);
    expect(focused()).toBe('add'); // not on screen yet: focus waits for it

    document.body.insertAdjacentHTML(
      'beforeend',
      `<section data-record-id="s-1"><h3>Unnamed stakeholder</h3>
         <select aria-label="Same person as a participant"></select>
         <div class="first-field"><input aria-label="Name"></div></section>`,
    );
    await aMoment();
    expect(focused()).toBe('Name');
  });

  it('takes the first field when no field is marked first, and skips hidden ones', () => {
    page(
      `<form class="library__folder-form"><input type="hidden"><input aria-label="Hidden" hidden>
         <input aria-label="Folder"><button>Use this folder</button></form>`,
    );
    applyFocusRequest({ kind: 'created', place: FOCUS_PLACES.libraryFolderForm }, document);
    expect(focused()).toBe('Folder');
  });

  it('gives up quietly when the record never shows', async () => {
    vi.useFakeTimers();
    try {
      page('<button id="add">Add</button>');
      document.getElementById('add')?.focus();
      applyFocusRequest({ kind: 'created', place: FOCUS_PLACES.record('never') }, document, 100);
      vi.advanceTimersByTime(200);
      document.body.insertAdjacentHTML('beforeend', '<section data-record-id="never"><input></section>');
      await vi.runAllTimersAsync();
      expect(focused()).toBe('add');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('after a command removes something', () => {
  it('focuses the first stated place on screen: the next workshop in the library', () => {
    page(
      `<h2 id="library-heading">Your workshops</h2><ul>
         <li data-library-path="/w/b.readyroom"><button class="library-item__open">B</button></li></ul>`,
    );
    applyFocusRequest(
      {
        kind: 'removed',
        places: [
          FOCUS_PLACES.libraryItem('/w/a "quoted".readyroom'),
          FOCUS_PLACES.libraryItem('/w/b.readyroom'),
        ],
      },
      document,
    );
    expect(focused()).toBe('B');
  });

  it('falls back to a heading, which can take focus but stays out of the Tab order', () => {
    page('<h2 id="library-heading">Your workshops</h2>');
    applyFocusRequest(
      { kind: 'removed', places: [FOCUS_PLACES.libraryItem('/gone'), FOCUS_PLACES.libraryHeading] },
      document,
    );
    expect(focused()).toBe('library-heading');
    expect(document.getElementById('library-heading')?.getAttribute('tabindex')).toBe('-1');
  });
});

describe('after a command closes something', () => {
  it('focuses the stated place once the screen shows it: Reveal after closing a round', async () => {
    page('<button>Close round 2</button>');
    applyFocusRequest(
      { kind: 'closed', places: [`${FOCUS_PLACES.roundResult('r2')} ${place('reveal-round')}`] },
      document,
    );
    document.body.innerHTML = `<div data-round-id="r1"><button data-focus-place="reveal-round">Reveal round 1</button></div>
      <div data-round-id="r2"><button data-focus-place="reveal-round">Reveal round 2</button></div>`;
    await aMoment();
    expect(focused()).toBe('Reveal round 2');
  });

  it('a newer request replaces one still waiting', async () => {
    page('<p>Loading</p>');
    const cancel = applyFocusRequest({ kind: 'opened', places: [FOCUS_PLACES.stageHeading] }, document);
    cancel();
    applyFocusRequest({ kind: 'closed', places: [FOCUS_PLACES.libraryHeading] }, document);
    document.body.innerHTML = '<h2 id="stage-heading">Data</h2><h2 id="library-heading">Your workshops</h2>';
    await aMoment();
    expect(focused()).toBe('library-heading');
  });

  it('a dialog gives focus back to what opened it, or to a fallback when that is gone', () => {
    page('<button id="opener">Commands</button><h2 id="stage-heading">Data</h2>');
    document.getElementById('opener')?.focus();
    rememberFocus(document)([FOCUS_PLACES.stageHeading]);
    expect(focused()).toBe('opener');

    const giveBack = rememberFocus(document);
    document.getElementById('opener')?.remove();
    giveBack([FOCUS_PLACES.stageHeading]);
    expect(focused()).toBe('stage-heading');
  });
});

describe('Escape in an inline edit', () => {
  function press(key: string, isComposing = false) {
    return { key, isComposing, preventDefault: vi.fn(), stopPropagation: vi.fn() };
  }

  it('cancels the edit and goes no further', () => {
    const cancel = vi.fn();
    const event = press('Escape');
    cancelOnEscape(cancel)(event);
    expect(cancel).toHaveBeenCalledOnce();
    expect(event.preventDefault).toHaveBeenCalled();
    expect(event.stopPropagation).toHaveBeenCalled();
  });

  it('leaves other keys, and Escape while composing text, alone', () => {
    const cancel = vi.fn();
    const other = press('Enter');
    cancelOnEscape(cancel)(other);
    cancelOnEscape(cancel)(press('Escape', true));
    expect(cancel).not.toHaveBeenCalled();
    expect(other.preventDefault).not.toHaveBeenCalled();
  });
});
