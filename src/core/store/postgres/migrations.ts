import type { Migration } from '../sqlite/migrations/index.js';
import { FOLD_SQL } from './pg-fold.js';

/**
 * Text columns compare byte-wise (the "C" collation), as SQLite's BINARY does, so that ordering by
 * names, ids and ISO dates is the same on both adapters whatever the database's default collation.
 */
const T = 'TEXT COLLATE "C"';

/** Characters of the body and the title that the full-text column indexes (see migration 1). */
export const FTS_BODY_CHARS = 300_000;
export const FTS_TITLE_CHARS = 10_000;

/**
 * The PostgreSQL schema history: the same versions as the SQLite one (sqlite/migrations), table for
 * table, so that a version number means the same schema on both. Never edit a migration that has
 * shipped: add the next one (to both adapters).
 */
export const PG_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, stage fields, full-text index, rejections',
    sql: `
      -- Folds Latin diacritics as SQLite's FTS5 tokenizer does (pg-fold.ts); immutable, so the
      -- generated full-text column can use it.
      CREATE FUNCTION storyline_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        AS $fold$ SELECT ${FOLD_SQL} $fold$;

      CREATE TABLE articles (
        seq          BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
        id           ${T} PRIMARY KEY,
        external_id  ${T},
        url          ${T},
        outlet       ${T},
        title        ${T},
        author       ${T},
        published    ${T},
        language     ${T},
        format       ${T} NOT NULL,
        raw          ${T} NOT NULL,
        body         ${T} NOT NULL,
        metadata     ${T} NOT NULL DEFAULT '{}',
        origin       ${T} NOT NULL DEFAULT '{}',
        trace        ${T} NOT NULL DEFAULT '[]',
        ingested_at  ${T} NOT NULL,
        -- Title weighs A, body B; 'simple' lower-cases without stemming, because the corpus mixes
        -- languages (English, Ukrainian, Russian…) and one language's stemmer would damage the others.
        -- A tsvector holds at most 1 MB: the first ${FTS_BODY_CHARS} characters of the body are
        -- indexed (under 1 MB even when every word differs), so no article is too long to store.
        fts          tsvector GENERATED ALWAYS AS (
                       setweight(to_tsvector('simple', storyline_fold(left(coalesce(title, ''), ${FTS_TITLE_CHARS}))), 'A') ||
                       setweight(to_tsvector('simple', storyline_fold(left(body, ${FTS_BODY_CHARS}))), 'B')) STORED
      );
      CREATE INDEX articles_external_id ON articles(external_id);
      CREATE INDEX articles_outlet ON articles(outlet, published);
      CREATE INDEX articles_published ON articles(published);
      CREATE INDEX articles_fts ON articles USING GIN (fts);

      -- One row per article and stage: the stage's output and the version that produced it.
      CREATE TABLE article_stages (
        article_seq BIGINT NOT NULL REFERENCES articles(seq) ON DELETE CASCADE,
        stage       ${T} NOT NULL,
        version     INTEGER NOT NULL,
        data        ${T} NOT NULL,
        PRIMARY KEY (article_seq, stage)
      );
      CREATE INDEX article_stages_version ON article_stages(stage, version);

      CREATE TABLE rejections (
        seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        reason      ${T} NOT NULL,
        detail      ${T} NOT NULL,
        file        ${T},
        line        INTEGER,
        external_id ${T},
        at          ${T} NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'feeds polled by storyline watch',
    sql: `
      CREATE TABLE feeds (
        url            ${T} PRIMARY KEY,
        etag           ${T},
        last_modified  ${T},
        last_polled_at BIGINT,
        seen_item_ids  ${T} NOT NULL DEFAULT '[]',
        failures       INTEGER NOT NULL DEFAULT 0,
        next_poll_at   BIGINT NOT NULL,
        last_error     ${T},
        added_at       ${T} NOT NULL
      );
      CREATE INDEX feeds_next_poll_at ON feeds(next_poll_at, url);
    `,
  },
  {
    version: 3,
    name: 'resolved corpus entities, their mentions, roles, links and analyst overrides',
    sql: `
      CREATE TABLE entities (
        id        ${T} PRIMARY KEY,
        name      ${T} NOT NULL,
        type      ${T} NOT NULL,
        articles  INTEGER NOT NULL,
        mentions  INTEGER NOT NULL,
        outlets   INTEGER NOT NULL,
        data      ${T} NOT NULL DEFAULT '{}'
      );
      CREATE INDEX entities_rank ON entities(articles DESC, mentions DESC, name);
      CREATE INDEX entities_type ON entities(type, articles DESC, mentions DESC, name);

      CREATE TABLE entity_mentions (
        entity_id  ${T} NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        article_id ${T} NOT NULL,
        alias      ${T} NOT NULL,
        alias_key  ${T} NOT NULL,
        count      INTEGER NOT NULL,
        PRIMARY KEY (entity_id, article_id, alias)
      );
      CREATE INDEX entity_mentions_article ON entity_mentions(article_id, entity_id);
      CREATE INDEX entity_mentions_key ON entity_mentions(alias_key);

      CREATE TABLE entity_members (
        entity_id  ${T} NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        article_id ${T} NOT NULL,
        member     ${T} NOT NULL,
        PRIMARY KEY (entity_id, article_id, member)
      );

      CREATE TABLE entity_roles (
        entity_id  ${T} NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        role       ${T} NOT NULL,
        article_id ${T} NOT NULL,
        PRIMARY KEY (entity_id, role, article_id)
      );

      CREATE TABLE entity_links (
        from_id  ${T} NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        to_id    ${T} NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        kind     ${T} NOT NULL,
        evidence ${T} NOT NULL DEFAULT '[]',
        PRIMARY KEY (from_id, to_id, kind)
      );
      CREATE INDEX entity_links_to ON entity_links(to_id);

      CREATE TABLE entity_overrides (
        seq        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        data       ${T} NOT NULL,
        created_at ${T} NOT NULL
      );
    `,
  },
  {
    version: 4,
    name: 'near-duplicates, events and stories',
    sql: `
      CREATE TABLE duplicate_records (
        id            ${T} PRIMARY KEY,
        ordinal       INTEGER NOT NULL UNIQUE,
        signature     BYTEA NOT NULL,
        shingles      INTEGER NOT NULL,
        grp           ${T} NOT NULL,
        duplicate_of  ${T},
        jaccard       DOUBLE PRECISION,
        containment   DOUBLE PRECISION
      );
      CREATE INDEX duplicate_records_group ON duplicate_records(grp);

      CREATE TABLE story_articles (
        id           ${T} PRIMARY KEY,
        ordinal      INTEGER NOT NULL UNIQUE,
        event_id     ${T} NOT NULL,
        story_id     ${T} NOT NULL,
        duplicate_of ${T},
        features     BYTEA NOT NULL,
        weights      BYTEA NOT NULL,
        data         ${T} NOT NULL
      );
      CREATE INDEX story_articles_event ON story_articles(event_id);
      CREATE INDEX story_articles_story ON story_articles(story_id);

      CREATE TABLE story_events (
        id               ${T} PRIMARY KEY,
        story_id         ${T} NOT NULL,
        centroid_ids     BYTEA NOT NULL,
        centroid_weights BYTEA NOT NULL,
        data             ${T} NOT NULL
      );

      CREATE TABLE stories (
        id      ${T} PRIMARY KEY,
        data    ${T} NOT NULL,
        summary ${T}
      );

      CREATE TABLE story_overrides (
        seq  BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        data ${T} NOT NULL
      );

      CREATE TABLE story_counters (
        id         INTEGER PRIMARY KEY CHECK (id = 1),
        articles   INTEGER NOT NULL,
        next_event INTEGER NOT NULL,
        next_story INTEGER NOT NULL,
        df         BYTEA NOT NULL,
        df_width   INTEGER NOT NULL,
        df_depth   INTEGER NOT NULL,
        paragraphs BYTEA NOT NULL,
        par_width  INTEGER NOT NULL,
        par_depth  INTEGER NOT NULL
      );
    `,
  },
  {
    version: 5,
    name: 'statement ledger: statements, their reports, articles read',
    sql: `
      CREATE TABLE statements (
        id           ${T} PRIMARY KEY,
        text         ${T} NOT NULL,
        speaker_name ${T}
      );

      CREATE TABLE statement_reports (
        statement_id     ${T} NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
        article_id       ${T} NOT NULL,
        quote_index      INTEGER NOT NULL,
        outlet           ${T},
        cue              ${T},
        kind             ${T} NOT NULL,
        form             ${T},
        published        ${T},
        date             ${T},
        date_source      ${T} NOT NULL,
        date_text        ${T},
        speaker_name     ${T},
        speaker_entity   ${T},
        speaker_resolved ${T},
        speaker_key      ${T},
        text             ${T} NOT NULL,
        start            INTEGER NOT NULL,
        "end"            INTEGER NOT NULL,
        PRIMARY KEY (article_id, quote_index)
      );
      CREATE INDEX statement_reports_statement ON statement_reports(statement_id);
      CREATE INDEX statement_reports_speaker ON statement_reports(speaker_key);
      CREATE INDEX statement_reports_resolved ON statement_reports(speaker_resolved);

      CREATE TABLE statement_articles (
        article_id ${T} PRIMARY KEY
      );
    `,
  },
];
