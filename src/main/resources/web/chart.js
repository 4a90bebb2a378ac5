// A fan chart: the scenario's band and median, the what-if's band and median overlaid, public figures
// as dots with their ranges, events as ticks, the projection after the record's end shaded.
import uPlot from '/webjars/uplot/1.6.30/dist/uPlot.esm.js';

const BEFORE = '#0072B2';
const AFTER = '#D55E00';

/** Seconds since 1970 of month m after the scenario's start ("2023-09"); fractions fall inside the month. */
export function monthTime(start, m) {
  const [y, mo] = start.split('-').map(Number);
  const whole = Math.floor(m);
  const t = Date.UTC(y, mo - 1 + whole, 1) / 1000;
  return t + (m - whole) * 30.44 * 86400;
}

/** 1234567 -> "1.23M", 25000 -> "25k", 0.5 -> "0.5". */
export function compact(v) {
  if (v == null || !isFinite(v)) return '';
  const a = Math.abs(v);
  if (a >= 1e9) return +(v / 1e9).toPrecision(3) + 'B';
  if (a >= 1e6) return +(v / 1e6).toPrecision(3) + 'M';
  if (a >= 1e4) return +(v / 1e3).toPrecision(3) + 'k';
  return +v.toPrecision(3) + '';
}

export function fanChart(el, spec) {
  const xs = Array.from({ length: spec.months }, (_, m) => monthTime(spec.start, m));
  const empty = xs.map(() => null);
  const recordEnd = spec.recordEndsMonth == null ? null : monthTime(spec.start, spec.recordEndsMonth + 1);

  function decorate(u) {
    const ctx = u.ctx;
    const { left, top, width, height } = u.bbox;
    ctx.save();
    if (recordEnd != null && recordEnd < xs[xs.length - 1]) {
      const x0 = u.valToPos(recordEnd, 'x', true);
      ctx.fillStyle = 'rgba(0,0,0,0.05)';
      ctx.fillRect(x0, top, left + width - x0, height);
      ctx.strokeStyle = '#888';
      ctx.setLineDash([5, 4]);
      ctx.lineWidth = devicePixelRatio;
      ctx.beginPath(); ctx.moveTo(x0, top); ctx.lineTo(x0, top + height); ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = '#666';
      ctx.font = `${11 * devicePixelRatio}px system-ui, sans-serif`;
      ctx.fillText('projection', x0 + 4 * devicePixelRatio, top + 12 * devicePixelRatio);
    }
    ctx.strokeStyle = 'rgba(0,0,0,0.35)';
    ctx.lineWidth = devicePixelRatio;
    for (const e of spec.events) {
      const x = u.valToPos(monthTime(spec.start, e.month), 'x', true);
      ctx.beginPath(); ctx.moveTo(x, top + height); ctx.lineTo(x, top + height - 8 * devicePixelRatio); ctx.stroke();
    }
    ctx.fillStyle = '#111';
    ctx.strokeStyle = '#111';
    for (const f of spec.figures) {
      const x = u.valToPos(monthTime(spec.start, f.month), 'x', true);
      const y = u.valToPos(f.value, 'y', true);
      const lo = u.valToPos(f.low, 'y', true);
      const hi = u.valToPos(f.high, 'y', true);
      ctx.beginPath(); ctx.moveTo(x, lo); ctx.lineTo(x, hi); ctx.stroke();
      ctx.beginPath(); ctx.arc(x, y, 3 * devicePixelRatio, 0, 2 * Math.PI); ctx.fill();
    }
    ctx.restore();
  }

  // the y range includes the figures' ranges, so no public figure falls off the chart
  function yRange(u, min, max) {
    for (const f of spec.figures) { min = Math.min(min, f.low); max = Math.max(max, f.high); }
    if (min === max) { max = min + 1; }
    const pad = (max - min) * 0.05;
    return [min >= 0 && min - pad < 0 ? 0 : min - pad, max + pad];
  }

  const line = (label, colour, width, dash) => ({ label, stroke: colour, width, dash, points: { show: false },
    value: (u, v) => compact(v) });
  const edge = (label, colour) => ({ label, stroke: colour + '66', width: 0.5, points: { show: false },
    value: (u, v) => compact(v) });
  const opts = {
    width: Math.max(280, el.clientWidth),
    height: 240,
    scales: { x: { time: true }, y: { range: yRange } },
    axes: [{}, { size: 56, values: (u, vals) => vals.map(compact) }],
    series: [
      { value: (u, t) => t == null ? '' : new Date(t * 1000).toISOString().slice(0, 7) },
      edge('as it is 5 %', BEFORE), line('as it is', BEFORE, 2), edge('95 %', BEFORE),
      edge('with levers 5 %', AFTER), line('with levers', AFTER, 2, [6, 3]), edge('95 %', AFTER),
    ],
    bands: [
      { series: [3, 1], fill: 'rgba(0,114,178,0.18)' },
      { series: [6, 4], fill: 'rgba(213,94,0,0.18)' },
    ],
    legend: { show: false },
    hooks: { draw: [decorate] },
  };
  const u = new uPlot(opts, [xs, empty, empty, empty, empty, empty, empty], el);
  new ResizeObserver(() => u.setSize({ width: Math.max(280, el.clientWidth), height: 240 })).observe(el);
  return {
    plot: u,
    update(before, after) {
      u.setData([xs, before.p05, before.p50, before.p95, after.p05, after.p50, after.p95]);
    },
  };
}
