import { describe, expect, it } from 'vitest';
import { typeFromName } from '../../server/extract/classify';
import { extractText, entity, labels } from '../helpers';

describe('typing entities', () => {
  it('types by head noun', () => {
    expect(typeFromName('Central Committee')).toBe('organization');
    expect(typeFromName('Red Square')).toBe('place');
    expect(typeFromName('Great Terror')).toBe('event');
    expect(typeFromName('Secret Speech')).toBe('work');
    expect(typeFromName('Palace of Congresses')).toBe('place');
    expect(typeFromName('University of Alberta')).toBe('organization');
  });

  it('types a body whose head comes first or whose town comes after the head, and two names joined by "&", as bodies', () => {
    expect(typeFromName('Scuola Normale Superiore')).toBe('organization');
    expect(typeFromName('Laboratoire Karvosz')).toBe('organization');
    expect(typeFromName("King's College London")).toBe('organization');
    expect(typeFromName('Imperial College London')).toBe('organization');
    expect(typeFromName("Ben & Jerry's")).toBe('organization');
    expect(typeFromName('Li & Fung')).toBe('organization');
    // (a town after a word that heads nothing stays what it was: "Greater London")
    expect(typeFromName('Greater London')).not.toBe('organization');
    // …and a firm's name joined by "&" is a name at a sentence's start too, whatever words it spells
    expect(labels(extractText('Marks & Spencer said on Monday it would cut 500 jobs.'))).toEqual(['Marks & Spencer']);
  });

  it('types a one-word name with a body\'s head written into it as a body, but no English word', () => {
    expect(typeFromName('Karvenmuseum')).toBe('organization');
    expect(typeFromName('Vesnatheater')).toBe('organization');
    expect(entity(extractText('The Karvenmuseum handed over 119 objects to Norland on Friday.'), 'Karvenmuseum')?.type).toBe('organization');
    expect(typeFromName('Amphitheater')).toBeUndefined();
  });

  it('reads a sports club named after its town by the words before or after the town', () => {
    expect(typeFromName('Real Velmar')).toBe('organization');
    expect(typeFromName('Borussia Karvosz')).toBe('organization');
    expect(typeFromName('Velmar United')).toBe('organization');
    expect(typeFromName('FC Karvosz')).toBe('organization');
    expect(typeFromName('Karvosz FF')).toBe('organization');
    // (a prefix or suffix counts only in capitals: "As" opens no club)
    expect(typeFromName('As Karvosz')).toBeUndefined();
    // …and its town alone is the club once the club has been named, not before
    expect(entity(extractText('Velmar United signed Anna Berg. Velmar coach Karl Venn praised her.'), 'Velmar United')?.aliases).toEqual(['Velmar']);
    expect(entity(extractText('Velmar is a town on the coast. Velmar United signed Anna Berg.'), 'Velmar United')?.aliases).toEqual([]);
  });

  it('reads a name with a Romance particle that ends in a head noun by that noun ("Charles de Gaulle Airport")', () => {
    expect(typeFromName('Anton de Velmar Airport')).toBe('place');
    expect(typeFromName('Leonardo da Karvosz University')).toBe('organization');
    expect(typeFromName('Banco de Velmar')).toBe('organization');
  });

  it('reads a given name and a surname that is also a place\'s head as a person', () => {
    expect(typeFromName('Peter Hall')).toBe('person');
    expect(typeFromName('Carnegie Hall')).toBe('place');
    expect(typeFromName('Royal Albert Hall')).toBe('place');
  });

  it('makes an ordinal congress an event and a bare one a body', () => {
    expect(typeFromName('22nd Party Congress')).toBe('event');
    expect(typeFromName('Twentieth Congress')).toBe('event');
    expect(typeFromName('Congress')).toBe('organization');
  });

  it('types countries, cities, given names and acronyms from the gazetteers', () => {
    expect(typeFromName('Hungary')).toBe('place');
    expect(typeFromName('Calgary')).toBe('place');
    expect(typeFromName('Polly Jones')).toBe('person');
    expect(typeFromName('NATO')).toBe('organization');
  });

  it('types from context where the name says nothing', () => {
    const x = extractText('NGOs like Zorvala were banned, and troops marched into occupied Brevinia.');
    expect(entity(x, 'Zorvala')?.type).toBe('organization');
    expect(entity(x, 'Brevinia')?.type).toBe('place');
  });

  it('takes a titled name for a person', () => {
    const x = extractText('Senator Quarn Belvit spoke.');
    expect(entity(x, 'Quarn Belvit')?.type).toBe('person');
  });

  it('types a name with a mixed-case acronym as an organization, and "the X" as no person', () => {
    const x = extractText('The Alternative for Zorland (AfZ) protested, and the Vorwehr would transfer two batteries.');
    expect(entity(x, 'Alternative for Zorland')?.type).toBe('organization');
    expect(entity(x, 'Alternative for Zorland')?.aliases).toContain('AfZ');
    expect(entity(x, 'Vorwehr')?.type).toBe('organization');
  });

  it('types prizes as neither person nor body (works), and a name between a comma and a country as a place', () => {
    expect(typeFromName('Nobel Prize')).toBe('work');
    const x = extractText('She died at a sanatorium in Passy, Haute-Varenne, France, after X-ray work.');
    expect(entity(x, 'Haute-Varenne')?.type).toBe('place');
    expect(labels(x)).not.toContain('X-ray');
  });

  it('types a place whose head comes first as a place ("Casa Milà", "Mount Karvensk"), but not a name after a given name, nor a body by its last word', () => {
    expect(typeFromName('Casa Milà')).toBe('place');
    expect(typeFromName('Mount Karvensk')).toBe('place');
    expect(typeFromName('Mount Sinai Hospital')).toBe('organization');
    expect(typeFromName('Gran Via')).toBe('place');
    // the planets by name alone ("life on Mars"), not a person's surname ("Bruno Mars")
    expect(typeFromName('Mars')).toBe('place');
    expect(typeFromName('Bruno Mars')).toBe('person');
  });

  it('types a town\'s "City" as its club, but not a city named after its country or state, and a compass part of a continent as a place', () => {
    expect(typeFromName('Manchester City')).toBe('organization');
    expect(typeFromName('Mexico City')).toBe('place');
    expect(typeFromName('Kansas City')).toBe('place');
    expect(typeFromName('East Africa')).toBe('place');
    expect(typeFromName('East Asia Summit')).not.toBe('place');
  });

  it('types a firm named after its founder by what only a body does ("published by Alfred A. Knopf", "spun off from Kellogg")', () => {
    expect(entity(extractText('His memoir was published by Alfred A. Knopf in 2006.'), 'Alfred A. Knopf')?.type).toBe('organization');
    expect(entity(extractText('Kellanova was spun off from Kellogg in 2023.'), 'Kellogg')?.type).toBe('organization');
  });
});
