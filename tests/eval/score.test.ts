import { describe, expect, it } from 'vitest';
import type { DistrictRef, Figure, Person, Project } from '../../src/model/article.js';
import type { GoldArticle } from '../../src/eval/gold.js';
import {
  districtPath,
  f1,
  pairUp,
  precision,
  projectKey,
  recall,
  sameOrganization,
  sameValue,
  scoreArticle,
  scoreDistrict,
  scoreFigures,
  scoreOrganizations,
  scorePeople,
  scoreProjects,
  scoreUnexpected,
} from '../../src/eval/score.js';

const figure = (text: string, value: number, kind: Figure['kind'] = 'money'): Figure => ({ text, value, unit: '元', kind, label: '总投资', sentence: '' });
const person = (name: string, titles: string[]): Person => ({ name, titles, quotes: [] });
const project = (name: string): Project => ({ name, status: null });
const district = (name: string, city: string | null, province: string, level: DistrictRef['level'] = 'county'): DistrictRef => ({
  name,
  code: '',
  city,
  province,
  level,
  confidence: 1,
  evidence: [],
});

describe('precision, recall and F1', () => {
  it.each([
    [{ tp: 9, fp: 1, fn: 0 }, 0.9, 1, 2 * 0.9 / 1.9],
    [{ tp: 3, fp: 1, fn: 2 }, 0.75, 0.6, (2 * 0.75 * 0.6) / 1.35],
    [{ tp: 0, fp: 0, fn: 0 }, 1, 1, 1],
    [{ tp: 0, fp: 2, fn: 3 }, 0, 0, 0],
  ])('%o gives precision %d, recall %d', (tally, p, r, f) => {
    expect(precision(tally)).toBeCloseTo(p, 12);
    expect(recall(tally)).toBeCloseTo(r, 12);
    expect(f1(tally)).toBeCloseTo(f, 12);
  });
});

describe('pairUp', () => {
  it('uses each found item once, so a fact reported twice leaves one copy over', () => {
    expect(pairUp(['30个'], ['30个', '30个'], (a, b) => a === b)).toEqual({ matched: 1, missed: [], extra: ['30个'] });
  });

  it('matches two gold facts with the same text to two found ones', () => {
    expect(pairUp(['2100个', '2100个'], ['2100个'], (a, b) => a === b)).toEqual({ matched: 1, missed: ['2100个'], extra: [] });
  });
});

describe('figures', () => {
  it('count when text and value agree', () => {
    const gold = [{ text: '7.66亿元', value: 766_000_000, kind: 'money' as const }];
    expect(scoreFigures(gold, [figure('7.66亿元', 766_000_000)]).tally).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('tolerate floating-point noise in the value but not a wrong unit of 万', () => {
    expect(sameValue(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameValue(766_000_000, 76_600_000)).toBe(false);
    expect(sameValue(0, 1e-12)).toBe(false);
  });

  it('give an amount off by 万 as a miss and a false positive, saying what was found', () => {
    const gold = [{ text: '1000万元', value: 10_000_000, kind: 'money' as const }];
    const { tally, findings } = scoreFigures(gold, [figure('1000万元', 1000)]);
    expect(tally).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(findings[0]).toMatchObject({ verdict: 'missed', fact: '1000万元 = 10000000', note: 'found with value 1000' });
    expect(findings[1]).toMatchObject({ verdict: 'extra', fact: '1000万元 = 1000' });
  });

  it('match on the text as written: a hedge left out is a different figure', () => {
    const gold = [{ text: '超百亿元', value: 1e10, kind: 'money' as const }];
    expect(scoreFigures(gold, [figure('百亿元', 1e10)]).tally).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('do not judge the kind', () => {
    const gold = [{ text: '90.2%', value: 0.902, kind: 'change' as const }];
    expect(scoreFigures(gold, [figure('90.2%', 0.902, 'percent')]).tally.tp).toBe(1);
  });
});

describe('people', () => {
  const gold = [{ name: '贾占', titles: ['蓟州区政协副主席', '区农业农村委主任'] }];

  it.each([
    ['the full title chain', ['蓟州区政协副主席', '区农业农村委主任'], { tp: 1, fp: 0, fn: 0 }],
    ['half the chain', ['区农业农村委主任'], { tp: 0, fp: 1, fn: 1 }],
    ['the chain out of order', ['区农业农村委主任', '蓟州区政协副主席'], { tp: 0, fp: 1, fn: 1 }],
    ['no title', [], { tp: 0, fp: 1, fn: 1 }],
  ])('with %s', (_case, titles, tally) => {
    expect(scorePeople(gold, [person('贾占', titles)]).tally).toEqual(tally);
  });

  it('say which titles were found for the right name', () => {
    const { findings } = scorePeople(gold, [person('贾占', ['区农业农村委主任'])]);
    expect(findings[0]).toMatchObject({ verdict: 'missed', note: 'found as 区农业农村委主任' });
  });

  it('count a reporter named as a person as a false positive', () => {
    expect(scorePeople([], [person('许磊', ['通讯员'])]).tally).toEqual({ tp: 0, fp: 1, fn: 0 });
  });
});

describe('projects', () => {
  it.each([
    ['引热入京项目', '引热入京', true],
    ['引热入京', '引热入京项目', true],
    ['水湳智慧城項目', '水湳智慧城', true],
    ['天津沃可达科技园项目', '建设天津沃可达科技园项目', false],
    ['鸿仓都市工业园', '鸿仓工业区', false],
  ])('%s and %s are the same project: %s', (gold, found, same) => {
    expect(projectKey(gold) === projectKey(found)).toBe(same);
    expect(scoreProjects([gold], [project(found)]).tally.tp).toBe(same ? 1 : 0);
  });
});

describe('organisations', () => {
  it.each([
    ['天津市河东区住房和建设委员会', '河东区住房和建设委员会', true],
    ['河北工业大学', '河北工业大学', true],
    ['天津大学', '大学', false],
    ['天津市政府新闻办', '政府新闻办', false],
    ['京东', '京东集团', false],
  ])('%s and %s: %s', (a, b, same) => {
    expect(sameOrganization(a, b)).toBe(same);
  });

  it('score names and say the type of a false positive', () => {
    const { tally, findings } = scoreOrganizations(['河北工业大学'], [{ name: '华明高新区还与河北工业大学', type: 'school' }]);
    expect(tally).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(findings[1]!.fact).toBe('华明高新区还与河北工业大学 (school)');
  });
});

describe('districts', () => {
  it.each([
    [district('北辰区', '天津市', '天津市'), '天津市 北辰区'],
    [district('桐乡市', '嘉兴市', '浙江省'), '浙江省 嘉兴市 桐乡市'],
    [district('天津市', '天津市', '天津市', 'city'), '天津市'],
    [district('杭州市', null, '浙江省', 'city'), '浙江省 杭州市'],
    [district('河北省', null, '河北省', 'province'), '河北省'],
    [null, null],
  ])('%o is written %s', (d, path) => {
    expect(districtPath(d)).toBe(path);
  });

  it('tell 天津市和平区 from 沈阳市和平区', () => {
    expect(scoreDistrict('天津市 和平区', district('和平区', '沈阳市', '辽宁省')).correct).toBe(false);
  });

  it.each([
    ['right', '天津市 北辰区', district('北辰区', '天津市', '天津市'), true, { tp: 1, fp: 0, fn: 0 }],
    ['wrong', '天津市 北辰区', district('东丽区', '天津市', '天津市'), false, { tp: 0, fp: 1, fn: 1 }],
    ['missing', '天津市 北辰区', null, false, { tp: 0, fp: 0, fn: 1 }],
    ['guessed where none can be told', null, district('河东区', '天津市', '天津市'), false, { tp: 0, fp: 1, fn: 0 }],
    ['rightly left open', null, null, true, { tp: 0, fp: 0, fn: 0 }],
  ])('%s', (_case, gold, found, correct, tally) => {
    expect(scoreDistrict(gold, found)).toMatchObject({ correct, tally });
  });
});

describe('a whole article', () => {
  const gold: GoldArticle = {
    title: '东丽区工信局开展工业企业大走访专项行动',
    district: '天津市 东丽区',
    figures: [{ text: '1.18亿元', value: 118_000_000, kind: 'money' }],
    people: [],
    projects: ['天津沃可达科技园项目'],
  };

  it('that segmentation lost misses every fact and gets its district wrong, even an open one', () => {
    const lost = scoreArticle(gold, null);
    expect(lost.districtCorrect).toBe(false);
    expect(lost.byType.figures.tally).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(lost.byType.projects.tally).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(scoreArticle({ ...gold, district: null }, null).districtCorrect).toBe(false);
  });

  it('leaves organisations unjudged when its gold entry does not list them', () => {
    const found = { district: null, figures: [], people: [], projects: [], organizations: [{ name: '国网天津东丽电力公司', type: 'enterprise' as const }] };
    expect(scoreArticle(gold, found).byType.organizations.tally).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(scoreArticle({ ...gold, organizations: [] }, found).byType.organizations.tally).toEqual({ tp: 0, fp: 1, fn: 0 });
  });

  it('no gold entry asks for counts only false positives', () => {
    const found = { district: district('红桥区', '天津市', '天津市'), figures: [figure('2.6亿元', 2.6e8)], people: [], projects: [], organizations: [] };
    const score = scoreUnexpected(found, false);
    expect(score.byType.district.tally).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(score.byType.figures.tally).toEqual({ tp: 0, fp: 1, fn: 0 });
  });
});
