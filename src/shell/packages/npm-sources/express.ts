// The files `npm install express` writes (express 4.21.2's layout: package.json, index.js, lib/…),
// so `require('express')` in the node runtime gets a working framework instead of a stand-in.
import { EXPRESS_APP_JS } from './express-app.ts';
import { EXPRESS_RESPONSE_JS } from './express-response.ts';
import { EXPRESS_ROUTER_JS } from './express-router.ts';

const PACKAGE_JSON = {
  name: 'express',
  description: 'Fast, unopinionated, minimalist web framework',
  version: '4.21.2',
  author: 'TJ Holowaychuk <tj@vision-media.ca>',
  license: 'MIT',
  repository: 'expressjs/express',
  homepage: 'http://expressjs.com/',
  funding: { type: 'opencollective', url: 'https://opencollective.com/express' },
  engines: { node: '>= 0.10.0' },
  files: ['LICENSE', 'History.md', 'Readme.md', 'index.js', 'lib/'],
};

/** Path (inside node_modules/express) → text, for every file of the package. */
export const EXPRESS_FILES: Record<string, string> = {
  'package.json': JSON.stringify(PACKAGE_JSON, null, 2) + '\n',
  'index.js': "'use strict';\n\nmodule.exports = require('./lib/express');\n",
  'lib/express.js': EXPRESS_APP_JS,
  'lib/router.js': EXPRESS_ROUTER_JS,
  'lib/response.js': EXPRESS_RESPONSE_JS,
};
