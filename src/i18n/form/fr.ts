import type { FormMessages } from './messages.js';

export { meldpuntTextsFr } from '../../content/translations/meldpunt.fr.js';

/** French form text. */
export const formFr: FormMessages = {
  heading: 'Faire un signalement',
  intro: 'Remplissez ce formulaire. Une personne prend contact dans les 24 heures. Le point de signalement n’est pas un service d’urgence.',
  optional: '(facultatif)',

  aboutLegend: 'Votre signalement concerne qui ?',
  aboutOptions: { self: 'Moi-même : je me sens seul ou seule', other: 'Quelqu’un d’autre : je m’inquiète' },
  areaLabel: {
    self: 'Dans quel quartier habitez-vous ? Ou quel est votre code postal ?',
    other: 'Dans quel quartier habite cette personne ? Ou quel est son code postal ?',
  },
  areaHint: 'Par exemple 2800 ou Nekkerspoel. Pas de rue ni de numéro.',
  contactLegend: { self: 'Comment pouvons-nous vous joindre ?', other: 'Comment pouvons-nous vous joindre, vous ?' },
  contactHint: {
    self: 'Indiquez votre numéro de téléphone ou votre adresse e-mail. L’un des deux suffit.',
    other:
      'Indiquez votre numéro de téléphone ou votre adresse e-mail. L’un des deux suffit. Nous vous contactons d’abord vous. La personne signalée ne saura pas qui a fait le signalement.',
  },
  phoneLabel: 'Numéro de téléphone',
  emailLabel: 'Adresse e-mail',

  moreSummary: 'En dire plus',
  moreHint: 'Cela aide à trouver la bonne personne. Vous pouvez tout passer.',
  ageLegend: { self: 'Quel âge avez-vous ?', other: 'Quel âge a cette personne, à peu près ?' },
  ageHint: 'Pour les jeunes, nous cherchons quelqu’un qui travaille avec des jeunes.',
  ageOptions: {
    'under-18': 'Moins de 18 ans',
    '18-25': 'De 18 à 25 ans',
    '26-64': 'De 26 à 64 ans',
    '65-plus': '65 ans ou plus',
    unknown: 'Je ne sais pas',
  },
  relationLegend: 'Qui est cette personne pour vous ?',
  relationOptions: {
    family: 'De la famille',
    neighbour: 'Un voisin ou une voisine',
    friend: 'Un ami ou une amie',
    professional: 'Quelqu’un que je connais par mon travail',
    other: 'Quelqu’un d’autre',
  },
  personKnowsLegend: 'Cette personne sait-elle que vous faites ce signalement ?',
  personKnowsOptions: { yes: 'Oui', no: 'Non', unsure: 'Je ne sais pas' },
  situationLabel: 'Que se passe-t-il ?',
  situationHint: 'Quelques mots suffisent. N’écrivez pas de données médicales.',
  nameLabel: 'Votre prénom',
  contactTimesLabel: 'Quand cela vous convient-il le mieux ?',
  contactTimesHint: 'Par exemple : après 17 heures, ou pas le mercredi.',

  privacyHeading: 'Que deviennent vos données ?',
  consentLabel: 'J’accepte que le point de signalement utilise mes données pour me contacter.',
  honeypotLabel: 'Laissez ce champ vide',
  submit: 'Envoyer le signalement',

  errorSummaryHeading: 'Il y a un problème',
  errorPrefix: 'Erreur :',
  errors: {
    about: { required: 'Choisissez qui votre signalement concerne.', invalid: 'Choisissez qui votre signalement concerne.' },
    relation: { required: 'Choisissez qui est cette personne pour vous.', invalid: 'Choisissez qui est cette personne pour vous.' },
    personKnows: {
      required: 'Indiquez si cette personne sait que vous faites ce signalement.',
      invalid: 'Indiquez si cette personne sait que vous faites ce signalement.',
    },
    ageGroup: { required: 'Choisissez un âge, ou « Je ne sais pas ».', invalid: 'Choisissez un âge, ou « Je ne sais pas ».' },
    area: {
      required: 'Indiquez un quartier ou un code postal.',
      invalid: 'Indiquez un code postal à 4 chiffres ou le nom d’un quartier, sans rue ni numéro.',
      'too-long': 'Indiquez seulement le quartier ou le code postal (60 caractères au plus).',
    },
    situation: { 'too-long': 'Raccourcissez votre texte : 1000 caractères au plus.', invalid: 'Raccourcissez votre texte : 1000 caractères au plus.' },
    contact: { required: 'Indiquez votre numéro de téléphone ou votre adresse e-mail.', invalid: 'Indiquez votre numéro de téléphone ou votre adresse e-mail.' },
    phone: {
      required: 'Indiquez votre numéro de téléphone.',
      invalid: 'Indiquez un numéro de téléphone comme 015 12 34 56 ou +32 470 12 34 56.',
    },
    email: {
      required: 'Indiquez votre adresse e-mail.',
      invalid: 'Indiquez une adresse e-mail comme nom@exemple.be.',
      'too-long': 'Indiquez une adresse e-mail plus courte.',
    },
    name: { 'too-long': 'Indiquez seulement votre prénom (60 caractères au plus).', invalid: 'Indiquez seulement votre prénom.' },
    contactTimes: { 'too-long': 'Raccourcissez : 200 caractères au plus.', invalid: 'Raccourcissez : 200 caractères au plus.' },
    consent: { required: 'Cochez la case pour accepter. Sinon, nous ne pouvons pas vous contacter.' },
  },
  errorFallback: 'Vérifiez cette réponse.',

  sending: 'Envoi de votre signalement…',
  retrying: 'Le point de signalement ne répond pas encore. Nous réessayons tout seuls : vous n’avez rien à faire. Gardez cette page ouverte.',
  offline: 'Vous êtes hors ligne. Votre signalement n’est pas perdu : il partira tout seul dès que la connexion revient. Gardez cette page ouverte.',
  submitBusy: { sending: 'Envoi en cours…', retrying: 'Nouvel essai en cours…', offline: 'En attente de connexion…' },
  attemptProgress: (attempt, wait) => (wait ? `Essai ${attempt} dans ${wait}.` : `Essai ${attempt}…`),
  waitingAlternative: 'Vous ne voulez pas attendre ? Contactez vous-même le point de signalement :',

  notSentHeading: 'Votre signalement n’est pas encore envoyé',
  notSentBody: 'Quelque chose n’a pas marché. Votre signalement est toujours ci-dessous, rien n’est perdu. Réessayez, ou contactez vous-même le point de signalement.',
  notSentReasons: {
    'invalid-response': 'Votre connexion nous a envoyés vers une autre page, par exemple une connexion wifi. Connectez-vous et réessayez.',
    'rate-limited': 'Trop de signalements sont arrivés en même temps. Attendez une minute et réessayez.',
    timeout: 'Le point de signalement n’a pas répondu à temps.',
    server: 'Le point de signalement ne pouvait pas recevoir votre signalement maintenant.',
    network: 'Il n’y avait pas de connexion avec le point de signalement.',
    rejected: 'Le point de signalement n’a pas pu accepter votre signalement.',
  },
  retry: 'Renvoyer',
  edit: 'Modifier le signalement',
  contactMeldpunt: 'Ou contactez vous-même le point de signalement :',
  copy: 'Copier votre signalement',
  copied: 'Votre signalement est copié.',
  copyFailed: 'La copie n’a pas marché. Sélectionnez le texte ci-dessous et copiez-le vous-même.',
  reportTextLabel: 'Votre signalement en texte',

  sentHeading: 'Votre signalement est envoyé',
  sentBody: 'Merci. Le point de signalement a reçu votre signalement.',
  referenceLabel: 'Votre référence',
  noticeLabel: 'Message du point de signalement',
  whatNextHeading: 'Et maintenant ?',
  sentLines: 'Vous voulez parler à quelqu’un dès maintenant, ou cela devient urgent ? Appelez :',
  urgentReminder: 'C’est urgent, ou vous pensez au suicide ? N’attendez pas : appelez tout de suite.',
  newReport: 'Faire un autre signalement',
};
