import type { PlaceLevel } from '../model/article.js';
import type { Division } from './_divisions.js';

/**
 * When a name counts as a place mention:
 * always — the name alone says it (北辰区, 小淀镇, 廊坊);
 * guarded — a two-character name, unless the next character makes it a word (张镇长, 新县城);
 * context — only right after its province or city (天津北辰) or before 地区/境内 (北辰地区);
 * echo — only in a text that names the same place in full elsewhere (小淀 after 小淀镇);
 * tentative — a name that ends in a common word (分乡镇 in 部分乡镇, 建设街道): only when the text
 * names it twice, or names its county, city or province too;
 * supported — a county name that is an ordinary word (老城区, 城区): only when the text names its
 * city or province too.
 */
export type NameRule = 'always' | 'guarded' | 'context' | 'echo' | 'tentative' | 'supported';

/** What one name can stand for. */
export interface PlaceEntry {
  /** The name as the gazetteer knows it: 北辰区, 北辰, 小淀镇, 塘沽. */
  name: string;
  /** Level of the named place: an alias's own level (zone, former county), else its division's. */
  level: PlaceLevel;
  /** The named place's own code; null for an alias that is only part of its division. */
  code: string | null;
  form: 'full' | 'short' | 'alias';
  /** The division the name stands for (for an alias or a zone: the division it belongs to). */
  division: Division;
}

export interface NameKey extends PlaceEntry {
  rule: NameRule;
  /** May also count as an echo of a full mention elsewhere in the text. */
  echo: boolean;
}

const ETHNIC =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
const ETHNIC_TAIL = new RegExp(`(?:(?:${ETHNIC})族)+$`, 'u');
const BARE_ETHNIC_TAIL = new RegExp(`(?:${ETHNIC})$`, 'u');
const SUFFIX: Record<PlaceLevel, RegExp> = {
  province: /(?:省|市|特别行政区|自治区)$/u,
  city: /(?:市|地区|盟|自治州)$/u,
  county: /(?:自治县|自治旗|新区|林区|特区|区|县|市|旗)$/u,
  town: /(?:民族乡|族乡|镇|乡|街道|苏木|地区)$/u,
  zone: /$^/u,
};

/**
 * Short forms that are also ordinary words or other names (朝阳产业, 大兴调查研究, 和平发展, 三明治):
 * they count only in context, never as an echo.
 */
const COMMON_WORDS = new Set(
  (
    '大同 长治 开封 日照 中山 北海 白银 安康 大理 来宾 阿里 朝阳 兴安 黄山 海口 红河 三明 金华 通化 文山 天水 白山 ' +
    '玉林 安顺 海北 海东 海西 山南 广安 吴忠 中卫 泰安 吉安 玉树 包头 保山 平凉 湘西 大兴 怀柔 和平 河东 河西 南开 ' +
    '河北 红桥 滨海 东城 西城 城关 新华 长安 永安 太平 平安 安定 青山 城中 城东 城西 城南 城北 市中 开发 高新 新城 ' +
    '鼓楼 解放 人民 建设 胜利 红旗 前进 向阳 光明 东风 团结 民主 东方 南山 北山 西山 东山 金山 龙泉 白云 天河 江北 ' +
    '江南 江东 河口 中原 东湖 西湖 新市 普陀 长宁 静安 黄浦 城区 郊区 矿区 新区 东区 西区 南区 北区 中区 工业 农业 ' +
    '经济 桥西 桥东 新兴 兴隆 永兴 太和 同心 和顺 宁安 安宁 永和 长兴 长丰 和田 龙湖 金水 新洲 复兴 振兴 友好 文化 ' +
    '青年 东风 朝天 江油 广阳 宝山 金湾 海城 汉中 安源 兴华 建华 铁西 铁东 河南 海南 吉林 北京 天津 上海 重庆'
  ).split(' '),
);
// 部分乡镇, 统筹城乡, 上山下乡: town names whose last two characters are a word of their own.
const WORDY_TAILS = new Set(
  '乡镇 城乡 家乡 集镇 市镇 水乡 下乡 老乡 城镇 村镇 小镇 古镇 重镇 强镇 名镇 新镇 山乡 故乡 同乡 乡村'.split(' '),
);
// 建设街道, 市场街道: street names made of an ordinary word.
const WORDY_STEMS = new Set(
  ('建设 市场 创新 文化 健康 工业 交通 中心 合作 联合 胜利 联盟 广场 中华 和平 团结 解放 铁路 幸福 纺织 民族 繁荣 ' +
    '航空 前进 民主 机场 先进 友好 石油 工人 化工 世纪 工程 兴建 建筑 光荣 电力 红军 青年 劳动 学院 人民 阳光 东方 ' +
    '平台 公园 第一 第二 第三 第四 五一 大陆 黄石 城门 桃花 留下 行者 小龙 武林 皇城').split(' '),
);
const WORDY_COUNTIES = new Set(['解放区']);

function isWordy(d: Division): boolean {
  if (d.level === 'county') return WORDY_COUNTIES.has(d.name);
  if (d.level !== 'town') return false;
  const stem = d.name.replace(SUFFIX.town, '');
  return (d.name.length === 3 && WORDY_TAILS.has(d.name.slice(1))) || WORDY_STEMS.has(stem) || COMMON_WORDS.has(stem);
}

// County names that are ordinary words in a text (老城区, 城区, 港口区) need their city or province named.
const GENERIC_FULL = new Set(
  '城区 郊区 矿区 东区 西区 南区 北区 新县 新城区 老城区 市中区 城中区 城东区 城西区 城北区 城关区 港口区 新市区 西市区'.split(' '),
);

/** The form people write without the suffix: 北辰区 → 北辰, 大厂回族自治县 → 大厂, 广西壮族自治区 → 广西. */
function shortFormOf(d: Pick<Division, 'name' | 'level'>): string | null {
  const suffix = SUFFIX[d.level];
  if (!suffix.test(d.name)) return null;
  const stem = d.name.replace(suffix, '');
  let short = stem.replace(ETHNIC_TAIL, '');
  // 博尔塔拉蒙古自治州, 鄂伦春自治旗: the ethnic name without 族.
  if (short === stem && /自治/u.test(d.name)) short = stem.replace(BARE_ETHNIC_TAIL, '');
  return short.length >= 2 && short !== d.name ? short : null;
}

/** Every name under which a division can be written, with the rule that makes it count. */
export function namesOf(d: Division): [name: string, key: NameKey][] {
  const out: [string, NameKey][] = [];
  const short = shortFormOf(d);
  const key = (form: NameKey['form'], rule: NameRule, echo = false): NameKey => ({
    name: form === 'short' ? short! : d.name,
    level: d.level,
    code: d.code,
    form,
    division: d,
    rule,
    echo,
  });
  const common = short !== null && COMMON_WORDS.has(short);
  switch (d.level) {
    case 'province':
      out.push([d.name, key('full', 'always')]);
      if (short) out.push([short, key('short', 'always')]);
      break;
    case 'city':
      out.push([d.name, key('full', 'always')]);
      if (short) out.push([short, key('short', common ? 'context' : 'always')]);
      break;
    case 'county':
      out.push([d.name, key('full', GENERIC_FULL.has(d.name) ? 'supported' : isWordy(d) ? 'tentative' : d.name.length <= 2 ? 'guarded' : 'always')]);
      if (short) out.push([short, key('short', 'context', !common)]);
      break;
    case 'town':
      out.push([d.name, key('full', d.name.length <= 2 ? 'guarded' : isWordy(d) ? 'tentative' : 'always')]);
      if (short && !common) out.push([short, key('short', 'echo', true)]);
      break;
    case 'zone':
      out.push([d.name, key('full', 'always')]);
      break;
  }
  return out;
}
