import { expect } from '@open-wc/testing';
import { createApi } from '../../src/embed/api.js';
import type { Widget } from '../../src/embed/mount.js';

/** A widget that records what it is asked, each call taking a little time (as opening the portal does). */
function recordingWidget() {
  const calls: string[] = [];
  const slow =
    (name: string) =>
    async (...args: unknown[]) => {
      await new Promise(resolve => setTimeout(resolve, 20));
      const given = args.filter(arg => arg !== undefined);
      calls.push(`${name}${given.length ? ` ${JSON.stringify(given)}` : ''}`);
    };
  const widget: Widget = {
    open: slow('open'),
    close: () => void calls.push('close'),
    prefill: slow('prefill'),
    identify: slow('identify'),
    setLocale: locale => void calls.push(`setLocale ${locale}`),
    destroy: () => void calls.push('destroy')
  };
  return { widget, calls };
}

describe('window.HelpDesk API', () => {
  it('runs commands one after the other, in the order they were made', async () => {
    const { widget, calls } = recordingWidget();
    const api = createApi(widget, new EventTarget());
    void api('identify', 'token-1');
    void api.open('new-case', { categoryId: 'linkedin' });
    void api('setLocale', 'en');
    void api.prefill({ titulo: 'Hola' });
    await api('close');
    expect(calls).to.deep.equal([
      'identify ["token-1"]',
      'open ["new-case",{"categoryId":"linkedin"}]',
      'setLocale en',
      'prefill [{"titulo":"Hola"}]',
      'close'
    ]);
    expect(api.loaded).to.equal(true);
  });

  it('passes events to listeners until they are removed, with or without the hd- prefix', async () => {
    const target = new EventTarget();
    const api = createApi(recordingWidget().widget, target);
    const seen: unknown[] = [];
    const listener = (detail: unknown) => seen.push(detail);
    api.on('case-created', listener);
    api('on', 'hd-case-created', listener); // the same listener twice: called once
    target.dispatchEvent(new CustomEvent('hd-case-created', { detail: { case: { reference: 'TK-1' } } }));
    api.off('case-created', listener);
    target.dispatchEvent(new CustomEvent('hd-case-created', { detail: { case: { reference: 'TK-2' } } }));
    expect(seen).to.deep.equal([{ case: { reference: 'TK-1' } }]);
  });

  it('destroy removes the widget and every listener, and later calls do nothing', async () => {
    const target = new EventTarget();
    const { widget, calls } = recordingWidget();
    const api = createApi(widget, target);
    let heard = 0;
    api.on('open', () => (heard += 1));
    await api.destroy();
    target.dispatchEvent(new CustomEvent('hd-open', { detail: {} }));
    await api.open();
    expect(heard).to.equal(0);
    expect(calls).to.deep.equal(['destroy']);
  });

  it('says so on the console for an unknown command, and keeps going after a failing one', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const { widget, calls } = recordingWidget();
      widget.identify = async () => {
        throw new Error('token refused');
      };
      const api = createApi(widget, new EventTarget());
      await api('fly');
      const failing = api.identify('bad').catch((error: Error) => error.message);
      await api.open('home');
      expect(await failing).to.equal('token refused');
      expect(calls).to.deep.equal(['open ["home"]']);
      expect(String(errors[0]?.[0])).to.include('HelpDesk("fly") is not a command');
      expect(String(errors[1]?.[0])).to.include('HelpDesk("identify") failed');
    } finally {
      console.error = original;
    }
  });
});
