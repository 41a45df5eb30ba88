// Change notification: an ETag'd poll endpoint, tickets, and the server-sent event stream.
import { setInterval, clearInterval } from 'node:timers';
import { problems } from '../http.mjs';

const KEEP_ALIVE_MS = 15_000;

function cursorValue(text) {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    throw problems.badRequest('Unknown change cursor.', { after: 'Malformed cursor.' }, 'bad-cursor');
  }
  return value;
}

function requireLive(tenant) {
  if (!tenant.capabilities.liveUpdates) throw problems.unsupported('live updates');
}

export const changeHandlers = {
  pollChanges: ({ tenant, req, params }) => {
    const found = tenant.current(req);
    if (!found) throw problems.unauthorized();
    const cursor = String(tenant.changeSequence);
    const etag = `"${cursor}"`;
    const after = cursorValue(params.after);
    if (params['If-None-Match'] === etag) return { status: 304, headers: { etag } };
    const viewer = { userId: found.user.id, sessionToken: found.token };
    const changes =
      after === undefined
        ? []
        : tenant.changes.filter(entry => entry.seq > after && tenant.mayKnow(viewer, entry)).map(e => e.change);
    return { status: 200, headers: { etag }, body: { changes, cursor } };
  },

  createChangeTicket: ({ tenant, req }) => {
    requireLive(tenant);
    const found = tenant.current(req);
    if (!found) throw problems.unauthorized();
    return { status: 201, body: tenant.issueTicket(found) };
  },

  /** Opens the stream on the raw response; answers nothing through the normal path. */
  subscribe: ({ tenant, req, res, params }) => {
    requireLive(tenant);
    const ticket = tenant.tickets.get(params.ticket);
    const session = ticket ? tenant.sessions.get(ticket.sessionToken) : undefined;
    if (!ticket || ticket.expiresAt <= tenant.now() || !session) {
      throw problems.unauthorized('The change ticket is not valid.', 'bad-ticket');
    }
    const resumeFrom = cursorValue(params['Last-Event-ID'] ?? params.after ?? ticket.cursor);
    res.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-store',
      connection: 'keep-alive'
    });
    res.write(': connected\n\n');
    const stream = {
      userId: ticket.userId,
      sessionToken: ticket.sessionToken,
      send(entry) {
        res.write(`event: change\nid: ${entry.seq}\ndata: ${JSON.stringify(entry.change)}\n\n`);
      },
      end() {
        tenant.streams.delete(stream);
        clearInterval(keepAlive);
        res.end();
      }
    };
    const keepAlive = setInterval(() => res.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    for (const entry of tenant.changes) {
      if (entry.seq > resumeFrom && tenant.mayKnow(stream, entry)) stream.send(entry);
    }
    tenant.streams.add(stream);
    req.on('close', () => {
      tenant.streams.delete(stream);
      clearInterval(keepAlive);
    });
    return { streaming: true };
  }
};
