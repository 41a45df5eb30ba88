// Mocha's globals (describe, it, before ...) for the browser tests that web-test-runner runs.
/// <reference types="mocha" />
