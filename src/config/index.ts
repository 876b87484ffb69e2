export * from './schema.ts';
export * from './load-config.ts';
export * from './env.ts';
export * from './watch-config.ts';
