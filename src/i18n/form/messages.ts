import type { AgeGroup, PersonKnows, Relation } from '../../report/schema.js';
import type { SendFailureReason } from '../../report/send.js';
import type { ErrorCode } from '../../report/form/validate.js';
import type { FieldName } from '../../report/form/values.js';

/** Who the report is about changes some questions' wording. */
export type Wording = Readonly<Record<'self' | 'other', string>>;

/**
 * Every string of the report form. Loaded with the form (a chunk per language), so
 * pages where nobody opens the form never download it.
 */
export interface FormMessages {
  readonly heading: string;
  readonly intro: string;
  readonly optional: string;

  readonly aboutLegend: string;
  readonly aboutOptions: Wording;
  readonly areaLabel: Wording;
  readonly areaHint: string;
  /** The phone-or-e-mail question: one of the two is enough. */
  readonly contactLegend: Wording;
  readonly contactHint: Wording;
  readonly phoneLabel: string;
  readonly emailLabel: string;

  /** The optional questions' section, after the essentials. */
  readonly moreSummary: string;
  readonly moreHint: string;
  readonly ageLegend: Wording;
  readonly ageHint: string;
  readonly ageOptions: Readonly<Record<AgeGroup, string>>;
  readonly relationLegend: string;
  readonly relationOptions: Readonly<Record<Relation, string>>;
  readonly personKnowsLegend: string;
  readonly personKnowsOptions: Readonly<Record<PersonKnows, string>>;
  readonly situationLabel: string;
  readonly situationHint: string;
  readonly nameLabel: string;
  readonly contactTimesLabel: string;
  readonly contactTimesHint: string;

  /** Said once per form: who receives the report, who sees it, how long it is kept (from the content). */
  readonly privacyHeading: string;
  readonly consentLabel: string;
  readonly honeypotLabel: string;
  readonly submit: string;

  readonly errorSummaryHeading: string;
  readonly errorPrefix: string;
  readonly errors: Readonly<Record<FieldName, Partial<Record<ErrorCode, string>>>>;
  readonly errorFallback: string;

  /** Said next to the submit button (a polite status), once per phase of sending. */
  readonly sending: string;
  readonly retrying: string;
  readonly offline: string;
  /** The submit button's text while the report is on its way. */
  readonly submitBusy: Readonly<Record<'sending' | 'retrying' | 'offline', string>>;
  /** "Attempt 3 in 12 seconds" (shown, not announced); `wait` is undefined while the attempt is under way. */
  readonly attemptProgress: (attempt: number, wait: string | undefined) => string;
  /** While waiting: the meldpunt's own contact, for a resident who would rather not wait. */
  readonly waitingAlternative: string;

  readonly notSentHeading: string;
  readonly notSentBody: string;
  readonly notSentReasons: Readonly<Partial<Record<SendFailureReason, string>>>;
  readonly retry: string;
  readonly edit: string;
  readonly contactMeldpunt: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly reportTextLabel: string;

  readonly sentHeading: string;
  readonly sentBody: string;
  readonly referenceLabel: string;
  readonly noticeLabel: string;
  readonly whatNextHeading: string;
  /** Before 112, 1813 and 106 after sending: an offer to talk now, not an alarm. */
  readonly sentLines: string;
  readonly urgentReminder: string;
  readonly newReport: string;
}
