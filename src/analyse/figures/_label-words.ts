// The vocabulary labels.ts reads a figure's sentence with: where phrases start and end, and which words
// name what is measured.

/** Where a clause starts: punctuation, list commas and quotation marks end the phrase a figure measures. */
export const CLAUSE_END = /[，,；;：:。！？!?、（(）)“‘「《》\s]/u;
export const CLOSING_QUOTE: Record<string, string> = { '”': '“', '’': '‘', '」': '「' };

// Verbs and connectors that end a label when they sit right before the figure: 注册资金共计 → 注册资金.
// 亩产预计能达到, 种植面积稳定在: what the article expects or keeps is not part of the measure; 能 only as
// "can", not ending a noun (产能, 储能, 功能); 均 as "all", not ending 平均 or 人均.
export const TRAILING =
  /(?:共计|累计|合计|总计|总共|拥有|共有|现有|已有|达到了?|高达|多达|达|为|是|有|约|分别|(?<![平人户亩日年月])均|突破|首次|再次|仅|只|已经|已|将|(?<![公中])共|可以|可|能够|(?<![产动效功技性储职智节热电光风核体潜才可])能|有望|预计|预期|了|完成了?|实现了?|增至|增长[到至]|提高[到至]|提升[到至]|上升[到至]|降至|下降[到至]|降低[到至]|(?:稳定|保持|控制|维持)在|至)+$/u;
// 比上年同期提高3.2个百分点: the basis of a change is not its subject.
export const BASIS_WORDS = /(?:同比|环比|比上年同期|较上年同期|比去年同期|较去年同期|与去年同期相比|比上年|较上年|比去年|较去年|比上月|较上月|比年初|较年初|分别)+$/u;

// The measure starts after the last of these: 预计可实现年销售收入 → 年销售收入.
export const CUT_WORDS = [
  '实现了', '实现', '完成了', '完成', '预计', '预期', '力争', '确保', '计划', '锚定', '其中', '目前', '已经', '能够', '可以',
  '带动', '拉动', '帮助', '推动', '通过', '经过', '包括', '以及', '同时', '此外', '另外', '据悉', '据统计', '据了解',
  '截至', '以来', '期间', '共计', '合计', '总计', '累计完成', '成功', '争取', '达到',
];
export const CUT_CHARS = '的将已并还也仅只可对在为是共达从向把让使有';
// Two-character words where a cut character is part of the word, not a function word: 在建项目, 国有企业, 人均可支配收入.
export const KEEP_AFTER =
  /^(?:在[建谈校职岗线营册途编库]|已[投开]|共[享建有]|有[效机色线生限]|为期|可[用再支比持]|将近|从业|对[外口公象]|还款|达[产标]|并[网购]|是否|使[用命]|向阳|把关|让利|的士|就[业医学]|都[市会]|再[生就]|其[他余]|和[谐平]|及时|与会|由于|而且|但是|还原|即时)/u;
export const KEEP_BEFORE = /(?:行为|国有|公有|民有|私有|保有|占有|所有|原有|固有|潜在|认可|许可|公共|中共|发达|雷达|方向|导向|外向|意向|大使|转让|出让|目的|合并|兼并|偿还|归还)$/u;

export const LEADING_TIME =
  /^(?:今年以来|今年|去年|明年|当年|年内|上半年|下半年|前三季度|[一二三四]季度|\d+(?:[-—至]\d+)?月份?|截至目前|目前|当前|近年来|近年|近期|日前|近日|此前|同时|此外|另外|其中|期间)+/u;
export const LEADING_PLACE =
  /^(?:[\p{Script=Han}]{2,3}(?:省(?![级内外])|市(?![场民容政值区县级])|区(?![域间块位级])|县(?![域城级])|镇(?![域级])|乡(?![村镇土级]))|[\p{Script=Han}]{2,4}街道(?!办))(?=[\p{Script=Han}]{2,})/u;
// 老旧小区, 景区, 园区, 开发区 end in 区 but are things measured, not places to drop.
// 高于全省, 低于全市: a comparison with the whole province, not a place's name.
export const NOT_PLACE = /(?:小|社|园|城|景|片|街|辖|山|农|矿|老|新|校|营|灾|库|发|验|护|风|市|湾|港)(?:区|市|镇|乡)$|[全于](?:省|市|区|县)$/u;
export const LEADING_FUNCTION =
  /^(?:将|对|在|从|为|由|使|让|把|向|与|和|及|并|且|而|但|也|又|还|就|都|再|即|已|共|其|该|此|这|到(?!位)|实现|完成|达到|发放|拨付|兑现|下达|安排|争取|落实|设立|准备|计划|拟|打算|预计|建成(?!后))/u;
// 公司今年一季度营业收入: when a figure was measured is not what it measures.
export const TIME_WORDS =
  /\d{4}年(?:以来|底|末|度)?|近?[\d一二三四五六七八九十]+年来|近[\d一二三四五六七八九十]+年|今年以来|今年|去年|明年|上半年|下半年|前三季度|[一二三四]季度|\d+(?:[-—至]\d+)?月份?/gu;
// A bare verb before an amount (设立两千万元产业引导基金): the noun after says what the money is.
export const MONEY_VERBS = /^(?:设立|投入|投资|争取|发放|筹集|拨付|落实|撬动|吸引|带动|完成|实现|安排|下达|兑现|获得|募集|融资|新增|引进)$/u;
export const TIMING = /^(?:用时|耗时|历时|时间|时长)$/u;
export const ADVERBS = /^(?:正式|全面|顺利|成功|基本|已经|已|首次|累计|共|先后|陆续|积极)+/u;

// Capacity wording before a figure: 年产10万吨铜箔 measures 铜箔年产能.
export const CAPACITY: [RegExp, string][] = [
  [/年产能?$/u, '年产能'], [/日产能?$/u, '日产能'], [/年处理$/u, '年处理能力'], [/日处理$/u, '日处理能力'],
  [/年加工$/u, '年加工能力'], [/年吞吐$/u, '年吞吐量'], [/年发电$/u, '年发电量'],
];

/** Nouns that name what is counted; a noun phrase after a count ends with the last of them. */
export const HEAD_NOUNS =
  /(?:项目|企业|公司|问题|教师|干部|学生|人员|人才|职工|员工|村民|居民|群众|游客|家庭|农户|岗位|措施|举措|政策|条款|事项|任务|活动|会议|工程|设施|学校|医院|社区|专利|产品|品牌|平台|基地|园区|载体|楼宇|厂房|车辆|车位|充电桩|课程|场馆|景区|合同|订单|资金|贷款|案件|隐患|商户|门店|机构|单位|党员|志愿者|专家|代表|客商|难题|诉求|集团|基站|学位|床位|产业链|产业集群|赛道|村|户)/gu;
export const NOUN_STOPS =
  /(?:\d|共|赴|抓|正在|在|将|已|的|是|与|和|增至|增加|增长|减少|下降|达到|达|至|到|参加|参与|实现|完成|落地|开工|签约|集中|入驻|获得|开展|走进|出台|得到|提供|达成|解决|进行|通过|被|为|于|实施|纳入|列入)/u;
export const GENERIC_NOUNS = new Set(['措施', '举措', '政策', '问题', '事项', '任务', '条款', '难题', '诉求', '项目']);
export const CLAUSE_VERBS = /(?:解决|化解|办结|整改|排查|出台|制定|推出|发布|签约|引进|开展|举办|帮助|服务|走访|新增|培育|认定|开工|竣工|落地)/u;
export const CLAUSE_VERBS_END = /(?:解决|化解|办结|整改|排查|出台|制定|推出|发布|落实)$/u;
export const PURPOSE = /^(?:支持|促进|推动|助力|加快|扶持|服务|保障|优化|稳定|激励)[\p{Script=Han}]{2,8}/u;
export const MONEY_WORDS = /(?:投资|资金|收入|产值|营收|销售额|总额|税收|利润|生产总值|增加值|金额|投资额|收益|额|规模|贷款|融资|补贴|奖励)$/u;
// 入驻企业已由2019年的35家增至126家, 失业率下降0.5个百分点至3.2%: the subject stands before these.
export const FROM_OR_CHANGE = /(?:已经?|均)?(?:由|从|增长|增加|上升|提高|提升|下降|减少|降低|回落|同比|环比)/u;
