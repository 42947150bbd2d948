import { ReadError } from '../_contract.js';

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A stream name as it appears in an OLE directory: UTF-16LE. */
function hasStream(bytes: Uint8Array, name: string): boolean {
  const needle = Buffer.from(name, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/**
 * A .docx that is an OLE compound file is either password-protected (Word wraps the encrypted
 * package in OLE) or an old .doc renamed; neither can be read, and the user's fix differs.
 */
export function assertNotOle(bytes: Uint8Array): void {
  if (!OLE_MAGIC.every((b, i) => bytes[i] === b)) return;
  if (hasStream(bytes, 'WordDocument') && !hasStream(bytes, 'EncryptedPackage')) {
    throw new ReadError('READ_CORRUPT', 'this is an old Word .doc file named .docx; open it in Word or WPS and save it as .docx');
  }
  throw new ReadError('READ_ENCRYPTED', 'the Word file is protected by a password; open it, remove the password (File → Info → Protect Document) and save it again');
}
