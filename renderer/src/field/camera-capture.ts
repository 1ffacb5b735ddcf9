// Photos taken with the laptop's or tablet's own camera (getUserMedia; the permission handler allows `media` for
// the app only). A capture has no EXIF, so it is attached to the target in the form and takes the GNSS position
// and time of the moment it was taken.
import type { AppServices } from '../app/app-services';
import type { FieldTarget } from './field-targets';
import { showFieldDialog } from './field-dialogs';

export function cameraAvailable(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

export function openCamera(_app: AppServices, target: FieldTarget, verificationCode: string | null): void {
  showFieldDialog({ kind: 'camera', target, verificationCode });
}

/** A file name for a capture that sorts by time: `IMG_20260701_093015.jpg`. */
export function captureFileName(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `IMG_${date.getFullYear()}${pad(date.getMonth() + 1)}${pad(date.getDate())}_${pad(date.getHours())}${pad(date.getMinutes())}${pad(date.getSeconds())}.jpg`;
}
