// A park that only hosts what the article is about, or that the article describes, is no project:
// 在汉源县花椒产业园，记者见到了…; 中国川菜产业园现有入驻企业120家; 店口镇是全国重要的…生产基地;
// 打造集茶叶加工、交易、研学于一体的茶产业综合体. Named …项目 and …工程 are always projects.

const PLACE_LIKE = /(?:产业园区|产业园|科技园|工业园|物流园|创业园|产业基地|基地|园区|示范区|小镇|综合体)$/u;
// 在X，/ 走进位于南开区的X核心区: a place where something happens.
const AT_PLACE_BEFORE = /(?:^|[，,。；;：:])(?:在|于|走进|来到|位于|依托)(?:[^，,。；;：:“”]{0,14}的)?$/u;
const AT_PLACE_AFTER = /^(?:[，,]|内|里|中|一角|核心区)/u;
// X现有入驻企业120家, X实现产值96.4亿元: an existing park reporting on itself.
const REPORTS_AFTER = /^(?:(?:一季度|上半年|前三季度|今年以来|今年|去年|目前|已)?(?:现有|已有|共有|拥有|实现|累计|集聚|聚集|内聚集|入驻企业|产值))/u;
// 是全国重要的…基地, …园区之一, 集…于一体的…综合体, 打造全国重要的…基地: what a place is or should be.
const DESCRIBED_BEFORE = /(?:是[^，,。；;]{0,16}|于一体的|一体化的|(?:全国|全省|全市|国内|国际|世界|区域|北方|南方)[^，,。；;]{0,8}的)$/u;
const DESCRIBED_AFTER = /^之一/u;

/** True when the park named at [start, end) of a sentence is a place or a description there, not a project. */
export function isHostingPlace(sentence: string, start: number, end: number): boolean {
  const name = sentence.slice(start, end);
  if (!PLACE_LIKE.test(name)) return false;
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  if (AT_PLACE_BEFORE.test(before) && AT_PLACE_AFTER.test(after)) return true;
  if (REPORTS_AFTER.test(after)) return true;
  return DESCRIBED_BEFORE.test(before) || DESCRIBED_AFTER.test(after);
}
