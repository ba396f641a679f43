import type { FormMessages } from './messages.js';

export { meldpuntTextsEn } from '../../content/translations/meldpunt.en.js';

/**
 * English form text, written the way GOV.UK writes forms: short sentences, "Select" and
 * "Enter", no negative contractions. The resident asks for someone to get in touch (a
 * request), never "reports someone", which reads as denouncing.
 */
export const formEn: FormMessages = {
  heading: 'Ask for someone to get in touch',
  intro: 'Fill in this form and someone will contact you within 24 hours. This is not an emergency service.',
  optional: '(optional)',

  aboutLegend: 'Who is this about?',
  aboutOptions: { self: 'Me: I feel lonely', other: 'Someone else: I am worried about them' },
  areaLabel: {
    self: 'Which neighbourhood do you live in, or what is your postcode?',
    other: 'Which neighbourhood does this person live in, or what is their postcode?',
  },
  areaHint: 'For example, 2800 or Nekkerspoel. Do not include a street or house number.',
  contactLegend: { self: 'How can we contact you?', other: 'How can we contact you?' },
  contactHint: {
    self: 'Enter your phone number or email address. You only need to give one.',
    other:
      'Enter your phone number or email address. You only need to give one. We will contact you first. We will not tell this person who asked us.',
  },
  phoneLabel: 'Phone number',
  emailLabel: 'Email address',

  moreSummary: 'Tell us more',
  moreHint: 'This helps us find the right person. You can skip any of these questions.',
  ageLegend: { self: 'How old are you?', other: 'About how old is this person?' },
  ageHint: 'For young people, we look for someone who works with young people.',
  ageOptions: {
    'under-18': 'Under 18',
    '18-25': '18 to 25',
    '26-64': '26 to 64',
    '65-plus': '65 or older',
    unknown: 'I do not know',
  },
  relationLegend: 'Who is this person to you?',
  relationOptions: {
    family: 'A family member',
    neighbour: 'A neighbour',
    friend: 'A friend',
    professional: 'Someone I know through work',
    other: 'Someone else',
  },
  personKnowsLegend: 'Does this person know you are contacting us?',
  personKnowsOptions: { yes: 'Yes', no: 'No', unsure: 'I do not know' },
  situationLabel: 'What is happening?',
  situationHint: 'A few words are enough. Do not include medical details.',
  nameLabel: 'Your first name',
  contactTimesLabel: 'When is the best time to contact you?',
  contactTimesHint: 'For example, after 5pm, or not on Wednesdays.',

  privacyHeading: 'What happens to your details',
  consentLabel: 'I agree to the loneliness contact point using my details to contact me.',
  honeypotLabel: 'Leave this field empty',
  submit: 'Send request',

  errorSummaryHeading: 'There is a problem',
  errorPrefix: 'Error:',
  errors: {
    about: { required: 'Select who this is about.', invalid: 'Select who this is about.' },
    relation: { required: 'Select who this person is to you.', invalid: 'Select who this person is to you.' },
    personKnows: { required: 'Select whether this person knows you are contacting us.', invalid: 'Select whether this person knows you are contacting us.' },
    ageGroup: { required: 'Select an age, or select “I do not know”.', invalid: 'Select an age, or select “I do not know”.' },
    area: {
      required: 'Enter a neighbourhood or postcode.',
      invalid: 'Enter a 4-digit postcode or the name of a neighbourhood, without a street or house number.',
      'too-long': 'Enter only the neighbourhood or postcode (60 characters or fewer).',
    },
    situation: { 'too-long': 'Your text must be 1,000 characters or fewer.', invalid: 'Your text must be 1,000 characters or fewer.' },
    contact: { required: 'Enter your phone number or email address.', invalid: 'Enter your phone number or email address.' },
    phone: { required: 'Enter your phone number.', invalid: 'Enter a phone number, like 015\u00a012\u00a034\u00a056 or +32\u00a0470\u00a012\u00a034\u00a056.' },
    email: {
      required: 'Enter your email address.',
      invalid: 'Enter an email address, like name@example.be.',
      'too-long': 'Enter a shorter email address.',
    },
    name: { 'too-long': 'Enter only your first name (60 characters or fewer).', invalid: 'Enter only your first name.' },
    contactTimes: { 'too-long': 'This must be 200 characters or fewer.', invalid: 'This must be 200 characters or fewer.' },
    consent: { required: 'Tick the box to agree. We cannot contact you without it.' },
  },
  errorFallback: 'Check this answer.',

  sending: 'Sending your request…',
  retrying: 'The contact point is not answering yet. We will keep trying, so you do not need to do anything. Keep this page open.',
  offline: 'You are offline. Your request is not lost: it will be sent as soon as you are back online. Keep this page open.',
  submitBusy: { sending: 'Sending…', retrying: 'Trying again…', offline: 'Waiting for a connection…' },
  attemptProgress: (attempt, wait) => (wait ? `Attempt ${attempt} in ${wait}.` : `Attempt ${attempt}…`),
  waitingAlternative: 'Rather not wait? Contact the loneliness contact point directly:',

  notSentHeading: 'Your request has not been sent yet',
  notSentBody: 'Your request is still below, so nothing is lost. Try again, or contact the loneliness contact point directly.',
  notSentReasons: {
    'invalid-response': 'Your connection opened a different page, for example a Wi-Fi login page. Log in there, then try again.',
    'rate-limited': 'Too many requests arrived at once. Wait a minute, then try again.',
    timeout: 'The contact point did not answer in time.',
    server: 'The contact point could not receive your request just now.',
    network: 'We could not connect to the contact point.',
    rejected: 'The contact point could not accept your request.',
  },
  retry: 'Send again',
  edit: 'Change your request',
  contactMeldpunt: 'Or contact the loneliness contact point directly:',
  copy: 'Copy your request',
  copied: 'Your request has been copied.',
  copyFailed: 'Copying did not work. Select the text below and copy it yourself.',
  reportTextLabel: 'Your request as text',

  sentHeading: 'Your request has been sent',
  sentBody: 'Thank you. The loneliness contact point has received your request.',
  referenceLabel: 'Your reference number',
  noticeLabel: 'Message from the contact point',
  whatNextHeading: 'What happens next',
  sentLines: 'Want to talk to someone now, or is it becoming urgent? Call:',
  urgentReminder: 'If it is urgent or you are thinking about suicide, do not wait. Call now.',
  newReport: 'Make another request',
};
