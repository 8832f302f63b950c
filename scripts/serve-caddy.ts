/**
 * Serves dist/ through Caddy and the build's configuration.
 * Usage: npm run serve:caddy -- [--port N] [--root dist]
 */
import { serveWithCaddy } from './lib/hosting/caddy-server';
import { runServeCli } from './lib/hosting/serve-cli';

await runServeCli('serve:caddy', 'Caddy', serveWithCaddy);
