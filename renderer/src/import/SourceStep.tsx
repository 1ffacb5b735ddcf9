// Step 1: what was read. Files, format, layer (for zips, GeoPackages and workbooks with several), feature count,
// how the file was understood, and the first rows as they are in the file, with Landlink's ellipsoidal area beside.
import { useTranslation } from 'react-i18next';
import { squareMetresToMu } from '../../../shared/domain/units';
import { formatNumber, useBilingual } from './bilingual';
import type { PickedFile, PreparedImport } from './import-messages';

interface Props {
  readonly files: readonly PickedFile[];
  readonly prepared: PreparedImport;
  readonly onLayer: (layer: string) => void;
}

const PREVIEW_ROWS = 8;

export function SourceStep({ files, prepared, onLayer }: Props): React.JSX.Element {
  const { t } = useTranslation();
  const pick = useBilingual();
  const fields = prepared.fields;
  const areas = prepared.mapped?.areasM2;
  return (
    <div className="import-step" data-testid="import-step-source">
      <table className="import-facts">
        <tbody>
          <tr>
            <th>{t('import.source.files')}</th>
            <td data-testid="import-files">{files.map((f) => f.name).join('、')}</td>
          </tr>
          <tr>
            <th>{t('import.source.format')}</th>
            <td data-testid="import-format">{t(`import.format.${prepared.format}`)}</td>
          </tr>
          {prepared.layers.length > 1 && (
            <tr>
              <th>{t('import.source.layer')}</th>
              <td>
                <select data-testid="import-layer" value={prepared.layerName} onChange={(e) => onLayer(e.target.value)}>
                  {prepared.layers.map((layer) => (
                    <option key={layer} value={layer}>{layer}</option>
                  ))}
                </select>
              </td>
            </tr>
          )}
          <tr>
            <th>{t('import.source.count')}</th>
            <td data-testid="import-count">{prepared.featureCount}</td>
          </tr>
        </tbody>
      </table>
      {prepared.notes.map((note, i) => (
        <p key={`n${i}`} className="import-note" data-testid="import-note">{pick(note)}</p>
      ))}
      {!prepared.mapped && <p className="import-warning">{t('import.source.noPlacement')}</p>}
      <div className="import-table-scroll">
        <table className="import-preview-table" data-testid="import-preview-table">
          <thead>
            <tr>
              <th>#</th>
              {fields.map((f) => (
                <th key={f}>{f}</th>
              ))}
              {areas && <th>{t('import.source.ellipsoidalMu')}</th>}
            </tr>
          </thead>
          <tbody>
            {prepared.sampleRows.slice(0, PREVIEW_ROWS).map((row, i) => (
              <tr key={i}>
                <td>{i + 1}</td>
                {fields.map((f) => (
                  <td key={f}>{row[f] === null || row[f] === undefined ? '' : String(row[f])}</td>
                ))}
                {areas && <td className="number">{areas[i] === null || areas[i] === undefined ? '' : formatNumber(squareMetresToMu(areas[i]), 2)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {prepared.featureCount > PREVIEW_ROWS && <p className="muted">{t('import.source.moreRows', { shown: PREVIEW_ROWS, total: prepared.featureCount })}</p>}
    </div>
  );
}
