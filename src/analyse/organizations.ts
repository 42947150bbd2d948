import type { Organization } from '../model/index.js';
import { nameEndingAt } from './names/span.js';
import { readAndWritten } from './names/written.js';
import { TITLE } from './people/titles.js';
import { ANY_SUFFIX_AT_END, SUFFIX, suffixType, type OrganizationType } from './organizations/suffixes.js';
import type { Analyser } from './types.js';

const MAX_NAME = 30;
/** 区工信局, 全市, 各: what stands before a name's own words without naming anything. */
const LEADING_LEVEL = /^(?:省|市|区|县|镇|乡|村|全|各|本|该|此|这|我|贵|其|原|新|两|多|一|子|分|总|母)/u;
const GENERIC_PREFIX =
  /^(?:重点|优质|相关|有关|各类|各级|龙头|知名|骨干|大型|中小|小微|民营|国有|外资|头部|上市|科技型|高新技术|专精特新|规上|规模以上|工业|制造|一批|多家|数家|部分|其他|下属|所属|合作|目标|意向|职能|主管|行业|属地|基层|当地|本地|上级|下级|企业|高等|普通|职业|民办|公办|名|新型|实体|平台|科技|服务|投资|电商|外贸|物流|金融|建筑|能源|一流|中外|国内外|国际|各个|这家|该|家|两家|几家|新建|改扩建|扩建|改建|新增|薄弱|乡村|农村|城区|社区)+$/u;
// 3个紧密型医疗集团: a count of a kind.
const COUNTED = /^[\d一二三四五六七八九十百千两几数多]+[个家所批类项座]/u;
const GENERIC_TAIL =
  /(?:重点|特色|优质|示范|标杆|龙头|知名|相关|有关|各类|骨干|大型|中小|小微|民营|头部|上市|科技型|规上|规模以上|专精特新|本地|外地|当地|周边|重大|职能|主管|上级|基层|各级|各|等|类)$/u;
// X、Y等20余家企业: names in a list that the words after them call enterprises.
// 京东、菜鸟等头部电商物流企业, 安踏、特步等知名品牌: a few words may describe the kind.
const ENTERPRISE_LIST =
  /([^，,。；;：:“”！？!?（）()]{2,80}?)等(?:\d+[余多]?家|[一二三四五六七八九十几数多百]+[余多]?家)?[^，,。；;：:、“”]{0,8}?(?:企业|公司|商户|厂商|厂家|品牌)/gu;
// 葡萄专业合作社46家: a counted kind.
const COUNTED_AFTER = /^[\d一二两三四五六七八九十百千]+[余多]?(?:个|家|所|座|类)/u;
// 新建游客服务中心, 规划建设汉服设计研发中心: a facility being built does not act yet.
// 将建设非遗工坊、水乡剧场和精品酒店: every item of a list being built.
const BUILT_BEFORE = /(?:建设|新建|建成|兴建|筹建|扩建|打造|开工)(?:[^，,。；;：:、]{1,15}、)*$/u;
// Posts, so that 安吉县农业农村局局长叶文杰 shows the agency only as part of a title.
const TITLE_AT = new RegExp(`^(?:[一二三四]级)?(?:${TITLE.source})`, 'u');
const BUILD_VERB = /^(?:规划建设|开工建设|加快建设|建设|建成|新建)(?=[\p{Script=Han}]{4})/u;
// 国家蔬菜种业创新中心项目: the name of a project, not of a body.
const PROJECT_AFTER = /^(?:项目|工程)/u;
const NOT_ENTERPRISE = /[的了是在将把被有与及或]|(?:区|市|县|镇|乡|省|村|街道|园区|产业|行业|领域)$/u;

interface Found {
  name: string;
  type: OrganizationType;
  text: number;
  start: number;
  end: number;
  /** Followed by a post (…局局长, …管委会副主任): named only as part of someone's title here. */
  inTitle: boolean;
}

/** True when the words before a suffix are a name of their own, not a level (区) or a kind (重点, 龙头). */
function isNamed(prefix: string, word: string): boolean {
  // 市委办公室, 区政府办公室: the office of a level's committee or government is a body of its own.
  if (word === '办公室' && /^[省市区县镇乡](?:委|政府|人大常委会|政协)$/u.test(prefix)) return true;
  const core = prefix.replace(LEADING_LEVEL, '');
  if (core.length < 2 || GENERIC_PREFIX.test(core) || COUNTED.test(core)) return false;
  return word === '实验室' || !GENERIC_TAIL.test(prefix);
}

/** Organisations named with one of the known suffixes (…有限公司, …局, …研究院, …大学, …协会). */
function bySuffix(text: string, index: number): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(SUFFIX)) {
    const end = m.index + m[0].length;
    const span = nameEndingAt(text, m.index, end, {
      maxLength: MAX_NAME,
      endsName: (left) => ANY_SUFFIX_AT_END.test(left) || /项目$/u.test(left),
      bareSuffix: 'keep',
    });
    const after = text.slice(end);
    if (!span || COUNTED_AFTER.test(after) || PROJECT_AFTER.test(after)) continue;
    if (BUILT_BEFORE.test(text.slice(0, span.start)) || BUILD_VERB.test(span.name)) continue;
    const prefix = text.slice(span.start, m.index);
    const type = suffixType(m[0], prefix, after);
    const inTitle = TITLE_AT.test(after);
    if (type && isNamed(prefix, m[0])) out.push({ name: span.name, type, text: index, start: span.start, end, inTitle });
  }
  return out;
}

const TRADES = /行业|产业|领域|门类/u;

/** Enterprises named without a suffix in a list: 对接中科纳米、华谊兄弟等企业. */
function byList(text: string, index: number): Found[] {
  const out: Found[] = [];
  // The pattern tries every start of a sentence before it fails; without 等 it cannot match.
  if (!text.includes('等')) return out;
  for (const m of text.matchAll(ENTERPRISE_LIST)) {
    // 新引进特色餐饮、潮玩零售等品牌42个: kinds of business, counted.
    if (COUNTED_AFTER.test(text.slice(m.index + m[0].length))) continue;
    // 冶金、有色、机械等工贸行业企业: the items are trades, which the words after 等 say.
    if (TRADES.test(m[0].slice(m[1]!.length))) continue;
    const listStart = m.index;
    const items = m[1]!.split('、');
    let offset = listStart;
    items.forEach((item, k) => {
      const itemStart = offset;
      offset += item.length + 1;
      const itemEnd = itemStart + item.length;
      const span = k === 0 ? nameEndingAt(text, itemEnd, itemEnd, { maxLength: 12, endsName: () => false, bareSuffix: 'reject' }) : null;
      const name = k === 0 ? span?.name : item;
      if (!name || name.length < 2 || name.length > 12 || NOT_ENTERPRISE.test(name) || GENERIC_PREFIX.test(name)) return;
      if (!/^[\p{Script=Han}A-Za-z0-9·]+$/u.test(name)) return;
      const start = k === 0 ? span!.start : itemStart;
      out.push({ name, type: 'enterprise', text: index, start, end: start + name.length, inTitle: false });
    });
  }
  return out;
}

/** Occurrences inside a longer one in the same text (天津市政府 in 天津市政府新闻办) are part of it. */
function outermost(found: Found[]): Found[] {
  return found.filter(
    (f) => !found.some((g) => g !== f && g.text === f.text && g.start <= f.start && g.end >= f.end && g.name.length > f.name.length),
  );
}

/**
 * The organisations an article names, each once, by its fullest name (区工信局 → 东丽区工信局 when both
 * appear). `written` holds the same texts as the article writes them, for names in traditional script.
 */
function organizationsIn(texts: string[], written: string[] = texts): Organization[] {
  const all = outermost(texts.flatMap((t, i) => [...bySuffix(t, i), ...byList(t, i)]));
  // An agency named only inside officials' titles is where they work, not a body acting in the story.
  const acting = new Set(all.filter((f) => !f.inTitle).map((f) => f.name));
  const found = all.filter((f) => f.type !== 'agency' || acting.has(f.name));
  const byName = new Map<string, Organization>();
  for (const f of found.sort((a, b) => a.text - b.text || a.start - b.start)) {
    const name = written[f.text]!.slice(f.start, f.end);
    if (!byName.has(name)) byName.set(name, { name, type: f.type });
  }
  const names = [...byName.keys()];
  return [...byName.values()].filter((o) => !names.some((n) => n !== o.name && n.endsWith(o.name)));
}

/** Enterprises, agencies, institutes, schools and associations named in the title, lead and body. */
export const extractOrganizations: Analyser = (input) => {
  const { read, written } = readAndWritten(input);
  return { facts: { organizations: organizationsIn(read, written) } };
};
