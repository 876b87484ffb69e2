export * from './interval.ts';
export * from './compare-claim.ts';
export * from './near-duplicates.ts';
export * from './wire.ts';
export * from './series.ts';
export * from './claim-context.ts';
export * from './attribution.ts';
