/**
 * English word tables for the dates stage. Only data lives here; the rules that use it are in
 * `../../extract-dates.ts`. Every list was drawn from patterns that recur across news text
 * (TempEval-3 TBAQ newswire, the gun-violence news corpus), not from single sentences.
 */
import type { DateLanguage } from '../language.js';

/** English tables for the dates stage. */
export const en: DateLanguage = {
  code: 'en',
  months: {
    january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5,
    june: 6, jun: 6, july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9,
    october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
  },
  // Month names that are also common words: accepted only with a date context around them.
  ambiguousMonths: ['may', 'march', 'mar', 'jan', 'jun', 'jul', 'sep', 'dec', 'feb', 'apr', 'aug', 'oct', 'nov'],
  weekdays: {
    monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  },
  numbers: {
    a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
    ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
    seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
    sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, 'a dozen': 12,
    'a couple of': 2, 'a couple': 2, 'couple of': 2, 'a hundred': 100, 'a thousand': 1000,
    'two thousand': 2000, 'half a': 0.5, 'half an': 0.5,
  },
  // Quantities that name no number: the TIMEX3 value gets an `X` ("several years" → PXY).
  vagueQuantities: ['several', 'a few', 'few', 'many', 'some', 'a number of', 'recent', 'the coming', 'coming'],
  // Of those, the ones that place the span ahead rather than measure it: "in the coming days" is
  // FUTURE_REF. ("recent weeks" stays PXW: TimeBank and AQUAINT give it a vague duration in 7 of 12
  // uses; "coming months/quarters" are FUTURE_REF there, "coming weeks/years" PX, a tie.)
  futureQuantities: ['the coming', 'coming'],
  ordinals: {
    first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4,
  },
  units: {
    year: 'Y', years: 'Y', yr: 'Y', yrs: 'Y', month: 'M', months: 'M', week: 'W', weeks: 'W',
    day: 'D', days: 'D', hour: 'H', hours: 'H', minute: 'MIN', minutes: 'MIN', second: 'S',
    seconds: 'S', decade: 'DE', decades: 'DE', century: 'CE', centuries: 'CE', quarter: 'Q',
    quarters: 'Q',
  },
  seasons: { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' },
  partsOfDay: { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' },
  // Relative day words: offset in days from the reference date.
  dayAnchors: { yesterday: -1, today: 0, tomorrow: 1 },
  presentRefs: ['now', 'currently', 'current', 'at present', 'presently', 'nowadays', 'these days', 'right now', 'at the moment', 'at this time'],
  // "previously", "soon", "shortly" and a bare "recent" are left out: across TimeBank and AQUAINT they
  // are annotated in under a third of their uses, so they mostly add noise.
  pastRefs: ['recently', 'lately', 'formerly', 'in the past', 'the past', 'once upon a time'],
  futureRefs: ['the future', 'in future', 'someday', 'in the near future', 'the near future', 'soon'],
  // Direction words before a unit ("last week", "next month", "this year").
  relative: {
    last: -1, past: -1, previous: -1, 'this past': -1, next: 1, coming: 1, 'the coming': 1,
    following: 1, this: 0, current: 0, 'the current': 0, 'this coming': 1,
  },
  // Position inside a period: TIMEX3 `mod` values ("earlier this month" → START).
  periodPositions: {
    early: 'START', earlier: 'START', 'the beginning of': 'START', 'the start of': 'START',
    mid: 'MID', 'the middle of': 'MID', late: 'END', later: 'END', 'the end of': 'END',
  },
  // Approximation and bound words kept inside a duration's span ("more than three years").
  durationModifiers: [
    'more than', 'over', 'nearly', 'almost', 'about', 'around', 'roughly', 'approximately',
    'at least', 'less than', 'fewer than', 'up to', 'just over', 'just under', 'under', 'some', 'no more than', 'within',
  ],
  // Words after a number that show a year-like number is a count, not a year ("2000 people").
  countNouns: [
    'people', 'persons', 'men', 'women', 'children', 'troops', 'soldiers', 'police', 'officers',
    'students', 'workers', 'employees', 'jobs', 'votes', 'voters', 'cases', 'deaths', 'homes',
    'houses', 'cars', 'vehicles', 'shares', 'dollars', 'euros', 'pounds', 'rubles', 'barrels',
    'tons', 'tonnes', 'miles', 'kilometers', 'kilometres', 'km', 'feet', 'foot', 'meters',
    'metres', 'yards', 'acres', 'points', 'units', 'copies', 'pages', 'words', 'rounds', 'guns',
    'rifles', 'weapons', 'missiles', 'drones', 'flights', 'passengers', 'patients', 'beds',
    'signatures', 'members', 'residents', 'refugees', 'migrants', 'protesters', 'calories', 'mg',
    'kg', 'lbs', 'percent', 'per', 'times', 'more', 'others', 'x', 'hp', 'block', 'blocks',
  ],
  // Words before a number that show it is a name or a code, not a year ("Article 5", "Boeing 787").
  nonDatePrefixes: [
    'article', 'section', 'chapter', 'clause', 'rule', 'no', 'number', 'nos', 'flight', 'route',
    'room', 'model', 'version', 'v', 'page', 'p', 'pp', 'exit', 'highway', 'interstate', 'channel',
    'resolution', 'bill', 'law', 'item', 'table', 'figure', 'fig', 'vol', 'volume', 'issue',
    'unit', 'apartment', 'apt', 'suite', 'box', 'gate', 'terminal', 'platform', 'track', 'line',
    'block', 'lot', 'street', 'avenue', 'road', 'st', 'ave', 'rd', 'code', 'id', 'windows',
    'office', 'boeing', 'airbus', 'iphone', 'galaxy', 'g', 'su', 'mig', 'tu', 'il', 'f',
    'b', 'c', 'r', 'ar', 'ak', 'm', 'mp', 'over', 'under', 'than', 'about', 'nearly', 'some',
    'almost', 'around', 'approximately', 'roughly', 'least',
  ],
  // Street-name endings: a number before "Weston Ct." or "Main Street" is a house number.
  streetSuffixes: ['st', 'street', 'ave', 'avenue', 'rd', 'road', 'ct', 'court', 'blvd', 'boulevard', 'dr', 'drive', 'ln', 'lane', 'way', 'pl', 'place', 'pkwy', 'parkway', 'hwy', 'highway', 'terrace', 'circle', 'cir', 'trail', 'pike'],
  // Prepositions that, before a bare four-digit number, make it a year ("in 2019", "since 1990").
  yearPrepositions: [
    'in', 'since', 'by', 'until', 'till', 'from', 'of', 'during', 'before', 'after', 'through',
    'throughout', 'to', 'and', 'between', 'early', 'late', 'mid', 'fiscal', 'year', 'around',
    'circa', 'pre', 'post', 'spring', 'summer', 'fall', 'autumn', 'winter', 'for', 'on', 'at',
    'the', 'its', 'their', 'his', 'her', 'since', 'end', 'beginning', 'start', 'middle', 'or',
  ],
  // Periodic words: TIMEX3 SET values.
  sets: {
    // "quarterly" and "annually" mostly qualify a report or a rate in business news, not a schedule.
    daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', hourly: 'PT1H', nightly: 'P1D',
    biweekly: 'P2W',
  },
  holidays: {
    'christmas day': '12-25', christmas: '12-25', 'christmas eve': '12-24', "new year's day": '01-01',
    "new year's eve": '12-31', 'independence day': '07-04', halloween: '10-31',
    "valentine's day": '02-14', 'veterans day': '11-11', 'boxing day': '12-26',
  },
  tense: {
    // Words that put a clause in the future ("would be in China", "is scheduled to").
    future: [
      'will', "'ll", 'shall', 'would', 'could', 'might', 'can', 'should', 'must', 'scheduled',
      'expected', 'plans', 'planning', 'intends', 'intend', 'aims', 'upcoming', 'forthcoming',
      'tomorrow', 'slated', 'soon',
    ],
    // Words right before a date that make it a deadline or a start, which news gives ahead of time
    // ("payable Dec. 7", "effective Feb. 1", "must leave by Jan. 14").
    deadline: ['payable', 'effective', 'effect', 'by', 'until', 'till', 'record', 'expire', 'expires', 'deadline', 'starting', 'beginning', 'before'],
    // Reporting verbs: they date the report, not the event reported; used only when nothing else is found.
    reporting: ['said', 'says', 'told', 'announced', 'reported', 'added', 'stated', 'noted', 'according', 'confirmed', 'claimed', 'tells', 'say', 'reports'],
    // Auxiliaries and verbs that put a clause in the past.
    past: [
      'was', 'were', 'had', 'did', 'said', 'told', 'went', 'came', 'made', 'took', 'gave', 'got',
      'met', 'began', 'began', 'won', 'lost', 'held', 'left', 'saw', 'spoke', 'wrote', 'ran', 'fell',
      'rose', 'sold', 'bought', 'paid', 'sent', 'brought', 'thought', 'found', 'kept', 'led',
      'struck', 'shot', 'hit', 'put', 'cut', 'quit', 'beat', 'became', 'broke', 'chose',
      'drove', 'flew', 'forgot', 'grew', 'knew', 'felt', 'heard', 'meant', 'stood', 'swore', 'tore',
      'threw', 'understood', 'woke', 'wore', 'withdrew', 'sought', 'fought', 'caught', 'taught',
      'ago', 'yesterday', 'last', 'earlier', 'previously', 'arrested', 'killed', 'died',
    ],
    pastEndings: ['ed'],
    // Words that end in "-ed" but are not past verbs.
    notPastEd: [
      'need', 'needed', 'speed', 'indeed', 'bed', 'feed', 'seed', 'proceed', 'exceed', 'succeed',
      'hundred', 'red', 'shed', 'bred', 'breed', 'creed', 'greed', 'weed', 'ted', 'ed', 'fed',
      'united', 'based', 'related', 'armed', 'detailed', 'limited', 'used', 'advanced',
      'expected', 'scheduled', 'planned', 'proposed', 'supposed', 'interested',
      'concerned', 'alleged', 'accused', 'wounded', 'injured', 'unnamed', 'named', 'preferred',
      'listed', 'owned', 'combined', 'estimated', 'adjusted', 'diluted', 'unchanged', 'mixed',
      'qualified', 'registered', 'elected', 'appointed', 'retired', 'married', 'talented', 'skilled',
      'experienced', 'needed', 'desired', 'required', 'dated', 'sophisticated', 'complicated',
      'dedicated', 'undisclosed', 'undated', 'red', 'biased', 'armed', 'masked', 'hundred',
    ],
    // Words after which an "-ed" word is an adjective, not a past verb ("a still unspecified date").
    adjectiveBefore: ['a', 'an', 'the', 'still', 'very', 'most', 'more', 'less', 'newly', 'so', 'too', 'its', 'his', 'her', 'their', 'our', 'your', 'my', 'this', 'that', 'these', 'those', 'well', 'fully', 'highly', 'long'],
    // Forms of "be" that make a following participle passive ("will be held").
    be: ['be', 'been', 'being', 'is', 'are', "'s", "'re"],
  },
};
