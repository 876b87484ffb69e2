/**
 * Fills a ledger with synthetic claims fast, for the ledger bench. Real rows first: our labelled
 * passages go through Ledger.recordArticle (so every column is what the current schema and code
 * write), then those rows are the templates of a bulk copy in one transaction, one prepared
 * statement, with the key varied: subject (a quarter RU-AZ, the rest spread over 60 pairs), period
 * (mostly recent years, some quarters and months), outlet (400) and article (one per ten claims).
 * Generic over the column list (PRAGMA table_info), so a migration that adds columns keeps it working.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SQLInputValue } from 'node:sqlite';
import { extractFigures } from '../../src/figures/index.ts';
import type { Ledger, NoticePolicy } from '../../src/ledger/index.ts';
import type { Figure } from '../../src/model/index.ts';
import { seeded } from './synthetic-feed.ts';

type Row = Record<string, SQLInputValue>;

const LABELLED = fileURLToPath(new URL('../../tests/fixtures/figures/labelled/', import.meta.url));
const COUNTRIES = ['RU', 'AZ', 'AM', 'GE', 'TR', 'IR', 'KZ', 'UZ', 'TM', 'BY', 'UA', 'CN', 'IN', 'DE', 'IT', 'US'];

export const NO_NOTICES: NoticePolicy = { topicFor: () => null, route: () => 'console' };

/** Figures our engine reads from the labelled passages, with each passage's date: realistic claims. */
export function labelledFigures(): { figures: Figure[]; published: string; text: string }[] {
  return readdirSync(LABELLED)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(LABELLED, f), 'utf8');
      const meta = JSON.parse(readFileSync(join(LABELLED, f.replace(/\.txt$/, '.figures.json')), 'utf8')) as { published?: string };
      const published = meta.published ?? '2024-06-01';
      return { figures: extractFigures(text, { published }), published, text };
    });
}

/** Records the labelled passages as articles: the template rows of the bulk fill. */
export function seedLedger(ledger: Ledger, now: Date): number {
  let figures = 0;
  labelledFigures().forEach((entry, i) => {
    ledger.recordArticle(
      { item: null, url: `https://seed.example/${i}`, outlet: `Seed ${i % 7}`, title: `Seed ${i}`, published: entry.published, text: entry.text, figures: entry.figures, topics: [] },
      NO_NOTICES,
      now,
    );
    figures += entry.figures.length;
  });
  return figures;
}

export function subjectAt(random: () => number): string {
  const r = random();
  if (r < 0.25) return 'RU-AZ';
  if (r < 0.3) return 'RU>AZ';
  if (r < 0.35) return 'AZ>RU';
  const a = COUNTRIES[Math.floor(random() * COUNTRIES.length)]!;
  const b = COUNTRIES[Math.floor(random() * COUNTRIES.length)]!;
  return a === b ? `${a}-CASPIAN` : `${a}-${b}`;
}

export function periodAt(random: () => number): string | null {
  const r = random();
  const year = 2025 - Math.floor(26 * random() ** 2);
  if (r < 0.6) return String(year);
  if (r < 0.8) return `${year}-Q${1 + Math.floor(random() * 4)}`;
  if (r < 0.95) return `${year}-${String(1 + Math.floor(random() * 12)).padStart(2, '0')}`;
  return null;
}

function columnsOf(ledger: Ledger, table: string): string[] {
  return (ledger.db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name).filter((c) => c !== 'id');
}

function insertStatement(ledger: Ledger, table: string, columns: string[]) {
  return ledger.db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `:${c}`).join(', ')})`);
}

function pick(row: Row, columns: string[]): Row {
  return Object.fromEntries(columns.map((c) => [c, row[c] ?? null]));
}

/** Bulk-adds articles and claims until the ledger holds `claims` claims; returns the seconds it took. */
export function fillLedger(ledger: Ledger, claims: number, now: Date): { claimsSeconds: number; articlesSeconds: number; articles: number } {
  const random = seeded(2024);
  const articleColumns = columnsOf(ledger, 'articles');
  const claimColumns = columnsOf(ledger, 'claims');
  const articleTemplate = ledger.db.prepare('SELECT * FROM articles LIMIT 1').get() as Row;
  const claimTemplates = (ledger.db.prepare('SELECT * FROM claims WHERE superseded = 0').all() as Row[]).map((row) => ({ row, figure: JSON.parse(String(row.figure)) as Figure }));
  const articleCount = Math.ceil(claims / 10);
  const firstArticle = Number((ledger.db.prepare('SELECT max(id) AS id FROM articles').get() as { id: number }).id) + 1;
  const existing = Number((ledger.db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n);

  // A big page cache for the copy only: random-order index inserts would otherwise spill pages to the
  // WAL over and over. Restored afterwards, so the probes run with the store's own settings.
  const cacheSize = (ledger.db.prepare('PRAGMA cache_size').get() as { cache_size: number }).cache_size;
  ledger.db.exec('PRAGMA cache_size = -524288');
  const started = performance.now();
  ledger.db.exec('BEGIN');
  const addArticle = insertStatement(ledger, 'articles', articleColumns);
  const articlePublished = (i: number): string => `${2015 + (i % 11)}-06-01`;
  for (let i = 0; i < articleCount; i++) {
    const simhash = Array.from({ length: 4 }, () => Math.floor(random() * 65536).toString(16).padStart(4, '0')).join('');
    addArticle.run(pick({ ...articleTemplate, url: `https://bulk.example/${i}`, simhash, content_hash: `${i}`, source_key: `outlet:o${i % 400}`, outlet: `Outlet ${i % 400}`, published: articlePublished(i) }, articleColumns));
  }
  ledger.db.exec('COMMIT');
  const articlesSeconds = (performance.now() - started) / 1000;

  const claimsStarted = performance.now();
  ledger.db.exec('BEGIN');
  const addClaim = insertStatement(ledger, 'claims', claimColumns);
  for (let n = existing; n < claims; n++) {
    const template = claimTemplates[n % claimTemplates.length]!;
    const subject = subjectAt(random);
    const period = periodAt(random);
    const articleOffset = Math.floor(random() * articleCount);
    // A claim is published with its article, as ClaimStore.insert writes it (comparisons read the article's
    // date, positions and their bounds the claim's: relevant-positions.ts).
    const published = articlePublished(articleOffset);
    const figure = JSON.stringify({ ...template.figure, subject, period });
    addClaim.run(
      pick(
        { ...template.row, article_id: firstArticle + articleOffset, subject, period, figure, source_key: `outlet:o${articleOffset % 400}`, published, created_at: now.toISOString(), superseded: 0 },
        claimColumns,
      ),
    );
  }
  // The copied rows bypass ClaimStore.insert, which flags each source's position on a key: flag them all.
  ledger.claims.rebuildPositions();
  ledger.db.exec('COMMIT');
  const claimsSeconds = (performance.now() - claimsStarted) / 1000;
  ledger.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  ledger.db.exec(`PRAGMA cache_size = ${cacheSize}`);
  return { claimsSeconds, articlesSeconds, articles: articleCount };
}
