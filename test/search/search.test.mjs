import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mechelenFacts } from '../../dist/lib/content/mechelen-facts.js';
import { allResources } from '../../dist/lib/content/select.js';
import { fixSwappedLetters, isCrisisQuery, splitCompound, termsFor } from '../../dist/lib/search/analyze.js';
import { createIndex, editDistance } from '../../dist/lib/search/rank.js';
import { createSearcher, keywordsOf } from '../../dist/lib/search/search.js';
import { english } from '../../dist/lib/search/languages/en.js';
import { french } from '../../dist/lib/search/languages/fr.js';
import { dutch } from '../../dist/lib/search/languages/nl.js';
import { stemDutch } from '../../dist/lib/search/languages/stem-nl.js';
import { stemEnglish } from '../../dist/lib/search/languages/stem-en.js';
import { stemFrench } from '../../dist/lib/search/languages/stem-fr.js';

const text = (nl, fr, en) => ({ nl, ...(fr ? { fr } : {}), ...(en ? { en } : {}) });
/** A Dutch test item; `keywords` is a list of Dutch words or the per-language object. */
const initiative = (id, name, keywords, extra = {}) => ({
  kind: 'initiative',
  item: { id, name: text(name), audiences: ['everyone'], routes: [], forWhom: text('Iedereen'), offer: text('Iets.'), source: 'test', keywords: Array.isArray(keywords) ? { nl: keywords } : keywords, ...extra },
});
const ids = (results) => results.map((resource) => resource.item.id);

describe('search: stems', () => {
  it('gives Dutch diminutives, plurals and inflections one stem', () => {
    for (const [a, b] of [['bankje', 'bank'], ['banken', 'bank'], ['buren', 'buur'], ['praatje', 'praat'], ['praten', 'praat'], ['mannetje', 'man'], ['ouders', 'ouder'], ['eenzame', 'eenzaam'], ['vriendjes', 'vriend'], ['luistert', 'luister']]) {
      assert.equal(stemDutch(a), stemDutch(b), `${a} ~ ${b}`);
    }
  });

  it('gives French plurals and feminine forms one stem', () => {
    for (const [a, b] of [['seule', 'seul'], ['seules', 'seul'], ['voisins', 'voisin'], ['isolee', 'isole'], ['rencontrer', 'rencontre'], ['ados', 'ado'], ['amis', 'ami'], ['gratuitement', 'gratuit'], ['harcelement', 'harcele'], ['demenagement', 'demenage']]) {
      assert.equal(stemFrench(a), stemFrench(b), `${a} ~ ${b}`);
    }
  });

  it('gives English plurals and forms one stem', () => {
    for (const [a, b] of [['neighbours', 'neighbour'], ['activities', 'activity'], ['loneliness', 'lonely'], ['talking', 'talk'], ['suicidal', 'suicide']]) {
      assert.equal(stemEnglish(a), stemEnglish(b), `${a} ~ ${b}`);
    }
  });
});

describe('search: terms', () => {
  it('drops stop words per language and keeps words that matter', () => {
    const nl = termsFor(dutch);
    assert.equal(nl('ik'), null);
    assert.deepEqual(nl('niemand'), ['niemand']);
    const en = termsFor(english);
    assert.equal(en('the'), null);
    assert.deepEqual(en('die'), ['die'], 'in English "die" is a word that matters');
  });

  it('drops text-speak forms of stop words ("k voel me alleen", "i dont", "jsuis seul") and function words that only add noise', () => {
    assert.equal(termsFor(dutch)('k'), null);
    assert.equal(termsFor(english)('dont'), null);
    assert.equal(termsFor(french)('jsuis'), null);
    assert.deepEqual(termsFor(french)('seul'), ['seul']);
    assert.equal(termsFor(french)('seulement'), null, '"seulement" (only) is not "seul" (alone)');
    assert.equal(termsFor(dutch)('tegen'), null, '"tegen" (against) finds nothing by itself');
  });

  it('reads an age as an audience and "ij" as "ei" in Dutch', () => {
    assert.deepEqual(termsFor(dutch)('15'), ['15', 'audienceyouth']);
    assert.deepEqual(termsFor(english)('70'), ['70', 'audienceseniors']);
    assert.ok(termsFor(dutch)('eenzaamhijd').includes('eenzaamheid'));
  });

  it('fixes two swapped letters only towards a known word', () => {
    assert.equal(fixSwappedLetters('lonley', new Set(['lonely'])), 'lonely');
    assert.equal(fixSwappedLetters('lonley', new Set(['other'])), 'lonley');
  });

  it('reads an unknown compound as two known words, with a Dutch linking letter', () => {
    const known = new Set(['picknick', 'bank', 'buurt', 'feest', 'help', 'line']);
    const isKnown = (word) => known.has(word);
    assert.deepEqual(splitCompound('picknickbank', isKnown), ['picknick', 'bank']);
    assert.deepEqual(splitCompound('buurtsfeest', isKnown), ['buurt', 'feest']);
    assert.deepEqual(splitCompound('helpline', isKnown), ['help', 'line']);
    assert.deepEqual(splitCompound('picknickbus', isKnown), ['picknickbus'], 'an unknown part keeps the word whole');
    assert.deepEqual(splitCompound('bankbank', (word) => word === 'bankbank' || known.has(word)), ['bankbank'], 'a known word is never split');
  });

  it('tells crisis words', () => {
    assert.equal(isCrisisQuery('ik wil dood'), true);
    assert.equal(isCrisisQuery('idées suicidaires'), true);
    assert.equal(isCrisisQuery('mon ami parle de se tuer'), true);
    assert.equal(isCrisisQuery('kms'), true);
    assert.equal(isCrisisQuery('een praatje'), false);
    assert.equal(isCrisisQuery('ik ben doodmoe van de zorg'), false, 'a short crisis word counts only whole');
    assert.equal(isCrisisQuery('een dienst die helpt'), true, 'without a language, "die" is the English word');
    assert.equal(isCrisisQuery('een dienst die helpt', dutch.stopWords), false, 'Dutch "die" is a stop word');
    assert.equal(isCrisisQuery('I want to die', english.stopWords), true);
  });

  it('keeps French pronouns out and the words of "je n’en peux plus" that matter in', () => {
    const fr = termsFor(french);
    assert.equal(fr('se'), null);
    assert.equal(fr('lui'), null);
    assert.deepEqual(fr('peux'), ['peux', 'peu']);
  });
});

describe('search: ranking', () => {
  const resources = [
    initiative('general', 'Algemeen', ['praten']),
    initiative('benches', 'Banken in de straat', ['buren', 'praatje']),
    initiative('friends', 'Vriendschap', ['vrienden', 'ontmoeten']),
  ];
  const search = createSearcher(resources, 'nl', dutch);

  it('matches a sentence on the words that matter, best match first', () => {
    assert.deepEqual(ids(search('een praatje met de buren')).slice(0, 1), ['benches']);
  });

  it('finds diminutives, prefixes and typos', () => {
    assert.deepEqual(ids(search('bankje')), ['benches']);
    assert.deepEqual(ids(search('vriend')), ['friends']);
    assert.deepEqual(ids(search('vriendschpa')), ['friends']);
    assert.deepEqual(ids(search('ontmoetn')), ['friends']);
  });

  it('finds a compound of two known words, and no longer words from a start of three letters', () => {
    assert.deepEqual(ids(search('vriendenbank')).sort(), ['benches', 'friends']);
    assert.deepEqual(ids(search('vriendenbus')), [], 'a compound with an unknown part finds nothing');
    assert.deepEqual(ids(search('ont')), [], '"ont" is too short to stand for "ontmoeten"');
    assert.deepEqual(ids(search('ontm')), ['friends']);
  });

  it('puts the crisis lines it found first when a query speaks of suicide, whatever else matches more', () => {
    const crisisLine = { kind: 'helpline', item: { id: 'crisis-line', name: text('Lijn'), number: '1', purpose: text('Bij zelfmoordgedachten.'), audiences: ['everyone'], routes: [], crisis: true, source: 'test', keywords: { nl: ['zelfmoord'] } } };
    const talk = [initiative('talk', 'Praten', ['praten', 'vriend', 'vrienden', 'praatje'])];
    const search = createSearcher([...talk, crisisLine], 'nl', dutch);
    assert.deepEqual(ids(search('mijn vriend wil praten over zelfmoord')), ['crisis-line', 'talk']);
    assert.deepEqual(ids(search('mijn vriend wil praten')), ['talk'], 'and nothing changes for other queries');
  });

  it('reads an age as the audience of what is made for that age group, not of lines for everyone', () => {
    const forEveryone = { ...initiative('everyone', 'Voor iedereen', ['praten']).item, audiences: ['everyone', 'seniors'] };
    const forSeniors = { ...initiative('seniors', 'Voor ouderen', ['ouderen']).item, audiences: ['seniors'] };
    const search = createSearcher([{ kind: 'initiative', item: forEveryone }, { kind: 'initiative', item: forSeniors }], 'nl', dutch);
    assert.deepEqual(ids(search('ik ben 72')), ['seniors']);
  });

  it('finds nothing for unrelated words', () => {
    assert.deepEqual(search('xylofoonles'), []);
  });

  it('uses the page language’s keywords, then the built-in ones for the id, then the Dutch ones', () => {
    const item = initiative('x', 'X', { nl: ['buren'], fr: ['voisins'] }).item;
    assert.deepEqual(keywordsOf({ kind: 'initiative', item }, 'fr', { x: ['built-in'] }), ['voisins']);
    assert.deepEqual(keywordsOf({ kind: 'initiative', item }, 'en', { x: ['built-in'] }), ['built-in']);
    assert.deepEqual(keywordsOf({ kind: 'initiative', item }, 'en', {}), ['buren']);
    assert.deepEqual(keywordsOf({ kind: 'initiative', item: { ...item, keywords: undefined } }, 'en', {}), []);
  });

  it('indexes a thousand resources and answers in order', () => {
    const many = Array.from({ length: 1000 }, (_, i) => initiative(`item-${i}`, `Initiatief ${i}`, [i % 2 ? 'buren' : 'jongeren']));
    const found = ids(createSearcher([...many, ...allResources(mechelenFacts)], 'nl', dutch)('jongeren'));
    const generated = found.filter((id) => id.startsWith('item-'));
    assert.equal(generated.length, 500, 'every generated item about young people');
    assert.ok(generated.every((id) => Number(id.slice('item-'.length)) % 2 === 0), 'none about neighbours');
    assert.ok(found.includes('awel-102') && found.includes('overkop'), 'and the built-in help for young people');
  });
});

describe('search: the ranked index', () => {
  const options = {
    tokenize: (text) => text.split(' ').filter(Boolean),
    terms: (word) => [word],
    weights: [2, 1],
    prefix: (term) => term.length >= 3,
    fuzzy: (term) => (term.length >= 5 ? 1 : 0),
  };

  it('counts edits and stops past the limit', () => {
    assert.equal(editDistance('eenzaam', 'eenzaam', 1), 0);
    assert.equal(editDistance('eenzam', 'eenzaam', 1), 1);
    assert.equal(editDistance('lonley', 'lonely', 2), 2, 'a swap is two edits');
    assert.equal(editDistance('abc', 'xyz', 1), 2, 'max + 1 once over');
  });

  it('ranks an exact match above prefix and typo matches, and a heavier field higher', () => {
    const index = createIndex([['', 'buren'], ['', 'burenfeest'], ['', 'bureen'], ['buren', ''], ['', 'banken']], options);
    const order = index.search('buren').map((hit) => hit.doc);
    assert.deepEqual(order.slice(0, 2), [3, 0]);
    assert.deepEqual(order.slice(2).sort(), [1, 2], 'the longer word it starts and the one-letter typo, not "banken"');
  });

  it('ranks a document matching more of the query words higher, and keeps the documents’ order on equal scores', () => {
    const index = createIndex([['praten'], ['buren'], ['praten buren'], ['buren']], { ...options, weights: [1] });
    const hits = index.search('buren praten');
    // Both words first; then the rarer word ("praten" in two documents, "buren" in three); then the tie in order.
    assert.deepEqual(hits.map((hit) => hit.doc), [2, 0, 1, 3]);
    assert.equal(hits[2].score, hits[3].score);
  });

  it('finds nothing for an unknown word and knows its vocabulary', () => {
    const index = createIndex([['buren']], options);
    assert.deepEqual(index.search('xylofoon'), []);
    assert.ok(index.vocabulary.has('buren'));
  });
});
