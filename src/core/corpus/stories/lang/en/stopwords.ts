/**
 * English function words and news-reporting verbs that carry no story identity. Reporting verbs
 * ("said", "told") appear in nearly every news article, so they only add noise to similarity.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against ago all almost along already also although always am among an and another any anyone
anything are around as at away back be became because become been before being below between both but by can cannot could
did do does doing done down during each either else enough even ever every few for from further get gets got had has have
having he her here hers herself him himself his how however i if in into is it its itself just last least less let like
made make many may me might more most much must my myself near neither never new next no nor not now of off often on once one
only or other others our ours ourselves out over own per perhaps rather really same says said say saying see seen she should
since so some someone something still such than that the their theirs them themselves then there these they this those though
through to told too toward towards under until up upon us very via was way we well were what whatever when where whether which
while who whom whose why will with within without would yet you your yours yourself also told according reported reports report
told tell tells asked added noted stated include including includes including two three four five six seven eight nine ten
first second third mr mrs ms dr s t don didn doesn isn wasn weren won wouldn couldn shouldn can't it's i'm he's she's
we're they're that's there's here's what's let's who's`
    .split(/\s+/)
    .filter(Boolean),
);

/** Capitalised words that are not names: sentence openers, days, months, titles, news furniture. */
export const NOT_NAMES: ReadonlySet<string> = new Set(
  `the a an and but or if in on at for from by with as of to this that these those it he she they we i you his her their our
its there here when where what who why how after before while during since until then now today yesterday tomorrow monday
tuesday wednesday thursday friday saturday sunday january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr sen rep gov lt sgt officer police
according also however meanwhile updated posted copyright advertisement related read more click share email comments photo
video associated press reuters ap afp am pm et est pt one two three four five six seven eight nine ten breaking news`
    .split(/\s+/)
    .filter(Boolean),
);
