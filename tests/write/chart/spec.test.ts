import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChartSpecError, parseChartSpec, validateChartSpec } from '../../../src/write/chart/index.js';
import { FIXTURES } from './_helpers.js';

const valid = {
  type: 'bar',
  title: '津南区重点项目投资',
  unit: '亿元',
  categories: ['海河教育园区', '小站练兵园'],
  series: [{ name: '计划投资', values: [12.5, 3] }],
};
const json = (over: Record<string, unknown>) => JSON.stringify({ ...valid, ...over });

describe('parseChartSpec', () => {
  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith('.json')))('accepts the fixture %s', (file) => {
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    expect(parseChartSpec(text)).toEqual(JSON.parse(text));
  });

  it.each([
    ['horizontal bars', json({ type: 'hbar' })],
    ['an empty title and unit', json({ title: '', unit: '' })],
    ['negative and fractional values', json({ series: [{ name: '增速', values: [-1.25, 0] }] })],
    ['two series', json({ series: [valid.series[0], { name: '上年同期', values: [10, 2.4] }] })],
  ])('accepts %s', (_, text) => {
    expect(parseChartSpec(text).categories).toEqual(['海河教育园区', '小站练兵园']);
  });

  it.each([
    ['text that is not JSON', '{"type": "bar",', /not valid JSON/],
    ['a chart type it cannot draw', json({ type: 'pie' }), /type/],
    ['no categories', json({ categories: [] }), /categories: needs at least one category/],
    ['a blank category', json({ categories: ['海河教育园区', '  '] }), /categories\[1\]: must not be empty/],
    ['no series', json({ series: [] }), /series: needs at least one series/],
    ['fewer values than categories', json({ series: [{ name: 'x', values: [1] }] }), /series\[0\]\.values: has 1 values but there are 2 categories/],
    ['a value written as a string', json({ series: [{ name: 'x', values: ['12.5', 3] }] }), /series\[0\]\.values\[0\]/],
    ['a misspelt key', JSON.stringify({ ...valid, unti: '亿元' }), /unti/],
    ['a missing unit', JSON.stringify({ ...valid, unit: undefined }), /unit/],
    ['an array instead of an object', '[]', /invalid chart spec/],
  ])('refuses %s with a message naming the problem', (_, text, message) => {
    expect(() => parseChartSpec(text)).toThrow(ChartSpecError);
    expect(() => parseChartSpec(text)).toThrow(message);
  });

  it('lists every problem at once', () => {
    const error = (() => {
      try {
        validateChartSpec({ ...valid, type: 'line', categories: [] });
      } catch (e) {
        return e as Error;
      }
    })();
    expect(error?.message).toMatch(/type/);
    expect(error?.message).toMatch(/categories/);
  });
});
