/**
 * Words residents type (CONTENT.md), grouped by meaning across Dutch, French and
 * English. A query word that belongs to a group also finds the group's other words.
 * Words are written normalized: lower case, no accents.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['eenzaam', 'eenzaamheid', 'alleen', 'vereenzaming', 'niemand', 'isolement', 'seul', 'seule', 'solitude', 'isole', 'isolee', 'lonely', 'loneliness', 'alone', 'isolated', 'isolation'],
  ['praten', 'luisteren', 'babbelen', 'praatje', 'parler', 'ecoute', 'ecouter', 'talk', 'talking', 'listen'],
  ['bellen', 'telefoon', 'appeler', 'telephone', 'call', 'phone'],
  ['chat', 'chatten', 'chatter', 'online'],
  ['vrienden', 'vriendschap', 'vriend', 'amis', 'amitie', 'friends', 'friendship', 'friend'],
  ['buren', 'buurt', 'wijk', 'buurtbewoners', 'voisins', 'quartier', 'neighbours', 'neighbors', 'neighbourhood', 'neighborhood'],
  ['ontmoeten', 'ontmoeting', 'samen', 'rencontre', 'rencontrer', 'meet', 'meeting'],
  ['jongeren', 'jong', 'jongere', 'student', 'studenten', 'jeugd', 'tiener', 'kinderen', 'jeunes', 'jeune', 'etudiant', 'young', 'youth', 'teen', 'teenager'],
  ['ouderen', 'senioren', 'oudere', 'senior', 'bejaard', 'aines', 'older', 'elderly', 'seniors'],
  ['mantelzorg', 'mantelzorger', 'mantelzorgers', 'aidant', 'aidants', 'carer', 'carers', 'caregiver'],
  ['somber', 'depressief', 'depressie', 'verdriet', 'triste', 'deprime', 'depression', 'sad', 'depressed', 'mentaal', 'mental'],
  ['zelfmoord', 'suicide', 'zelfdoding'],
  ['hulp', 'helpen', 'aide', 'aider', 'help', 'support'],
];

const index = new Map<string, readonly string[]>();
for (const group of SYNONYM_GROUPS) {
  for (const word of group) index.set(word, group);
}

/** The word itself plus its synonyms. */
export function expand(word: string): readonly string[] {
  return index.get(word) ?? [word];
}
