import type { FormMessages } from './messages.js';

export { meldpuntTextsEn } from '../../content/translations/meldpunt.en.js';

/** English form text. */
export const formEn: FormMessages = {
  heading: 'Make a report',
  intro: 'Fill this in. Someone will contact you within 24 hours. The reporting point is not an emergency service.',
  optional: '(optional)',

  aboutLegend: 'Who is your report about?',
  aboutOptions: { self: 'About me: I feel lonely', other: 'About someone else: I am worried' },
  areaLabel: { self: 'Which neighbourhood do you live in? Or what is your postcode?', other: 'Which neighbourhood does this person live in? Or what is the postcode?' },
  areaHint: 'For example 2800 or Nekkerspoel. No street or house number.',
  contactLegend: { self: 'How can we contact you?', other: 'How can we contact you?' },
  contactHint: {
    self: 'Enter your phone number or your email address. One of the two is enough.',
    other:
      'Enter your phone number or your email address. One of the two is enough. We contact you first. The person you report about will not be told who made the report.',
  },
  phoneLabel: 'Phone number',
  emailLabel: 'Email address',

  moreSummary: 'Tell us more',
  moreHint: 'This helps us find the right person. You may skip all of it.',
  ageLegend: { self: 'How old are you?', other: 'About how old is this person?' },
  ageHint: 'For young people we look for someone who works with young people.',
  ageOptions: {
    'under-18': 'Under 18',
    '18-25': '18 to 25',
    '26-64': '26 to 64',
    '65-plus': '65 or older',
    unknown: 'I do not know',
  },
  relationLegend: 'Who is this person to you?',
  relationOptions: {
    family: 'Family',
    neighbour: 'A neighbour',
    friend: 'A friend',
    professional: 'Someone I know through my work',
    other: 'Someone else',
  },
  personKnowsLegend: 'Does this person know you are reporting this?',
  personKnowsOptions: { yes: 'Yes', no: 'No', unsure: 'I do not know' },
  situationLabel: 'What is going on?',
  situationHint: 'A few words are enough. Do not write medical details.',
  nameLabel: 'Your first name',
  contactTimesLabel: 'When suits you best?',
  contactTimesHint: 'For example: after 5 pm, or not on Wednesdays.',

  privacyHeading: 'What happens to your details?',
  consentLabel: 'I agree that the reporting point uses my details to contact me.',
  honeypotLabel: 'Leave this field empty',
  submit: 'Send report',

  errorSummaryHeading: 'There is a problem',
  errorPrefix: 'Error:',
  errors: {
    about: { required: 'Choose who your report is about.', invalid: 'Choose who your report is about.' },
    relation: { required: 'Choose who this person is to you.', invalid: 'Choose who this person is to you.' },
    personKnows: { required: 'Choose whether this person knows you are reporting this.', invalid: 'Choose whether this person knows you are reporting this.' },
    ageGroup: { required: 'Choose an age, or choose “I do not know”.', invalid: 'Choose an age, or choose “I do not know”.' },
    area: {
      required: 'Enter a neighbourhood or postcode.',
      invalid: 'Enter a 4-digit postcode or the name of a neighbourhood, without a street or house number.',
      'too-long': 'Enter only the neighbourhood or postcode (60 characters at most).',
    },
    situation: { 'too-long': 'Make your text shorter: 1000 characters at most.', invalid: 'Make your text shorter: 1000 characters at most.' },
    contact: { required: 'Enter your phone number or your email address.', invalid: 'Enter your phone number or your email address.' },
    phone: { required: 'Enter your phone number.', invalid: 'Enter a phone number like 015 12 34 56 or +32 470 12 34 56.' },
    email: {
      required: 'Enter your email address.',
      invalid: 'Enter an email address like name@example.be.',
      'too-long': 'Enter a shorter email address.',
    },
    name: { 'too-long': 'Enter only your first name (60 characters at most).', invalid: 'Enter only your first name.' },
    contactTimes: { 'too-long': 'Make it shorter: 200 characters at most.', invalid: 'Make it shorter: 200 characters at most.' },
    consent: { required: 'Tick the box to agree. Otherwise we cannot contact you.' },
  },
  errorFallback: 'Check this answer.',

  sending: 'Sending your report…',
  retrying: 'The reporting point is not answering yet. We keep trying by ourselves: you do not need to do anything. Keep this page open.',
  offline: 'You are offline. Your report is not lost: it will be sent by itself as soon as you are back online. Keep this page open.',
  submitBusy: { sending: 'Sending…', retrying: 'Trying again…', offline: 'Waiting for a connection…' },
  attemptProgress: (attempt, wait) => (wait ? `Attempt ${attempt} in ${wait}.` : `Attempt ${attempt}…`),
  waitingAlternative: 'Rather not wait? Contact the reporting point yourself:',

  notSentHeading: 'Your report has not been sent yet',
  notSentBody: 'Something went wrong. Your report is still below, nothing is lost. Try again, or contact the reporting point yourself.',
  notSentReasons: {
    'invalid-response': 'Your connection sent us to another page, for example a Wi-Fi login. Log in there and try again.',
    'rate-limited': 'Too many reports arrived at once. Wait a minute and try again.',
    timeout: 'The reporting point did not answer in time.',
    server: 'The reporting point could not receive your report just now.',
    network: 'There was no connection with the reporting point.',
    rejected: 'The reporting point could not accept your report.',
  },
  retry: 'Send again',
  edit: 'Change the report',
  contactMeldpunt: 'Or contact the reporting point yourself:',
  copy: 'Copy your report',
  copied: 'Your report has been copied.',
  copyFailed: 'Copying did not work. Select the text below and copy it yourself.',
  reportTextLabel: 'Your report as text',

  sentHeading: 'Your report has been sent',
  sentBody: 'Thank you. The reporting point has received your report.',
  referenceLabel: 'Your reference',
  noticeLabel: 'Message from the reporting point',
  urgentReminder: 'Is it urgent, or are you thinking about suicide? Do not wait: call now.',
  newReport: 'Make another report',
};
