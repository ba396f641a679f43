/**
 * The link allowlist (src/content/safe-url.ts) and the attribute parsers
 * (src/config/config.ts), in Node for mutation testing: the cases of
 * test/browser/units.test.ts and safe-links.test.ts, and more.
 */
import { describe, expect, it } from 'vitest';
import { mailtoHref, safeHref, telHref } from '../../src/content/safe-url.js';
import { parseAudience, parseContentSrc, parseEndpoint, parseFormat, parseHeadingLevel, parseSections } from '../../src/config/config.js';

const noWarn = () => {
  throw new Error('unexpected warning');
};

/** A mailto: link that carries anything besides one address: headers, more recipients, escapes. */
const MAILTO_WITH_EXTRAS = [
  'mailto:meldpunt@mechelen.be?bcc=spy@evil.example',
  'mailto:meldpunt@mechelen.be?subject=Hallo',
  'mailto:meldpunt@mechelen.be?body=Bel%20mij',
  'mailto:meldpunt@mechelen.be?',
  'MAILTO:meldpunt@mechelen.be?cc=spy@evil.example',
  'mailto:meldpunt@mechelen.be#x',
  'mailto:meldpunt@mechelen.be,spy@evil.example',
  'mailto:meldpunt@mechelen.be;spy@evil.example',
  'mailto:meldpunt%40mechelen.be',
  'mailto:meldpunt@mechelen.be%3Fbcc=spy@evil.example',
  'mailto:?to=meldpunt@mechelen.be',
  'mailto:meldpunt@mechelen.be&bcc=spy@evil.example',
];

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


describe('mailto: links', () => {
  it('render for one plain address', () => {
    expect(safeHref('mailto:meldpunt@mechelen.be')).to.equal('mailto:meldpunt@mechelen.be');
    expect(safeHref(' mailto:an.de-smet+eh@stad.mechelen.be ')).to.equal('mailto:an.de-smet+eh@stad.mechelen.be');
    expect(mailtoHref('meldpunt@mechelen.be')).to.equal('mailto:meldpunt@mechelen.be');
  });

  it('never render with a query part, a fragment, escapes or a second recipient', () => {
    for (const href of MAILTO_WITH_EXTRAS) expect(safeHref(href), href).to.equal(undefined);
    expect(mailtoHref('meldpunt@mechelen.be?bcc=spy@evil.example')).to.equal(undefined);
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
});
