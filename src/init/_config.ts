/**
 * The starter config. YAML rather than JSON because it can carry comments: every setting is listed
 * with its default, so an office user edits values instead of looking keys up.
 */
export const STARTER_CONFIG = `# jianbao 配置文件 (jianbao.config.yaml)
# 以 # 开头的行是注释。去掉行首的 # 即可启用该项；未写的项使用默认值。
# 相对路径以本文件所在文件夹为准。命令行参数优先于本文件（如 --output 其他文件夹）。

# 文章所在的文件夹（.txt .md .html .docx .pdf）
input: input
# 生成的简报（PDF、Word）写到这里
output: output
# 模板文件夹：这里的同名模板替换内置模板，其余沿用内置模板
templates: templates
# 额外字体文件夹（.ttf/.otf），优先于内置字体
# fonts: fonts

# 输出格式：pdf、docx、html
formats: [pdf, docx]

# 只生成这些区县的简报（空表示全部），例如 [北辰区, 东丽区]
districts: []

# 简报覆盖的时间段（YYYY-MM-DD）；不在此期间的文章不收录，未注明日期的文章保留
# since: 2024-03-01
# until: 2024-03-31

# 期号（第N期）；不写则在上一期的基础上自动加一（内容未变时保持原期号）
# issue: 1

# 同时生成各区县综述
overview: true
# 同时生成 output/index.html：列出每份简报及其 PDF、Word 链接
index: true

# 即使内容未变也重新生成全部简报
force: false
# 输出信息：quiet 只显示错误；verbose 显示每个文件的全部提示和各阶段用时
quiet: false
verbose: false
# 并行线程数：0 表示不用工作线程；不写表示每个 CPU 核一个
# workers: 2
# 分片生成（CI 并行用）：第 K 片 / 共 N 片，之后用 jianbao merge 合并
# shard: 1/2

briefing:
  # 报头名称与编印单位
  name: 区域观察简报
  unit: 区域观察编辑部
  # 按语：印在正文前的编者按，不需要时写 null
  note: null
  # 报尾的报送范围
  recipients:
    报: []
    送: []
    发: []
  # 印数（份），不印时写 null
  copies: null
  # 每份简报最多列出的重要数字和本期要点
  maxFigures: 8
  maxKeyPoints: 5
  # 信息摘编最多收录的文章篇数（其余只计数，全文见 briefing.json）
  maxDigest: 30
  # 文章多于此篇数时，在标题后加目录
  tocThreshold: 8

analysis:
  # 补充地名：名称 → 所属区县（写明省市以免重名），例如
  #   老城厢: 天津市南开区
  aliases: {}
  # 补充主题：主题名 → 关键词，例如
  #   冰雪经济: [滑雪, 冰雪旅游, 冰雪运动]
  themes: {}
  # 不作为关键词的词语
  stopwords: []

# 版式：纸张、页边距（毫米）、字体、字号（磅）、颜色等，默认依照 GB/T 9704-2012，例如
# theme:
#   page:
#     margins: { top: 37, bottom: 35, left: 28, right: 26 }
#   colors:
#     red: "#C00000"
#   elements:
#     body: { size: 15 }
theme: {}

# 输入文件的安全上限
limits:
  maxFileBytes: 52428800
  maxDecompressedBytes: 209715200
  maxPdfPages: 500
`;
