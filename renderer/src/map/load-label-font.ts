// MapLibre draws label glyphs locally (TinySDF) once per character, with whatever font the browser has loaded at
// that moment. The bundled Noto Sans SC is split into unicode-range subsets that the browser loads only for
// characters it has already shown in the page, so a vector basemap's names (耕地, 田间路 …) would be drawn with a
// fallback font, which on a machine without CJK fonts is blank. Loading every subset first (local files, a few MB,
// once) makes the basemap's labels render. Applies to any label; the project's own layers may want the same.
import { LABEL_FONT } from './layer-styles';

let loading: Promise<void> | null = null;

export function loadLabelFont(): Promise<void> {
  loading ??= (async () => {
    if (typeof document === 'undefined' || !document.fonts) return;
    const faces = [...document.fonts].filter((face) => LABEL_FONT.some((family) => face.family.replace(/["']/g, '') === family));
    await Promise.all(faces.map((face) => face.load().catch(() => undefined)));
  })();
  return loading;
}
