// Serves the built renderer from app://landlink/ with the app's Content-Security-Policy on every response.
// A privileged standard scheme (not file://) gives the page a real origin, so CSP, fetch and workers behave as on
// the web, and no other local file is reachable.
import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { APP_SCHEME } from '../../shared/app/app-identity';
import { CONTENT_SECURITY_POLICY } from '../../shared/app/content-security-policy';
import { mimeTypeFor, resolveAppAsset } from './app-asset-path';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
  ]);
}

export function serveRenderer(rendererRoot: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const filePath = resolveAppAsset(rendererRoot, request.url);
    if (!filePath) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(filePath).toString());
    if (!response.ok) return new Response('Not found', { status: 404 });
    const headers = new Headers(response.headers);
    headers.set('Content-Type', mimeTypeFor(filePath));
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: 200, headers });
  });
}
