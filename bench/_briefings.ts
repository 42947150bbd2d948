import { reportJobs } from '../src/build/render.js';
import { loadConfig } from '../src/config.js';
import { parseAll } from '../src/parse.js';
import { loadTemplateSet, renderTemplate } from '../src/render/templates.js';

interface DistrictBriefing {
  name: string;
  /** The district's briefing as the default templates render it. */
  markdown: string;
  /** The same briefing with its digest repeated until it runs to about `pages` pages, as `measure` counts them. */
  repeatedTo(pages: number, measure: (markdown: string) => Promise<number>): Promise<{ times: number; markdown: string }>;
}

interface DigestView {
  articles: { number: number }[];
  toc?: boolean;
}

/** The busiest district of an input folder, read, analysed and rendered to Markdown as `jianbao build` does. */
export async function districtMarkdown(input: string): Promise<DistrictBriefing> {
  const { config } = loadConfig({ overrides: { input } });
  const { briefing } = await parseAll(config, { issue: 1 });
  const busiest = [...briefing.districts].sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
  if (!busiest) throw new Error(`no district found in ${input}`);
  const job = reportJobs(briefing, [busiest], config)[0]!;
  const templates = loadTemplateSet([]);
  const render = (view: unknown) => renderTemplate(templates, 'district', view as never).markdown;
  const view = job.view as DigestView;
  const repeated = (times: number) => {
    const articles = Array.from({ length: times }, () => view.articles).flat();
    // A briefing this long would list its contents.
    return render({ ...view, articles: articles.map((a, i) => ({ ...a, number: i + 1 })), ...(times > 2 ? { toc: true } : {}) });
  };
  return {
    name: busiest.name,
    markdown: render(view),
    async repeatedTo(pages, measure) {
      // Pages grow about linearly with the repeats: aim from the first point, then correct twice.
      const one = await measure(repeated(1));
      let times = 2;
      for (let step = 0; step < 3; step++) {
        const got = await measure(repeated(times));
        if (got === pages) break;
        const perRepeat = Math.max(0.1, (got - one) / (times - 1));
        times = Math.max(1, Math.round(1 + (pages - one) / perRepeat));
      }
      return { times, markdown: repeated(times) };
    },
  };
}
