import type { CommandModule } from 'yargs';

export function initCommand(setCode: (c: number) => void): CommandModule {
  return {
    command: 'init [dir]',
    describe: 'write a starter folder: a commented config, the templates to edit, an input folder with a sample article',
    builder: (y) =>
      y
        .positional('dir', { type: 'string', default: '.', describe: 'folder to set up (created if needed)' })
        .option('force', { type: 'boolean', describe: 'overwrite files that already exist' })
        .example('$0 init 简报', 'set up ./简报; then: cd 简报 && npx jianbao build')
        .example('$0 init', 'set up the working folder')
        .example('$0 init 简报 --force', 'start over: rewrite the starter files (other files are kept)'),
    handler: async (argv) => {
      const { initProject } = await import('../init.js');
      const { dir, written } = initProject(String(argv.dir), { force: !!argv.force });
      const templates = written.filter((p) => p.startsWith('templates/')).length;
      process.stderr.write(
        `jianbao: set up ${dir}\n` +
          `  jianbao.config.yaml   settings, each with a comment (briefing name, unit, recipients, …)\n` +
          `  templates/            ${templates} templates and partials to edit\n` +
          (written.some((p) => p.startsWith('input/'))
            ? `  input/                one sample article; put your articles here\n`
            : `  input/                your articles, as they were (no sample added)\n`) +
          `  README.md             a short guide in Chinese\n` +
          `next: ${argv.dir === '.' ? '' : `cd ${String(argv.dir)} && `}npx jianbao build\n`,
      );
      setCode(0);
    },
  };
}
