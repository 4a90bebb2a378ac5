// The what-if page: reads the scenario, builds a slider per lever and a fan chart per output, and on
// each slider release asks the server for the paired what-if. The levers live in the page's URL.
import { fanChart, compact, monthName, save, svgToPng } from '/chart.js';
import { stateMap } from '/map.js';

const $ = (id) => document.getElementById(id);
const state = { scenario: null, charts: new Map(), sliders: new Map(), pending: null, seq: 0,
  run: null, map: null, timer: null, lineShown: false };

function formatValue(lever, v) {
  if (lever.kind === 'boolean') return v >= 0.5 ? 'yes' : 'no';
  return compact(v) + (lever.unit === 'share' || lever.unit === 'flag' ? '' : ' ' + lever.unit);
}

/** Levers that differ from the scenario's, read from the sliders. */
function changedLevers() {
  const levers = {};
  for (const [key, { lever, input }] of state.sliders) {
    const v = Number(input.value);
    if (Math.abs(v - lever.default) > 1e-12) levers[key] = lever.kind === 'boolean' ? v >= 0.5 : v;
  }
  return levers;
}

// a page open to a room was reached with ?join=CODE: the share link keeps it, so a classmate can open it
const joinCode = new URLSearchParams(location.search).get('join');

function writeUrl() {
  const q = new URLSearchParams();
  if (joinCode) q.set('join', joinCode);
  for (const [k, v] of Object.entries(changedLevers())) q.set(k, typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  const reps = $('replications').value;
  if (reps !== '100') q.set('replications', reps);
  const query = q.toString() ? '?' + q : '';
  // the month of the run played is the page's, not the downloads': a link opens the story at that month
  if (state.lineShown) q.set('month', $('month').value);
  const url = location.pathname + (q.toString() ? '?' + q : '');
  history.replaceState(null, '', url);
  $('share').href = url;
  for (const [id, file] of [['dl-yaml', 'scenario.yaml'], ['dl-bands', 'bands.csv'], ['dl-differences', 'differences.csv']]) {
    $(id).href = '/download/' + file + query;
  }
}

function readUrl() {
  const q = new URLSearchParams(location.search);
  for (const [key, { lever, input }] of state.sliders) {
    if (!q.has(key)) continue;
    const v = Number(q.get(key));
    if (Number.isFinite(v) && v >= lever.min && v <= lever.max) input.value = String(v);
  }
  const reps = q.get('replications');
  if (reps && [...$('replications').options].some((o) => o.value === reps)) $('replications').value = reps;
  const month = Number(q.get('month'));
  if (q.has('month') && Number.isInteger(month) && month >= 0 && month < state.scenario.months) {
    $('month').value = String(month);
    state.lineShown = true;
  }
}

function buildSliders(levers, box) {
  for (const lever of levers) {
    const div = document.createElement('div');
    div.className = 'lever';
    const id = 'lever-' + lever.key.replace(/[^a-z0-9]/gi, '-');
    div.innerHTML = `<label for="${id}"><span class="name"></span><span class="value"></span></label>
      <input type="range" id="${id}">
      <div class="range"></div>`;
    div.querySelector('.name').textContent = lever.key;
    div.querySelector('label').title = lever.description;
    const input = div.querySelector('input');
    input.min = lever.min; input.max = lever.max; input.step = lever.step; input.value = lever.default;
    input.dataset.key = lever.key;
    div.querySelector('.range').textContent = `${formatValue(lever, lever.min)} to ${formatValue(lever, lever.max)}`
      + ` · scenario: ${formatValue(lever, lever.default)}` + (lever.drawn ? ' (drawn from the posterior)' : '');
    const shown = div.querySelector('.value');
    const show = () => {
      shown.textContent = formatValue(lever, Number(input.value));
      shown.classList.toggle('changed', Math.abs(Number(input.value) - lever.default) > 1e-12);
    };
    input.addEventListener('input', show);
    input.addEventListener('change', () => { writeUrl(); recompute(); });
    show();
    state.sliders.set(lever.key, { lever, input, show });
    box.appendChild(div);
  }
}

function buildCharts(s) {
  const main = $('charts');
  for (const o of s.outputs) {
    const card = document.createElement('section');
    card.className = 'card';
    card.dataset.output = o.key;
    card.innerHTML = '<h2><span class="title"></span> <span class="unit"></span></h2><div class="chart"></div>'
      + '<p class="sentence"></p><p class="files">Keep this chart: <a class="png" href="" download>PNG</a> · '
      + '<a class="svg" href="" download>SVG</a></p>';
    card.querySelector('.title').textContent = o.title;
    card.querySelector('.title').title = o.description;
    card.querySelector('.unit').textContent = o.unit;
    main.appendChild(card);
    const chart = fanChart(card.querySelector('.chart'), {
      start: s.start, months: s.months, recordEndsMonth: s.record_ends_month, events: s.events, figures: o.figures,
    });
    // the plot on its element lets the browser test (and a curious student's console) read what is drawn
    card.querySelector('.chart').plot = chart.plot;
    state.charts.set(o.key, { card, chart });
    card.querySelector('.png').addEventListener('click', (e) => keep(e, o, 'png'));
    card.querySelector('.svg').addEventListener('click', (e) => keep(e, o, 'svg'));
  }
  // play mode and the map come third: the first screen shows two charts
  main.querySelectorAll('.card[data-output]')[1].after($('play'));
}

/** The chart as drawn, with its title and the sentence under it, as an SVG or PNG file (ECharts draws both). */
async function keep(event, output, type) {
  event.preventDefault();
  const c = state.charts.get(output.key);
  const sentence = c.card.querySelector('.sentence').textContent;
  const { svg, width, height } = c.chart.svg(`${output.title} (${output.unit})`, sentence);
  const blob = type === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await svgToPng(svg, width, height);
  save(output.key + '.' + type, blob);
}

/** The map as shown, with the month and the run's seed in its title and play mode's note under it. */
async function keepMap(event, type) {
  event.preventDefault();
  const m = state.map.shown.month;
  const drawn = state.run && state.map.svg(`The states in ${monthName(state.scenario.start, m)} (month ${m}),`
    + ` one run (seed ${state.run.seed})`, $('play-note').textContent);
  if (!drawn) {
    $('play-note').textContent = 'No run is shown yet: press Play or move the month, then keep the map.';
    return;
  }
  const blob = type === 'svg' ? new Blob([drawn.svg], { type: 'image/svg+xml' })
    : await svgToPng(drawn.svg, drawn.width, drawn.height);
  save(`map-month-${m}.${type}`, blob);
}

/** Asks for one run (the ensemble's first, with the sliders' levers) for play mode and the map. */
async function loadRun() {
  const seq = state.seq;
  let res;
  try {
    res = await fetch('/api/play', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ levers: changedLevers() }) });
  } catch (e) {
    if (seq === state.seq) staleRun('the server did not answer.');
    return false;
  }
  const answer = await res.json();
  if (seq !== state.seq) return false; // the levers moved again meanwhile
  if (!res.ok) {
    const wait = askAgain(res, () => refreshRun(seq));
    staleRun(`the server refused the new run (${answer.error || 'error ' + res.status})`
      + (wait ? `; asking again in ${wait} s.` : '.'));
    return false;
  }
  state.runStale = false;
  $('play').classList.remove('stale');
  state.run = answer;
  state.run.byKey = new Map(answer.outputs.map((o) => [o.key, o.series]));
  $('month').max = answer.months - 1;
  const changed = Object.keys(changedLevers()).length > 0;
  $('play-note').textContent = `Play draws one run ${changed ? 'with your levers' : 'as it is'} (the first of the`
    + ` ${$('reps').textContent}, seed ${answer.seed}) as a black line over the bands: one draw of luck, not the answer.`
    + ` The map shows its month: ties in grey (thicker is stronger); shells, troops, aid and sanctions as arrows.`;
  return true;
}

/** The map at month m, and the run's line up to it when shown. */
function showMonth(m) {
  const s = state.scenario;
  $('month').value = m;
  $('month-label').textContent = `${monthName(s.start, m)} (month ${m})`;
  state.map.show(state.run, m);
  for (const [key, c] of state.charts) c.chart.run(state.lineShown ? state.run.byKey.get(key) : null, m);
  document.body.dataset.month = String(m);
  if (state.lineShown && !state.timer) writeUrl();
}

function stopPlaying() {
  const playing = state.timer != null;
  clearInterval(state.timer);
  state.timer = null;
  $('play-button').innerHTML = '&#9654; Play one run';
  if (playing) writeUrl();
}

async function play() {
  if (state.timer) { stopPlaying(); return; }
  if ((!state.run || state.runStale) && !(await loadRun())) return;
  state.lineShown = true;
  let m = Number($('month').value);
  if (m >= state.run.months - 1) m = 0;
  showMonth(m);
  $('play-button').innerHTML = '&#10074;&#10074; Pause';
  state.timer = setInterval(() => {
    if (m >= state.run.months - 1) { stopPlaying(); return; }
    showMonth(++m);
  }, 250);
}

/**
 * The run of play mode and the map no longer match the sliders (the server refused or did not answer):
 * they are dimmed with a sentence that says so, the run's line leaves the charts, and Play asks afresh.
 */
function staleRun(why) {
  stopPlaying();
  state.runStale = true;
  $('play').classList.add('stale');
  for (const c of state.charts.values()) c.chart.run(null);
  $('play-note').textContent = 'The map (and Play) still show the run for the levers before your last change: ' + why;
}

/**
 * A refusal for the moment (too many what-ifs from this page, or the server busy) is asked again after
 * the wait the server gives, if the sliders have not moved meanwhile; the seconds, or null for a
 * refusal that asking again would not change (bad input).
 */
function askAgain(res, again) {
  if (res.status !== 429 && res.status !== 503) return null;
  const wait = Math.max(1, Number(res.headers.get('Retry-After')) || 2);
  const seq = state.seq;
  setTimeout(() => { if (seq === state.seq) again(); }, wait * 1000);
  return wait;
}

/** The run for the sliders, shown at the month of the month slider. */
async function refreshRun(seq) {
  if (await loadRun()) {
    showMonth(Math.min(Number($('month').value) || 0, state.run.months - 1));
    document.body.dataset.runReady = String(seq);
  }
}

/** Resolves after the browser has painted the next frame. */
function nextPaint() {
  return new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
}

/** Asks for the what-if of the sliders' values; the time shown runs from the release to the charts' next paint. */
async function recompute() {
  const t0 = performance.now();
  const seq = ++state.seq;
  const body = { levers: changedLevers(), replications: Number($('replications').value) };
  $('status').className = 'status';
  $('status').textContent = 'computing…';
  let res;
  try {
    res = await fetch('/api/whatif', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body) });
  } catch (e) {
    if (seq === state.seq) {
      $('status').className = 'status error';
      $('status').textContent = 'no answer from the server';
      staleRun('the server did not answer.');
    }
    return;
  }
  const answered = performance.now();
  const answer = await res.json();
  const parsed = performance.now();
  if (seq !== state.seq) return; // a later move already asked again
  if (!res.ok) {
    const message = answer.error || ('error ' + res.status);
    const wait = askAgain(res, recompute);
    $('status').className = 'status error';
    $('status').textContent = message + (wait ? ` (asking again in ${wait} s)` : '');
    staleRun(`the server did not compute the new levers (${message})` + (wait ? `; asking again in ${wait} s.` : '.'));
    return;
  }
  for (const o of answer.outputs) {
    const c = state.charts.get(o.key);
    if (!c) continue;
    c.chart.update(o.before, o.after);
    const p = c.card.querySelector('.sentence');
    p.textContent = o.sentence;
    p.classList.toggle('clear', o.difference.clear);
  }
  $('reps').textContent = answer.replications;
  const warnings = $('warnings');
  warnings.replaceChildren(...answer.warnings.map((w) => { const li = document.createElement('li'); li.textContent = w; return li; }));
  const updated = performance.now();
  // the frame after the charts' update is the one the class sees (the charts on screen; the others wait)
  await nextPaint();
  if (seq !== state.seq) return;
  const ms = performance.now() - t0;
  // where the time went, for PageTiming: the server's phases as its Server-Timing header gives them (the
  // wait for a worker, the runs with their summaries, writing the JSON), the rest of the round trip
  // (request, network, the browser's own queue), reading and parsing the body, updating the charts, and
  // the paint that shows them
  const phases = {};
  for (const [, name, dur] of (res.headers.get('Server-Timing') || '').matchAll(/(\w+);dur=([\d.]+)/g)) phases[name] = Number(dur);
  const server = Object.values(phases).reduce((a, b) => a + b, 0);
  Object.assign(phases, { network: answered - t0 - server, parse: parsed - answered, charts: updated - parsed,
    paint: t0 + ms - updated });
  document.body.dataset.phases = JSON.stringify(phases);
  $('status').textContent = `${answer.replications} paired runs: server ${Math.round(answer.server_ms)} ms,`
    + ` redrawn ${Math.round(ms)} ms after the release`;
  document.body.dataset.redrawMs = ms.toFixed(1);
  // then the charts off screen, one a task so a hand on a slider is not kept waiting
  for (const c of state.charts.values()) {
    c.chart.flush();
    await new Promise((done) => setTimeout(done, 0));
    if (seq !== state.seq) return;
  }
  await nextPaint();
  if (seq !== state.seq) return;
  document.body.dataset.allMs = (performance.now() - t0).toFixed(1);
  document.body.dataset.ready = String(seq);
  // the run of play mode and the map follow the levers
  stopPlaying();
  await refreshRun(seq);
}

async function main() {
  const res = await fetch('/api/scenario');
  const s = await res.json();
  state.scenario = s;
  document.title = 'What if? ' + s.title;
  $('title').textContent = s.title;
  $('story').textContent = s.description;
  // on a phone or a projector's short screen the story would push the charts off the first screen: it starts folded
  if (matchMedia('(max-width: 760px), (max-height: 900px)').matches) $('story-box').open = false;
  buildSliders(s.levers, $('sliders'));
  buildSliders(s.more, $('more-sliders'));
  $('more-count').textContent = s.more.length;
  buildCharts(s);
  state.map = stateMap($('map'));
  $('month').max = s.months - 1;
  $('month').value = s.months - 1;
  $('play-button').addEventListener('click', play);
  $('map-png').addEventListener('click', (e) => keepMap(e, 'png'));
  $('map-svg').addEventListener('click', (e) => keepMap(e, 'svg'));
  $('month').addEventListener('input', () => {
    if (!state.run) return;
    stopPlaying();
    state.lineShown = true;
    showMonth(Number($('month').value));
  });
  readUrl();
  for (const { show } of state.sliders.values()) show();
  $('replications').addEventListener('change', () => { writeUrl(); recompute(); });
  $('reset').addEventListener('click', () => {
    for (const { lever, input, show } of state.sliders.values()) { input.value = lever.default; show(); }
    writeUrl(); recompute();
  });
  writeUrl();
  recompute();
}

main();
