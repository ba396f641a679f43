import { html, LitElement, nothing } from 'lit';
import { mechelenFacts } from '../../src/content/mechelen-facts.js';
import { meldpuntFor, urgentHelplines } from '../../src/content/select.js';
import { translateContent } from '../../src/content/translate.js';
import { withMeldpuntTexts } from '../../src/content/mechelen.js';
import { styles } from '../../src/element/styles.js';
import { loadLocalePack, type LocalePack } from '../../src/i18n/locale-pack.js';
import type { Locale } from '../../src/i18n/locale.js';
import { ReportController, type DeliveryTiming } from '../../src/report/form/controller.js';
import { loadFormMessages } from '../../src/report/form/load-messages.js';
import type { About } from '../../src/report/schema.js';
import { receiver } from './report-helpers.js';

/**
 * The report form on its own, as the element hosts it, with a sending schedule the
 * test chooses: "keeps trying for two minutes" is tested in a second, against the
 * real receiver. (The element always uses the default schedule; an end-to-end test
 * checks that with a fast-forwarded clock.)
 */
export class FormHost extends LitElement {
  static override styles = styles;
  locale: Locale = 'nl';
  endpoint = '';
  controller: ReportController | undefined;
  #pack: LocalePack | undefined;
  #content: ReturnType<typeof translateContent> | undefined;

  async open(timing: DeliveryTiming, about: About | '' = ''): Promise<void> {
    this.#pack = await loadLocalePack(this.locale);
    const { meldpunt } = await loadFormMessages(this.locale);
    this.#content = translateContent(mechelenFacts, this.locale, withMeldpuntTexts(this.#pack.contentTexts, meldpunt));
    this.endpoint ||= `${await receiver()}/reports`;
    this.controller ??= new ReportController(this, () => this.locale, () => 'samana', timing);
    await this.controller.open({ endpoint: this.endpoint, format: 'json' }, about);
    await this.updateComplete;
  }

  override render(): unknown {
    const pack = this.#pack;
    const content = this.#content;
    if (!pack || !content || !this.controller) return nothing;
    return html`<div class="root" lang=${this.locale}>
      ${this.controller.render({
        view: { locale: this.locale, messages: pack.messages, level: 2, idPrefix: 'host-' },
        meldpunt: meldpuntFor(content, undefined),
        urgentLines: urgentHelplines(content),
        level: 3,
        setup: { endpoint: this.endpoint, format: 'json' },
      })}
    </div>`;
  }
}

if (!customElements.get('eh-form-host')) customElements.define('eh-form-host', FormHost);
