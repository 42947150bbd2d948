import type { FigureKind } from '../../model/index.js';

/** What a unit word measures; `skip` marks units of time and age that are never figures (3年, 5个月, 65岁). */
export interface UnitInfo {
  kind: FigureKind | 'skip';
  /** The base unit reported in Figure.unit (平米 → 平方米, km → 公里). */
  unit: string;
  /** Power of ten a share is written in: -2 for %, -1 for 成 (三成 → 0.3). */
  exponent?: number;
}

const money = (unit: string): UnitInfo => ({ kind: 'money', unit });
const count = (unit: string): UnitInfo => ({ kind: 'count', unit });
const quantity = (unit: string): UnitInfo => ({ kind: 'quantity', unit });
const skip: UnitInfo = { kind: 'skip', unit: '' };

const UNITS: Record<string, UnitInfo> = {
  元: money('元'), 人民币: money('元'), 美元: money('美元'), 欧元: money('欧元'), 港元: money('港元'),
  港币: money('港元'), 日元: money('日元'), 英镑: money('英镑'),
  '%': { kind: 'percent', unit: '%', exponent: -2 }, '％': { kind: 'percent', unit: '%', exponent: -2 },
  个百分点: { kind: 'percent', unit: '百分点', exponent: -2 }, 百分点: { kind: 'percent', unit: '百分点', exponent: -2 },
  成: { kind: 'percent', unit: '%', exponent: -1 },
  个: count('个'), 家: count('家'), 家次: count('家次'), 项: count('项'), 名: count('名'), 人: count('人'),
  人次: count('人次'), 户: count('户'), 件: count('件'), 批: count('批'), 场: count('场'), 场次: count('场次'),
  所: count('所'), 座: count('座'), 条: count('条'), 位: count('位'), 次: count('次'), 套: count('套'),
  间: count('间'), 张: count('张'), 份: count('份'), 处: count('处'), 栋: count('栋'), 幢: count('幢'),
  种: count('种'), 款: count('款'), 只: count('只'), 头: count('头'), 株: count('株'), 棵: count('棵'),
  宗: count('宗'), 笔: count('笔'), 批次: count('批次'), 口: count('口'), 部: count('部'), 单: count('单'),
  本: count('本'), 台次: count('台次'), 架次: count('架次'), 辆次: count('辆次'),
  天: count('天'), 个工作日: count('工作日'), 工作日: count('工作日'), 小时: count('小时'), 个小时: count('小时'),
  分钟: count('分钟'),
  吨: quantity('吨'), 千克: quantity('千克'), 公斤: quantity('千克'), 斤: quantity('斤'), 亩: quantity('亩'), 公顷: quantity('公顷'),
  平方米: quantity('平方米'), 平米: quantity('平方米'), 平方公里: quantity('平方公里'), 平方千米: quantity('平方公里'),
  公里: quantity('公里'), 千米: quantity('公里'), 米: quantity('米'), 千瓦: quantity('千瓦'), 兆瓦: quantity('兆瓦'),
  吉瓦: quantity('吉瓦'), 千瓦时: quantity('千瓦时'), 度电: quantity('千瓦时'), 立方米: quantity('立方米'),
  升: quantity('升'), 标箱: quantity('标箱'), 辆: quantity('辆'), 台: quantity('台'), 艘: quantity('艘'),
  架: quantity('架'), 吨标准煤: quantity('吨标准煤'), 标准箱: quantity('标箱'),
  '微克/立方米': quantity('微克/立方米'), 毫克: quantity('毫克'), 兆瓦时: quantity('兆瓦时'),
  'm²': quantity('平方米'), '㎡': quantity('平方米'), km: quantity('公里'), kW: quantity('千瓦'),
  MW: quantity('兆瓦'), GW: quantity('吉瓦'), kWh: quantity('千瓦时'),
  年: skip, 个月: skip, 月: skip, 周: skip, 个周: skip, 岁: skip, 周岁: skip, 季度: skip, 个季度: skip,
  倍: { kind: 'change', unit: '倍' },
};

// A unit word that begins a longer, unrelated word is not a unit: 3天津, 5人民, 2条件, 10位于.
const NOT_UNIT_AFTER: Record<string, RegExp> = {
  天: /^天津/u, 人: /^人[民才口员群均]/u, 元: /^元[素旦宵]/u, 所: /^所[属在有以得]/u, 位: /^位[于置列居]/u,
  场: /^场[景所馆地]/u, 条: /^条[件例款]/u, 米: /^米[粮面]/u, 台: /^台[湾州阶上]/u, 名: /^名[列单义称胜片]/u,
  家: /^家[庭乡居]/u, 种: /^种[植养子]/u, 头: /^头[部雁]/u, 处: /^处[理置于长]/u, 间: /^间[隔接]/u,
  批: /^批[准复发]/u, 次: /^次[要年日]/u, 笔: /^笔[者]/u,
  口: /^口[岸径号罩味碑腔语头气子]/u, 部: /^部[门署分长委队位落件]/u, 单: /^单[位元独一项品体列价日月年次]/u,
  本: /^本[地市区县届次土科领身报着年月轮期部省镇]/u, 成: /^成[为立员本果效绩交品型功熟都长就才像]/u,
};

const UNIT_WORDS = Object.keys(UNITS).sort((a, b) => b.length - a.length);

/** The longest unit word at `pos` in `text`, if any. */
export function unitAt(text: string, pos: number): { word: string; info: UnitInfo } | null {
  for (const word of UNIT_WORDS) {
    if (!text.startsWith(word, pos)) continue;
    const guard = NOT_UNIT_AFTER[word];
    if (guard && guard.test(text.slice(pos))) continue;
    if (/^[A-Za-z]/u.test(word) && /[A-Za-z]/u.test(text[pos + word.length] ?? '')) continue;
    return { word, info: UNITS[word]! };
  }
  return null;
}
