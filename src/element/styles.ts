import { css } from 'lit';

/**
 * Public style hooks are `--eh-*` custom properties (each with a fallback here) and
 * a few `::part`s. Typography is reset on `.root` on purpose: the widget looks the
 * same on every partner site, whatever their body font, line-height or
 * text-transform. A partner sets `--eh-font-family` to use the house font.
 * Sizes are in px and em, never rem, so a host's `html { font-size: 62.5% }` does
 * not shrink the help text. Browser zoom still scales everything.
 */
export const styles = css`
  :host {
    display: block;
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }

  /* Tokens live on .root (not :host) so a partner preset's accent, set on .root, takes part. */
  .root {
    --_accent: var(--eh-color-accent, light-dark(var(--eh-preset-accent, #1b5e7a), var(--eh-preset-accent-dark, #7cc7e8)));
    --_on-accent: var(--eh-color-on-accent, light-dark(#fff, #0d1114));
    /* The calm accent for the ways in (routes): never the alarm red of a partner's colour or the urgent lines. */
    --_calm: var(--eh-color-calm, light-dark(#1b5e7a, #7cc7e8));
    --_text: var(--eh-color-text, light-dark(#1c1f23, #eef1f4));
    --_muted: var(--eh-color-muted, light-dark(#4d5561, #b9c1ca));
    --_bg: var(--eh-color-background, light-dark(#fff, #15191d));
    --_surface: var(--eh-color-surface, light-dark(#f3f5f7, #21272d));
    --_border: var(--eh-color-border, light-dark(#767f8a, #8c96a1));
    --_urgent: var(--eh-color-urgent, light-dark(#a4161a, #ff9a9a));
    --_urgent-bg: var(--eh-color-urgent-background, light-dark(#fdf0f0, #2f1b1c));
    --_focus: var(--eh-focus-color, light-dark(#1a1aa6, #ffd84d));
    --_radius: var(--eh-radius, 8px);
    --_space: var(--eh-space, 16px);
    all: initial;
    color-scheme: inherit;
    display: block;
    box-sizing: border-box;
    font-family: var(--eh-font-family, system-ui, sans-serif);
    font-size: var(--eh-font-size, 16px);
    line-height: 1.5;
    /* Long Dutch words hyphenate in the widget's language instead of breaking mid-word. */
    hyphens: auto;
    overflow-wrap: break-word;
    color: var(--_text);
    background: var(--_bg);
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
    font: inherit;
  }
  h1, h2, h3, h4, h5, h6 {
    margin: 1.25em 0 0.5em;
    line-height: 1.25;
    font-weight: 700;
  }
  .title > * { font-size: 1.5em; margin-top: 0; }
  section > :is(h1, h2, h3, h4, h5, h6) { font-size: 1.25em; }
  p { margin: 0 0 0.75em; }
  ul { margin: 0; padding: 0 0 0 1.25em; }
  ul.plain, ul.cards { list-style: none; padding: 0; }
  dl { margin: 0 0 0.75em; }
  dt { font-weight: 700; display: inline; }
  dd { display: inline; margin: 0; }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  :focus-visible,
  [tabindex='-1']:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_bg);
  }
  [tabindex='-1']:focus:not(:focus-visible) { outline: none; box-shadow: none; }

  section {
    margin-top: calc(var(--_space) * 1.5);
  }
  .urgent {
    margin-top: var(--_space);
    padding: var(--_space);
    border: 2px solid var(--_urgent);
    border-radius: var(--_radius);
    background: var(--_urgent-bg);
  }
  .urgent > :is(h1, h2, h3, h4, h5, h6) { margin-top: 0; color: var(--_urgent); }
  .not-emergency { margin: 0.75em 0 0; font-weight: 700; }
  /* The line the urgent lines' sources disclosure arrives in (with its chunk), kept free so nothing moves. */
  .sources { min-height: 1.5em; margin-top: 0.75em; }
  summary { cursor: pointer; }


  .cards {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16em), 1fr));
    margin: 0 0 var(--_space);
  }
  .card {
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .card p:last-child { margin-bottom: 0; }
  .card-title > * { font-size: 1.0625em; margin: 0 0 0.25em; }
  .call a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: 0.25em 0.75em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    text-decoration: none;
  }
  .urgent .call a { background: var(--_urgent); color: var(--_bg); }
  .number { font-size: 1.375em; letter-spacing: 0.02em; }
  .checked, .hint, .route-hint { color: var(--_muted); font-size: 0.875em; }
  .label { font-weight: 700; margin-bottom: 0.25em; }

  button {
    min-height: 44px;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
    cursor: pointer;
    text-align: start;
  }
  button.secondary { background: transparent; color: var(--_text); border-color: var(--_border); }
  .route-choices {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
  }
  .route-button { width: 100%; display: flex; flex-direction: column; gap: 0.25em; padding: var(--_space); background: var(--_calm); border-color: var(--_calm); }
  .route-label { font-size: 1.125em; }
  .route-button .route-hint { color: inherit; font-weight: 400; }

  fieldset { border: 0; margin: 0 0 var(--_space); padding: 0; min-width: 0; }
  legend { font-weight: 700; padding: 0; margin-bottom: 0.5em; }
  .chips { display: flex; flex-wrap: wrap; gap: 0.5em; }
  .chip {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    min-height: 44px;
    padding: 0.25em 0.9em 0.25em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    cursor: pointer;
  }
  .chip:has(input:checked) { border-color: var(--_accent); border-width: 2px; font-weight: 700; }
  .chip input { margin: 0; width: 1.1em; height: 1.1em; accent-color: var(--_accent); }

  label { font-weight: 700; display: block; }
  .search .hint { margin: 0.25em 0 0.5em; }
  .search-row { display: flex; flex-wrap: wrap; gap: 0.5em; }
  input[type='search'] {
    flex: 1 1 12em;
    min-width: 0;
    min-height: 44px;
    padding: 0.5em 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  .result-count { font-weight: 700; margin-top: var(--_space); min-height: 1.5em; }

  @media (prefers-reduced-motion: no-preference) {
    button, .chip, a { transition: background-color 120ms ease, border-color 120ms ease; }
  }

  @media (forced-colors: active) {
    .root, .card, .urgent { border: 1px solid CanvasText; background: Canvas; color: CanvasText; }
    .call a, .urgent .call a { background: ButtonFace; color: LinkText; border: 1px solid LinkText; forced-color-adjust: none; }
    button { border: 1px solid ButtonText; background: ButtonFace; color: ButtonText; forced-color-adjust: none; }
    .chip:has(input:checked) { border: 2px solid Highlight; }
    :focus-visible, [tabindex='-1']:focus { outline: 3px solid Highlight; box-shadow: none; }
    .checked, .hint, .route-hint { color: CanvasText; }
  }
`;
