import type { Byline } from '../model/article.js';
import { surnameOf } from '../analyse/people/surnames.js';
import { toSimplified } from '../analyse/script.js';

/** Role word as written → the role the model records. */
const ROLES: Record<string, string> = {
  记者: '记者', 摄影记者: '摄影', 通讯员: '通讯员', 实习生: '实习生', 见习记者: '记者', 特约记者: '记者',
  作者: '作者', 撰稿: '作者', 撰文: '作者', 文: '作者', 文字: '作者', 文图: '作者',
  摄影: '摄影', 图: '摄影', 供图: '摄影', 图片: '摄影', 摄像: '摄像', 视频: '摄像',
  责任编辑: '责任编辑', 责编: '责任编辑', 编辑: '编辑', 值班编辑: '值班编辑', 审核: '审核', 审校: '审核',
  审稿: '审核', 校对: '校对', 初审: '初审', 复审: '复审', 终审: '终审', 一审: '一审', 二审: '二审', 三审: '三审',
  监制: '监制', 主编: '主编', 来源: '来源', 整理: '整理', 编译: '编译', 签发: '签发',
  作者单位: '来源', 供稿单位: '来源', 发布单位: '来源', 发布机构: '来源', 版式设计: '版式', 版式: '版式', 组版: '版式', 美编: '美编', 美术编辑: '美编',
};
/** Roles of the newsroom, not of the reporting: a line of these alone is an editor line. */
const EDITOR_ROLES = new Set(['责任编辑', '编辑', '值班编辑', '审核', '校对', '初审', '复审', '终审', '一审', '二审', '三审', '监制', '主编', '版式', '美编', '签发']);

const PREFIXED_ROLE = /^(\p{Script=Han}{1,8}?)(摄影记者|记者|通讯员|实习生)$/u;
const GLUED = /^(\p{Script=Han}{0,8}?)(摄影记者|记者|通讯员|实习生|责任编辑|编辑|作者|摄影)(.+)$/u;
const GLUED_PHOTO = /^(.+?)摄$/u;
const FILED_FROM = /^\p{Script=Han}{2,4}报道$/u;
const TRAILER = new Set(['报道', '整理', '供稿', '发自', '综合', '联合报道']);
/** Credits written after the names they credit: 记者 王雨桐 文/图, 王雨桐 文. */
const CREDIT_AFTER = new Set(['文', '图', '文图']);
const NAME = /^(?:\p{Script=Han}{2,4}|\p{Script=Han}{1,6}(?:[·•・．]\p{Script=Han}{1,8})+)$/u;
const NOT_IN_NAMES = /记者|通讯|编辑|摄影|作者|审核|实习|本报|[的了着们这那是]/u;
const TOKEN = /[^\s\u3000、，,；;：:/／|｜]+/gu;
const OUTER = /^[□■●◆◇★☆▲\s—-]*[（(【[]\s*([^（）()【】[\]]*?)\s*[）)】\]]$/u;

/** True when the text could be a Chinese personal name (2–4 letters, or ·-joined). */
export function isPersonName(key: string): boolean {
  return NAME.test(key) && !NOT_IN_NAMES.test(key) && !TRAILER.has(key);
}

// ROLES as a Map: asked about every token of every line. (ROLES[key] also sees Object.prototype's
// names, such as toString; those few are still asked of the object, so nothing changes.)
const ROLE_MAP = new Map(Object.entries(ROLES));
const INHERITED = new Set(Object.getOwnPropertyNames(Object.prototype));

function roleOf(key: string): string | null {
  const exact = ROLE_MAP.get(key) ?? (INHERITED.has(key) ? ROLES[key] : undefined);
  if (exact) return exact;
  const prefixed = PREFIXED_ROLE.exec(key);
  return prefixed ? ROLES[prefixed[2]!]! : null;
}

interface Segment { role: string; names: string[]; from: number; to: number }

interface Token { key: string; from: number; to: number }

/**
 * Two one-character tokens in a row joined into one: a page sets a two-character name with a space
 * inside (王 磊) to line it up with three-character names.
 */
function spacedNamesJoined(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1];
    if (b && a.key.length === 1 && b.key.length === 1 && surnameOf(a.key) !== null && roleOf(a.key) === null && roleOf(b.key) === null) {
      out.push({ key: a.key + b.key, from: a.from, to: b.to });
      i++;
    } else out.push(a);
  }
  return out;
}

// （区融媒体中心 记者 杨帆）, （北辰区融媒体中心 杨帆 张琳）: the newsroom before its reporters.
const NEWSROOM = /^\p{Script=Han}{0,10}(?:融媒体中心|新闻中心|融媒|日报社?|晚报社?|报社|电视台|广播电视台|新闻网|客户端)$/u;

/**
 * The bylines a text consists of — 通讯员 许磊, （记者 赵六 通讯员 钱七）, 文/张三, 张三 摄, 责任编辑：王五 —
 * or null when any part of it is not a byline.
 */
export function parseBylines(text: string): Byline[] | null {
  const outer = OUTER.exec(text);
  // (《人民日报》记者 王晓峰: the paper's name in title marks is its newsroom.)
  const raw = (outer ? outer[1]! : text.replace(/^[□■●◆◇★☆\s—-]+/u, '').trim()).replace(/^《([^《》]{2,12})》(?=\S)/u, '$1');
  if (!raw || raw.length > 60) return null;
  const simple = toSimplified(raw);
  const key = simple.length === raw.length ? simple : raw;
  const tokens = spacedNamesJoined([...key.matchAll(TOKEN)].map((m) => ({ key: m[0], from: m.index, to: m.index + m[0].length })));
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let loose: Segment | null = null;
  const newsroom = tokens.length > 1 && NEWSROOM.test(tokens[0]!.key) && roleOf(tokens[0]!.key) === null;
  for (const [i, tok] of tokens.entries()) {
    const name = raw.slice(tok.from, tok.to).replace(/[\s\u3000]+/gu, '');
    if (newsroom && i === 0) {
      segments.push({ role: '来源', names: [name], from: tok.from, to: tok.to });
      continue;
    }
    // 记者 麦颖欣 珠海报道: where the reporter filed from closes the line.
    if (i === tokens.length - 1 && i > 0 && FILED_FROM.test(tok.key) && current?.names.length) {
      current.to = tok.to;
      continue;
    }
    const last = i === tokens.length - 1 || roleOf(tokens[i + 1]!.key) !== null;
    if (tok.key === '摄' || (tok.key === '摄影' && last)) {
      const credited: Segment | null = loose ?? (current?.names.length ? current : null);
      if (!credited) return null;
      credited.role = '摄影';
      credited.to = tok.to;
      if (credited === loose) segments.push(loose);
      loose = current = null;
      continue;
    }
    if (CREDIT_AFTER.has(tok.key) && tokens.slice(i).every((t) => CREDIT_AFTER.has(t.key))) {
      // Names with no role before them (王雨桐 文) are the author's.
      if (loose) {
        loose.role = '作者';
        segments.push(loose);
        current = loose;
        loose = null;
      }
      if (!current?.names.length) return null;
      current.to = tok.to;
      continue;
    }
    const role = roleOf(tok.key);
    // 文/图：孙悦: one credit written as two roles.
    if (role && current && current.names.length === 0 && CREDIT_AFTER.has(tok.key) && CREDIT_AFTER.has(tokens[i - 1]!.key)) {
      current.role = ROLES['文图']!;
      current.to = tok.to;
      continue;
    }
    // 文/图：西青区融媒体中心 孙悦: the newsroom of the names the role is waiting for.
    if (!role && current && current.role !== '来源' && current.names.length === 0 && NEWSROOM.test(tok.key)) {
      segments.splice(segments.indexOf(current), 0, { role: '来源', names: [name], from: tok.from, to: tok.to });
      continue;
    }
    if (role) {
      if (loose) return null;
      // 作者：通讯员 孙丽　记者 于海洋: a page's 作者 label over bylines that name their own roles.
      if (current?.role === '作者' && current.names.length === 0) {
        current.role = role;
        current.to = tok.to;
        continue;
      }
      current = { role, names: [], from: tok.from, to: tok.to };
      segments.push(current);
      continue;
    }
    if (current?.role === '来源' && /[\p{L}\p{N}]/u.test(tok.key)) {
      current.names.push(name);
      current.to = tok.to;
      continue;
    }
    const glued = GLUED.exec(tok.key);
    if (glued && isPersonName(glued[3]!)) {
      const at = tok.from + glued[1]!.length + glued[2]!.length;
      current = { role: roleOf(glued[1]! + glued[2]!) ?? ROLES[glued[2]!]!, names: [raw.slice(at, tok.to)], from: tok.from, to: tok.to };
      segments.push(current);
      continue;
    }
    const gluedPhoto = GLUED_PHOTO.exec(tok.key);
    if (gluedPhoto && isPersonName(gluedPhoto[1]!) && !current && !loose) {
      segments.push({ role: '摄影', names: [name.slice(0, -1)], from: tok.from, to: tok.to });
      continue;
    }
    if (isPersonName(tok.key)) {
      const into: Segment = current ?? (loose ??= { role: '', names: [], from: tok.from, to: tok.to });
      into.names.push(name);
      into.to = tok.to;
      continue;
    }
    // （市发改委 供稿）: the office that sent the text in.
    if (tok.key === '供稿' && loose && i === tokens.length - 1) {
      loose.role = '来源';
      loose.to = tok.to;
      segments.push(loose);
      loose = null;
      continue;
    }
    if (TRAILER.has(tok.key) && current?.names.length) {
      current.to = tok.to;
      continue;
    }
    return null;
  }
  // Names right after the newsroom, with no role of their own, are its reporters' (…融媒体中心 杨帆 张琳):
  // names of a known surname, so that words (开展活动) are not taken for them.
  if (loose && newsroom && segments.length === 1 && loose.names.every((n) => surnameOf(toSimplified(n)) !== null)) {
    loose.role = '作者';
    segments.push(loose);
    loose = null;
  }
  if (loose || segments.length === 0 || segments.some((s) => s.names.length === 0)) return null;
  return segments.map((s) => ({ role: s.role, names: s.names, text: raw.slice(s.from, s.to) }));
}

const TAIL_BRACKET = /[（(]([^（）()]{2,40})[）)]\s*$/u;
const TAIL_PLAIN = /(?<=[。！？!?”」』])\s*([^。！？!?”」』（）()]{2,40})$/u;
const HEAD_BRACKET = /^\s*[（(]([^（）()]{2,40})[）)]\s*/u;

/**
 * A paragraph without the bylines at its start or end (……势头更好。（通讯员 许磊））;
 * `closing` tells that bylines ended it, which ends the article.
 */
export function splitEdgeBylines(text: string): { text: string; bylines: Byline[]; closing: boolean } {
  let rest = text;
  const bylines: Byline[] = [];
  for (const pattern of [TAIL_BRACKET, TAIL_PLAIN]) {
    const m = pattern.exec(rest);
    const found = m ? parseBylines(m[1]!) : null;
    if (m && found && m.index > 0) {
      bylines.unshift(...found);
      rest = rest.slice(0, m.index).trimEnd();
    }
  }
  const closing = bylines.length > 0;
  const head = HEAD_BRACKET.exec(rest);
  const found = head ? parseBylines(head[1]!) : null;
  if (head && found && head[0].length < rest.length) {
    bylines.unshift(...found);
    rest = rest.slice(head[0].length);
  }
  return { text: rest, bylines, closing };
}

/** True when every byline is a newsroom role (责任编辑, 审核 …). */
export function isEditorLine(bylines: readonly Byline[]): boolean {
  return bylines.every((b) => EDITOR_ROLES.has(b.role));
}
