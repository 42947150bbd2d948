import { enterpriseName, fill, industry, projectName, type Cast } from './fill.js';
import type { CorpusDistrict } from './places.js';
import type { Random } from './random.js';
import { BEATS, type Beat } from './themes.js';
import { MORE_BEATS } from './themes-more.js';
import { AGENCIES, GIVEN, KICKERS, LEADER_RANKS, RANKS, SLOGANS, STREET_RANKS, SURNAMES, TOWN_RANKS } from './words.js';

const ALL_BEATS = [...BEATS, ...MORE_BEATS];

/** One generated news article, before it is laid out as a newspaper page or a web page. */
export interface CorpusArticle {
  district: CorpusDistrict;
  beat: string;
  date: Date;
  headline: string;
  kicker: string | null;
  /** The opening paragraph, which web pages repeat as 内容提要. */
  opening: string;
  sections: { heading: string | null; paragraphs: string[] }[];
  byline: { role: '通讯员' | '记者'; names: string[] };
}

const CLOSINGS = [
  '下一步，{d}将持续深化改革创新，推动各项工作再上新台阶。',
  '围绕预期目标任务，{t}将扎实推进全年工作向好向快发展。',
  '据悉，{ag}还将建立常态化工作机制，确保各项措施落地见效。',
  '{d}相关负责人表示，将以此为契机，奋力推动经济社会高质量发展。',
  '全镇各部门、各村居紧密配合，积极对接区级部门，做实做细各项工作。',
];
const SAYS = ['表示', '介绍', '说', '指出', '告诉记者'];

export function personName(rng: Random): string {
  return rng.pick(SURNAMES) + rng.sample(GIVEN, rng.chance(0.7) ? 2 : 1).join('');
}

/** An official with a full title chain: 蓟州区政协副主席、区农业农村委主任 or 小淀镇党委书记. */
function official(rng: Random, cast: Cast): { name: string; title: string } {
  const d = cast.district;
  const name = personName(rng);
  const roll = rng.next();
  if (roll < 0.5) return { name, title: `${cast.agency}${rng.pick(RANKS)}` };
  if (roll < 0.7) {
    const leader = rng.pick(LEADER_RANKS[d.level]);
    return { name, title: `${d.name}${leader.slice(1)}、${cast.agency.replace(d.name, d.level)}${rng.pick(RANKS)}` };
  }
  const ranks = cast.town.endsWith('街道') ? STREET_RANKS : TOWN_RANKS;
  return { name, title: `${d.name}${cast.town}${rng.pick(ranks)}` };
}

/** 1–3 sentences from the beat's patterns, none repeated within the article (they leave the pool). */
function paragraph(rng: Random, cast: Cast, pool: string[]): string {
  const count = Math.min(pool.length, rng.int(1, 3));
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(fill(pool.splice(rng.int(0, pool.length - 1), 1)[0]!, cast, rng));
  return out.join('');
}

function castFor(rng: Random, district: CorpusDistrict, beat: Beat, date: Date): Cast {
  const [town, town2] = rng.sample(district.towns, 2);
  return {
    district,
    town: town!,
    town2: town2 ?? town!,
    agency: `${district.name}${rng.pick(AGENCIES[beat.agencies]!)}`,
    org1: enterpriseName(rng, district),
    proj: projectName(rng),
    proj2: projectName(rng),
    ind1: industry(rng),
    date,
  };
}

/** A complete article about `district` on `date`: headline, sections, officials' words, figures, byline. */
export function generateArticle(rng: Random, district: CorpusDistrict, date: Date): CorpusArticle {
  const beat = rng.pick(ALL_BEATS);
  const cast = castFor(rng, district, beat, date);
  const pool = [...beat.body, ...beat.figures];
  const headline = rng.chance(0.2) ? `${cast.town}：${rng.pick(SLOGANS)}` : fill(rng.pick(beat.headlines), cast, rng);
  const opening = fill(rng.pick(beat.openings), cast, rng) + fill(pool.splice(rng.int(0, pool.length - 1), 1)[0]!, cast, rng);

  const speaker = official(rng, cast);
  const said = `${speaker.title}${speaker.name}${rng.pick(SAYS)}，${fill(pool.splice(rng.int(0, pool.length - 1), 1)[0]!, cast, rng)}`;
  const quoted = rng.sample(beat.quotes, rng.int(1, 2)).map((q) => fill(q, cast, rng)).join('');
  const quote = `“${quoted}”${speaker.name}说。`;
  const paragraphs = [said, paragraph(rng, cast, pool), quote, paragraph(rng, cast, pool)];
  if (pool.length >= 2) paragraphs.push(paragraph(rng, cast, pool));
  paragraphs.push(fill(rng.pick(CLOSINGS), cast, rng));

  const sections: CorpusArticle['sections'] = [];
  if (rng.chance(0.35) && beat.subheads.length >= 2) {
    const heads = rng.sample(beat.subheads, 2);
    const cut = rng.int(2, paragraphs.length - 2);
    sections.push({ heading: null, paragraphs: [] });
    sections.push({ heading: heads[0]!, paragraphs: paragraphs.slice(0, cut) });
    sections.push({ heading: heads[1]!, paragraphs: paragraphs.slice(cut) });
  } else {
    sections.push({ heading: null, paragraphs });
  }
  return {
    district,
    beat: beat.name,
    date,
    headline,
    kicker: rng.chance(0.25) ? rng.pick(KICKERS) : null,
    opening,
    sections,
    byline: rng.chance(0.7) ? { role: '通讯员', names: [personName(rng)] } : { role: '记者', names: [personName(rng), personName(rng)] },
  };
}
