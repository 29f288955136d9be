/** Injection token of the console's clock: tests and the browser test run on a fixed one. */
export const CLOCK = Symbol('clock');
