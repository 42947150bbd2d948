import { describe, expect, it } from 'vitest';
import { matchArticles, titleKey, titleScore } from '../../src/eval/match.js';

const t = (title: string) => ({ title });

describe('titles', () => {
  it('compare without spaces, punctuation or full-width forms', () => {
    expect(titleKey('北仓镇跑出经济发展“加速度”')).toBe(titleKey('北仓镇跑出经济发展"加速度"'));
    expect(titleKey('河西区楼宇经济量质齐升 税收超亿元楼宇达到18座')).toBe(titleKey('河西区楼宇经济量质齐升税收超亿元楼宇达到１８座'));
  });

  it.each([
    ['the same headline', '小淀镇：以奋进之姿推进高质量发展', '小淀镇：以奋进之姿推进高质量发展', 1],
    ['a kicker glued on', '北仓镇跑出经济发展“加速度”', '开好局 起好步 多措并举抓经济 北仓镇跑出经济发展“加速度”', 0.9],
  ])('score %s', (_case, gold, found, score) => {
    expect(titleScore(gold, found)).toBe(score);
  });

  it('tell two stories of one page apart', () => {
    expect(titleScore('大口屯镇设施农业提档升级', '团泊镇体育赛事带火“流量经济”')).toBeLessThan(0.5);
  });
});

describe('matchArticles', () => {
  it('pairs each gold entry with its article, whatever the order', () => {
    const gold = [t('崔黄口镇：老地毯织出新“锦绣”'), t('大口屯镇设施农业提档升级'), t('团泊镇体育赛事带火“流量经济”')];
    const found = [t('团泊镇体育赛事带火“流量经济”'), t('崔黄口镇：老地毯织出新“锦绣”'), t('大口屯镇设施农业提档升级')];
    const { pairs, unmatched } = matchArticles(gold, found);
    expect(pairs.map((p) => [p.gold.title, p.found?.title, p.by])).toEqual(gold.map((g) => [g.title, g.title, 'title']));
    expect(unmatched).toEqual([]);
  });

  it('reports an article segmentation did not find, and one it made up', () => {
    const gold = [t('小淀镇：以奋进之姿推进高质量发展'), t('北仓镇跑出经济发展“加速度”')];
    const found = [t('小淀镇：以奋进之姿推进高质量发展'), t('即日起 正式推出'), t('投稿热线')];
    const { pairs, unmatched } = matchArticles(gold, found);
    expect(pairs[1]).toMatchObject({ found: null, by: null });
    expect(unmatched.map((f) => f.title)).toEqual(['即日起 正式推出', '投稿热线']);
  });

  it('pairs the one article left over with the one gold entry left, in order', () => {
    const gold = [t('大胡同商圈焕新升级 红桥区“老字号”迎来新客流')];
    const found = [t('红桥发布 2024年3月18日 18:30 天津')];
    const { pairs, unmatched } = matchArticles(gold, found);
    expect(pairs[0]).toMatchObject({ found: found[0], by: 'order' });
    expect(unmatched).toEqual([]);
  });

  it('uses each found article once, for the gold title it fits best', () => {
    const gold = [t('北辰区推进京津冀教育协同发展'), t('深度开展广泛交流活动 北辰区推进京津冀教育协同发展')];
    const found = [t('深度开展广泛交流活动 北辰区推进京津冀教育协同发展')];
    const { pairs } = matchArticles(gold, found);
    expect(pairs.map((p) => p.found?.title ?? null)).toEqual([null, found[0]!.title]);
  });
});
