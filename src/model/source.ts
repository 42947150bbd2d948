import { z } from 'zod';

export const InputFormatSchema = z.enum(['txt', 'md', 'html', 'docx', 'pdf']);
export type InputFormat = z.infer<typeof InputFormatSchema>;

/** Text that is not an article (column announcement, hotline, ad, page furniture), kept with why. */
export const DiscardedBlockSchema = z.object({
  text: z.string(),
  reason: z.string(),
  startLine: z.number().int(),
  endLine: z.number().int(),
});
export type DiscardedBlock = z.infer<typeof DiscardedBlockSchema>;

export const SourceSchema = z.object({
  /** Path relative to the input folder, with forward slashes. */
  path: z.string(),
  format: InputFormatSchema,
  /** How the bytes were decoded: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, big5; binary formats say docx or pdf. */
  encoding: z.string(),
  sha256: z.string(),
  articleIds: z.array(z.string()),
  discarded: z.array(DiscardedBlockSchema),
});
export type Source = z.infer<typeof SourceSchema>;
