// Which web permissions the renderer gets: only what Landlink uses. The serial port is for GNSS receivers speaking
// NMEA; media (camera) is for field photos. Everything else (geolocation, notifications, midi, …) is denied.
const ALLOWED_PERMISSIONS = new Set(['serial', 'media', 'clipboard-sanitized-write']);

export function isTrustedOrigin(origin: string): boolean {
  return origin.startsWith('app://landlink');
}

export function isPermissionAllowed(permission: string, requestingOrigin: string): boolean {
  return isTrustedOrigin(requestingOrigin) && ALLOWED_PERMISSIONS.has(permission);
}

/** Device permissions (serial) are asked separately by Chromium; only serial devices pass. */
export function isDevicePermissionAllowed(deviceType: string, origin: string): boolean {
  return isTrustedOrigin(origin) && deviceType === 'serial';
}
