// The Leaflet map module. Blazor owns the page state; this module owns the map and fetches its data over HTTP.
const maps = new WeakMap();

const attribution =
  'Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0) · ' +
  'Shapes: <a href="https://www.naturalearthdata.com/">Natural Earth</a>';

export async function createMap(element, options) {
  const L = window.L;
  const map = L.map(element, {
    center: [35, 40],
    zoom: 3,
    minZoom: 1,
    maxZoom: 12, // markercluster requires a maxZoom when no tile layer sets one
    worldCopyJump: true,
    zoomSnap: 0.5,
  });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(attribution);
  if (options.tileUrl) {
    L.tileLayer(options.tileUrl, { attribution: options.tileAttribution, maxZoom: 18 }).addTo(map);
  }

  map.createPane('basemap').style.zIndex = 200;
  const state = { map, basemap: null };
  maps.set(element, state);

  const response = await fetch(options.basemapUrl);
  if (!response.ok) {
    throw new Error(`basemap request failed with HTTP ${response.status}`);
  }
  const countries = await response.json();
  state.basemap = L.geoJSON(countries, {
    pane: 'basemap',
    interactive: false,
    style: () => ({ className: 'basemap-country', weight: 0.6, fillOpacity: 1 }),
  }).addTo(map);
  element.dataset.countries = String(countries.features.length);
  element.dataset.ready = 'true';
}

export function disposeMap(element) {
  const state = maps.get(element);
  if (state) {
    state.map.remove();
    maps.delete(element);
  }
}
