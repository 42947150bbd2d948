import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { gazetteerWords, isUniqueCountyName, loadGazetteer } from '../../src/analyse/gazetteer.js';

const gazetteer = loadGazetteer();

/** Every mention in a text as `name→place label`, the way a reader would check it. */
function placesIn(text: string): string[] {
  return gazetteer.find(text).map((m) => `${m.text}→${m.entries.map((e) => gazetteer.label(e.division)).join('|')}`);
}

describe('loadGazetteer', () => {
  it('is loaded once per process', () => {
    expect(loadGazetteer()).toBe(gazetteer);
  });

  it.each([
    ['120113', ['天津市', '天津市', '北辰区']],
    ['120113107', ['天津市', '天津市', '北辰区', '小淀镇']],
    ['131082', ['河北省', '廊坊市', '三河市']],
    ['429004', ['湖北省', '仙桃市']],
  ])('gives the path province → city → county → town for %s', (code, names) => {
    expect(gazetteer.path(code).map((d) => d.name)).toEqual(names);
  });

  it.each([
    ['120113', '天津市北辰区'],
    ['1310', '河北省廊坊市'],
    ['429004', '湖北省仙桃市'],
  ])('labels %s as a reader names it: %s', (code, label) => {
    expect(gazetteer.label(gazetteer.division(code)!)).toBe(label);
  });

  it.each([
    ['北辰区', '天津市北辰区'],
    ['北辰', '天津市北辰区'],
    ['蓟县', '天津市蓟州区'],
    ['塘沽', '天津市滨海新区'],
    ['华明高新区', '天津市东丽区'],
    ['京津中关村科技城', '天津市宝坻区'],
    ['雄安新区', '河北省保定市'],
    ['浦东', '上海市浦东新区'],
    ['两江新区', '重庆市'],
  ])('looks up %s as a place in %s', (name, label) => {
    const where = gazetteer.lookup(name).map((e) => gazetteer.label(gazetteer.countyOf(e.division) ?? e.division));
    expect(where).toContain(label);
  });

  it('knows that 城关镇 is the name of many towns', () => {
    expect(gazetteer.lookup('城关镇').length).toBeGreaterThan(80);
  });

  it.each(['市辖区', '县', '省直辖县级行政区划', '科技园区北区', '综合保税区', '经济开发区'])('never takes %s for a place', (name) => {
    expect(gazetteer.lookup(name)).toEqual([]);
    expect(gazetteer.find(`位于${name}的企业`)).toEqual([]);
  });
});

describe('find', () => {
  it('finds full names with their offsets, longest first', () => {
    const text = '春满大地，北辰区北仓镇迸发出勃勃生机';
    const found = gazetteer.find(text);
    expect(found.map((m) => [m.text, m.start, m.end])).toEqual([
      ['北辰区', 5, 8],
      ['北仓镇', 8, 11],
    ]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe('北辰区');
  });

  it('reads a short form right after its province, and the province decides which one', () => {
    expect(placesIn('来自天津北辰、北京大兴、河北廊坊的教师')).toEqual([
      '天津→天津市',
      '北辰→天津市北辰区',
      '北京→北京市',
      '大兴→北京市大兴区',
      '河北→河北省',
      '廊坊→河北省廊坊市',
    ]);
    expect(placesIn('天津河北')).toEqual(['天津→天津市', '河北→天津市河北区']);
  });

  it('reads a short form before 地区 or 境内', () => {
    expect(placesIn('京津冀北辰地区艺体活动')).toEqual(['北辰→天津市北辰区']);
  });

  it.each(['南开大学的学生', '维护和平发展', '河东河西都有', '大兴调查研究之风', '张镇长主持会议', '新县城建设', '部分乡镇急需用地', '推进老城区改造'])(
    'does not take the words in “%s” for places',
    (text) => {
      expect(placesIn(text)).toEqual([]);
    },
  );

  it('counts a short form when the text names the same place in full elsewhere', () => {
    expect(placesIn('小淀镇立足区位优势，依托小淀当代国际艺术区')).toEqual(['小淀镇→天津市北辰区小淀镇', '小淀→天津市北辰区小淀镇']);
  });

  it('prefers the province when 县 or 区 starts the next word (河南县域, 海南区域)', () => {
    expect(placesIn('河南县域经济和海南区域合作')).toEqual(['河南→河南省', '海南→海南省']);
  });

  it('narrows a shared name to the place inside the province written before it', () => {
    expect(placesIn('甘肃省榆中县城关镇')).toEqual(['甘肃省→甘肃省', '榆中县→甘肃省兰州市榆中县', '城关镇→甘肃省兰州市榆中县城关镇']);
  });

  it('keeps a county name that is an ordinary word only when its city is named', () => {
    expect(placesIn('洛阳市老城区')).toEqual(['洛阳市→河南省洛阳市', '老城区→河南省洛阳市老城区']);
  });
});

describe('aliases', () => {
  it('adds configured aliases, written with their district', () => {
    const g = loadGazetteer({ 老城厢: '天津市南开区' });
    expect(g.find('老城厢历史文化街区').map((m) => g.label(m.entries[0]!.division))).toEqual(['天津市南开区']);
    expect(loadGazetteer({ 老城厢: '天津市南开区' })).toBe(g);
  });

  it('refuses an alias whose target is not one known place', () => {
    expect(() => loadGazetteer({ 某某园: '鼓楼区' })).toThrow(ConfigError);
    expect(() => loadGazetteer({ 某某园: '不存在区' })).toThrow(/not a known place/);
  });
});

describe('gazetteerWords', () => {
  it('lists county, town and alias names for the segmenter', () => {
    const words = new Set(gazetteerWords());
    for (const w of ['小淀镇', '北辰区', '中新天津生态城', '华明高新区']) expect(words.has(w)).toBe(true);
    expect(words.size).toBeGreaterThan(30000);
  });
});

describe('isUniqueCountyName', () => {
  it.each([
    ['北辰区', true],
    ['鼓楼区', false],
    ['和平区', false],
  ])('%s → %s', (name, unique) => {
    expect(isUniqueCountyName(name)).toBe(unique);
  });
});
