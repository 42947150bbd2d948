import { parseMarkdown } from '../render/markdown.js';
import type { DocumentTree } from '../render/tree.js';

// Apart from render-worker.ts, which writes the sample: the main thread parses it without loading fonts or writers.

/**
 * A short briefing in the default templates' shape: 报头, title, 目录, 要点, a table, 领导表态, an
 * article, 报尾. Written once by each rendering thread as soon as it starts, while the main thread
 * prepares the first real report (or the PDF thread writes it): the writers' modules are loaded,
 * the fonts read and parsed and harfbuzz given its faces off the build's critical path. Made up for
 * this purpose; its output is thrown away.
 */
const SAMPLE = `::masthead{name="工作简报" issue="第1期" unit="区政府办公室" date="2026年1月5日"}

# 示范区工作动态

::toc{title="目录"}

## 本期要点

1. 示范区一季度签约项目12个，**协议投资额**86.5亿元。
2. 新能源装备产业园二期开工建设。

## 一、重点数据

| 指标 | 数值 | 来源 |
| :--- | ---: | :--- |
| 协议投资额 | 86.5亿元 | 示范区融媒体中心 |
| 同比增长 | 12.4% | 示范区融媒体中心 |

## 二、领导表态

**王建国**（示范区区长）：“要把项目建设作为头等大事，抓早抓小、抓实抓细。”

## 三、信息摘编

### （一）示范区召开一季度重点项目推进会 Q1 Review

*来源：示范区融媒体中心（sample.txt）*

1月4日，示范区召开重点项目推进会，通报新能源装备产业园、智慧物流园等项目进展，部署下一阶段工作。会议要求各部门主动靠前服务，ABC-2026-0104号文件同步印发。

:::endblock{copies="30"}
报：市委、市政府办公厅

送：区委各部门，区级机关各单位

:::
`;

/**
 * The sample as a tree, parsed in the main thread: a rendering thread that is handed its reports'
 * trees never needs the Markdown parser, and the main thread, which parses every report, is warmed up.
 */
export function warmUpTree(): DocumentTree {
  return parseMarkdown(SAMPLE);
}
