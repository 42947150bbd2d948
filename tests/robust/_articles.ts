/**
 * Article texts written for these tests in the style of district news pages. The districts are
 * not those of the seeds, so a bad file that still yields an article never changes a seed briefing.
 */

/** 河西区, no date in it: the invalid-UTF-8 case damages line 3. */
export const HEXI = [
  '河西区推进老旧小区改造提升居民生活品质',
  '本报讯（记者 周文静）河西区围绕群众急难愁盼问题，统筹推进老旧小区改造，全区共启动改造项目12个，涉及居民楼86栋、居民4300余户。',
  '在友谊路街道的一处小区，施工人员正在对外墙进行保温处理，楼道内新装的感应灯和扶手已经投入使用。“以前楼道黑、管线乱，现在干净亮堂多了。”居民王大爷说。',
  '据介绍，河西区把改造与完善社区养老、托育等服务设施结合起来，同步建设口袋公园3处，新增停车位260个。',
];

/** 南开区, no date in it: the truncated-GBK case cuts its last character. */
export const NANKAI = [
  '南开区打造科技创新策源地',
  '本报讯（通讯员 李明远）南开区依托区内高校和科研院所资源，加快建设环天南大知识创新集聚区，目前已聚集科技型企业1800余家。',
  '区科技局负责人表示，南开区将继续完善“孵化器＋加速器＋产业园”全链条服务体系，推动更多科研成果就地转化。',
];

/** 红桥区: what the files with odd names hold when they are good. */
export const HONGQIAO = [
  '红桥区西沽公园举办春季花展',
  '本报讯（记者 孙晓雯）西沽公园春季花展日前开幕，园内20余个品种的桃花、海棠竞相开放，吸引大批市民游客前来赏花。',
  '红桥区城市管理委负责人介绍，花展期间公园延长开放时间，并增设便民服务点5处。',
];

/** A column's call for contributions: nothing in it is an article. */
export const CALL_FOR_CONTRIBUTIONS = [
  '《区域观察》栏目征稿启事',
  '为全面展示各区经济社会发展成就，本报《区域观察》栏目长期面向各区委宣传部、融媒体中心征集稿件，欢迎踊跃投稿。',
  '来稿请注明作者姓名、单位及联系方式，一经采用，稿酬从优。',
  '投稿邮箱：qygc@example.com',
  '投稿热线：022-23456789',
];

/** One of N articles of a generated corpus, spread over eight Tianjin districts. */
export function corpusArticle(i: number): string {
  const places = [
    ['和平区', '小白楼街道'], ['河东区', '大王庄街道'], ['河西区', '友谊路街道'], ['南开区', '学府街道'],
    ['河北区', '望海楼街道'], ['红桥区', '西沽街道'], ['东丽区', '华明街道'], ['西青区', '杨柳青镇'],
  ] as const;
  const [district, town] = places[i % places.length]!;
  const topics = ['智能制造产业园', '冷链物流中心', '生物医药研发基地', '新能源汽车零部件项目', '数字经济产业园'];
  const topic = topics[i % topics.length]!;
  const amount = ((i * 37) % 90) + 10;
  return [
    `${district}${town}${topic}建设提速（第${i + 1}篇）`,
    `本报讯（记者 王${'晓明华丽'[i % 4]}）${district}${town}${topic}建设现场塔吊林立，总投资${amount}亿元的主体工程已完成${(i % 7) * 10 + 30}%。`,
    `${town}负责人介绍，项目建成后预计年产值可达${amount * 2}亿元，新增就业岗位${(i % 9) * 100 + 300}个。`,
    `今年以来，${district}坚持“项目为王”，新签约项目${(i % 11) + 5}个，协议投资额同比增长${(i % 13) + 8}.5%，为全区经济稳中向好提供了有力支撑。`,
    `${district}发展改革委有关负责同志表示，下一步将持续优化营商环境，推动更多项目早开工、早投产、早见效。`,
  ].join('\n');
}
