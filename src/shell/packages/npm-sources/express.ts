// The files of express 4.21.2 with working code (index.js, lib/…; package.json comes from the registry),
// so `require('express')` in the node runtime gets a working framework instead of a stand-in.
import { EXPRESS_APP_JS } from './express-app.ts';
import { EXPRESS_RESPONSE_JS } from './express-response.ts';
import { EXPRESS_ROUTER_JS } from './express-router.ts';

/** Path (inside node_modules/express) → text, for every file of the package. */
export const EXPRESS_FILES: Record<string, string> = {
  'index.js': "'use strict';\n\nmodule.exports = require('./lib/express');\n",
  'lib/express.js': EXPRESS_APP_JS,
  'lib/router.js': EXPRESS_ROUTER_JS,
  'lib/response.js': EXPRESS_RESPONSE_JS,
};
