// What a field photo says about itself (EXIF, read with exifr from the bytes): where (GPS latitude/longitude), when
// (DateTimeOriginal with its offset, else the GPS UTC stamp), which way the camera looked (GPSImgDirection, 0–360°
// from north), how good the position was (GPSHPositioningError), who took it (Artist) and with what (Make Model).
// A photo without EXIF or without GPS is still a photo: every field is then null, never an error.
import exifr from 'exifr';

export interface PhotoMetadata {
  readonly fileName: string;
  readonly contentType: string;
  readonly longitude: number | null;
  readonly latitude: number | null;
  /** ISO 8601 UTC. */
  readonly takenAt: string | null;
  readonly azimuthDeg: number | null;
  readonly accuracyM: number | null;
  readonly operator: string | null;
  readonly device: string | null;
}

/** Camera clocks carry no zone unless OffsetTimeOriginal is written: the county is on Beijing time. */
export const DEFAULT_CAMERA_OFFSET = '+08:00';

export async function readPhotoMetadata(bytes: Uint8Array, fileName: string): Promise<PhotoMetadata> {
  const contentType = contentTypeOf(bytes, fileName);
  let tags: Record<string, unknown> = {};
  try {
    tags =
      (await exifr.parse(bytes, {
        tiff: true,
        exif: true,
        gps: true,
        xmp: false,
        icc: false,
        iptc: false,
        jfif: false,
        ihdr: false,
        interop: false,
        makerNote: false,
        userComment: false,
        translateValues: false,
        reviveValues: false,
        mergeOutput: true,
      })) ?? {};
  } catch {
    tags = {}; // not an image exifr understands, or damaged EXIF: the photo is kept without metadata
  }
  const position = gpsPosition(tags);
  return {
    fileName,
    contentType,
    longitude: position?.[0] ?? null,
    latitude: position?.[1] ?? null,
    takenAt: takenAt(tags),
    azimuthDeg: azimuth(tags),
    accuracyM: positiveNumber(tags.GPSHPositioningError),
    operator: text(tags.Artist) ?? text(tags.XPAuthor),
    device: [text(tags.Make), text(tags.Model)].filter(Boolean).join(' ') || null,
  };
}

export function contentTypeOf(bytes: Uint8Array, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'image/jpeg';
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (String.fromCharCode(...bytes.slice(4, 12)).match(/^ftyp(heic|heix|mif1|msf1)/)) return 'image/heic';
  if (/\.jpe?g$/i.test(fileName)) return 'image/jpeg';
  return 'application/octet-stream';
}

function gpsPosition(tags: Record<string, unknown>): [number, number] | null {
  const lat = dms(tags.GPSLatitude, tags.GPSLatitudeRef, 'S');
  const lon = dms(tags.GPSLongitude, tags.GPSLongitudeRef, 'W');
  if (lat === null || lon === null) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lat === 0 && lon === 0)) return null; // 0,0: a camera without a fix
  return [lon, lat];
}

/** [degrees, minutes, seconds] (or a decimal) with its N/S/E/W reference → signed decimal degrees. */
function dms(value: unknown, ref: unknown, negative: 'S' | 'W'): number | null {
  let decimal: number | null = null;
  if (Array.isArray(value) && value.length >= 1 && value.every((v) => typeof v === 'number' && Number.isFinite(v))) {
    const [d = 0, m = 0, s = 0] = value as number[];
    decimal = d + m / 60 + s / 3600;
  } else if (typeof value === 'number' && Number.isFinite(value)) {
    decimal = value;
  }
  if (decimal === null) return null;
  return typeof ref === 'string' && ref.trim().toUpperCase().startsWith(negative) ? -Math.abs(decimal) : decimal;
}

function takenAt(tags: Record<string, unknown>): string | null {
  const local = text(tags.DateTimeOriginal) ?? text(tags.CreateDate) ?? text(tags.DateTimeDigitized);
  const match = local ? /^(\d{4})[:-](\d{2})[:-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(local) : null;
  if (match) {
    const offset = text(tags.OffsetTimeOriginal) ?? text(tags.OffsetTime);
    const zone = offset && /^[+-]\d{2}:\d{2}$/.test(offset) ? offset : DEFAULT_CAMERA_OFFSET;
    const ms = Date.parse(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}${zone}`);
    if (Number.isFinite(ms)) return new Date(ms).toISOString();
  }
  const gpsDate = text(tags.GPSDateStamp);
  const gpsTime = tags.GPSTimeStamp;
  const dateMatch = gpsDate ? /^(\d{4})[:-](\d{2})[:-](\d{2})$/.exec(gpsDate) : null;
  if (dateMatch && Array.isArray(gpsTime) && gpsTime.length === 3) {
    const [h, m, s] = gpsTime as number[];
    const ms = Date.UTC(Number(dateMatch[1]), Number(dateMatch[2]) - 1, Number(dateMatch[3]), h ?? 0, m ?? 0, 0) + Math.round((s ?? 0) * 1000);
    if (Number.isFinite(ms)) return new Date(ms).toISOString();
  }
  return null;
}

function azimuth(tags: Record<string, unknown>): number | null {
  const value = tags.GPSImgDirection;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 360) return null;
  return value === 360 ? 0 : value;
}

function positiveNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null;
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.replace(/\0+$/, '').trim();
  return trimmed === '' ? null : trimmed;
}
