import { joinText } from './join.js';
import type { Run } from './items.js';

/** A run with the vertical extent used to tell lines apart. */
export interface Box extends Run {
  top: number;
  bottom: number;
}

/** Runs on one baseline close enough to be one piece of text (never across a column gap). */
export function fragmentsOf(runs: readonly Run[]): Box[] {
  const sorted = [...runs].sort((p, q) => p.baseline - q.baseline || p.x0 - q.x0);
  const rows: Run[][] = [];
  for (const run of sorted) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.baseline - run.baseline) <= 0.25 * Math.min(row[0]!.size, run.size)) row.push(run);
    else rows.push([run]);
  }
  const boxes: Box[] = [];
  for (const row of rows) {
    row.sort((p, q) => p.x0 - q.x0);
    const merged: Run[] = [];
    for (const run of row) {
      const prev = merged.at(-1);
      const gap = prev ? (run.x0 - prev.x1) / Math.max(prev.size, run.size) : Infinity;
      if (prev && gap <= 0.5 && gap >= -0.5 && run.size <= prev.size * 1.3 && prev.size <= run.size * 1.3) {
        merged[merged.length - 1] = { ...prev, text: joinText(prev.text, run.text, gap), x1: Math.max(prev.x1, run.x1), size: majoritySize(prev, run) };
      } else {
        merged.push({ ...run });
      }
    }
    boxes.push(...merged.map(boxOf));
  }
  return boxes;
}

function majoritySize(a: Run, b: Run): number {
  return a.text.length >= b.text.length ? a.size : b.size;
}

// A slightly short box keeps lines set solid (pitch = size) apart in the vertical projection.
function boxOf(run: Run): Box {
  return { ...run, top: run.baseline - 0.75 * run.size, bottom: run.baseline + 0.1 * run.size };
}

/** Groups of boxes separated by horizontal white gaps, top to bottom. */
export function bandsOf(boxes: readonly Box[]): Box[][] {
  const sorted = [...boxes].sort((p, q) => p.top - q.top);
  const bands: Box[][] = [];
  let bottom = -Infinity;
  for (const box of sorted) {
    if (box.top > bottom + 0.02 * box.size || bands.length === 0) bands.push([box]);
    else bands.at(-1)!.push(box);
    bottom = bands.at(-1)!.length === 1 ? box.bottom : Math.max(bottom, box.bottom);
  }
  return bands;
}

/** Splits at vertical strips with no text at least `minGap` wide, left to right. */
export function splitAtStrips(boxes: readonly Box[], minGap: number): Box[][] {
  const sorted = [...boxes].sort((p, q) => p.x0 - q.x0);
  const columns: Box[][] = [];
  let right = -Infinity;
  for (const box of sorted) {
    if (columns.length === 0 || box.x0 - right >= minGap) columns.push([box]);
    else columns.at(-1)!.push(box);
    right = Math.max(right, box.x1);
  }
  return columns;
}

export function medianSize(boxes: readonly Box[]): number {
  const sizes = boxes.map((b) => b.size).sort((p, q) => p - q);
  return sizes[Math.floor(sizes.length / 2)] ?? 10;
}

