export * from './vocab.ts';
export * from './types.ts';
export * from './tables.ts';
export * from './registries.ts';
export * from './data-file.ts';
export * from './packs.ts';
export * from './fact-key.ts';
export * from './kept-answers.ts';
