import type { Article, Briefing, District } from '../model/index.js';
import { formatDate, formatIssue, formatMoney, formatPeriod, isoDate } from './format.js';
import { leadingSentences, quoted } from './_text.js';
import type { DistrictView, EndblockView, MastheadView } from './view-schema.js';
import type { BriefingSettings } from './view.js';

/** 报头 fields from the settings. */
export function mastheadView(settings: BriefingSettings): MastheadView {
  return {
    name: settings.name,
    issue: formatIssue(settings.issue),
    issueNumber: settings.issue,
    unit: settings.unit,
    date: formatDate(settings.date),
    dateIso: isoDate(settings.date),
  };
}

/**
 * 报尾 lines: the recipient groups that have names. Without any, the 编印单位 and the date stand
 * there instead, as offices print it when there is no distribution list.
 */
export function endblockView(settings: BriefingSettings): EndblockView {
  const lines = (['报', '送', '发'] as const)
    .map((label) => ({ label, list: settings.recipients[label].filter((n) => n.trim() !== '') }))
    .filter((l) => l.list.length > 0)
    .map((l) => ({ label: l.label, names: l.list.join('、'), list: l.list }));
  const copies = settings.copies ?? null;
  const unit = settings.unit.trim();
  const issued = `${formatDate(settings.date)}印发`;
  return {
    lines,
    copies,
    copiesText: copies == null ? null : `（共印${copies}份）`,
    issuer: { unit, date: formatDate(settings.date), text: unit ? `${unit}　　${issued}` : issued },
    showIssuer: lines.length === 0,
  };
}

export function periodView(briefing: Briefing): DistrictView['period'] {
  const { since, until } = briefing.period;
  return { since, until, text: formatPeriod(since, until) };
}

/** 天津市北辰区: the district with its city (or province), without saying the same name twice. */
export function fullDistrictName(d: Pick<District, 'name' | 'city' | 'province'>): string {
  const parent = d.city ?? d.province;
  return !parent || d.name.startsWith(parent) || parent === d.name ? d.name : parent + d.name;
}

export function placeView(d: District): DistrictView['place'] {
  return { name: d.name, fullName: fullDistrictName(d), city: d.city, province: d.province, code: d.code, slug: d.slug };
}

const STATUS_NAMES: Record<string, string> = {
  planned: '谋划',
  signed: '签约',
  starting: '开工',
  building: '在建',
  completed: '竣工',
  operating: '运营',
};

type Titles = (ids: string[]) => string;

/** Projects, largest investment first, each with its stage and amount (— when the article does not say). */
export function projectViews(d: District, titles: Titles): DistrictView['projects'] {
  const withOrder = d.projects.map((p, i) => ({ p, i }));
  // Largest investment first; projects without a stated amount keep their order, after them.
  withOrder.sort((a, b) => (b.p.investment ?? -1) - (a.p.investment ?? -1) || a.i - b.i);
  return withOrder.map(({ p }) => ({
    name: p.name,
    status: p.status ? STATUS_NAMES[p.status]! : '—',
    statusCode: p.status,
    investment: p.investment != null ? formatMoney(p.investment, 'auto', { trim: true }) : '—',
    investmentValue: p.investment ?? null,
    source: titles(p.articleIds),
  }));
}

/** A quote wrapped whole in “…” loses the marks: `quoted` puts them back, nested ones as ‘…’. */
function unwrapQuote(q: string): string {
  const t = q.trim();
  if (t.startsWith('“') && t.endsWith('”') && t.slice(1, -1).indexOf('“') < 0) return t.slice(1, -1);
  return t;
}

/** The verbs of reported speech: `贾占表示，……` says what 贾占 said without quoting him. */
const REPORTING = /^(?:表示|指出|介绍|强调|认为|透露|说)[，：:,]?/;

/**
 * What an official said in their own article without quotation marks: the rest of the first
 * sentence in which their name is followed by a verb of reported speech. Briefings print it as
 * the official's statement, since 领导表态 that skips everyone not quoted verbatim leaves out
 * the officials who matter most in a press-conference article.
 */
function reportedSpeech(name: string, articles: Article[]): string | undefined {
  for (const a of articles) {
    for (const text of [a.lead ?? '', ...a.paragraphs.map((p) => p.text)]) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const verb = REPORTING.exec(text.slice(at + name.length));
        if (!verb) continue;
        const rest = text.slice(at + name.length + verb[0].length);
        const end = rest.search(/[。！？]/);
        const statement = (end < 0 ? rest : rest.slice(0, end + 1)).trim();
        // A statement that opens a quotation is a quote the analyser already has, or a fragment.
        if (statement.length >= 8 && !/^[“"「]/.test(statement)) return statement;
      }
    }
  }
  return undefined;
}

/**
 * Officials who said something, one statement each, cut to whole sentences; those with titles
 * first. A direct quote (the first) is printed in quotation marks; an official with none, whose
 * words the article reports (贾占表示，……), has that statement without them.
 */
export function personViews(d: District, titles: Titles, articles: Article[] = [], maxQuote = 90): DistrictView['people'] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return d.people
    .map((p, i) => {
      const quote = p.quotes.map(unwrapQuote).find((q) => q !== '');
      if (quote !== undefined) return { p, i, quote, reported: false };
      const own = p.articleIds.map((id) => byId.get(id)).filter((a): a is Article => a !== undefined);
      const statement = p.titles.length > 0 ? reportedSpeech(p.name, own) : undefined;
      return statement === undefined ? null : { p, i, quote: statement, reported: true };
    })
    .filter((x) => x !== null)
    .sort((a, b) => Number(b.p.titles.length > 0) - Number(a.p.titles.length > 0) || a.i - b.i)
    .map(({ p, quote, reported }) => ({
      name: p.name,
      titles: p.titles.join('、'),
      titleList: p.titles,
      quote: leadingSentences(quote, maxQuote),
      quoted: reported ? leadingSentences(quote, maxQuote) : quoted(leadingSentences(quote, maxQuote)),
      quoteFull: quote,
      reported,
      source: titles(p.articleIds),
    }));
}

/**
 * 本期要点: the district's key points, one per article at most, each traced to its article. A point
 * the digest prints word for word under the district's only article is left out: it would say
 * the same thing twice on one page.
 */
export function keyPointViews(d: District, articles: Article[], max: number): DistrictView['keyPoints'] {
  const candidates = d.summary.length > 0 ? d.summary : articles.flatMap((a) => a.summary.slice(0, 1));
  const used = new Set<string>();
  const points: DistrictView['keyPoints'] = [];
  for (const text of candidates) {
    if (points.length >= Math.max(0, max)) break;
    const from = sourceOf(text, articles);
    if (from && used.has(from.id)) continue;
    if (from) used.add(from.id);
    points.push({ text, articleId: from?.id ?? null, articleTitle: from?.title ?? null });
  }
  const only = articles.length === 1 ? articles[0]! : null;
  return only ? points.filter((p) => !only.summary.some((s) => s.trim() === p.text.trim())) : points;
}

function sourceOf(text: string, articles: Article[]): Article | undefined {
  const needle = text.trim();
  return (
    articles.find((a) => a.summary.some((s) => s.trim() === needle)) ??
    articles.find((a) => a.lead?.includes(needle) || a.paragraphs.some((p) => p.text.includes(needle)))
  );
}
