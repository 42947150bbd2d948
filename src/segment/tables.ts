import type { SourceLine } from './lines.js';

/**
 * Tables of data, as Markdown pipe tables (the readers write HTML and Word tables so), read row by
 * row with their column names: `| 北方智能物流园 | 32 | 现代物流 |` under `| 项目名称 | 总投资（亿元） |
 * 所属领域 |` reads `北方智能物流园总投资32亿元，所属领域：现代物流。`. A row on its own says
 * nothing a reader or an analyser can use: 32 of what? Set out as a sentence, the figure has its
 * unit and label, and the project its name, as if the article had written it out.
 *
 * The header and the dashes under it are the table's frame: they end up in the article's lines,
 * and the column names in every row, but make no paragraph of their own.
 */

export type TableRole = 'frame' | 'row';

// 总投资（亿元）, 增速(%), 金额（单位：万元）: the unit of a column's numbers, written in its name.
const UNIT_IN_NAME = /\s*[（(]\s*(?:单位\s*[:：]\s*)?([^（）()\d]{1,6}?)\s*[）)]\s*$/u;
const UNITS = new Set(
  ('% ％ ‰ 个百分点 倍 元 万元 亿元 美元 万美元 亿美元 吨 万吨 亩 万亩 人 万人 人次 万人次 户 万户 个 家 项 套 台 辆 件 ' +
    '平方米 万平方米 平方公里 公里 千米 米 千瓦 万千瓦 千瓦时 万千瓦时 标准箱 万标准箱 天 年').split(' '),
);
const NUMBER = /^[+\-−]?\d[\d,，]*(?:\.\d+)?$/u;
// A running number says where the row stands, not what it is about.
const SERIAL_COLUMN = /^(?:序号|编号|排序|No\.?|#)$/iu;
const DASHES = /^:?-{3,}:?$/u;

/** The cells of a pipe row (`| a | b |` or `a | b`), or null for a line that is none. */
function cellsOf(text: string): string[] | null {
  if (!text.includes('|')) return null;
  const cells = text
    .trim()
    .replace(/^\|/u, '')
    .replace(/(?<!\\)\|$/u, '')
    .split(/(?<!\\)\|/u)
    .map((cell) => cell.trim().replace(/\\\|/gu, '|'));
  return cells.length >= 2 ? cells : null;
}

function isDashes(cells: readonly string[]): boolean {
  return cells.every((cell) => DASHES.test(cell));
}

/** A column's name and the unit its name gives its numbers (总投资（亿元） → 总投资, 亿元). */
function columnOf(name: string): { name: string; unit: string | null } {
  const unit = UNIT_IN_NAME.exec(name);
  if (unit && UNITS.has(unit[1]!)) return { name: name.slice(0, unit.index), unit: unit[1]! };
  return { name, unit: null };
}

// A column of units (单位, 计量单位) says what the row's numbers count; a column named by a period
// (1—9月, 本月, 累计) says when, which reads before the row's subject.
const UNIT_COLUMN = /^(?:计量)?单位$/u;
const PERIOD_COLUMN = /^(?:\d{1,2}\s*[—－\-~至]\s*\d{1,2}月|\d{1,2}月|前?[一二三四]季度|上半年|全年|本月|本期|累计|\d{4}年(?:\d{1,2}[—－\-~至]\d{1,2}月)?)$/u;
const LIST_LEAD = /^(?:其中|内)[：:]\s*/u;

/** One row as a sentence: its first text cell as the subject, then each other cell by its column's name. */
export function rowSentence(header: readonly string[], row: readonly string[]): string {
  const columns = header.map(columnOf);
  let subject: string | null = null;
  let rowUnit: string | null = null;
  let period = '';
  const parts: { measure: boolean; text: string }[] = [];
  row.forEach((raw, i) => {
    const cell = raw.replace(/[。；;，,\s]+$/u, '');
    const column = columns[i] ?? { name: '', unit: null };
    if (!cell || cell === '-' || cell === '—' || cell === '/') return;
    if (UNIT_COLUMN.test(column.name) && UNITS.has(cell)) {
      rowUnit = cell;
      return;
    }
    const number = NUMBER.test(cell);
    if (number && SERIAL_COLUMN.test(column.name)) return;
    if (subject === null && parts.length === 0 && !number) {
      // 固定资产投资（亿元） as a row's name gives the unit of the row's numbers.
      const named = columnOf(cell.replace(LIST_LEAD, ''));
      subject = named.name;
      rowUnit = named.unit;
      return;
    }
    if (number && PERIOD_COLUMN.test(column.name)) {
      period ||= column.name;
      parts.push({ measure: true, text: `${cell}${column.unit ?? rowUnit ?? ''}` });
    } else if (number) {
      // 同比增长(%) over -8.7: a fall, as a reader says it (同比下降8.7%).
      const falls = /^[\-−]/u.test(cell) && /增长$/u.test(column.name);
      const name = falls ? column.name.replace(/增长$/u, '下降') : column.name;
      parts.push({ measure: true, text: `${name}${falls ? cell.slice(1) : cell}${column.unit ?? rowUnit ?? ''}` });
    } else parts.push({ measure: false, text: column.name ? `${column.name}：${cell}` : cell });
  });
  // Parts joined by commas, the subject straight onto a measure: a figure's label is then what the
  // row is about and what it measures (X产业园总投资), and a change the measure before it.
  const said = parts.map((p) => p.text).join('，');
  if (subject === null) return said ? `${period}${said}。` : '';
  if (!said) return `${subject}。`;
  return `${period}${subject}${parts[0]!.measure ? '' : '：'}${said}。`;
}

// Cells of a table set out in a text file: apart by two spaces or more, a tab, or a full-width space.
const ALIGNED_GAP = /[ \t]{2,}|\t|\u3000+/u;
const ALIGNED_VALUE = /^(?:[+\-−]?\d[\d,，]*(?:\.\d+)?|[—–\-/]|%|％)$/u;

/** The cells of a line of an aligned text table, or null when it has fewer than three. */
function alignedCells(text: string): string[] | null {
  // (Called for every line of every input: most have no gap, and need no split.)
  if (!ALIGNED_GAP.test(text)) return null;
  const cells = text.trim().split(ALIGNED_GAP).map((c) => c.trim()).filter(Boolean);
  return cells.length >= 3 ? cells : null;
}

/** True when the row reads as data: beyond its name, every cell a number, a dash or a unit. */
function isDataRow(cells: readonly string[]): boolean {
  return cells.slice(1).every((c) => ALIGNED_VALUE.test(c) || UNITS.has(c)) && cells.slice(1).some((c) => NUMBER.test(c));
}

/**
 * A table set out with spaces (指标  单位  1—9月  同比增长(%)), as statistics releases are: a header
 * of names over at least two data rows of as many cells, each split into its cells; null at any other line.
 */
function alignedTable(lines: readonly SourceLine[], i: number): { header: string[]; rows: string[][] } | null {
  const header = alignedCells(lines[i]!.text);
  if (!header || lines[i]!.level > 0 || header.some((c) => NUMBER.test(c))) return null;
  const rows: string[][] = [];
  for (let row = alignedCells(lines[i + 1]?.text ?? ''); row && row.length === header.length && isDataRow(row); row = alignedCells(lines[i + 1 + rows.length]?.text ?? '')) {
    rows.push(row);
  }
  return rows.length >= 2 ? { header, rows } : null;
}

/**
 * The lines with every pipe table and aligned text table read: its header and dashes marked as frame, each row marked
 * as a row with its sentence as its text. Other lines are returned as they are.
 */
export function readTables(lines: readonly SourceLine[]): SourceLine[] {
  const out = [...lines];
  for (let i = 0; i + 1 < out.length; i++) {
    const aligned = alignedTable(out, i);
    if (aligned) {
      out[i] = { ...out[i]!, table: 'frame' };
      aligned.rows.forEach((cells, k) => {
        const text = rowSentence(aligned.header, cells);
        out[i + 1 + k] = { ...out[i + 1 + k]!, text, table: text ? 'row' : 'frame' };
      });
      i += aligned.rows.length;
      continue;
    }
    const header = cellsOf(out[i]!.text);
    const dashes = header && out[i]!.level === 0 ? cellsOf(out[i + 1]!.text) : null;
    if (!header || !dashes || !isDashes(dashes)) continue;
    out[i] = { ...out[i]!, table: 'frame' };
    out[i + 1] = { ...out[i + 1]!, table: 'frame' };
    let j = i + 2;
    for (let row = cellsOf(out[j]?.text ?? ''); row && !isDashes(row); row = cellsOf(out[j]?.text ?? '')) {
      const text = rowSentence(header, row);
      out[j] = { ...out[j]!, text, table: text ? 'row' : 'frame' };
      j++;
    }
    i = j - 1;
  }
  return out;
}
