import { fmt } from './draw.js';

// SVG geometry as PDF path operators and matrices, in the SVG's own (y-down) user space.

/** A rect's outline. */
export function rectPath(a: Record<string, string>): string {
  const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((k) => Number(a[k] ?? 0));
  return `${fmt(x!)} ${fmt(y!)} ${fmt(w!)} ${fmt(h!)} re`;
}

/** Path data in PDF operators: moves, lines, curves (quadratic ones raised to cubic) and arcs (as cubic curves); null for the shorthand curves. */
export function pathOps(d: string): string | null {
  const ops: string[] = [];
  let [cx, cy, sx, sy] = [0, 0, 0, 0];
  const tokens = d.match(/[a-zA-Z]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  let i = 0;
  let cmd = '';
  let bad = false;
  const num = () => {
    const v = Number(tokens[i++]);
    if (!Number.isFinite(v)) bad = true;
    return v;
  };
  while (i < tokens.length) {
    if (/^[a-zA-Z]$/.test(tokens[i]!)) cmd = tokens[i++]!;
    const rel = cmd === cmd.toLowerCase();
    const ox = rel ? cx : 0;
    const oy = rel ? cy : 0;
    switch (cmd.toUpperCase()) {
      case 'M':
        [cx, cy] = [ox + num(), oy + num()];
        [sx, sy] = [cx, cy];
        ops.push(`${fmt(cx)} ${fmt(cy)} m`);
        cmd = rel ? 'l' : 'L'; // further pairs after a move are lines
        break;
      case 'L':
        [cx, cy] = [ox + num(), oy + num()];
        ops.push(`${fmt(cx)} ${fmt(cy)} l`);
        break;
      case 'H':
        cx = ox + num();
        ops.push(`${fmt(cx)} ${fmt(cy)} l`);
        break;
      case 'V':
        cy = oy + num();
        ops.push(`${fmt(cx)} ${fmt(cy)} l`);
        break;
      case 'C': {
        const p = [ox + num(), oy + num(), ox + num(), oy + num(), ox + num(), oy + num()];
        [cx, cy] = [p[4]!, p[5]!];
        ops.push(`${p.map(fmt).join(' ')} c`);
        break;
      }
      case 'Q': {
        const [qx, qy, ex, ey] = [ox + num(), oy + num(), ox + num(), oy + num()];
        const c = [cx + (2 / 3) * (qx - cx), cy + (2 / 3) * (qy - cy), ex + (2 / 3) * (qx - ex), ey + (2 / 3) * (qy - ey), ex, ey];
        [cx, cy] = [ex, ey];
        ops.push(`${c.map(fmt).join(' ')} c`);
        break;
      }
      case 'A': {
        const [rx, ry, rotation, large, sweep, ex, ey] = [num(), num(), num(), num(), num(), ox + num(), oy + num()];
        for (const c of arcCurves(cx, cy, rx, ry, rotation, large !== 0, sweep !== 0, ex, ey)) ops.push(`${c.map(fmt).join(' ')} c`);
        [cx, cy] = [ex, ey];
        break;
      }
      case 'Z':
        [cx, cy] = [sx, sy];
        ops.push('h');
        break;
      default:
        return null;
    }
    if (bad) return null;
  }
  return ops.join(' ');
}

/**
 * An elliptical arc as cubic Béziers, one per quarter turn at most (SVG 1.1 F.6.5: endpoint to
 * centre parameterisation, radii scaled up when too small to reach the end point).
 */
function arcCurves(x1: number, y1: number, rx: number, ry: number, degrees: number, large: boolean, sweep: boolean, x2: number, y2: number): number[][] {
  if (rx === 0 || ry === 0 || (x1 === x2 && y1 === y2)) return [[x1, y1, x2, y2, x2, y2]];
  rx = Math.abs(rx);
  ry = Math.abs(ry);
  const phi = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(phi), Math.sin(phi)];
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const xp = cos * dx + sin * dy;
  const yp = -sin * dx + cos * dy;
  const lambda = (xp * xp) / (rx * rx) + (yp * yp) / (ry * ry);
  if (lambda > 1) [rx, ry] = [rx * Math.sqrt(lambda), ry * Math.sqrt(lambda)];
  const num = rx * rx * ry * ry - rx * rx * yp * yp - ry * ry * xp * xp;
  const root = Math.sqrt(Math.max(0, num / (rx * rx * yp * yp + ry * ry * xp * xp))) * (large === sweep ? -1 : 1);
  const cxp = (root * rx * yp) / ry;
  const cyp = (-root * ry * xp) / rx;
  const centre = [cos * cxp - sin * cyp + (x1 + x2) / 2, sin * cxp + cos * cyp + (y1 + y2) / 2];
  const angle = (ux: number, uy: number, vx: number, vy: number) => Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
  const start = angle(1, 0, (xp - cxp) / rx, (yp - cyp) / ry);
  let delta = angle((xp - cxp) / rx, (yp - cyp) / ry, (-xp - cxp) / rx, (-yp - cyp) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const parts = Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9);
  const step = delta / parts;
  const k = (4 / 3) * Math.tan(step / 4);
  const at = (t: number) => [centre[0]! + cos * rx * Math.cos(t) - sin * ry * Math.sin(t), centre[1]! + sin * rx * Math.cos(t) + cos * ry * Math.sin(t)];
  const tangent = (t: number) => [-cos * rx * Math.sin(t) - sin * ry * Math.cos(t), -sin * rx * Math.sin(t) + cos * ry * Math.cos(t)];
  const curves: number[][] = [];
  for (let i = 0; i < parts; i++) {
    const a = start + i * step;
    const b = a + step;
    const [p0, d0, p3, d3] = [at(a), tangent(a), at(b), tangent(b)];
    curves.push([p0[0]! + k * d0[0]!, p0[1]! + k * d0[1]!, p3[0]! - k * d3[0]!, p3[1]! - k * d3[1]!, i === parts - 1 ? x2 : p3[0]!, i === parts - 1 ? y2 : p3[1]!]);
  }
  return curves;
}

/** An SVG transform list as one PDF matrix ('' for none); null for what it cannot read. */
export function matrixOf(transform: string | undefined): string | null {
  if (!transform?.trim()) return '';
  let m = [1, 0, 0, 1, 0, 0];
  for (const [, fn, args] of transform.matchAll(/(\w+)\(([^)]*)\)/g)) {
    const v = args!.split(/[\s,]+/).filter(Boolean).map(Number);
    let t: number[];
    if (fn === 'translate') t = [1, 0, 0, 1, v[0] ?? 0, v[1] ?? 0];
    else if (fn === 'scale') t = [v[0] ?? 1, 0, 0, v[1] ?? v[0] ?? 1, 0, 0];
    else if (fn === 'matrix' && v.length === 6) t = v;
    else if (fn === 'rotate' && v.length === 1) {
      const r = (v[0]! * Math.PI) / 180;
      t = [Math.cos(r), Math.sin(r), -Math.sin(r), Math.cos(r), 0, 0];
    } else return null;
    m = [m[0]! * t[0]! + m[2]! * t[1]!, m[1]! * t[0]! + m[3]! * t[1]!, m[0]! * t[2]! + m[2]! * t[3]!, m[1]! * t[2]! + m[3]! * t[3]!, m[0]! * t[4]! + m[2]! * t[5]! + m[4]!, m[1]! * t[4]! + m[3]! * t[5]! + m[5]!];
  }
  return m.every(Number.isFinite) ? m.map(fmt).join(' ') : null;
}
