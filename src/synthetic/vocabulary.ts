/** Given names and surnames of one country, for generated people. */
export interface NamePool {
  /** The state entity id the people are officials of; undefined for international civil servants. */
  state?: string;
  given: string[];
  surnames: string[];
  /** Chinese and Mongolian names put the family name first. */
  familyFirst?: boolean;
  /** How a woman's surname is formed from the man's (Rahimov → Rahimova), where the language does that. */
  feminine?: (surname: string) => string;
  /** Given names that are women's names. */
  women?: string[];
}

const slavicFeminine = (s: string) => (/(ov|ev|in)$/.test(s) ? `${s}a` : s.endsWith('sky') ? `${s.slice(0, -1)}aya` : s);

/** Name pools, weighted by how often officials of each country appear in the region's news. */
export const NAME_POOLS: { weight: number; pool: NamePool }[] = [
  {
    weight: 6,
    pool: {
      state: 'tajikistan',
      given: [
        'Davlat',
        'Sherali',
        'Farrukh',
        'Rustam',
        'Jamshed',
        'Khurshed',
        'Saidmumin',
        'Mahmadsaid',
        'Firuz',
        'Bahrom',
        'Zarina',
        'Nigina',
        'Manizha',
        'Parvina',
        'Sino',
        'Faridun',
      ],
      women: ['Zarina', 'Nigina', 'Manizha', 'Parvina'],
      surnames: [
        'Rahimov',
        'Sharipov',
        'Nazarov',
        'Mirzoev',
        'Saidov',
        'Karimzoda',
        'Davlatzoda',
        'Hamidov',
        'Kurbonov',
        'Safarov',
        'Yusufzoda',
        'Abdulloev',
        'Boboev',
        'Hakimov',
      ],
      feminine: slavicFeminine,
    },
  },
  {
    weight: 5,
    pool: {
      state: 'uzbekistan',
      given: [
        'Bakhtiyor',
        'Abdulaziz',
        'Dilshod',
        'Sardor',
        'Ulugbek',
        'Jahongir',
        'Otabek',
        'Nodira',
        'Gulnora',
        'Dilnoza',
        'Sanjar',
        'Bekzod',
        'Anvar',
      ],
      women: ['Nodira', 'Gulnora', 'Dilnoza'],
      surnames: [
        'Ismoilov',
        'Yuldashev',
        'Rakhimov',
        'Kadyrov',
        'Toshmatov',
        'Ergashev',
        'Abdullaev',
        'Khodjaev',
        'Nurmatov',
        'Saidkhodjaev',
        'Umarov',
        'Sobirov',
      ],
      feminine: slavicFeminine,
    },
  },
  {
    weight: 5,
    pool: {
      state: 'kazakhstan',
      given: [
        'Nurlan',
        'Yerlan',
        'Askar',
        'Bolat',
        'Dauren',
        'Marat',
        'Serik',
        'Aigerim',
        'Saule',
        'Gulnara',
        'Yerzhan',
        'Kairat',
        'Timur',
      ],
      women: ['Aigerim', 'Saule', 'Gulnara'],
      surnames: [
        'Nurmagambetov',
        'Abenov',
        'Zhaksybekov',
        'Suleimenov',
        'Bekov',
        'Ospanov',
        'Zhumabayev',
        'Sadykov',
        'Mukhametov',
        'Tuleshov',
        'Kassymov',
        'Baimukhanov',
      ],
      feminine: slavicFeminine,
    },
  },
  {
    weight: 4,
    pool: {
      state: 'kyrgyzstan',
      given: ['Almazbek', 'Kubanychbek', 'Taalaibek', 'Mirlan', 'Aibek', 'Chynara', 'Aizhan', 'Kamchybek', 'Ulan', 'Emil'],
      women: ['Chynara', 'Aizhan'],
      surnames: ['Dzhumaliev', 'Toktogulov', 'Asanov', 'Osmonaliev', 'Sydykov', 'Mamytov', 'Abdrakhmanov', 'Baetov', 'Imanaliev'],
      feminine: slavicFeminine,
    },
  },
  {
    weight: 5,
    pool: {
      state: 'russia',
      given: [
        'Sergei',
        'Alexander',
        'Dmitry',
        'Andrei',
        'Igor',
        'Oleg',
        'Yevgeny',
        'Natalia',
        'Olga',
        'Irina',
        'Mikhail',
        'Pavel',
        'Viktor',
      ],
      women: ['Natalia', 'Olga', 'Irina'],
      surnames: [
        'Ivanov',
        'Smirnov',
        'Kuznetsov',
        'Volkov',
        'Sokolov',
        'Lebedev',
        'Morozov',
        'Novikov',
        'Fedorov',
        'Orlov',
        'Zaitsev',
        'Belyaev',
        'Grigoriev',
      ],
      feminine: slavicFeminine,
    },
  },
  {
    weight: 4,
    pool: {
      state: 'china',
      given: ['Wei', 'Jianguo', 'Haitao', 'Xiaoming', 'Lihua', 'Yong', 'Jun', 'Hong', 'Bin', 'Guoqiang', 'Xin', 'Mingzhe'],
      surnames: ['Zhang', 'Wang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhou', 'Wu', 'Sun', 'Ma', 'Guo', 'Lin'],
      familyFirst: true,
    },
  },
  {
    weight: 2,
    pool: {
      state: 'india',
      given: ['Rajesh', 'Vikram', 'Anil', 'Sanjay', 'Arvind', 'Priya', 'Sunita', 'Rahul', 'Deepak'],
      women: ['Priya', 'Sunita'],
      surnames: ['Sharma', 'Verma', 'Gupta', 'Singh', 'Iyer', 'Menon', 'Rao', 'Nair', 'Kapoor'],
    },
  },
  {
    weight: 2,
    pool: {
      state: 'pakistan',
      given: ['Tariq', 'Asif', 'Khalid', 'Faisal', 'Zahid', 'Ayesha', 'Sana', 'Usman', 'Bilal'],
      women: ['Ayesha', 'Sana'],
      surnames: ['Qureshi', 'Malik', 'Chaudhry', 'Siddiqui', 'Hussain', 'Raza', 'Abbasi', 'Javed'],
    },
  },
  {
    weight: 2,
    pool: {
      state: 'afghanistan',
      given: ['Ahmad', 'Mohammad', 'Hamid', 'Nasir', 'Zalmai', 'Farid', 'Shukria', 'Wahid'],
      women: ['Shukria'],
      surnames: ['Ahmadzai', 'Popal', 'Stanikzai', 'Wardak', 'Noori', 'Sultani', 'Habibi'],
    },
  },
  {
    weight: 1.5,
    pool: {
      state: 'iran',
      given: ['Ali', 'Reza', 'Hossein', 'Mehdi', 'Saeed', 'Maryam', 'Abbas', 'Kazem'],
      women: ['Maryam'],
      surnames: ['Mohammadi', 'Hosseini', 'Rezaei', 'Jafari', 'Ahmadi', 'Moradi', 'Sadeghi'],
    },
  },
  {
    weight: 1,
    pool: {
      state: 'belarus',
      given: ['Aliaksandr', 'Viktar', 'Siarhei', 'Uladzimir', 'Volha', 'Andrei'],
      women: ['Volha'],
      surnames: ['Kavalenka', 'Bondar', 'Navitski', 'Lukashevich', 'Makei', 'Vakulchyk'],
    },
  },
  {
    weight: 1,
    pool: {
      state: 'mongolia',
      given: ['Batbayar', 'Enkhbold', 'Ganbaatar', 'Oyunchimeg', 'Tsogtbaatar', 'Munkhbat'],
      surnames: ['Dorj', 'Gankhuyag', 'Bat-Erdene', 'Tsend', 'Ochir'],
      familyFirst: false,
    },
  },
  {
    weight: 1,
    pool: {
      state: 'turkey',
      given: ['Mehmet', 'Ahmet', 'Mustafa', 'Elif', 'Burak', 'Hakan'],
      women: ['Elif'],
      surnames: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Çelik', 'Öztürk'],
    },
  },
  {
    weight: 3,
    pool: {
      given: [
        'Maria',
        'Thomas',
        'Jean',
        'Anna',
        'Peter',
        'Klaus',
        'Elena',
        'David',
        'José',
        'Ingrid',
        'Marco',
        'Jürgen',
        'Łukasz',
        'Sophie',
      ],
      women: ['Maria', 'Anna', 'Elena', 'Ingrid', 'Sophie'],
      surnames: [
        'Müller',
        'Ferreira',
        'Lindqvist',
        'Novák',
        'Dubois',
        'Rossi',
        'Nowak',
        'O’Brien',
        'Janssen',
        'García',
        'Keller',
        'Moreau',
      ],
    },
  },
];

/** Titles of national officials; {S} is the state's name. */
export const STATE_ROLES = [
  'Secretary of the Security Council of {S}',
  'Deputy Secretary of the Security Council of {S}',
  'Minister of Internal Affairs of {S}',
  'Deputy Minister of Internal Affairs of {S}',
  'Minister of Foreign Affairs of {S}',
  'Deputy Minister of Foreign Affairs of {S}',
  'Chairman of the State Committee for National Security of {S}',
  'Deputy Chairman of the State Security Service of {S}',
  'Director of the Border Service of {S}',
  'Prosecutor General of {S}',
  'Head of the Anti-Terrorism Centre of {S}',
  'Ambassador of {S} to the SCO',
  'Permanent Representative of {S} to the United Nations',
  'Head of the Drug Control Agency of {S}',
  'Commander of the National Guard of {S}',
  'Head of the Financial Monitoring Department of {S}',
];

/** Titles of officials of international bodies. */
export const INTERNATIONAL_ROLES = [
  'Director of the RATS SCO Executive Committee',
  'Deputy Director of the RATS SCO Executive Committee',
  'Deputy Secretary-General of the SCO',
  'Head of the OSCE Programme Office in Dushanbe',
  'UNODC Regional Representative for Central Asia',
  'Deputy Head of the CIS Anti-Terrorism Center',
  'Special Representative of the UN Secretary-General for Central Asia',
  'Counter-Terrorism Coordinator of the European Union',
  'Head of the Interpol Regional Bureau',
  'Executive Secretary of the EAG',
  'Senior Adviser at the United Nations Office of Counter-Terrorism',
  'Programme Manager of the UN Counter-Terrorism Centre',
];

/** The roles the sources give the real people the knowledge file names. */
export const KNOWN_ROLES: Record<string, string> = {
  'emomali-rahmon': 'President of the Republic of Tajikistan',
  'rashid-alimov': 'SCO Secretary-General',
  'vladimir-norov': 'SCO Secretary-General',
  'shavkat-mirziyoyev': 'President of the Republic of Uzbekistan',
  'vladimir-voronkov': 'Under-Secretary-General of the United Nations Office of Counter-Terrorism',
  'antonio-guterres': 'United Nations Secretary-General',
  'helga-schmid': 'OSCE Secretary General',
  'ajit-doval': 'National Security Adviser of India',
  'nikolai-patrushev': 'Secretary of the Security Council of Russia',
  'zhao-kezhi': 'Minister of Public Security of China',
  'moid-yusuf': 'National Security Adviser of Pakistan',
  'yevgeny-sysoyev': 'Director of the RATS SCO Executive Committee',
  'jumakhon-giyosov': 'Director of the RATS SCO Executive Committee',
  'abdusalom-azizov': 'Chairman of the State Security Service of the Republic of Uzbekistan',
  'nasrullo-mahmudzoda': 'Secretary of the Security Council of Tajikistan',
};

/** National agencies; {S} is the state's name. */
export const AGENCY_TEMPLATES = [
  'Ministry of Internal Affairs of {S}',
  'Ministry of Foreign Affairs of {S}',
  'Ministry of Defence of {S}',
  'State Committee for National Security of {S}',
  'Border Service of {S}',
  'Prosecutor General’s Office of {S}',
  'Drug Control Agency of {S}',
  'Financial Monitoring Agency of {S}',
  'Anti-Terrorism Centre of {S}',
  'National Guard of {S}',
  'Academy of the Ministry of Internal Affairs of {S}',
  'Institute for Strategic Studies of {S}',
];

/** International and regional bodies the knowledge file does not list, with acronyms where they have one. */
export const EXTRA_ORGANISATIONS: { name: string; aliases: string[] }[] = [
  { name: 'Collective Security Treaty Organization', aliases: ['CSTO'] },
  { name: 'United Nations Office on Drugs and Crime', aliases: ['UNODC'] },
  { name: 'United Nations Development Programme', aliases: ['UNDP'] },
  { name: 'Central Asian Regional Information and Coordination Centre', aliases: ['CARICC'] },
  { name: 'Organisation of Islamic Cooperation', aliases: ['OIC'] },
  { name: 'CIS Council of Border Troops Commanders', aliases: [] },
  { name: 'SCO Business Council', aliases: [] },
  { name: 'SCO Youth Council', aliases: [] },
  { name: 'ASEAN Regional Forum', aliases: ['ARF'] },
  { name: 'UN Counter-Terrorism Committee Executive Directorate', aliases: ['CTED'] },
  { name: 'Financial Action Task Force', aliases: ['FATF'] },
  { name: 'International Committee of the Red Cross', aliases: ['ICRC'] },
  { name: 'International Organization for Migration', aliases: ['IOM'] },
  { name: 'UN Regional Centre for Preventive Diplomacy for Central Asia', aliases: ['UNRCCA'] },
  { name: 'CSTO Collective Rapid Reaction Force', aliases: [] },
  { name: 'Council of Ministers of Internal Affairs of the CIS', aliases: [] },
  { name: 'SCO Council of Foreign Ministers', aliases: [] },
  { name: 'Eurasian Economic Union', aliases: ['EAEU'] },
  { name: 'Asia-Pacific Group on Money Laundering', aliases: ['APG'] },
  { name: 'Global Counterterrorism Forum', aliases: ['GCTF'] },
];

/** Bodies whose numbered meetings make event titles. */
export const MEETING_BODIES = [
  'Council of the RATS SCO',
  'SCO Security Council Secretaries',
  'heads of border services of the CIS states',
  'Council of Ministers of Internal Affairs of the CIS',
  'SCO Ministers of Foreign Affairs',
  'heads of competent authorities of the SCO member states',
  'Joint Working Group on Counter-Terrorism',
  'CIS Council of Heads of Security Agencies',
  'Expert Group on Countering Drug Trafficking',
  'Prosecutors General of the SCO member states',
];

/** Names of joint exercises, by the pattern real ones follow. */
export const EXERCISE_NAMES = [
  'Peace Mission',
  'East-Antiterror',
  'Cooperation',
  'Interaction',
  'Rubezh',
  'Sary-Arka-Antiterror',
  'Issyk-Kul-Antiterror',
  'Tien Shan',
  'Norak-Antiterror',
  'Pabbi-Antiterror',
  'Kazygurt-Antiterror',
];

/** How a topic reads inside a title: "a conference on …". */
export const TOPIC_PHRASES: Record<string, string[]> = {
  terrorism: ['countering terrorism', 'combating international terrorism'],
  extremism: ['preventing violent extremism', 'countering extremism'],
  radicalisation: ['countering radicalisation', 'preventing the radicalisation of young people'],
  'border-security': ['border security and management', 'strengthening border protection'],
  'cyber-security': ['information security', 'countering the use of the internet for terrorist purposes'],
  'drug-trafficking': ['combating drug trafficking', 'countering illicit drug trafficking'],
  'organised-crime': ['transnational organised crime', 'combating organised crime'],
  'terrorist-financing': ['countering the financing of terrorism', 'combating money laundering'],
  afghanistan: ['the situation in Afghanistan', 'security in Afghanistan'],
  'repatriation-and-rehabilitation': ['the repatriation and rehabilitation of returnees', 'reintegration of returnees'],
  'international-law': ['the international legal framework against terrorism', 'legal cooperation'],
  'joint-exercises': ['joint counter-terrorism exercises', 'the training of special units'],
  'un-cooperation': ['cooperation with the United Nations', 'implementing the UN Global Counter-Terrorism Strategy'],
  pandemic: ['security during the pandemic', 'biological security'],
  'regional-security-cooperation': ['regional security cooperation', 'security in Central Asia'],
};

/** The phrase used for a topic the table above does not know. */
export const topicPhraseFallback = (label: string) => label.toLowerCase();

/** News agencies that file the reports, and the form of their name in a dateline. */
export const PUBLISHERS = [
  'NIAT Khovar',
  'UzA',
  'TASS',
  'Kazinform',
  'Kabar',
  'Xinhua',
  'SCO Secretariat',
  'RATS SCO press service',
  'Asia-Plus',
  'AKIpress',
  'Trend',
  'Interfax',
];

/** Verbs of taking part, for sentences about people. */
export const PERSON_VERBS = [
  'addressed the participants',
  'delivered a keynote speech',
  'chaired the plenary session',
  'briefed the delegations on recent developments',
  'presented a report on the work done since the previous meeting',
  'held bilateral talks on the sidelines',
  'called for closer coordination among the competent authorities',
  'stressed the need for practical steps',
  'noted the progress made in information exchange',
  'proposed setting up a joint working group',
];

/** Verbs of taking part, for sentences about organisations. */
export const ORGANISATION_VERBS = [
  'was represented by a delegation led by its deputy head',
  'presented its annual report',
  'shared its experience of joint operations',
  'offered training for specialists of the member states',
  'signed a memorandum of understanding with the host country',
  'took part in the discussions as an observer',
  'proposed a common database of wanted persons',
];

/** Sentences that carry no names: the padding of real wire copy. */
export const PLAIN_SENTENCES = [
  'The meeting was held behind closed doors.',
  'The parties adopted a protocol on the results of the meeting.',
  'The participants exchanged views on the current situation in the region.',
  'Special attention was paid to the exchange of operational information.',
  'The sides agreed to continue consultations at the expert level.',
  'Experts noted that the threats facing the region have become more complex in recent years.',
  'The discussion focused on practical measures rather than declarations.',
  'A joint communiqué is expected to be published after the meeting.',
  'Participants also discussed the training of personnel and the exchange of best practices.',
  'The delegations noted the constructive and friendly atmosphere of the talks.',
  'A number of bilateral meetings took place on the margins of the event.',
  'The working languages of the meeting were Russian and Chinese.',
  'The organisers thanked the host country for its hospitality and the excellent organisation of the event.',
  'Representatives of academia and civil society were invited to the open session.',
  'The agenda included a review of the implementation of earlier decisions.',
  'Following the talks, the sides signed several documents on cooperation.',
  'The parties emphasised the central coordinating role of the United Nations in international affairs.',
  'The heads of delegations approved the plan of joint activities for the next two years.',
];

/** Templates of sentences that carry one topic keyword, written as [before, after]. */
export const TOPIC_FRAMES: [string, string][] = [
  ['The sides discussed ', ' and agreed to step up joint work.'],
  ['Particular attention was given to ', '.'],
  ['Speakers warned of ', ' as one of the main threats to stability in the region.'],
  ['The participants agreed on joint measures against ', '.'],
  ['A separate session was devoted to ', '.'],
  ['The delegations shared national experience in dealing with ', '.'],
  ['According to the organisers, the fight against ', ' requires the efforts of the whole international community.'],
];

/** Templates of sentences that list the topics of an event, written as [before, after]. */
export const TOPIC_LIST_FRAMES: [string, string][] = [
  ['The sides discussed ', ' and agreed to step up joint work.'],
  ['The agenda covered ', '.'],
  ['Particular attention was given to ', '.'],
  ['The participants exchanged views on ', '.'],
];

/** Clauses for generated quotations around a topic keyword, written as [before, after]. */
export const QUOTE_FRAMES: [string, string][] = [
  ['We must pool our efforts against ', ', because no country can face it alone.'],
  ['Our common task is to deprive ', ' of any support.'],
  ['The situation with ', ' demands practical action, not statements.'],
  ['We have achieved real results in the fight against ', ', and we will build on them.'],
  ['Cooperation in countering ', ' is a priority for our states.'],
];

/** Things counted in figures ("over 400 delegates"), with a plausible range and what the sentence says of them. */
export const FIGURE_NOUNS: { noun: string; min: number; max: number; tail: string }[] = [
  { noun: 'delegates', min: 40, max: 600, tail: 'took part in the event' },
  { noun: 'countries', min: 5, max: 60, tail: 'were represented' },
  { noun: 'terrorist crimes', min: 10, max: 900, tail: 'were prevented over the past year' },
  { noun: 'websites', min: 100, max: 120000, tail: 'spreading extremist materials were blocked' },
  { noun: 'members of terrorist groups', min: 10, max: 2500, tail: 'were detained in joint operations' },
  { noun: 'kilograms of narcotics', min: 20, max: 9000, tail: 'were seized at the border' },
  { noun: 'specialists', min: 10, max: 800, tail: 'completed training courses' },
  { noun: 'representatives', min: 20, max: 500, tail: 'of competent authorities attended' },
];

/** Organisations that are threats, not participants: sentences speak of them differently. */
export const THREAT_GROUP_IDS = new Set(['isis', 'isis-k', 'al-qaeda']);

/** News agencies among the organisations: they report events rather than take part. */
export const MEDIA_IDS = new Set(['tass', 'niat-khovar', 'uza']);

/** How each kind of event is written in a sentence: its verb when reported, and its verb in the past. */
export const KIND_VERBS: Record<string, { reported: string; recalled: string }> = {
  meeting: { reported: 'was held', recalled: 'held' },
  conference: { reported: 'opened', recalled: 'held' },
  summit: { reported: 'took place', recalled: 'held' },
  exercise: { reported: 'began', recalled: 'conducted' },
  declaration: { reported: 'was adopted', recalled: 'adopted' },
  convention: { reported: 'was signed', recalled: 'signed' },
  strategy: { reported: 'was approved', recalled: 'approved' },
};

/** Short quotations that headlines put after a speaker's name. */
export const HEADLINE_QUOTES = [
  'Our cooperation must bring practical results',
  'No country can face these threats alone',
  'We will not allow our region to become a haven for terrorists',
  'Security in Central Asia is indivisible',
  'Information exchange saves lives',
];

/** Hedges before a figure, as agencies write them. */
export const FIGURE_HEDGES = ['', 'over ', 'more than ', 'about ', 'nearly '];
