import { describe, expect, it } from 'vitest';
import { parseBylines, splitEdgeBylines } from '../../src/segment/bylines.js';
import { parseCaption } from '../../src/segment/captions.js';
import { segmentSource } from '../../src/segment/index.js';

const brief = (bylines: ReturnType<typeof parseBylines>) => bylines?.map((b) => `${b.role}:${b.names.join(',')}:${b.text}`) ?? null;

describe('parseBylines', () => {
  it.each([
    ['通讯员 许磊', ['通讯员:许磊:通讯员 许磊']],
    ['文/图：孙悦', ['作者:孙悦:文/图：孙悦']],
    ['文/图：西青区融媒体中心 孙悦', ['来源:西青区融媒体中心:西青区融媒体中心', '作者:孙悦:文/图：西青区融媒体中心 孙悦']],
    ['通讯员许磊', ['通讯员:许磊:通讯员许磊']],
    ['记者 张三 李四', ['记者:张三,李四:记者 张三 李四']],
    ['记者 张三、李四', ['记者:张三,李四:记者 张三、李四']],
    ['本报记者 张三', ['记者:张三:本报记者 张三']],
    ['（记者 赵六 通讯员 钱七）', ['记者:赵六:记者 赵六', '通讯员:钱七:通讯员 钱七']],
    ['本报记者 张三 通讯员 李四 王五', ['记者:张三:本报记者 张三', '通讯员:李四,王五:通讯员 李四 王五']],
    ['文/张三', ['作者:张三:文/张三']],
    ['文／张三 图／李四', ['作者:张三:文／张三', '摄影:李四:图／李四']],
    ['作者：欧阳晓明', ['作者:欧阳晓明:作者：欧阳晓明']],
    ['记者 何嘉欣 珠海报道', ['记者:何嘉欣:记者 何嘉欣 珠海报道']],
    ['编辑：李秀梅　签发：陈国庆', ['编辑:李秀梅:编辑：李秀梅', '签发:陈国庆:签发：陈国庆']],
    ['作者：通讯员 孙丽　记者 于海洋', ['通讯员:孙丽:作者：通讯员 孙丽', '记者:于海洋:记者 于海洋']],
    ['张三 摄', ['摄影:张三:张三 摄']],
    ['（记者 王雨桐 文/图）', ['记者:王雨桐:记者 王雨桐 文/图']],
    ['王雨桐 文', ['作者:王雨桐:王雨桐 文']],
    ['（张三 摄）', ['摄影:张三:张三 摄']],
    ['本报记者 陈静 摄', ['摄影:陈静:本报记者 陈静 摄']],
    ['摄影：王小二', ['摄影:王小二:摄影：王小二']],
    ['责任编辑：王五', ['责任编辑:王五:责任编辑：王五']],
    ['【责任编辑：王五】', ['责任编辑:王五:责任编辑：王五']],
    ['编辑：孟凡', ['编辑:孟凡:编辑：孟凡']],
    ['审核：李华', ['审核:李华:审核：李华']],
    ['责任编辑：周明 审核：李华', ['责任编辑:周明:责任编辑：周明', '审核:李华:审核：李华']],
    ['通讯员 阿依古丽·买买提', ['通讯员:阿依古丽·买买提:通讯员 阿依古丽·买买提']],
    ['記者 張偉 通訊員 李娜', ['记者:張偉:記者 張偉', '通讯员:李娜:通訊員 李娜']],
    ['来源：天津日报', ['来源:天津日报:来源：天津日报']],
    ['（区融媒体中心 记者 杨帆）', ['来源:区融媒体中心:区融媒体中心', '记者:杨帆:记者 杨帆']],
    ['（北辰区融媒体中心 杨帆 张琳）', ['来源:北辰区融媒体中心:北辰区融媒体中心', '作者:杨帆,张琳:杨帆 张琳']],
    ['（作者单位：安吉县融媒体中心）', ['来源:安吉县融媒体中心:作者单位：安吉县融媒体中心']],
    ['（市发改委 供稿）', ['来源:市发改委:市发改委 供稿']],
    // A page sets two-character names with a space inside, to line them up with three-character ones.
    ['责任编辑：陈卫红 版式设计：王 磊 校对：孙 晓', ['责任编辑:陈卫红:责任编辑：陈卫红', '版式:王磊:版式设计：王 磊', '校对:孙晓:校对：孙 晓']],
  ])('%s', (text, expected) => {
    expect(brief(parseBylines(text))).toEqual(expected);
  });

  it.each([
    '张三 李四',
    '记者',
    '记者从区工信局获悉',
    '小淀镇坚持项目为王',
    '以高质量宣传',
    '编辑部的故事还在继续',
    '刘凤林说',
    '区融媒体中心',
    '区融媒体中心 开展活动',
  ])('is not a byline: %s', (text) => {
    expect(parseBylines(text)).toBeNull();
  });
});

describe('an author signing under the last paragraph', () => {
  const feature = (signature: string) =>
    ['竹林深处好“钱”景', '', '　　深秋时节，沿着山路驶入云岙村，满眼是层层叠叠的竹海。村里的民宿已有46家。', '', '小结', '', '　　村民的日子越过越红火。', '', signature, '', '（作者单位：安吉县融媒体中心）'].join('\n');

  it('takes a name alone on the last line for the author, and the unit after it for the source', () => {
    const [article] = segmentSource(feature('吴梦婷'), { path: 'feature.txt' }).articles;
    expect(article!.paragraphs.map((p) => p.text)).toEqual(['深秋时节，沿着山路驶入云岙村，满眼是层层叠叠的竹海。村里的民宿已有46家。', '小结', '村民的日子越过越红火。']);
    expect(brief(article!.bylines)).toEqual(['来源:安吉县融媒体中心:作者单位：安吉县融媒体中心', '作者:吴梦婷:吴梦婷']);
  });

  it('keeps a closing line that is no name as a heading', () => {
    const [article] = segmentSource(feature('未完待续'), { path: 'feature.txt' }).articles;
    expect(article!.paragraphs.at(-1)).toMatchObject({ kind: 'heading', text: '未完待续' });
  });
});

describe('splitEdgeBylines', () => {
  it.each([
    ['全力打造一流营商环境。（通讯员 杨洋）', '全力打造一流营商环境。', ['通讯员:杨洋:通讯员 杨洋'], true],
    ['全力打造一流营商环境。通讯员 杨洋', '全力打造一流营商环境。', ['通讯员:杨洋:通讯员 杨洋'], true],
    ['（记者 张三）4月8日，区里召开会议。', '4月8日，区里召开会议。', ['记者:张三:记者 张三'], false],
    ['区里成立领导小组（组长 张三）。', '区里成立领导小组（组长 张三）。', [], false],
    ['“我们会继续努力。”刘凤林说', '“我们会继续努力。”刘凤林说', [], false],
  ])('%s', (text, rest, bylines, closing) => {
    const split = splitEdgeBylines(text);
    expect(split.text).toBe(rest);
    expect(brief(split.bylines)).toEqual(bylines);
    expect(split.closing).toBe(closing);
  });
});

describe('parseCaption', () => {
  it.each([
    ['图为市民在公园赏花。', '图为市民在公园赏花。', []],
    ['▲孩子们在草坪上放风筝。', '▲孩子们在草坪上放风筝。', []],
    ['图为工人在车间作业。 本报记者 陈静 摄', '图为工人在车间作业。', ['摄影:陈静']],
    ['工人们在生产线上忙碌 张三 摄', '工人们在生产线上忙碌', ['摄影:张三']],
    ['北仓镇林园生态农场一角。（通讯员 马骁 摄）', '北仓镇林园生态农场一角。', ['摄影:马骁']],
  ])('%s', (text, caption, bylines) => {
    const found = parseCaption(text);
    expect(found?.text).toBe(caption);
    expect(found?.bylines.map((b) => `${b.role}:${b.names.join(',')}`)).toEqual(bylines);
  });

  it('leaves a long paragraph that merely mentions a picture alone', () => {
    expect(parseCaption('区委书记在调研时强调，要把群众满意作为检验工作的标准，切实解决好群众急难愁盼问题。')).toBeNull();
  });
});

describe('bylines, captions and editor lines in an article', () => {
  const text = [
    '# 红桥区西沽公园海棠花开',
    '本报讯（记者 陈静）连日来，西沽公园内的海棠花竞相绽放，吸引众多市民前来赏花。',
    '图为市民在海棠林下拍照留念。 本报记者 陈静 摄',
    '据介绍，园内现有海棠1200余株，最佳观赏期将持续到4月底。',
    '▲孩子们在草坪上放风筝。',
    '工作人员提醒，赏花期间请文明游园。（通讯员 马骁）',
    '责任编辑：周明',
    '审核：李华',
  ].join('\n');
  const [a] = segmentSource(text, { path: 'a.txt' }).articles;

  it('records every byline with its role, in order', () => {
    expect(a!.bylines.map((b) => `${b.role}:${b.names.join(',')}`)).toEqual([
      '记者:陈静', '摄影:陈静', '通讯员:马骁', '责任编辑:周明', '审核:李华',
    ]);
  });

  it('keeps captions as caption paragraphs without their credit, and no byline in any paragraph', () => {
    expect(a!.paragraphs.map((p) => p.kind)).toEqual(['text', 'caption', 'text', 'caption', 'text']);
    expect(a!.paragraphs[1]!.text).toBe('图为市民在海棠林下拍照留念。');
    for (const p of a!.paragraphs) expect(p.text).not.toMatch(/通讯员|责任编辑|审核|摄$/u);
  });

  it('ends the article at its last editor line', () => {
    expect(a!.source).toEqual({ path: 'a.txt', startLine: 1, endLine: 8 });
  });
});
