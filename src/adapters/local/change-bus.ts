import type { HelpDeskChange, Unsubscribe } from '../../core/index.js';
import type { DemoMail } from './mailbox-types.js';

type BusMessage = { kind: 'change'; change: HelpDeskChange } | { kind: 'mail'; mail: DemoMail };

/**
 * Delivers changes to this adapter's subscribers and, through a BroadcastChannel named after the database, to
 * every other adapter on the same database: other tabs, or a second instance in the same page. A BroadcastChannel
 * never echoes to its own sender, so local subscribers are called directly and nothing arrives twice.
 */
export class ChangeBus {
  private readonly channel: BroadcastChannel | undefined;
  private readonly changeListeners = new Set<(change: HelpDeskChange) => void>();
  private readonly mailListeners = new Set<(mail: DemoMail) => void>();
  private closed = false;

  constructor(channelName: string) {
    this.channel = typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(channelName);
    this.channel?.addEventListener('message', event => this.deliver(event.data as BusMessage));
  }

  publish(change: HelpDeskChange): void {
    this.send({ kind: 'change', change });
  }

  publishMail(mail: DemoMail): void {
    this.send({ kind: 'mail', mail });
  }

  onChange(listener: (change: HelpDeskChange) => void): Unsubscribe {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  onMail(listener: (mail: DemoMail) => void): Unsubscribe {
    this.mailListeners.add(listener);
    return () => this.mailListeners.delete(listener);
  }

  close(): void {
    this.closed = true;
    this.channel?.close();
    this.changeListeners.clear();
    this.mailListeners.clear();
  }

  private send(message: BusMessage): void {
    // A call that was under way when the adapter closed may still finish: a closed channel would throw.
    if (this.closed) return;
    this.deliver(message);
    this.channel?.postMessage(message);
  }

  private deliver(message: BusMessage): void {
    // A listener that throws must not keep the others from hearing about the change.
    if (message.kind === 'change') {
      for (const listener of [...this.changeListeners]) call(() => listener(message.change));
    } else {
      for (const listener of [...this.mailListeners]) call(() => listener(message.mail));
    }
  }
}

function call(fn: () => void): void {
  try {
    fn();
  } catch (error) {
    reportError(error);
  }
}
