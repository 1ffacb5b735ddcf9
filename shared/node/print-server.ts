// The loopback server `landlink print` runs for its headless Chromium: the built renderer (same files and CSP as
// `npm run web`) and, at /__print/project.gpkg, the bytes of the project to print. It listens on 127.0.0.1 on a
// free port and serves nothing else.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTENT_SECURITY_POLICY } from '../app/content-security-policy';
import { mimeTypeFor, resolveRendererPath } from './renderer-files';

export const PRINT_PROJECT_PATH = '/__print/project.gpkg';

export interface PrintServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  close(): Promise<void>;
}

export async function startPrintServer(rendererRoot: string, projectBytes: Uint8Array): Promise<PrintServer> {
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    if (url.pathname === PRINT_PROJECT_PATH) {
      response.writeHead(200, { 'Content-Type': 'application/geopackage+sqlite3', 'Content-Length': String(projectBytes.byteLength), 'Cache-Control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : projectBytes);
      return;
    }
    const filePath = resolveRendererPath(rendererRoot, url.pathname);
    if (!filePath || !existsSync(filePath) || !statSync(filePath).isFile()) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': mimeTypeFor(filePath), 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' });
    if (request.method === 'HEAD') response.end();
    else createReadStream(filePath).pipe(response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
