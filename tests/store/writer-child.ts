// A process that adds articles to DATA_DIR as fast as it can and says so after each, for the
// test that kills it in the middle of a write.
import { CorpusStore } from '../../server/store/corpus-store';

const store = await CorpusStore.open(process.env.DATA_DIR!, { analysisDelayMs: 0 });
const filler = 'The delegates of the Northern Assembly met in Tampere to discuss the harbour. '.repeat(3000);
for (let i = 0; ; i++) {
  const r = await store.add({ text: `# Dispatch ${i}\n\nMinister Aila Vesterinen${i} spoke in Oulu.\n\n${filler}`, format: 'md' });
  console.log(`added ${r.id}`);
}
