// Search that forgives: letters folded to their base, slips of typing found, exact and prefix
// matches first; ids in ASCII, and old ids sent on.
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createKnowledgeGraph } from '../../server/graph/build';
import { SearchIndex, foldForSearch, prefixDistance, typoBudget } from '../../server/graph/search';
import { slug } from '../../server/extract/names';
import { Corpus } from '../../server/store/corpus';
import { createApp } from '../../server/api/app';

function indexOf(labels: string[]): SearchIndex {
  const g = createKnowledgeGraph();
  for (const label of labels) g.addNode(slug(label), { label, type: 'person', aliases: [], mentions: [], documents: [] } as never);
  return new SearchIndex(g);
}
const ids = (index: SearchIndex, q: string) => index.search(q, { limit: 5 }).map((h) => h.id);

describe('search that forgives', () => {
  it('folds every Latin letter to its base: ı, ø, ł, đ, ß, æ and the usual accents', () => {
    expect(foldForSearch('Ilıca Øresund Łódź Đoković Straße Æthelred Šćepan')).toBe('ilica oresund lodz dokovic strasse aethelred scepan');
    const index = indexOf(['Łukasz Ørsted', 'Novak Đoković', 'Kemal Kılıç', 'Großmann']);
    expect(ids(index, 'lukasz orsted')).toEqual(['lukasz-orsted']);
    expect(ids(index, 'djokovic')).toEqual(['novak-dokovic']); // one letter more: a slip
    expect(ids(index, 'dokovic')).toEqual(['novak-dokovic']);
    expect(ids(index, 'kilic')).toEqual(['kemal-kilic']);
    expect(ids(index, 'grossmann')).toEqual(['grossmann']);
  });

  it('finds a name within a few slips, more for a longer query, and ranks exact and prefix matches first', () => {
    const index = indexOf(['Nikita Khrushchev', 'Josef Stalin', 'Vladimir Medinsky', 'Khrushchevka Lane']);
    expect(ids(index, 'Kruschev')[0]).toBe('nikita-khrushchev');
    expect(ids(index, 'Khrushchov')[0]).toBe('nikita-khrushchev');
    expect(ids(index, 'Medinksy')).toEqual(['vladimir-medinsky']);
    expect(ids(index, 'khrushchev')).toEqual(['nikita-khrushchev', 'khrushchevka-lane']); // the exact word first
    expect(ids(index, 'stln')).toEqual([]); // short queries must be typed as they are
    expect(typoBudget(3)).toBe(0);
    expect(typoBudget(5)).toBe(1);
    expect(typoBudget(9)).toBe(2);
    expect(prefixDistance('stailn', 'stalin', 1)).toBe(1); // a swap is one slip
  });

  it('makes ASCII ids of any name', () => {
    expect(slug('Łódź Øresund Straße')).toBe('lodz-oresund-strasse');
    expect(slug('Москва')).toBe('moskva');
    expect(slug('東京')).toMatch(/^entity-[0-9a-f]{6}$/);
    for (const s of [slug('Ilıca'), slug('Αθήνα'), slug('Đoković')]) expect(s).toMatch(/^[a-z0-9-_]+$/);
  });

  it('sends an id of earlier versions on to the node as it is named now', async () => {
    const g = createKnowledgeGraph();
    g.addNode(slug('Łódź'), { label: 'Łódź', type: 'place', aliases: [], mentions: [], documents: [] } as never);
    const corpus = Corpus.fromGraph(g);
    const app = createApp({ corpus: () => corpus, log: () => {} });
    const r = await request(app).get(`/api/nodes/${encodeURIComponent('łodz')}/neighbors?depth=2`).expect(308);
    expect(r.headers.location).toBe('/api/nodes/lodz/neighbors?depth=2');
    await request(app).get('/api/nodes/lodz').expect(200);
    await request(app).get('/api/nodes/nowhere').expect(404);
  });
});
