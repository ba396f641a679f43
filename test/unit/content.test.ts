/**
 * Content validation (src/content/load-content.ts, src/content/schema.ts) in Node, where
 * mutation testing runs it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentLoadError, loadContent, loadContentOrWarn, parseContent } from '../../src/content/load-content.js';
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

/** A content file as a partner would publish it: the built-in content as plain JSON. */
const file = (): Record<string, any> => JSON.parse(JSON.stringify(mechelenContent));
/** A helpline outside the urgent line-up (those are added back when missing). */
const helpline = () => file().helplines.find((line: { urgent?: boolean }) => !line.urgent);
const initiative = () => file().initiatives[0];
const campaign = () => ({
  id: 'week-tegen-eenzaamheid',
  title: { nl: 'Week tegen eenzaamheid' },
  body: { nl: 'Doe mee met de activiteiten in je buurt.' },
  link: 'https://www.mechelen.be/eenzaamheid-praat-erover',
  start: '2026-09-28',
  end: '2026-10-04',
});

/** Parses a file with one item of `kind` replaced by `item`: whether it was kept, and as what. */
function withOne(kind: 'helplines' | 'initiatives' | 'partners' | 'campaigns', item: unknown) {
  const raw = file();
  raw[kind] = [item, ...(kind === 'helplines' ? raw.helplines.filter((line: { urgent?: boolean }) => line.urgent) : [])];
  if (kind !== 'initiatives') raw.initiatives = [initiative()];
  const { content, dropped } = parseContent(raw, mechelenContent);
  const kept = (content[kind] as { id: string }[]).find((entry) => entry.id === (item as { id?: string })?.id);
  return { kept, dropped };
}

describe('the content schema, item by item', () => {
  it('keeps a valid item exactly as given (every field of every kind)', () => {
    const line = { ...helpline(), openingHours: [{ days: [1, 2, 3, 4, 5], opens: '09:00', closes: '24:00' }], keywords: { nl: ['praten'], fr: ['parler'] } };
    expect(withOne('helplines', line).kept).to.deep.equal(line);
    const partner = { id: 'buurtwerk', name: { nl: 'Buurtwerk' }, website: 'https://buurtwerk.example', audienceFirst: 'seniors', routeFirst: 'other', accent: '#1B5E7A', accentDark: '#a0c4ff', meldpunt: { phone: '015 29 76 55' } };
    expect(withOne('partners', partner).kept).to.deep.equal(partner);
    const full = { ...initiative(), contact: { website: 'https://x.example/', phone: '+32 15 12 34 56', email: "an.o'neil+eh@stad.mechelen.be", note: { nl: 'Na afspraak' } } };
    expect(withOne('initiatives', full).kept).to.deep.equal(full);
    expect(withOne('campaigns', campaign()).kept).to.deep.equal(campaign());
  });

  it('trims texts, keywords and e-mail addresses', () => {
    const line = { ...helpline(), name: { nl: '  Tele-Onthaal  ', fr: ' Télé-Accueil ' }, keywords: { nl: [' praten '] } };
    expect(withOne('helplines', line).kept).to.deep.include({ name: { nl: 'Tele-Onthaal', fr: 'Télé-Accueil' }, keywords: { nl: ['praten'] } });
    const withMail = { ...initiative(), offer: { nl: ' Koffie. ' }, contact: { email: ' an@mechelen.be ' } };
    expect(withOne('initiatives', withMail).kept).to.deep.include({ offer: { nl: 'Koffie.' }, contact: { email: 'an@mechelen.be' } });
  });

  it('drops an item with a malformed id, date, number, colour, opening time, e-mail address or text', () => {
    const bad: [string, 'helplines' | 'initiatives' | 'partners' | 'campaigns', Record<string, unknown>][] = [
      ['id with a capital', 'helplines', { ...helpline(), id: 'Tele-106' }],
      ['id with a space after', 'helplines', { ...helpline(), id: 'tele-106 ' }],
      ['id starting with a dash', 'helplines', { ...helpline(), id: '-tele' }],
      ['date with a time', 'helplines', { ...helpline(), checked: '2026-11-27T10:00' }],
      ['date with text before', 'helplines', { ...helpline(), checked: 'on 2026-11-27' }],
      ['number with text before', 'helplines', { ...helpline(), number: 'bel 106' }],
      ['number with text after', 'helplines', { ...helpline(), number: '106 (gratis)' }],
      ['name blank', 'helplines', { ...helpline(), name: { nl: '   ' } }],
      ['name without Dutch', 'helplines', { ...helpline(), name: { fr: 'Télé-Accueil' } }],
      ['keyword blank', 'helplines', { ...helpline(), keywords: { nl: ['  '] } }],
      ['opens 24:00', 'helplines', { ...helpline(), openingHours: [{ days: [1], opens: '24:00', closes: '24:00' }] }],
      ['opens 9:00', 'helplines', { ...helpline(), openingHours: [{ days: [1], opens: '9:00', closes: '17:00' }] }],
      ['opens 09:60', 'helplines', { ...helpline(), openingHours: [{ days: [1], opens: '09:60', closes: '17:00' }] }],
      ['opens 0a:00', 'helplines', { ...helpline(), openingHours: [{ days: [1], opens: '0a:00', closes: '17:00' }] }],
      ['opens 09:0a', 'helplines', { ...helpline(), openingHours: [{ days: [1], opens: '09:0a', closes: '17:00' }] }],
      ['opens with seconds', 'helplines', { ...helpline(), openingHours: [{ days: [1], opens: '09:00:00', closes: '17:00' }] }],
      ['opens with text before', 'helplines', { ...helpline(), openingHours: [{ days: [1], opens: 'om 09:00', closes: '17:00' }] }],
      ['closes 25:00', 'helplines', { ...helpline(), openingHours: [{ days: [1], opens: '09:00', closes: '25:00' }] }],
      ['closes 17:60', 'helplines', { ...helpline(), openingHours: [{ days: [1], opens: '09:00', closes: '17:60' }] }],
      ['closes 1a:00', 'helplines', { ...helpline(), openingHours: [{ days: [1], opens: '09:00', closes: '1a:00' }] }],
      ['closes 17:0a', 'helplines', { ...helpline(), openingHours: [{ days: [1], opens: '09:00', closes: '17:0a' }] }],
      ['closes with seconds', 'helplines', { ...helpline(), openingHours: [{ days: [1], opens: '09:00', closes: '17:00:00' }] }],
      ['closes with text before', 'helplines', { ...helpline(), openingHours: [{ days: [1], opens: '09:00', closes: 'tot 17:00' }] }],
      ['day 0', 'helplines', { ...helpline(), openingHours: [{ days: [0], opens: '09:00', closes: '17:00' }] }],
      ['e-mail without a dot in the host', 'initiatives', { ...initiative(), contact: { email: 'an@mechelen' } }],
      ['e-mail with a second @', 'initiatives', { ...initiative(), contact: { email: 'an@b@mechelen.be' } }],
      ['e-mail with a space', 'initiatives', { ...initiative(), contact: { email: 'an de smet@mechelen.be' } }],
      ['e-mail with nothing before @', 'initiatives', { ...initiative(), contact: { email: '@mechelen.be' } }],
      ['e-mail with an underscore in the host', 'initiatives', { ...initiative(), contact: { email: 'an@stad_mechelen.be' } }],
      ['e-mail host starting with a dot', 'initiatives', { ...initiative(), contact: { email: 'an@.mechelen.be' } }],
      ['e-mail with text after', 'initiatives', { ...initiative(), contact: { email: 'an@mechelen.be (werkdagen)' } }],
      ['offer blank', 'initiatives', { ...initiative(), offer: { nl: ' ' } }],
      ['colour of three digits', 'partners', { id: 'p', name: { nl: 'P' }, accent: '#abc' }],
      ['colour with text before', 'partners', { id: 'p', name: { nl: 'P' }, accent: 'x#aabbcc' }],
      ['colour with text after', 'partners', { id: 'p', name: { nl: 'P' }, accent: '#aabbccdd' }],
      ['campaign link javascript:', 'campaigns', { ...campaign(), link: 'javascript:alert(1)' }],
      ['campaign without a body', 'campaigns', { ...campaign(), body: undefined }],
    ];
    for (const [what, kind, item] of bad) {
      const { kept, dropped } = withOne(kind, item);
      expect(kept, what).to.equal(undefined);
      expect(dropped.some((line) => line.startsWith(`${kind}[0]`)), `${what}: ${dropped.join(' | ')}`).to.equal(true);
    }
  });

  it('says why an item was dropped: where (with its id), the first three problems and how many more', () => {
    const { dropped, problems } = parseContent(
      { ...file(), initiatives: [{ ...initiative(), id: 'Bad Id', checked: 'gisteren', contact: { website: 'javascript:alert(1)' }, source: '', offer: { nl: '' } }] },
      mechelenContent,
    );
    expect(dropped).to.have.length(1);
    expect(dropped[0]).to.match(/^initiatives\[0\] \(id "Bad Id"\): id: .+; offer\.nl: must not be empty; contact\.website: only https:, tel: and mailto: links; and 2 more$/);
    expect(problems.filter((problem) => problem.id === 'Bad Id').map((problem) => [problem.path, problem.severity])).to.deep.equal([
      ['initiatives[0].id', 'error'],
      ['initiatives[0].offer.nl', 'error'],
      ['initiatives[0].contact.website', 'error'],
      ['initiatives[0].source', 'error'],
      ['initiatives[0].checked', 'error'],
    ]);
    expect(withOne('helplines', 'just text').dropped[0]).to.match(/^helplines\[0\]: \(item\): \S/);
    const { dropped: partnerDropped } = withOne('partners', { id: 'p', name: { nl: 'P' }, website: 'http://p.example' });
    expect(partnerDropped).to.deep.equal(['partners[0] (id "p"): website: only https:, tel: and mailto: links']);
    const { dropped: campaignDropped } = withOne('campaigns', { ...campaign(), link: 'data:,x' });
    expect(campaignDropped).to.deep.equal(['campaigns[0] (id "week-tegen-eenzaamheid"): link: only https:, tel: and mailto: links']);
  });
});

describe('parseContent, the file as a whole', () => {
  it('refuses a file that is not content, and says why', () => {
    for (const raw of [null, 'text', [], { version: '1' }, { version: '', updated: '2026-11-27' }, { version: '1', updated: '27-11-2026' }]) {
      expect(() => parseContent(raw, mechelenContent), JSON.stringify(raw)).to.throw(ContentLoadError, /^not a content file \(.+\)$/);
    }
  });

  it('refuses a file without a single valid helpline or initiative', () => {
    expect(() => parseContent({ version: '1', updated: '2026-11-27', helplines: [], initiatives: [{ id: 'x' }] }, mechelenContent)).to.throw(ContentLoadError, 'no valid helplines or initiatives');
  });

  it('takes a file with only initiatives (the urgent lines added back) or only helplines', () => {
    const onlyInitiatives = parseContent({ version: '2', updated: '2026-11-27', initiatives: [initiative()] }, mechelenContent).content;
    expect(onlyInitiatives.initiatives).to.have.length(1);
    expect(onlyInitiatives.helplines.map((line) => line.number)).to.deep.equal(['112', '1813', '106']);
    const onlyHelplines = parseContent({ version: '2', updated: '2026-11-27', helplines: [helpline()] }, mechelenContent).content;
    expect(onlyHelplines.initiatives).to.deep.equal([]);
    expect(onlyHelplines.version).to.equal('2');
    expect(onlyHelplines.updated).to.equal('2026-11-27');
  });

  it("keeps the built-in meldpunt and partners unless the file brings valid ones", () => {
    const plain = parseContent({ version: '2', updated: '2026-11-27', initiatives: [initiative()] }, mechelenContent);
    expect(plain.content.meldpunt).to.equal(mechelenContent.meldpunt);
    expect(plain.content.partners).to.equal(mechelenContent.partners);
    expect(plain.content.campaigns).to.deep.equal([]);
    expect(plain.dropped).to.deep.equal([]);
    const meldpunt = { ...file().meldpunt, phone: '015 00 00 00' };
    const partner = { id: 'buurtwerk', name: { nl: 'Buurtwerk' } };
    const own = parseContent({ version: '2', updated: '2026-11-27', initiatives: [initiative()], meldpunt, partners: [partner] }, mechelenContent);
    expect(own.content.meldpunt).to.deep.equal(meldpunt);
    expect(own.content.partners).to.deep.equal([partner]);
    const broken = parseContent({ version: '2', updated: '2026-11-27', initiatives: [initiative()], meldpunt: { ...meldpunt, website: 'javascript:x' }, partners: [{ id: 'X' }] }, mechelenContent);
    expect(broken.content.meldpunt).to.equal(mechelenContent.meldpunt);
    expect(broken.content.partners).to.equal(mechelenContent.partners);
    expect(broken.dropped).to.have.length(2);
    expect(broken.dropped[0]).to.equal('meldpunt: website: only https:, tel: and mailto: links');
    expect(broken.dropped[1]).to.match(/^partners\[0\] \(id "X"\): id: \S/);
  });
});

describe('loadContent: fetching content-src', () => {
  afterEach(() => vi.unstubAllGlobals());

  /** Answers fetch with `answer`, keeping what was asked. */
  function serve(answer: () => Response | Promise<Response>) {
    const calls: { url: string; init: RequestInit }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push({ url, init });
      return answer();
    });
    return calls;
  }

  const good = () => JSON.stringify({ version: '3', updated: '2026-11-27', initiatives: [initiative()] });

  it('asks with GET for JSON, without cookies, with a null-prototype init and a timeout signal', async () => {
    const calls = serve(() => new Response(good(), { status: 200 }));
    const { content } = await loadContent('https://cdn.example/c.json', mechelenContent);
    expect(content.version).to.equal('3');
    expect(calls).to.have.length(1);
    const { url, init } = calls[0]!;
    expect(url).to.equal('https://cdn.example/c.json');
    expect(Object.getPrototypeOf(init)).to.equal(null);
    expect({ method: init.method, credentials: init.credentials, mode: init.mode, headers: init.headers }).to.deep.equal({
      method: 'GET',
      credentials: 'omit',
      mode: 'cors',
      headers: { accept: 'application/json' },
    });
    expect(init.signal).to.be.instanceOf(AbortSignal);
    expect(init.signal!.aborted).to.equal(false);
  });

  it("follows the caller's abort", async () => {
    const calls = serve(() => new Response(good(), { status: 200 }));
    const stop = new AbortController();
    await loadContent('https://cdn.example/c.json', mechelenContent, stop.signal);
    stop.abort();
    expect(calls[0]!.init.signal!.aborted).to.equal(true);
  });

  it('says what went wrong: no answer, an HTTP error, too large (declared or read), not JSON', async () => {
    const cases: [() => Response | Promise<Response>, string][] = [
      [() => Promise.reject(new TypeError('Failed to fetch')), 'could not be loaded (Failed to fetch)'],
      [() => Promise.reject('offline'), 'could not be loaded (offline)'],
      [() => new Response('gone', { status: 404 }), 'answered HTTP 404'],
      [() => new Response(good(), { status: 200, headers: { 'content-length': String(512 * 1024 + 1) } }), 'is too large (524289 bytes)'],
      [() => new Response(`${good()}${' '.repeat(512 * 1024)}`, { status: 200 }), `is too large (${good().length + 512 * 1024} characters)`],
      [() => new Response('<html>', { status: 200 }), 'is not JSON'],
    ];
    for (const [answer, message] of cases) {
      serve(answer);
      const error = await loadContent('https://cdn.example/c.json', mechelenContent).catch((thrown: unknown) => thrown);
      expect(error, message).to.be.instanceOf(ContentLoadError);
      expect((error as Error).message).to.equal(message);
      expect((error as Error).name).to.equal('ContentLoadError');
    }
  });

  it('takes a file of exactly the largest size', async () => {
    const body = good();
    serve(() => new Response(body + ' '.repeat(512 * 1024 - body.length), { status: 200, headers: { 'content-length': String(512 * 1024) } }));
    expect((await loadContent('https://cdn.example/c.json', mechelenContent)).content.version).to.equal('3');
  });
});

describe('loadContentOrWarn', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('gives the content, warning once about the items it dropped', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ version: '3', updated: '2026-11-27', initiatives: [initiative(), { id: 'x' }] })));
    const said: string[] = [];
    const content = await loadContentOrWarn('https://cdn.example/c.json', mechelenContent, new AbortController().signal, (m) => said.push(m));
    expect(content?.version).to.equal('3');
    expect(said).to.have.length(1);
    expect(said[0]).to.match(/^content-src: 1 item\(s\) dropped because they are invalid: initiatives\[1\] \(id "x"\): /);
  });

  it('says nothing about a file without problems', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ version: '3', updated: '2026-11-27', initiatives: [initiative()] })));
    const said: string[] = [];
    expect(await loadContentOrWarn('https://cdn.example/c.json', mechelenContent, new AbortController().signal, (m) => said.push(m))).to.not.equal(undefined);
    expect(said).to.deep.equal([]);
  });

  it('keeps the built-in content (undefined) with a warning for a file it cannot use', async () => {
    vi.stubGlobal('fetch', async () => new Response('nope', { status: 500 }));
    const said: string[] = [];
    expect(await loadContentOrWarn('https://cdn.example/c.json', mechelenContent, new AbortController().signal, (m) => said.push(m))).to.equal(undefined);
    expect(said).to.deep.equal(['content-src answered HTTP 500; showing the built-in content.']);
  });

  it('says nothing and gives nothing once aborted, whether the file arrived or failed', async () => {
    const stop = new AbortController();
    const said: string[] = [];
    vi.stubGlobal('fetch', async () => {
      stop.abort();
      return new Response(JSON.stringify({ version: '3', updated: '2026-11-27', initiatives: [initiative(), { id: 'x' }] }));
    });
    expect(await loadContentOrWarn('https://cdn.example/c.json', mechelenContent, stop.signal, (m) => said.push(m))).to.equal(undefined);
    const failed = new AbortController();
    vi.stubGlobal('fetch', async () => {
      failed.abort();
      throw new DOMException('aborted', 'AbortError');
    });
    expect(await loadContentOrWarn('https://cdn.example/c.json', mechelenContent, failed.signal, (m) => said.push(m))).to.equal(undefined);
    expect(said).to.deep.equal([]);
  });
});
