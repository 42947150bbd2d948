/**
 * Word's Chinese line-breaking rules (kinsoku) as settings.xml states them for zh-CN. A document that
 * states them replaces Word's built-in list, so these hold Word's own list plus the marks the PDF writer
 * also keeps off a line's start or end (src/write/pdf/chars.ts): …… and ‥ never begin a line there, and
 * LibreOffice, which reads these settings too, would otherwise set a truncated label's … on a line alone.
 */

/** May not begin a line: Word's zh-CN list, with the ellipses, ％ ‰ ° and the interpuncts. */
const NO_LINE_START = '!%),.:;?]}¢°·\'"†‡›℃∶、。〃〆〕〗〞﹚﹜！＂％＇），．：；？］｝～' + '…‥”’》】」』〙〛〉︶︺︾﹀﹄﹞・‰′″';

/** May not end a line: Word's zh-CN list, with the opening brackets and quotes Chinese text uses. */
const NO_LINE_END = '$(£¥·\'"〈《「『【〔〖〝﹙﹛＄（．［｛￡￥' + '“‘〘〚・';

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The w:noLineBreaksAfter and w:noLineBreaksBefore elements, in CT_Settings order. */
export function kinsokuSettings(lang = 'zh-CN'): string {
  return (
    `<w:noLineBreaksAfter w:lang="${lang}" w:val="${escapeAttribute(unique(NO_LINE_END))}"/>` +
    `<w:noLineBreaksBefore w:lang="${lang}" w:val="${escapeAttribute(unique(NO_LINE_START))}"/>`
  );
}

function unique(chars: string): string {
  return [...new Set(chars)].join('');
}
