import { describe, expect, it } from 'vitest';
import type { Organization } from '../../src/model/index.js';
import { extractOrganizations } from '../../src/analyse/organizations.js';
import type { AnalysisInput } from '../../src/analyse/types.js';
import { context, fixtureInput, inputOf, seedInput, traditionalInput } from './_facts-input.js';

function organizationsOf(input: AnalysisInput): Organization[] {
  return extractOrganizations(input, context).facts.organizations ?? [];
}

const names = (input: AnalysisInput) => organizationsOf(input).map((o) => o.name);

describe('organisations in the seeds', () => {
  // The speakers' agencies (蓟州区政协, 区农业农村委 …) appear only inside their titles: not listed.
  it('finds the agencies, institutes and enterprises that act in the 蓟州 press conference', () => {
    expect(organizationsOf(seedInput('jizhou'))).toEqual([
      { name: '天津市政府新闻办', type: 'agency' },
      { name: '市政府驻京办', type: 'agency' },
      { name: '中国科学院', type: 'institute' },
      { name: '京东集团', type: 'enterprise' },
      { name: '中科纳米', type: 'enterprise' },
      { name: '华谊兄弟', type: 'enterprise' },
    ]);
  });

  it('cuts the verb before a company (对接国网天津东丽电力公司) and keeps the longer of two names', () => {
    expect(organizationsOf(seedInput('dongli'))).toEqual([
      { name: '东丽区工信局', type: 'agency' },
      { name: '国网天津东丽电力公司', type: 'enterprise' },
    ]);
  });

  it('reads enterprises named in a list before 等…企业, with 和 inside a name', () => {
    expect(organizationsOf(seedInput('xiaodian'))).toEqual([
      { name: '天锻压力机有限公司', type: 'enterprise' },
      { name: '东鼎科技', type: 'enterprise' },
      { name: '驰乾驰和餐饮', type: 'enterprise' },
    ]);
  });

  it('finds the schools, whole', () => {
    expect(organizationsOf(seedInput('education'))).toEqual([
      { name: '河北工业大学', type: 'school' },
      { name: '北京市十一学校天津实验学校', type: 'school' },
    ]);
  });

  it('finds the companies and the institute whose growth the article reports', () => {
    expect(organizationsOf(seedInput('beicang'))).toEqual([
      { name: '岭北金属公司', type: 'enterprise' },
      { name: '水泥工业设计研究院', type: 'institute' },
      { name: '中材节能公司', type: 'enterprise' },
    ]);
  });
});

describe('organisations in a written report of a signing ceremony', () => {
  const found = organizationsOf(fixtureInput('foshan-parks'));

  it.each([
    ['广东美的制冷设备有限公司', 'enterprise'],
    ['顺德区工业和信息化局', 'agency'],
    ['顺德区人民政府', 'agency'],
    ['华南理工大学', 'school'],
    ['广东省机械工程学会', 'association'],
    ['佛山智能制造创新研究院', 'institute'],
  ])('finds %s (%s)', (name, type) => {
    expect(found).toContainEqual({ name, type });
  });

  it('finds nothing else: 区投资促进局 is only part of its director’s title', () => {
    expect(found).toHaveLength(6);
  });
});

describe('organisation patterns', () => {
  it.each([
    ['a bank', '中国农业银行天津分行为企业发放贷款。', '中国农业银行天津分行'],
    ['a company with its place in brackets', '华为技术（天津）有限公司落户滨海新区。', '华为技术（天津）有限公司'],
    ['a town government', '小淀镇政府组织召开推进会。', '小淀镇政府'],
    ['a management committee', '华明高新区管委会负责同志介绍了情况。', '华明高新区管委会'],
    ['a chamber of commerce', '会上，天津市浙江商会与区政府签订合作协议。', '天津市浙江商会'],
    ['a research centre', '依托天津大学精密测试技术研究中心开展攻关。', '天津大学精密测试技术研究中心'],
    ['a party department', '区委组织部召开专题会议。', '区委组织部'],
    ['a street office', '小淀街道办事处开展入户走访。', '小淀街道办事处'],
    ['the office of a party committee', '市委办公室印发通知。', '市委办公室'],
  ])('%s', (_case, text, name) => {
    expect(names(inputOf('测试', [text]))).toContain(name);
  });

  it.each([
    ['generic words', '各部门、各单位要加强协调，帮助企业解决实际困难，专班成员深入一线。'],
    ['a post, not a body', '局长带队检查，校长主持会议，厂长介绍情况。'],
    ['kinds of organisations', '培育一批龙头企业和重点医院，引导民营企业、外资公司加大投入。'],
    ['students and a pattern of growth', '大学生和中学生参观了展览，构建发展新格局，开好局起好步。'],
    ['bare levels of government', '按照市委、市政府部署，区委、区政府作出安排。'],
    ['a hospital named only by its kind', '重点推进中医院中医特色重点医院政策申报。'],
  ])('finds nothing in %s', (_case, text) => {
    expect(names(inputOf('测试', [text]))).toEqual([]);
  });

  it('names a body once across the title and the text, by its fuller name', () => {
    const input = inputOf('东丽区工信局开展大走访', ['区工信局深入企业走访。', '区工信局协调解决用电问题。']);
    expect(names(input)).toEqual(['东丽区工信局']);
  });

  it('names an organisation in a traditional-script article as the article writes it', () => {
    const input = traditionalInput('臺中推動智慧城市', ['臺中市政府與國立中興大學簽署合作協議。']);
    expect(organizationsOf(input)).toEqual([
      { name: '臺中市政府', type: 'agency' },
      { name: '國立中興大學', type: 'school' },
    ]);
  });
});

describe('organisations that act, named as a reader names them', () => {
  it.each([
    ['a university after 来自', '来自南开大学的科研团队进驻园区。', ['南开大学']],
    ['a partner after 还与', '滨海高新区还与天津理工大学共建研发平台。', ['天津理工大学']],
    ['brands in a list', '全市已培育鸿星尔克、七匹狼等知名品牌。', ['鸿星尔克', '七匹狼']],
    ['enterprises described at length', '吸引顺丰、中通等头部快递物流企业落户。', ['顺丰', '中通']],
    ['an oilfield company', '华北油田主动让出部分生产区域。', ['华北油田']],
    ['a university after a district and 与', '南开区与天津大学共建科技成果转化中试基地。', ['天津大学']],
    ['an academy after 区里与', '区里与西安美术学院合作，把农民画做成文创产品。', ['西安美术学院']],
    ['a company whose name holds 转向', '湖北恒隆凯迩必汽车电动转向系统有限公司生产线开足马力。', ['湖北恒隆凯迩必汽车电动转向系统有限公司']],
    ['a customer after 配套', '全区汽车零部件企业配套东风公司，订单持续增长。', ['东风公司']],
    ['carmakers after 发往', '每天有1500套电动转向器下线，发往东风、比亚迪等整车企业。', ['东风', '比亚迪']],
    ['a partner after 联合', '斗南街道联合顺丰、京东等物流企业开通鲜花专线。', ['顺丰', '京东']],
    ['a district whose name starts with 和, after its city', '天津市和平区人民政府发布通知。', ['天津市和平区人民政府']],
    ['an office things are reported to', '请于9月5日前将排查情况报送县应急管理局。', ['县应急管理局']],
  ])('%s', (_case, text, expected) => {
    expect(names(inputOf('测试', [text]))).toEqual(expected);
  });

  it.each([
    ['an agency only in a title', '东丽区农业农村委员会主任杨立新介绍，今年粮食喜获丰收。'],
    ['a grade before the post', '西青区文化和旅游局一级调研员孙丽表示，全区文旅市场持续回暖。'],
    ['counted kinds', '全区现有农民专业合作社86家，新引进特色餐饮、文创零售等品牌30个。'],
    ['a facility being built', '项目将规划建设农产品检测研发中心，新建游客服务中心。'],
    ['the centre of a project name', '正在建设的国家种业创新中心项目总投资12亿元。'],
    ['a list of facilities being built', '项目将建设非遗工坊、水乡剧场和精品酒店。'],
    ['going into a factory, and any factory', '“我十几岁进厂学捞纸。以前每家厂都要自己喷漆。”'],
    ['trades listed before 等…行业企业', '对全县化工、建材、纺织等重点行业企业开展专项检查。'],
  ])('finds nothing for %s', (_case, text) => {
    expect(names(inputOf('测试', [text]))).toEqual([]);
  });

  it('lists an agency that acts, although its director is named too', () => {
    const input = inputOf('测试', ['记者从宝坻区商务局获悉，一季度全区社零额增长6%。', '宝坻区商务局局长王立军表示，将继续办好消费季。']);
    expect(names(input)).toEqual(['宝坻区商务局']);
  });
});
