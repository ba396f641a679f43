import { expect, fixture, html } from '@open-wc/testing';
import { generateEmbed, builtInContent } from '../../src/embed/generate.js';
import { buildJsonLd } from '../../src/embed/json-ld.js';
import { preloadLinks } from '../../src/embed/preload-links.js';
import type { Content } from '../../src/content/types.js';
import { renderWidget, waitFor } from '../support/helpers.js';

/** The schema.org properties this project writes, per type (from schema.org's type pages). */
const ALLOWED: Record<string, string[]> = {
  GovernmentService: ['name', 'serviceType', 'description', 'provider', 'areaServed', 'availableChannel', 'broker'],
  GovernmentOrganization: ['name', 'url'],
  Organization: ['name', 'url', 'contactPoint'],
  City: ['name', 'address'],
  PostalAddress: ['addressLocality', 'addressCountry'],
  ServiceChannel: ['name', 'processingTime', 'availableLanguage', 'serviceUrl', 'servicePhone'],
  ContactPoint: ['name', 'telephone', 'contactType', 'description', 'areaServed', 'hoursAvailable'],
  OpeningHoursSpecification: ['dayOfWeek', 'opens', 'closes'],
};

/** Every node has a known @type and only that type's properties. */
function checkShape(node: unknown, path = '$'): void {
  if (Array.isArray(node)) return node.forEach((child, i) => checkShape(child, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return;
  const { '@type': type, ...rest } = node as Record<string, unknown>;
  if (type === undefined) return;
  const allowed = ALLOWED[String(type)];
  expect(allowed, `${path}: unknown @type ${String(type)}`).to.not.equal(undefined);
  for (const [key, value] of Object.entries(rest)) {
    expect(allowed, `${path}.${key} on ${String(type)}`).to.include(key);
    checkShape(value, `${path}.${key}`);
  }
}

function hostile(): Content {
  const content = structuredClone(builtInContent('nl'));
  content.initiatives[0]!.name = { nl: '<img src=x onerror=alert(1)>"Koffie"' };
  content.initiatives[0]!.contact = { website: 'javascript:alert(1)' };
  content.initiatives[1]!.contact = { website: 'https://ok.example/"><script>alert(1)</script>' };
  return content;
}

describe('embed-code generator', () => {
  it('writes the script tag, JSON-LD and the element with attributes, all escaped', () => {
    const { html: code } = generateEmbed({
      scriptSrc: 'https://cdn.example/eh.js?v="1"',
      partner: 'samana',
      lang: 'fr',
      endpoint: 'https://meldpunt.example/reports?x=1&y="2"',
      headingLevel: 3,
    });
    expect(code).to.contain('<script type="module" src="https://cdn.example/eh.js?v=&#34;1&#34;"></script>');
    expect(code).to.contain('<eenzaamheid-hulp partner="samana" lang="fr" heading-level="3" endpoint="https://meldpunt.example/reports?x=1&#38;y=&#34;2&#34;">');
    expect(code).to.contain('<h3>');
    expect(code).to.contain('Numéro d’urgence');
    expect(code).to.not.match(/\son\w+=/i);
    expect(code).to.not.match(/\sstyle=/i);
  });

  it('writes well-formed HTML: the parser keeps it exactly as written', () => {
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const { html: code } = generateEmbed({ scriptSrc: 'https://cdn.example/eh.js', lang, partner: 'overkop', endpoint: 'https://m.example/r' });
      const template = document.createElement('template');
      template.innerHTML = code;
      // An unclosed or misnested tag would be repaired by the parser and serialize differently.
      const normalize = (markup: string) => markup.replace(/&#(\d+);/g, (_m, n: string) => String.fromCharCode(Number(n))).replace(/&(amp|lt|gt|quot);/g, (_m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"' })[e]!);
      expect(normalize(template.innerHTML).replace(/ data-eenzaamheid-hulp=""/, ' data-eenzaamheid-hulp')).to.equal(normalize(code));
    }
  });

  it('renders hostile content as text and never writes a bad link', () => {
    const { html: code, fallback } = generateEmbed({ scriptSrc: 'https://cdn.example/eh.js', content: hostile() });
    expect(fallback).to.contain('&#60;img src=x onerror=alert(1)&#62;&#34;Koffie&#34;');
    expect(code).to.not.contain('javascript:');
    expect(code).to.not.contain('<script>alert');
    expect(code).to.not.contain('<img');
    const container = document.createElement('div');
    container.innerHTML = fallback;
    const hrefs = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href')!);
    expect(hrefs.length).to.be.greaterThan(5);
    for (const href of hrefs) expect(href).to.match(/^(https:|tel:|mailto:)/);
  });

  it('keeps "</script>" inside JSON-LD from ending the block', () => {
    const content = builtInContent('nl');
    content.meldpunt = { ...content.meldpunt, name: { nl: 'Meldpunt </script><script>alert(1)</script>' } };
    const { html: code } = generateEmbed({ scriptSrc: 'https://cdn.example/eh.js', content });
    const block = code.slice(code.indexOf('application/ld+json'), code.indexOf('<eenzaamheid-hulp'));
    expect(block.match(/<\/script>/g)).to.have.length(1);
    expect(block).to.contain('\\u003c/script\\u003e');
  });

  it('describes the meldpunt as a GovernmentService answering within 24 hours, with the helplines as contact points', () => {
    const data = buildJsonLd(builtInContent('nl'), 'nl', 'samana') as { '@context': string; '@graph': Record<string, any>[] };
    expect(data['@context']).to.equal('https://schema.org');
    const [service, ...orgs] = data['@graph'];
    expect(service!['@type']).to.equal('GovernmentService');
    expect(service!.availableChannel['@type']).to.equal('ServiceChannel');
    expect(service!.availableChannel.processingTime).to.equal('PT24H');
    expect(service!.provider['@type']).to.equal('GovernmentOrganization');
    expect(service!.areaServed.name).to.equal('Mechelen');
    expect(orgs.map((org) => org.contactPoint.telephone)).to.include.members(['112', '1813', '106']);
    checkShape(data['@graph']);
  });

  it('wraps the element in a block-level div and gives the fallback links that say what they do', () => {
    const { html: code } = generateEmbed({ scriptSrc: 'https://cdn.example/eh.js', lang: 'fr' });
    const template = document.createElement('template');
    template.innerHTML = code;
    const wrapper = template.content.querySelector('div.eenzaamheid-hulp-embed');
    expect(wrapper?.firstElementChild?.localName).to.equal('eenzaamheid-hulp');
    const calls = [...template.content.querySelectorAll('a[href^="tel:"]')].map((a) => a.textContent);
    expect(calls[0]).to.equal('Appeler Numéro d’urgence au 112');
    // On a French page the French-language lines come first, then 1813 and 106.
    expect(calls.slice(1, 5).map((text) => /^Appeler .+ au ([\d ]+)$/.exec(text!)?.[1])).to.deep.equal(['0800 32 123', '107', '1813', '106']);
  });

  it('gives long words break points without changing their text', () => {
    const { fallback } = generateEmbed({ scriptSrc: 'https://cdn.example/eh.js', lang: 'nl' });
    expect(fallback).to.contain('Buurteng<wbr>agements<wbr>netwerke<wbr>n');
    const container = document.createElement('div');
    container.innerHTML = fallback;
    expect(container.textContent).to.contain('Buurtengagementsnetwerken');
  });

  it('gives fallback content that is accessible on its own (no script)', async () => {
    const { fallback } = generateEmbed({ scriptSrc: 'https://cdn.example/eh.js', lang: 'nl', headingLevel: 2 });
    const el = await fixture(html`<main><h1>Partner</h1><div></div></main>`);
    el.querySelector('div')!.innerHTML = fallback;
    expect(el.querySelectorAll('a[href^="tel:"]').length).to.be.greaterThan(4);
    await expect(el).to.be.accessible();
  });
});

describe('modulepreload hints in the embed code', () => {
  const files = { main: 'chunks/main-abc123.js', packs: { nl: 'chunks/nl-n1.js', fr: 'chunks/fr-f1.js', en: 'chunks/en-e1.js' } };

  it('name the main chunk and the page\'s language pack beside the script', () => {
    expect(preloadLinks('https://www.samana.be/js/eenzaamheid-hulp.js', files, 'fr')).to.deep.equal([
      '<link rel="modulepreload" href="https://www.samana.be/js/chunks/main-abc123.js">',
      '<link rel="modulepreload" href="https://www.samana.be/js/chunks/fr-f1.js">',
    ]);
  });

  it('resolve against the script without its cache-busting query or fragment (the URLs the chunks import)', () => {
    const [main, pack] = preloadLinks('https://cdn.example/wp/eh.js?ver=3#x', files, 'nl');
    expect(main).to.equal('<link rel="modulepreload" href="https://cdn.example/wp/chunks/main-abc123.js">');
    expect(pack).to.equal('<link rel="modulepreload" href="https://cdn.example/wp/chunks/nl-n1.js">');
  });

  it('work for a script path relative to the page, and escape what they write', () => {
    expect(preloadLinks('eenzaamheid-hulp.js', files, 'en')[1]).to.equal('<link rel="modulepreload" href="chunks/en-e1.js">');
    expect(preloadLinks('/js/"x"/eh.js', files, 'en')[0]).to.equal('<link rel="modulepreload" href="/js/&#34;x&#34;/chunks/main-abc123.js">');
  });

  it('are left out when the source has no built file names (the package has them, see the CLI and e2e tests)', () => {
    expect(generateEmbed({ scriptSrc: 'https://cdn.example/eh.js' }).html).to.not.contain('modulepreload');
  });
});

describe('JSON-LD at runtime', () => {
  afterEach(() => document.querySelectorAll('script[data-eenzaamheid-hulp]').forEach((node) => node.remove()));

  it('is added to the page once, for two widgets', async () => {
    const existing = document.querySelectorAll('script[type="application/ld+json"][data-eenzaamheid-hulp]').length;
    expect(existing).to.equal(0);
    await renderWidget(html`<eenzaamheid-hulp></eenzaamheid-hulp>`);
    await renderWidget(html`<eenzaamheid-hulp lang="en"></eenzaamheid-hulp>`);
    await waitFor(() => document.querySelectorAll('script[type="application/ld+json"][data-eenzaamheid-hulp]').length > 0, 'JSON-LD', 3000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const blocks = document.querySelectorAll('script[type="application/ld+json"][data-eenzaamheid-hulp]');
    expect(blocks).to.have.length(1);
    // innerHTML, as a serialised copy of the page has it: the JSON alone, without Lit's marker comments.
    const data = JSON.parse(blocks[0]!.innerHTML);
    expect(data['@graph'][0]['@type']).to.equal('GovernmentService');
    checkShape(data['@graph']);
  });
});
