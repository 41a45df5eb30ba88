// `npm start`: the demo at http://localhost:${PORT:-8000}/demo/, TypeScript compiled on the fly (see
// web-dev-server.config.mjs). Stop it with Ctrl+C.
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

// The config is passed in directly so this works from any cwd and ignores stray CLI arguments.
await startDevServer({ config, readCliArgs: false, readFileConfig: false, logStartMessage: false });
console.log(`helpdesk-elements demo: http://localhost:${config.port}/demo/`);
