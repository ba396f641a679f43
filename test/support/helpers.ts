import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { EenzaamheidHulp } from '../../src/element/eenzaamheid-hulp.js';

/** Renders a widget and waits until its text (and any French/English pack) is on screen. */
export async function renderWidget(template: TemplateResult): Promise<EenzaamheidHulp> {
  const el = await fixture<EenzaamheidHulp>(template);
  await waitFor(() => Boolean(el.shadowRoot?.querySelector('.root')), 'widget rendered');
  await el.updateComplete;
  return el;
}

export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

export function $(el: Element, selector: string): HTMLElement {
  const found = shadow(el).querySelector<HTMLElement>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

export function $$(el: Element, selector: string): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>(selector)];
}

export function texts(el: Element, selector: string): string[] {
  return $$(el, selector).map((node) => node.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

export async function waitFor(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Captures console.warn while `run` executes. */
export async function captureWarnings(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Types into the search box the way a resident does and waits for the results. */
export async function typeSearch(el: EenzaamheidHulp, query: string): Promise<void> {
  // The ranking search and its words load as chunks: wait until they are in.
  await waitFor(() => $(el, '[part="search"]').hasAttribute('data-ready'), 'search ready');
  const input = $(el, 'input[type="search"]') as HTMLInputElement;
  input.focus();
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  // The search module loads as a chunk; wait until the status region reflects this query.
  await waitFor(() => $(el, '[role="status"]').textContent!.trim() !== '', 'result announcement');
  await el.updateComplete;
}

export function resourceIds(el: Element, scope = '.finder'): string[] {
  return $$(el, `${scope} [data-resource-id]`).map((node) => node.dataset.resourceId ?? '');
}
