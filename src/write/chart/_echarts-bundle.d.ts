// ECharts' one-file ES build (all its charts and components), typed as the `echarts/core` API it exports.
declare module 'echarts/dist/echarts.esm.min.mjs' {
  export * from 'echarts/core';
}
