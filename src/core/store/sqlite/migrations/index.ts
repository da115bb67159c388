/** A versioned schema migration: applied once, in order, inside a transaction. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * The SQLite schema history. Never edit a migration that has shipped: add the next one.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, stage fields, full-text index, rejections',
    sql: `
      CREATE TABLE articles (
        rowid        INTEGER PRIMARY KEY,
        id           TEXT NOT NULL UNIQUE,
        external_id  TEXT,
        url          TEXT,
        outlet       TEXT,
        title        TEXT,
        author       TEXT,
        published    TEXT,
        language     TEXT,
        format       TEXT NOT NULL,
        raw          TEXT NOT NULL,
        body         TEXT NOT NULL,
        metadata     TEXT NOT NULL DEFAULT '{}',
        origin       TEXT NOT NULL DEFAULT '{}',
        trace        TEXT NOT NULL DEFAULT '[]',
        ingested_at  TEXT NOT NULL
      );
      CREATE INDEX articles_external_id ON articles(external_id);
      CREATE INDEX articles_outlet ON articles(outlet, published);
      CREATE INDEX articles_published ON articles(published);

      -- One row per article and stage: the stage's output and the version that produced it, so that
      -- articles processed by an older version can be found and re-processed.
      CREATE TABLE article_stages (
        article_rowid INTEGER NOT NULL REFERENCES articles(rowid) ON DELETE CASCADE,
        stage         TEXT NOT NULL,
        version       INTEGER NOT NULL,
        data          TEXT NOT NULL,
        PRIMARY KEY (article_rowid, stage)
      ) WITHOUT ROWID;
      CREATE INDEX article_stages_version ON article_stages(stage, version);

      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, body, content='articles', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
      );

      CREATE TABLE rejections (
        rowid       INTEGER PRIMARY KEY,
        reason      TEXT NOT NULL,
        detail      TEXT NOT NULL,
        file        TEXT,
        line        INTEGER,
        external_id TEXT,
        at          TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'feeds polled by storyline watch',
    sql: `
      -- One row per feed: the FeedPoller's state between polls (sources/feed-state-store.ts). Times
      -- are milliseconds since the epoch; seen_item_ids and last_error are JSON.
      CREATE TABLE feeds (
        url            TEXT PRIMARY KEY,
        etag           TEXT,
        last_modified  TEXT,
        last_polled_at INTEGER,
        seen_item_ids  TEXT NOT NULL DEFAULT '[]',
        failures       INTEGER NOT NULL DEFAULT 0,
        next_poll_at   INTEGER NOT NULL,
        last_error     TEXT,
        added_at       TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX feeds_next_poll_at ON feeds(next_poll_at, url);
    `,
  },
  {
    version: 3,
    name: 'resolved corpus entities, their mentions, roles, links and analyst overrides',
    sql: `
      -- The resolution the resolve-entities corpus step writes (replaced whole on each run). Article
      -- ids are the articles' text ids, so filters by outlet and date are joins on articles.
      CREATE TABLE entities (
        id        TEXT PRIMARY KEY,
        name      TEXT NOT NULL,
        type      TEXT NOT NULL,
        articles  INTEGER NOT NULL,
        mentions  INTEGER NOT NULL,
        outlets   INTEGER NOT NULL,
        data      TEXT NOT NULL DEFAULT '{}'
      ) WITHOUT ROWID;
      -- The unfiltered list ranks by these stored counts without grouping every mention row.
      CREATE INDEX entities_rank ON entities(articles DESC, mentions DESC, name);
      CREATE INDEX entities_type ON entities(type, articles DESC, mentions DESC, name);

      -- One row per entity, article and alias: how many mentions used the alias there. alias_key is
      -- the alias folded to Latin name keys, so any spelling or script finds the entity.
      CREATE TABLE entity_mentions (
        entity_id  TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL,
        alias      TEXT NOT NULL,
        alias_key  TEXT NOT NULL,
        count      INTEGER NOT NULL,
        PRIMARY KEY (entity_id, article_id, alias)
      ) WITHOUT ROWID;
      CREATE INDEX entity_mentions_article ON entity_mentions(article_id, entity_id);
      CREATE INDEX entity_mentions_key ON entity_mentions(alias_key);

      -- The article-level entities each resolved entity is made of: what keeps ids stable.
      CREATE TABLE entity_members (
        entity_id  TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL,
        member     TEXT NOT NULL,
        PRIMARY KEY (entity_id, article_id, member)
      ) WITHOUT ROWID;

      -- Roles seen with an entity, per article; the article gives the date and outlet.
      CREATE TABLE entity_roles (
        entity_id  TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        role       TEXT NOT NULL,
        article_id TEXT NOT NULL,
        PRIMARY KEY (entity_id, role, article_id)
      ) WITHOUT ROWID;

      CREATE TABLE entity_links (
        from_id  TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        to_id    TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        kind     TEXT NOT NULL,
        evidence TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (from_id, to_id, kind)
      ) WITHOUT ROWID;
      CREATE INDEX entity_links_to ON entity_links(to_id);

      -- Analyst overrides (merge, split, alias) as JSON, applied in order on every resolution; never
      -- touched by the step, so they survive re-runs and re-ingest.
      CREATE TABLE entity_overrides (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        data       TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'near-duplicates, events and stories',
    sql: `
      -- The duplicate detector's records (corpus/duplicates): MinHash signature as a BLOB.
      CREATE TABLE duplicate_records (
        id            TEXT PRIMARY KEY,
        ordinal       INTEGER NOT NULL UNIQUE,
        signature     BLOB NOT NULL,
        shingles      INTEGER NOT NULL,
        grp           TEXT NOT NULL,
        duplicate_of  TEXT,
        jaccard       REAL,
        containment   REAL
      ) WITHOUT ROWID;
      CREATE INDEX duplicate_records_group ON duplicate_records(grp);

      -- The clusterer's records (corpus/stories): one row per clustered article, event and story;
      -- vectors as BLOBs, the rest as JSON. Ids never change once given.
      CREATE TABLE story_articles (
        id           TEXT PRIMARY KEY,
        ordinal      INTEGER NOT NULL UNIQUE,
        event_id     TEXT NOT NULL,
        story_id     TEXT NOT NULL,
        duplicate_of TEXT,
        features     BLOB NOT NULL,
        weights      BLOB NOT NULL,
        data         TEXT NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX story_articles_event ON story_articles(event_id);
      CREATE INDEX story_articles_story ON story_articles(story_id);

      CREATE TABLE story_events (
        id               TEXT PRIMARY KEY,
        story_id         TEXT NOT NULL,
        centroid_ids     BLOB NOT NULL,
        centroid_weights BLOB NOT NULL,
        data             TEXT NOT NULL
      ) WITHOUT ROWID;

      CREATE TABLE stories (
        id      TEXT PRIMARY KEY,
        data    TEXT NOT NULL,
        -- Label, dates, outlets, sources, top entities and summary, recomputed when the story changes.
        summary TEXT
      ) WITHOUT ROWID;

      CREATE TABLE story_overrides (
        seq  INTEGER PRIMARY KEY AUTOINCREMENT,
        data TEXT NOT NULL
      );

      -- Counters and sketches of the clusterer (one row), saved at each checkpoint.
      CREATE TABLE story_counters (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        articles   INTEGER NOT NULL,
        next_event INTEGER NOT NULL,
        next_story INTEGER NOT NULL,
        df         BLOB NOT NULL,
        df_width   INTEGER NOT NULL,
        df_depth   INTEGER NOT NULL,
        paragraphs BLOB NOT NULL,
        par_width  INTEGER NOT NULL,
        par_depth  INTEGER NOT NULL
      );
    `,
  },
  {
    version: 5,
    name: 'statement ledger: statements, their reports, articles read',
    sql: `
      -- One row per statement: the wording shown and the speaker; reports hold everything else.
      CREATE TABLE statements (
        id           TEXT PRIMARY KEY,
        text         TEXT NOT NULL,
        speaker_name TEXT
      ) WITHOUT ROWID;

      -- One row per quote that reports a statement. Outlet and published are copied from the
      -- article so lists filter without a join; date is when the words were said (stated in the
      -- text, else the publication day, date_source says which).
      CREATE TABLE statement_reports (
        statement_id     TEXT NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        article_id       TEXT NOT NULL,
        quote_index      INTEGER NOT NULL,
        outlet           TEXT,
        cue              TEXT,
        kind             TEXT NOT NULL,
        form             TEXT,
        published        TEXT,
        date             TEXT,
        date_source      TEXT NOT NULL,
        date_text        TEXT,
        speaker_name     TEXT,
        speaker_entity   TEXT,
        speaker_resolved TEXT,
        speaker_key      TEXT,
        text             TEXT NOT NULL,
        start            INTEGER NOT NULL,
        "end"            INTEGER NOT NULL,
        PRIMARY KEY (article_id, quote_index)
      ) WITHOUT ROWID;
      CREATE INDEX statement_reports_statement ON statement_reports(statement_id);
      CREATE INDEX statement_reports_speaker ON statement_reports(speaker_key);
      CREATE INDEX statement_reports_resolved ON statement_reports(speaker_resolved);

      -- Articles the ledger has read (with or without quotes): the rest are caught up on the next run.
      CREATE TABLE statement_articles (
        article_id TEXT PRIMARY KEY
      ) WITHOUT ROWID;
    `,
  },
];
