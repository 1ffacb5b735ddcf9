// Step 4: the text encoding and the coordinate system, each as detected with the reason (the core's `how`), and
// overridable. When the numbers cannot tell the system (no .prj, unprefixed zone), the reason says so and the user
// must choose one before anything can be placed on the map.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { crsGroups, crsOptionLabel } from './crs-options';
import { useBilingual } from './bilingual';
import type { PreparedImport, ReadChoices } from './import-messages';

interface Props {
  readonly prepared: PreparedImport;
  readonly read: ReadChoices;
  readonly onEncoding: (encoding: string | undefined) => void;
  readonly onCrs: (code: number | undefined) => void;
}

/** Encodings county data comes in (TextDecoder labels). */
const ENCODINGS = ['utf-8', 'gbk', 'gb18030', 'big5'] as const;

export function CrsStep({ prepared, read, onEncoding, onCrs }: Props): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const pick = useBilingual();
  const groups = useMemo(() => crsGroups(), []);
  const crs = prepared.crs;
  return (
    <div className="import-step" data-testid="import-step-crs">
      <h4>{t('import.crs.encoding')}</h4>
      {prepared.encoding ? (
        <>
          <p>
            <strong data-testid="import-encoding">{prepared.encoding.name.toUpperCase()}</strong>
            {read.encoding ? <span className="muted"> {t('import.crs.chosen')}</span> : <span className="muted"> {t('import.crs.detected')}</span>}
          </p>
          <p className="import-how" data-testid="import-encoding-how">{pick(prepared.encoding.how)}</p>
          <label className="import-override">
            <span>{t('import.crs.override')}</span>
            <select data-testid="import-encoding-select" value={read.encoding ?? ''} onChange={(e) => onEncoding(e.target.value || undefined)}>
              <option value="">{t('import.crs.auto')}</option>
              {ENCODINGS.map((name) => (
                <option key={name} value={name}>{name.toUpperCase()}</option>
              ))}
            </select>
          </label>
        </>
      ) : (
        <p className="muted">{t('import.crs.noEncoding')}</p>
      )}
      <h4>{t('import.crs.system')}</h4>
      {crs.ok ? (
        <>
          <p>
            <strong data-testid="import-crs">EPSG:{crs.code} {crs.name}</strong>
            {read.crsCode ? <span className="muted"> {t('import.crs.chosen')}</span> : <span className="muted"> {t('import.crs.detected')}</span>}
          </p>
          <p className="import-how" data-testid="import-crs-how">{pick(crs.how)}</p>
          {crs.warnings.map((w, i) => (
            <p key={i} className="import-warning">{pick(w)}</p>
          ))}
        </>
      ) : (
        <p className="import-warning" data-testid="import-crs-refusal">{pick(crs.reason)}</p>
      )}
      <label className="import-override">
        <span>{crs.ok ? t('import.crs.override') : t('import.crs.choose')}</span>
        <select data-testid="import-crs-select" value={read.crsCode ?? ''} onChange={(e) => onCrs(e.target.value ? Number(e.target.value) : undefined)}>
          <option value="">{t('import.crs.auto')}</option>
          {groups.map((group) => (
            <optgroup key={group.key} label={i18n.language === 'en' ? group.label.en : group.label.zh}>
              {group.systems.map((system) => (
                <option key={system.code} value={system.code}>{crsOptionLabel(system)}</option>
              ))}
            </optgroup>
          ))}
        </select>
      </label>
    </div>
  );
}
