// The window never navigates away from the app and never opens new windows: links to the outside are refused.
import { APP_HOST, APP_SCHEME } from '../../shared/app/app-identity';

export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
