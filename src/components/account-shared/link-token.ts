import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * E-mailed links carry their token in the URL fragment (`#hd-signup=<token>`, `#hd-reset=<token>`), which browsers
 * never send to a server. These helpers read it and, once used, take it out of the address bar so a reload or a
 * shared screenshot does not carry it around.
 */
export type LinkKind = 'signup' | 'reset';

function pattern(kind: LinkKind): RegExp {
  return new RegExp(`(^#|[#&;])hd-${kind}=([^&;#]*)`);
}

/** The token of a `kind` link in the page's address, if any. */
export function readLinkToken(kind: LinkKind, hash: string = location.hash): string | undefined {
  const match = pattern(kind).exec(hash);
  if (!match?.[2]) return undefined;
  try {
    return decodeURIComponent(match[2]);
  } catch {
    return match[2];
  }
}

/** Removes a `kind` token from the address without reloading or adding a history entry. */
export function forgetLinkToken(kind: LinkKind): void {
  if (!pattern(kind).test(location.hash)) return;
  const rest = location.hash
    .replace(/^#/, '')
    .split(/[&;]/)
    .filter(part => part !== '' && !part.startsWith(`hd-${kind}=`))
    .join('&');
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
}

/**
 * Updates an element that reads its link from the page address (`read-link-from-url`) whenever the fragment
 * changes, so a link opened in the same tab is followed without a reload.
 */
export class LinkHashController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly readsAddress: () => boolean;

  constructor(host: ReactiveControllerHost, readsAddress: () => boolean) {
    this.host = host;
    this.readsAddress = readsAddress;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  private readonly onHashChange = (): void => {
    if (this.readsAddress()) this.host.requestUpdate();
  };
}
