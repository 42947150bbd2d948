import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/model/index.js';
import { extractPeople } from '../../src/analyse/people.js';
import { TITLE, titleWordsIn } from '../../src/analyse/people/titles.js';
import type { AnalysisInput } from '../../src/analyse/types.js';
import { context, fixtureInput, inputOf, seedInput, traditionalInput } from './_facts-input.js';

function peopleOf(input: AnalysisInput): Person[] {
  return extractPeople(input, context).facts.people ?? [];
}

describe('people in the 蓟州 press conference (seed 000)', () => {
  const people = peopleOf(seedInput('jizhou'));
  const byName = (name: string) => people.find((p) => p.name === name);

  it('finds the four officials and nobody else', () => {
    expect(people.map((p) => p.name)).toEqual(['贾占', '刘凤林', '李淑伶', '邵长亮']);
  });

  it.each([
    ['贾占', ['蓟州区政协副主席', '区农业农村委主任']],
    ['刘凤林', ['蓟州区发展改革委主任']],
    ['李淑伶', ['蓟州区文化和旅游局二级调研员']],
    ['邵长亮', ['蓟州区合作交流办主任']],
  ])('gives %s the full title chain as written', (name, titles) => {
    expect(byName(name)?.titles).toEqual(titles);
  });

  it('attributes each quotation to its speaker, without the quotation marks', () => {
    expect(byName('刘凤林')?.quotes).toHaveLength(1);
    expect(byName('刘凤林')?.quotes[0]).toMatch(/^今年第一批11个重点项目包保工作启动以来.*让项目单位心无旁骛抓建设。$/u);
    expect(byName('李淑伶')?.quotes[0]).toMatch(/^蓟州区将大力实施旅游\+.*着力构建蓟州文旅发展新格局。$/u);
    expect(byName('邵长亮')?.quotes[0]).toMatch(/^结合蓟州区招商载体存量资源.*协议投资额超百亿元。$/u);
  });

  it('records indirect speech (贾占表示，……) as no quotation', () => {
    expect(byName('贾占')?.quotes).toEqual([]);
  });
});

describe('the newspaper page (seed 004)', () => {
  it.each(['xiaodian', 'dongli', 'education', 'beicang'] as const)('names no people in %s', (key) => {
    expect(peopleOf(seedInput(key))).toEqual([]);
  });
});

describe('people in a written report of an inspection visit', () => {
  const people = peopleOf(fixtureInput('liangshan-visit'));
  const byName = (name: string) => people.find((p) => p.name === name);

  it('finds the people in the news and leaves the reporters out', () => {
    expect(people.map((p) => p.name).sort()).toEqual(['刘洋', '张大爷', '李晓东', '欧阳明华', '王强', '陈静'].sort());
  });

  it('takes the name after a title and before 强调 apart (王强强调 → 王强)', () => {
    expect(byName('王强')?.titles).toEqual(['西昌市委书记']);
  });

  it('reads a compound surname and a title chain split at 、', () => {
    expect(byName('欧阳明华')?.titles).toEqual(['市委常委', '副市长']);
  });

  it('reads a title written after the name and a comma', () => {
    expect(byName('李晓东')?.titles).toEqual(['四川川西数字科技有限公司总经理']);
  });

  it('resolves 他 and 她 to the person named last', () => {
    expect(byName('李晓东')?.quotes).toEqual(['我们对西昌的营商环境非常满意，准备再追加投资两亿元扩大产能。']);
    expect(byName('陈静')?.quotes).toEqual(['今年全市计划完成固定资产投资420亿元，力争新开工项目40个以上。']);
  });

  it('attributes a quote introduced by 笑着说 to a villager', () => {
    expect(byName('张大爷')).toEqual({ name: '张大爷', titles: ['村民'], quotes: ['现在家门口就能打工，一个月能挣三四千元。'] });
  });

  it('reads a name after 据…介绍', () => {
    expect(byName('刘洋')?.titles).toEqual(['市农业农村局副局长']);
  });
});

describe('person patterns', () => {
  it.each([
    ['市长李四', '市长李四在会上指出，要全力稳增长。', '李四', ['市长']],
    ['title and name before 说', '区委书记张三说，今年要抓好招商。', '张三', ['区委书记']],
    ['several titles', '县委副书记、县长赵建国出席会议。', '赵建国', ['县委副书记', '县长']],
    ['a company chair', '天津某某集团董事长兼总经理孙立平介绍，集团营收稳步增长。', '孙立平', ['天津某某集团董事长兼总经理']],
    ['a company with its place in brackets', '中船海洋科技（天津）有限公司总经理孙海峰说，项目两个月就签了约。', '孙海峰', ['中船海洋科技（天津）有限公司总经理']],
  ])('%s', (_case, text, name, titles) => {
    expect(peopleOf(inputOf('测试', [text]))).toEqual([{ name, titles, quotes: [] }]);
  });

  it('merges repeated mentions and unions their titles in order', () => {
    const input = inputOf('测试', [
      '区发改委主任周明表示，今年将加快推进重点项目建设。',
      '周明说：“我们将全力以赴，确保项目按期投产。”',
      '区委常委、区发改委主任周明还强调，要压实责任。',
    ]);
    expect(peopleOf(input)).toEqual([
      { name: '周明', titles: ['区发改委主任', '区委常委'], quotes: ['我们将全力以赴，确保项目按期投产。'] },
    ]);
  });

  it('gives a quotation standing alone to the speaker who opens the next sentence (“……。”刘建军介绍，……)', () => {
    const input = inputOf('测试', [
      '“我们实行‘一个项目、一名区级领导、一个专班’的包联机制，从签约到开工仅用了4个月。”西青区发展改革委主任刘建军介绍，今年以来，全区新开工项目42个。',
    ]);
    expect(peopleOf(input)).toEqual([
      { name: '刘建军', titles: ['西青区发展改革委主任'], quotes: ['我们实行‘一个项目、一名区级领导、一个专班’的包联机制，从签约到开工仅用了4个月。'] },
    ]);
  });

  it('gives a quotation standing alone after someone spoke to them (……表示，……。“……。”)', () => {
    const input = inputOf('测试', ['县长何晓东在致辞中表示，德清将全力保障项目早落地、早开工。“我们承诺，签约项目从拿地到开工不超过90天。”']);
    expect(peopleOf(input)).toEqual([{ name: '何晓东', titles: ['县长'], quotes: ['我们承诺，签约项目从拿地到开工不超过90天。'] }]);
  });

  it.each([
    ['a meeting that spoke', '会议指出，要抓好项目落实。“项目是发展的生命线。”'],
    ['a source that is no person', '“今年的订单已经排到了明年三月。”据介绍，企业正在扩建二号车间。'],
    ['a speaker in the next paragraph', ['“今年的订单已经排到了明年三月。”', '区商务局局长王强介绍，外贸企业订单充足。']],
  ])('leaves a quotation standing alone unattributed after %s', (_case, text) => {
    const people = peopleOf(inputOf('测试', Array.isArray(text) ? text : [text]));
    expect(people.flatMap((p) => p.quotes)).toEqual([]);
  });

  it('reads a dotted name whose first part has two characters', () => {
    expect(peopleOf(inputOf('测试', ['德方企业代表卡尔·施密特表示，将扩大在高陵的投资。'])).map((p) => [p.name, p.titles])).toEqual([['卡尔·施密特', ['德方企业代表']]]);
  });

  it('reads a name with a middle dot', () => {
    const input = inputOf('测试', ['合作社理事长热合曼·阿不都拉表示：“今年合作社的收入比去年翻了一番。”']);
    expect(peopleOf(input)).toEqual([
      { name: '热合曼·阿不都拉', titles: ['合作社理事长'], quotes: ['今年合作社的收入比去年翻了一番。'] },
    ]);
  });

  it.each([
    ['a title with no name after it', '区长高度重视此项工作，要求各部门全力配合。'],
    ['a bare post', '相关负责人表示，将持续优化营商环境。'],
    ['a reporter in the text', '本报讯（记者 陈晓雯）记者王小明从区商务局获悉，外贸稳中有进。'],
    ['a slogan in quotes', '区委书记强调，要牢固树立“项目为王”理念。'],
    ['bodies and documents that speak', '会上，常委会指出，区里介绍，文件强调，公司表示，要抓好落实。'],
  ])('names nobody for %s', (_case, text) => {
    expect(peopleOf(inputOf('测试', [text]))).toEqual([]);
  });

  it('leaves out the names in the bylines', () => {
    const input = inputOf('测试', ['通讯员许磊说，活动吸引了众多市民参加。'], {
      bylines: [{ role: '通讯员', names: ['许磊'], text: '通讯员 许磊' }],
    });
    expect(peopleOf(input)).toEqual([]);
  });

  it('quotes a traditional-script article in its own characters', () => {
    const input = traditionalInput('臺中推動智慧城市', ['臺中市經濟發展局局長張瑞麟表示：「今年將全力推動產業轉型，吸引更多企業投資。」']);
    expect(peopleOf(input)).toEqual([
      { name: '張瑞麟', titles: ['臺中市經濟發展局局長'], quotes: ['今年將全力推動產業轉型，吸引更多企業投資。'] },
    ]);
  });
});

describe('people introduced by what they do, and titles as a reader wants them', () => {
  it.each([
    ['a tea farmer with any verb after the name', '在茶园里，茶农孙桂芝掰着指头算起了账。', '孙桂芝', ['茶农']],
    ['a grower who speaks while working', '“今年的桃子个头大、甜度高。”种植户郑国栋一边装箱一边说。', '郑国栋', ['种植户']],
    ['a restaurant owner', '“节假日一天能卖出300多碗面。”面馆老板吴春来说。', '吴春来', ['面馆老板']],
    ['a craftsman', '“剪纸讲究心到手到。”剪纸传承人马桂英说。', '马桂英', ['剪纸传承人']],
    ['a villager without the village', '“合作社每年给我们分红。”柳林村村民贺玉兰说。', '贺玉兰', ['村民']],
    ['a role after a description', '“以前下雨天路上全是泥。”住在老城区三十多年的居民罗秀云说。', '罗秀云', ['居民']],
    ['a spokesman', '区统计局新闻发言人余立新表示，全区经济运行总体平稳。', '余立新', ['区统计局新闻发言人']],
    ['a rare surname', '“订单已经排到了明年。”华强乐器有限公司董事长代明远说。', '代明远', ['华强乐器有限公司董事长']],
    ['a title with a company, after the name and a comma', '在展会现场，记者见到了邹国庆，江西绿源食品有限公司总经理。', '邹国庆', ['江西绿源食品有限公司总经理']],
    ['a district whose name begins with 和', '和平区文化和旅游局局长梁晓光介绍，五一假期客流明显增长。', '梁晓光', ['和平区文化和旅游局局长']],
    ['a reporter visiting before the title', '近日，本报记者专访了安吉县委书记沈建国，听他讲述竹产业转型的思路。', '沈建国', ['安吉县委书记']],
    ['a member of a leading party group', '区政府党组成员孙健出席会议。', '孙健', ['区政府党组成员']],
  ])('%s', (_case, text, name, titles) => {
    expect(peopleOf(inputOf('测试', [text])).map((p) => [p.name, p.titles])).toEqual([[name, titles]]);
  });

  it('gives every name listed after a title that title (副区长刘晓东、张红梅、赵志刚)', () => {
    const input = inputOf('测试', ['11月18日，区长王立群主持召开区政府常务会议，副区长刘晓东、张红梅、赵志刚出席会议。']);
    expect(peopleOf(input).map((p) => [p.name, p.titles])).toEqual([
      ['王立群', ['区长']],
      ['刘晓东', ['副区长']],
      ['张红梅', ['副区长']],
      ['赵志刚', ['副区长']],
    ]);
  });

  it('takes the answers of an interview (沈建国：……) as what the person said, and leaves the questions', () => {
    const input = inputOf('对话县委书记', [
      '近日，本报记者专访了安吉县委书记沈建国。',
      '记者：今年以来，安吉在竹产业转型上有哪些新举措？',
      '沈建国：我们坚持全链条发展。今年1—10月，全县竹产业实现产值186.4亿元。',
      '记者：下一步有什么打算？',
      '沈建国（安吉县委书记、县长）：明年计划招引亿元以上项目30个。',
    ]);
    expect(peopleOf(input)).toEqual([
      {
        name: '沈建国',
        titles: ['安吉县委书记', '县长'],
        quotes: ['我们坚持全链条发展。今年1—10月，全县竹产业实现产值186.4亿元。', '明年计划招引亿元以上项目30个。'],
      },
    ]);
  });

  it('gives the answers after 答： to the one person the interview named', () => {
    const input = inputOf('坚定不移推动制造业高质量发展', [
      '近日，记者就制造业发展专访了北辰区区长李明。',
      '问：北辰区制造业发展的底气在哪里？',
      '答：北辰是天津的制造业大区，全区共有规上工业企业780家。',
    ]);
    expect(peopleOf(input)).toEqual([{ name: '李明', titles: ['北辰区区长'], quotes: ['北辰是天津的制造业大区，全区共有规上工业企业780家。'] }]);
  });

  it('takes a press conference’s answers in their forms, and no office out of a list of posts for a name', () => {
    const input = inputOf('滨海新区举行海洋经济新闻发布会', [
      '8月26日，新区副区长孙立新出席并发布，区发展改革委主任杨晓峰、区规划和自然资源局副局长韩冬梅出席发布会并回答记者提问。',
      '【中央广播电视总台记者】：请问新区在海水淡化方面有哪些举措？',
      '【区发展改革委主任 杨晓峰】：谢谢您的提问。今年新区出台了海水淡化产业发展政策。',
      '天津日报记者：请问用海用地方面有哪些支持措施？',
      '【区规划和自然资源局副局长 韩冬梅】：我们对重大涉海项目实行“一张图”管理。',
      '问：人才引进方面有哪些新举措？',
      '答（孙立新）：人才是海洋经济发展的第一资源。',
    ]);
    expect(peopleOf(input)).toEqual([
      { name: '孙立新', titles: ['新区副区长'], quotes: ['人才是海洋经济发展的第一资源。'] },
      { name: '杨晓峰', titles: ['区发展改革委主任'], quotes: ['谢谢您的提问。今年新区出台了海水淡化产业发展政策。'] },
      { name: '韩冬梅', titles: ['区规划和自然资源局副局长'], quotes: ['我们对重大涉海项目实行“一张图”管理。'] },
    ]);
  });

  it('gives the names listed after 县领导 that post, and takes no name out of 领导班子', () => {
    const input = inputOf('测试', ['11月5日，县委书记王晓峰深入企业调研，县领导陈立群、徐振华和周海明参加调研。', '街道建立领导班子成员包联企业机制。']);
    expect(peopleOf(input).map((p) => [p.name, p.titles])).toEqual([
      ['王晓峰', ['县委书记']],
      ['陈立群', ['县领导']],
      ['徐振华', ['县领导']],
      ['周海明', ['县领导']],
    ]);
  });

  it.each([
    ['an everyday word after a role', '社区居民满意度达到97.2%，吸引大批市民游客驻足。'],
    ['a role word before a noun', '全村农户收入稳步增长，游客数量创新高。'],
    ['a role word running into a word', '游客高峰期到来，工人文化宫开放，居民楼加装电梯。'],
    ['a role word before an everyday word', '部分企业违规设置员工宿舍，安全出口被堵塞。'],
    ['和 before an everyday word after a title', '选派的医生、教师和专业技术人才均已到岗，企业负责人和安全管理人员参加培训。'],
    ['我代表, which speaks on behalf of an office', '现在，我代表区人民政府向大会报告工作，请予审议。'],
    ['an idiom after a title (齐聚一堂)', '来自各地的企业家代表齐聚一堂，行业协会代表欢聚一堂，共话发展。'],
  ])('names nobody for %s', (_case, text) => {
    expect(peopleOf(inputOf('测试', [text]))).toEqual([]);
  });
});

describe('the one who gave a report or an interview, named under its title', () => {
  it('reads the speaker under a report’s title and the one interviewed (——访…), without the 访', () => {
    const report = inputOf('政府工作报告（摘要）', ['各位代表：现在，我代表县人民政府，向大会报告工作。']);
    const subtitled = (subtitle: string) => peopleOf({ ...report, article: { ...report.article, subtitle } }).map((p) => [p.name, p.titles]);
    expect(subtitled('——2026年10月29日在德清县第十八届人民代表大会第六次会议上 德清县人民政府县长　沈立华')).toEqual([['沈立华', ['德清县人民政府县长']]]);
    expect(subtitled('——访北辰区区长李明')).toEqual([['李明', ['北辰区区长']]]);
  });
});

describe('quotations whose speaker is named after them', () => {
  it('gives a quote to the one a whole sentence after it names as speaking, and to a name said with a manner', () => {
    const people = peopleOf(inputOf('测试', [
      '“今年的核桃个头大、出仁率高，一斤能多卖三块钱！”58岁的村民赵桂兰一边晾晒核桃，一边笑着对记者说。她家种了20亩核桃。',
      '在车间里，记者见到了返乡青年孙悦。“刚开始直播的时候，一晚上就几个人看。”孙悦有些不好意思地说。',
    ]));
    expect(people.map((p) => [p.name, p.quotes])).toEqual([
      ['赵桂兰', ['今年的核桃个头大、出仁率高，一斤能多卖三块钱！']],
      ['孙悦', ['刚开始直播的时候，一晚上就几个人看。']],
    ]);
  });
});

describe('names spaced out, cut short by a verb, or titled twice', () => {
  it('reads a name padded with spaces after its title, two characters or three', () => {
    const people = peopleOf(inputOf('测试', ['区委常委、常务副区长　周　敏，天津恒达精工有限公司董事长　郑　国　栋出席仪式。区工信局局长　刘　静介绍了项目情况。']));
    expect(people.map((p) => [p.name, p.titles])).toEqual([
      ['周敏', ['区委常委', '常务副区长']],
      ['郑国栋', ['天津恒达精工有限公司董事长']],
      ['刘静', ['区工信局局长']],
    ]);
  });

  it('reads no name out of a post’s mailbox or line (县长信箱, 书记热线)', () => {
    expect(peopleOf(inputOf('测试', ['网民通过县长信箱反映小区供暖温度不达标，也拨打了书记热线反映问题。']))).toEqual([]);
  });

  it('ends a two-character name before 通报 and the like', () => {
    expect(peopleOf(inputOf('测试', ['县委常委、副县长邓宁通报了前三季度经济运行情况。'])).map((p) => p.name)).toEqual(['邓宁']);
  });

  it('keeps one title where the same post is said in full and shorter', () => {
    const people = peopleOf(inputOf('测试', ['赣县区王母渡镇党委书记钟华来到村里。王母渡镇党委书记钟华说，要把脐橙产业做强。', '副区长陈立出席。常务副区长陈立强调，要抓好项目。']));
    expect(people.map((p) => [p.name, p.titles])).toEqual([
      ['钟华', ['赣县区王母渡镇党委书记']],
      ['陈立', ['常务副区长']],
    ]);
  });
});

describe('quotations handed over without a verb of speech', () => {
  it('gives a quote after a colon, a dash or 看来 to the one the clause before names', () => {
    const people = peopleOf(inputOf('测试', [
      '种植大户刘德顺掰着指头算起了账：“一亩地纯收入比种玉米多出一千二，这账谁都会算。”',
      '村民对第一书记周海燕的评价很实在——“她是真把村里的事当自家的事。”',
      '在周海燕看来，“产业兴旺了，年轻人才愿意回来。”',
      '德方企业代表卡尔·施密特（Karl Schmidt）表示：“我们看重的是这里完整的配套和高效的服务。”',
    ]));
    expect(people.map((p) => [p.name, p.quotes])).toEqual([
      ['刘德顺', ['一亩地纯收入比种玉米多出一千二，这账谁都会算。']],
      ['周海燕', ['她是真把村里的事当自家的事。', '产业兴旺了，年轻人才愿意回来。']],
      ['卡尔·施密特', ['我们看重的是这里完整的配套和高效的服务。']],
    ]);
  });

});

describe('a list of appointments and removals (任免名单)', () => {
  it('gives each appointed person the posts they take, and each removed one the posts they held, marked 原', () => {
    const people = peopleOf(inputOf('任免名单', [
      '一、决定任命：',
      '周明远为宁波市鄞州区人民政府副区长；',
      '李　娜为宁波市鄞州区商务局局长；',
      '王海涛为宁波市鄞州区人民法院审判委员会委员、行政审判庭庭长。',
      '二、决定免去：',
      '陈国平的宁波市鄞州区商务局局长职务。',
      '会议决定接受赵立新辞去宁波市鄞州区人民代表大会代表职务的请求。',
    ]));
    expect(people.map((p) => [p.name, p.titles])).toEqual([
      ['周明远', ['宁波市鄞州区人民政府副区长']],
      ['李娜', ['宁波市鄞州区商务局局长']],
      ['王海涛', ['宁波市鄞州区人民法院审判委员会委员', '行政审判庭庭长']],
      ['陈国平', ['原宁波市鄞州区商务局局长']],
    ]);
  });
});

describe('a list of people commended, one to a line, each name before its post', () => {
  it('reads each name with its post, a padded two-character name too, and no name out of a village’s', () => {
    const people = peopleOf(inputOf('通报', ['二、先进个人（4名）', '张海峰　巴城镇人民政府副镇长', '李　婷　千灯镇水利站站长', '顾晓燕　淀山湖镇综合执法局科员', '陈志远　锦溪镇长云村党总支书记']));
    expect(people.map((p) => [p.name, p.titles])).toEqual([
      ['张海峰', ['巴城镇人民政府副镇长']],
      ['李婷', ['千灯镇水利站站长']],
      ['顾晓燕', ['淀山湖镇综合执法局科员']],
      ['陈志远', ['锦溪镇长云村党总支书记']],
    ]);
  });
});

describe('a list of attendees, each post set apart from the name by a space', () => {
  it('reads each name with its post, and a name before 女士 or 先生 without it', () => {
    const people = peopleOf(inputOf('测试', ['参会人员：区发改局局长　陈晓东；区财政局副局长　王丽萍；首南街道办事处主任 何建军。', '出席今天发布会的有：县茶产业发展中心主任冉娅女士，县农业农村局局长田茂松先生。']));
    expect(people.map((p) => [p.name, p.titles])).toEqual([
      ['陈晓东', ['区发改局局长']],
      ['王丽萍', ['区财政局副局长']],
      ['何建军', ['首南街道办事处主任']],
      ['冉娅', ['县茶产业发展中心主任']],
      ['田茂松', ['县农业农村局局长']],
    ]);
  });
});

describe('a note on the post between title and name', () => {
  it('reads 副县长（挂职）林晓东 as 林晓东, 副县长', () => {
    const people = peopleOf(inputOf('测试', ['援宁工作队分队队长、县委常委、副县长（挂职）林晓东介绍，12名医生已经到岗。']));
    expect(people.map((p) => [p.name, p.titles])).toEqual([['林晓东', ['援宁工作队分队队长', '县委常委', '副县长']]]);
  });

  it('keeps a person named 和 whose given name is no everyday word', () => {
    expect(peopleOf(inputOf('测试', ['副县长和建华出席活动并讲话。'])).map((p) => p.name)).toEqual(['和建华']);
  });
});

describe('titleWordsIn', () => {
  // The walk replaced a regex alternation over the same words: hold it to what the regex finds.
  it.each([
    '区农业农村委主任贾占、蓟州区政协副主席刘凤林表示',
    '党委书记兼董事长王五、副市长李四和主任委员赵六出席',
    '市长副市长副主任委员党工委书记第一书记',
    '没有任何职务的一句话',
    '',
  ])('finds in %s what matchAll(TITLE) finds', (text) => {
    const byRegex = [...text.matchAll(new RegExp(TITLE.source, 'gu'))].map((m) => [m.index, m[0]]);
    expect(titleWordsIn(text)).toEqual(byRegex);
  });
});
