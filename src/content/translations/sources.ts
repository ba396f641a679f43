/**
 * Where the built-in items' facts come from: source, public copy, its date and the day it was
 * checked (only for facts checked against a current source), and the language the source's name is
 * written in (`sourceLang`, so a Dutch source on a French page is marked as Dutch). Content data like the texts; loaded
 * after the first render (cards show their source line once it is here), for the first-render budget.
 */
import type { BuiltInSources } from '../sources.js';

const CHECKED = '2026-11-27';
const COUNCIL_ANSWER = 'Stad Mechelen, antwoord van het college over het meldpunt eenzaamheid (legislatuur 2019-2024, cijfers tot 2023)';

export const builtInSources: BuiltInSources = {
  'noodnummer-112': { sourceLang: 'nl', checked: CHECKED, source: 'Europees noodnummer 112' },
  'zelfmoordlijn-1813': { sourceLang: 'nl', checked: CHECKED, source: 'VTM Nieuws en Nieuwsblad (2019); zelfmoord1813.be' },
  'centre-prevention-suicide': { sourceLang: 'fr', sourceDate: '2025-02', source: 'Le Vif; Centre de Prévention du Suicide', sourceUrl: 'https://www.levif.be/societe/le-centre-de-prevention-du-suicide-reclame-plus-de-moyens/' },
  'tele-onthaal-106': { sourceLang: 'nl', checked: CHECKED, source: 'Focus-WTV, Knack (2020), HBVL (2018); tele-onthaal.be' },
  'tele-accueil-107': { sourceLang: 'fr', sourceDate: '2023-04', source: 'RTBF; Le Soir (18-12-2020); tele-accueil.be', sourceUrl: 'https://www.rtbf.be/article/le-centre-tele-accueil-de-liege-a-l-ecoute-depuis-50-ans-11188471' },
  'awel-102': { sourceLang: 'nl', checked: CHECKED, source: 'VRT NWS (19-02-2020), HLN (2020); awel.be' },
  'ecoute-enfants-103': { sourceLang: 'fr', sourceDate: '2022', source: 'RTBF; pub.be (2020); chat: deapotheker.pmg.be (2026)', sourceUrl: 'https://www.rtbf.be/article/ecoute-enfants-le-numero-103-en-quete-de-visibilite-11076758' },
  // CONTENT.md names no news article for 1712: its facts were checked against the line's own site.
  'hulplijn-1712': { sourceLang: 'nl', checked: CHECKED, source: '1712.be', sourceUrl: 'https://1712.be' },
  'ecoute-violences-conjugales': { sourceLang: 'fr', sourceDate: '2018-03-08', source: 'Action sociale Wallonie; ecouteviolencesconjugales.be', sourceUrl: 'https://www.ecouteviolencesconjugales.be/qui-sommes-nous/presentation/' },
  'zorgzame-buurt-heembeemd': { sourceLang: 'nl', source: COUNCIL_ANSWER },
  'tiendaagse-geestelijke-gezondheid': { sourceLang: 'nl', source: COUNCIL_ANSWER },
  'ouderenweek': { sourceLang: 'nl', source: COUNCIL_ANSWER },
  'wegwijzers': { sourceLang: 'nl', source: COUNCIL_ANSWER },
  'buurtengagementsnetwerken': { sourceLang: 'nl', source: COUNCIL_ANSWER },
  // How to apply (with two other households) and where: HLN, 7 July 2020 and 28 April 2022 (the link is the 2022 article).
  'gevelbanken-picknicktafels': { sourceLang: 'nl', source: COUNCIL_ANSWER, contact: { sourceLang: 'nl', source: 'HLN (7-07-2020; 28-04-2022)', sourceUrl: 'https://www.hln.be/bonheiden/wekelijkse-markt-van-bonheiden-viert-7de-verjaardag-muzikanten-en-artiesten-komen-markt-opfleuren~ac33ad3e/' } },
  'jeugddienst-kindvriendelijk-label': { sourceLang: 'nl', source: COUNCIL_ANSWER },
  'overkop': { sourceLang: 'nl', source: COUNCIL_ANSWER, contact: { sourceLang: 'nl', source: 'OverKop Mechelen; VRT NWS (11-03-2023)', sourceUrl: 'https://mechelen.overkop.be/thema/verhalen-media-en-herinneringen/feestelijke-heropening-overkop-mechelen', sourceDate: '2021-10-28' } },
  'samana': { sourceLang: 'nl', source: COUNCIL_ANSWER, contact: { sourceLang: 'nl', source: 'samana.be, pagina voor mantelzorgers (zonder datum)', sourceUrl: 'https://www.samana.be/mantelzorger/' } },
  meldpunt: { sourceLang: 'nl', source: 'Bestuursakkoord Mechelen 2019-2024, punt 400', checked: CHECKED },
};
