import { css } from 'lit';

/** The no-results box (it loads with the search). */
export const searchStyles = css`
  .no-results { padding: var(--_space); background: var(--_surface); border-radius: var(--_radius); }
  .no-results > :is(h1, h2, h3, h4, h5, h6) { font-size: 1.125em; }
  @media (forced-colors: active) {
    .no-results { border: 1px solid CanvasText; background: Canvas; color: CanvasText; }
  }
`;
