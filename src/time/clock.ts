/** The widget's clock. Tests replace `clock.now` to check dates and opening hours at a fixed time. */
export const clock = { now: (): Date => new Date() };
