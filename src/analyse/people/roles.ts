// The people a news story introduces by what they do, not by a post: 茶农方建华, 种植户李春生,
// 餐馆老板刘志强, 年画传承人王志刚. The role word is their title; one table, so it can grow.

/** Role words that stand right before a name; a compound ending in one (草莓种植户, 民宿经营户) reads as a role too. */
export const ROLE_WORDS = [
  // On the land and the water.
  '农民', '村民', '茶农', '果农', '菜农', '花农', '棉农', '椒农', '蕉农', '瓜农', '药农', '蚕农', '烟农', '稻农', '农户',
  '种植户', '养殖户', '种粮大户', '大户', '渔民', '牧民', '农场主', '庄园主',
  // Trade and crafts.
  '商户', '摊主', '店主', '老板', '老板娘', '经营户', '个体户', '业户', '花商', '茶商', '果商', '菜商', '经销商', '采购商',
  '批发商', '传承人', '手艺人', '匠人', '画师', '绣娘', '主播', '带货主播', '创业者', '厨师', '设计师', '技术员', '技师',
  '工人', '职工', '员工', '快递员', '外卖员', '骑手', '司机', '店员', '导游', '讲解员',
  // Residents and visitors.
  '居民', '市民', '游客', '业主', '租户', '家长', '学生', '患者', '旅客', '乘客', '村医', '网格员', '志愿者', '退休职工',
];

// 家住解放路附近的居民, 在大胡同经营箱包生意20多年的商户: the description before 的 is not the role.
const DESCRIPTION = /^.*的/u;
// 漕河镇村民, 南康区龙回镇家具厂老板: where the person lives is not part of what they do (超市老板 is).
const PLACE_PREFIX = /^.*?(?:省|(?<![超菜夜集门花鱼早股])市|区|县|镇|乡|村|街道|社区)(?=[\p{Script=Han}]{2,}$)/u;
const ROLE_AT_END = new RegExp(`(?:${[...ROLE_WORDS].sort((a, b) => b.length - a.length).join('|')})$`, 'u');

/** True when a title is a role (茶农, 草莓种植户), not a post. */
export function isRole(title: string): boolean {
  return ROLE_AT_END.test(title);
}

/** A title as a reader wants it: without the description before 的, and a role without its place. */
export function tidyTitle(title: string): string {
  const described = title.replace(DESCRIPTION, '');
  let t = described.length >= 2 ? described : title;
  if (!isRole(t)) return t;
  for (let cut = t.replace(PLACE_PREFIX, ''); cut !== t && isRole(cut); cut = t.replace(PLACE_PREFIX, '')) t = cut;
  return t;
}
