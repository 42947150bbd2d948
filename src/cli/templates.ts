import type { CommandModule } from 'yargs';
import { checkTemplates } from '../render/check.js';

export function templatesCommand(setCode: (c: number) => void): CommandModule {
  return {
    command: 'templates <action>',
    describe: 'work with templates: check',
    builder: (y) =>
      y
        .positional('action', { choices: ['check'] as const, describe: 'check: report template problems with file:line:column' })
        .option('templates', { alias: 't', type: 'string', describe: 'folder of custom templates (default: the built-in ones)' })
        .example('$0 templates check -t my-templates', 'check a customised template folder'),
    handler: (argv) => {
      const problems = checkTemplates(argv.templates ? [String(argv.templates)] : []);
      for (const p of problems) process.stdout.write(`${p.file}:${p.line}:${p.column}: ${p.code} ${p.message}\n`);
      process.stdout.write(problems.length === 0 ? 'templates: no problems found\n' : `templates: ${problems.length} problem(s)\n`);
      setCode(problems.length === 0 ? 0 : 2);
    },
  };
}
