// The Leaflet map module. Blazor owns the view state; this module owns the map, fetches its features over HTTP
// (GET api/places with the filter query plus the viewport: bbox and zoom) and updates its layers by feature id instead
// of redrawing everything. The server answers with single places where they are few, grid cells where they are many,
// and movements; details are fetched by Blazor when a feature is chosen.
const maps = new WeakMap();

const attribution =
  'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0) · ' +
  'Shapes: <a href="https://www.naturalearthdata.com/">Natural Earth</a>';

// One colour, one glyph and one label per event type, so that type never rests on colour alone. They come from the
// server (wwwroot-data/lexicons/event-types.tsv, passed to createMap), the one place they are defined.
let eventStyles = { other: { colour: '#546e7a', glyph: '•', label: 'Other' } };

const styleOf = (type) => eventStyles[type] ?? eventStyles.other;

// A map the prerendered page created before the circuit started (see boot); the component adopts it.
let early = null;

// Runs from the prerendered page as soon as it is parsed (App.razor), before the Blazor circuit exists: it creates
// the map and asks for its first data at once, so that the first markers do not wait for the circuit's start and
// first render. The options are those the component will pass to createMap, written into the page (data-map-boot).
// Resolves when the first data has arrived (or at once where the page has no map to create).
export async function boot() {
  const element = document.querySelector('[data-map-boot]');
  if (!element || !window.L || early) return;
  let options;
  try {
    options = JSON.parse(element.dataset.mapBoot);
  } catch {
    return; // the component creates the map when the circuit starts
  }
  delete element.dataset.mapBoot;
  const state = makeMap(element, options, null);
  // Blazor replaces the prerendered element when the circuit starts: the map follows at once (before the page is
  // painted again), so that it never leaves the page.
  const follow = new MutationObserver(() => {
    if (state.element.isConnected) return;
    const next = document.querySelector('[data-testid=map]');
    if (next) moveTo(state, next);
  });
  follow.observe(document.body, { childList: true, subtree: true });
  early = { options, state, follow, ready: start(state, options) };
  // Resolves once the first markers are on screen (or the first fetch failed): the circuit starts after that, so that
  // replacing the prerendered page does not compete with the first drawing on a small machine.
  await early.ready.then(nextFrame);
}

// Resolves once what was drawn before it has been painted (the frame after the one it was drawn for).
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

// Moves a live map into another element, with what it has published on the old one so far.
function moveTo(state, element) {
  for (const [key, value] of Object.entries(state.element.dataset)) {
    if (!(key in element.dataset)) element.dataset[key] = value;
  }
  element.appendChild(state.host);
  state.element = element;
  state.map.invalidateSize({ pan: false });
}

// The same map when the view it opens at is the same; the data it fetches may differ (setData catches up).
const sameOpening = (a, b) =>
  JSON.stringify([a.view, a.fit, a.tileUrl, a.basemapUrl]) === JSON.stringify([b.view, b.fit, b.tileUrl, b.basemapUrl]);

export async function createMap(element, options, dotnet) {
  const adopted = early;
  early = null;
  if (adopted && sameOpening(adopted.options, options)) {
    // The element Blazor rendered when the circuit started (the map has usually followed it there already).
    const state = adopted.state;
    adopted.follow.disconnect();
    if (state.element !== element) moveTo(state, element);
    state.dotnet = dotnet;
    maps.set(element, state);
    element.dataset.interactive = 'true'; // the circuit has the map: clicks and filters now reach it
    element.dataset.interactiveAt = performance.now().toFixed(0);
    await adopted.ready;
    if ([...(options.layers ?? [])].sort().join(',') !== [...state.layers].sort().join(',')) setLayers(element, options.layers ?? []);
    if (options.url !== state.url) await setData(element, options.url);
    if (options.selection) select(element, options.selection);
    return;
  }
  if (adopted) {
    adopted.follow.disconnect();
    dispose(adopted.state);
  }
  const state = makeMap(element, options, dotnet);
  maps.set(element, state);
  element.dataset.interactive = 'true';
  element.dataset.interactiveAt = performance.now().toFixed(0);
  // The first data and selection come with the map, in the same call: each separate call is a round trip over the
  // circuit before the first markers can be asked for.
  await start(state, options);
  if (options.selection) select(element, options.selection);
}

function setStyles(types) {
  eventStyles = Object.fromEntries(types.map((t) => [t.name, { colour: t.colour, glyph: t.glyph, label: t.label }]));
}

// Creates the Leaflet map in a container of its own inside the element, so that it can move to another element.
function makeMap(element, options, dotnet) {
  const L = window.L;
  if (options.types?.length) setStyles(options.types);
  const host = document.createElement('div');
  host.className = 'world-map-host';
  element.appendChild(host);
  const view = options.view;
  const map = L.map(host, {
    center: view ? [view.lat, view.lon] : [35, 40],
    zoom: view ? view.zoom : 3,
    minZoom: 1,
    maxZoom: 12, // markercluster requires a maxZoom when no tile layer sets one
    worldCopyJump: true,
    zoomSnap: 0.5,
    keyboard: true,
  });
  if (!view && options.fit) {
    // Open around the data at once, so that the first request is the one for the view the analyst will see.
    const f = options.fit;
    map.fitBounds(L.latLngBounds([f.south, f.west], [f.north, f.east]).pad(0.3), { maxZoom: 5, animate: false });
  }
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(attribution);
  if (options.tileUrl) {
    L.tileLayer(options.tileUrl, { attribution: options.tileAttribution, maxZoom: 18 }).addTo(map);
  }

  map.createPane('basemap').style.zIndex = 200;
  map.createPane('areas').style.zIndex = 350;
  const state = {
    map,
    element,
    host,
    dotnet,
    userView: Boolean(view || options.fit),
    request: 0,
    abort: null,
    selected: null,
    layers: new Set(options.layers ?? ['events', 'arrows', 'areas', 'mentions']),
    groups: {
      events: L.markerClusterGroup({
        chunkedLoading: true,
        maxClusterRadius: 40,
        showCoverageOnHover: false,
        iconCreateFunction: clusterIcon,
      }),
      mentions: L.layerGroup(),
      areas: L.layerGroup(),
      arrows: L.layerGroup(),
    },
    items: new Map(), // feature id -> { signature, layer, group, place }
  };
  for (const [name, group] of Object.entries(state.groups)) {
    if (state.layers.has(name)) group.addTo(map);
  }
  addLegend(state);
  // The side panels open and close beside the map: keep Leaflet's idea of its size in step. A map between two
  // elements (see createMap) has no size: it keeps the one it had.
  state.resize = new ResizeObserver(() => {
    if (!host.isConnected) return;
    map.invalidateSize({ pan: false });
    if (state.selected) ensureVisible(state, state.items.get(state.selected));
  });
  state.resize.observe(host);

  const showView = () => {
    const c = map.getCenter();
    state.element.dataset.view = `${c.lat.toFixed(4)},${c.lng.toFixed(4)},${map.getZoom()}`;
    return c;
  };
  showView();
  map.on('moveend', () => {
    if (!host.isConnected) return;
    const c = showView();
    state.dotnet?.invokeMethodAsync('MapMoved', c.lat, c.lng, map.getZoom());
    // The viewport changed: ask for what it shows now (a little later, so that a drag asks once).
    clearTimeout(state.refetch);
    state.refetch = setTimeout(() => { if (state.url) load(state); }, 120);
  });
  return state;
}

// Starts the basemap and the first data; resolves when the first data is drawn.
async function start(state, options) {
  // The basemap loads beside the data and is drawn once the first markers are on screen (or after 1.5 s): they need
  // not wait for 0.8 MB of coastlines to be parsed and drawn.
  const firstData = new Promise((resolve) => { state.firstDrawn = resolve; }).then(nextFrame);
  const later = Promise.race([firstData, new Promise((resolve) => setTimeout(resolve, 1500))]);
  state.basemap = drawBasemap(state, options.basemapUrl, later);
  if (options.url) {
    state.url = options.url;
    await load(state);
  }
}

async function drawBasemap(state, url, after) {
  const map = state.map;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`basemap request failed with HTTP ${response.status}`);
    // Parsed only once the first markers are drawn: 1.9 MB of JSON takes the main thread for a while.
    await after;
    const countries = await response.json();
    // On a canvas: some 250 detailed outlines as SVG paths take the browser most of a second to draw at every zoom.
    const colours = getComputedStyle(state.element);
    window.L.geoJSON(countries, {
      pane: 'basemap',
      interactive: false,
      renderer: window.L.canvas({ pane: 'basemap', padding: 0.2 }),
      style: () => ({
        fillColor: colours.getPropertyValue('--map-land').trim() || '#eceff1',
        color: colours.getPropertyValue('--map-border').trim() || '#b0bec5',
        weight: 0.6,
        fillOpacity: 1,
      }),
    }).addTo(map);
    state.element.dataset.countries = String(countries.features.length);
  } catch (e) {
    state.element.dataset.basemapError = String(e.message ?? e); // the data layers still work without the outlines
  }
  state.element.dataset.ready = 'true';
}

// Remembers the filter query and fetches what the viewport shows with it.
export async function setData(element, url) {
  const state = maps.get(element);
  if (!state) return;
  state.url = url;
  await load(state);
}

function viewportQuery(map) {
  const b = map.getBounds();
  const r = (x) => x.toFixed(3);
  // A view wider than the world (or wrapped) asks for every longitude.
  const west = b.getWest() < -180 || b.getEast() > 180 ? -180 : b.getWest();
  const east = b.getWest() < -180 || b.getEast() > 180 ? 180 : b.getEast();
  return `bbox=${r(west)},${r(Math.max(-90, b.getSouth()))},${r(east)},${r(Math.min(90, b.getNorth()))}&zoom=${map.getZoom()}`;
}

async function load(state) {
  const url = state.url + (state.url.includes('?') ? '&' : '?') + viewportQuery(state.map);
  const started = performance.now();
  const request = ++state.request;
  state.abort?.abort();
  state.abort = new AbortController();
  state.element.dataset.loading = 'true';
  let collection;
  try {
    const response = await fetch(url, { signal: state.abort.signal, headers: { Accept: 'application/geo+json' } });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    state.element.dataset.fetchMs = (performance.now() - started).toFixed(1);
    collection = await response.json();
  } catch (e) {
    if (e.name === 'AbortError') return;
    // A failed fetch (a filter that no longer applies, a server hiccup) keeps the map as it was; the next change retries.
    state.element.dataset.loading = 'false';
    state.element.dataset.error = String(e.message ?? e);
    return;
  }
  if (request !== state.request) return;
  const drawing = performance.now();
  update(state, collection.features);
  state.element.dataset.drawMs = (performance.now() - drawing).toFixed(1);
  state.firstDrawn?.();
  state.element.dataset.loading = 'false';
  delete state.element.dataset.error;
  state.element.dataset.renderMs = (performance.now() - started).toFixed(1);
  state.element.dataset.drawnAt = performance.now().toFixed(1); // ms since navigation, for the browser benchmark
  if (!state.painted) {
    // When the first markers reached the screen, in ms since navigation.
    state.painted = true;
    nextFrame().then(() => { state.element.dataset.firstPaintedAt = performance.now().toFixed(0); });
  }
  state.element.dataset.version = String(request);
  publish(state);
  if (!state.userView) fitToData(state);
}

export function setLayers(element, layers) {
  const state = maps.get(element);
  if (!state) return;
  state.layers = new Set(layers);
  for (const [name, group] of Object.entries(state.groups)) {
    if (state.layers.has(name)) group.addTo(state.map);
    else group.remove();
  }
  publish(state);
}

export function select(element, id) {
  const state = maps.get(element);
  if (!state) return;
  state.selected = id ?? null;
  for (const [key, item] of state.items) {
    const on = id && (key === id || key === `arrow:${id.replace(/^event:/, '')}` || item.move?.selection === id || item.place === id);
    const node = item.layer.getElement?.() ?? item.layer._path;
    if (item.layer.setStyle && item.kind !== 'marker') {
      item.layer.setStyle({ weight: on ? 4 : item.weight });
    }
    node?.classList?.toggle('is-selected', Boolean(on));
  }
  element.dataset.selected = id ?? '';
  if (id) ensureVisible(state, state.items.get(id));
}

// Pans so that a chosen feature is neither off the map (the panel that opened narrowed it) nor under the legend.
function ensureVisible(state, item) {
  if (!item) return;
  const map = state.map;
  const target = item.latlng ?? item.bounds?.getCenter?.();
  if (!target) return;
  const size = map.getSize();
  const p = map.latLngToContainerPoint(target);
  const margin = 24;
  let hidden = p.x < margin || p.y < margin || p.x > size.x - margin || p.y > size.y - margin;
  const legend = state.legend?.getContainer?.();
  if (!hidden && legend) {
    const box = legend.getBoundingClientRect();
    const origin = map.getContainer().getBoundingClientRect();
    const x = p.x + origin.left;
    const y = p.y + origin.top;
    hidden = x >= box.left - 8 && x <= box.right + 8 && y >= box.top - 8 && y <= box.bottom + 8;
  }
  if (hidden) map.panTo(target, { animate: false });
}

export function flyTo(element, id, lat, lon) {
  const state = maps.get(element);
  if (!state) return;
  const item = state.items.get(id);
  if (item?.bounds) {
    state.map.flyToBounds(item.bounds, { maxZoom: 7, duration: 0.6 });
  } else if (lat != null && lon != null) {
    state.map.flyTo([lat, lon], Math.max(state.map.getZoom(), 7), { duration: 0.6 });
  }
  state.userView = true;
}

export function disposeMap(element) {
  const state = maps.get(element);
  if (state) {
    dispose(state);
    maps.delete(element);
  }
}

function dispose(state) {
  state.abort?.abort();
  clearTimeout(state.refetch);
  state.resize?.disconnect();
  state.map.remove();
  state.host.remove();
}

function update(state, features) {
  const wanted = new Map();
  for (const feature of features) {
    for (const item of describe(feature)) wanted.set(item.id, item);
  }
  let refreshed = false;
  for (const [id, item] of state.items) {
    const next = wanted.get(id);
    if (next && next.signature !== item.signature && item.kind === 'marker' && next.kind === 'marker' && next.group === item.group) {
      // Same place, other counts (a filter changed): give the marker its new look instead of building it again.
      const look = placeMarkerLook(next);
      item.layer.setIcon(look.icon);
      item.layer.options.types = next.props.types;
      item.layer.getElement?.()?.setAttribute('aria-label', look.title);
      Object.assign(item, { signature: next.signature, props: next.props, dominant: next.dominant });
      refreshed = refreshed || item.group === 'events';
    } else if (next && next.signature !== item.signature && (item.kind === 'area' || item.kind === 'line') && next.kind === item.kind && next.group === item.group) {
      // Same outline, other counts: restyle the drawn shape rather than parse and draw its outline again.
      const label = shapeLabel(next.props);
      item.layer.setStyle(shapeStyle(next));
      item.layer.setTooltipContent(escapeHtml(label));
      item.layer.eachLayer((l) => l.getElement?.()?.setAttribute('aria-label', label));
      Object.assign(item, { signature: next.signature, props: next.props, dominant: next.dominant });
    } else if (!next || next.signature !== item.signature) {
      state.groups[item.group].removeLayer(item.layer);
      state.items.delete(id);
    }
  }
  if (refreshed) state.groups.events.refreshClusters();
  const markers = [];
  for (const [id, item] of wanted) {
    if (state.items.has(id)) continue;
    item.layer = build(state, item);
    if (item.group === 'events') markers.push(item.layer);
    else state.groups[item.group].addLayer(item.layer);
    state.items.set(id, item);
  }
  if (markers.length) state.groups.events.addLayers(markers);
  if (state.selected) select(state.element, state.selected);
}

// What one place feature becomes on the map: an event marker or a mention dot for points, an area or a line for
// shapes, and an arrow per movement that ends here.
// Tooltips take HTML; names come from data, so they are escaped.
function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function describe(feature) {
  const p = feature.properties;
  const geometry = feature.geometry;
  if (!geometry) return [];
  const signature = JSON.stringify([p.eventCount, p.inferredEventCount, p.mentionCount, p.placeCount, p.types, p.size, p.coarse, p.count]);
  const dominant = p.types?.[0]?.type ?? p.type ?? null;
  if (p.featureType === 'movement') {
    const [from, to] = geometry.coordinates;
    return [{
      id: p.id,
      place: p.place.id,
      kind: 'arrow',
      group: 'arrows',
      signature,
      props: p,
      move: { event: p.event, type: p.type, origin: p.origin, size: p.size, count: p.count ?? 1, selection: p.selection ?? `event:${p.event}` },
      from: [from[1], from[0]],
      to: [to[1], to[0]],
      // An end known only to the country or region is drawn dashed: the arrow shows direction, not a route.
      coarse: p.coarse,
    }];
  }
  if (p.featureType === 'cell') {
    return [{
      id: p.id,
      kind: 'cell',
      group: p.eventCount > 0 ? 'events' : 'mentions',
      signature,
      props: p,
      dominant,
      latlng: [geometry.coordinates[1], geometry.coordinates[0]],
    }];
  }
  if (geometry.type === 'Point') {
    return [{
      id: p.id,
      place: p.id,
      kind: 'marker',
      group: p.eventCount > 0 ? 'events' : 'mentions',
      signature,
      props: p,
      dominant,
      latlng: [geometry.coordinates[1], geometry.coordinates[0]],
    }];
  }
  return [{
    id: p.id,
    place: p.id,
    kind: geometry.type.includes('LineString') ? 'line' : 'area',
    group: p.eventCount > 0 ? 'areas' : 'mentions',
    signature,
    props: p,
    dominant,
    geometry,
  }];
}

// A grid cell: the places the server gathered at this zoom, with their count and the mix of event types; a click zooms in.
function buildCell(state, item) {
  const L = window.L;
  const p = item.props;
  const events = item.group === 'events';
  const title = events
    ? `${p.placeCount} places — ${p.eventCount} event${p.eventCount === 1 ? '' : 's'}; zoom in to see them`
    : `${p.placeCount} places mentioned ${p.mentionCount}×; zoom in to see them`;
  const html = events
    ? `<span class="cluster-marker server-cell" style="background: ${typeGradient(p.types)}"><span>${p.eventCount}</span></span>`
    : `<span class="mention-cell">${p.placeCount}</span>`;
  const marker = L.marker(item.latlng, {
    title,
    alt: title,
    keyboard: true,
    icon: L.divIcon({ className: 'marker-shell', html, iconSize: events ? [36, 36] : [22, 22] }),
  });
  marker.options.types = p.types;
  marker.on('click', () => state.map.setView(item.latlng, Math.min(state.map.getZoom() + 2, 12)));
  return asButton(item, marker, 'cellId', title);
}

// Most of a place's events are placed there from context (their own sentence names no place): the marker is drawn
// hollow, so the analyst sees at a glance which places the text states and which are inferred.
function mostlyInferred(p) {
  return p.eventCount > 0 && (p.inferredEventCount ?? 0) * 2 > p.eventCount;
}

// "12 events" or "12 events, 9 placed from context".
function eventsLabel(p) {
  const events = `${p.eventCount} event${p.eventCount === 1 ? '' : 's'}`;
  return p.inferredEventCount > 0 ? `${events}, ${p.inferredEventCount} placed from context` : events;
}

// A place marker's icon and label: the glyph and colour of its most frequent event type and the count, or a grey dot.
function placeMarkerLook(item) {
  const p = item.props;
  const events = item.group === 'events';
  const style = styleOf(item.dominant);
  const count = p.eventCount > 1 ? `<span class="marker-count">${p.eventCount}</span>` : '';
  const inferred = mostlyInferred(p) ? ' placed-inferred' : '';
  const html = events
    ? `<span class="event-marker precision-${p.precision}${inferred}" style="--type-colour:${style.colour}">` +
      `<span class="marker-glyph" aria-hidden="true">${style.glyph}</span>${count}</span>`
    : `<span class="mention-marker precision-${p.precision}"></span>`;
  const title = events
    ? `${p.name} — ${eventsLabel(p)} (${p.precisionLabel})`
    : `${p.name} — mentioned ${p.mentionCount}× (${p.precisionLabel})`;
  const icon = window.L.divIcon({
    className: 'marker-shell',
    html,
    iconSize: events ? [30, 30] : [12, 12],
    iconAnchor: events ? [15, 15] : [6, 6],
  });
  return { icon, title };
}

// A marker is a button for keyboards and screen readers, and carries its feature id for the tests' views.
function asButton(item, marker, dataKey, label) {
  marker.on('add', () => {
    const node = marker.getElement();
    if (node) {
      node.dataset[dataKey] = item.id;
      node.setAttribute('role', 'button');
      node.setAttribute('aria-label', label);
    }
  });
  item.bounds = window.L.latLngBounds([item.latlng, item.latlng]);
  return marker;
}

function typeGradient(types) {
  const total = types.reduce((s, t) => s + t.count, 0) || 1;
  let at = 0;
  const stops = types.map((t) => {
    const start = (at / total) * 360;
    at += t.count;
    return `${styleOf(t.type).colour} ${start}deg ${(at / total) * 360}deg`;
  });
  return stops.length ? `conic-gradient(${stops.join(',')})` : '#78909c';
}

function build(state, item) {
  const L = window.L;
  const p = item.props;
  if (item.kind === 'cell') return buildCell(state, item);
  const onSelect = (id) => () => state.dotnet?.invokeMethodAsync('OnMapSelect', id);
  if (item.kind === 'marker') {
    const { icon, title } = placeMarkerLook(item);
    const marker = L.marker(item.latlng, { title, alt: title, keyboard: true, riseOnHover: true, icon });
    marker.options.types = p.types;
    marker.on('click', onSelect(p.id));
    return asButton(item, marker, 'placeId', title);
  }
  if (item.kind === 'arrow') {
    const size = item.move.size;
    const weight = size ? Math.min(10, 2 + Math.log10(size) * 1.5) : 2.5;
    item.weight = weight;
    const style = styleOf(item.move.type);
    // One arrow a route: it says how many reports tell of the movement; choosing it opens them all.
    const reports = item.move.count > 1 ? ` — ${item.move.count.toLocaleString('en')} reports` : '';
    const title = `${item.move.origin.name} → ${p.place.name}` + (size ? ` (${size.toLocaleString('en')})` : '') + reports;
    const line = L.polyline([item.from, item.to], {
      color: style.colour,
      weight,
      opacity: 0.85,
      dashArray: item.coarse ? '10 8' : null,
      className: 'movement-arrow',
      interactive: true,
    });
    const group = L.featureGroup([line, arrowHead(state.map, item.from, item.to, style.colour, title)]);
    group.bindTooltip(escapeHtml(title), { sticky: true });
    group.on('click', onSelect(item.move.selection));
    line.on('add', () => {
      const node = line.getElement();
      if (node) {
        node.dataset.arrow = `${item.move.origin.id}>${item.place}`;
        node.setAttribute('role', 'img');
        node.setAttribute('aria-label', title);
      }
    });
    return group;
  }
  item.weight = item.kind === 'line' ? 4 : 1.5;
  const layer = L.geoJSON(item.geometry, { pane: 'areas', style: () => shapeStyle(item) });
  const label = shapeLabel(p);
  layer.bindTooltip(escapeHtml(label), { sticky: true });
  layer.on('click', onSelect(p.id));
  layer.on('add', () => {
    layer.eachLayer((l) => {
      const node = l.getElement?.();
      if (node) {
        node.dataset.placeId = p.id;
        node.setAttribute('role', 'img');
        node.setAttribute('aria-label', label);
      }
    });
  });
  item.bounds = layer.getBounds();
  return layer;
}

// An area or a border line: coloured by its most frequent event type, grey and dashed where it is only mentioned.
function shapeStyle(item) {
  const style = item.dominant ? styleOf(item.dominant) : null;
  const line = item.kind === 'line';
  return {
    color: style?.colour ?? '#78909c',
    weight: line ? 4 : 1.5,
    dashArray: line ? '8 6' : style && !mostlyInferred(item.props) ? null : '3 4',
    fillColor: style?.colour ?? '#90a4ae',
    fillOpacity: style ? 0.22 : 0.06,
    className: line ? 'border-line' : 'area-shape',
  };
}

function shapeLabel(p) {
  return `${p.name} (${p.precisionLabel})` + (p.eventCount ? ` — ${eventsLabel(p)}` : ` — mentioned ${p.mentionCount}×`);
}

// A small triangle at the destination, turned along the line as drawn (Web Mercator keeps angles at every zoom).
function arrowHead(map, from, to, colour, title) {
  const L = window.L;
  const a = map.project(from, 0);
  const b = map.project(to, 0);
  const angle = (Math.atan2(b.y - a.y, b.x - a.x) * 180) / Math.PI;
  return L.marker(to, {
    interactive: true,
    keyboard: false,
    title,
    icon: L.divIcon({
      className: 'arrow-head-shell',
      html: `<span class="arrow-head" style="transform: rotate(${angle}deg); color:${colour}">➤</span>`,
      iconSize: [18, 18],
      iconAnchor: [9, 9],
    }),
  });
}

function clusterIcon(cluster) {
  const L = window.L;
  const counts = new Map();
  for (const marker of cluster.getAllChildMarkers()) {
    for (const t of marker.options.types ?? []) counts.set(t.type, (counts.get(t.type) ?? 0) + t.count);
  }
  const types = [...counts.entries()].map(([type, count]) => ({ type, count })).sort((x, y) => y.count - x.count);
  const mix = types.map((t) => `${t.count} ${t.type.replace('_', ' ')}`).join(', ');
  return L.divIcon({
    className: 'marker-shell',
    html: `<span class="cluster-marker" style="background: ${typeGradient(types)}" title="${mix}">` +
      `<span>${cluster.getChildCount()}</span></span>`,
    iconSize: [36, 36],
  });
}

function addLegend(state) {
  const L = window.L;
  const legend = L.control({ position: 'bottomright' });
  legend.onAdd = () => {
    const box = L.DomUtil.create('details', 'map-legend');
    box.open = true;
    box.setAttribute('aria-label', 'Legend');
    box.innerHTML = '<summary class="legend-title">Legend</summary><div class="legend-types"></div>' +
      '<div class="legend-title">Precision</div>' +
      '<div class="legend-row"><span class="legend-pin"></span>landmark</div>' +
      '<div class="legend-row"><span class="legend-pin halo"></span>city</div>' +
      '<div class="legend-row"><span class="legend-area"></span>country or region</div>' +
      '<div class="legend-row"><span class="legend-line"></span>border</div>' +
      '<div class="legend-row"><span class="legend-dot"></span>mentioned only</div>' +
      '<div class="legend-row"><span class="legend-pin hollow"></span>mostly placed from context</div>';
    L.DomEvent.disableClickPropagation(box);
    L.DomEvent.disableScrollPropagation(box);
    state.legendTypes = box.querySelector('.legend-types');
    return box;
  };
  legend.addTo(state.map);
  state.legend = legend;
}

// The legend lists the event types on the map now, in the order of the vocabulary.
function updateLegend(state) {
  const present = new Set();
  for (const item of state.items.values()) {
    for (const t of item.props?.types ?? []) present.add(t.type);
  }
  state.legendTypes.innerHTML = Object.entries(eventStyles)
    .filter(([type]) => present.has(type))
    .map(([type, s]) => `<div class="legend-row" data-type="${type}"><span class="legend-swatch" style="background:${s.colour}">${s.glyph}</span>${s.label}</div>`)
    .join('');
}

function publish(state) {
  const element = state.element;
  updateLegend(state);
  const ids = (kind) => [...state.items.values()]
    .filter((i) => i.kind === kind && state.layers.has(i.group))
    .map((i) => (kind === 'arrow' ? `${i.move.origin.id}>${i.place}` : i.id))
    .sort();
  element.dataset.markers = ids('marker').join(' ');
  element.dataset.areas = ids('area').join(' ');
  element.dataset.lines = ids('line').join(' ');
  element.dataset.arrows = ids('arrow').join(' ');
  element.dataset.cells = ids('cell').join(' ');
}

function fitToData(state) {
  const bounds = window.L.latLngBounds([]);
  for (const item of state.items.values()) {
    if (item.group === 'events' && item.bounds) bounds.extend(item.bounds);
  }
  if (bounds.isValid()) {
    state.map.fitBounds(bounds.pad(0.3), { maxZoom: 5, animate: false });
    state.userView = true; // fit once; later filter changes keep the analyst's viewport
  }
}
