/**
 * Schema migrations, applied in order on open; PRAGMA user_version records the last one applied.
 * Append new migrations; never edit one that has shipped.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: the first schema
  `
  CREATE TABLE feeds (
    url TEXT PRIMARY KEY,
    state TEXT NOT NULL,            -- JSON FeedState (src/feeds): failures, backoff, etag…
    updated_at TEXT NOT NULL
  );

  CREATE TABLE seen_items (
    feed_url TEXT NOT NULL,
    item_id TEXT NOT NULL,
    link TEXT,                      -- canonical link, to recognise an item whose guid changed
    title_key TEXT,                 -- normalised title, same purpose, within a few days
    status TEXT NOT NULL,           -- unmatched | processed | skipped-old | failed
    attempts INTEGER NOT NULL DEFAULT 0,
    first_seen_at TEXT NOT NULL,
    PRIMARY KEY (feed_url, item_id)
  );
  CREATE INDEX seen_items_link ON seen_items (feed_url, link);
  CREATE INDEX seen_items_title ON seen_items (feed_url, title_key);
  CREATE INDEX seen_items_age ON seen_items (first_seen_at);

  CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,       -- canonical URL
    outlet TEXT,
    title TEXT,
    published TEXT,
    wire TEXT,                      -- wire agency credited, when any
    source_key TEXT NOT NULL,       -- independence: wire, syndication cluster or outlet
    content_hash TEXT NOT NULL,
    simhash TEXT NOT NULL,          -- 64-bit hex SimHash of the main text
    topics TEXT NOT NULL,           -- JSON TopicMatch[]
    fetched_at TEXT NOT NULL
  );
  -- Four 16-bit bands: two SimHashes within 3 bits share at least one band exactly.
  CREATE INDEX articles_band0 ON articles (substr(simhash, 1, 4));
  CREATE INDEX articles_band1 ON articles (substr(simhash, 5, 4));
  CREATE INDEX articles_band2 ON articles (substr(simhash, 9, 4));
  CREATE INDEX articles_band3 ON articles (substr(simhash, 13, 4));

  CREATE TABLE claims (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    metric TEXT NOT NULL,
    subject TEXT NOT NULL,
    period TEXT,                    -- NULL when unknown (see docs/adr/001-figure-periods.md)
    unit TEXT NOT NULL,
    figure TEXT NOT NULL,           -- JSON Figure as extracted
    lo REAL NOT NULL,               -- the claim as an interval (src/findings/interval.ts)
    hi REAL NOT NULL,
    source_key TEXT NOT NULL,
    published TEXT,
    superseded INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
  );
  CREATE INDEX claims_key ON claims (metric, subject, period, unit) WHERE superseded = 0;
  CREATE INDEX claims_series ON claims (metric, subject, unit, published) WHERE superseded = 0;
  CREATE INDEX claims_article ON claims (article_id);

  CREATE TABLE findings (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    claim_id INTEGER NOT NULL REFERENCES claims(id),
    against_id INTEGER REFERENCES claims(id),
    previous_id INTEGER REFERENCES claims(id),
    created_at TEXT NOT NULL
  );
  CREATE INDEX findings_claim ON findings (claim_id);

  CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,   -- delivery order per target, and the message nonce's seed
    target TEXT NOT NULL,           -- "webhook:<id>", "channel:<id>" or "console"
    notices TEXT NOT NULL,          -- JSON Notice[]: one message's worth
    feed_health TEXT,               -- JSON FeedHealthEvent, for feed failing/recovered messages
    status TEXT NOT NULL DEFAULT 'pending',   -- pending | sent | failed (Discord refused the payload)
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_error TEXT,
    message_id TEXT,
    created_at TEXT NOT NULL,
    sent_at TEXT
  );
  CREATE INDEX outbox_pending ON outbox (target, id) WHERE status = 'pending';

  CREATE TABLE targets (
    target TEXT PRIMARY KEY,
    error TEXT NOT NULL,
    code INTEGER NOT NULL,
    since TEXT NOT NULL,
    checked_at TEXT NOT NULL
  );

  CREATE TABLE watch_keywords (
    topic TEXT NOT NULL,
    keyword TEXT NOT NULL,
    added_by TEXT,
    added_at TEXT NOT NULL,
    PRIMARY KEY (topic, keyword)
  );
  `,

  // 2: series (the metric a claim is filed under: a directed flow's imports are its exports) and growth_of
  // (growth of exports is not growth of turnover) make the key; context claims (targets, rates, unknown
  // periods, stray readings, restatements) are kept but never compared; claims_key serves a key's per-source
  // positions, claims_recent the previous period and copy candidates (docs/adr/002-claim-comparison.md).
  `
  ALTER TABLE claims ADD COLUMN series TEXT NOT NULL DEFAULT '';
  ALTER TABLE claims ADD COLUMN growth_of TEXT NOT NULL DEFAULT '';
  ALTER TABLE claims ADD COLUMN context TEXT;
  UPDATE claims SET
    series = CASE WHEN metric = 'imports' AND subject LIKE '%>%' THEN 'exports' ELSE metric END,
    growth_of = CASE WHEN json_extract(figure, '$.growthOf') = 'imports' AND subject LIKE '%>%' THEN 'exports'
      ELSE coalesce(json_extract(figure, '$.growthOf'), '') END,
    context = coalesce(json_extract(figure, '$.modality'),
      CASE WHEN period IS NULL AND json_extract(figure, '$.periodBasis') <> 'none' THEN 'unknown_period' END);
  DROP INDEX claims_key;
  DROP INDEX claims_series;
  CREATE INDEX claims_key ON claims (series, subject, unit, growth_of, period, source_key, published DESC, article_id DESC)
    WHERE superseded = 0 AND context IS NULL;
  CREATE INDEX claims_recent ON claims (series, subject, unit, growth_of, period, published)
    WHERE superseded = 0 AND context IS NULL;
  CREATE INDEX claims_latest ON claims (published) WHERE superseded = 0;
  `,

  // 3: each source's position on a key (the claims of its latest live article there) is flagged at write
  // time instead of ranked at read time: a comparison on a key with thousands of claims reads one row per
  // source (claim-store.ts refreshPosition; docs/adr/002-claim-comparison.md).
  `
  ALTER TABLE claims ADD COLUMN latest INTEGER NOT NULL DEFAULT 0;
  UPDATE claims SET latest = 1 WHERE id IN (
    SELECT id FROM (
      SELECT id, dense_rank() OVER (PARTITION BY series, subject, unit, growth_of, period, source_key
        ORDER BY published DESC, article_id DESC) AS rank
      FROM claims WHERE superseded = 0 AND context IS NULL)
    WHERE rank = 1);
  CREATE INDEX claims_position ON claims (series, subject, unit, growth_of, period)
    WHERE superseded = 0 AND context IS NULL AND latest = 1;
  `,

  // 4: a comparison reads each position's source, article, interval, value, period basis and publication
  // straight off claims_position (no claims row, no JSON, no article) and loads in full only the few
  // positions that can decide it (relevant-positions.ts): on a key with hundreds of sources that was ~6 ms
  // a claim. A key's rows are held by id (ledger order, no sort), and the index also holds the columns of
  // its own WHERE: SQLite counts an index as covering only if it has every column the query names.
  // figure_value (open-store.ts) is JSON.parse's reading of the number, the one comparisons see.
  `
  ALTER TABLE claims ADD COLUMN value REAL;
  ALTER TABLE claims ADD COLUMN period_basis TEXT;
  UPDATE claims SET value = figure_value(figure), period_basis = json_extract(figure, '$.periodBasis');
  DROP INDEX claims_position;
  CREATE INDEX claims_position ON claims (series, subject, unit, growth_of, period, id, source_key, article_id, lo, hi, value,
    period_basis, published, superseded, context, latest)
    WHERE superseded = 0 AND context IS NULL AND latest = 1;
  `,
];
