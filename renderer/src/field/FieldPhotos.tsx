// Photos of the target in the verification form: thumbnails with time and camera bearing, import from a folder of a
// phone's or camera's photos (matched by EXIF position through the field core), and capture from a camera where
// the device has one.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppServices } from '../app/app-services';
import type { FieldPhoto } from '../../../shared/ipc/field-protocol';
import { useAppStore } from '../state/app-store';
import type { FieldTarget } from './field-targets';
import { useFieldStore } from './field-store';
import { usePhotoUrls } from './photo-urls';
import { importPhotosFromFiles } from './photo-import';
import { cameraAvailable, openCamera } from './camera-capture';
import { takePositionFromPhoto } from './position-sources';
import { useApp } from '../app/app-context';

export function useEntityPhotos(app: AppServices, entity: { table: string; code: string } | null): FieldPhoto[] {
  const view = useAppStore((s) => s.project?.view);
  const revision = useFieldStore((s) => s.revision);
  const [photos, setPhotos] = useState<FieldPhoto[]>([]);
  useEffect(() => {
    let current = true;
    if (!entity) {
      setPhotos([]);
      return;
    }
    app.project.call('photos.list', { entity }).then(
      (list) => current && setPhotos(list),
      () => current && setPhotos([]),
    );
    return () => {
      current = false;
    };
  }, [app, entity?.table, entity?.code, view, revision]);
  return photos;
}

export function PhotoStrip({ photos, onUsePosition }: { photos: readonly FieldPhoto[]; onUsePosition?: (photo: FieldPhoto) => void }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const urls = usePhotoUrls(photos);
  return (
    <div className="field-photos" data-testid="photo-strip">
      {photos.map((photo) => (
        <figure key={photo.id} data-testid={`photo-${photo.code}`} title={`${photo.fileName ?? photo.code}\nSHA-256 ${photo.sha256 ?? '—'}`}>
          {urls.get(photo.id) ? <img src={urls.get(photo.id)} alt={photo.fileName ?? photo.code} /> : null}
          <figcaption>
            {photo.takenAt ? new Date(photo.takenAt).toLocaleTimeString(i18n.language === 'en' ? 'en' : 'zh-CN', { hour: '2-digit', minute: '2-digit' }) : photo.code}
            {photo.azimuthDeg !== null ? ` · ${Math.round(photo.azimuthDeg)}°` : ''}
            {onUsePosition && photo.longitude !== null && photo.latitude !== null ? (
              <button type="button" className="link photo-position" data-testid="photo-use-position" title={t('field.photos.usePositionHint')} onClick={() => onUsePosition(photo)}>
                {t('field.photos.usePosition')}
              </button>
            ) : null}
          </figcaption>
        </figure>
      ))}
    </div>
  );
}

export function FieldPhotos({ target, verificationCode }: { target: FieldTarget; verificationCode: string | null }): React.JSX.Element {
  const app = useApp();
  const { t } = useTranslation();
  const photos = useEntityPhotos(app, { table: target.table, code: target.code });
  return (
    <div className="field-item" data-testid="field-photos">
      <span>
        {t('field.photos.title')} <small>{t('field.photos.count', { count: photos.length })}</small>
      </span>
      {photos.length > 0 ? (
        <PhotoStrip photos={photos} onUsePosition={(p) => takePositionFromPhoto(p.longitude!, p.latitude!, p.accuracyM, p.takenAt, p.fileName ?? p.code)} />
      ) : (
        <p className="field-hint">{t('field.photos.none')}</p>
      )}
      <div className="field-buttons">
        <button type="button" data-testid="field-photos-import" onClick={() => void importPhotosFromFiles(app, { table: target.table, code: target.code, verificationCode })}>
          {t('field.photos.import')}
        </button>
        {cameraAvailable() ? (
          <button type="button" data-testid="field-photos-camera" onClick={() => openCamera(app, target, verificationCode)}>
            {t('field.photos.camera')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
