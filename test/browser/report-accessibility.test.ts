import { expect } from '@open-wc/testing';
import type { EenzaamheidHulp } from '../../src/element/eenzaamheid-hulp.js';
import { $ } from '../support/helpers.js';
import { choose, fillAboutNeighbour, openForm, openMore, setFailSwitch, submit, waitForState } from '../support/report-helpers.js';

type State = { name: string; reach: (el: EenzaamheidHulp) => Promise<void>; after?: (el: EenzaamheidHulp) => Promise<void> };

const states: State[] = [
  { name: 'form opened', reach: async () => {} },
  { name: 'about oneself', reach: (el) => choose(el, 'about', 'self') },
  {
    name: 'about someone else, optional questions open',
    reach: async (el) => {
      await choose(el, 'about', 'other');
      await openMore(el);
    },
  },
  {
    name: 'errors after submit',
    reach: async (el) => {
      await choose(el, 'about', 'other');
      await submit(el);
    },
  },
  {
    name: 'not sent (200 HTML answer)',
    reach: async (el) => {
      await setFailSwitch('html');
      await fillAboutNeighbour(el);
      await submit(el);
      await waitForState(el, 'not-sent');
    },
  },
  {
    name: 'trying again (the receiver answers 503)',
    reach: async (el) => {
      await setFailSwitch('503');
      await fillAboutNeighbour(el);
      await submit(el);
      await waitForState(el, 'retrying');
    },
    // The default schedule tries again within seconds: let it arrive, so no send outlives the test.
    after: async (el) => {
      await setFailSwitch('ok');
      await waitForState(el, 'sent');
    },
  },
  {
    name: 'offline, waiting',
    reach: async (el) => {
      await fillAboutNeighbour(el);
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        await submit(el);
        await waitForState(el, 'offline');
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
    },
  },
  {
    name: 'sent',
    reach: async (el) => {
      await fillAboutNeighbour(el);
      await submit(el);
      await waitForState(el, 'sent');
    },
  },
];

/**
 * Waits until every transition the new theme started has finished (a fixed wait
 * is too short on a busy machine). Reading a computed style first makes the browser
 * apply the theme, which is when its transitions start.
 */
async function transitionsSettled(el: HTMLElement): Promise<void> {
  const root = el.shadowRoot as ShadowRoot;
  void getComputedStyle(root.querySelector('.root') ?? el).color;
  // Transitions only: a state may show an endless animation (a spinner).
  const transitions = root.getAnimations().filter((animation) => animation instanceof CSSTransition);
  await Promise.all(transitions.map((animation) => animation.finished.catch(() => undefined)));
}

describe('the meldpunt form, accessibility (axe)', () => {
  beforeEach(() => setFailSwitch('ok'));
  // A report waiting offline keeps its unload warning even when detached: let it go.
  afterEach(async () => {
    window.dispatchEvent(new Event('online'));
    await new Promise((resolve) => setTimeout(resolve, 300));
  });

  for (const theme of ['light', 'dark']) {
    for (const lang of ['nl', 'fr', 'en']) {
      for (const state of states) {
        it(`is axe-clean in ${lang}, ${theme}: ${state.name}`, async () => {
          const el = await openForm(lang);
          el.setAttribute('theme', theme);
          await state.reach(el);
          await el.updateComplete;
          // Let the theme's colour transitions finish, so axe sees the theme's colours.
          await transitionsSettled(el);
          expect($(el, '.report').getAttribute('lang') ?? $(el, '.root').getAttribute('lang')).to.equal(lang);
          await expect(el).to.be.accessible();
          await state.after?.(el);
        });
      }
    }
  }
});
