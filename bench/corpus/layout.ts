import type { CorpusArticle } from './article.js';
import { personName } from './article.js';
import type { Random } from './random.js';
import { ANNOUNCE_HEADS, ANNOUNCEMENTS, PAPERS, WEB_OUTLETS } from './words.js';

const WEEKDAYS = '日一二三四五六';
const PUNCTUATION = /[，。、；：？！“”‘’（）《》\s]/u;

const cn = (d: Date) => `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
const md = (d: Date) => `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
const two = (n: number) => String(n).padStart(2, '0');

/**
 * A paragraph as text extracted from a PDF column: cut once mid-sentence (项目 / 为王), with
 * `gap` blank lines between the halves, as in the seeds' newspaper page.
 */
function broken(rng: Random, text: string, gap: number): string {
  const chars = [...text];
  if (chars.length < 24 || !rng.chance(0.3)) return text;
  for (let tries = 0; tries < 6; tries++) {
    const at = rng.int(8, chars.length - 8);
    if (PUNCTUATION.test(chars[at - 1]!) || PUNCTUATION.test(chars[at]!)) continue;
    return chars.slice(0, at).join('') + '\n'.repeat(gap + 1) + chars.slice(at).join('');
  }
  return text;
}

function bylineText(a: CorpusArticle): string {
  return `${a.byline.role} ${a.byline.names.join(' ')}`;
}

/**
 * Several articles as one newspaper page extracted from its PDF, like input/004_…txt: page furniture,
 * kicker lines, `#`/`##` headlines (or plain ones), blank lines between paragraphs, paragraphs cut
 * mid-sentence, bylines on their own line, and sometimes the column's announcement with its hotline.
 */
export function newspaperPage(rng: Random, articles: CorpusArticle[]): string {
  const markdown = rng.chance(0.6);
  const out: string[] = [];
  const date = articles[0]!.date;
  const paper = rng.pick(PAPERS);
  if (rng.chance(0.85)) {
    out.push(`第${rng.int(2, 16)}版 ${paper}`, `${cn(date)} 星期${WEEKDAYS[date.getUTCDay()]}  责任编辑：${personName(rng)}`, '');
  }
  articles.forEach((a, i) => {
    if (a.kicker) out.push(a.kicker, '');
    out.push(markdown ? `${i === 0 && rng.chance(0.5) ? '#' : '##'} ${a.headline}` : a.headline);
    if (markdown) out.push('');
    const signedAtTop = rng.chance(0.4);
    const opener = signedAtTop ? `本报讯（${bylineText(a)}）` : rng.chance(0.3) ? '本报讯 ' : '';
    const paragraphs: string[] = [opener + a.opening];
    for (const s of a.sections) {
      if (s.heading && markdown) paragraphs.push(`## ${s.heading}`);
      paragraphs.push(...s.paragraphs);
    }
    for (const p of paragraphs) {
      const text = p.startsWith('## ') ? p : broken(rng, p, markdown ? rng.int(1, 4) : 0);
      out.push(text);
      if (markdown) out.push('');
    }
    if (!signedAtTop) out.push(markdown ? bylineText(a) : `（${bylineText(a)}）`);
    out.push('');
  });
  if (rng.chance(0.25)) {
    const head = rng.pick(ANNOUNCE_HEADS);
    out.push(markdown ? `# ${head}` : head, '', rng.pick(ANNOUNCEMENTS).replace('{paper}', paper), '');
    out.push(`投稿热线：13${rng.int(0, 9)}${String(rng.int(0, 99999999)).padStart(8, '0')}`, '');
    if (rng.chance(0.5)) out.push('以高质量宣传  ', '助力高质量发展');
  }
  return out.join('\n') + '\n';
}

/**
 * One article as copied from a news website, like input/000_…txt: headline, a time-and-source line,
 * 内容提要, an outlet opener (天津北方网讯：, 中新网天津4月8日电), section lines, one paragraph per line.
 */
export function webArticle(rng: Random, a: CorpusArticle, outletIndex?: number): string {
  const tianjin = a.district.province === '天津市';
  const outlet = outletIndex === undefined ? rng.pick(tianjin ? WEB_OUTLETS.slice(0, 3) : WEB_OUTLETS.slice(3)) : WEB_OUTLETS[outletIndex % WEB_OUTLETS.length]!;
  const out = [a.headline];
  if (rng.chance(0.85)) {
    const time = `${a.date.toISOString().slice(0, 10)} ${two(rng.int(7, 21))}:${two(rng.int(0, 59))}`;
    out.push(`${time} 来源：${outlet}${rng.chance(0.4) ? ` 作者：${a.byline.names[0]}` : ''}`);
  }
  if (rng.chance(0.6)) out.push(`内容提要：${a.opening}`);
  const place = a.district.city.replace(/市$/u, '');
  const opener =
    outlet === '中国新闻网' ? `中新网${place}${md(a.date)}电（记者 ${a.byline.names.join(' ')}）` : outlet === '津云' ? '津云消息，' : `${outlet}讯：`;
  out.push(opener + a.opening);
  for (const s of a.sections) {
    if (s.heading) out.push(`${s.heading}`);
    out.push(...s.paragraphs);
  }
  if (rng.chance(0.5)) out.push(`（责任编辑：${personName(rng)}）`);
  return out.join('\n') + '\n';
}
