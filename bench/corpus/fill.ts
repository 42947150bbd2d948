import type { CorpusDistrict } from './places.js';
import type { Random } from './random.js';
import { BRAND, COMPANY_FORMS, INDUSTRIES, PRODUCTS, PROJECT_TAILS, TRADES } from './words.js';

/** What one article is about: its place, date and main actors, fixed so its sentences agree. */
export interface Cast {
  district: CorpusDistrict;
  town: string;
  town2: string;
  /** The agency speaking for the district in this article, e.g. 北辰区商务局. */
  agency: string;
  org1: string;
  proj: string;
  proj2: string;
  ind1: string;
  date: Date;
}

export function brandName(rng: Random): string {
  return rng.sample(BRAND, rng.int(2, 3)).join('');
}

export function enterpriseName(rng: Random, district: CorpusDistrict): string {
  const place = district.province === '天津市' ? '天津' : district.short;
  const form = rng.pick(COMPANY_FORMS);
  return rng.chance(0.6) ? `${place}${brandName(rng)}${rng.pick(TRADES)}${form}` : `${brandName(rng)}${rng.pick(TRADES)}${form}`;
}

export function projectName(rng: Random): string {
  return `${brandName(rng)}${rng.pick(PRODUCTS)}${rng.pick(PROJECT_TAILS)}`.replace(/项目项目$/u, '项目');
}

export function industry(rng: Random): string {
  return rng.pick(INDUSTRIES);
}

const fixed = (n: number, digits: number) => n.toFixed(digits).replace(/\.?0+$/u, '');

/** Figures in the forms regional news writes them: 7.66亿元, 3200万元, 27.86%, 同比增长155.84%. */
const FIGURES: Record<string, (rng: Random) => string> = {
  yi: (r) => `${fixed(r.int(10, 9999) / 100, 2)}亿元`,
  wan: (r) => `${r.int(2, 980) * 10}万元`,
  pct: (r) => `${fixed(r.int(100, 6000) / 100, 2)}%`,
  // Coverage, completion and satisfaction rates sit near the top.
  small: (r) => `${fixed(r.int(10, 99) / 10, 1)}%`,
  rate: (r) => `${fixed(r.int(850, 999) / 10, 1)}%`,
  up: (r) => `同比增长${fixed(r.int(5, 1600) / 10, 1)}%`,
  down: (r) => `同比下降${fixed(r.int(5, 180) / 10, 1)}%`,
  n: (r) => String(r.int(3, 60)),
  big: (r) => String(r.int(12, 320) * 10),
  area: (r) => `${fixed(r.int(5, 300) / 10, 1)}万平方米`,
  mu: (r) => `${r.int(2, 300) * 10}亩`,
  km: (r) => `${fixed(r.int(15, 400) / 10, 1)}公里`,
  ton: (r) => `${fixed(r.int(5, 900) / 10, 1)}万吨`,
};

/** The pattern with every {slot} filled; figures are drawn anew for every slot, names come from the cast. */
export function fill(pattern: string, cast: Cast, rng: Random): string {
  return pattern.replace(/\{(\w+)\}/gu, (whole, slot: string) => {
    const figure = FIGURES[slot];
    if (figure) return figure(rng);
    switch (slot) {
      case 'd':
        return cast.district.name;
      case 'ds':
        return cast.district.short;
      case 'city':
        return cast.district.city;
      case 't':
        return cast.town;
      case 't2':
        return cast.town2;
      case 'agency':
        return cast.agency;
      case 'ag':
        // 北辰区商务局 → 区商务局, as articles name it after the first mention.
        return cast.district.level + cast.agency.slice(cast.district.name.length);
      case 'org1':
        return cast.org1;
      case 'org':
      case 'org2':
        return enterpriseName(rng, cast.district);
      case 'proj':
        return cast.proj;
      case 'proj2':
        return cast.proj2;
      case 'ind1':
        return cast.ind1;
      case 'ind':
        return industry(rng);
      case 'md':
        return `${cast.date.getUTCMonth() + 1}月${cast.date.getUTCDate()}日`;
      case 'm':
        return String(Math.max(2, cast.date.getUTCMonth() + 1));
      default:
        throw new Error(`unknown slot ${whole}`);
    }
  });
}
