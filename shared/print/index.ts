// Print layouts for meeting maps (pure): paper, scales, frames, templates, summary tables, atlas pages, settings.
export * from './paper';
export * from './print-scale';
export * from './web-mercator';
export * from './fit-frame';
export * from './templates';
export * from './print-data';
export * from './print-scope';
export * from './summary-table';
export * from './atlas-pages';
export * from './print-settings';
export * from './page-layout';
export * from './legend-items';
export * from './print-pages';
export * from './text-fit';
