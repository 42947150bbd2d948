import { describe, expect, it } from 'vitest';
import type { Project } from '../../src/model/index.js';
import { extractProjects } from '../../src/analyse/projects.js';
import type { AnalysisInput } from '../../src/analyse/types.js';
import { context, fixtureInput, inputOf, seedInput, traditionalInput } from './_facts-input.js';

function projectsOf(input: AnalysisInput): Project[] {
  return extractProjects(input, context).facts.projects ?? [];
}

const summary = (input: AnalysisInput) => projectsOf(input).map((p) => [p.name, p.status]);

describe('projects in the seeds', () => {
  it('finds the 北仓镇 projects with their stage, split where two share a sentence', () => {
    expect(summary(seedInput('beicang'))).toEqual([
      ['林园生态农场项目', 'starting'],
      ['和谐家园菜市场项目', 'starting'],
      ['石广丰二期电子电路板研发生产项目', 'building'],
      ['辰星体育休闲营地设施改造项目', 'building'],
      ['鸿仓都市工业园', null],
    ]);
  });

  it('finds the 小淀镇 parks and the copper-foil project, cut from the verbs before them', () => {
    const found = summary(seedInput('xiaodian'));
    expect(found).toContainEqual(['江铜华北年产10万吨铜箔项目', 'planned']);
    expect(found).toContainEqual(['新能源产业园', 'planned']);
    expect(found.map(([name]) => name)).toContain('天锻都市产业园');
  });

  it('gives a project the amount written before it with 的 (总投资2.3亿元的…项目)', () => {
    const text = '据了解，该公司总投资2.3亿元的食用菌菌种研发中心项目已于今年3月开工建设，预计明年6月建成投产。';
    expect(projectsOf(inputOf('测试', [text]))).toEqual([{ name: '食用菌菌种研发中心项目', status: 'building', investment: 230_000_000 }]);
  });

  it('reads a numbered list of signed projects without the numbers, and no amount in 美元 as yuan', () => {
    const items = ['1．美锐智能家电全球研发制造基地项目，总投资48亿元，落户北滘镇；', '2．东和精密模具项目（日资），总投资8500万美元，落户容桂街道。'];
    expect(projectsOf(inputOf('测试', items))).toEqual([
      { name: '美锐智能家电全球研发制造基地项目', status: null, investment: 4_800_000_000 },
      { name: '东和精密模具项目', status: null, investment: null },
    ]);
  });

  it('cuts a project from the inspection verb before it (实地察看…工程)', () => {
    const input = inputOf('测试', ['随后，王晓峰来到西塘镇，实地察看西塘古镇保护提升二期工程建设进展。']);
    expect(projectsOf(input).map((p) => p.name)).toEqual(['西塘古镇保护提升二期工程']);
  });

  it('gives the 沃可达 park its stated investment', () => {
    expect(projectsOf(seedInput('dongli'))).toEqual([{ name: '天津沃可达科技园项目', status: null, investment: 118_000_000 }]);
  });

  it('finds the 蓟州 projects and no generic mention of 项目', () => {
    const found = summary(seedInput('jizhou'));
    expect(found).toContainEqual(['大连山海高端康养综合体项目', 'signed']);
    expect(found.map(([name]) => name)).toEqual(
      expect.arrayContaining(['丰树蓟州国际食品产业园', '春山里项目', '引热入京项目', '北京轨道交通平谷线东延']),
    );
    for (const [name] of found) expect(name).not.toMatch(/^(?:重点|优质|招商|旅游|高质量|一批|\d+个)/u);
  });

  it('takes 引热入京 and 引热入京项目 for one project, planned by its 前期工作', () => {
    const found = projectsOf(seedInput('jizhou')).filter((p) => p.name.startsWith('引热入京'));
    expect(found).toEqual([{ name: '引热入京项目', status: 'planned', investment: null }]);
  });

  it('finds no project in the education article', () => {
    expect(projectsOf(seedInput('education'))).toEqual([]);
  });
});

describe('projects in a written report of a signing ceremony', () => {
  const found = projectsOf(fixtureInput('foshan-parks'));
  const byName = (name: string) => found.find((p) => p.name === name);

  it('reads each stage from the words around the name', () => {
    expect(byName('美的智能家电研发总部项目')?.status).toBe('signed');
    expect(byName('碧桂园机器人谷二期')?.status).toBe('signed');
    expect(byName('伦教珠宝时尚产业园')?.status).toBe('completed');
    expect(byName('北滘机器人小镇')?.status).toBe('operating');
    expect(byName('容桂智能装备产业园')?.status).toBe('building');
  });

  it('gives a project the investment stated for it alone, not the total of a list', () => {
    expect(byName('美的智能家电研发总部项目')?.investment).toBe(4_500_000_000);
    expect(byName('碧桂园机器人谷二期')?.investment ?? null).toBeNull();
  });

  it('does not take a counted kind, a period or a learned society for a project', () => {
    for (const p of found) expect(p.name).not.toMatch(/12个|季度|学会|亿元以上/u);
  });
});

describe('projects in a written report of an inspection visit', () => {
  const found = projectsOf(fixtureInput('liangshan-visit'));
  const byName = (name: string) => found.find((p) => p.name === name);

  it('carries the next sentence (该项目…) over to the project just named', () => {
    expect(byName('西昌钒钛高端材料项目')).toEqual({ name: '西昌钒钛高端材料项目', status: 'building', investment: 3_200_000_000 });
  });

  it('shares 分别于…开工 between two projects joined by 和', () => {
    expect(byName('邛海湿地生态修复工程')?.status).toBe('starting');
    expect(byName('月城智慧物流园项目')?.status).toBe('starting');
  });

  it('does not read an inspection of 建设情况 as a stage', () => {
    expect(byName('安宁河谷现代农业示范区')?.status).toBeNull();
  });
});

describe('project patterns', () => {
  it.each([
    ['成功引入', '今年，我区成功引入中德智能制造产业园项目。', '中德智能制造产业园项目', 'signed'],
    ['开工', '北辰现代物流基地项目近日正式开工。', '北辰现代物流基地项目', 'starting'],
    ['竣工投产', '滨海新材料产业基地一期已于3月竣工投产。', '滨海新材料产业基地', 'completed'],
    ['投入运营', '海河智慧冷链物流园已投入运营。', '海河智慧冷链物流园', 'operating'],
    ['谋划', '区里正在谋划京滨综合交通枢纽工程。', '京滨综合交通枢纽工程', 'planned'],
    ['no status', '鸿仓都市工业园功能定位进一步明确。', '鸿仓都市工业园', null],
    ['a construction site', '走进天津华易新能源电池材料项目施工现场，塔吊林立、机器轰鸣。', '天津华易新能源电池材料项目', 'building'],
    ['being fitted out', '天津瑞康生物医药产业园项目已进入装修阶段，计划年底前投入使用。', '天津瑞康生物医药产业园项目', 'building'],
    ['a clause going on with 已于', '其中，恒瑞锂电池隔膜项目总投资20亿元，已于8月开工建设。', '恒瑞锂电池隔膜项目', 'starting'],
    ['a stage planned for a day to come', '总投资5.6亿元的宁河精密铸件产业园项目计划于2027年10月竣工投产。', '宁河精密铸件产业园项目', null],
    ['a stage of other things two clauses away', '全市建成螺蛳粉产业园5个，今年将重点推进柳南区螺蛳粉产业园扩建项目。', '柳南区螺蛳粉产业园扩建项目', null],
  ])('%s', (_case, text, name, status) => {
    expect(summary(inputOf('测试', [text]))).toEqual([[name, status]]);
  });

  it('gives an amount joined by 的 to the project after it, though a park stands before', () => {
    const text = '天津智能装备产业园迎来新成员——总投资15亿元的海工装备研发制造基地项目正式签约落户。';
    expect(projectsOf(inputOf('测试', [text])).map((p) => [p.name, p.investment])).toEqual([
      ['天津智能装备产业园', null],
      ['海工装备研发制造基地项目', 1_500_000_000],
    ]);
  });

  it('takes no project from a noun that holds 工程 (海洋工程装备, 工程机械)', () => {
    expect(projectsOf(inputOf('测试', ['该公司主要从事海洋工程装备的研发与制造，兼营工程机械租赁。']))).toEqual([]);
  });

  it('splits A和B项目 into both names', () => {
    expect(summary(inputOf('测试', ['全力推进平谷线东延和引热入京项目前期工作。']))).toEqual([
      ['平谷线东延', 'planned'],
      ['引热入京项目', 'planned'],
    ]);
  });

  it.each([
    ['重点项目', '要全力抓好重点项目，推动优质项目落地，做好招商项目储备。'],
    ['counted projects', '梳理“四个一批”项目清单，在建项目30个、储备项目6个，牢牢把100个重点项目抓在手上。'],
    ['项目 as an object', '大抓项目建设，推动项目进程，企业在项目建设初期办理用电。'],
    ['kinds of project', '突出推动乡镇农业产业、文旅融合两类项目落地，开发体验性强的旅游项目。'],
    ['a goal', '将鸿仓工业区打造成为航空航天科创产业园。'],
    ['a bare park', '在园区内兴建一批数字化工厂，民心工程惠及群众。'],
    ['a centre not being built', '市民可到区政务服务中心办理业务。'],
    ['a clause that plans a base, and the places before it', '郫都区将在唐昌、安德两个街道规划建设5000亩标准化种植基地。'],
    ['an official announcing the start', '区委副书记、区长陈建华宣布项目开工。'],
    ['projects by how they stand', '对进度滞后项目逐一督办，对问题项目挂牌整改。'],
  ])('finds none for %s', (_case, text) => {
    expect(projectsOf(inputOf('测试', [text]))).toEqual([]);
  });

  it('names a project in a traditional-script article as the article writes it', () => {
    const input = traditionalInput('臺中推動智慧城市', ['臺中市政府表示，水湳智慧城項目已於去年動工，總投資約120億元。']);
    expect(projectsOf(input)).toEqual([{ name: '水湳智慧城項目', status: 'starting', investment: 12_000_000_000 }]);
  });
});

describe('projects as a careful reader names them', () => {
  const names = (...paragraphs: string[]) => projectsOf(inputOf('测试', paragraphs)).map((p) => p.name);

  it.each([
    ['the verb before the name left out', '全县正加快建设绿色建材产业园项目，总投资8亿元。', ['绿色建材产业园项目']],
    ['建成 left out too', '今年建成智慧农业示范园项目一期。', ['智慧农业示范园项目']],
    ['a street named 建设 kept', '建设路改造工程已全面完工。', ['建设路改造工程']],
    ['the work on a place in a list', '依托大运河文化带建设、老城厢片区保护更新等重点项目，打造文旅新地标。', ['大运河文化带', '老城厢片区保护更新']],
    ['the park of a listed renewal', '重点推进东站商务区城市更新、红星产业园城市更新等项目。', ['东站商务区城市更新', '红星产业园']],
    ['a brand in quotation marks inside the name', '总投资6.8亿元的安吉“竹里”文旅综合体项目正式签约。', ['安吉“竹里”文旅综合体项目']],
    ['what is built at a place, the place left out', '该公司将在天荒坪镇建设竹材精深加工产业园。', ['竹材精深加工产业园']],
  ])('%s', (_case, text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    ['a counted kind after the name', '今年实施背街小巷整治项目26个，新建标准化养殖基地12个。'],
    ['a counted list of industries', '新引进新能源、生物医药、冷链物流等项目15个。'],
    ['industries called projects', '推动分布式光伏、风电储能等重大项目落地。'],
    ['a provincial or threshold class', '全年实施省重点项目120个、过亿元项目36个。'],
    ['a count of projects', '北辰、西青新开工项目数量居全市前列。'],
    ['facilities inside a project', '项目将新建游客集散中心、农产品交易中心和冷链仓储中心。'],
    ['a park used as a place', '在临港物流园，一辆辆货车正在装卸集装箱。'],
    ['an existing park reporting on itself', '一季度，滨河化工产业园实现产值52亿元。'],
    ['a town described as a base', '该镇是全国重要的五金工具生产基地，现有企业800余家。'],
    ['a complex a project becomes', '建成后将形成集研发、展示、交易于一体的家居产业综合体。'],
    ['a batch of a kind (一批城市更新, not a place 一批城市)', '明年将再启动一批城市更新项目，计划总投资超过50亿元。'],
    ['a model zone as a goal', '河西区打造高品质生活示范区。'],
    ['a single project as a threshold', '对单个项目固定资产投资超过5000万元的，按实际投资额给予补助。'],
    ['counted sea-use projects', '今年共有7宗用海项目获得批复，另有重大涉海项目4个正在论证。'],
    ['a first-class project as a slogan', '坚持一流项目引领，全年引进亿元以上项目18个。'],
    ['a list ending in a rank of project', '县委书记调研全县经济运行和重大项目建设情况。'],
    ['a season’s batch of projects', '长兴县秋季重大项目集中签约，共签约项目18个。'],
    ['a base a place means to become', '打造长三角“米袋子”供应基地，保障城市副食品供应。'],
    ['a question about projects', '请问今年全县有哪些重点项目？'],
    ['a task for each project', '各园区要逐个项目过堂，全年招商引资各项目要按期开工。'],
  ])('finds none for %s', (_case, text) => {
    expect(names(text)).toEqual([]);
  });

  it('takes no town listed before a named base as a project, and names a 创新港 but no 港口', () => {
    expect(names('推进永兴镇、兴隆镇两个万亩茶园机械化示范基地建设。')).not.toContain('永兴镇');
    expect(names('投资38亿元的历城生物医药创新港进入设备安装阶段，天津港物流港口扩建。')).toEqual(['历城生物医药创新港']);
  });

  it('keeps a name listed before an industry (not a rank) of project', () => {
    expect(names('力促瑞丰和锂电材料项目早开工、早投产。').some((n) => n.startsWith('瑞丰'))).toBe(true);
  });

  it('reads a list of project records: the name field whole, its investment field, not its site', () => {
    const found = projectsOf(
      inputOf('筠连县招商项目推介', [
        ['heading', '1. 项目名称：筠连县红茶精深加工及冷链物流中心项目'],
        ['heading', '建设地点：筠连县工业园区 筠连现代农业产业园三期'],
        '建设内容：新建红茶精制加工厂2座、冷链仓储库1.2万平方米。',
        ['heading', '总投资：6.5亿元'],
        ['heading', '2. 项目名称：筠连县生态康养小镇项目'],
        ['heading', '总投资：约12亿元'],
      ]),
    );
    expect(found.map((p) => [p.name, p.investment])).toEqual([
      ['筠连县红茶精深加工及冷链物流中心项目', 650_000_000],
      ['筠连县生态康养小镇项目', 1_200_000_000],
    ]);
  });

  it('keeps a park the article uses as a place when it is also being built', () => {
    expect(names('在滨河科技园，记者看到一栋栋厂房拔地而起。', '今年，滨河科技园正在加紧建设。')).toEqual(['滨河科技园']);
  });
});
