import { expect } from '@open-wc/testing';
import { safeHref, telHref } from '../../src/content/safe-url.js';
import { normalize } from '../../src/search/normalize.js';
import { loadSearcher } from '../../src/search/search.js';
import { BUILT_IN_TEXTS } from '../../src/content/built-in-texts.js';
import { mechelenFacts } from '../../src/content/mechelen-facts.js';
import { translateContent } from '../../src/content/translate.js';
import { allResources } from '../../src/content/select.js';
import { mechelenContent } from '../../src/content/mechelen.js';
import { mechelenContentAllLanguages } from '../../src/content/mechelen-all-languages.js';
import { parseContent } from '../../src/content/load-content.js';
import { parseAudience, parseContentSrc, parseEndpoint, parseFormat, parseHeadingLevel, parseSections } from '../../src/config/config.js';
import { matchLocale } from '../../src/i18n/locale.js';

const noWarn = () => {
  throw new Error('unexpected warning');
};

describe('safeHref', () => {
  it('allows https:, tel: and mailto: only', () => {
    expect(safeHref('https://tele-onthaal.be')).to.equal('https://tele-onthaal.be/');
    expect(safeHref('tel:106')).to.equal('tel:106');
    expect(safeHref('mailto:meldpunt@example.org')).to.equal('mailto:meldpunt@example.org');
    for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'java\nscript:alert(1)', 'data:text/html,x', 'http://example.org', '/relative', 'vbscript:x', 'https://user:pw@example.org', 'tel:106;evil']) {
      expect(safeHref(bad), bad).to.equal(undefined);
    }
  });

  it('turns a spoken number into a tel: link', () => {
    expect(telHref('+32 15 29 76 55')).to.equal('tel:+3215297655');
    expect(telHref('1813')).to.equal('tel:1813');
  });
});

describe('search', () => {
  it('normalizes case and accents', () => {
    expect(normalize('Één EENZAAMHEID!')).to.equal('een eenzaamheid');
  });

  it('loads the page language’s search words and ranks the best match first', async () => {
    const french = allResources(translateContent(mechelenFacts, 'fr', BUILT_IN_TEXTS.fr));
    const search = await loadSearcher(french, 'fr');
    expect(search('un banc devant la maison').map((r) => r.item.id)[0]).to.equal('gevelbanken-picknicktafels');
    expect(search('zz')).to.deep.equal([]);
  });
});

describe('configuration parsers', () => {
  it('parses audiences case-insensitively and refuses unknown ones', () => {
    expect(parseAudience(' Youth ', noWarn)).to.equal('youth');
    const warnings: string[] = [];
    expect(parseAudience('kids', (m) => warnings.push(m))).to.equal(undefined);
    expect(warnings).to.have.length(1);
  });

  it('parses heading levels 1 to 6', () => {
    expect(parseHeadingLevel('3', noWarn)).to.equal(3);
    expect(parseHeadingLevel(undefined, noWarn)).to.equal(2);
    expect(parseHeadingLevel('2.5', () => {})).to.equal(2);
  });

  it('parses sections with spaces or commas', () => {
    expect([...parseSections('finder, meldpunt', noWarn)]).to.deep.equal(['finder', 'meldpunt']);
    expect([...parseSections('', noWarn)]).to.deep.equal(['routes', 'finder', 'meldpunt']);
  });

  it('accepts https, same-origin and loopback endpoints only', () => {
    const base = 'https://www.samana.be/hulp';
    expect(parseEndpoint('https://meldpunt.mechelen.be/reports', base, noWarn)).to.equal('https://meldpunt.mechelen.be/reports');
    expect(parseEndpoint('http://127.0.0.1:8787/reports', base, noWarn)).to.equal('http://127.0.0.1:8787/reports');
    const warnings: string[] = [];
    for (const bad of ['http://meldpunt.example/reports', 'https://user:pw@meldpunt.example/', 'javascript:alert(1)', 'data:,x', 'ftp://x/']) {
      expect(parseEndpoint(bad, base, (w) => warnings.push(w)), bad).to.equal(undefined);
    }
    expect(warnings).to.have.length(5);
  });

  it('needs a service-code for open311 and falls back to json for unknown formats', () => {
    expect(parseFormat('open311', 'eenzaamheid', noWarn)).to.deep.equal({ format: 'open311', serviceCode: 'eenzaamheid' });
    expect(parseFormat('OPEN311', '', () => {})).to.equal(undefined);
    expect(parseFormat('xml', undefined, () => {})).to.deep.equal({ format: 'json' });
    expect(parseFormat(undefined, undefined, noWarn)).to.deep.equal({ format: 'json' });
  });

  it('accepts https and same-origin content-src only', () => {
    const base = 'http://localhost:8000/page.html';
    expect(parseContentSrc('https://cdn.example.org/c.json', base, noWarn)).to.equal('https://cdn.example.org/c.json');
    expect(parseContentSrc('/content.json', base, noWarn)).to.equal('http://localhost:8000/content.json');
    expect(parseContentSrc('http://evil.example/c.json', base, () => {})).to.equal(undefined);
    expect(parseContentSrc('javascript:alert(1)', base, () => {})).to.equal(undefined);
  });

  it('matches locales by primary subtag', () => {
    expect(matchLocale('nl-BE')).to.equal('nl');
    expect(matchLocale('FR_be')).to.equal('fr');
    expect(matchLocale('de')).to.equal(undefined);
  });
});

describe('parseContent', () => {
  it('accepts the built-in content with all languages', () => {
    const { content, dropped } = parseContent(JSON.parse(JSON.stringify(mechelenContentAllLanguages)), mechelenContent);
    expect(dropped).to.deep.equal([]);
    expect(content.initiatives).to.have.length(9);
  });

  it('ignores a polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.fr = 'POLLUTED';
    proto.website = 'javascript:alert(1)';
    try {
      const raw = JSON.parse(JSON.stringify(mechelenContent));
      const { content } = parseContent(raw, mechelenContent);
      const first = content.initiatives[0]!;
      expect(Object.hasOwn(first.name, 'fr')).to.equal(false);
      const withContact = content.initiatives.find((initiative) => initiative.id === 'gevelbanken-picknicktafels')!;
      expect(Object.hasOwn(withContact.contact ?? {}, 'website')).to.equal(true);
      expect(Object.hasOwn(first, 'contact')).to.equal(false, 'an initiative without a contact gets none from the prototype');
      expect(content.helplines.some((h) => Object.hasOwn(h, 'website') && String(h.website).startsWith('javascript'))).to.equal(false);
    } finally {
      delete proto.fr;
      delete proto.website;
    }
  });

  it('adds back a missing required urgent line', () => {
    const raw = JSON.parse(JSON.stringify(mechelenContent));
    raw.helplines = raw.helplines.filter((h: { number: string }) => h.number !== '1813');
    const { content } = parseContent(raw, mechelenContent);
    // 1813 is back; the French-language urgent lines (for fr and en pages) stay as they were.
    expect(content.helplines.filter((h) => h.urgent).map((h) => h.number).sort()).to.deep.equal(['0800 32 123', '106', '107', '112', '1813']);
  });
});
