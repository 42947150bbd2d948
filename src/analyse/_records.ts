// A list of projects for investors sets each project out as a record of fields, one to a line:
//   1. 项目名称：屏山纺织产业园功能性面料及智能印染生产线项目
//   建设地点：… / 总投资：12亿元 / 联系人：…
// The name field names the project whole; the fields after it, up to the next name, are its.
const NAME_FIELD = /^(?:\d{1,2}\s*[．.、]\s*)?项目名称\s*[：:]\s*(\S.{1,48}?)\s*$/u;

/** The project a record's name field gives (项目名称：X → X), or null for any other line. */
export function recordName(line: string): string | null {
  return NAME_FIELD.exec(line)?.[1] ?? null;
}

// 总投资：12亿元, 建设地点：…: a field of a record, named before its colon.
const FIELD = /^([\p{Script=Han}]{2,10})\s*[：:]\s*/u;

/** The field a text opens with: its name (总投资) and what follows the colon; null when it opens with none. */
export function fieldOf(text: string): { name: string; rest: string } | null {
  const m = FIELD.exec(text);
  return m ? { name: m[1]!, rest: text.slice(m[0].length) } : null;
}
