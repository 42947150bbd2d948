import { INDUSTRY_WORDS } from './industries.js';

// Words that end a project's name: 江铜华北年产10万吨铜箔项目, 丰树蓟州国际食品产业园, 大连山海高端康养综合体.
// A bare 中心 (交易中心, 游客服务中心) is a facility within a project; …中心项目 is named by 项目.
const SUFFIXES = [
  '产业园区', '产业园', '科技园', '工业园', '物流园', '创业园', '产业基地', '基地', '园区', '综合体', '示范区', '特色小镇', '小镇',
  '创新港(?![口区湾务])', '物流港(?![口区湾务])', '项目', '工程',
];
export const PROJECT_SUFFIX = new RegExp(`(?:${SUFFIXES.join('|')})`, 'gu');
export const PROJECT_SUFFIX_AT_END = new RegExp(`(?:${SUFFIXES.join('|')})$`, 'u');

// Words that say what kind of project, not which: 重点项目, 优质项目, 招商项目, 民心工程, 工业园区.
const GENERIC_WORDS = [
  '重点', '重大', '优质', '招商引资', '招商', '旅游', '文旅融合', '文旅', '产业化', '产业', '高质量', '在建', '新建', '续建',
  '储备', '谋划', '签约', '重点在谈', '在谈', '各类', '相关', '有关', '好', '大', '新', '老', '一批', '民生', '基建',
  '基础设施', '政府投资', '社会投资', '市级', '区级', '省级', '国家级', '示范', '试点', '龙头', '标杆', '优秀', '数字化',
  '智能化', '绿色', '低碳', '农业', '工业', '科技', '服务业', '制造业', '乡镇', '乡村振兴', '民心', '惠民', '系统', '形象',
  '面子', '一号', '配套', '开工', '竣工', '投产', '建设', '招引', '落地', '合作', '外资', '内资', '这个', '该', '本', '此',
  '这些', '上述', '其他', '新开工', '已开工', '拟', '计划', '年度', '全年', '今年', '全市', '全区', '全县', '全镇', '所有',
  '各个', '多个', '部分', '城市更新', '生产', '研发', '培训', '教育', '实践', '实训', '服务', '政务服务', '文化', '体育',
  '医疗', '健康', '康养', '教育科研', '科研', '智慧农业', '新材料', '智能制造', '医疗健康', '新能源', '生物医药', '高端装备',
  '信息技术', '新一代信息技术', '数字经济', '现代服务业', '商贸', '物流', '高端', '特色', '先进制造业', '现代', '社会', '公益',
  '民营', '国有', '外商投资', '省市', '市区', '区', '市', '县', '镇', '产业链', '补链', '强链', '延链', '和', '与', '及', '的',
  '项目', '园区', '工程', '中心', '基地', '亿元', '万元', '以上', '级', '类', '批', '个', '项', '内', '中', '外', '省',
  '过', '超', '进度', '滞后', '缓慢', '停工', '停滞', '问题', '困难', '低效', '闲置', '单个', '每个', '一流', '用海', '涉海',
  '用地', '各', ...INDUSTRY_WORDS,
].sort((a, b) => b.length - a.length);
const GENERIC = new RegExp(`^(?:${GENERIC_WORDS.join('|')})+$`, 'u');
const GENERIC_END = new RegExp(`(?:${GENERIC_WORDS.join('|')})$`, 'u');
// 2023年第二季度重大项目: a period, not a name.
const PERIOD = /(?:\d{2,4}年|季度|年度|月份?|上半年|下半年|今年|明年|去年|[春夏秋冬]季)$/u;
// 100个重点项目, 两类项目, 一批优质项目: counted kinds, not names.
const COUNTED = /[\d一二三四五六七八九十百千万亿两几数多余]+[个项批类大家宗]?$/u;
// 全县经济运行和重大项目: a list that ends in a rank of project names none (汇佳和氢能装备制造项目,
// ending in an industry, is two projects).
const RANKS = ['重点', '重大', '优质', '一流', '在建', '新建', '续建', '储备', '签约', '招商引资', '招商', '各类', '相关', '有关', '市级', '区级', '县级', '省级'];
const LIST_OF_KIND = new RegExp(`[和及与、](?:${RANKS.join('|')})+$`, 'u');
const KIND_FIRST = /^(?:一批|一大批|多个|部分|各类|各|每|哪些|哪个|这些|该|本|此|其|全部)/u;
// 永兴镇 in 永兴镇、兴隆镇两个…基地: a place alone, as an item of a list, names where projects are, none of them.
const PLACE_ONLY = /^[\p{Script=Han}]{1,4}(?:区|县|镇|乡|街道)$/u;
// 哪些重点项目 (a question), 各园区要逐个项目 (a task): no project's name asks or distributes.
const ASKS_OR_EACH = /哪些|哪个|什么|多少|逐个|逐一/u;
// 大抓项目, 提速项目, 研究破解项目: a verb right before the suffix makes it an object, not a name.
const VERB_END = new RegExp(
  `(?:${[
    '抓', '大抓', '保障', '跑出', '提速', '破解', '坚持', '做强', '攻坚', '接续', '帮促', '服务', '推进', '推动', '实施', '建立',
    '实现', '引进', '引入', '招引', '落实', '抓好', '做好', '谋划', '储备', '盯', '包保', '调度', '围绕', '聚焦', '支持', '帮扶',
    '对接', '审批', '论证', '申报', '争取', '助力', '加快', '加速', '促进', '带动', '用好', '管好', '深化', '扩大', '发展', '壮大',
    '培育', '打造', '开工', '签约', '落地', '引导', '撬动', '强化', '优化', '增强', '盘活', '清理', '梳理', '摸排', '排查',
    '跟踪', '走访', '考察', '观摩', '参观', '督导', '检查', '汇聚到', '聚焦到', '宣布', '督办', '谋', '推', '促', '干', '保', '稳',
    '扩', '抢',
  ]
    .sort((a, b) => b.length - a.length)
    .join('|')})$`,
  'u',
);
// 在唐昌、安德两个街道规划建设5000亩标准化种植基地: a clause that builds something, not its name.
const CLAUSE_INSIDE = /(?:规划建设|开工建设|加快建设|计划建设|启动建设|[两\d一二三四五六七八九十]个(?:街道|乡镇|镇|村|区|县))./u;
// A place before the name (西青区…); not a count or a kind that happens to end in 市 (一批城市更新).
const LEADING_PLACE = /^(?![一二两三四五六七八九十几多各全该本此这每])[\p{Script=Han}]{2,3}(?:区|县|镇|乡|(?<!城)市)(?=[\p{Script=Han}]{2,})/u;

/**
 * True when the words before a suffix name a particular project (江铜华北年产10万吨铜箔, 天锻都市),
 * not a kind of one (重点, 100个重点, 招商).
 */
export function isNamedProject(modifier: string, suffix: string): boolean {
  const own = modifier.replace(LEADING_PLACE, '');
  if (own.length < 2 || GENERIC.test(own) || KIND_FIRST.test(own) || CLAUSE_INSIDE.test(own) || LIST_OF_KIND.test(own)) return false;
  if ((suffix === '' && PLACE_ONLY.test(modifier)) || ASKS_OR_EACH.test(modifier)) return false;
  let stem = own;
  for (let prev = ''; prev !== stem; ) {
    prev = stem;
    stem = stem.replace(GENERIC_END, '');
  }
  if (COUNTED.test(stem) || PERIOD.test(stem) || VERB_END.test(stem)) return false;
  if ((suffix === '园区' || suffix === '基地' || suffix === '小镇') && modifier.length < 3) return false;
  return true;
}
