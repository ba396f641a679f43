import type { FormMessages } from './messages.js';

export { meldpuntTextsFr } from '../../content/translations/meldpunt.fr.js';

/**
 * French form text, as a Belgian public service writes it (vous). The resident asks
 * for contact ("une demande"): never "signaler quelqu’un", which reads as denouncing.
 * No-break spaces (U+202F) before ? : ; ! and inside « ».
 */
export const formFr: FormMessages = {
  heading: 'Demander un contact',
  intro: 'Remplissez ce formulaire. Nous prenons contact dans les 24\u202fheures. Ce n’est pas un service d’urgence.',
  optional: '(facultatif)',

  aboutLegend: 'Pour qui faites-vous cette demande\u202f?',
  aboutOptions: { self: 'Pour moi\u202f: je me sens seul ou seule', other: 'Pour quelqu’un d’autre\u202f: je m’inquiète pour cette personne' },
  areaLabel: {
    self: 'Dans quel quartier habitez-vous\u202f? Ou quel est votre code postal\u202f?',
    other: 'Dans quel quartier habite cette personne\u202f? Ou quel est son code postal\u202f?',
  },
  areaHint: 'Par exemple\u202f: 2800 ou Nekkerspoel. Pas de rue ni de numéro.',
  contactLegend: { self: 'Comment pouvons-nous vous joindre\u202f?', other: 'Comment pouvons-nous vous joindre, vous\u202f?' },
  contactHint: {
    self: 'Indiquez votre numéro de téléphone ou de GSM, ou votre adresse e-mail. L’un des deux suffit.',
    other:
      'Indiquez votre numéro de téléphone ou de GSM, ou votre adresse e-mail. L’un des deux suffit. C’est vous que nous contactons d’abord. La personne concernée ne saura pas que la demande vient de vous.',
  },
  phoneLabel: 'Téléphone ou GSM',
  emailLabel: 'Adresse e-mail',

  moreSummary: 'En dire plus',
  moreHint: 'Cela nous aide à trouver la bonne personne. Aucune de ces questions n’est obligatoire.',
  ageLegend: { self: 'Quel âge avez-vous\u202f?', other: 'Quel âge a cette personne, à peu près\u202f?' },
  ageHint: 'Pour un jeune, nous cherchons quelqu’un qui travaille avec les jeunes.',
  ageOptions: {
    'under-18': 'Moins de 18 ans',
    '18-25': 'De 18 à 25 ans',
    '26-64': 'De 26 à 64 ans',
    '65-plus': '65 ans ou plus',
    unknown: 'Je ne sais pas',
  },
  relationLegend: 'Qui est cette personne pour vous\u202f?',
  relationOptions: {
    family: 'Un membre de ma famille',
    neighbour: 'Un voisin ou une voisine',
    friend: 'Un ami ou une amie',
    professional: 'Quelqu’un que je connais par mon travail',
    other: 'Quelqu’un d’autre',
  },
  personKnowsLegend: 'Cette personne sait-elle que vous faites cette demande\u202f?',
  personKnowsOptions: { yes: 'Oui', no: 'Non', unsure: 'Je ne sais pas' },
  situationLabel: 'Que se passe-t-il\u202f?',
  situationHint: 'Quelques mots suffisent. N’indiquez pas d’informations médicales.',
  nameLabel: 'Votre prénom',
  contactTimesLabel: 'Quel moment vous convient le mieux\u202f?',
  contactTimesHint: 'Par exemple\u202f: après 17\u202fh, ou pas le mercredi.',

  privacyHeading: 'Que deviennent vos données\u202f?',
  consentLabel: 'J’accepte que le point de contact solitude utilise mes données pour me contacter.',
  honeypotLabel: 'Laissez ce champ vide',
  submit: 'Envoyer la demande',

  errorSummaryHeading: 'Il y a un problème',
  errorPrefix: 'Erreur\u202f:',
  errors: {
    about: { required: 'Indiquez pour qui vous faites cette demande.', invalid: 'Indiquez pour qui vous faites cette demande.' },
    relation: { required: 'Indiquez qui est cette personne pour vous.', invalid: 'Indiquez qui est cette personne pour vous.' },
    personKnows: {
      required: 'Indiquez si cette personne sait que vous faites cette demande.',
      invalid: 'Indiquez si cette personne sait que vous faites cette demande.',
    },
    ageGroup: { required: 'Choisissez un âge, ou «\u202fJe ne sais pas\u202f».', invalid: 'Choisissez un âge, ou «\u202fJe ne sais pas\u202f».' },
    area: {
      required: 'Indiquez un quartier ou un code postal.',
      invalid: 'Indiquez un code postal à 4 chiffres ou le nom d’un quartier, sans rue ni numéro.',
      'too-long': 'Indiquez seulement le quartier ou le code postal (60 caractères au plus).',
    },
    situation: {
      'too-long': 'Raccourcissez votre texte\u202f: 1\u202f000 caractères au plus.',
      invalid: 'Raccourcissez votre texte\u202f: 1\u202f000 caractères au plus.',
    },
    contact: {
      required: 'Indiquez votre numéro de téléphone ou votre adresse e-mail.',
      invalid: 'Indiquez votre numéro de téléphone ou votre adresse e-mail.',
    },
    phone: {
      required: 'Indiquez votre numéro de téléphone.',
      invalid: 'Indiquez un numéro comme 015\u00a012\u00a034\u00a056 ou +32\u00a0470\u00a012\u00a034\u00a056.',
    },
    email: {
      required: 'Indiquez votre adresse e-mail.',
      invalid: 'Indiquez une adresse e-mail comme nom@exemple.be.',
      'too-long': 'Indiquez une adresse e-mail plus courte.',
    },
    name: { 'too-long': 'Indiquez seulement votre prénom (60 caractères au plus).', invalid: 'Indiquez seulement votre prénom.' },
    contactTimes: {
      'too-long': 'Raccourcissez votre texte\u202f: 200 caractères au plus.',
      invalid: 'Raccourcissez votre texte\u202f: 200 caractères au plus.',
    },
    consent: { required: 'Cochez la case pour accepter. Sinon, nous ne pouvons pas vous contacter.' },
  },
  errorFallback: 'Vérifiez cette réponse.',

  sending: 'Envoi de votre demande…',
  retrying: 'Le point de contact ne répond pas encore. Nous réessayons automatiquement\u202f: vous n’avez rien à faire. Gardez cette page ouverte.',
  offline:
    'Vous êtes hors ligne. Votre demande n’est pas perdue\u202f: elle partira automatiquement dès que la connexion sera rétablie. Gardez cette page ouverte.',
  submitBusy: { sending: 'Envoi en cours…', retrying: 'Nouvelle tentative…', offline: 'En attente de connexion…' },
  attemptProgress: (attempt, wait) => (wait ? `Tentative ${attempt} dans ${wait}.` : `Tentative ${attempt}…`),
  waitingAlternative: 'Vous préférez ne pas attendre\u202f? Contactez directement le point de contact solitude\u202f:',

  notSentHeading: 'Votre demande n’a pas encore été envoyée',
  notSentBody: 'Votre demande est toujours ci-dessous\u202f: rien n’est perdu. Réessayez, ou contactez directement le point de contact solitude.',
  notSentReasons: {
    'invalid-response': 'Votre connexion internet a été redirigée vers une autre page, par exemple pour vous connecter au wifi. Connectez-vous, puis réessayez.',
    'rate-limited': 'Trop de demandes sont arrivées en même temps. Attendez une minute, puis réessayez.',
    timeout: 'Le point de contact n’a pas répondu à temps.',
    server: 'Le point de contact ne peut pas recevoir votre demande pour le moment.',
    network: 'La connexion avec le point de contact n’a pas pu être établie.',
    rejected: 'Le point de contact n’a pas pu accepter votre demande.',
  },
  retry: 'Réessayer',
  edit: 'Modifier la demande',
  contactMeldpunt: 'Ou contactez directement le point de contact solitude\u202f:',
  copy: 'Copier votre demande',
  copied: 'Votre demande a été copiée.',
  copyFailed: 'La copie n’a pas fonctionné. Sélectionnez le texte ci-dessous et copiez-le vous-même.',
  reportTextLabel: 'Le texte de votre demande',

  sentHeading: 'Votre demande a été envoyée',
  sentBody: 'Merci. Le point de contact solitude a bien reçu votre demande.',
  referenceLabel: 'Votre référence',
  noticeLabel: 'Message du point de contact',
  whatNextHeading: 'Et maintenant\u202f?',
  sentLines: 'Envie de parler à quelqu’un dès maintenant, ou la situation devient urgente\u202f? Appelez\u202f:',
  urgentReminder: 'C’est urgent, ou vous pensez au suicide\u202f? N’attendez pas\u202f: appelez tout de suite.',
  newReport: 'Faire une autre demande',
};
