/** The starter folder's README, in Chinese, for the office users who compile the briefings. */
export const STARTER_README = `# 简报工作文件夹

这个文件夹由 \`jianbao init\` 生成，用来把新闻稿件整理成每个区县一份的简报（PDF 和 Word）。

## 三步生成简报

1. 把文章放进 \`input/\` 文件夹：支持 .txt、.md、.html、.docx 和带文字层的 .pdf，一个文件里可以有多篇文章（如整版报纸）。示例文章可以删掉。
2. 在本文件夹里运行：

   \`\`\`
   npx jianbao build
   \`\`\`

3. 在 \`output/\` 文件夹里找到结果：每个区县一份 \`区县名.pdf\` 和 \`区县名.docx\`，一份 \`综述\`（各区县汇总），以及 \`briefing.json\`（提取出的全部数据）。

再次运行时，内容没有变化的简报不会重写，屏幕上会提示“nothing changed”。要全部重新生成，运行 \`npx jianbao build --force\`。

## 修改简报

- **简报名称、编印单位、报送范围、期号**：编辑 \`jianbao.config.yaml\`，每一项都有中文说明。
- **版面内容和顺序**：编辑 \`templates/\` 里的模板（\`district.md.hbs\` 为区县简报，\`overview.md.hbs\` 为综述，\`partials/\` 为报头、要点、数字表等部分）。改完运行 \`npx jianbao templates check\` 检查有无错误。
- **边改边看**：运行 \`npx jianbao build --watch\`，每次保存模板、配置或文章后自动重新生成，按 Ctrl-C 结束。

## 常用命令

| 命令 | 作用 |
| --- | --- |
| \`npx jianbao build\` | 生成全部简报 |
| \`npx jianbao build -d 北辰区\` | 只生成北辰区的简报 |
| \`npx jianbao build --since 2024-03-01 --until 2024-03-31\` | 只收录 3 月的文章 |
| \`npx jianbao build --issue 12\` | 指定为第12期 |
| \`npx jianbao districts 小淀镇\` | 查询地名属于哪个区县 |
| \`npx jianbao --help\` | 全部命令和参数 |

## 遇到问题

- 屏幕上的 \`warning\` 和 \`error\` 会写明文件名和行号；文章未能归入某个区县时，可在 \`jianbao.config.yaml\` 的 \`analysis.aliases\` 中补充地名。
- 配置写错时会提示出错的配置项和所在行，简报不会被覆盖。
`;
