// A list of projects for investors sets each project out as a record of fields, one to a line:
//   1. 项目名称：屏山纺织产业园功能性面料及智能印染生产线项目
//   建设地点：… / 总投资：12亿元 / 联系人：…
// The name field names the project whole; the fields after it, up to the next name, are its.
const NAME_FIELD = /^(?:\d{1,2}\s*[．.、]\s*)?项目名称\s*[：:]\s*(\S.{1,48}?)\s*$/u;

/** The project a record's name field gives (项目名称：X → X), or null for any other line. */
export function recordName(line: string): string | null {
  return NAME_FIELD.exec(line)?.[1] ?? null;
}
