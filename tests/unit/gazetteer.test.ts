import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildGazetteer, readSnapshot, GAZETTEER_SNAPSHOT } from '../../server/extract/lexicons/gazetteer';

describe('the gazetteer snapshot', () => {
  it('holds exactly what the data packages give (run npm run build:lexicons after upgrading one)', () => {
    const built = buildGazetteer(), snapshot = readSnapshot(readFileSync(GAZETTEER_SNAPSHOT));
    expect([...snapshot.countries].sort()).toEqual([...built.countries].sort());
    for (const key of ['regions', 'cities', 'adjectives', 'givenNames', 'words'] as const) {
      expect(snapshot[key].size, key).toBe(built[key].size);
      expect([...built[key]].every((x) => snapshot[key].has(x)), key).toBe(true);
    }
    expect(snapshot.cities.has('calgary')).toBe(true);
    expect(snapshot.countries.get('ussr')).toBe('Soviet Union');
    expect([...snapshot.demonyms].sort()).toEqual([...built.demonyms].sort());
    // a demonym is of the UN member first: French is of France, not of the French Southern Lands
    expect(['french', 'kenyan', 'american', 'soviet'].map((d) => snapshot.demonyms.get(d))).toEqual(['France', 'Kenya', 'United States', 'Soviet Union']);
    // the countries of each city name a city of 50,000 or more bears; none for a name only smaller towns bear
    expect([...snapshot.cityCountries].sort()).toEqual([...built.cityCountries].sort());
    expect(snapshot.cityCountries.get('stavanger')).toEqual(['Norway']);
    expect(snapshot.cityCountries.get('paris')).toContain('France');
    expect(snapshot.cityCountries.has('hanover')).toBe(false);
    expect([...snapshot.townCountries].sort()).toEqual([...built.townCountries].sort());
    expect(snapshot.townCountries.get('humenné')).toEqual(['Slovakia']);
    // a given name one list alone holds has that list's gender; one both hold has none
    expect([...snapshot.genders].sort()).toEqual([...built.genders].sort());
    expect(['marie', 'pierre'].map((n) => snapshot.genders.get(n))).toEqual(['female', 'male']);
    expect([...snapshot.genders.keys()].every((n) => snapshot.givenNames.has(n))).toBe(true);
  });
});
