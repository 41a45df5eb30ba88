import type { LocalContext } from './context.js';
import { nextSequence } from './database.js';
import { renderMail, type MailKind } from './mail-templates.js';
import type { DemoMail, DemoMailbox } from './mailbox-types.js';
import { randomId } from './tokens.js';

export interface MailLink {
  kind: 'signup' | 'reset';
  token: string;
  /** How long the link lasts, in hours, told in the text. */
  hours: number;
}

/** The URL an e-mailed link points to: the host page, with the token in the fragment (never sent to a server). */
export function linkUrl(ctx: LocalContext, kind: 'signup' | 'reset', token: string): string {
  return `${ctx.linkBase()}#hd-${kind}=${token}`;
}

/** "Sends" a mail: stores it in the demo mailbox and tells every tab. */
export async function sendMail(ctx: LocalContext, to: string, kind: MailKind, link?: MailLink): Promise<DemoMail> {
  const url = link && linkUrl(ctx, link.kind, link.token);
  const text = renderMail(ctx.preset.locale, kind, {
    siteName: ctx.preset.name,
    ...(url ? { url } : {}),
    ...(link ? { hours: link.hours } : {})
  });
  const mail: DemoMail = {
    id: randomId(),
    to,
    subject: text.subject,
    body: text.body,
    ...(link && url ? { link: { kind: link.kind, url, token: link.token } } : {}),
    sentAt: ctx.now().toISOString()
  };
  const { db } = await ctx.state();
  const tx = db.transaction(['meta', 'mail'], 'readwrite');
  await tx.objectStore('mail').put({ ...mail, seq: await nextSequence(tx.objectStore('meta'), 'mailSequence') });
  await tx.done;
  ctx.bus.publishMail(mail);
  return mail;
}

export function createMailbox(ctx: LocalContext): DemoMailbox {
  return {
    async list() {
      const { db } = await ctx.state();
      const records = await db.getAll('mail');
      return records.sort((a, b) => b.seq - a.seq).map(({ seq: _seq, ...mail }) => mail);
    },
    subscribe: listener => ctx.bus.onMail(listener)
  };
}
