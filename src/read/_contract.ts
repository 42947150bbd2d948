import type { StageDiagnostic } from '../model/diagnostic.js';
import type { InputFormat } from '../model/source.js';

export interface ReadLimits {
  maxFileBytes: number;
  maxDecompressedBytes: number;
  maxPdfPages: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  maxDecompressedBytes: 200 * 1024 * 1024,
  maxPdfPages: 500,
};

export interface ReadOptions {
  limits?: Partial<ReadLimits>;
}

/** What the container itself says about the article; any field may be missing. */
export interface ReadMeta {
  title?: string;
  /** ISO YYYY-MM-DD: the day the page says it was published. */
  date?: string;
  /**
   * ISO YYYY-MM-DD: the day the file says it was made (Word's and PDF's properties). Often the day
   * a template was, or the day it was saved for sending: any date the text states comes first.
   */
  fileDate?: string;
  outlet?: string;
}

export interface ReadResult {
  format: InputFormat;
  /** utf-8 | utf-8-bom | utf-16le | utf-16be | gb18030 | big5 | docx | pdf (html: the charset used). */
  encoding: string;
  /** One paragraph per line, '\n' line ends; headings the container marks come out as `# ` / `## `. */
  text: string;
  meta: ReadMeta;
  /** Problems with the file that did not stop reading. */
  diagnostics: StageDiagnostic[];
}

/** The file cannot be used at all; `code` is one of the READ_* codes. */
export class ReadError extends Error {
  readonly code: string;
  readonly line: number | null;

  constructor(code: string, message: string, line?: number | null, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReadError';
    this.code = code;
    this.line = line ?? null;
  }
}

export type Reader = (bytes: Uint8Array, options: Required<ReadOptions>) => Promise<ReadResult>;

/** The limits a reader should apply: defaults overridden by the caller's. */
export function limitsOf(options: ReadOptions | undefined): ReadLimits {
  return { ...DEFAULT_LIMITS, ...options?.limits };
}

export function warning(code: string, message: string, line: number | null = null): StageDiagnostic {
  return { level: 'warning', code, message, line };
}

/** The file was read, but part of its text is lost: its articles are kept and the build exits 1. */
export function damage(code: string, message: string, line: number | null = null): StageDiagnostic {
  return { level: 'error', code, message, line };
}
