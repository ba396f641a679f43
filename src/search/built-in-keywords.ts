/**
 * Search words for the built-in Mechelen items, by item id. They live in the search
 * chunk, not in the content, because only a search needs them: the first render
 * stays smaller. A content file's own `keywords` take precedence.
 */
const keywords: Record<string, readonly string[]> = {
  'noodnummer-112': ['nood', 'gevaar', 'dringend', 'urgence', 'emergency', 'danger'],
  'zelfmoordlijn-1813': ['zelfmoord', 'suicide', 'somber', 'depressief', 'luisteren', 'bellen', 'chat', 'zorgen'],
  'tele-onthaal-106': ['praten', 'luisteren', 'eenzaam', 'eenzaamheid', 'alleen', 'bellen', 'chat', 'niemand'],
  'awel-102': ['jongeren', 'jong', 'student', 'kinderen', 'praten', 'chat', 'jeunes', 'young'],
  'hulplijn-1712': ['geweld', 'misbruik', 'mishandeling', 'violence', 'abuse'],
  'zorgzame-buurt-heembeemd': ['buurt', 'buren', 'vriendschap', 'vrienden', 'ontmoeten', 'mantelzorg', 'mantelzorger', 'heembeemd'],
  'tiendaagse-geestelijke-gezondheid': ['psycholoog', 'psychologische', 'somber', 'depressief', 'hulp', 'praten', 'mentaal'],
  'ouderenweek': ['ouderen', 'senioren', 'ontmoeten', 'mentaal', 'welbevinden'],
  'wegwijzers': ['wegwijzer', 'hulp', 'weg', 'vragen'],
  'buurtengagementsnetwerken': ['buren', 'buurt', 'ontmoeten', 'vrienden', 'samen', 'voisins', 'neighbours'],
  'gevelbanken-picknicktafels': ['bank', 'gevelbank', 'picknick', 'buren', 'buurt', 'ontmoeten', 'praatje'],
  'jeugddienst-kindvriendelijk-label': ['jongeren', 'jong', 'kinderen', 'jeugd', 'jeugddienst', 'mentaal'],
  'overkop': ['jongeren', 'jong', 'student', 'praten', 'overkop', 'activiteiten', 'jeunes', 'youth'],
  'samana': ['mantelzorg', 'mantelzorger', 'ziek', 'chronisch', 'samana', 'aidant', 'carer'],
};

/** Own properties only: an id such as "constructor" finds nothing. */
export function builtInKeywords(id: string): readonly string[] {
  return Object.hasOwn(keywords, id) ? (keywords[id] ?? []) : [];
}
