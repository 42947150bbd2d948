import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Three short articles written for these tests, each about a different county: three district briefings. */
export const ARTICLES: Record<string, string> = {
  '北辰_双街镇.txt': `北辰区双街镇：“小巨人”企业跑出发展加速度
天津北方网讯：2024年3月12日，记者从北辰区双街镇获悉，今年前两个月，该镇规模以上工业总产值完成18.7亿元，同比增长9.6%。
双街镇现有国家级专精特新“小巨人”企业6家，市级专精特新中小企业41家。镇里为企业配备“服务专员”，今年以来协调解决用地、用工等问题23件。
“我们把服务送到车间里，企业有需求，我们马上办。”双街镇党委书记张建华说。
`,
  '武清_签约.txt': `武清区集中签约18个项目 总投资42.3亿元
本报讯（记者 刘洋）2024年3月15日，武清区举行一季度重点项目集中签约活动，18个项目现场签约，总投资42.3亿元，涵盖新一代信息技术、生物医药和高端装备制造等领域。
其中，京津智能网联汽车零部件产业园项目总投资12亿元，建成后预计年产值20亿元。武清区商务局局长孙立新表示，武清区将为签约项目提供全流程代办服务，推动项目早开工、早投产。
`,
  '宝坻_春耕.txt': `宝坻区：春耕备耕有序推进 农资储备充足
天津北方网讯：2024年3月20日，宝坻区农业农村委介绍，全区今年计划种植小麦25万亩、水稻48万亩，目前已储备化肥3.2万吨、种子1850吨，农机具检修率达到95%。
宝坻区在各镇街设立农技服务站32个，组织农技人员深入田间地头开展指导。
`,
};

/** Writes the articles into `dir` (created). */
export function writeArticles(dir: string, articles: Record<string, string> = ARTICLES): string {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(articles)) writeFileSync(join(dir, name), text);
  return dir;
}
