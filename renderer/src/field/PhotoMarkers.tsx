// Photo thumbnails on the map at the position each photo was taken, with an arrow for the camera bearing (EXIF
// GPSImgDirection), so an inspector's "after" shot can be checked against the house it claims to show. Shown from
// zoom 14 on (a county of thumbnails would hide the map); a click selects the feature the photo documents.
import { useEffect, useState } from 'react';
import * as maplibregl from 'maplibre-gl';
import type { FieldPhoto } from '../../../shared/ipc/field-protocol';
import { useAppStore } from '../state/app-store';
import { whenMapReady } from '../map/map-instance';
import { useFieldStore } from './field-store';
import { usePhotoUrls } from './photo-urls';
import { useApp } from '../app/app-context';

const MIN_ZOOM = 14;

export function PhotoMarkers(): null {
  const app = useApp();
  // Re-read when photos may have changed (their number, a field save, another project), not on every edit.
  const photoCount = useAppStore((s) => s.project?.view.summary.counts.photos);
  const fileName = useAppStore((s) => s.project?.fileName);
  const hasProject = useAppStore((s) => s.project !== null);
  const revision = useFieldStore((s) => s.revision);
  const [photos, setPhotos] = useState<FieldPhoto[]>([]);
  const urls = usePhotoUrls(photos);

  useEffect(() => {
    let current = true;
    if (!hasProject || photoCount === 0) {
      setPhotos([]);
      return;
    }
    app.project.call('photos.list', { thumbnails: true }).then(
      (list) => current && setPhotos(list.filter((p) => p.longitude !== null && p.latitude !== null)),
      () => current && setPhotos([]),
    );
    return () => {
      current = false;
    };
  }, [app, hasProject, photoCount, fileName, revision]);

  useEffect(() => {
    const markers: maplibregl.Marker[] = [];
    let cleanup = (): void => undefined;
    whenMapReady((map) => {
      for (const photo of photos) {
        const url = urls.get(photo.id);
        if (!url) continue;
        const element = document.createElement('div');
        element.className = 'photo-marker';
        element.dataset.testid = 'photo-marker';
        element.dataset.code = photo.code;
        element.title = `${photo.fileName ?? photo.code}${photo.azimuthDeg !== null ? ` · ${Math.round(photo.azimuthDeg)}°` : ''}`;
        if (photo.azimuthDeg !== null) {
          const arrow = document.createElement('div');
          arrow.className = 'photo-marker-bearing';
          arrow.style.transform = `rotate(${photo.azimuthDeg}deg)`;
          element.append(arrow);
        }
        const image = document.createElement('img');
        image.src = url;
        image.alt = photo.fileName ?? photo.code;
        element.append(image);
        element.addEventListener('click', (event) => {
          event.stopPropagation();
          const table = photo.entityTable;
          const feature = table ? useAppStore.getState().project?.view.layers.find((l) => l.table === table)?.features.features.find((f) => f.properties?.code === photo.entityCode) : undefined;
          if (table && feature) app.ui.select({ table, fids: [feature.properties?.fid as number] });
        });
        markers.push(new maplibregl.Marker({ element, anchor: 'center' }).setLngLat([photo.longitude!, photo.latitude!]));
      }
      const sync = (): void => {
        const show = map.getZoom() >= MIN_ZOOM;
        for (const marker of markers) {
          if (show) marker.addTo(map);
          else marker.remove();
        }
      };
      sync();
      map.on('zoomend', sync);
      cleanup = () => {
        map.off('zoomend', sync);
        for (const marker of markers) marker.remove();
      };
    });
    return () => cleanup();
  }, [photos, urls, app]);

  return null;
}
