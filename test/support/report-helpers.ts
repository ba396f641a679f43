import type { EenzaamheidHulp } from '../../src/element/eenzaamheid-hulp.js';
import { $, $$, renderWidget, waitFor } from './helpers.js';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

/** The widget, or the form on its own (test/support/form-host.ts). */
export type FormElement = HTMLElement & { readonly updateComplete: Promise<unknown> };

let receiverBase: string | undefined;

/** The real receiver started beside the test server (test/support/receiver-plugin.mjs). */
export async function receiver(): Promise<string> {
  receiverBase ??= ((await (await fetch('/fixtures/receiver.json')).json()) as { base: string }).base;
  return receiverBase;
}

export async function setFailSwitch(mode: string, extra: Record<string, unknown> = {}): Promise<void> {
  const response = await fetch(`${await receiver()}/__control`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ mode, ...extra }),
  });
  if (!response.ok) throw new Error(`fail switch: HTTP ${response.status}`);
}

export async function storedReports(): Promise<number> {
  const response = await fetch(`${await receiver()}/__control/reports-count`);
  return ((await response.json()) as { count: number }).count;
}

/** A widget posting to the real receiver, with its form opened. */
export async function openForm(
  lang = 'nl',
  attributes: { format?: string; serviceCode?: string; apiKey?: string; partner?: string; base?: string } = {},
): Promise<EenzaamheidHulp> {
  const base = attributes.base ?? (await receiver());
  const endpoint = attributes.format === 'open311' ? base : `${base}/reports`;
  const el = await renderWidget(
    html`<eenzaamheid-hulp
      lang=${lang}
      endpoint=${endpoint}
      format=${attributes.format ?? 'json'}
      service-code=${attributes.serviceCode ?? ''}
      api-key=${ifDefined(attributes.apiKey)}
      partner=${ifDefined(attributes.partner)}
    ></eenzaamheid-hulp>`,
  );
  $(el, '.report-start').click();
  await waitFor(() => Boolean(el.shadowRoot!.querySelector('.report-form')), 'the form');
  await el.updateComplete;
  return el;
}

export function fieldInput(el: FormElement, field: string, index = 0): HTMLInputElement {
  const inputs = $$(el, `[data-field="${field}"] input, [data-field="${field}"] textarea`) as HTMLInputElement[];
  const input = inputs[index];
  if (!input) throw new Error(`no input ${index} for ${field}`);
  return input;
}

export async function choose(el: FormElement, field: string, value: string): Promise<void> {
  const input = $$(el, `[data-field="${field}"] input`).find((node) => (node as HTMLInputElement).value === value) as
    | HTMLInputElement
    | undefined;
  if (!input) throw new Error(`no option ${value} for ${field}`);
  input.click();
  await el.updateComplete;
}

export async function type(el: FormElement, field: string, value: string): Promise<void> {
  const input = fieldInput(el, field);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function check(el: FormElement, field: string): Promise<void> {
  const input = fieldInput(el, field);
  if (!input.checked) input.click();
  await el.updateComplete;
}

/** Opens the optional questions' section, as a resident clicking "Meer vertellen" does. */
export async function openMore(el: FormElement): Promise<void> {
  const details = $(el, 'details.more') as HTMLDetailsElement;
  if (!details.open) $(el, 'details.more > summary').click();
  await waitFor(() => details.open, 'the optional questions open');
  await el.updateComplete;
}

/** Answers the essentials of a report about a neighbour: who, where, phone, consent. */
export async function fillAboutNeighbourEssentials(el: FormElement, area = 'Nekkerspoel'): Promise<void> {
  await choose(el, 'about', 'other');
  await type(el, 'area', area);
  await type(el, 'phone', '0470 12 34 56');
  await check(el, 'consent');
}

/** A report about a neighbour with the optional questions answered too. */
export async function fillAboutNeighbour(el: FormElement, area = 'Nekkerspoel'): Promise<void> {
  await fillAboutNeighbourEssentials(el, area);
  await openMore(el);
  await choose(el, 'ageGroup', '65-plus');
  await choose(el, 'relation', 'neighbour');
  await choose(el, 'personKnows', 'no');
  await type(el, 'situation', 'Mijn buurvrouw komt al weken niet buiten.');
}

export async function submit(el: FormElement): Promise<void> {
  ($(el, 'button.submit') as HTMLButtonElement).click();
  await el.updateComplete;
}

export function reportState(el: FormElement): string | undefined {
  return el.shadowRoot!.querySelector<HTMLElement>('.report')?.dataset.state;
}

export async function waitForState(el: FormElement, state: string, timeoutMs = 15_000): Promise<void> {
  await waitFor(() => reportState(el) === state, `report state ${state}`, timeoutMs);
  await el.updateComplete;
}

export function activeInShadow(el: FormElement): Element | null {
  return el.shadowRoot!.activeElement;
}
