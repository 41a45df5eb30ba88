import { expect } from '@open-wc/testing';
import { onPageDefaultChange } from '../../src/controllers/config.js';
import { en } from '../../src/core/messages/en.js';
import { enEssential } from '../../src/core/messages/essential/en.js';
import { enOnDemand } from '../../src/core/messages/on-demand/en.js';
// The script-tag bundle's catalogs: its top-level await loads the page's language before the first test runs.
import { catalogs, loadCatalog, loadOnDemandMessages, resolveLocale } from '../../src/embed/lazy-catalogs.js';

const essentialKeys = Object.keys(enEssential) as (keyof typeof en)[];
const onDemandKeys = Object.keys(enOnDemand) as (keyof typeof en)[];
/** The language the module loaded first: the page's `lang`, else the browser's (as lazy-catalogs.ts chooses). */
const pageLocale = resolveLocale([document.documentElement.lang, ...navigator.languages]);
const missing = (messages: Record<string, string>, keys: readonly string[]) =>
  keys.filter(key => typeof messages[key] !== 'string' || messages[key] === '');

describe('message catalogs of the script-tag bundle', () => {
  it('splits each language into two parts that share no key', () => {
    expect(essentialKeys.filter(key => key in enOnDemand)).to.deep.equal([]);
    expect(essentialKeys.length + onDemandKeys.length).to.equal(Object.keys(en).length);
  });

  // The tests below run in order: each one builds on what the module has loaded so far.
  it("loads only the essential part of the page's language at first", () => {
    const messages = catalogs[pageLocale];
    expect(missing(messages, essentialKeys)).to.deep.equal([]);
    expect(onDemandKeys.filter(key => key in messages)).to.deep.equal([]);
  });

  it('adds the on-demand part when a page needs it', async () => {
    await loadOnDemandMessages();
    expect(missing(catalogs[pageLocale], [...essentialKeys, ...onDemandKeys])).to.deep.equal([]);
  });

  it('loads both parts of a language asked for afterwards, and shows them together', async () => {
    const other = pageLocale === 'pt-BR' ? 'es' : 'pt-BR';
    // What the elements would find each time they are told to render again.
    const seen: string[][] = [];
    const stop = onPageDefaultChange(() =>
      seen.push(missing(catalogs[other] ?? {}, [...essentialKeys, ...onDemandKeys]))
    );
    const messages = await loadCatalog(other);
    stop();
    expect(missing(messages, [...essentialKeys, ...onDemandKeys])).to.deep.equal([]);
    expect(seen).to.deep.equal([[]]);
    expect(catalogs[other]).to.equal(messages);
    expect(messages['register.title']).to.not.equal(catalogs[pageLocale]['register.title']);
  });
});
