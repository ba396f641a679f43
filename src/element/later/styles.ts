import { css } from 'lit';

/** Styles for a chosen route's steps (they load with the steps). */
export const laterStyles = css`
  .steps { list-style: none; margin: 0 0 var(--_space); padding: 0; counter-reset: step; }
  .step { position: relative; margin: 0 0 var(--_space); padding: 0 0 0 2.5em; counter-increment: step; }
  .step::before {
    content: counter(step);
    position: absolute;
    inset-inline-start: 0;
    top: 0.1em;
    width: 1.75em;
    height: 1.75em;
    border-radius: 50%;
    background: var(--_calm);
    color: var(--_on-accent);
    font-weight: 700;
    text-align: center;
    line-height: 1.75em;
  }
  .step > :is(h1, h2, h3, h4, h5, h6) { margin-top: 0; font-size: 1.0625em; }
  .step .why { color: var(--_text); }
  .tips { margin-bottom: var(--_space); }
  .route-panel > :is(h1, h2, h3, h4, h5, h6) { font-size: 1.125em; }
  @media (forced-colors: active) {
    .step::before { forced-color-adjust: none; background: CanvasText; color: Canvas; }
  }
`;
