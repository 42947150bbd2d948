import type { Organization } from '../../model/index.js';

export type OrganizationType = Organization['type'];

/** Accepts a suffix occurrence, given the text before it (the candidate's prefix) and the text after it. */
type Guard = (prefix: string, after: string) => boolean;

const ANY: Guard = () => true;
// 局长, 厂长: a post, not the body.
const notPost: Guard = (_p, after) => !/^长/u.test(after);
const endsWith = (heads: string): Guard => {
  const re = new RegExp(`(?:${heads})$`, 'u');
  return (prefix) => re.test(prefix);
};

const OFFICE_HEADS =
  '合作交流|新闻|驻京|驻津|驻沪|驻深|驻穗|扶贫|侨|台|外事|金融|人防|网信|编|营商|双创|乡村振兴|创文|创卫|文明|综治|应急|' +
  '招商|信访|国资|口岸|防汛|防疫|协作|对口支援|政府|党委|人大|政协|安委|食安|爱卫|商务|督查|考核|研究|改革|发改|政务|法制|保密|机要';
const MINISTRY_HEADS =
  '组织|宣传|统战|武装|人武|商务|财政|教育|工信|科技|农业农村|生态环境|自然资源|交通运输|文化和旅游|国防|外交|公安|民政|' +
  '司法|应急管理|水利|住房和城乡建设|人力资源和社会保障|工业和信息化|发展改革|退役军人事务|社会工作|政法|网信|审计';
const CENTRE_HEADS =
  '研究|研发|检测|检验|技术|创新|孵化|数据|培训|交易|信息|指挥|物流|会展|展览|文化|医疗|卫生|体育|服务|疾病预防控制|疾控|' +
  '急救|调度|监测|推广|运营|便民|党群服务|融媒体|文明实践|政务服务|工程|设计|发展|营商|金融|人才|资源|产业';

/** Suffixes that end an organisation's name, with the type they give and when they count. */
const SUFFIXES: [word: string, type: OrganizationType, guard: Guard][] = [
  ['股份有限公司', 'enterprise', ANY], ['有限责任公司', 'enterprise', ANY], ['有限公司', 'enterprise', ANY],
  ['集团公司', 'enterprise', ANY], ['公司', 'enterprise', ANY], ['集团', 'enterprise', (_p, a) => !/^军/u.test(a)],
  ['股份', 'enterprise', (p, a) => !/^(?:有限|制|合作|公司)/u.test(a) && !/[持控入参]$/u.test(p)],
  ['银行', 'enterprise', (_p, a) => !/^业/u.test(a)], ['分行', 'enterprise', ANY], ['支行', 'enterprise', ANY], ['合作社', 'enterprise', ANY], ['事务所', 'enterprise', ANY],
  ['药业', 'enterprise', ANY], ['酒店', 'enterprise', ANY], ['油田', 'enterprise', (p) => p.length >= 2],
  // 我十几岁进厂, 以前每家厂: going into a factory, or any factory, is no name.
  ['厂', 'enterprise', (p, a) => !/^[长房区家商]/u.test(a) && !/[工药水进回去在]$/u.test(p) && !/[岁每]/u.test(p)],
  ['人民政府', 'agency', ANY], ['政府', 'agency', (p) => /[省市区县镇乡]$/u.test(p)],
  ['委员会', 'agency', ANY], ['管委会', 'agency', ANY], ['常委会', 'agency', ANY], ['街道办事处', 'agency', ANY],
  ['办事处', 'agency', ANY], ['办公室', 'agency', ANY], ['党工委', 'agency', ANY], ['工委', 'agency', ANY],
  ['政协', 'agency', ANY], ['人大', 'agency', (_p, a) => !/^代表/u.test(a)], ['法院', 'agency', ANY],
  ['检察院', 'agency', ANY], ['海关', 'agency', ANY],
  ['局', 'agency', (p, a) => notPost(p, a) && !/^[面势部限]/u.test(a) && !/[格布开结大全当变对赛胜败残棋饭骗平终出时邮好破新困危乱殊设定]$/u.test(p)],
  ['委', 'agency', (p, a) => !/^[员托屈婉]/u.test(a) && !/[常党纪区市县]$/u.test(p)],
  ['办', 'agency', (p, a) => !/^[公学理事法好成]/u.test(a) && endsWith(OFFICE_HEADS)(p, a)],
  ['厅', 'agency', (p, a) => notPost(p, a) && !/(?:餐|大|展|客|门|前|歌|舞|宴|服务|营业|办事)$/u.test(p)],
  ['部', 'agency', endsWith(MINISTRY_HEADS)], ['大队', 'agency', ANY], ['支队', 'agency', ANY],
  ['派出所', 'agency', ANY], ['司法所', 'agency', ANY],
  ['科学院', 'institute', ANY], ['研究院', 'institute', ANY], ['设计院', 'institute', ANY], ['规划院', 'institute', ANY],
  ['研究所', 'institute', ANY], ['实验室', 'institute', ANY], ['医院', 'institute', ANY], ['卫生院', 'institute', ANY],
  ['中心', 'other', endsWith(CENTRE_HEADS)],
  ['大学', 'school', (_p, a) => !/^[生城路街]/u.test(a)], ['学院', 'school', (_p, a) => !/^[生路街]/u.test(a)],
  ['中学', 'school', (_p, a) => !/^生/u.test(a)], ['小学', 'school', (p, a) => !/^生/u.test(a) && !/中$/u.test(p)],
  ['学校', 'school', ANY], ['幼儿园', 'school', ANY], ['党校', 'school', ANY],
  ['联合会', 'association', ANY], ['协会', 'association', ANY], ['商会', 'association', ANY], ['学会', 'association', ANY],
  ['促进会', 'association', ANY], ['研究会', 'association', ANY], ['基金会', 'association', ANY],
  ['联盟', 'association', ANY], ['总工会', 'association', ANY], ['妇联', 'association', ANY], ['侨联', 'association', ANY],
  ['文联', 'association', ANY], ['科协', 'association', ANY], ['残联', 'association', ANY],
];

const byWord = new Map(SUFFIXES.map(([w, type, guard]) => [w, { type, guard }]));

/** Every organisation suffix in a text, longest first at each position. */
export const SUFFIX = new RegExp(
  `(?:${[...byWord.keys()].sort((a, b) => b.length - a.length).join('|')})`,
  'gu',
);

/** The type a suffix gives, or null when the guard says this occurrence is not one (局长, 大学生). */
export function suffixType(word: string, prefix: string, after: string): OrganizationType | null {
  const entry = byWord.get(word);
  if (!entry || !entry.guard(prefix, after)) return null;
  if (word !== '中心') return entry.type;
  // A 中心 is a research body, a public-service agency, or something else.
  if (/(?:研究|研发|检测|检验|技术|创新|工程|数据|设计)$/u.test(prefix)) return 'institute';
  if (/(?:政务|服务|指挥|疾控|疾病预防控制|急救|融媒体|党群|便民|文明实践)$/u.test(prefix)) return 'agency';
  return 'other';
}

/** Suffixes that name a kind of organisation, for telling whether a text ends in a name. */
export const ANY_SUFFIX_AT_END = new RegExp(`(?:${[...byWord.keys()].join('|')})$`, 'u');
