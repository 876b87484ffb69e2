import type { Figure } from './figure.ts';

/** Where a claim was read. */
export interface Source {
  url: string;
  outlet: string | null;
  /** ISO date or date-time of publication. */
  published: string | null;
  /** The article's title, for notices. */
  title?: string | null;
  /** A wire agency the article credits ("TASS", "RIA Novosti"), which makes copies one source. */
  wire?: string | null;
}

/** A figure as the ledger holds it: what was said, and by whom. */
export interface Claim extends Figure {
  source: Source;
}

export type FindingKind = 'new_figure' | 'corroboration' | 'contradiction' | 'revision';

export interface Finding {
  kind: FindingKind;
  claim: Claim;
  /** For contradiction and revision: the earlier claim it disagrees with or replaces. */
  against: Claim | null;
  /** For a new_figure in a new period of a known metric and subject: the latest earlier period's claim. */
  previous: Claim | null;
}

/** The claim fields a notice carries, as printed by `replay` and `once --format json`. */
export interface NoticeClaim {
  category: Figure['category'];
  metric: Figure['metric'];
  growthOf?: Figure['growthOf'];
  subject: string;
  period: string | null;
  periodBasis: Figure['periodBasis'];
  value: number;
  unit: Figure['unit'];
  qualifier: Figure['qualifier'];
  low?: number;
  high?: number;
  quote: string;
  surface: string;
  source: Source;
}

/** One notice: a finding worth telling the channel about. */
export interface Notice extends NoticeClaim {
  kind: FindingKind;
  against?: NoticeClaim;
  previous?: NoticeClaim;
  /** Watched keywords that matched the article. */
  keywords: string[];
  topic: string | null;
}

export function toNoticeClaim(claim: Claim): NoticeClaim {
  const out: NoticeClaim = {
    category: claim.category,
    metric: claim.metric,
    subject: claim.subject,
    period: claim.period,
    periodBasis: claim.periodBasis,
    value: claim.value,
    unit: claim.unit,
    qualifier: claim.qualifier,
    quote: claim.quote,
    surface: claim.surface,
    source: claim.source,
  };
  if (claim.growthOf) out.growthOf = claim.growthOf;
  if (claim.low !== undefined) out.low = claim.low;
  if (claim.high !== undefined) out.high = claim.high;
  return out;
}

export function toNotice(finding: Finding, keywords: string[], topic: string | null): Notice {
  const notice: Notice = { kind: finding.kind, ...toNoticeClaim(finding.claim), keywords, topic };
  if (finding.against) notice.against = toNoticeClaim(finding.against);
  if (finding.previous) notice.previous = toNoticeClaim(finding.previous);
  return notice;
}
