import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DeliveryReport } from '../notify/types.ts';
import type { CycleReport } from '../pipeline/index.ts';

/** Prometheus metrics for /metrics; one registry per process (no global default registry). */
export class Metrics {
  readonly registry = new Registry();
  private readonly cycles = new Counter({ name: 'figurewatch_cycles_total', help: 'Cycles run', registers: [this.registry] });
  private readonly cycleSeconds = new Histogram({
    name: 'figurewatch_cycle_duration_seconds',
    help: 'Duration of a cycle',
    buckets: [0.5, 1, 2, 5, 10, 30, 60, 120, 300],
    registers: [this.registry],
  });
  private readonly feeds = new Counter({ name: 'figurewatch_feed_polls_total', help: 'Feed polls by outcome', labelNames: ['outcome'], registers: [this.registry] });
  private readonly items = new Counter({ name: 'figurewatch_items_total', help: 'Feed items by stage', labelNames: ['stage'], registers: [this.registry] });
  private readonly figures = new Counter({ name: 'figurewatch_figures_total', help: 'Figures extracted from recorded articles', registers: [this.registry] });
  private readonly findings = new Counter({ name: 'figurewatch_findings_total', help: 'Findings by kind', labelNames: ['kind'], registers: [this.registry] });
  private readonly notices = new Counter({ name: 'figurewatch_notices_total', help: 'Notices by delivery outcome', labelNames: ['outcome'], registers: [this.registry] });
  readonly pending = new Gauge({ name: 'figurewatch_notices_pending', help: 'Notices waiting in the outbox', registers: [this.registry] });

  recordCycle(report: CycleReport, delivery: DeliveryReport): void {
    this.cycles.inc();
    this.cycleSeconds.observe((Date.parse(report.finishedAt) - Date.parse(report.startedAt)) / 1000);
    this.feeds.inc({ outcome: 'ok' }, report.feeds.ok);
    this.feeds.inc({ outcome: 'not_modified' }, report.feeds.notModified);
    this.feeds.inc({ outcome: 'failed' }, report.feeds.failed);
    this.items.inc({ stage: 'seen' }, report.items.seen);
    this.items.inc({ stage: 'new' }, report.items.new);
    this.items.inc({ stage: 'matched' }, report.items.matched);
    this.figures.inc(report.figures);
    for (const [kind, count] of Object.entries(report.findings)) this.findings.inc({ kind }, count);
    this.notices.inc({ outcome: 'sent' }, delivery.sent);
    this.notices.inc({ outcome: 'retried' }, delivery.retried);
    this.notices.inc({ outcome: 'failed' }, delivery.failed);
  }
}
