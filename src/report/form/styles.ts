import { css } from 'lit';

/**
 * The form's styles, adopted into the element's shadow root when the form chunk
 * loads (constructable style sheets: allowed under a strict CSP, no inline styles).
 * Uses the element's private tokens (`--_accent`, `--_urgent`…).
 */
export const formStyles = css`
  .report {
    --_calm: var(--eh-color-calm, light-dark(#1b5e7a, #7cc7e8));
    --_calm-bg: var(--eh-color-calm-background, light-dark(#eef6f9, #15252c));
    margin-top: var(--_space);
  }
  .report > :is(h1, h2, h3, h4, h5, h6) { font-size: 1.125em; }
  .outcome > :is(h1, h2, h3, h4, h5, h6) { font-size: 1.125em; margin-top: 0; }
  .outcome > button { justify-self: start; }
  .call-list .call a { gap: 0.4em; }
  .report-form { display: grid; gap: var(--_space); margin-top: var(--_space); }
  .field { display: grid; gap: 0.25em; }
  .report-form fieldset { margin-bottom: 0; }
  .field.has-error { border-inline-start: 4px solid var(--_urgent); padding-inline-start: 0.75em; }
  .field .hint p { margin: 0; }
  .optional { font-weight: 400; color: var(--_muted); }
  .error-message { color: var(--_urgent); font-weight: 700; margin: 0; }
  .radios { display: grid; gap: 0.25em; }
  .radio, .checkbox {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    min-height: 44px;
    padding: 0.5em 0;
    font-weight: 400;
    cursor: pointer;
  }
  .radio input, .checkbox input { flex: none; width: 1.4em; height: 1.4em; margin: 0.05em 0 0; accent-color: var(--_accent); }
  input[type='text'], input[type='tel'], input[type='email'], textarea {
    width: 100%;
    max-width: 32em;
    min-height: 44px;
    padding: 0.5em 0.75em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_text);
  }
  textarea { resize: vertical; }
  [aria-invalid='true'] { border-color: var(--_urgent); }
  .error-summary {
    padding: var(--_space);
    border: 4px solid var(--_urgent);
    border-radius: var(--_radius);
  }
  .error-summary-title { font-weight: 700; font-size: 1.125em; margin-bottom: 0.5em; }
  .error-summary a { color: var(--_urgent); font-weight: 700; }
  .group { display: grid; gap: 0.75em; margin: 0; }
  .group > legend { margin-bottom: 0.25em; }
  .more { border-block: 1px solid var(--_border); }
  .more > summary { min-height: 44px; padding: 0.6em 0; cursor: pointer; font-weight: 700; color: var(--_accent); }
  .more > summary .optional { color: var(--_muted); }
  .more-body { display: grid; gap: var(--_space); padding-bottom: var(--_space); }
  .more-body > .hint { margin: 0; color: var(--_muted); }
  .privacy { padding: 0.75em var(--_space); background: var(--_surface); border-radius: var(--_radius); font-size: 0.875em; }
  .privacy p:last-child { margin: 0; }
  .submit-row { display: grid; gap: 0.5em; justify-items: start; }
  .submit-row > p { margin: 0; }
  .submit[aria-disabled='true'] { cursor: progress; }
  .spinner {
    display: inline-block;
    width: 1em;
    height: 1em;
    margin-inline-end: 0.5em;
    vertical-align: -0.15em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: eh-spin 0.9s linear infinite;
  }
  @keyframes eh-spin { to { transform: rotate(1turn); } }
  @media (prefers-reduced-motion: reduce) { .spinner { animation: none; border-style: dotted; } }
  .status:empty { display: none; }
  .status { font-weight: 700; }
  .attempt { color: var(--_muted); }
  .waiting-alternative { font-size: 0.875em; }
  .waiting-alternative > p { margin: 0 0 0.25em; }
  .trap { position: absolute; inset-inline-start: -10000px; width: 1px; height: 1px; overflow: hidden; }
  .outcome { display: grid; gap: 0.75em; margin-top: var(--_space); }
  .outcome > * { margin: 0; }
  .outcome.sent {
    padding: var(--_space);
    border: 2px solid var(--_calm);
    border-inline-start-width: 8px;
    border-radius: var(--_radius);
    background: var(--_calm-bg);
  }
  .sent-heading { display: flex; align-items: center; gap: 0.5em; }
  .sent-heading > :is(h1, h2, h3, h4, h5, h6) { font-size: 1.125em; margin: 0; }
  .check { flex: none; width: 1.75em; height: 1.75em; fill: none; stroke: var(--_calm); stroke-width: 3; stroke-linecap: round; stroke-linejoin: round; }
  .what-next > p { margin: 0; }
  .calm-lines > p { margin: 0 0 0.5em; }
  .calm-lines .call a { background: var(--_bg); color: var(--_calm); border: 2px solid var(--_calm); }
  .reference strong { font-size: 1.25em; letter-spacing: 0.08em; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5em; }
  .copy-block { display: grid; gap: 0.5em; }
  .copy-block button { justify-self: start; }
  .report-text { font-family: inherit; }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .urgent-reminder {
    padding: var(--_space);
    border: 2px solid var(--_urgent);
    border-radius: var(--_radius);
    background: var(--_urgent-bg);
  }
  .call-list { display: flex; flex-wrap: wrap; gap: 0.5em; }
  .urgent-reminder .call a { background: var(--_urgent); color: var(--_bg); }
  @media (forced-colors: active) {
    .field.has-error, .error-summary, .urgent-reminder, .outcome.sent { border-color: CanvasText; }
    .check { stroke: CanvasText; }
    .calm-lines .call a { border-color: LinkText; color: LinkText; background: Canvas; }
    .error-message, .error-summary a { color: CanvasText; }
    .urgent-reminder .call a { background: ButtonFace; color: LinkText; border: 1px solid LinkText; }
  }
`;
