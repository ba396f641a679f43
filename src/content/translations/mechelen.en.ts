import type { ContentTranslations } from '../translate.js';

/** English texts for the built-in Mechelen content, by item id. */
export const mechelenEn: ContentTranslations = {
  helplines: {
    'noodnummer-112': { name: 'Emergency number', purpose: 'When someone’s life is in danger: ambulance, fire brigade, police.' },
    'zelfmoordlijn-1813': { name: 'Zelfmoordlijn (suicide prevention line)', purpose: 'If you’re thinking about suicide, or you’re worried about someone.' },
    'centre-prevention-suicide': { name: 'Centre de Prévention du Suicide', purpose: 'The French-language suicide prevention line, if you’re thinking about suicide or worried about someone close to you.' },
    'tele-onthaal-106': { name: 'Tele-Onthaal', purpose: 'For anyone who needs to talk. Loneliness is one of the things people call about most.' },
    'tele-accueil-107': { name: 'Télé-Accueil', purpose: 'The French-language line for anyone who needs to talk. Loneliness often comes up.' },
    'awel-102': {
      name: 'Awel',
      purpose: 'For children and young people who want to talk. Most callers are 13 to 25.',
      hours: 'afternoons and evenings, not round the clock',
    },
    'ecoute-enfants-103': { name: 'Écoute-Enfants', purpose: 'The French-language line for children and young people who want to talk.' },
    'hulplijn-1712': { name: '1712', purpose: 'For violence, abuse and child abuse.' },
    'ecoute-violences-conjugales': { name: 'Écoute Violences Conjugales', purpose: 'The French-language line for violence between partners: for victims, people close to them, witnesses and abusers.' },
  },
  initiatives: {
    'zorgzame-buurt-heembeemd': {
      name: 'Heembeemd caring neighbourhood',
      forWhom: 'People living in Heembeemd, and carers',
      offer: '“The road to friendship” is running again. The neighbourhood also looks for carers. It works with Samana. And it makes room for small everyday encounters.',
    },
    'tiendaagse-geestelijke-gezondheid': {
      name: 'Mental Health Ten Days',
      forWhom: 'Everyone',
      offer: 'When the city gave its answer, a postcard was being made to spread the word about psychological help you can get without a referral. In Belgium, that is first-line psychological care from your region’s mental health network.',
    },
    ouderenweek: {
      name: 'Older People’s Week',
      forWhom: 'Older people',
      offer: 'Get-togethers, and information on looking after your mental wellbeing.',
    },
    wegwijzers: {
      name: 'The “wegwijzers” (signposts)',
      forWhom: 'Everyone',
      offer: 'The wegwijzers are still active in Mechelen. The city’s answer says no more about them.',
    },
    buurtengagementsnetwerken: {
      name: 'Neighbourhood networks',
      forWhom: 'Neighbours who want to meet',
      offer: 'Residents set up their own ways of getting together. The city promotes and funds them.',
    },
    'gevelbanken-picknicktafels': {
      name: 'Front-of-house benches and picnic tables',
      forWhom: 'Everyone in the neighbourhood',
      offer: 'The city offers benches fixed to house fronts and picnic tables: places where neighbours bump into each other and stop for a chat. You apply together with at least two other households on your street.',
      contactNote: 'Apply for a bench or picnic table (in Dutch)',
    },
    'jeugddienst-kindvriendelijk-label': {
      name: 'Youth service: working towards a “child-friendly city” label',
      forWhom: 'Children and young people',
      offer: 'The youth service is working towards a child-friendly city label. This will also lead to recommendations on mental wellbeing.',
    },
    overkop: {
      name: 'OverKop Mechelen',
      forWhom: 'Young people aged 12 to 25',
      offer: 'At OverKop you can just drop in: someone will listen, and the activities are free. In Mechelen, OverKop meets at the J@M youth centres in Oud Oefenplein and Abeel. The city’s Social Prevention team works through it for young people’s wellbeing.',
      contactNote: 'OverKop Mechelen website (in Dutch)',
    },
    samana: {
      name: 'Samana',
      forWhom: 'People with a long-term illness and their carers',
      offer: 'Samana is a Flemish association for people with a long-term illness and their carers. In Mechelen it works with the Heembeemd caring neighbourhood.',
      contactNote: 'Samana website (in Dutch)',
    },
  },
  meldpunt: { name: 'Mechelen loneliness contact point' },
  partners: {
    'stad-mechelen': { name: 'City of Mechelen' },
    samana: { name: 'Samana' },
    jeugddienst: { name: 'Mechelen Youth Service' },
    overkop: { name: 'OverKop Mechelen' },
  },
};
