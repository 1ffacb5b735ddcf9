// The camera view: the device's camera (rear one preferred) in a large preview, a big shutter button, and the photo
// stored for the target with the current position. A device without a camera, or a refused permission, gets a
// clear message instead.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/app-context';
import { closeFieldDialog, type FieldDialog } from './field-dialogs';
import { useFieldStore } from './field-store';
import { storePreviewedPhotos } from './photo-import';
import { captureFileName } from './camera-capture';

export function CameraDialog({ dialog }: { dialog: Extract<FieldDialog, { kind: 'camera' }> }): React.JSX.Element {
  const app = useApp();
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [stream, setStream] = useState<MediaStream | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // The shutter works once the video shows frames (before that it has no size to draw).
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let current: MediaStream | null = null;
    let cancelled = false;
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment', width: { ideal: 1920 } }, audio: false })
      .then((s) => {
        if (cancelled) {
          for (const track of s.getTracks()) track.stop();
          return;
        }
        current = s;
        setStream(s);
        if (video.current) {
          video.current.srcObject = s;
          void video.current.play().catch(() => undefined);
        }
      })
      .catch((e: unknown) => {
        const name = e instanceof DOMException ? e.name : '';
        setError(name === 'NotAllowedError' ? t('field.camera.denied') : name === 'NotFoundError' ? t('field.camera.none') : t('field.camera.failed', { reason: e instanceof Error ? e.message : String(e) }));
      });
    return () => {
      cancelled = true;
      for (const track of current?.getTracks() ?? []) track.stop();
    };
  }, [t]);

  const capture = async (): Promise<void> => {
    const element = video.current;
    if (!element || !stream || busy || element.videoWidth === 0) return;
    setBusy(true);
    const canvas = document.createElement('canvas');
    canvas.width = element.videoWidth;
    canvas.height = element.videoHeight;
    canvas.getContext('2d')?.drawImage(element, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.9));
    if (!blob) {
      setError(t('field.camera.failed', { reason: 'toBlob' }));
      setBusy(false);
      return;
    }
    const now = new Date();
    const name = captureFileName(now);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const position = useFieldStore.getState().position;
    const target = dialog.target;
    await storePreviewedPhotos(app, [{ name, bytes }], 50, { [name]: { table: target.table, code: target.code } }, {
      ...(dialog.verificationCode ? { verificationCode: dialog.verificationCode } : {}),
      metadata: { [name]: { longitude: position?.lon ?? null, latitude: position?.lat ?? null, accuracyM: position?.accuracyM ?? null, takenAt: now.toISOString(), device: 'camera' } },
    });
    setBusy(false);
  };

  return (
    <div className="overlay field-overlay" onKeyDown={(e) => (e.key === 'Escape' ? closeFieldDialog() : undefined)}>
      <div className="dialog field-dialog camera" role="dialog" aria-label={t('field.camera.title', { code: dialog.target.code })} data-testid="camera-dialog">
        <h2>{t('field.camera.title', { code: dialog.target.code })}</h2>
        {error ? <p className="field-error" role="alert">{error}</p> : <video ref={video} playsInline muted className="camera-view" onLoadedData={() => setReady(true)} />}
        <div className="buttons">
          <button type="button" onClick={closeFieldDialog}>{t('dialogs.cancel')}</button>
          <button type="button" className="primary" disabled={!stream || !ready || busy} data-testid="camera-shutter" onClick={() => void capture()} autoFocus>
            {t('field.camera.shoot')}
          </button>
        </div>
      </div>
    </div>
  );
}
