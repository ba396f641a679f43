/**
 * Content files that extend the built-in content (src/content/parse-content.ts) and
 * the words an editor gets for each problem (src/content/issues.ts), in Node.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentLoadError, loadContentOrWarn, parseContent } from '../../src/content/load-content.js';
import { mechelenContent } from '../../src/content/mechelen.js';

const plain = (): Record<string, any> => JSON.parse(JSON.stringify(mechelenContent));
const extending = (parts: Record<string, unknown>) => ({ version: '5', updated: '2026-12-01', extends: 'built-in', ...parts });
const builtInInitiative = () => plain().initiatives[0];
const nonUrgentLine = () => plain().helplines.find((line: { urgent?: boolean }) => !line.urgent);
const newInitiative = (id: string) => ({ ...builtInInitiative(), id, name: { nl: `Nieuw ${id}` } });

describe('a file that extends the built-in content', () => {
  it('changes a built-in item field by field; a change of search words alone needs no source', () => {
    const target = builtInInitiative();
    const { content, dropped, problems } = parseContent(extending({ initiatives: [{ id: target.id, keywords: { nl: ['koffie'] } }] }), mechelenContent);
    expect(dropped).to.deep.equal([]);
    expect(problems).to.deep.equal([]);
    const changed = content.initiatives.find((item) => item.id === target.id)!;
    expect(changed.keywords).to.deep.equal({ nl: ['koffie'] });
    expect(changed.name).to.deep.equal(target.name);
    expect(content.initiatives.map((item) => item.id)).to.deep.equal(mechelenContent.initiatives.map((item) => item.id));
    expect(content.version).to.equal('5');
    expect(content.updated).to.equal('2026-12-01');
  });

  it('refuses a change with new facts but no source, and takes it with one', () => {
    const target = builtInInitiative();
    const unsourced = parseContent(extending({ initiatives: [{ id: target.id, offer: { nl: 'Elke dag open.' } }] }), mechelenContent);
    expect(unsourced.dropped).to.deep.equal([
      `initiatives[0] (id "${target.id}"): source: is required when a change to a built-in item brings new facts: say where they come from`,
    ]);
    expect(unsourced.content.initiatives.find((item) => item.id === target.id)!.offer).to.deep.equal(target.offer);
    const sourced = parseContent(extending({ initiatives: [{ id: target.id, offer: { nl: 'Elke dag open.' }, source: 'Website 2026' }] }), mechelenContent);
    expect(sourced.dropped).to.deep.equal([]);
    expect(sourced.content.initiatives.find((item) => item.id === target.id)).to.deep.include({ offer: { nl: 'Elke dag open.' }, source: 'Website 2026' });
  });

  it('adds new items after the built-in ones, and drops an invalid new one', () => {
    const { content, dropped } = parseContent(extending({ initiatives: [newInitiative('buurtsoep'), { id: 'half' }] }), mechelenContent);
    expect(content.initiatives.map((item) => item.id)).to.deep.equal([...mechelenContent.initiatives.map((item) => item.id), 'buurtsoep']);
    expect(dropped).to.have.length(1);
    expect(dropped[0]).to.match(/^initiatives\[1\] \(id "half"\): name: is required; /);
  });

  it('drops a change that is not a valid change', () => {
    const target = builtInInitiative();
    const { dropped, content } = parseContent(extending({ initiatives: [{ id: target.id, audiences: ['kids'], source: 'x' }] }), mechelenContent);
    expect(dropped).to.deep.equal([`initiatives[0] (id "${target.id}"): audiences[0]: must be one of everyone, youth, seniors, carers (got "kids")`]);
    expect(content.initiatives.find((item) => item.id === target.id)!.audiences).to.deep.equal(target.audiences);
  });

  it('counts only the first item with an id, in both kinds of file', () => {
    for (const file of [extending({ initiatives: [newInitiative('dubbel'), newInitiative('dubbel')] }), { ...plain(), initiatives: [newInitiative('dubbel'), newInitiative('dubbel')] }]) {
      const { content, dropped, problems } = parseContent(file, mechelenContent);
      expect(content.initiatives.filter((item) => item.id === 'dubbel')).to.have.length(1);
      expect(content.initiatives.find((item) => item.id === 'dubbel')!.name).to.deep.equal({ nl: 'Nieuw dubbel' });
      expect(dropped).to.deep.equal(['initiatives[1] (id "dubbel"): the id is used twice; only the first item with it counts']);
      expect(problems).to.deep.equal([
        { path: 'initiatives[1]', id: 'dubbel', message: 'repeats an id; only the first item with it counts, this one is left out', severity: 'warning' },
      ]);
    }
  });

  it('leaves out the built-in items it removes, but never 112, 1813 or 106', () => {
    const line = nonUrgentLine();
    const initiative = builtInInitiative();
    const { content, problems } = parseContent(extending({ remove: [line.id, initiative.id, 'noodnummer-112', 'zelfmoordlijn-1813', 'tele-onthaal-106'] }), mechelenContent);
    expect(content.helplines.map((item) => item.id)).to.not.include(line.id);
    expect(content.initiatives.map((item) => item.id)).to.not.include(initiative.id);
    for (const kept of ['noodnummer-112', 'zelfmoordlijn-1813', 'tele-onthaal-106']) expect(content.helplines.map((item) => item.id)).to.include(kept);
    expect(problems).to.deep.equal(
      [
        ['noodnummer-112', '112'],
        ['zelfmoordlijn-1813', '1813'],
        ['tele-onthaal-106', '106'],
      ].map(([id, number]) => ({ path: 'remove', id, message: `${number} always stays: the urgent lines 112, 1813 and 106 cannot be removed`, severity: 'warning' })),
    );
  });

  it('changes the meldpunt field by field, and adds campaigns and partners', () => {
    const campaign = { id: 'week', title: { nl: 'Week' }, body: { nl: 'Doe mee.' }, start: '2026-09-28', end: '2026-10-04' };
    const partner = { id: 'buurtwerk', name: { nl: 'Buurtwerk' } };
    const { content, dropped } = parseContent(extending({ initiatives: [], meldpunt: { phone: '015 00 00 00' }, campaigns: [campaign], partners: [partner] }), mechelenContent);
    expect(dropped).to.deep.equal([]);
    expect(content.meldpunt).to.deep.equal({ ...mechelenContent.meldpunt, phone: '015 00 00 00' });
    expect(content.campaigns).to.deep.equal([...mechelenContent.campaigns, campaign]);
    expect(content.partners.map((item) => item.id)).to.deep.equal([...mechelenContent.partners.map((item) => item.id), 'buurtwerk']);
    const refused = parseContent(extending({ meldpunt: { website: 'javascript:x' } }), mechelenContent);
    expect(refused.content.meldpunt).to.equal(mechelenContent.meldpunt);
    expect(refused.dropped).to.deep.equal(['meldpunt: website: only https:, tel: and mailto: links']);
  });

  it('only "built-in" can be extended', () => {
    expect(() => parseContent(extending({ extends: 'other' }), mechelenContent)).to.throw(ContentLoadError, 'not a content file (extends: must be "built-in" (got "other"))');
  });
});

describe('what an editor is told about a problem', () => {
  /** The one line a file with this helpline (else valid) gets in `dropped`, without the item's place. */
  function told(change: Record<string, unknown>): string {
    const line = { ...nonUrgentLine(), ...change };
    const { dropped } = parseContent({ ...plain(), helplines: [line] }, mechelenContent);
    expect(dropped).to.have.length(1);
    return dropped[0]!.replace(/^helplines\[0\] \(id "[^"]*"\): /, '');
  }

  it('what is missing, of the wrong kind, or not one of the allowed values', () => {
    expect(told({ purpose: undefined })).to.equal('purpose: is required');
    expect(told({ audiences: 'everyone' })).to.equal('audiences: must be a list (got string)');
    expect(told({ name: ['Awel'] })).to.equal('name: must be an object (got a list)');
    expect(told({ free: 'yes' })).to.equal('free: must be a boolean (got string)');
    expect(told({ channels: ['fax'] })).to.equal('channels[0]: must be one of phone, chat, email, forum (got "fax")');
  });

  it('what is too short, too long, too small or too large', () => {
    expect(told({ source: '' })).to.equal('source: must not be empty');
    expect(told({ audiences: [] })).to.equal('audiences: needs at least 1 item');
    expect(told({ source: 'x'.repeat(301) })).to.equal('source: must be at most 300 characters');
    expect(told({ openingHours: [{ days: [0], opens: '09:00', closes: '17:00' }] })).to.equal('openingHours[0].days[0]: must be at least 1 (got 0)');
    expect(told({ openingHours: [{ days: [8], opens: '09:00', closes: '17:00' }] })).to.equal('openingHours[0].days[0]: must be at most 7 (got 8)');
    expect(told({ openingHours: [{ days: [1, 2, 3, 4, 5, 6, 7, 1], opens: '09:00', closes: '17:00' }] })).to.equal('openingHours[0].days: has more than 7 items');
  });

  it('what does not have the right form, with what was given', () => {
    expect(told({ number: 'bel 106' })).to.match(/^number: must be .+ \(got "bel 106"\)$/);
    expect(told({ website: 'http://awel.be' })).to.equal('website: only https:, tel: and mailto: links');
  });
});

describe('loadContentOrWarn with a file that extends', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('warns about each removal it refused', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify(extending({ remove: ['noodnummer-112'] }))));
    const said: string[] = [];
    const content = await loadContentOrWarn('https://cdn.example/c.json', mechelenContent, new AbortController().signal, (m) => said.push(m));
    expect(content?.helplines.map((line) => line.id)).to.include('noodnummer-112');
    expect(said).to.deep.equal(['content-src: remove "noodnummer-112": 112 always stays: the urgent lines 112, 1813 and 106 cannot be removed']);
  });
});

describe('parseContent: every path of the report', () => {
  it('names no id for an item whose id is not a string, and does not stumble on a null item', () => {
    const { dropped } = parseContent({ ...plain(), helplines: [{ ...nonUrgentLine(), id: 5 }, null] }, mechelenContent);
    expect(dropped).to.have.length(2);
    expect(dropped[0]).to.match(/^helplines\[0\]: id: /);
    expect(dropped[1]).to.equal('helplines[1]: (item): must be an object (got null)');
  });

  it('lists three problems without "and 0 more"', () => {
    const { dropped } = parseContent({ ...plain(), initiatives: [{ ...builtInInitiative(), id: 'drie', source: '', offer: { nl: '' }, forWhom: { nl: '' } }] }, mechelenContent);
    expect(dropped).to.deep.equal(['initiatives[0] (id "drie"): forWhom.nl: must not be empty; offer.nl: must not be empty; source: must not be empty']);
  });

  it('in a file that extends: new helplines, partners and campaigns are checked and named as such', () => {
    const newLine = { ...nonUrgentLine(), id: 'nieuwe-lijn', number: '0800 11 22 33' };
    const { content, dropped } = parseContent(
      extending({
        helplines: [newLine, { id: 'kapotte-lijn' }],
        partners: [{ id: 'kapotte-partner' }],
        campaigns: [{ id: 'kapotte-campagne' }],
      }),
      mechelenContent,
    );
    expect(content.helplines.map((line) => line.id)).to.include('nieuwe-lijn');
    expect(dropped.map((line) => line.split(':')[0])).to.deep.equal([
      'helplines[1] (id "kapotte-lijn")',
      'partners[0] (id "kapotte-partner")',
      'campaigns[0] (id "kapotte-campagne")',
    ]);
  });

  it('says every problem of a file that is not content, root problems as "(item)"', () => {
    expect(() => parseContent('just text', mechelenContent)).to.throw(ContentLoadError, 'not a content file ((item): must be an object (got string))');
    expect(() => parseContent({ version: '', updated: 'gisteren' }, mechelenContent)).to.throw(
      ContentLoadError,
      'not a content file (version: must not be empty; updated: must be a date as YYYY-MM-DD (got "gisteren"))',
    );
  });

  it('shows a malformed value with the format it should have', () => {
    const { dropped } = parseContent({ ...plain(), helplines: [{ ...nonUrgentLine(), number: 'bel 106' }] }, mechelenContent);
    expect(dropped[0]!.replace(/^[^:]*: /, '')).to.equal('number: must be a phone number: digits and spaces, + first for an international number (got "bel 106")');
  });
});

describe('loadContentOrWarn: the dropped items in one line', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('separates them with " | "', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ version: '3', updated: '2026-11-27', initiatives: [builtInInitiative(), { id: 'x' }, { id: 'y' }] })));
    const said: string[] = [];
    await loadContentOrWarn('https://cdn.example/c.json', mechelenContent, new AbortController().signal, (m) => said.push(m));
    expect(said[0]).to.match(/^content-src: 2 item\(s\) dropped because they are invalid: initiatives\[1\] \(id "x"\): [^|]+ \| initiatives\[2\] \(id "y"\): /);
  });
});

describe('the content schema: provenance, languages and what each format is called', () => {
  /** Whether a file with this helpline (else valid) keeps it. */
  const keeps = (change: Record<string, unknown>): boolean => {
    const line = { ...nonUrgentLine(), ...change };
    return parseContent({ ...plain(), helplines: [line] }, mechelenContent).content.helplines.some((kept) => kept.id === line.id);
  };

  it('takes a source date as a year, a month or a day, and nothing around it', () => {
    for (const sourceDate of ['2019', '2019-05', '2019-05-14']) expect(keeps({ sourceDate }), sourceDate).to.equal(true);
    for (const sourceDate of ['in 2019', '2019-05-14T10:00', '2019-5', '19']) expect(keeps({ sourceDate }), sourceDate).to.equal(false);
  });

  it('takes the languages a line answers in (nl, fr, en, de) and the page languages it is shown for (nl, fr, en)', () => {
    expect(keeps({ languages: ['nl', 'fr', 'en', 'de'] })).to.equal(true);
    expect(keeps({ languages: ['es'] })).to.equal(false);
    expect(keeps({ shownFor: ['nl'] })).to.equal(true);
    expect(keeps({ shownFor: ['fr', 'en'] })).to.equal(true);
    expect(keeps({ shownFor: ['de'] })).to.equal(false);
  });

  it('names each format in words', () => {
    const told = (change: Record<string, unknown>, kind: 'helplines' | 'partners' = 'helplines'): string => {
      const item = kind === 'helplines' ? { ...nonUrgentLine(), ...change } : { id: 'p', name: { nl: 'P' }, ...change };
      const file = { ...plain(), [kind]: [item] };
      if (kind === 'partners') file.initiatives = [builtInInitiative()];
      return parseContent(file, mechelenContent).dropped[0]!.replace(/^[^:]*: /, '');
    };
    expect(told({ id: 'Awel' })).to.equal('id: must be lower-case letters, digits and hyphens (at most 64), starting with a letter or digit (got "Awel")');
    expect(told({ sourceDate: 'vorig jaar' })).to.equal('sourceDate: must be a date as YYYY, YYYY-MM or YYYY-MM-DD (got "vorig jaar")');
    expect(told({ openingHours: [{ days: [1], opens: '9u', closes: '17:00' }] })).to.equal('openingHours[0].opens: must be a time as HH:MM (got "9u")');
    expect(told({ openingHours: [{ days: [1], opens: '09:00', closes: '17u' }] })).to.equal('openingHours[0].closes: must be a time as HH:MM (24:00 for midnight) (got "17u")');
    expect(told({ accent: 'red' }, 'partners')).to.equal('accent: must be a colour as #rrggbb (got "red")');
    expect(told({ meldpunt: { email: 'meldpunt at mechelen.be' } }, 'partners')).to.equal('meldpunt.email: must be an e-mail address (got "meldpunt at mechelen.be")');
  });
});

describe("the meldpunt's retention figures in a content file", () => {
  it('are kept as given, whole months from 1 to 120', () => {
    const meldpunt = { ...plain().meldpunt, retention: { monthsAfterClose: 3, maxMonths: 9 } };
    const kept = parseContent({ ...plain(), meldpunt }, mechelenContent);
    expect(kept.content.meldpunt.retention).to.deep.equal({ monthsAfterClose: 3, maxMonths: 9 });
    for (const retention of [{ monthsAfterClose: 0, maxMonths: 9 }, { monthsAfterClose: 3, maxMonths: 121 }, { monthsAfterClose: 1.5, maxMonths: 9 }, { maxMonths: 9 }]) {
      const refused = parseContent({ ...plain(), meldpunt: { ...plain().meldpunt, retention } }, mechelenContent);
      expect(refused.content.meldpunt, JSON.stringify(retention)).to.equal(mechelenContent.meldpunt);
    }
  });
});

