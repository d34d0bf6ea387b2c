/**
 * Words that decide whether a run of capitalised words is a person's name: titles that
 * announce one, and the ordinary words (offices, bodies, places, nationalities, furniture)
 * that are capitalised in news copy but never part of a name.
 */

/** Offices, ranks and honorifics that stand directly before or after a name. */
export const TITLE_WORDS =
  'President|Vice-President|Minister|Ministers|Secretary|Secretary-General|Chairman|Chairwoman|Chairperson|Chair|Director|Director-General|' +
  'Commander|Commander-in-Chief|Chief|Head|Ambassador|Envoy|Representative|Leader|Adviser|Advisor|Spokesman|Spokeswoman|Spokesperson|' +
  'Premier|King|Emir|Sheikh|Councilor|Councillor|Governor|Mayor|Speaker|Coordinator|Commissioner|Prosecutor|Procurator|Officer|Attache|' +
  'General|Colonel|Lieutenant|Major|Brigadier|Admiral|Marshal|Captain|Gen|Maj|Col|Lt|Brig|Engr|Dr|Mr|Mrs|Ms|Prof|Professor|H\\.E|His Excellency|Her Excellency|' +
  'president|vice-president|minister|ministers|secretary|chairman|chairwoman|chair|director|commander|chief|head|ambassador|envoy|' +
  'representative|leader|leaders|adviser|advisor|spokesman|spokesperson|premier|counterpart|counterparts|councilor|governor|deputy|general|colonel';

/** Titles after which a single capitalised word is taken as a surname ("Mr. Geoana", "President Putin"). */
export const SURNAME_TITLES =
  /(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|H\.E|President|Minister|General|Gen|Secretary-General|Ambassador|Chairman|Premier)\.?\s+$/u;

/** Particles inside a name ("Marc Perrin de Brichambaut", "Abdul Rahman bin Ali"). */
export const PARTICLES = new Set(['de', 'da', 'del', 'der', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'ul', 'du', 'la', 'le']);

/** Nationalities and regions: "Kazakh President", "Russian Defence Minister". */
const DEMONYMS =
  'Afghan Afghani American Armenian Asian Austrian Azerbaijani Azeri Belarusian Belgian British Chinese Egyptian Emirati European French German ' +
  'Indian Iranian Iraqi Italian Japanese Kazakh Kazakhstani Korean Kyrgyz Mongolian Pakistani Qatari Romanian Russian Saudi Soviet Syrian ' +
  'Tajik Tajikistani Turkish Turkmen Ukrainian Uzbek Uzbekistani Western Eastern Northern Southern Eurasian Islamic Arab Muslim Taliban ' +
  'Central Asia Europe Eurasia Middle East West North South Africa America Caucasus Kremlin Gulf Caspian Ferghana Fergana Pamir';

/** Bodies, offices, events and other capitalised words of news copy that are never part of a name. */
const BODIES =
  'The A An In On At Of For And As By To From With During Then This These That It He She They We Our His Her Its Their Also But Or If So ' +
  'After Before Following According Among Between Under Over Within Without Since Until While When Where Which Who What Why How However ' +
  'Meanwhile Moreover Furthermore Besides Earlier Later Today Yesterday Tomorrow Speaking Addressing Addressed Responding Commenting Welcoming ' +
  'Mr Ms Mrs Dr Gen Maj Col Lt Engr Excellency Honorable Honourable Acting Former First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth ' +
  'President Presidents Vice Secretary General Deputy Director Chairman Chairwoman Chair Head Heads Minister Ministers Adviser Advisor Assistant ' +
  'Member Members Leader Leaders Chief Commander Commanders Ambassador Envoy Representative Representatives Spokesman Spokesperson Governor ' +
  'Council Councils Conference Committee Commission Security Service Services State States Republic Republics United Nations Nation International ' +
  'Regional National Strategy Convention Declaration Charter Treaty Organization Organisation Organizations Centre Center Office Structure ' +
  'Government Prime Foreign Interior Internal Defence Defense Special Executive Anti Terrorism Terrorist Counter Counter-Terrorism High Level ' +
  'Major Lieutenant Colonel Brigadier Founder Peace Unity Read Features Commonwealth Global Development Agenda Sustainable Goals Process Action ' +
  'Plan Independence Monument Scientific Practical Assembly Pact Long Term Good Neighborliness Friendship Cooperation Co-operation ' +
  'Shanghai Five Six Border Borders Management Movement Terrorists Anniversary Address Gallery News Agency Agencies Countering Combating Combatting ' +
  'Extremism Separatism Radicalism Affairs Ministry Ministries Department Departments Cabinet Parliament Parliamentary Senate Majlis Federal ' +
  'Public Joint Military Staff Army Armed Forces Force Troops Guard Guards Police Navy Air Intelligence Emergency Emergencies Situations ' +
  'Investments Investment Trade Economic Economy Finance Justice Health Education Culture Transport Energy Agriculture Information Communications ' +
  'Policy European Union Bank Fund Programme Program Project Initiative Forum Summit Summits Meeting Meetings Session Sessions Talks Group ' +
  'Dialogue Partnership Declaration Statement Protocol Agreement Memorandum Understanding Resolution Communique Concept Doctrine Law Code ' +
  'Secretariat Headquarters Academy University Institute School College Hall Palace Center Building Square Street Avenue Hotel Congress ' +
  'Zone Tourism District Region Province Oblast City Town Village Capital Republic Kingdom Emirate Federation Territory Border Crossing ' +
  'Board Bureau Operation Operations Exercise Exercises Drill Drills Mission Missions Peacekeeping Collective Rapid Reaction Crisis ' +
  'Situation Day Week Month Year Photo Photos Video Source Sources Published Updated Search Home More Share Print Comments Related Latest Top ' +
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November ' +
  'December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mission Offices Excellencies Ladies Gentlemen God Allah Holy Quran Koran ' +
  'Contact Agreement Statute Permanent Observer Observers Partner Partners Dialogue Cabinet Apparatus Administration Staff Supreme Court ' +
  'Oliy Majlisi Jogorku Kenesh Mazhilis Duma Rada Khural Milli Mejlis Halk Maslahaty CSTO SCO CIS OSCE Plus Format Heads-of-State ' +
  'Union Alliance Coalition Front Party Movement Brotherhood Caliphate Province Daesh Qaeda Al-Qaeda Hizb Tahrir Jamaat Ansarullah ' +
  'Reconciliation Councilor Councillor Deputies Delegation Delegations Premier Emir Sheikh King Queen Prince ';

// Headline verbs and words: "Prime Minister of Tajikistan Will Take Part in a Meeting".
const HEADLINE =
  'Will Take Takes Part Attends Attend Holds Hold Held Meets Meet Says Said Visit Visits Opens Open Calls Call Discuss Discusses Sign Signs ' +
  'Begins Begin Hosts Host Arrives Arrive Proposes Propose Urges Urge New Key Next Last Rights Human Watch Is Are Was Were Be Not No Yes';

/** Nationalities and regions, which may follow "of" after a name: "Qadam Shah Shahim of the Afghan National Army". */
export const DEMONYM_WORDS = new Set(DEMONYMS.split(/\s+/).filter(Boolean));

/** Every word that ends a name or keeps a run from being one. */
export const NOT_NAME_WORDS = new Set(`${DEMONYMS} ${BODIES} ${HEADLINE}`.split(/\s+/).filter(Boolean));
