// Object URLs for stored photos, one per photo bytes, kept while the photo is shown and revoked when it goes, so a
// day of photos does not pile up in memory.
import { useEffect, useState } from 'react';
import type { FieldPhoto } from '../../../shared/ipc/field-protocol';

export function usePhotoUrls(photos: readonly FieldPhoto[]): ReadonlyMap<number, string> {
  const [urls, setUrls] = useState<ReadonlyMap<number, string>>(new Map());
  useEffect(() => {
    const made = new Map(photos.map((p) => [p.id, URL.createObjectURL(new Blob([p.bytes as BlobPart], { type: p.contentType }))]));
    setUrls(made);
    return () => {
      for (const url of made.values()) URL.revokeObjectURL(url);
    };
  }, [photos]);
  return urls;
}
