/**
 * The report form chunk: loaded the first time a resident opens the form (or
 * points at its button), with validation (zod) and sending (fetch). A page where
 * nobody opens the form never downloads any of it.
 */
export { ReportController } from './controller.js';
export type { ReportSetup, ReportViewInput } from './controller.js';
