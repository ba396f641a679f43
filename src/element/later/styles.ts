import { css } from 'lit';

/** Styles for the parts that load after the first render: a route's steps and the no-results box. */
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
  .no-results { padding: var(--_space); background: var(--_surface); border-radius: var(--_radius); }
  .no-results > :is(h1, h2, h3, h4, h5, h6), .route-panel > :is(h1, h2, h3, h4, h5, h6) { font-size: 1.125em; }
  @media (forced-colors: active) {
    .no-results { border: 1px solid CanvasText; background: Canvas; color: CanvasText; }
    .step::before { forced-color-adjust: none; background: CanvasText; color: Canvas; }
  }
`;
