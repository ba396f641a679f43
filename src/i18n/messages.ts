/**
 * Every string a resident sees or hears. Templates never hold literal text:
 * they read from a `Messages` object picked by locale.
 */
export interface Messages {
  /** BCP 47 tag of this dictionary, used for `lang` on translated text. */
  readonly locale: 'nl' | 'fr' | 'en';
  readonly title: string;
  readonly intro: string;

  readonly urgentHeading: string;
  readonly urgentIntro: string;
  readonly meldpuntNotEmergency: string;
  readonly call: (name: string, number: string) => string;
  readonly channels: string;
  readonly channelNames: Readonly<Record<'phone' | 'chat' | 'email' | 'forum', string>>;
  readonly hours: string;
  readonly alwaysOpen: string;
  readonly free: string;
  readonly anonymous: string;
  /** A line that answers in other languages than the page's. */
  readonly answersIn: (languages: string) => string;
  readonly languageNames: Readonly<Record<'nl' | 'fr' | 'en' | 'de', string>>;
  /** After a list with initiatives that have no contact of their own. */
  readonly noContact: string;
  /** Between a label and its value ("Voor wie: Iedereen"; French puts a space before the colon). */
  readonly colon: string;
  readonly website: string;

  readonly routesHeading: string;
  readonly routeSelf: string;
  readonly routeSelfHint: string;
  readonly routeOther: string;
  readonly routeOtherHint: string;

  readonly findHeading: string;
  readonly audienceLabel: string;
  readonly audienceNames: Readonly<Record<'everyone' | 'youth' | 'seniors' | 'carers', string>>;
  readonly searchLabel: string;
  readonly searchHint: string;
  readonly searchClear: string;
  readonly resultCount: (count: number) => string;

  readonly forWhom: string;
  readonly offer: string;
  readonly howToReach: string;

  readonly meldpuntHeading: string;
  readonly meldpuntIntro: string;
  readonly meldpuntContact: string;
  /** Opens the report form. */
  readonly reportStart: string;
  readonly formLoading: string;
  readonly formLoadFailed: string;
  readonly phone: string;
  readonly email: string;

}
