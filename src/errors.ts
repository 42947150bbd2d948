/**
 * One error class per failure that stops a build before anything is written (exit code 2).
 * Failures of single inputs or districts are diagnostics instead: the rest still builds.
 */
export class JianbaoError extends Error {
  readonly exitCode: number = 2;
  constructor(
    message: string,
    readonly where: { file?: string; line?: number; column?: number } = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }

  /** file:line:column: message, the way editors and CI logs link to a place. */
  get located(): string {
    const { file, line, column } = this.where;
    const at = [file, line, column].filter((x) => x !== undefined).join(':');
    return at ? `${at}: ${this.message}` : this.message;
  }
}

export class ConfigError extends JianbaoError {}
export class TemplateProblemsError extends JianbaoError {
  constructor(
    message: string,
    readonly problems: { file: string; line: number; column: number; code: string; message: string }[],
  ) {
    const first = problems[0];
    super(message, first ? { file: first.file, line: first.line, column: first.column } : {});
  }
}
export class UsageError extends JianbaoError {}
