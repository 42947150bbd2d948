export * from './diagnostic.js';
export * from './source.js';
export * from './article.js';
export * from './briefing.js';
