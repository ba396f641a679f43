import { expect } from '@open-wc/testing';
import { safeHref, mailtoHref } from '../../src/content/safe-url.js';
import { parseContent } from '../../src/content/load-content.js';
import { mechelenContent } from '../../src/content/mechelen.js';
import { generateEmbed } from '../../src/embed/generate.js';

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

  it('are refused by the content schema, as a link and as an e-mail address', () => {
    const content = structuredClone(mechelenContent) as unknown as Record<string, any>;
    content.initiatives[0].contact = { email: 'meldpunt@mechelen.be?bcc=spy@evil.example' };
    content.initiatives[1].contact = { website: 'mailto:meldpunt@mechelen.be?body=x' };
    content.meldpunt.email = 'meldpunt@mechelen.be?cc=spy@evil.example';
    const { content: kept, dropped } = parseContent(content, mechelenContent);
    expect(JSON.stringify(kept)).to.not.contain('evil.example');
    expect(JSON.stringify(kept)).to.not.contain('body=x');
    expect(dropped.join(' ')).to.contain('initiatives[0]').and.to.contain('initiatives[1]').and.to.contain('meldpunt');
  });

  it('with a query part are not written into the generated fallback HTML', () => {
    const content = structuredClone(mechelenContent);
    content.initiatives[0]!.contact = { email: 'meldpunt@mechelen.be?bcc=spy@evil.example' };
    content.initiatives[1]!.contact = { email: 'ontmoeten@mechelen.be' };
    content.meldpunt = { ...content.meldpunt, email: 'meldpunt@mechelen.be?cc=spy@evil.example' };
    const { fallback } = generateEmbed({ scriptSrc: 'https://cdn.example/eh.js', content });
    expect(fallback.match(/href="mailto:[^"]*"/g)).to.deep.equal(['href="mailto:ontmoeten@mechelen.be"']);
  });
});
