// Export of a ledger table to XLSX or CSV through the project's writers (shared/formats): the table's rows become
// features without geometry, the headers are the Chinese (or English) column names, numbers stay numbers. The
// writers are loaded on first use (exceljs is large) and the bytes go to the Host, which asks where to save.
import type { Feature } from 'geojson';
import { crsByCode } from '../../../shared/crs/crs-registry';
import type { FileFilter, Host } from '../../../shared/host/host';

export interface LedgerTableColumn {
  readonly property: string;
  readonly header: string;
  readonly kind?: 'text' | 'integer' | 'real' | 'date';
  /** Excel number format, e.g. '0.00'. */
  readonly numberFormat?: string;
}

export interface LedgerTable {
  /** Sheet and file name, e.g. 指标交易. */
  readonly name: string;
  readonly columns: readonly LedgerTableColumn[];
  readonly rows: readonly object[];
}

export type LedgerExportFormat = 'xlsx' | 'csv';

const FILTERS: Record<LedgerExportFormat, FileFilter[]> = {
  xlsx: [{ name: 'Excel', extensions: ['xlsx'] }],
  csv: [{ name: 'CSV', extensions: ['csv'] }],
};

export async function ledgerTableBytes(table: LedgerTable, format: LedgerExportFormat): Promise<Uint8Array> {
  // The rows carry no geometry; the CRS is only asked for by the writers' coordinate columns, which are off.
  const crs = crsByCode(4490)!;
  const features: Feature<null, Record<string, unknown>>[] = table.rows.map((row) => ({ type: 'Feature', geometry: null, properties: Object.fromEntries(table.columns.map((c) => [c.property, (row as Record<string, unknown>)[c.property] ?? null])) }));
  if (format === 'csv') {
    const { writeCsv } = await import('../../../shared/formats/csv/write-csv');
    return writeCsv(features, { crs, geometry: 'none', headers: Object.fromEntries(table.columns.map((c) => [c.property, c.header])) });
  }
  const { writeXlsx } = await import('../../../shared/formats/xlsx/write-xlsx');
  const columns = table.columns.map((c) => ({ property: c.property, header: c.header, ...(c.kind ? { kind: c.kind } : {}), ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}) }));
  return (await writeXlsx(features, { sheetName: table.name, crs, columns, geometry: 'none' })).bytes;
}

/** Writes the table and returns the saved file's name, or null when the user cancelled. */
export async function exportLedgerTable(host: Host, table: LedgerTable, format: LedgerExportFormat): Promise<string | null> {
  const bytes = await ledgerTableBytes(table, format);
  const saved = await host.writeExport(`${table.name}.${format}`, FILTERS[format], bytes);
  return saved ? saved.name : null;
}
