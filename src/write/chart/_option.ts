import type { BarSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, MarkLineComponentOption, TitleComponentOption } from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { ChartSpec } from '../../render/tree.js';
import { formatValue } from './_format.js';
import type { ChartPlan } from './_plan.js';

export type ChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | TitleComponentOption | LegendComponentOption | MarkLineComponentOption
>;

/** The ECharts option for a spec, styled like a government report: flat bars, thin greys, labels in the label face. */
export function chartOption(spec: ChartSpec, plan: ChartPlan, fontFamily: string): ChartOption {
  const { style } = plan;
  const horizontal = plan.horizontal;
  const text = { fontFamily, fontSize: style.size, fontWeight: 'normal' as const, color: style.text };
  const line = (color: string, width = 0.75) => ({ lineStyle: { color, width } });

  const categoryAxis = {
    type: 'category' as const,
    data: plan.labels.texts,
    // Horizontal bars read top-down in the spec's order.
    inverse: horizontal,
    axisTick: { show: false },
    axisLine: { onZero: false, ...line(style.axis) },
    axisLabel: {
      ...text,
      fontSize: plan.labels.size,
      interval: 0,
      margin: style.size * 0.6,
      rotate: plan.labels.rotate,
      lineHeight: style.lineHeight,
      ...(plan.labels.truncateWidth !== undefined ? { width: plan.labels.truncateWidth, overflow: 'truncate' as const, ellipsis: '…' } : {}),
    },
  };
  const negative = spec.series.some((s) => s.values.some((v) => v < 0));
  const valueAxis = {
    type: 'value' as const,
    // Room beyond the most negative bar for its label, which would otherwise sit on the category labels.
    boundaryGap: [plan.negativeGap, 0] as [number, number],
    name: spec.unit,
    nameLocation: 'end' as const,
    nameGap: style.size * 0.8,
    nameTextStyle: { ...text, align: horizontal ? ('left' as const) : ('center' as const) },
    splitNumber: 4,
    axisLine: { show: false },
    axisTick: { show: false },
    splitLine: { show: true, ...line(style.grid, 0.5) },
    axisLabel: { ...text, color: style.text, margin: style.size * 0.5, formatter: (v: number) => formatValue(v) },
  };

  const series: BarSeriesOption[] = spec.series.map((s, i) => ({
    type: 'bar',
    name: s.name,
    barMaxWidth: style.size * (horizontal ? 1.6 : 3),
    barGap: '15%',
    barCategoryGap: spec.series.length > 1 ? '30%' : '45%',
    itemStyle: { color: style.palette[i % style.palette.length]! },
    data: s.values.map((value) => ({
      value,
      // A negative bar carries its label at its own end, not across the zero line.
      label: { position: value < 0 ? (horizontal ? 'left' : 'bottom') : horizontal ? 'right' : 'top' },
    })),
    label: {
      show: true,
      ...text,
      fontSize: plan.labels.size,
      distance: style.size * 0.3,
      textBorderWidth: 0,
      formatter: (p: { value: unknown }) => formatValue(Number(p.value)),
    },
    // With bars on both sides of zero, the zero line is the baseline the reader measures from.
    ...(negative && i === 0 ? { markLine: zeroLine(horizontal, style.axis) } : {}),
  }));

  return {
    animation: false,
    backgroundColor: 'transparent',
    textStyle: text,
    title: {
      show: plan.title !== '',
      text: plan.title,
      left: 'center',
      top: plan.titleTop,
      padding: 0,
      textStyle: { ...text, fontSize: style.titleSize, lineHeight: style.titleSize * 1.3 },
    },
    legend: {
      show: spec.series.length > 1,
      top: plan.headerBottom - style.size * 1.5,
      right: plan.pad,
      padding: 0,
      itemWidth: style.size,
      itemHeight: style.size * 0.75,
      itemGap: style.size,
      textStyle: text,
    },
    grid: {
      left: plan.pad,
      right: plan.gridRight,
      top: plan.gridTop,
      bottom: plan.gridBottom,
      outerBoundsMode: 'same',
      outerBoundsContain: 'axisLabel',
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series,
  };
}

function zeroLine(horizontal: boolean, color: string): BarSeriesOption['markLine'] {
  return {
    silent: true,
    symbol: 'none',
    label: { show: false },
    lineStyle: { color, width: 0.75, type: 'solid' },
    data: [horizontal ? { xAxis: 0 } : { yAxis: 0 }],
  };
}
