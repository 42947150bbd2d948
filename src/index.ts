export { build, type BuildOptions, type BuildResult, type BuildEvent } from './build.js';
export { parseAll as parse } from './parse.js';
export { loadConfig, ConfigSchema, type Config, type ConfigInput } from './config.js';
export { JianbaoError, ConfigError, TemplateProblemsError, UsageError } from './errors.js';
export * from './model/index.js';
