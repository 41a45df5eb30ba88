// Test-only middleware of web-test-runner: a server that cannot serve one module. A test names its path in the
// `hd-unavailable` cookie and every request for it has its connection dropped, as when the network fails; clearing
// the cookie serves it again. It also counts those requests, so a test can tell whether the page kept asking
// (GET /__unavailable/count).

/** @returns {import('koa').Middleware} */
export function unavailableModules() {
  let refused = 0;
  return async (context, next) => {
    if (context.path === '/__unavailable/count') {
      context.body = { refused };
      return;
    }
    const unavailable = context.cookies.get('hd-unavailable');
    if (unavailable && context.path === decodeURIComponent(unavailable)) {
      refused += 1;
      // A dropped connection, not an HTTP error: Chromium remembers a module answered with an error status for the
      // page's lifetime (the module map), so no retry could fetch it again. Firefox remembers either failure.
      context.req.socket.destroy();
      context.respond = false;
      return;
    }
    await next();
  };
}
