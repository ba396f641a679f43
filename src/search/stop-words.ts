import type { Locale } from '../i18n/locale.js';

/**
 * Words that carry no meaning for finding help, per language, written normalized
 * (lower case, no accents). A sentence such as "ik ben altijd alleen" is searched on
 * "alleen"; "je me sens seul" on "seul". Words that do matter are kept on purpose:
 * "niemand", "personne", "alone", "own", "leven", "die" (en).
 */
const words: Record<Locale, string> = {
  nl: `ik je jij u hij zij ze we wij jullie me mij mijn m n jouw zijn haar ons onze hun het de een en of maar want dus dat die dit deze er
    hier daar is ben bent was waren heb hebt heeft hebben had wil wilt willen kan kun kunt kunnen moet moeten mag zou zal ga gaat gaan
    word wordt worden doe doet doen voel voelt voelen zit zitten in op aan met voor van naar om te bij uit over door tot als dan zo heel
    erg echt wel niet geen nog al ook meer veel weinig altijd soms vaak hele helemaal iets wat wie waar hoe waarom wanneer graag gewoon
    even eens toch nu mee zelf beetje ergens iemand andere anders jaar`,
  fr: `je j me m moi tu te t toi il elle on nous vous ils elles le la les l un une des du de d et ou mais donc que qu qui quoi ce c ca cet
    cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs est suis es sont etre ete ai as a avons avez ont avoir
    veux veut voudrais peux peut dois faut fais fait faire sens sent sentir en y dans sur pour par avec au aux chez tres trop plus pas ne
    n si comme quand tout tous toute toutes besoin quelqu quelque ans an bien vraiment ici la quel quelle aussi`,
  en: `i im me my mine myself you your he she him her his it its we us our they them their a an the and or but so to of in on at for
    with about from by as is am are was were be been being have has had do does did want wants need needs would could can should
    will feel feeling feels get got just really very too all always any some what who where how when why there here this that these
    those not no one s t m don doesn ll ve re d into out up`,
};

const sets = new Map<Locale, ReadonlySet<string>>();

export function stopWords(locale: Locale): ReadonlySet<string> {
  let set = sets.get(locale);
  if (!set) {
    set = new Set(words[locale].split(/\s+/).filter(Boolean));
    sets.set(locale, set);
  }
  return set;
}
