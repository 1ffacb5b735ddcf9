// Which web permissions the renderer gets: only what Landlink uses. The serial port is for GNSS receivers speaking
// NMEA; media (camera) is for field photos. Everything else (geolocation, notifications, midi, …) is denied.
const ALLOWED_PERMISSIONS = new Set(['serial', 'media', 'clipboard-sanitized-write']);

/** Exactly the app's own origin, app://landlink: not app://landlink.evil, app://landlinkx or a user@host form. */
export function isTrustedOrigin(origin: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  return parsed.protocol === 'app:' && parsed.hostname === 'landlink' && parsed.port === '' && parsed.username === '' && parsed.password === '';
}

/**
 * `mediaTypes` are those asked for (Electron's request details) or the one checked: media passes only for the
 * camera, never the microphone; a media request that names no type is refused.
 */
export function isPermissionAllowed(permission: string, requestingOrigin: string, mediaTypes: readonly string[] = []): boolean {
  if (!isTrustedOrigin(requestingOrigin) || !ALLOWED_PERMISSIONS.has(permission)) return false;
  if (permission === 'media') return mediaTypes.length > 0 && mediaTypes.every((type) => type === 'video');
  return true;
}

/** Device permissions (serial) are asked separately by Chromium; only serial devices pass. */
export function isDevicePermissionAllowed(deviceType: string, origin: string): boolean {
  return isTrustedOrigin(origin) && deviceType === 'serial';
}
