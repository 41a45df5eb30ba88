import type { Unsubscribe } from '../../core/index.js';

/** One "e-mail" the local backend sent. The demo shows them instead of sending anything. */
export interface DemoMail {
  id: string;
  to: string;
  subject: string;
  /** Plain text. */
  body: string;
  /** The link the mail carries, with its token, so a demo or test can follow it. */
  link?: { kind: 'signup' | 'reset'; url: string; token: string } | undefined;
  /** ISO 8601. */
  sentAt: string;
}

export interface DemoMailbox {
  /** Every mail sent on this database, newest first. */
  list(): Promise<DemoMail[]>;
  /** Called with each new mail, from this tab or another one on the same database. */
  subscribe(listener: (mail: DemoMail) => void): Unsubscribe;
}
