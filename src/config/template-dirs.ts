import type { Config } from '../config.js';

// Apart from config.ts so that the rendering threads, which need it, do not load the config reader.

/** The custom template folder, when the config names one (the built-in templates are always there besides). */
export function templateDirsOf(config: Config): string[] {
  return config.templates ? [config.templates] : [];
}
