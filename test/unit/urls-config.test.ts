/**
 * The link allowlist (src/content/safe-url.ts) and the attribute parsers
 * (src/config/config.ts), in Node, where mutation testing runs them.
 */
import { describe, expect, it } from 'vitest';
import { displayHost, mailtoHref, safeHref, telHref } from '../../src/content/safe-url.js';
import { createWarnOnce, parseAudience, parseContentSrc, parseEndpoint, parseFormat, parseHeadingLevel, parseSections } from '../../src/config/config.js';

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

/** Collects warnings. */
function warnings(): { list: string[]; warn: (message: string) => void } {
  const list: string[] = [];
  return { list, warn: (message) => list.push(message) };
}

describe('safeHref, the edges', () => {
  it('refuses anything that is not a string', () => {
    for (const value of [undefined, null, 106, { href: 'https://x.example/' }]) expect(safeHref(value), String(value)).to.equal(undefined);
  });

  it('takes a tel: link as a number only (2 to 15 digits, an optional +)', () => {
    expect(safeHref('tel:+3215297655')).to.equal('tel:+3215297655');
    for (const bad of ['tel:1', 'tel:x106', 'tel:106x', 'tel:1234567890123456', 'tel:++106']) expect(safeHref(bad), bad).to.equal(undefined);
  });

  it('refuses an https: link with a user name or a password', () => {
    for (const bad of ['https://user@example.org/', 'https://:secret@example.org/']) expect(safeHref(bad), bad).to.equal(undefined);
  });

  it('trims the address before making a mailto: link', () => {
    expect(mailtoHref('  meldpunt@mechelen.be ')).to.equal('mailto:meldpunt@mechelen.be');
  });
});

describe('displayHost', () => {
  it('shows the host without a leading www.', () => {
    expect(displayHost('https://www.tele-onthaal.be/chat')).to.equal('tele-onthaal.be');
    expect(displayHost('https://a.www.example/')).to.equal('a.www.example');
    expect(displayHost('https://overkop.be:8443/')).to.equal('overkop.be:8443');
    expect(displayHost('not a url')).to.equal('not a url');
  });
});

describe('configuration parsers, every branch and what they say', () => {
  it('audience: nothing given is no choice, without a warning; an unknown one says which are known', () => {
    for (const none of [undefined, null, '']) expect(parseAudience(none, noWarn)).to.equal(undefined);
    const { list, warn } = warnings();
    expect(parseAudience('SENIORS', warn)).to.equal('seniors');
    expect(parseAudience('kids', warn)).to.equal(undefined);
    expect(list).to.deep.equal(['audience="kids" is not one of everyone, youth, seniors, carers; showing everyone.']);
  });

  it('heading level: 1 to 6, anything else level 2 with a warning', () => {
    for (const none of [undefined, null, '']) expect(parseHeadingLevel(none, noWarn)).to.equal(2);
    expect(parseHeadingLevel('1', noWarn)).to.equal(1);
    expect(parseHeadingLevel(6, noWarn)).to.equal(6);
    const { list, warn } = warnings();
    for (const bad of ['0', '7', '2.5', 'h3']) expect(parseHeadingLevel(bad, warn), bad).to.equal(2);
    expect(list).to.deep.equal([
      'heading-level="0" must be 1 to 6; using 2.',
      'heading-level="7" must be 1 to 6; using 2.',
      'heading-level="2.5" must be 1 to 6; using 2.',
      'heading-level="h3" must be 1 to 6; using 2.',
    ]);
  });

  it('sections: any case, spaces and commas; "urgent" alone is a minimal widget; unknown names are named', () => {
    for (const none of [undefined, null, '', '  ']) expect([...parseSections(none, noWarn)], String(none)).to.deep.equal(['routes', 'finder', 'meldpunt']);
    expect([...parseSections(' ,Finder,, ROUTES ', noWarn)]).to.deep.equal(['finder', 'routes']);
    expect([...parseSections('urgent', noWarn)]).to.deep.equal([]);
    expect([...parseSections('urgent meldpunt', noWarn)]).to.deep.equal(['meldpunt']);
    const { list, warn } = warnings();
    expect([...parseSections('kaart, finder nieuws', warn)]).to.deep.equal(['finder']);
    // Only unknown names: never a blank widget.
    expect([...parseSections('kaart', warn)]).to.deep.equal(['routes', 'finder', 'meldpunt']);
    expect(list).to.deep.equal([
      'sections: unknown "kaart", "nieuws"; known are routes, finder, meldpunt.',
      'sections: unknown "kaart"; known are routes, finder, meldpunt.',
    ]);
  });

  it('endpoint: nothing given is no endpoint, without a warning', () => {
    for (const none of [undefined, null, '', '   ']) expect(parseEndpoint(none, 'https://p.example/', noWarn), String(none)).to.equal(undefined);
  });

  it('endpoint: https anywhere, plain http on the page\'s own origin or on this computer only', () => {
    const intranet = 'http://intranet.mechelen.example/hulp';
    expect(parseEndpoint('http://intranet.mechelen.example/reports', intranet, noWarn)).to.equal('http://intranet.mechelen.example/reports');
    expect(parseEndpoint('/reports', intranet, noWarn)).to.equal('http://intranet.mechelen.example/reports');
    for (const local of ['http://localhost:8787/reports', 'http://127.0.0.1:8787/reports', 'http://[::1]:8787/reports']) {
      expect(parseEndpoint(local, 'https://www.samana.be/', noWarn), local).to.equal(local);
    }
    const { list, warn } = warnings();
    for (const bad of ['http://intranet.mechelen.example:8080/reports', 'ftp://127.0.0.1/reports', 'ws://localhost/reports', 'https://user@meldpunt.example/', 'http://[bad']) {
      expect(parseEndpoint(bad, intranet, warn), bad).to.equal(undefined);
    }
    expect(list).to.deep.equal([
      'endpoint must be an https: URL (got "http:"); showing the meldpunt\'s contact.',
      'endpoint must be an https: URL (got "ftp:"); showing the meldpunt\'s contact.',
      'endpoint must be an https: URL (got "ws:"); showing the meldpunt\'s contact.',
      'endpoint must not hold a user name or password; showing the meldpunt\'s contact.',
      'endpoint="http://[bad" is not a URL; showing the meldpunt\'s contact.',
    ]);
  });

  it('content-src: the same rules, with its own words', () => {
    const { list, warn } = warnings();
    expect(parseContentSrc('http://evil.example/c.json', 'https://p.example/', warn)).to.equal(undefined);
    expect(parseContentSrc('  https://cdn.example/c.json  ', 'https://p.example/', warn)).to.equal('https://cdn.example/c.json');
    expect(list).to.deep.equal(['content-src must be an https: URL (got "http:"); showing the built-in content.']);
  });

  it('format: json unless open311 is asked for (any case), which needs a service code', () => {
    for (const none of [undefined, null, '', '  ']) expect(parseFormat(none, undefined, noWarn), String(none)).to.deep.equal({ format: 'json' });
    expect(parseFormat(' Open311 ', ' eenzaamheid ', noWarn)).to.deep.equal({ format: 'open311', serviceCode: 'eenzaamheid' });
    expect(parseFormat('json', 'ignored', noWarn)).to.deep.equal({ format: 'json' });
    const { list, warn } = warnings();
    expect(parseFormat('xml', 'x', warn)).to.deep.equal({ format: 'json' });
    for (const missing of [undefined, null, '', '   ']) expect(parseFormat('open311', missing, warn), String(missing)).to.equal(undefined);
    expect(list).to.deep.equal([
      'format="xml" is not json or open311; using json.',
      ...Array(4).fill('format="open311" needs service-code; showing the meldpunt\'s contact.'),
    ]);
  });

  it('warns once per distinct message, with the element\'s prefix', () => {
    const printed: string[] = [];
    const warn = createWarnOnce('<eenzaamheid-hulp>', (line) => printed.push(line));
    warn('a');
    warn('b');
    warn('a');
    expect(printed).to.deep.equal(['<eenzaamheid-hulp> a', '<eenzaamheid-hulp> b']);
  });
});
