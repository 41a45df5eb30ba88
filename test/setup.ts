// Loaded before every test file (see testRunnerHtml in web-test-runner.config.mjs).
//
// Chromium reports "ResizeObserver loop completed with undelivered notifications." as a window `error` event when
// a ResizeObserver callback (e.g. @lit-labs/virtualizer's) changes layout again. It is benign, but mocha turns any
// uncaught error into a test failure. A capture-phase listener on window runs before mocha's `onerror` handler and
// stops exactly that message; every other error still reaches mocha.
const RESIZE_OBSERVER_LOOP = 'ResizeObserver loop completed with undelivered notifications.';

window.addEventListener(
  'error',
  event => {
    if (event.message === RESIZE_OBSERVER_LOOP) {
      event.stopImmediatePropagation();
      event.preventDefault();
    }
  },
  true
);

export {};
