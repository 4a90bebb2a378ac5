// The map of the seven states (an ECharts graph): each tie as a grey line as thick as it is
// strong, and the month's flows as arrows: North Korean shells and troops to Russia, Western shells to
// Ukraine, Russian aid to North Korea, sanctions on Russia and North Korea. Drawn from /api/play's month.
import * as echarts from '/webjars/echarts/5.3.1/dist/echarts.esm.min.js';
import { svgFile } from '/chart.js';

const EAST = '#8c2d04';
const WEST = '#08519c';
const fmt = (v) => Math.round(v).toLocaleString('en-US');

export function stateMap(el) {
  const chart = echarts.init(el, null, { renderer: 'canvas', width: el.clientWidth || 320, height: el.clientHeight || 250 });
  new ResizeObserver(() => chart.resize({ width: el.clientWidth, height: el.clientHeight })).observe(el);
  // the month shown and its numbers, on the element for the browser test and a curious console
  const shown = { month: null, data: null, play: null };
  el.shown = shown;

  /** The map's option for a run at a month. */
  function option(play, month) {
    const m = play.map[month];
    const nodes = play.states.map((s) => ({ name: s.code, x: s.x, y: s.y, value: s.name, symbolSize: 16,
      itemStyle: { color: s.bloc === 'east' ? EAST : WEST },
      label: { show: true, formatter: s.name, position: s.code === 'UKR' || s.code === 'USA' ? 'bottom' : 'right', fontSize: 12, color: '#222' } }));
    const links = [];
    for (const [pair, t] of Object.entries(m.ties)) {
      const [a, b] = pair.split('-');
      links.push({ source: a, target: b, value: `tie ${t.toFixed(2)}`,
        lineStyle: { color: '#999', width: 1 + 5 * t, curveness: 0, opacity: 0.7 }, symbol: ['none', 'none'] });
    }
    const flow = (source, target, width, colour, text, curve) => links.push({ source, target, value: text,
      lineStyle: { color: colour, width, curveness: curve, opacity: 0.9 }, symbol: ['none', 'arrow'], symbolSize: 10,
      label: { show: true, formatter: text, fontSize: 11, color: colour } });
    if (m.shells_prk_rus > 0 || m.troops_prk_at_front >= 0.5) {
      flow('PRK', 'RUS', Math.min(10, 2 + m.shells_prk_rus / 50000), '#D55E00', `${fmt(m.shells_prk_rus)} shells`
        + (m.troops_prk_at_front >= 0.5 ? ` + ${fmt(m.troops_prk_at_front)} troops` : ''), 0.25);
    }
    if (m.aid_rus_prk_usd > 0) {
      links.push({ source: 'RUS', target: 'PRK', value: `aid $${fmt(m.aid_rus_prk_usd / 1e6)} M`,
        lineStyle: { color: '#009E73', width: Math.min(8, 2 + m.aid_rus_prk_usd / 30e6), curveness: -0.25 }, symbol: ['none', 'arrow'] });
    }
    if (m.shells_west_ukr > 0) {
      flow('USA', 'UKR', Math.min(10, 2 + m.shells_west_ukr / 50000), '#0072B2', `${fmt(m.shells_west_ukr)} shells from the West`, 0.15);
    }
    for (const [code, p] of [['RUS', m.sanctions_rus], ['PRK', m.sanctions_prk]]) {
      links.push({ source: 'USA', target: code, value: `sanctions ${p.toFixed(2)}`,
        lineStyle: { color: '#000', width: 1 + 6 * p, type: 'dashed', curveness: 0.1, opacity: 0.35 }, symbol: ['none', 'arrow'] });
    }
    return {
      animation: false,
      tooltip: { formatter: (p) => p.dataType === 'edge' ? `${p.data.source}→${p.data.target}: ${p.data.value}` : p.data.value },
      series: [{ type: 'graph', layout: 'none', roam: false, left: 40, right: 100, top: 20, bottom: 40,
        data: nodes, links, edgeSymbolSize: 10, emphasis: { disabled: true } }],
    };
  }

  function show(play, month) {
    shown.month = month;
    shown.data = play.map[month];
    shown.play = play;
    chart.setOption(option(play, month), { notMerge: true });
  }

  /**
   * The map as shown, with a title and a note under it, as an SVG document (ECharts' SVG renderer, as
   * the charts' files), or null before a run is shown.
   */
  function svg(title, note) {
    if (shown.play == null) return null;
    const o = option(shown.play, shown.month);
    o.series[0].top = 44;
    o.series[0].bottom = 56;
    return svgFile(o, Math.max(320, el.clientWidth), Math.max(250, el.clientHeight) + 64, title, note);
  }
  return { chart, shown, show, svg };
}
