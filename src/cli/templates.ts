import type { CommandModule } from 'yargs';

export function templatesCommand(setCode: (c: number) => void): CommandModule {
  return {
    command: 'templates <action>',
    describe: 'work with templates: check',
    builder: (y) =>
      y
        .positional('action', { choices: ['check'] as const, describe: 'check: report template problems with file:line:column' })
        .option('templates', { alias: 't', type: 'string', describe: 'folder of custom templates (default: the config\'s, else the built-in ones)' })
        .option('config', { alias: 'c', type: 'string', describe: 'config file (default: jianbao.config.json or .yaml in the working folder)' })
        .example('$0 templates check', 'check the templates the config names (or the built-in ones)')
        .example('$0 templates check -t my-templates', 'check a customised template folder'),
    handler: async (argv) => {
      const [{ checkTemplates }, { loadConfig, templateDirsOf }] = await Promise.all([import('../render/check.js'), import('../config.js')]);
      const { config } = loadConfig({ file: argv.config as string | undefined, overrides: argv.templates ? { templates: String(argv.templates) } : {} });
      const problems = checkTemplates(templateDirsOf(config));
      for (const p of problems) process.stdout.write(`${p.file}:${p.line}:${p.column}: ${p.code} ${p.message}\n`);
      process.stdout.write(problems.length === 0 ? 'templates: no problems found\n' : `templates: ${problems.length} problem(s)\n`);
      setCode(problems.length === 0 ? 0 : 2);
    },
  };
}
