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
  ])('%s', (_case, text, name, status) => {
    expect(summary(inputOf('测试', [text]))).toEqual([[name, status]]);
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
  ])('finds none for %s', (_case, text) => {
    expect(projectsOf(inputOf('测试', [text]))).toEqual([]);
  });

  it('names a project in a traditional-script article as the article writes it', () => {
    const input = traditionalInput('臺中推動智慧城市', ['臺中市政府表示，水湳智慧城項目已於去年動工，總投資約120億元。']);
    expect(projectsOf(input)).toEqual([{ name: '水湳智慧城項目', status: 'starting', investment: 12_000_000_000 }]);
  });
});
