import type { QuoteSketch } from './quote-keys.js';
import type { CountMinSketch } from './count-min-sketch.js';

/** Why an article went where it went: shown to analysts next to the assignment. */
export interface AssignmentReason {
  /**
   * `duplicate`: copies an earlier article and joins its event; `similar`: scored above the threshold; `new`: nothing did;
   * `override`: an analyst put it there; `review`: the periodic review moved it (`eventScore` is its centroid score with
   * the event it joined, `runnerUp` the event it left and its score there); `cross-lingual`: nothing in its own
   * language scored above the threshold, and an event in another language shares the people, organisations and
   * places it names, at a close time (see `crossLingual`).
   */
  kind: 'duplicate' | 'similar' | 'new' | 'override' | 'review' | 'cross-lingual';
  /** The winning event score (0..1), or the best score found when a new event was opened. */
  eventScore: number;
  eventThreshold: number;
  /** The story score when the article opened a new event (it then joins the best story above its threshold). */
  storyScore: number | null;
  storyThreshold: number;
  /** The most similar earlier article in the chosen (or best) event. */
  bestMatch: { article: string; similarity: number; daysApart: number | null } | null;
  /** Features shared with `bestMatch`, highest contribution first. */
  sharedTerms: string[];
  sharedEntities: string[];
  sharedPlaces: string[];
  sharedDates: string[];
  /**
   * The article's quotes whose words members of the chosen (or, for a new event, the best) event also
   * quote (the first words of each; see `ClusterOptions.quotes`). Absent in reasons recorded before it
   * was kept.
   */
  sharedQuotes?: string[];
  /** The second-best event and its score, to show how close the call was. */
  runnerUp: { event: string; score: number } | null;
  duplicateOf: string | null;
  /**
   * The time the article was scored by (ISO days): its publication day, or, for an undated article, the
   * whole of the latest year its text states (`inferred` true, `source` `text-year`). Null when nothing
   * gave one; absent in reasons recorded before it was kept.
   */
  time?: { from: string; to: string; inferred: boolean; source: 'published' | 'text-year' } | null;
  /**
   * The best event in another language by the language-independent signals (when one was scored): the
   * resolved entity ids it shares with the article, their share of the article's weight (`coverage`),
   * the time decay, and `score` = coverage × decay; `joined` says whether it reached the threshold.
   */
  crossLingual?: { event: string; shared: string[]; coverage: number; decay: number; score: number; joined: 'event' | 'story' | null };
  /**
   * Set when the article joined an event far from it in time by the names of people it shares with it:
   * the time decay fell below `floor` (the event level's `namedFloor`) and was held there because they name
   * the same `people`; `daysApart` is the distance to the event's nearest day.
   */
  named?: { people: string[]; floor: number; daysApart: number | null };
}

/** One clustered article: plain data (typed arrays as BLOBs). */
export interface ArticleRecord {
  id: string;
  ordinal: number;
  /** Publication day (days since 1970-01-01 UTC), or null. */
  day: number | null;
  /** The day range the article is about (publication day, else dates in its text), or null. */
  timeFrom: number | null;
  timeTo: number | null;
  /** True when the time is the publication day; false when it was read from dates in the text (weaker evidence). */
  timeExact: boolean;
  outlet: string | null;
  event: string;
  story: string;
  /** Hashed feature ids of the weighted vector (top features only) and their L2-normalised weights. */
  features: Int32Array;
  weights: Float32Array;
  duplicateOf: string | null;
  /** Set by an analyst override: periodic review never moves a pinned article. */
  pinned: boolean;
  reason: AssignmentReason;
  /** Language of the text, when known (absent in records written before it was kept). */
  language?: string | null;
  /** Language-independent entity ids (see `ClusterArticle.refs`). */
  refs?: string[];
  /**
   * The people the article names among its top features (`e:` keys without the prefix, as the entity stage
   * typed them PERSON): a pair far apart in time keeps a higher decay floor only when it shares one (see
   * `LevelOptions.namedFloor`). Absent in records written before it was kept and when it names no person.
   */
  people?: string[];
  /** Sketches of the words it quotes (see `ClusterOptions.quotes`); absent when it quotes none. */
  quotes?: QuoteSketch[];
}

/** A dated event: articles about one happening. */
export interface EventRecord {
  id: string;
  story: string;
  /** Member article ids in arrival order. */
  articles: string[];
  firstDay: number | null;
  lastDay: number | null;
  /** False when some member's time came from dates in its text rather than its publication day. */
  timeExact: boolean;
  /** Set when the event was merged into another (the id stays resolvable). */
  mergedInto: string | null;
  /** Set when an analyst merged, split or moved it: review leaves it alone. */
  pinned: boolean;
  /** The event this one was split from by review (review never merges the two back). */
  splitFrom: string | null;
  /** Sum of the member vectors, truncated to the heaviest features (sorted by feature id). */
  centroid: SparseVector;
}

/** A sparse vector over hashed feature ids, ids ascending. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float32Array;
}

/** A story: events that belong together over time. */
export interface StoryRecord {
  id: string;
  events: string[];
  /** Articles in the story's events. */
  size: number;
  firstDay: number | null;
  lastDay: number | null;
  mergedInto: string | null;
  pinned: boolean;
}

/** An analyst's correction, kept so that it can be shown and replayed. */
export type Override =
  | { kind: 'move-article'; article: string; toEvent: string; at: number }
  | { kind: 'merge-events'; into: string; from: string; at: number }
  | { kind: 'split-event'; event: string; articles: string[]; newEvent: string; at: number }
  | { kind: 'move-event'; event: string; toStory: string; at: number }
  | { kind: 'merge-stories'; into: string; from: string; at: number };

/** Counters and sketches that are not per record. */
export interface ClusterCounters {
  /** Articles seen (also the next article ordinal). */
  articles: number;
  nextEvent: number;
  nextStory: number;
  /** Document frequencies of hashed features. */
  df: CountMinSketch;
  /** How many original articles each normalised paragraph appeared in (site boilerplate detection). */
  paragraphs: CountMinSketch;
}

/** Everything the clusterer needs to resume: what a store persists. */
export interface StorySnapshot {
  articles: ArticleRecord[];
  events: EventRecord[];
  stories: StoryRecord[];
  overrides: Override[];
  /** Null when the counters were never checkpointed: they are then rebuilt, approximately, from the records. */
  counters: ClusterCounters | null;
}

/**
 * Where clustering state lives. The clusterer writes every changed record as it goes and the counters
 * at `checkpoint()`; `load` is read once at start.
 */
export interface StoryStore {
  load(): StorySnapshot | null;
  saveArticle(record: ArticleRecord): void;
  saveEvent(record: EventRecord): void;
  saveStory(record: StoryRecord): void;
  saveOverride(override: Override): void;
  saveCounters(counters: ClusterCounters): void;
}

/** A store in memory, for tests, evaluation and benches. Records are kept by reference. */
export class MemoryStoryStore implements StoryStore {
  readonly articles = new Map<string, ArticleRecord>();
  readonly events = new Map<string, EventRecord>();
  readonly stories = new Map<string, StoryRecord>();
  readonly overrides: Override[] = [];
  counters: ClusterCounters | null = null;

  load(): StorySnapshot | null {
    if (!this.counters && this.articles.size === 0) return null;
    return {
      articles: [...this.articles.values()].sort((a, b) => a.ordinal - b.ordinal),
      events: [...this.events.values()],
      stories: [...this.stories.values()],
      overrides: [...this.overrides],
      counters: this.counters,
    };
  }
  saveArticle(record: ArticleRecord): void {
    this.articles.set(record.id, record);
  }
  saveEvent(record: EventRecord): void {
    this.events.set(record.id, record);
  }
  saveStory(record: StoryRecord): void {
    this.stories.set(record.id, record);
  }
  saveOverride(override: Override): void {
    this.overrides.push(override);
  }
  saveCounters(counters: ClusterCounters): void {
    this.counters = counters;
  }
}
