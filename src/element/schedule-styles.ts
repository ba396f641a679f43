import { css } from 'lit';

/** Styles of the campaign banner and "open now", adopted with the schedule chunk. */
export const scheduleStyles = css`
  .campaign { margin-top: var(--_space); padding: var(--_space); border-inline-start: 6px solid var(--_accent); background: var(--_surface); border-radius: var(--_radius); }
  .campaign p:last-child, .campaign .label { margin-bottom: 0.25em; }
  .open-now, .closed-now { font-weight: 700; }
`;
