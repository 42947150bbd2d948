/**
 * The charset a page declares in its first bytes: `<meta charset>`, the http-equiv
 * Content-Type, or an XML declaration. Null when it declares none.
 */
export function declaredCharset(bytes: Uint8Array): string | null {
  // Declarations are ASCII, so a byte-per-character view of the head is enough to find them.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+)/i.exec(head);
  if (meta) return meta[1]!;
  const xml = /^\s*<\?xml\b[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_:.+-]+)["']/i.exec(head);
  return xml ? xml[1]! : null;
}
