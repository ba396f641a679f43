import { html, nothing, type TemplateResult } from 'lit';
import type { HeadingLevel } from '../../config/config.js';

/**
 * A real h1–h6 at `level` (clamped to 6), so the widget's outline continues the
 * host page's. Lit cannot bind a tag name without static templates, hence the switch.
 */
export function heading(level: number, content: unknown, id?: string): TemplateResult {
  const clamped = Math.min(6, Math.max(1, Math.round(level))) as HeadingLevel;
  const anchor = id ?? nothing;
  switch (clamped) {
    case 1:
      return html`<h1 id=${anchor} tabindex="-1">${content}</h1>`;
    case 2:
      return html`<h2 id=${anchor} tabindex="-1">${content}</h2>`;
    case 3:
      return html`<h3 id=${anchor} tabindex="-1">${content}</h3>`;
    case 4:
      return html`<h4 id=${anchor} tabindex="-1">${content}</h4>`;
    case 5:
      return html`<h5 id=${anchor} tabindex="-1">${content}</h5>`;
    default:
      return html`<h6 id=${anchor} tabindex="-1">${content}</h6>`;
  }
}
