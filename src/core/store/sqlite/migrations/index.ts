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
];
