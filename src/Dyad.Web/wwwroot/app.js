// Dyad dashboard: plain JavaScript over the JSON API; every aggregate comes from the server.
'use strict';
(() => {
  const $ = (sel) => document.querySelector(sel);
  const NS = 'http://www.w3.org/2000/svg';
  const QUAD = ['', 'verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
  const PAGE = 25;
  const state = { from: '', to: '', dyad: null, filters: {}, offset: 0 };

  async function api(path, params) {
    const qs = new URLSearchParams();
    for (const [k, v] of Object.entries(params || {})) if (v !== '' && v !== null && v !== undefined) qs.set(k, v);
    const res = await fetch('/api/' + path + (qs.toString() ? '?' + qs : ''));
    const body = await res.json();
    if (!res.ok) throw new Error(body.error || res.statusText);
    return body;
  }

  function el(tag, attrs, ...children) {
    const e = tag.startsWith('svg:') ? document.createElementNS(NS, tag.slice(4)) : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'text') e.textContent = v;
      else if (k === 'on') for (const [ev, f] of Object.entries(v)) e.addEventListener(ev, f);
      else e.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }
  const svg = (w, h) => el('svg:svg', { viewBox: `0 0 ${w} ${h}`, role: 'img' });
  const range = () => ({ from: state.from, to: state.to });

  async function loadStats() {
    const s = await api('stats');
    $('#stats').textContent = `${s.documents.toLocaleString()} articles · ${s.events.toLocaleString()} events · ${s.first_day || '–'} to ${s.last_day || '–'}`;
  }

  async function loadDyads() {
    const top = await api('top', { ...range(), level: 'country', directed: 'false', limit: 15 });
    const list = $('#dyads');
    list.replaceChildren();
    for (const d of top.dyads) {
      const li = el('li', { 'data-a': d.source, 'data-b': d.target, title: `${d.cooperation} cooperative, ${d.conflict} conflictual; mean Goldstein ${d.goldstein_mean}` },
        el('span', { text: `${d.source} – ${d.target}` }), el('span', { class: 'n', text: String(d.events) }));
      li.addEventListener('click', () => selectDyad(d.source, d.target));
      list.append(li);
    }
    if (!state.dyad && top.dyads.length) selectDyad(top.dyads[0].source, top.dyads[0].target);
    else if (!top.dyads.length) { $('#timeline').textContent = 'No dyads in this period.'; loadEvents(); }
  }

  function selectDyad(a, b) {
    state.dyad = { a, b };
    for (const li of document.querySelectorAll('#dyads li')) li.classList.toggle('selected', li.dataset.a === a && li.dataset.b === b);
    const f = $('#filters');
    f.actor.value = a;
    f.target.value = '';
    f.partner.value = b;
    state.filters = { actor: a, partner: b };
    state.offset = 0;
    loadTimeline();
    loadEvents();
  }

  async function loadTimeline() {
    const { a, b } = state.dyad;
    $('#timeline-title').textContent = `Timeline: ${a} ↔ ${b}`;
    let points = await api('series', { a, b, by: 'month', ...range() });
    if (points.length > 0 && points.length < 4) {
      const weekly = await api('series', { a, b, by: 'week', ...range() });
      if (weekly.length > points.length) points = weekly;
    }
    drawTimeline(points);
  }

  function drawTimeline(points) {
    const box = $('#timeline');
    box.replaceChildren();
    if (!points.length) { box.textContent = 'No events for this dyad.'; return; }
    const W = 640, H = 240, L = 34, R = 34, T = 12, B = 28, mid = T + (H - T - B) / 2;
    const s = svg(W, H);
    const coop = (p) => p.quad[0] + p.quad[1], conf = (p) => p.quad[2] + p.quad[3];
    const max = Math.max(1, ...points.map(coop), ...points.map(conf));
    const half = (H - T - B) / 2, step = (W - L - R) / points.length, bw = Math.max(2, Math.min(28, step * 0.6));
    const x = (i) => L + step * (i + 0.5);
    s.append(el('svg:line', { class: 'axis', x1: L, x2: W - R, y1: mid, y2: mid }));
    s.append(el('svg:text', { x: 2, y: T + 10, text: String(max) }), el('svg:text', { x: 2, y: H - B, text: '-' + max }));
    s.append(el('svg:text', { x: W - R + 4, y: T + 10, text: '+10' }), el('svg:text', { x: W - R + 4, y: H - B, text: '-10' }));
    const line = [];
    points.forEach((p, i) => {
      const hc = coop(p) / max * half, hf = conf(p) / max * half;
      const tip = `${p.period}: ${p.events} events (${coop(p)} cooperative, ${conf(p)} conflictual), mean Goldstein ${p.goldstein_mean}, ${p.articles} articles`;
      if (hc > 0) s.append(el('svg:rect', { class: 'coop', x: x(i) - bw / 2, y: mid - hc, width: bw, height: hc }, el('svg:title', { text: tip })));
      if (hf > 0) s.append(el('svg:rect', { class: 'conf', x: x(i) - bw / 2, y: mid, width: bw, height: hf }, el('svg:title', { text: tip })));
      const gy = mid - p.goldstein_mean / 10 * half;
      line.push(`${x(i)},${gy}`);
      if (points.length <= 40 || i % Math.ceil(points.length / 12) === 0)
        s.append(el('svg:text', { x: x(i), y: H - 8, 'text-anchor': 'middle', text: p.period.slice(0, 7) }));
    });
    s.append(el('svg:polyline', { class: 'gold', points: line.join(' ') }));
    points.forEach((p, i) => s.append(el('svg:circle', { class: 'point', cx: x(i), cy: mid - p.goldstein_mean / 10 * half, r: 4, 'data-period': p.period },
      el('svg:title', { text: `${p.period}: mean Goldstein ${p.goldstein_mean}` }))));
    box.append(s);
  }

  async function loadNetwork() {
    const net = await api('network', { ...range(), level: 'country', limit: 40 });
    const box = $('#network');
    box.replaceChildren();
    if (!net.nodes.length) { box.textContent = 'No actors in this period.'; return; }
    const W = 420, H = 320, cx = W / 2, cy = H / 2, rad = Math.min(W, H) / 2 - 34;
    const s = svg(W, H);
    const nodes = net.nodes.slice(0, 24);
    const pos = new Map();
    nodes.forEach((n, i) => { const t = 2 * Math.PI * i / nodes.length - Math.PI / 2; pos.set(n.code, [cx + rad * Math.cos(t), cy + rad * Math.sin(t)]); });
    const maxE = Math.max(1, ...net.edges.map((e) => e.events)), maxN = Math.max(1, ...nodes.map((n) => n.events));
    for (const e of net.edges) {
      const a = pos.get(e.source), b = pos.get(e.target);
      if (!a || !b) continue;
      const color = e.goldstein_mean >= 0 ? '#2e8b57' : '#c0392b';
      s.append(el('svg:line', { x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke: color, 'stroke-opacity': 0.55, 'stroke-width': 1 + 5 * e.events / maxE },
        el('svg:title', { text: `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${e.goldstein_mean}` })));
    }
    for (const n of nodes) {
      const [x, y] = pos.get(n.code);
      s.append(el('svg:circle', { class: 'node', cx: x, cy: y, r: 5 + 12 * Math.sqrt(n.events / maxN), on: { click: () => { $('#filters').actor.value = n.code; state.filters = { actor: n.code }; state.offset = 0; loadEvents(); } } },
        el('svg:title', { text: `${n.code}${n.name ? ' (' + n.name + ')' : ''}: ${n.events} events` })));
      s.append(el('svg:text', { class: 'node-label', x, y: y + (y < cy ? -14 : 24), 'text-anchor': 'middle', text: n.code }));
    }
    box.append(s);
  }

  function drawMap(events) {
    const box = $('#map');
    box.replaceChildren();
    const W = 480, H = 240, px = (lon) => (lon + 180) / 360 * W, py = (lat) => (90 - lat) / 180 * H;
    const s = svg(W, H);
    for (let lon = -180; lon <= 180; lon += 30) s.append(el('svg:line', { class: 'grid', x1: px(lon), x2: px(lon), y1: 0, y2: H }));
    for (let lat = -60; lat <= 60; lat += 30) s.append(el('svg:line', { class: 'grid', x1: 0, x2: W, y1: py(lat), y2: py(lat) }));
    for (const ring of window.DYAD_WORLD || []) s.append(el('svg:polygon', { class: 'land', points: ring.map(([lo, la]) => `${px(lo)},${py(la)}`).join(' ') }));
    const places = new Map();
    for (const e of events) {
      const l = e.location;
      if (!l || typeof l.lat !== 'number') continue;
      const key = l.name + '|' + l.lat + '|' + l.lon;
      const p = places.get(key) || { l, n: 0 };
      p.n++;
      places.set(key, p);
    }
    for (const { l, n } of places.values())
      s.append(el('svg:circle', { class: 'place', cx: px(l.lon), cy: py(l.lat), r: 3 + 2 * Math.sqrt(n) }, el('svg:title', { text: `${l.name}: ${n} event(s)` })));
    box.append(s);
    return places.size;
  }

  function eventParams() {
    const f = state.filters;
    const p = { ...range(), offset: state.offset, limit: PAGE };
    for (const k of ['actor', 'partner', 'target', 'code', 'quad_class', 'place', 'q']) if (f[k]) p[k] = f[k];
    // A selected dyad: events between actor and partner, either way.
    if (f.partner) p.partner = f.partner;
    return p;
  }

  async function loadEvents() {
    const status = $('#events-status');
    status.textContent = 'loading…';
    let page;
    try {
      page = await api('events', eventParams());
    } catch (err) { status.textContent = err.message; return; }
    const body = $('#events tbody');
    body.replaceChildren();
    for (const e of page.items) {
      const tr = el('tr', { 'data-id': String(e.event_id), on: { click: () => showEvent(e.event_id) } },
        el('td', { text: e.event_date || '' }),
        el('td', { title: e.source.text || '', text: e.source.code }),
        el('td', { class: 'q' + e.quad_class, title: QUAD[e.quad_class], text: `${e.cameo} ${e.plover_type || ''}` }),
        el('td', { title: e.target ? e.target.text || '' : '', text: e.target ? e.target.code : '' }),
        el('td', { text: String(e.goldstein) }),
        el('td', { text: e.location ? e.location.name : '' }),
        el('td', { class: 'sentence', text: e.sentence || '' }));
      body.append(tr);
    }
    const last = Math.min(page.total, page.offset + page.items.length);
    status.textContent = page.total ? `${page.offset + 1}–${last} of ${page.total.toLocaleString()} events, newest first. Click a row for its sentence.` : 'No events match.';
    $('#page').textContent = page.total ? `page ${Math.floor(page.offset / PAGE) + 1} of ${Math.ceil(page.total / PAGE)}` : '';
    $('#prev').disabled = page.offset === 0;
    $('#next').disabled = last >= page.total;
    const mapPage = await api('events', { ...eventParams(), offset: 0, limit: 500 });
    drawMap(mapPage.items);
  }

  function highlighted(m) {
    const text = m.sentence || '';
    const spans = [];
    const add = (o, cls, label) => { if (o && o.start != null) spans.push({ s: o.start - m.sentence_start, e: o.end - m.sentence_start, cls, label }); };
    add(m.source, 'src', 'source'); add(m.target, 'tgt', 'target'); add(m.verb, 'verb', 'event');
    spans.sort((a, b) => a.s - b.s);
    const p = el('p', { class: 'sentence-view' });
    let at = 0;
    for (const sp of spans) {
      if (sp.s < at || sp.s < 0 || sp.e > text.length) continue;
      p.append(text.slice(at, sp.s), el('mark', { class: sp.cls, title: sp.label, text: text.slice(sp.s, sp.e) }));
      at = sp.e;
    }
    p.append(text.slice(at));
    return p;
  }

  async function showEvent(id) {
    const panel = $('#detail-panel');
    const box = $('#detail');
    box.textContent = 'loading…';
    panel.hidden = false;
    let d;
    try { d = await api('events/' + id); } catch (err) { box.textContent = err.message; return; }
    const m = d.mentions[0], e = d.event;
    box.replaceChildren();
    box.append(el('p', { class: 'hint' }, el('mark', { class: 'src', text: 'source' }), ' ', el('mark', { class: 'tgt', text: 'target' }), ' ', el('mark', { class: 'verb', text: 'event verb' })));
    box.append(highlighted(m));
    const dl = el('dl');
    const row = (k, v) => dl.append(el('dt', { text: k }), el('dd', {}, v));
    row('Who', `${e.source.code} (${m.source.text}) → ${e.target ? e.target.code + ' (' + m.target.text + ')' : '—'}`);
    row('What', `CAMEO ${e.cameo} · ${QUAD[e.quad_class]} · Goldstein ${e.goldstein}${e.plover_type ? ' · PLOVER ' + e.plover_type : ''}`);
    row('When', `${e.event_date || 'unknown'}${m.date_basis ? ' (from ' + m.date_basis + ')' : ''}`);
    row('Where', e.location ? `${e.location.name}${e.location.country ? ', ' + e.location.country : ''}` : 'not stated');
    row('Pattern', `${m.pattern.text}  (${m.pattern.file}:${m.pattern.line}${m.pattern.rule ? ', ' + m.pattern.rule : ''})`);
    const link = el('button', { type: 'button', class: 'link', text: 'show the article', on: { click: () => showArticle(m.doc_id, m) } });
    row('Article', el('span', {}, `${(m.doc && m.doc.title) || m.doc_id}${m.doc && m.doc.published ? ' · ' + m.doc.published : ''} `, link));
    row('Reported', `${e.num_mentions} mention(s) in ${e.num_articles} article(s)`);
    box.append(dl, el('div', { id: 'article', class: 'article' }));
    panel.scrollIntoView({ behavior: 'smooth', block: 'start' });
  }

  async function showArticle(docId, mention) {
    const box = $('#article');
    const d = await api('documents/' + docId.split('/').map(encodeURIComponent).join('/'));
    const withEvents = new Set(d.events.map((x) => x.sentence_index));
    box.replaceChildren(el('h3', { text: d.title || d.doc_id }));
    if (d.url) box.append(el('p', { class: 'muted', text: d.url }));
    for (const s of d.sentences)
      box.append(s.sentence_index === mention.sentence_index ? highlighted(mention) : el('p', { class: withEvents.has(s.sentence_index) ? 'has-event' : '', text: s.text }));
  }

  $('#filters').addEventListener('submit', (ev) => {
    ev.preventDefault();
    const f = new FormData(ev.target);
    state.filters = Object.fromEntries([...f.entries()].filter(([, v]) => v));
    state.offset = 0;
    loadEvents();
  });
  $('#clear').addEventListener('click', () => { $('#filters').reset(); state.filters = {}; state.offset = 0; loadEvents(); });
  $('#range').addEventListener('submit', (ev) => {
    ev.preventDefault();
    state.from = ev.target.from.value;
    state.to = ev.target.to.value;
    state.dyad = null;
    state.offset = 0;
    refresh();
  });
  $('#prev').addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); loadEvents(); });
  $('#next').addEventListener('click', () => { state.offset += PAGE; loadEvents(); });
  $('#close-detail').addEventListener('click', () => { $('#detail-panel').hidden = true; });

  function refresh() {
    const fail = (err) => { $('#stats').textContent = 'Error: ' + err.message; };
    loadStats().catch(fail);
    loadDyads().catch(fail);
    loadNetwork().catch(fail);
  }
  refresh();
})();
