import type { EenzaamheidHulpEventMap } from '../events.js';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { mechelenFacts } from '../content/mechelen-facts.js';
import { translateContent } from '../content/translate.js';
import { allResources, findPartner, meldpuntFor, needsSchedule, urgentHelplines, type Resource } from '../content/select.js';
import type { Audience, Content, Partner, Route } from '../content/types.js';
import {
  createWarnOnce,
  parseAudience,
  parseEndpoint,
  parseFormat,
  parseContentSrc,
  parseHeadingLevel,
  parseSections,
  type Section,
} from '../config/config.js';
import { resolveLocale, type Locale } from '../i18n/locale.js';
import { cachedLocalePack, loadLocalePack, type LocalePack } from '../i18n/locale-pack.js';
import type { Messages } from '../i18n/messages.js';
import type { FinderSearch } from './search/index.js';
import type { ReachEventDetails } from '../analytics/types.js';
import { finderResults, routeOrder } from './derive.js';
import type { LaterMessages } from '../i18n/later/messages.js';
import type { ViewContext } from './render/context.js';
import { finderSection } from './render/finder.js';
import { heading } from './render/heading.js';
import { clock } from '../time/clock.js';
import { meldpuntContact } from './render/meldpunt-contact.js';
import { routesSection } from './render/routes.js';
import { urgentSection } from './render/urgent.js';
import type { ReportController, ReportSetup } from '../report/form/index.js';
import { styles } from './styles.js';

type FormModule = typeof import('../report/form/index.js');
type LaterModule = typeof import('./later/index.js');
type ProvenanceModule = typeof import('./provenance/index.js');

const ANNOUNCE_DELAY_MS = 400;
const FIRST_RESULTS = 24;
let instanceCount = 0;
/** The JSON-LD block is added once per page, by the first widget that renders. */
let structuredDataRequested = false;

/**
 * Help against loneliness for every partner site: the urgent helplines, local
 * initiatives, two routes to the right help, and the meldpunt.
 *
 * @tag eenzaamheid-hulp
 * @summary Help against loneliness, and a way to report it, in one script tag.
 *
 * @attr lang - Language: `nl` (default), `fr` or `en`. Without it, the closest `[lang]` ancestor decides.
 * @attr audience - The audience the filter starts on: `everyone`, `youth`, `seniors` or `carers`.
 * @attr partner - Partner preset id: `stad-mechelen`, `samana`, `jeugddienst`, `overkop`, or one from `content-src`.
 * @attr content-src - https URL of a content JSON file that replaces the built-in Mechelen content, or extends it (`"extends": "built-in"`).
 * @attr heading-level - Level of the widget's top heading, 1 to 6 (default 2).
 * @attr sections - Optional parts to show, space or comma separated: `routes`, `finder`, `meldpunt` (default all). The urgent lines always show.
 * @attr endpoint - Where reports are POSTed: https, or the page's own origin or loopback for testing. Without it the meldpunt's phone and e-mail replace the form.
 * @attr format - `json` (default: the widget's own JSON, see `eenzaamheid-hulp/schema`) or `open311` (GeoReport v2 to `{endpoint}/requests.json`).
 * @attr service-code - The Open311 `service_code`; required with `format="open311"`.
 * @attr api-key - Open311 only: the `api_key` the receiver gave the partner, sent with each report (optional).
 * @attr analytics-endpoint - Opt-in: URL the reach events are beaconed to (`navigator.sendBeacon`, no identifiers). Without it nothing is sent.
 * @attr theme - `light` or `dark`; without it the widget follows `prefers-color-scheme`.
 *
 * @fires {CustomEvent<{ about: 'self' | 'other' | null }>} eh-report-start - A resident opened the report form.
 * @fires {CustomEvent<{ about: 'self' | 'other' }>} eh-report-submit - A valid report is about to be sent. Cancelable: `preventDefault()` sends nothing.
 * @fires {CustomEvent<{ reference: string | null }>} eh-report-success - The receiver stored the report.
 * @fires {CustomEvent<{ reason: string; willRetry: boolean }>} eh-report-error - An attempt to send failed; `willRetry` is true while the widget keeps trying by itself (for at least two minutes, or until back online), false when the resident must act.
 * @fires {CustomEvent<Record<string, never>>} eh-view - The widget was at least half visible (or filled half the screen) for a second; once per element.
 * @fires {CustomEvent<{ resourceId: string; kind: 'tel' | 'web' | 'mail' }>} eh-resource-click - A helpline's or initiative's link was clicked.
 * @fires {CustomEvent<{ resultCount: number }>} eh-search - A search settled (never the query text).
 * @fires {CustomEvent<{ route: 'self' | 'other' }>} eh-route - A route was chosen.
 * @fires eh-content-load - `content-src` loaded and validated.
 * @fires eh-content-error - `content-src` could not be used; the built-in content stays.
 *
 * @csspart base - The widget's outer box.
 * @csspart urgent - The urgent line-up (112, 1813, 106).
 * @csspart notice - The statement that the meldpunt is not an emergency service.
 * @csspart routes - The two routes and the chosen route's panel.
 * @csspart route-button - Each route button.
 * @csspart route-panel - A chosen route: its heading, steps and the way back.
 * @csspart route-steps - The numbered list of a route's next steps.
 * @csspart back-button - The button back from a route to the choice.
 * @csspart finder - The audience filter, search box and results.
 * @csspart filter - The audience filter.
 * @csspart search - The search box with its label and hint.
 * @csspart status - The announced number of results.
 * @csspart clear-button - The button that clears the search.
 * @csspart no-results - What shows when nothing matches, with lines to talk to now.
 * @csspart resources - A list of helplines and initiatives.
 * @csspart resource - One helpline or initiative card.
 * @csspart call-link - A helpline's `tel:` link.
 * @csspart meldpunt - The meldpunt section.
 * @csspart meldpunt-contact - The meldpunt's phone, e-mail and website (without a form).
 * @csspart report-start - The button that opens the report form.
 * @csspart report - The report form and its outcome.
 * @csspart error-summary - The list of problems after a submit.
 * @csspart more - The form's optional questions (a disclosure after the essentials).
 * @csspart privacy - The privacy statement in the form.
 * @csspart submit-button - The form's send button.
 * @csspart submit-row - The send button with the sending progress beside it.
 * @csspart report-sent - The success panel with the reference.
 * @csspart report-not-sent - The "not sent yet" panel with retry, contact and copy.
 *
 * @cssprop [--eh-font-family=system-ui, sans-serif] - Font family. The host page's font is not inherited.
 * @cssprop [--eh-font-size=16px] - Base font size; does not follow the host's root font size.
 * @cssprop [--eh-color-accent=#1b5e7a] - Buttons, links and the selected filter. Overrides a partner preset's accent.
 * @cssprop [--eh-color-on-accent=#ffffff] - Text on the accent colour.
 * @cssprop [--eh-color-text=#1c1f23] - Text colour.
 * @cssprop [--eh-color-muted=#4d5561] - Secondary text (hints, dates).
 * @cssprop [--eh-color-background=#ffffff] - Background.
 * @cssprop [--eh-color-surface=#f3f5f7] - Background of quiet boxes.
 * @cssprop [--eh-color-border=#767f8a] - Borders of cards and inputs.
 * @cssprop [--eh-color-urgent=#a4161a] - The urgent line-up's colour.
 * @cssprop [--eh-color-urgent-background=#fdf0f0] - The urgent line-up's background.
 * @cssprop [--eh-color-calm=#1b5e7a] - The route buttons, the route steps' numbers and the report's success panel (never a partner's accent, never the urgent red).
 * @cssprop [--eh-color-calm-background=#eef6f9] - The success panel's background.
 * @cssprop [--eh-focus-color=#1a1aa6] - The focus ring.
 * @cssprop [--eh-radius=8px] - Corner radius.
 * @cssprop [--eh-space=16px] - Base spacing.
 */
export class EenzaamheidHulp extends LitElement {
  static override styles = styles;

  // Lit's defaults: a string attribute of the same name, not reflected.
  static override properties = {
    lang: {},
    audience: {},
    partner: {},
    contentSrc: { attribute: 'content-src' },
    headingLevel: { attribute: 'heading-level' },
    sections: {},
    endpoint: {},
    analyticsEndpoint: { attribute: 'analytics-endpoint' },
    format: {},
    serviceCode: { attribute: 'service-code' },
    apiKey: { attribute: 'api-key' },
    _baseContent: { state: true },
    _pack: { state: true },
    _route: { state: true },
    _audience: { state: true },
    _query: { state: true },
    _announcement: { state: true },
    _locale: { state: true },
    _reportOpening: { state: true },
    _later: { state: true },
    _provenance: { state: true },
  };

  /** Language: `nl`, `fr` or `en`; falls back to the closest `[lang]` ancestor, then Dutch. */
  declare lang: string;
  /** The audience the filter starts on. */
  declare audience: string | undefined;
  /** Partner preset id. */
  declare partner: string | undefined;
  /** https URL of a content JSON file. */
  declare contentSrc: string | undefined;
  /** Level of the top heading (1–6). */
  declare headingLevel: number | string | undefined;
  /** Optional sections to show: `routes`, `finder`, `meldpunt`. */
  declare sections: string | undefined;
  /** Where reports are POSTed (https, or the page's own origin). Without it, the meldpunt's contact shows instead of the form. */
  declare endpoint: string | undefined;
  /** Wire format: `json` (default) or `open311` (GeoReport v2, needs `service-code`). */
  declare format: string | undefined;
  /** Open311 service code. */
  declare serviceCode: string | undefined;
  /** Open311 `api_key` (optional), when the receiver asks one; read by the form (its own chunk), not here. */
  declare apiKey: string | undefined;
  /** Opt-in: where reach events are sent by `navigator.sendBeacon` (no identifiers, no cookies set). Without it nothing is sent. */
  declare analyticsEndpoint: string | undefined;

  /** The built-in facts (words come with the locale pack), or the content from `content-src`. */
  declare private _baseContent: Content;
  /** Interface text (and built-in content texts) for the current locale; undefined while loading. */
  declare private _pack: LocalePack | undefined;
  #content: Content = mechelenFacts;
  declare private _route: Route | undefined;
  declare private _audience: Audience;
  declare private _query: string;
  declare private _announcement: string;
  declare private _locale: Locale;
  /** Route steps and the no-results box (a chunk) with the words of one language. */
  declare private _later: { module: LaterModule; words: LaterMessages } | undefined;
  /** The cards' source lines (a chunk loaded after the first render). */
  declare private _provenance: ProvenanceModule | undefined;
  /** True while the form's chunk is downloading after a click. */
  declare private _reportOpening: boolean;

  readonly #idPrefix = `eh${++instanceCount}-`;
  readonly #warn = createWarnOnce('<eenzaamheid-hulp>');
  /** The ranked search over the current resources and the no-results box (the search chunk). */
  #search: FinderSearch | undefined;
  #laterLoad: Promise<boolean> | undefined;
  /** The resources being indexed now, so typing during the download starts one index, not one per key. */
  #indexing: Resource[] | undefined;
  #searchModule: Promise<typeof import('./search/index.js')> | undefined;
  #resources: Resource[] = [];
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  #contentAbort: AbortController | undefined;
  /** The content loader (a chunk), once a `content-src` file was asked for. */
  #contentModule: typeof import('../content/load-content.js') | undefined;
  #langObserver: MutationObserver | undefined;
  #userChoseAudience = false;
  #stopReach: (() => void) | undefined;
  /** How many finder results are rendered now (see #renderFinder). */
  #shown = FIRST_RESULTS;
  #grow: number | undefined;
  /** Dates and opening hours (Europe/Brussels): a chunk loaded only for content with campaigns or opening hours. */
  #schedule: typeof import('./schedule.js') | undefined;
  #scheduleLoad: Promise<unknown> | undefined;
  /** The form, created from its chunk when a resident first opens it. */
  #report: ReportController | undefined;
  #reportModule: Promise<FormModule> | undefined;
  #reportLoadFailed = false;
  /** Whether the work after the first render (search, JSON-LD, reach) was scheduled. */
  #idleWorkStarted = false;

  constructor() {
    super();
    this._baseContent = mechelenFacts;
    this._pack = cachedLocalePack('nl');
    this._route = undefined;
    this._audience = 'everyone';
    this._query = '';
    this._announcement = '';
    this._locale = 'nl';
    this._reportOpening = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.#startReach();
    this.#updateLocale();
    // Follow a page that switches language on <html lang> without reloading.
    this.#langObserver = new MutationObserver(() => this.#updateLocale());
    this.#langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#langObserver?.disconnect();
    this.#langObserver = undefined;
    clearTimeout(this.#announceTimer);
    this.#contentAbort?.abort();
    this.#contentAbort = undefined;
    this.#stopReach?.();
    this.#stopReach = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('lang')) this.#updateLocale();
    if (changed.has('_baseContent') || changed.has('_pack')) {
      const pack = this._pack;
      const builtIn = pack ? translateContent(mechelenFacts, pack.messages.locale, pack.contentTexts) : mechelenFacts;
      this.#content =
        this._baseContent === mechelenFacts || !this.#contentModule
          ? builtIn
          : this.#contentModule.localizeBuiltInParts(this._baseContent, mechelenFacts, builtIn);
    }
    if (changed.has('_baseContent') || changed.has('_pack') || this.#resources.length === 0) {
      this.#resources = allResources(this.#content, this._pack?.messages.locale);
      this.#search = undefined;
      // Re-index at once when the search was already in use (new content or language).
      if (this.#searchModule) this.#ensureSearcher();
    }
    if (changed.has('audience') || changed.has('partner') || changed.has('_baseContent')) {
      if (!this.#userChoseAudience || changed.has('audience')) {
        this._audience = parseAudience(this.audience, this.#warn) ?? this.#partner()?.audienceFirst ?? 'everyone';
        this.#userChoseAudience = false;
      }
    }
    if (changed.has('contentSrc') && this.isConnected) this.#loadContent();
    // Only content with campaigns or opening hours needs the schedule chunk; judged when the content changes.
    if ((changed.has('_baseContent') || changed.has('_pack')) && !this.#scheduleLoad && needsSchedule(this.#content)) {
      this.#scheduleLoad = import('./schedule.js').then(
        (module) => {
          this.#schedule = module;
          (this.renderRoot as ShadowRoot).adoptedStyleSheets.push(module.scheduleStyles.styleSheet!);
          this.requestUpdate();
        },
        this.#chunkFailed('opening hours and campaigns'),
      );
    }
    if (changed.has('partner') && this.partner && !this.#partner()) {
      this.#warn(`partner="${this.partner}" is unknown; using the defaults.`);
    }
  }

  protected override render(): unknown {
    // Until the language pack arrives, keep showing the light-DOM fallback content.
    if (!this._pack) return html`<slot></slot>`;
    const view = this.#view(this._pack.messages);
    const sections = parseSections(this.sections, this.#warn);
    const titleId = `${this.#idPrefix}title`;
    return html`<div class="root" part="base" lang=${view.locale}>
      <section class="intro">
        <div class="title">${heading(view.level, view.messages.title, titleId)}</div>
        <p>${view.messages.intro}</p>
      </section>
      ${this.#renderCampaigns(view)}
      ${urgentSection(urgentHelplines(this.#content, view.locale), view)}
      ${sections.has('routes') ? this.#renderRoutes(view, sections) : nothing}
      ${sections.has('finder') ? this.#renderFinder(view) : nothing}
      ${sections.has('meldpunt') ? this.#renderMeldpunt(view) : nothing}
    </div>`;
  }

  #renderCampaigns(view: ViewContext): unknown {
    const schedule = this.#schedule;
    return schedule?.activeCampaigns(this.#content.campaigns, clock.now()).map((campaign) => schedule.campaignBanner(campaign, view));
  }

  #renderRoutes(view: ViewContext, sections: ReadonlySet<Section>): unknown {
    const route = this._route;
    return routesSection(
      { order: routeOrder(this.#partner()), panel: route ? this.#routePanel(route, view, sections) : undefined },
      view,
      { choose: (next) => this.#chooseRoute(next), prepare: () => void this.#ensureLater() },
    );
  }

  /** The chosen route's steps (the choices stay until their words are here), ending with the way to ask for contact. */
  #routePanel(route: Route, view: ViewContext, sections: ReadonlySet<Section>): unknown {
    const later = this._later;
    if (later?.words.locale !== view.locale) return void this.#ensureLater();
    const form = sections.has('meldpunt') && this.#reportSetup();
    return later.module.routePanel(
      {
        route,
        resources: this.#resources,
        audience: this._audience,
        openReport: form ? () => this.#openReport(route) : undefined,
        meldpuntContact: form ? nothing : meldpuntContact(this.#meldpunt(), view),
        back: () => this.#leaveRoute(),
      },
      view,
      later.words,
    );
  }

  /** Loads the later chunk and its words for the current language; resolves false when it cannot. */
  #ensureLater(): Promise<boolean> {
    const locale = this._pack?.messages.locale ?? 'nl';
    if (this._later?.words.locale === locale) return Promise.resolve(true);
    this.#laterLoad ??= import('./later/index.js')
      .then(async (module) => {
        const words = await module.loadLaterMessages(locale);
        if (!this._later) (this.renderRoot as ShadowRoot).adoptedStyleSheets.push(module.laterStyles.styleSheet!);
        this._later = { module, words };
        return true;
      })
      .catch((error: unknown) => {
        this.#chunkFailed('the route steps')(error);
        return false;
      })
      .finally(() => {
        this.#laterLoad = undefined;
      });
    return this.#laterLoad;
  }

  #renderFinder(view: ViewContext): unknown {
    const results = finderResults(this.#resources, this.#search?.search, this._audience, this._query);
    // A long list renders a screenful first, then grows frame by frame, so typing stays quick.
    if (results.length > this.#shown) {
      this.#grow ??= requestAnimationFrame(() => {
        this.#grow = undefined;
        this.#shown *= 2;
        this.requestUpdate();
      });
    }
    return finderSection(
      {
        audience: this._audience,
        query: this._query,
        results: results.slice(0, this.#shown),
        announcement: this._announcement,
        ready: Boolean(this.#search),
        noResults: results.length === 0 ? this.#search?.noResults?.({ query: this._query, audience: this._audience, content: this.#content }, view) : undefined,
      },
      view,
      {
        audienceChange: (audience) => {
          this.#userChoseAudience = true;
          this._audience = audience;
          this.#scheduleAnnouncement(0);
        },
        queryInput: (query) => {
          this._query = query;
          this.#ensureSearcher();
          this.#scheduleAnnouncement(ANNOUNCE_DELAY_MS);
        },
        clear: () => {
          this._query = '';
          this.#scheduleAnnouncement(0);
          this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('input[type="search"]')?.focus());
        },
      },
    );
  }

  #renderMeldpunt(view: ViewContext): unknown {
    const headingId = `${this.#idPrefix}meldpunt`;
    return html`<section class="meldpunt" part="meldpunt">
      ${heading(view.level + 1, view.messages.meldpuntHeading, headingId)}
      <p>${view.messages.meldpuntIntro}</p>
      ${this.#renderReport(view)}
    </section>`;
  }

  /** The form when open; else its start button, or the meldpunt's contact when there is no endpoint. */
  #renderReport(view: ViewContext): unknown {
    const meldpunt = this.#meldpunt();
    const setup = this.#reportSetup();
    // A report already typed or on its way stays on screen even if the endpoint goes away.
    if (this.#report && (setup || this.#report.hasUnsentReport)) {
      return this.#report.render({ view, meldpunt, urgentLines: urgentHelplines(this.#content, view.locale), level: view.level + 2, setup });
    }
    if (!setup) return meldpuntContact(meldpunt, view);
    return html`${this.#reportLoadFailed ? html`<p role="alert">${view.messages.formLoadFailed}</p>${meldpuntContact(meldpunt, view)}` : nothing}
      <button
        type="button"
        class="report-start"
        part="report-start"
        aria-disabled=${this._reportOpening ? 'true' : 'false'}
        @pointerenter=${() => this.#loadReportModule().catch(() => undefined)}
        @focus=${() => this.#loadReportModule().catch(() => undefined)}
        @click=${() => this.#openReport('')}
      >
        ${view.messages.reportStart}
      </button>
      ${this._reportOpening ? html`<p class="status" role="status">${view.messages.formLoading}</p>` : nothing}`;
  }

  #loadReportModule(): Promise<FormModule> {
    if (!this.#reportModule) {
      const load = import('../report/form/index.js');
      this.#reportModule = load;
      load.catch(() => {
        // Forget a failed download so the next click tries again.
        if (this.#reportModule === load) this.#reportModule = undefined;
      });
    }
    return this.#reportModule;
  }

  async #openReport(about: Route | ''): Promise<void> {
    const setup = this.#reportSetup();
    if (!setup) return;
    if (!this.#report) {
      if (this._reportOpening) return;
      this._reportOpening = true;
      try {
        const { ReportController } = await this.#loadReportModule();
        this.#report ??= new ReportController(
          this,
          () => this._pack?.messages.locale ?? 'nl',
          () => this.partner?.trim().toLowerCase() || undefined,
        );
        this.#reportLoadFailed = false;
      } catch (error) {
        this.#chunkFailed('the report form')(error);
        this.#reportLoadFailed = true;
        return;
      } finally {
        this._reportOpening = false;
      }
    }
    await this.#report.open(setup, about);
  }

  #reportSetup(): ReportSetup | undefined {
    const endpoint = parseEndpoint(this.endpoint, document.baseURI, this.#warn);
    const format = endpoint ? parseFormat(this.format, this.serviceCode, this.#warn) : undefined;
    return endpoint && format ? { endpoint, ...format } : undefined;
  }

  #meldpunt() {
    return meldpuntFor(this.#content, this.#partner());
  }

  protected override updated(): void {
    // A partner preset's accent, set through the CSSOM so a strict CSP (no inline styles) allows it.
    const root = this.renderRoot.querySelector<HTMLElement>('.root');
    if (root && !this.#idleWorkStarted) {
      this.#idleWorkStarted = true;
      this.#startIdleWork();
    }
    const partner = this.#partner();
    root?.style.setProperty('--eh-preset-accent', partner?.accent ?? null);
    root?.style.setProperty('--eh-preset-accent-dark', partner?.accentDark ?? null);
  }

  /**
   * Search, JSON-LD and reach are not needed for the first render: start them once the
   * help is on screen (not while the language pack is still on its way, where their
   * downloads would compete with it), when the page is idle, and at the latest after
   * 2 s (a busy page may never be idle).
   */
  #startIdleWork(): void {
    const idle = globalThis.requestIdleCallback ?? setTimeout;
    idle(
      () => {
        this.#ensureSearcher();
        this.#loadProvenance();
        this.#addStructuredData();
        this.#startReach();
      },
      { timeout: 2000 },
    );
  }

  /** The cards' source lines: a chunk loaded after the first render. */
  #loadProvenance(): void {
    import('./provenance/index.js').then((module) => {
      this._provenance = module;
    }, this.#chunkFailed('the source lines'));
  }

  /** Reach events for the host (eh-view, eh-resource-click) and, opted in, the beacon: a chunk loaded at idle. */
  #startReach(): void {
    if (this.#stopReach || !this.isConnected) return;
    this.#stopReach = () => undefined;
    import('../analytics/index.js').then(({ startReach }) => {
      // The endpoint is read at each send: a page may set `analytics-endpoint` later.
      this.#stopReach = this.isConnected ? startReach(this, () => parseEndpoint(this.analyticsEndpoint, document.baseURI, this.#warn)) : undefined;
    }, this.#chunkFailed('reach events'));
  }

  #emit<K extends keyof ReachEventDetails>(name: K, detail: ReachEventDetails[K]): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  /** The meldpunt's JSON-LD in the page head, once per page, for search engines (a small chunk). */
  #addStructuredData(): void {
    if (structuredDataRequested) return;
    structuredDataRequested = true;
    import('../embed/add-structured-data.js').then(
      ({ addStructuredData }) => {
        if (!addStructuredData(document, this.#content, this._pack?.messages.locale ?? 'nl', this.partner?.trim().toLowerCase() || undefined)) {
          this.#warn('could not add the JSON-LD block.');
        }
      },
      () => {
        structuredDataRequested = false;
      },
    );
  }

  /** Loads the search chunk and indexes the current resources. */
  #ensureSearcher(): void {
    if (this.#search || this.#indexing === this.#resources) return;
    this.#searchModule ??= import('./search/index.js');
    const resources = this.#resources;
    this.#indexing = resources;
    const locale = this._pack?.messages.locale ?? 'nl';
    this.#searchModule.then(
      async ({ loadFinderSearch }) => {
        const search = await loadFinderSearch(resources, locale);
        if (this.#resources !== resources || this.#search) return;
        this.#search = search;
        this.requestUpdate();
        if (this._query) this.#scheduleAnnouncement(ANNOUNCE_DELAY_MS);
      },
    ).catch((error: unknown) => {
      this.#indexing = undefined;
      this.#chunkFailed('search')(error);
    });
  }

  #view(messages: Messages): ViewContext {
    return {
      locale: messages.locale,
      messages,
      level: parseHeadingLevel(this.headingLevel, this.#warn),
      idPrefix: this.#idPrefix,
      moreInfo: this.#meldpunt().website,
      provenance: this._provenance,
      openingNow: this.#schedule ? (line, view) => this.#schedule?.openingNow(line, view, clock.now(), this.#schedule.alwaysOpenLine(this.#content, view.locale)) : undefined,
    };
  }

  #messages(): Messages | undefined {
    return this._pack?.messages;
  }

  #partner(): Partner | undefined {
    return findPartner(this.#content, this.partner?.trim().toLowerCase());
  }

  #updateLocale(): void {
    const { locale, requested } = resolveLocale(this, this.lang);
    if (requested && this.lang && !requested.toLowerCase().startsWith(locale)) {
      this.#warn(`lang="${requested}" is not supported (nl, fr, en); using ${locale}.`);
    }
    if (locale === this._locale && this._pack?.messages.locale === locale) return;
    this._locale = locale;
    const cached = cachedLocalePack(locale);
    if (cached) {
      this._pack = cached;
      return;
    }
    // Before the first render, show the slotted fallback rather than the wrong language.
    if (!this.hasUpdated) this._pack = undefined;
    loadLocalePack(locale).then(
      (pack) => {
        if (this._locale === locale) this._pack = pack;
      },
      (error: unknown) => {
        // A chunk that fails to load must not leave the widget blank: fall back to
        // Dutch; until any pack arrives the light-DOM fallback content stays visible.
        this.#warn(`could not load the "${locale}" texts (${String(error)}); showing Dutch.`);
        if (locale !== 'nl') {
          loadLocalePack('nl').then(
            (pack) => {
              if (!this._pack || this._pack.messages.locale !== this._locale) this._pack = pack;
            },
            () => undefined,
          );
        }
      },
    );
  }

  #scheduleAnnouncement(delay: number): void {
    this.#shown = FIRST_RESULTS;
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      const count = finderResults(this.#resources, this.#search?.search, this._audience, this._query).length;
      this._announcement = this.#messages()?.resultCount(count) ?? '';
      if (this._query.trim()) this.#emit('eh-search', { resultCount: count });
    }, delay);
  }

  async #chooseRoute(route: Route): Promise<void> {
    this.#emit('eh-route', { route });
    // The steps' chunk is usually there (loaded when the button was reached); else wait for it.
    const ready = await this.#ensureLater();
    if (ready) this._route = route;
    await this.updateComplete;
    // Without the steps (their chunk could not load), the finder below lists all the help.
    this.renderRoot.querySelector<HTMLElement>(`#${this.#idPrefix}${ready ? 'route-heading' : 'finder'}`)?.focus();
  }

  async #leaveRoute(): Promise<void> {
    const previous = this._route;
    this._route = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`.route-button[data-route="${previous}"]`)?.focus();
  }

  async #loadContent(): Promise<void> {
    this.#contentAbort?.abort();
    const url = parseContentSrc(this.contentSrc, document.baseURI, this.#warn);
    if (!url) {
      this._baseContent = mechelenFacts;
      return;
    }
    const abort = new AbortController();
    this.#contentAbort = abort;
    const content = await import('../content/load-content.js').then((module) => {
      this.#contentModule = module;
      return module.loadContentOrWarn(url, mechelenFacts, abort.signal, this.#warn);
    }, this.#chunkFailed('the content loader'));
    if (abort.signal.aborted) return;
    if (content) this._baseContent = content;
    this.dispatchEvent(new Event(content ? 'eh-content-load' : 'eh-content-error', { bubbles: true, composed: true }));
  }

  /** A lazily loaded part failed to download: say so once; the rest of the widget goes on. */
  #chunkFailed(what: string): (error: unknown) => undefined {
    return (error) => void this.#warn(`could not load ${what} (${String(error)}).`);
  }
}

// Types for every TypeScript consumer of the class (the main entry, `/define`, `/script`):
// `document.createElement('eenzaamheid-hulp')` and `querySelector` give the element, and
// `addEventListener('eh-report-success', …)` knows its detail.
declare global {
  interface HTMLElementTagNameMap {
    'eenzaamheid-hulp': EenzaamheidHulp;
  }
  interface HTMLElementEventMap extends EenzaamheidHulpEventMap {}
}
