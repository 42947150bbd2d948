import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../src/analyse/prepare.js';
import { summarize } from '../../src/analyse/summary.js';
import type { ArticleText } from '../../src/model/article.js';
import { analysisContext, makeArticle, seedArticle, writtenArticle } from './article.js';

const ctx = analysisContext();

function summary(article: ArticleText) {
  return summarize(prepareArticle(article), ctx).facts.summary!;
}

/** Where a sentence stands in the article's text (lead first), or -1 if it is not there whole. */
function positionIn(article: ArticleText, sentence: string): number {
  return [article.lead ?? '', ...article.paragraphs.map((p) => p.text)].join('\n').indexOf(sentence);
}

const ALL = [
  ['jizhou', seedArticle('jizhou')],
  ['xiaodian', seedArticle('xiaodian')],
  ['dongli', seedArticle('dongli')],
  ['education', seedArticle('education')],
  ['beicang', seedArticle('beicang')],
  ['townOnly', writtenArticle('townOnly')],
  ['oneSubject', writtenArticle('oneSubject')],
] as const;

describe('summarize', () => {
  it.each(ALL)('takes two or three whole sentences of %s, in the article’s order', (_, article) => {
    const list = summary(article);
    expect(list.length).toBeGreaterThanOrEqual(2);
    expect(list.length).toBeLessThanOrEqual(3);
    const positions = list.map((s) => positionIn(article, s));
    for (const p of positions) expect(p).toBeGreaterThanOrEqual(0);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    for (const s of list) expect(s).toMatch(/[。！？；][”’」』）)]*$/u);
  });

  it('takes no question of an interview, and an answer without its 答：', () => {
    const article = makeArticle('坚定不移推动制造业高质量发展', [
      '近日，记者就制造业发展专访了北辰区区长李明。',
      '问：北辰区制造业发展的底气在哪里？',
      '答：北辰是天津的制造业大区，全区共有规上工业企业780家，其中国家级专精特新“小巨人”企业23家。',
    ]);
    const list = summary(article);
    expect(list.some((s) => s.includes('底气'))).toBe(false);
    expect(list).toContain('北辰是天津的制造业大区，全区共有规上工业企业780家，其中国家级专精特新“小巨人”企业23家。');
  });

  it('takes a press conference’s answer without who gives it, and none of its questions', () => {
    const article = makeArticle('滨海新区举行海洋经济新闻发布会', [
      '8月26日，滨海新区举行新闻发布会，区发展改革委主任杨晓峰出席发布会并回答记者提问。',
      '【中央广播电视总台记者】：请问新区在海水淡化规模化利用方面有哪些具体举措？',
      '【区发展改革委主任 杨晓峰】：海水淡化日产能达到31.6万吨，约占全国的五分之一，今年新增产能5万吨。',
    ]);
    const list = summary(article);
    expect(list.some((s) => s.includes('请问'))).toBe(false);
    expect(list).toContain('海水淡化日产能达到31.6万吨，约占全国的五分之一，今年新增产能5万吨。');
  });

  it('starts with the lead and does not repeat it', () => {
    const article = seedArticle('jizhou');
    const list = summary(article);
    expect(list[0]).toBe(article.lead);
    expect(list.filter((s) => s.includes('天津市政府新闻办'))).toHaveLength(1);
  });

  it('prefers sentences with facts to slogans', () => {
    const list = summary(seedArticle('dongli'));
    expect(list[0]).toContain('项目总投资1.18亿元');
    expect(summary(seedArticle('beicang')).join('')).not.toContain('春满大地');
  });

  it('leaves the outlet’s dateline out of a sentence', () => {
    const article = makeArticle('宝坻区新签约项目18个', [
      '天津北方网讯：今年以来，宝坻区新签约项目18个，协议投资额52亿元，其中超10亿元项目3个。',
      '宝坻区相关负责人表示，将加快推动签约项目落地，力争年内开工项目不少于12个。',
      '好风凭借力，扬帆正当时。',
    ]);
    const list = summary(article);
    expect(list[0]).toBe('今年以来，宝坻区新签约项目18个，协议投资额52亿元，其中超10亿元项目3个。');
    expect(list.join('')).not.toContain('好风凭借力');
  });

  it('leaves the emoji and bullets of a WeChat post out, which the briefing fonts cannot draw', () => {
    const article = makeArticle('郫都区食用菌菌种研发中心项目开工', [
      '👉 近日，郫都区总投资2.3亿元的食用菌菌种研发中心项目开工建设，达产后年产菌种800万袋。',
      '▶️ 郫都区将在唐昌街道规划建设5000亩标准化种植基地，力争到2026年食用菌综合产值突破20亿元。',
    ]);
    const list = summary(article);
    expect(list[0]).toBe('近日，郫都区总投资2.3亿元的食用菌菌种研发中心项目开工建设，达产后年产菌种800万袋。');
    expect(list.join('')).not.toMatch(/\p{Extended_Pictographic}|▶/u);
  });

  it('keeps a traditional-character article’s sentences as written', () => {
    const list = summary(writtenArticle('traditional'));
    expect(list[0]).toBe('今年以來，北辰區雙街鎮堅持項目為王，新引進企業36家，註冊資金累計5.6億元。');
  });
});
