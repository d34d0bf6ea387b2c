/**
 * The English words around a name that tell whether it is a place: grammar, not knowledge, so
 * they hold for any article and any gazetteer.
 */

/** Words after which a name is where something is, comes from or goes to: "in Ufa", "to Minsk". */
export const PREPOSITIONS = new Set([
  'in',
  'at',
  'to',
  'from',
  'near',
  'outside',
  'via',
  'toward',
  'towards',
  'into',
  'across',
  'around',
  'inside',
]);

/** Nouns that introduce a place's name: "the capital Astana", "the village of Burabay". */
export const DESCRIPTORS = new Set([
  'city',
  'town',
  'village',
  'capital',
  'resort',
  'port',
  'settlement',
  'suburb',
  'hometown',
  'township',
  'municipality',
  'cities',
  'towns',
  'villages',
]);

/**
 * Words that, right after a place's name, make the two one name of something else: "the Minsk
 * agreements", "the Astana format", "the Shanghai spirit", "Tashkent region" (not the city).
 */
export const NAME_FORMING_NOUNS = new Set([
  'agreement',
  'agreements',
  'accord',
  'accords',
  'format',
  'process',
  'declaration',
  'declarations',
  'convention',
  'communique',
  'communiqué',
  'protocol',
  'protocols',
  'charter',
  'treaty',
  'pact',
  'principles',
  'spirit',
  'initiative',
  'group',
  'five',
  'times',
  'post',
  'news',
  'tribune',
  'herald',
  'daily',
  'university',
  'airport',
  'region',
  'regional',
  'oblast',
  'province',
  'district',
  'county',
  'governorate',
  'prefecture',
  'time',
  'dynamo',
  'club',
  'fc',
  'action',
  'plan',
  'memorandum',
  'statement',
  'resolution',
  'document',
  'documents',
  'final',
]);

/**
 * Meetings, which are held where they are named after: "the Astana Summit" is in Astana, where
 * "the Astana Times" is not, so these capitalised words do not make a place part of a name.
 */
export const MEETING_WORDS = new Set([
  'summit',
  'conference',
  'meeting',
  'forum',
  'session',
  'talks',
  'consultations',
  'congress',
  'ministerial',
  'round',
  'games',
]);

/** Months and weekdays, which GeoNames also has as towns ("March" in England): "in March" is a date. */
export const CALENDAR_WORDS = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/**
 * Function words and sentence openers that GeoNames also lists as towns ("Of" in Turkey, "Most"
 * in Czechia): written capitalised they start a sentence or a title, and never name a place.
 */
export const FUNCTION_WORDS = new Set(
  (
    'a an the of in on at to for and or but nor as by from with without into onto upon about above after before below between during ' +
    'over under since until via per than then there here this that these those it its he she his her they their them we our us you your ' +
    'i me my who whom whose which what when where why how all any both each few more most other some such no not only own same so too very ' +
    'can will just should now also however meanwhile yet still even because if while although though once again further'
  ).split(' '),
);
