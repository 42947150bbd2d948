import { describe, expect, it } from 'vitest';
import { warmUp } from '../../src/build/render-worker.js';
import { warmUpTree } from '../../src/build/render-warm.js';
import { loadConfig } from '../../src/config.js';
import { pdfPageCount } from '../../src/build/render.js';

// Each rendering thread first writes this sample; its errors are swallowed there (a real report
// reports them), so a sample the writers could no longer write would only make builds slower, silently.
describe('the warm-up sample', () => {
  const { config } = loadConfig({ cwd: process.cwd(), overrides: { workers: 0 } });

  it('is written as a PDF and, on its own (as in a Word-only thread), as a DOCX, without a diagnostic', async () => {
    const pdf = await warmUp(warmUpTree(), ['pdf'], config);
    expect(pdf.diagnostics).toEqual([]);
    expect(pdfPageCount(pdf.files[0]!.bytes)).toBeGreaterThanOrEqual(1);
    const docx = await warmUp(warmUpTree(), ['docx'], config);
    expect(docx.diagnostics).toEqual([]);
    expect(Buffer.from(docx.files[0]!.bytes.subarray(0, 2)).toString('latin1')).toBe('PK');
  }, 60_000);

  it('holds what the default templates hold: 报头, 目录, a table, a list, an article and the 报尾', () => {
    const kinds = new Set<string>();
    const walk = (n: { type: string; name?: string; children?: unknown[] }) => {
      kinds.add(n.name ? `${n.type}:${n.name}` : n.type);
      for (const c of n.children ?? []) walk(c as typeof n);
    };
    walk(warmUpTree() as never);
    for (const k of ['leafDirective:masthead', 'leafDirective:toc', 'table', 'list', 'strong', 'emphasis', 'containerDirective:endblock']) expect(kinds).toContain(k);
  });
});
