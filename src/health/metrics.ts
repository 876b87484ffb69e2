import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DeliveryReport } from '../notify/types.ts';
import type { CycleReport } from '../pipeline/index.ts';

/** What /metrics reads from the store at each scrape (so counts survive restarts). */
export interface StoreReadings {
  outbox(): { pending: number; sent: number; failed: number; retrying: number };
  blockedTargets(): number;
  stuckMessages(): number;
  lastSuccessAt(): Date | null;
  healthy(): boolean;
}

const FINDING_KINDS = ['new_figure', 'corroboration', 'contradiction', 'revision'] as const;

/**
 * Prometheus metrics, one registry per process (no global default registry, so tests can start many).
 * Counters count what this process did; gauges read the store at scrape time.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly cycles = new Counter({ name: 'figurewatch_cycles_total', help: 'Cycles that finished', registers: [this.registry] });
  private readonly cycleFailures = new Counter({ name: 'figurewatch_cycle_failures_total', help: 'Cycles that stopped with an error', registers: [this.registry] });
  private readonly cycleSeconds = new Histogram({
    name: 'figurewatch_cycle_duration_seconds',
    help: 'Duration of a finished cycle (polling, pages, figures, ledger; delivery excluded)',
    buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300, 600],
    registers: [this.registry],
  });
  private readonly feeds = new Counter({ name: 'figurewatch_feed_polls_total', help: 'Feed polls by outcome (ok, not_modified, failed)', labelNames: ['outcome'], registers: [this.registry] });
  private readonly items = new Counter({ name: 'figurewatch_items_total', help: 'Feed items: seen in feeds, new to the ledger, matched to a watched topic', labelNames: ['stage'], registers: [this.registry] });
  private readonly articles = new Counter({ name: 'figurewatch_articles_total', help: 'Article pages by outcome (recorded, unchanged, failed)', labelNames: ['outcome'], registers: [this.registry] });
  private readonly figures = new Counter({ name: 'figurewatch_figures_total', help: 'Figures extracted from recorded articles', registers: [this.registry] });
  private readonly findings = new Counter({ name: 'figurewatch_findings_total', help: 'Findings by kind', labelNames: ['kind'], registers: [this.registry] });
  private readonly deliveries = new Counter({
    name: 'figurewatch_deliveries_total',
    help: 'Outbox messages handed to Discord or stdout by outcome (sent, retried, failed); a digest counts each message it covers',
    labelNames: ['outcome'],
    registers: [this.registry],
  });

  constructor(store: StoreReadings) {
    const registers = [this.registry];
    new Gauge({
      name: 'figurewatch_outbox_messages',
      help: 'Outbox messages (one Discord message each, holding one or more notices) by status: pending, retrying (pending after a failed attempt), sent, failed (refused by Discord)',
      labelNames: ['status'],
      registers,
      collect() {
        for (const [status, count] of Object.entries(store.outbox())) this.set({ status }, count);
      },
    });
    gauge('figurewatch_discord_targets_blocked', 'Discord targets that reject us (bad token, deleted webhook, lost permission) while messages wait for them', () => store.blockedTargets());
    gauge('figurewatch_outbox_stuck_messages', 'Targets whose next message has failed too many delivery attempts', () => store.stuckMessages());
    gauge('figurewatch_last_successful_cycle_timestamp_seconds', 'When the last cycle finished (Unix time; 0 before the first)', () => (store.lastSuccessAt()?.getTime() ?? 0) / 1000);
    gauge('figurewatch_healthy', '1 when /healthz answers 200, else 0', () => (store.healthy() ? 1 : 0));
    collectDefaultMetrics({ register: this.registry });
    for (const kind of FINDING_KINDS) this.findings.inc({ kind }, 0);
    for (const outcome of ['ok', 'not_modified', 'failed']) this.feeds.inc({ outcome }, 0);
    for (const outcome of ['sent', 'retried', 'failed']) this.deliveries.inc({ outcome }, 0);
    for (const stage of ['seen', 'new', 'matched']) this.items.inc({ stage }, 0);
    for (const outcome of ['recorded', 'unchanged', 'failed']) this.articles.inc({ outcome }, 0);

    function gauge(name: string, help: string, read: () => number): void {
      new Gauge({ name, help, registers, collect() { this.set(read()); } });
    }
  }

  recordCycle(report: CycleReport, delivery: DeliveryReport): void {
    this.cycles.inc();
    this.cycleSeconds.observe(Math.max(0, Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1000);
    this.feeds.inc({ outcome: 'ok' }, report.feeds.ok);
    this.feeds.inc({ outcome: 'not_modified' }, report.feeds.notModified);
    this.feeds.inc({ outcome: 'failed' }, report.feeds.failed);
    this.items.inc({ stage: 'seen' }, report.items.seen);
    this.items.inc({ stage: 'new' }, report.items.new);
    this.items.inc({ stage: 'matched' }, report.items.matched);
    this.articles.inc({ outcome: 'recorded' }, report.articles.recorded);
    this.articles.inc({ outcome: 'unchanged' }, report.articles.unchanged);
    this.articles.inc({ outcome: 'failed' }, report.articles.failed);
    this.figures.inc(report.figures);
    for (const [kind, count] of Object.entries(report.findings)) this.findings.inc({ kind }, count);
    this.deliveries.inc({ outcome: 'sent' }, delivery.sent);
    this.deliveries.inc({ outcome: 'retried' }, delivery.retried);
    this.deliveries.inc({ outcome: 'failed' }, delivery.failed);
  }

  recordCycleFailure(): void {
    this.cycleFailures.inc();
  }
}
