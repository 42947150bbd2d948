import type { CommandModule } from 'yargs';
import type { PlaceMatch } from '../lookup.js';

const LEVEL_WORDS: Record<PlaceMatch['level'], string> = {
  province: 'province (省级)',
  city: 'city (地级)',
  county: 'county (区/县)',
  town: 'town or street (乡镇/街道)',
  zone: 'zone (功能区)',
};

export function districtsCommand(setCode: (c: number) => void): CommandModule {
  return {
    command: 'districts <names..>',
    describe: 'look places up in the gazetteer: the province, city and county (区/县) a name belongs to, and its code',
    builder: (y) =>
      y
        .positional('names', { type: 'string', array: true, describe: 'place names: 小淀镇, 北辰, 塘沽, 天津市北辰区' })
        .option('config', { alias: 'c', type: 'string', describe: 'config file whose analysis.aliases are used too' })
        .option('json', { type: 'boolean', describe: 'print the matches as JSON on stdout' })
        .example('$0 districts 小淀镇', '天津市 北辰区 小淀镇 and its code 120113107')
        .example('$0 districts 塘沽 蓟县', 'former names: 塘沽 → 滨海新区, 蓟县 → 蓟州区')
        .example('$0 districts 鼓楼区', 'a shared name: every 鼓楼区 in the country'),
    handler: async (argv) => {
      const [{ lookupPlaces }, { loadConfig }] = await Promise.all([import('../lookup.js'), import('../config.js')]);
      const { config } = loadConfig({ file: argv.config as string | undefined });
      const names = (argv.names as string[]).map(String);
      const results = names.map((query) => ({ query, matches: lookupPlaces(query, config.analysis.aliases) }));
      if (argv.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
      else for (const r of results) process.stdout.write(matchesText(r.query, r.matches));
      setCode(results.every((r) => r.matches.length > 0) ? 0 : 1);
    },
  };
}

/** One block per name: each place it can stand for, its code and which briefing it goes to. */
export function matchesText(query: string, matches: PlaceMatch[]): string {
  if (matches.length === 0) return `${query}: not found in the gazetteer (add it under analysis.aliases in the config)\n`;
  const rows = matches.map((m) => [m.path.map((p) => p.name).join(' '), m.code, describe(m)] as const);
  const width = Math.max(...rows.map(([path]) => displayWidth(path)));
  const codeWidth = Math.max(...rows.map(([, code]) => code.length));
  const head = `${query}${matches.length > 1 ? ` (${matches.length} places)` : ''}\n`;
  return head + rows.map(([path, code, what]) => `  ${path}${' '.repeat(width - displayWidth(path))}  ${code.padEnd(codeWidth)}  ${what}\n`).join('');
}

function describe(m: PlaceMatch): string {
  const last = m.path[m.path.length - 1]!.name;
  const what =
    m.form === 'full'
      ? LEVEL_WORDS[m.level]
      : m.form === 'short'
        ? `short for ${last}, a ${LEVEL_WORDS[m.level]}`
        : m.level === 'zone'
          ? `alias: a former name or zone within ${last}`
          : `alias: former name of ${last}`;
  return m.county && m.county.name !== last ? `${what} · in ${m.county.name}` : what;
}

/** Terminal columns: a Chinese character takes two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}
