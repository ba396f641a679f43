import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Helpline, Meldpunt } from '../../content/types.js';
import type { ReportFormat } from '../../config/config.js';
import type { ViewContext } from '../../element/render/context.js';
import type { FormMessages } from '../../i18n/form/messages.js';
import type { Locale } from '../../i18n/locale.js';
import type { About } from '../schema.js';
import { loadFormMessages, type FormWords } from './load-messages.js';
import { localize } from '../../content/localize.js';
import type { LocalizedText } from '../../content/types.js';
import { reportSection } from './render/section.js';
import { formHeadingId, outcomeHeadingId, type FormHandlers } from './render/context.js';
import { reportText } from './report-text.js';
import { ReportSession, type ReportEventDetails, type SessionHost, type SessionOptions } from './session.js';
import { formStyles } from './styles.js';
import { OPTIONAL_FIELDS } from './values.js';
import { BUILT_IN_RETENTION, withRetentionFigures } from '../../content/retention.js';

export interface ReportSetup {
  endpoint: string;
  format: ReportFormat;
  serviceCode?: string | undefined;
  apiKey?: string | undefined;
}

export interface ReportViewInput {
  view: ViewContext;
  meldpunt: Meldpunt;
  urgentLines: readonly Helpline[];
  /** Heading level of the form's heading. */
  level: number;
  /** The element's current endpoint and format; the next send uses them. */
  setup: ReportSetup | undefined;
}

interface Host extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The element's `api-key` (Open311): read here, in the form's chunk, to keep the first render small. */
  readonly apiKey?: string | undefined;
}

/** Focus moves to the outcome's heading when sending ends; never while it is under way. */
const OUTCOMES = new Set(['sent', 'not-sent']);
const UNDER_WAY = new Set(['sending', 'retrying', 'offline']);

/** What tests may change about sending: the schedule (a faster one) and the clock. */
export type DeliveryTiming = Pick<SessionOptions, 'schedule' | 'clock'>;

/**
 * The meldpunt form inside the element, created when a resident first opens it:
 * owns the report session, moves focus the GOV.UK way and turns session events
 * into DOM events. The session lives as long as the element does, so removing and
 * re-adding the element mid-send loses nothing: the send goes on, its outcome
 * shows on return.
 */
export class ReportController implements ReactiveController {
  readonly #host: Host;
  readonly #locale: () => Locale;
  readonly #partner: () => string | undefined;
  #messages: FormMessages | undefined;
  #builtInTexts: FormWords['meldpunt'] | undefined;
  #messagesLocale: Locale | undefined;
  #session: ReportSession | undefined;
  #note = '';
  #lastKind = 'editing';
  #focus: 'heading' | 'summary' | 'outcome' | undefined;
  /** The resident opened the optional questions. */
  #moreOpen = false;
  #idPrefix = '';
  readonly #timing: DeliveryTiming;
  /** Re-renders the "next attempt in … seconds" countdown once a second. */
  #tick: unknown;

  constructor(host: Host, locale: () => Locale, partner: () => string | undefined, timing: DeliveryTiming = {}) {
    this.#host = host;
    this.#locale = locale;
    this.#partner = partner;
    this.#timing = {
      ...(Object.hasOwn(timing, 'schedule') ? { schedule: timing.schedule } : {}),
      ...(Object.hasOwn(timing, 'clock') ? { clock: timing.clock } : {}),
    };
    host.addController(this);
    this.#adoptStyles();
  }

  hostUpdated(): void {
    this.#scheduleTick();
    const target = this.#focus;
    if (!target) return;
    this.#focus = undefined;
    const root = this.#host.renderRoot;
    const selector =
      target === 'summary'
        ? '.error-summary'
        : `#${target === 'outcome' ? outcomeHeadingId(this.#idPrefix) : formHeadingId(this.#idPrefix)}`;
    root.querySelector<HTMLElement>(selector)?.focus();
  }

  hostConnected(): void {
    this.#adoptStyles();
    this.#session?.setConnected(true);
  }

  hostDisconnected(): void {
    // A send in flight goes on, and its outcome shows on return.
    this.#session?.setConnected(false);
    this.#stopTick();
  }

  #scheduleTick(): void {
    const session = this.#session;
    const status = session?.status;
    if (this.#tick !== undefined || !session || status?.kind !== 'retrying' || status.retryAt === undefined || !this.#host.isConnected) return;
    const left = status.retryAt - session.clock.now();
    this.#tick = session.clock.setTimeout(
      () => {
        this.#tick = undefined;
        this.#host.requestUpdate();
      },
      Math.max(50, left % 1000 || 1000),
    );
  }

  #stopTick(): void {
    if (this.#tick === undefined) return;
    this.#session?.clock.clearTimeout(this.#tick);
    this.#tick = undefined;
  }

  /** The setup with the element's api key, when one is set. */
  #withKey(setup: ReportSetup): ReportSetup {
    const apiKey = this.#host.apiKey;
    return typeof apiKey === 'string' && apiKey.trim() ? { ...setup, apiKey: apiKey.trim() } : setup;
  }

  /** Opens the form (from the meldpunt section or a route) and moves focus to its heading. */
  async open(setup: ReportSetup, about: About | '' = ''): Promise<void> {
    if (!this.#session) {
      this.#emit('eh-report-start', { about: about || null });
      await this.#loadMessages();
      this.#session = new ReportSession(this.#sessionHost, { ...this.#withKey(setup), ...this.#timing }, about);
    } else if (about) {
      this.#session.setAbout(about);
    }
    this.#focus = 'heading';
    this.#host.requestUpdate();
  }

  render(input: ReportViewInput): unknown {
    const { view } = input;
    this.#idPrefix = view.idPrefix;
    if (input.setup) this.#session?.configure(this.#withKey(input.setup));
    if (this.#messagesLocale !== view.locale) {
      // The page switched language with the form open: keep the answers, fetch the words.
      void this.#loadMessages().then(() => this.#host.requestUpdate(), () => undefined);
    }
    const form = this.#messages;
    if (!form || !this.#session) return html`<p class="status" role="status">${view.messages.formLoading}</p>`;
    const session = this.#session;
    const moreOpen = this.#moreOpen || OPTIONAL_FIELDS.some((field) => session.errors[field] !== undefined);
    return reportSection(
      session,
      { ...view, form, meldpunt: this.#meldpuntForForm(input.meldpunt, view.locale), urgentLines: input.urgentLines, formLevel: input.level, moreOpen },
      this.#handlers,
      this.#note,
    );
  }

  /**
   * The meldpunt's texts as the form shows them: the built-in meldpunt's form texts come
   * with the form's words, and the privacy text states the retention figures from the
   * content (`meldpunt.retention`, else the built-in ones), the figures the receiver erases on.
   */
  #meldpuntForForm(meldpunt: Meldpunt, locale: Locale): Meldpunt {
    const texts = this.#builtInTexts;
    const fill = (text: LocalizedText, value: string): LocalizedText =>
      localize(text, locale).text === '' ? { ...text, [locale]: value } : text;
    const filled = texts ? { ...meldpunt, whatNext: fill(meldpunt.whatNext, texts.whatNext), privacy: fill(meldpunt.privacy, texts.privacy) } : meldpunt;
    const retention = filled.retention ?? BUILT_IN_RETENTION;
    const privacy = Object.fromEntries(
      Object.entries(filled.privacy).map(([lang, value]) => [lang, typeof value === 'string' ? withRetentionFigures(value, retention, lang) : value]),
    ) as LocalizedText;
    return { ...filled, privacy };
  }

  /** A report typed or on its way: what the host page should not throw away. */
  get hasUnsentReport(): boolean {
    return this.#session?.unsent ?? false;
  }

  readonly #sessionHost: SessionHost = {
    changed: () => {
      const kind = this.#session?.status.kind ?? 'editing';
      if (kind !== this.#lastKind && OUTCOMES.has(kind)) this.#focus = 'outcome';
      if (kind === 'editing' && UNDER_WAY.has(this.#lastKind) && this.#session && Object.keys(this.#session.errors).length > 0) {
        this.#focus = 'summary';
      }
      this.#lastKind = kind;
      this.#note = '';
      this.#host.requestUpdate();
    },
    emit: (name, detail, cancelable) => this.#emit(name, detail, cancelable),
    context: () => ({ lang: this.#locale(), partner: this.#partner(), href: location.href }),
  };

  readonly #handlers: FormHandlers = {
    update: (field, value) => this.#session?.update(field, value),
    submit: () => {
      if (this.#session?.submit() === 'invalid') {
        this.#focus = 'summary';
        this.#host.requestUpdate();
      }
    },
    focusField: (id) => {
      const field = this.#host.renderRoot.querySelector<HTMLElement>(`#${id}`);
      field?.focus();
      field?.scrollIntoView?.({ block: 'center' });
    },
    retry: () => this.#session?.retry(),
    edit: () => {
      this.#session?.edit();
      this.#focus = 'heading';
    },
    copy: () => void this.#copy(),
    restart: () => {
      this.#session?.restart();
      this.#moreOpen = false;
      this.#focus = 'heading';
    },
    toggleMore: (open) => {
      if (open === this.#moreOpen) return;
      this.#moreOpen = open;
      this.#host.requestUpdate();
    },
  };

  async #copy(): Promise<void> {
    const session = this.#session;
    const form = this.#messages;
    if (!session || !form) return;
    const text = reportText(session.values, form);
    try {
      await navigator.clipboard.writeText(text);
      this.#note = form.copied;
    } catch {
      // No clipboard permission: select the text so the resident can copy it by hand.
      const area = this.#host.renderRoot.querySelector<HTMLTextAreaElement>('.report-text');
      area?.focus();
      area?.select();
      this.#note = form.copyFailed;
    }
    this.#host.requestUpdate();
  }

  #emit<K extends keyof ReportEventDetails>(name: K, detail: ReportEventDetails[K], cancelable = false): boolean {
    return this.#host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  /** Adds the form's style sheet to the shadow root (constructable sheets pass a strict CSP). */
  #adoptStyles(): void {
    const root = this.#host.renderRoot;
    const sheet = formStyles.styleSheet;
    if (!(root instanceof ShadowRoot) || !sheet || root.adoptedStyleSheets.includes(sheet)) return;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }

  async #loadMessages(): Promise<void> {
    const locale = this.#locale();
    if (this.#messagesLocale === locale && this.#messages) return;
    const words = await loadFormMessages(locale);
    this.#messages = words.form;
    this.#builtInTexts = words.meldpunt;
    this.#messagesLocale = locale;
  }
}

