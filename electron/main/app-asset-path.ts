// Maps an app://landlink/… URL to a file inside the built renderer folder, refusing anything that escapes it.
import { APP_HOST } from '../../shared/app/app-identity';
import { resolveRendererPath } from '../../shared/node/renderer-files';

export function resolveAppAsset(rendererRoot: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.host !== APP_HOST) return null;
  return resolveRendererPath(rendererRoot, parsed.pathname);
}

export { mimeTypeFor, resolveRendererPath } from '../../shared/node/renderer-files';
