import { z } from 'zod';

export const InputFormatSchema = z.enum(['txt', 'md', 'html', 'docx', 'pdf']);
export type InputFormat = z.infer<typeof InputFormatSchema>;

export const DiscardedBlockSchema = z
  .object({
    text: z.string().describe('The text as read, e.g. a column announcement with its hotline.'),
    reason: z.string().describe('Why it is not an article, in plain words.'),
    startLine: z.number().int().describe('1-based first line in the source text.'),
    endLine: z.number().int().describe('1-based last line in the source text, inclusive.'),
  })
  .meta({
    id: 'DiscardedBlock',
    title: 'Discarded block',
    description: 'Text that is not an article (column announcement, hotline, ad, page furniture), kept with why.',
  });
export type DiscardedBlock = z.infer<typeof DiscardedBlockSchema>;

export const SourceSchema = z
  .object({
    path: z.string().describe('Path relative to the input folder, with forward slashes.'),
    format: InputFormatSchema.describe('The reader that read it.'),
    encoding: z
      .string()
      .describe('How the bytes were decoded: utf-8, utf-8-bom, utf-16le, utf-16be, gb18030, big5; binary formats say docx or pdf.'),
    sha256: z.string().describe("SHA-256 of the file's bytes, hex; empty when the file could not be read."),
    articleIds: z.array(z.string()).describe('The articles found in it, in reading order.'),
    discarded: z.array(DiscardedBlockSchema),
  })
  .meta({ id: 'Source', title: 'Source', description: 'One input file: how it was read, and what became of every part of it.' });
export type Source = z.infer<typeof SourceSchema>;
