// `npm run web`: serves the built renderer to the local browser on 127.0.0.1 (PORT overrides 4173), with the same
// Content-Security-Policy as the Electron app. It listens on loopback only and never proxies anything.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../shared/app/content-security-policy';
import { mimeTypeFor, resolveRendererPath } from '../main/app-asset-path';

// LANDLINK_RENDERER_DIR lets parallel test runs each serve their own build.
const rendererRoot = process.env.LANDLINK_RENDERER_DIR ? path.resolve(process.env.LANDLINK_RENDERER_DIR) : fileURLToPath(new URL('../../out/renderer', import.meta.url));
const host = '127.0.0.1';
const port = Number(process.env.PORT ?? 4173);

if (!existsSync(path.join(rendererRoot, 'index.html'))) {
  console.error(`The renderer is not built (no ${path.join(rendererRoot, 'index.html')}). Run \`npm run build:web\` first, or use \`npm run web\`, which builds it.`);
  process.exit(2);
}

const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', `http://${host}`);
  const filePath = resolveRendererPath(rendererRoot, url.pathname);
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405).end();
    return;
  }
  if (!filePath || !existsSync(filePath) || !statSync(filePath).isFile()) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  response.writeHead(200, {
    'Content-Type': mimeTypeFor(filePath),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(filePath).pipe(response);
});

server.on('error', (error: NodeJS.ErrnoException) => {
  console.error(error.code === 'EADDRINUSE' ? `Port ${port} on ${host} is in use. Set PORT to another number, e.g. \`PORT=4180 npm run web\`.` : `The web server could not start: ${error.message}`);
  process.exit(2);
});

server.listen(port, host, () => {
  console.log(`Landlink (搬迁复垦一张图) is served at http://${host}:${port}/ — open it in Chromium or Chrome. Press Ctrl+C to stop.`);
});
