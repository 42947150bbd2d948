import { describe, expect, it } from 'vitest';
import { attributeDistrict, createPlaceContext } from '../../src/analyse/district.js';
import { prepareArticle } from '../../src/analyse/prepare.js';
import type { ArticleText } from '../../src/model/article.js';
import { analysisContext, makeArticle, seedArticle, writtenArticle } from './article.js';

const ctx = analysisContext();

function attribute(article: ArticleText, context = ctx) {
  return attributeDistrict(prepareArticle(article), context);
}

describe('attributeDistrict on the seeds', () => {
  it.each([
    ['jizhou', '蓟州区', '120119'],
    ['xiaodian', '北辰区', '120113'],
    ['dongli', '东丽区', '120110'],
    ['education', '北辰区', '120113'],
    ['beicang', '北辰区', '120113'],
  ] as const)('puts the %s article under %s', (key, name, code) => {
    const { facts, diagnostics } = attribute(seedArticle(key));
    expect(facts.district).toMatchObject({ name, code, city: '天津市', province: '天津市', level: 'county' });
    expect(facts.district!.confidence).toBeGreaterThan(0.8);
    expect(diagnostics ?? []).toEqual([]);
  });

  it('explains a town article by its town, in words a reader understands', () => {
    const { facts } = attribute(seedArticle('xiaodian'));
    expect(facts.district!.evidence[0]).toMatch(/^小淀镇 → 天津市北辰区（乡镇，标题\+正文\d+次）$/u);
  });

  it('does not give the education article to the partners or the destination', () => {
    const { facts } = attribute(seedArticle('education'));
    expect(facts.district!.name).toBe('北辰区');
    const names = facts.places!.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(['北辰区', '大兴', '廊坊', '无锡']));
    expect(facts.district!.evidence.at(-1)).toBe('次要提及：北京市大兴区（1次）');
  });

  it('counts 华明高新区 and 天津东丽 for 东丽区', () => {
    const { facts } = attribute(seedArticle('dongli'));
    expect(facts.places).toEqual(
      expect.arrayContaining([
        { name: '华明高新区', level: 'zone', code: null, county: '东丽区', mentions: 2 },
        { name: '东丽', level: 'county', code: '120110', county: '东丽区', mentions: 1 },
      ]),
    );
  });
});

describe('streets and rivers named after other places', () => {
  it('do not take the article: 苏州河 is in Shanghai, 河北路 and 南京路 are streets', () => {
    const article = makeArticle('天津和平区五大道文化街区夜间消费升温', [
      '沿着河北路和南京路，五大道文化旅游区的夜间集市吸引了大批市民游客，和平区商务局数据显示，夜间客流同比增长22%。',
      '不少游客表示，这里的街景让人想起苏州河畔的老建筑。',
    ]);
    const { facts } = attribute(article);
    expect(facts.district).toMatchObject({ name: '和平区', city: '天津市' });
    expect(facts.places!.map((p) => p.name)).not.toEqual(expect.arrayContaining(['苏州']));
    expect(facts.places!.map((p) => p.name)).not.toEqual(expect.arrayContaining(['河北']));
    expect(facts.places!.map((p) => p.name)).not.toContain('南京');
  });

  it('do not count as a mention of the place either, even where its full name stands earlier', () => {
    const article = makeArticle('西青区与和平区联合举办招聘会', [
      '天津市西青区人社局与和平区人社局在和平区南京路举办联合招聘会，和平区提供岗位1200个。',
      '招聘会现场设在西青路一侧，和平区商户踊跃参加。',
    ]);
    const places = attribute(article).facts.places!;
    expect(places.map((p) => p.name)).not.toContain('西青');
    expect(places.find((p) => p.name === '西青区')?.mentions).toBe(2);
  });
});

describe('a whole province, and two districts acting together', () => {
  it('gives a province-wide article to the province although one of its cities stands out once', () => {
    const article = makeArticle('四川省上半年新增规上工业企业1260家', [
      '记者从省经济和信息化厅获悉，上半年全省新增规上工业企业1260家，同比增长8.5%。',
      '分市州看，成都、绵阳、德阳新增数量居前三位，天府新区新增规上企业86家。',
      '下一步，全省将加大中小企业培育力度，省级财政安排专项资金12亿元。',
    ]);
    expect(attribute(article).facts.district).toMatchObject({ name: '四川省', level: 'province', city: null });
  });

  it('still gives a city-wide article to the city of its province', () => {
    const article = makeArticle('绵阳市一季度外贸进出口增长15%', [
      '一季度，绵阳市外贸进出口总额达到86亿元，同比增长15%。全市有进出口实绩的企业达到420家。',
      '绵阳市商务局表示，全市将加快建设国际物流通道。',
    ]);
    expect(attribute(article).facts.district).toMatchObject({ name: '绵阳市', level: 'city', province: '四川省' });
  });

  it('leaves open a joint event of two districts that act together', () => {
    const article = makeArticle('南开区与红桥区联合开展消费季活动', [
      '5月1日，南开区与红桥区联合开展的“津城消费季”活动启动，两区共有120家商户参与。',
      '其中，南开区商户推出优惠商品300款，红桥区商户推出优惠商品300款。',
    ]);
    const { facts, diagnostics } = attribute(article);
    expect(facts.district).toBeNull();
    expect(diagnostics![0]!.code).toBe('ANALYSE_DISTRICT_AMBIGUOUS');
  });

  it('keeps the host of a signing when the other district is its partner', () => {
    const article = makeArticle('南开区与红桥区签署合作协议', [
      '5月1日，南开区与红桥区签署教育合作协议，南开区将向红桥区派出骨干教师20名。',
      '南开区教育局表示，南开区今年还将新建学校3所。',
    ]);
    expect(attribute(article).facts.district).toMatchObject({ name: '南开区' });
  });
});

describe('attributeDistrict on written articles', () => {
  it.each([
    ['townOnly', '桐乡市', '嘉兴市', '浙江省'],
    ['formerCounty', '蓟州区', '天津市', '天津市'],
    ['formerDistrict', '滨海新区', '天津市', '天津市'],
    ['ecoCity', '滨海新区', '天津市', '天津市'],
    ['huaming', '东丽区', '天津市', '天津市'],
    ['zhongguancun', '宝坻区', '天津市', '天津市'],
    ['oneSubject', '西青区', '天津市', '天津市'],
    ['sharedTownWithCounty', '榆中县', '兰州市', '甘肃省'],
  ] as const)('puts %s under %s', (key, name, city, province) => {
    const { facts, diagnostics } = attribute(writtenArticle(key));
    expect(facts.district).toMatchObject({ name, city, province, level: 'county' });
    expect(diagnostics ?? []).toEqual([]);
  });

  it('says a former name is a former name', () => {
    const { facts } = attribute(writtenArticle('formerCounty'));
    expect(facts.district!.evidence).toContain('蓟县 → 天津市蓟州区（旧称，标题+正文2次）');
  });

  it('gives a city-wide article to the city', () => {
    const { facts } = attribute(writtenArticle('wholeCity'));
    expect(facts.district).toMatchObject({ name: '天津市', code: '1201', level: 'city', province: '天津市' });
  });

  it('gives a province-wide article to the province', () => {
    const { facts } = attribute(writtenArticle('wholeProvince'));
    expect(facts.district).toMatchObject({ name: '河北省', code: '13', level: 'province', city: null });
  });

  it('leaves two equally strong districts undecided, and says which', () => {
    const { facts, diagnostics } = attribute(writtenArticle('twoDistricts'));
    expect(facts.district).toBeNull();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics![0]).toMatchObject({ level: 'warning', code: 'ANALYSE_DISTRICT_AMBIGUOUS' });
    expect(diagnostics![0]!.message).toContain('天津市河东区');
    expect(diagnostics![0]!.message).toContain('天津市河西区');
  });

  it('leaves a town name shared by many counties undecided when nothing tells them apart', () => {
    const { facts, diagnostics } = attribute(writtenArticle('sharedTown'));
    expect(facts.district).toBeNull();
    expect(diagnostics![0]!.code).toBe('ANALYSE_DISTRICT_AMBIGUOUS');
    expect(diagnostics![0]!.message).toMatch(/城关镇.*and \d+ more/u);
    expect(facts.places).toEqual([{ name: '城关镇', level: 'town', code: null, county: null, mentions: 3 }]);
  });

  it('reports an article without any place', () => {
    const { facts, diagnostics } = attribute(writtenArticle('noPlace'));
    expect(facts).toEqual({ district: null, places: [] });
    expect(diagnostics).toEqual([expect.objectContaining({ code: 'ANALYSE_DISTRICT_NONE', level: 'warning' })]);
  });

  it('matches a traditional-character article and reports its places as written', () => {
    const { facts } = attribute(writtenArticle('traditional'));
    expect(facts.district).toMatchObject({ name: '北辰区', code: '120113' });
    expect(facts.places!.map((p) => p.name)).toEqual(['北辰區', '雙街鎮']);
  });

  it('does not count the outlet in the dateline as the subject', () => {
    const article = makeArticle('招商引资再提速 新签约项目18个', ['天津北方网讯：今年以来，宝坻区新签约项目18个，协议投资额52亿元。', '宝坻区将持续优化营商环境。']);
    expect(attribute(article).facts.district).toMatchObject({ name: '宝坻区', level: 'county' });
  });

  it('tells a shared district name apart by the outlet', () => {
    const article = makeArticle('河东区老旧小区改造惠及万余户居民', ['今年以来，河东区加快推进老旧小区改造提升工程，计划完成改造小区23个。'], { outlet: '天津日报' });
    expect(attribute(article).facts.district).toMatchObject({ name: '河东区', code: '120102' });
    expect(attribute(article).facts.places).toEqual([{ name: '河东区', level: 'county', code: '120102', county: '河东区', mentions: 2 }]);
    expect(attribute({ ...article, outlet: null }).facts.district).toBeNull();
  });

  it('reads a county-level city’s short form before 高新区', () => {
    const article = makeArticle('一季度昆山高新区经济运行稳中有进', ['今年一季度，昆山高新区实现地区生产总值386.5亿元，同比增长6.8%。']);
    expect(attribute(article).facts.district).toMatchObject({ name: '昆山市', city: '苏州市', province: '江苏省' });
  });

  it('lets the config settle a district name shared by two cities', () => {
    const article = makeArticle('和平区“五大道”文旅街区焕新', ['近日，和平区五大道文化旅游区完成提升改造，吸引大批游客打卡。']);
    const { diagnostics } = attribute(article);
    expect(diagnostics![0]!.message).toContain('"和平区": "天津市和平区"');
    const context = analysisContext({ aliases: { 和平区: '天津市和平区' } });
    expect(attribute(article, context).facts.district).toMatchObject({ name: '和平区', code: '120101', evidence: ['和平区 → 天津市和平区（区县，标题+正文2次）'] });
  });

  it('reads 我市 in a city-wide article as the outlet’s city', () => {
    const article = makeArticle('我市召开一季度经济运行分析会', ['4月15日，市政府召开一季度经济运行分析会。会议指出，全市经济运行开局良好。'], { outlet: '天津日报' });
    expect(attribute(article).facts.district).toMatchObject({ name: '天津市', level: 'city' });
    expect(attribute({ ...article, outlet: null }).diagnostics![0]!.code).toBe('ANALYSE_DISTRICT_NONE');
  });

  it('gives a text that names no place the county its source names, less surely', () => {
    const article = makeArticle('上半年全区重点项目完成投资156.8亿元', ['上半年，全区112个重点项目累计完成投资156.8亿元，占年度计划的56.3%。'], { outlet: '成都市郫都区发展和改革局' });
    const { facts, diagnostics } = attribute(article);
    expect(facts.district).toMatchObject({ name: '郫都区', city: '成都市', province: '四川省', level: 'county', confidence: 0.5 });
    expect(facts.district!.evidence).toEqual(['郫都区 → 四川省成都市郫都区（来源；正文未提及地名）']);
    expect(diagnostics ?? []).toEqual([]);
    // A source naming two counties says neither; the text's own places always come first.
    expect(attribute({ ...article, outlet: '郫都区 温江区联合编印' }).facts.district).toBeNull();
    const named = makeArticle('温江区重点项目完成投资56亿元', ['上半年，温江区重点项目累计完成投资56亿元。'], { outlet: '成都市郫都区发展和改革局' });
    expect(attribute(named).facts.district).toMatchObject({ name: '温江区' });
  });

  it('reads the county an outlet is named after (番禺发布, 北辰融媒) when the text names no place', () => {
    const article = makeArticle('大石古村菊花展11月22日开幕', ['今年的菊花展以“岭南秋韵”为主题，展出菊花品种360余个，免费向市民开放。'], { outlet: '番禺发布' });
    expect(attribute(article).facts.district).toMatchObject({ name: '番禺区', city: '广州市', confidence: 0.5 });
    expect(attribute({ ...article, outlet: '北辰融媒' }).facts.district).toMatchObject({ name: '北辰区', city: '天津市' });
    // 长安 names two counties: no district.
    expect(attribute({ ...article, outlet: '长安发布' }).facts.district).toBeNull();
  });

  it('tells a town name shared across the country apart by the county its outlet is named after', () => {
    const article = makeArticle('南村镇今年新增公共充电桩320个', ['今年以来，南村镇新增公共充电桩320个。'], { outlet: '番禺发布' });
    expect(attribute(article).facts.district).toMatchObject({ name: '番禺区', city: '广州市' });
    expect(attribute({ ...article, outlet: null }).diagnostics![0]!.code).toBe('ANALYSE_DISTRICT_AMBIGUOUS');
  });

  it('settles two counties the text weighs alike by the region its source is from', () => {
    const article = makeArticle('东西部协作结硕果', [
      '9月15日，石狮市、渭源县东西部协作联席会议召开。',
      '石狮市今年投入财政帮扶资金3200万元，渭源县引进福建企业6家。',
      '石狮市有关负责人表示，将继续深化产业协作。渭源县有关负责人表示，将用好帮扶资金。',
    ]);
    const tied = attribute(article);
    expect(tied.facts.district).toBeNull();
    expect(tied.diagnostics![0]!.code).toBe('ANALYSE_DISTRICT_AMBIGUOUS');
    const { facts } = attribute({ ...article, outlet: '定西日报' });
    expect(facts.district).toMatchObject({ name: '渭源县', city: '定西市', level: 'county' });
    expect(facts.district!.evidence.at(-1)).toBe('与石狮市并列，据来源“定西”判定');
  });

  it('reads 我县 in a county office’s text as that county, over the place its people went to', () => {
    const article = makeArticle('我县赴浏阳市学习考察花炮产业发展经验', [
      '11月5日至6日，副县长周建明带领县工信局负责同志赴浏阳市学习考察花炮产业发展经验。',
      '考察组走访了浏阳经开区4家企业，并与浏阳市工信局座谈。考察组认为，浏阳市花炮产业集群年产值已超过500亿元，其安全生产和品牌建设经验值得我县借鉴。',
    ], { outlet: '醴陵市人民政府办公室' });
    // 我县 does not fit a 市: the outlet 醴陵市 is not what 我县 means, and the text goes to 浏阳市.
    expect(attribute(article).facts.district).toMatchObject({ name: '浏阳市' });
    const county = { ...article, outlet: '攸县人民政府办公室' };
    const { facts } = attribute(county);
    expect(facts.district).toMatchObject({ name: '攸县', city: '株洲市', level: 'county' });
    expect(facts.district!.evidence[0]).toBe('我县 → 湖南省株洲市攸县（区县，标题+正文2次，据“攸县”判定）');
    // From a paper of no single county, 我县 says nothing.
    expect(attribute({ ...article, outlet: '株洲日报' }).facts.district).toMatchObject({ name: '浏阳市' });
  });

  it('gives a round-up of a city’s counties, a paragraph each, to the city', () => {
    const article = makeArticle('各县市区冲刺三季度项目建设', [
      '盛夏时节，烟台各地项目建设热潮涌动。',
      '龙口市：上半年龙口市新开工亿元以上项目18个，完成投资增长9.2%。',
      '莱州市：上半年莱州市黄金产业营业收入增长12.4%，新开工项目15个。',
      '招远市：上半年招远市电子信息产业产值增长8.6%，新开工项目14个。',
      '栖霞市：上半年栖霞市苹果出口额增长10.8%，新开工项目12个。',
    ]);
    expect(attribute(article).facts.district).toMatchObject({ name: '烟台市', level: 'city' });
  });

  it('uses the aliases in the config', () => {
    const article = makeArticle('老城厢历史文化街区完成修缮', ['老城厢历史文化街区修缮工程近日完工，12处历史建筑恢复原貌。']);
    const config = { aliases: { 老城厢: '天津市南开区' }, themes: {}, stopwords: [] };
    const context = { ...createPlaceContext(config), config };
    expect(attribute(article, context).facts.district).toMatchObject({ name: '南开区', code: '120104' });
    expect(attribute(article).facts.district).toBeNull();
  });
});

describe('place names that are part of other words', () => {
  it('reads no 大港 in 扩大港澳 or 重大港口, and no town in 各沿河镇', () => {
    const { facts } = attribute(
      makeArticle('南沙区扩大港澳专业人士执业范围', [
        '11月3日，广州市南沙区举行港澳专业人士跨境执业备案证书颁发仪式，进一步扩大港澳专业人士执业范围，推进一批重大港口项目。',
        '会议要求各沿河镇加强汛期巡查。',
      ]),
    );
    expect(facts.district!.name).toBe('南沙区');
    expect(facts.places!.map((p) => p.name)).toEqual(['南沙区', '广州市']);
    expect(facts.district!.evidence.join('')).not.toContain('次要提及');
  });

  it('still reads 大港 after a place that contains it, and at the start of a clause', () => {
    const { facts } = attribute(makeArticle('天津大港推进石化产业升级', ['大港石化产业园区新开工项目6个。']));
    expect(facts.district!.name).toBe('滨海新区');
  });
});

describe('a round-up of several counties', () => {
  it('goes to the province when its title says it goes round and the counties of three cities are named about alike', () => {
    const { facts } = attribute(
      makeArticle('湖南多地柑橘迎丰收 果农笑开颜', [
        '新华社长沙11月6日电 眼下，湖南多地柑橘进入采摘季。',
        '在石门县，柑橘种植面积达到45万亩，果农正忙着采摘装箱。石门县农业农村局负责人说，今年石门县柑橘价格稳中有升。',
        '在麻阳苗族自治县，冰糖橙收购点前排起长队，麻阳苗族自治县今年新建冷库12座。',
        '在宜章县，脐橙基地的分拣线满负荷运转，宜章县脐橙远销东南亚。',
      ]),
    );
    expect(facts.district).toMatchObject({ name: '湖南省', level: 'province' });
  });

  it('stays with one county whose title says many places where it names the others only in passing', () => {
    const { facts } = attribute(
      makeArticle('石门县多地柑橘迎丰收', ['今年，石门县柑橘种植面积达到45万亩，石门县夹山镇、皂市镇的果园迎来丰收。石门县的柑橘远销北京、广州，与宜章县、麻阳苗族自治县的企业签订了合作协议。']),
    );
    expect(facts.district!.name).toBe('石门县');
  });
});
