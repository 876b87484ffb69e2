export * from './figure.ts';
export * from './article.ts';
export * from './feed.ts';
export * from './finding.ts';
export * from './errors.ts';
