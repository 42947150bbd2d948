import { truncateText } from '../render/format.js';
import type { DistrictView, OverviewView } from '../render/view.js';
import { cardId, esc, fileHref, fileLinks, type PublishedReport } from './_links.js';

// A longer label would take several lines of a narrow card; the full one is in its title attribute.
const LABEL_CHARS = 24;

/**
 * The first page of the briefing in miniature: masthead, title and 本期要点 (or, for a district whose
 * key points would only repeat its one article, that article's digest), as text from the same view
 * model the PDF is made from, so it says what the briefing says and can be read and searched.
 */
export function sheetPreview(view: DistrictView): string {
  const m = view.masthead;
  const [heading, items] = view.keyPoints.length
    ? ['本期要点', view.keyPoints.map((p) => esc(p.text))]
    : ['信息摘要', view.articles.map((a) => `<strong>${esc(a.title)}</strong>${a.summary[0] ? `　${esc(a.summary[0])}` : ''}`)];
  return [
    '<figure class="sheet">',
    '<figcaption>预览</figcaption>',
    `<p class="name">${esc(m.name)}</p>`,
    `<p class="issue">${esc(m.issue)}</p>`,
    `<p class="unit"><span>${esc(m.unit)}</span><span>${esc(m.date)}</span></p>`,
    '<div class="rule"></div>',
    `<p class="title">${esc(view.title)}</p>`,
    view.period.text ? `<p class="period">（${esc(view.period.text)}）</p>` : '',
    items.length ? `<p class="heading">${heading}</p><ol>${items.map((i) => `<li>${i}</li>`).join('')}</ol>` : '',
    '</figure>',
  ].join('');
}

/** One district: name, article count, headline figures, its files, and the preview. */
export function districtCard(view: DistrictView, report: PublishedReport | undefined, headlineFigures: number): string {
  const place = view.place;
  const parent = place.city ?? place.province;
  const figures = view.figures.slice(0, headlineFigures);
  const figureList = figures.length
    ? `<dl class="figures">${figures
        .map((f) => `<div><dt title="${esc(f.label)}">${esc(truncateText(f.label, LABEL_CHARS))}</dt><dd>${esc(f.value)}</dd></div>`)
        .join('')}</dl>`
    : '<p class="missing">本期信息中没有可提取的数据</p>';
  return [
    `<li class="card" id="${esc(cardId(place.slug))}">`,
    `<h3>${esc(view.district)}${parent && parent !== view.district ? `<small>${esc(parent)}</small>` : ''}</h3>`,
    `<p class="count">${view.articleCount}篇信息</p>`,
    figureList,
    fileLinks(report, `${view.district}简报`),
    sheetPreview(view),
    '</li>',
  ].join('\n');
}

/** The overview: counts, the overview report's files, and a table of the districts side by side. */
export function overviewSection(view: OverviewView, overview: PublishedReport | undefined, reports: Map<string, PublishedReport>): string {
  const rows = view.districts.map((d) => {
    const files = reports.get(d.slug)?.files ?? [];
    const pdf = files.find((n) => n.toLowerCase().endsWith('.pdf'));
    return [
      '<tr>',
      `<th scope="row"><a href="#${esc(fileHref(cardId(d.slug)))}">${esc(d.name)}</a></th>`,
      `<td class="num">${d.articleCount}篇</td>`,
      `<td class="figs">${d.headline.length ? d.headline.map((h) => `${esc(h.label)} <strong>${esc(h.value)}</strong>`).join('；') : '—'}</td>`,
      `<td class="num">${esc(d.topAmount?.value ?? '—')}</td>`,
      `<td>${pdf ? `<a href="${esc(fileHref(pdf))}" type="application/pdf"><span class="vh">${esc(d.name)}简报 </span>PDF</a>` : '—'}</td>`,
      '</tr>',
    ].join('');
  });
  const unassigned = view.unassigned.length
    ? `<p class="notice">另有${view.unassigned.length}篇信息未能归入区县：${view.unassigned.map((a) => `《${esc(a.title)}》`).join('、')}。</p>`
    : '';
  const table = rows.length
    ? [
        '<div class="table-wrap"><table>',
        '<caption class="vh">各区县信息数量与主要数据</caption>',
        '<thead><tr><th scope="col">区县</th><th scope="col">信息</th><th scope="col">主要数据</th><th scope="col">最大金额</th><th scope="col">简报</th></tr></thead>',
        `<tbody>${rows.join('\n')}</tbody>`,
        '</table></div>',
      ].join('\n')
    : '<p class="notice">本期没有可归入区县的信息。</p>';
  return [
    '<section aria-labelledby="overview">',
    '<h2 id="overview">综述</h2>',
    `<p class="stats">本期共收录 <strong>${view.districtCount}</strong> 个区县的 <strong>${view.articleCount}</strong> 篇信息。</p>`,
    overview ? fileLinks(overview, '综述') : '',
    unassigned,
    table,
    '</section>',
  ].join('\n');
}
