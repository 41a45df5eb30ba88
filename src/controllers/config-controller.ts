import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HelpDeskAdapter } from '../core/adapter.js';
import { HelpDeskError } from '../core/errors.js';
import { helpDeskContext, onPageDefaultChange, pageDefaultConfig, type HelpDeskConfig } from './config.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Finds the configuration for an element: the nearest `<hd-provider>` if there is one, else the page-wide default
 * set by `configure()`. The host re-renders whenever either changes.
 */
export class ConfigController implements ReactiveController {
  private readonly host: Host;
  private readonly consumer: ContextConsumer<typeof helpDeskContext, Host>;
  private stopWatchingDefault?: () => void;

  constructor(host: Host) {
    this.host = host;
    this.consumer = new ContextConsumer(host, { context: helpDeskContext, subscribe: true });
    host.addController(this);
  }

  hostConnected(): void {
    this.stopWatchingDefault = onPageDefaultChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.stopWatchingDefault?.();
  }

  get config(): HelpDeskConfig | undefined {
    return this.consumer.value ?? pageDefaultConfig();
  }

  /** The adapter, or a `HelpDeskError` an element can show when the page configured none. */
  get adapter(): HelpDeskAdapter {
    const adapter = this.config?.adapter;
    if (!adapter)
      throw new HelpDeskError('unsupported', 'No help desk adapter is configured.', { reason: 'no-adapter' });
    return adapter;
  }

  get hasAdapter(): boolean {
    return this.config?.adapter !== undefined;
  }
}
