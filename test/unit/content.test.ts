/**
 * Content validation (src/content/load-content.ts, src/content/schema.ts) in Node for
 * mutation testing: the cases of test/browser/units.test.ts and safe-links.test.ts, and more.
 */
import { describe, expect, it } from 'vitest';
import { parseContent } from '../../src/content/load-content.js';
import { mechelenContent } from '../../src/content/mechelen.js';
import { mechelenContentAllLanguages } from '../../src/content/mechelen-all-languages.js';

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
      expect(Object.hasOwn(first.contact ?? {}, 'website')).to.equal(true);
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
    expect(content.helplines.filter((h) => h.urgent).map((h) => h.number).sort()).to.deep.equal(['106', '112', '1813']);
  });
});

describe('mailto: links in content', () => {
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
});
