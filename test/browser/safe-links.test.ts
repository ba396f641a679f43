/**
 * mailto: links with extras (headers, more recipients) never reach the generated fallback
 * HTML. The allowlist itself and the content schema's refusal are tested in Node
 * (test/unit/urls-config.test.ts, test/unit/content.test.ts).
 */
import { expect } from '@open-wc/testing';
import { mechelenContent } from '../../src/content/mechelen.js';
import { generateEmbed } from '../../src/embed/generate.js';

describe('mailto: links in the generated embed code', () => {
  it('with a query part are not written into the generated fallback HTML', () => {
    const content = structuredClone(mechelenContent);
    content.initiatives[0]!.contact = { email: 'meldpunt@mechelen.be?bcc=spy@evil.example' };
    content.initiatives[1]!.contact = { email: 'ontmoeten@mechelen.be' };
    content.meldpunt = { ...content.meldpunt, email: 'meldpunt@mechelen.be?cc=spy@evil.example' };
    const { fallback } = generateEmbed({ scriptSrc: 'https://cdn.example/eh.js', content });
    expect(fallback.match(/href="mailto:[^"]*"/g)).to.deep.equal(['href="mailto:ontmoeten@mechelen.be"']);
  });
});
