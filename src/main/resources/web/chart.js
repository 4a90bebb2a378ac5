// A fan chart (ECharts): the scenario's band and median, the what-if's band and median
// overlaid, public figures as dots with their ranges, events as faint lines, the projection after the
// record's end shaded, and in play mode one run drawn over the bands. The same option, with a title and
// the sentence, drawn by ECharts' SVG renderer off screen, makes the chart's SVG and PNG files.
import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';

const BEFORE = '#0072B2';
const AFTER = '#D55E00';
const RUN = '#111';
const HEIGHT = 240;

/** Milliseconds since 1970 of month m after the scenario's start ("2023-09"); fractions fall inside the month. */
export function monthTime(start, m) {
  const [y, mo] = start.split('-').map(Number);
  const whole = Math.floor(m);
  return Date.UTC(y, mo - 1 + whole, 1) + (m - whole) * 30.44 * 86400e3;
}

/** "2024-03" for month 6 of a run starting 2023-09. */
export function monthName(start, m) {
  return new Date(monthTime(start, m)).toISOString().slice(0, 7);
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

/** Saves text or a blob as a file the browser downloads. */
export function save(name, blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** An SVG document as a PNG blob at twice its size: the browser rasterises what ECharts drew. */
export function svgToPng(svg, width, height) {
  return new Promise((done, fail) => {
    const img = new Image();
    img.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = 2 * width;
      canvas.height = 2 * height;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
      canvas.toBlob(done, 'image/png');
    };
    img.onerror = () => fail(new Error('the browser could not draw the SVG'));
    img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
  });
}

/** An arm's three series, by their ids: the band's lower edge, its width stacked on it, and the median. */
function armSeries(name, xs, lo, mid, hi) {
  const pts = (ys) => xs.map((x, i) => [x, ys[i]]);
  return [
    { id: name + ' 5 %', data: pts(lo) },
    { id: name + ' band', data: xs.map((x, i) => [x, lo[i] == null || hi[i] == null ? null : hi[i] - lo[i]]) },
    { id: name, data: pts(mid) },
  ];
}

/** The run's series up to its month, or none. */
function runData(xs, run) {
  return run ? run.series.slice(0, run.month + 1).map((v, i) => [xs[i], v]) : [];
}

/**
 * The chart's whole option for the plot's columns [months, p05, p50, p95 as it is, p05, p50, p95 with
 * levers] and run. The tooltip reads the plot when shown, so the option stays right when later
 * updates merge only the series' data into it.
 */
function option(spec, plot) {
  const cols = plot.data;
  const xs = cols[0];
  const last = xs[xs.length - 1];
  const recordEnd = spec.recordEndsMonth == null ? null : monthTime(spec.start, spec.recordEndsMonth + 1);
  const marks = spec.events.map((e) => ({ xAxis: monthTime(spec.start, e.month), name: e.label }));
  const projection = recordEnd != null && recordEnd < last;
  if (projection) {
    marks.push({ xAxis: recordEnd, name: 'projection', lineStyle: { type: 'dashed', color: '#888', width: 1 },
      label: { show: true, formatter: 'projection', position: 'insideEndTop', color: '#666', fontSize: 11 } });
  }
  const hidden = { opacity: 0 };
  const arm = (name, lo, mid, hi, colour, fill, dash, decorated) => {
    const [low, band, median] = armSeries(name, xs, lo, mid, hi);
    return [
      { ...low, name: name + ' 5 %', type: 'line', stack: name, symbol: 'none', lineStyle: hidden, silent: true },
      { ...band, name: name + ' band', type: 'line', stack: name, symbol: 'none', lineStyle: hidden,
        areaStyle: { color: fill }, silent: true },
      { ...median, name, type: 'line', symbol: 'none', lineStyle: { color: colour, width: 2, type: dash },
        itemStyle: { color: colour },
        markLine: decorated ? { symbol: 'none', silent: true, animation: false, label: { show: false },
          lineStyle: { color: 'rgba(0,0,0,0.2)', type: 'dotted', width: 1 }, data: marks } : undefined,
        markArea: decorated && projection ? { silent: true, itemStyle: { color: 'rgba(0,0,0,0.05)' },
          data: [[{ xAxis: recordEnd }, { xAxis: last }]] } : undefined },
    ];
  };
  const figures = spec.figures.map((f) => [monthTime(spec.start, f.month), f.value, f.low, f.high, f.name]);
  return {
    animation: false,
    grid: { left: 56, right: 12, top: 12, bottom: 28 },
    xAxis: { type: 'time', min: xs[0], max: last, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', scale: true, axisLabel: { formatter: compact }, splitLine: { lineStyle: { color: '#eee' } } },
    tooltip: { trigger: 'axis', formatter: (items) => tip(plot, items) },
    series: [
      ...arm('as it is', cols[1], cols[2], cols[3], BEFORE, 'rgba(0,114,178,0.18)', 'solid', true),
      ...arm('with your levers', cols[4], cols[5], cols[6], AFTER, 'rgba(213,94,0,0.18)', [6, 3], false),
      { name: 'public figure range', type: 'custom', data: figures, encode: { x: 0, y: [2, 3] }, silent: true, z: 5,
        renderItem: (params, api) => {
          const lo = api.coord([api.value(0), api.value(2)]);
          const hi = api.coord([api.value(0), api.value(3)]);
          return { type: 'line', shape: { x1: lo[0], y1: lo[1], x2: hi[0], y2: hi[1] }, style: { stroke: '#111', lineWidth: 1 } };
        } },
      { name: 'public figure', type: 'scatter', data: figures, encode: { x: 0, y: 1 }, symbolSize: 6, z: 6,
        itemStyle: { color: '#111' } },
      { id: 'one run', name: 'one run', type: 'line', z: 7, symbol: 'none', lineStyle: { color: RUN, width: 1.5 },
        itemStyle: { color: RUN }, data: runData(xs, plot.run) },
    ],
  };
}

function tip(plot, items) {
  const cols = plot.data;
  const run = plot.run;
  const i = items.length ? items[0].dataIndex : 0;
  const x = items.length ? items[0].value[0] : cols[0][0];
  const lines = [`<b>${new Date(x).toISOString().slice(0, 7)}</b>`];
  if (items.some((it) => it.seriesName.startsWith('as it is'))) {
    lines.push(`as it is: ${compact(cols[2][i])} (${compact(cols[1][i])} to ${compact(cols[3][i])})`);
    lines.push(`with your levers: ${compact(cols[5][i])} (${compact(cols[4][i])} to ${compact(cols[6][i])})`);
  }
  if (run && i <= run.month) lines.push(`one run: ${compact(run.series[i])}`);
  for (const it of items) {
    if (it.seriesName === 'public figure') lines.push(`${it.value[4]}: ${compact(it.value[1])} (${compact(it.value[2])} to ${compact(it.value[3])})`);
  }
  return lines.join('<br>');
}

/**
 * An ECharts option drawn off screen by the SVG renderer, on white, with a title above and a note
 * below (wrapped to the width): the document the charts' and the map's SVG and PNG files are made of.
 */
export function svgFile(o, width, height, title, note) {
  const off = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  o.tooltip = undefined;
  o.backgroundColor = '#fff';
  o.title = { text: title, left: 8, top: 6, textStyle: { fontSize: 13, fontWeight: 600, color: '#222' } };
  o.graphic = [{ type: 'text', left: 8, bottom: 8, style: { text: note, fontSize: 11, fill: '#222',
    width: width - 16, overflow: 'break' } }];
  off.setOption(o);
  const svg = off.renderToSVGString();
  off.dispose();
  return { svg, width, height };
}

/** Whether columns from..to-1 of two plots hold the same numbers. */
function sameColumns(a, b, from, to) {
  for (let c = from; c < to; c++) {
    if (a[c].length !== b[c].length || a[c].some((v, i) => v !== b[c][i])) return false;
  }
  return true;
}

export function fanChart(el, spec) {
  const xs = Array.from({ length: spec.months }, (_, m) => monthTime(spec.start, m));
  const empty = xs.map(() => null);
  // what the chart draws (or will, when scrolled to): the test and a curious student's console read it from the element
  const plot = { data: [xs, empty, empty, empty, empty, empty, empty], run: null };
  const chart = echarts.init(el, null, { renderer: 'canvas', width: el.clientWidth || 320, height: HEIGHT });
  // the whole option once; later the changed series' data are merged into it by their ids, so ECharts
  // keeps the axes, the events, the public figures and the shading instead of building them again
  chart.setOption(option(spec, plot), { notMerge: true });
  // the width the card gives, each time it changes (and once at the start, when the layout has settled)
  new ResizeObserver(() => chart.resize({ width: el.clientWidth, height: HEIGHT })).observe(el);
  // Series changed while the chart is off screen wait here, by id, until it comes near the screen or
  // the page asks: each chart drawn costs tens of milliseconds on a busy laptop, and a slider's answer
  // should reach the charts the class sees first.
  const pending = new Map();
  let near = true;
  const flush = () => {
    if (!pending.size) return;
    const series = [...pending.values()];
    pending.clear();
    chart.setOption({ series });
  };
  const change = (series) => {
    for (const s of series) pending.set(s.id, s);
    if (near) flush();
  };
  new IntersectionObserver(([entry]) => {
    near = entry.isIntersecting;
    if (near) flush();
  }, { rootMargin: '120px' }).observe(el);
  return {
    plot,
    chart,
    /** Whether the chart is on screen or near it (so changes are drawn at once). */
    get near() { return near; },
    /** Draws the changes kept while the chart was off screen. */
    flush,
    /**
     * The bands of an answer: the as-it-is arm's series only when its numbers changed (a slider move
     * leaves them as they were; the number of runs changes them).
     */
    update(before, after) {
      const next = [xs, before.p05, before.p50, before.p95, after.p05, after.p50, after.p95];
      const series = [];
      if (!sameColumns(plot.data, next, 1, 4)) series.push(...armSeries('as it is', xs, before.p05, before.p50, before.p95));
      if (!sameColumns(plot.data, next, 4, 7)) {
        series.push(...armSeries('with your levers', xs, after.p05, after.p50, after.p95));
      }
      plot.data = next;
      change(series);
    },
    /** One run's series drawn up to month (inclusive); null takes it away. */
    run(series, month) {
      const next = series ? { series, month } : null;
      if (next === plot.run || (next && plot.run && next.series === plot.run.series && next.month === plot.run.month)) return;
      plot.run = next;
      change([{ id: 'one run', data: runData(xs, next) }]);
    },
    /** The chart with its title and sentence as an SVG document, at the size it is shown. */
    svg(title, sentence) {
      const o = option(spec, plot);
      o.grid = { left: 56, right: 12, top: 36, bottom: 52 };
      return svgFile(o, Math.max(320, el.clientWidth), HEIGHT + 64, title, sentence);
    },
  };
}
