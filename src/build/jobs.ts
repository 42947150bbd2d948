import type { Config } from '../config.js';
import type { Briefing, District } from '../model/briefing.js';
import { buildDistrictView, buildOverviewView, type BriefingSettings } from '../render/view.js';

/** One report to write: a district's briefing or the overview. */
export interface ReportJob {
  /** File name stem in the output folder. */
  slug: string;
  template: 'district' | 'overview';
  title: string;
  view: unknown;
  /** The articles the report draws on: where a character its fonts lack can be found. */
  articleIds: string[];
}

export const OVERVIEW_SLUG = '综述';

export function briefingSettings(config: Config, briefing: Briefing): BriefingSettings {
  const b = config.briefing;
  return {
    name: b.name,
    unit: b.unit,
    issue: briefing.issue,
    date: new Date(briefing.generatedAt),
    note: b.note,
    recipients: b.recipients,
    copies: b.copies,
    maxFigures: b.maxFigures,
    maxKeyPoints: b.maxKeyPoints,
    maxDigest: b.maxDigest,
    tocThreshold: b.tocThreshold,
  };
}

/** The reports of this build: the selected districts, then the overview. */
export function reportJobs(briefing: Briefing, districts: District[], config: Config): ReportJob[] {
  const settings = briefingSettings(config, briefing);
  const jobs: ReportJob[] = districts.map((d) => ({
    slug: d.slug,
    template: 'district',
    title: `${d.name}${config.briefing.name}`,
    view: buildDistrictView(briefing, d, settings),
    articleIds: d.articleIds,
  }));
  if (config.overview && briefing.districts.length > 0) {
    jobs.push({
      slug: OVERVIEW_SLUG,
      template: 'overview',
      title: `${config.briefing.name}·综述`,
      view: buildOverviewView(briefing, settings),
      articleIds: briefing.articles.map((a) => a.id),
    });
  }
  return jobs;
}

