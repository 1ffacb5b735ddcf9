// The project core the renderer's worker and the `landlink` CLI both call. Every function takes the sql.js module
// or a Database from it: the core never initialises sql.js (Node passes `await initSqlJs()`, the browser one built
// with locateFile).
export { openProject, type OpenProjectOptions, type OpenedProject } from './open-project';
export { ProjectOpenError, type ProjectOpenErrorCode } from './project-open-error';
export { createEmptyProject, type NewProjectOptions } from './create-empty-project';
export { exportProject } from './export-project';
export { readLayer, UnknownTableError, type LayerProperties } from './read-layer';
export { layerCounts } from './layer-counts';
export { insertFeatures, type WriteOptions } from './insert-features';
export { updateFeature } from './update-feature';
export { deleteFeatures } from './delete-features';
export { FeatureWriteError, type FeatureWriteErrorCode } from './feature-write-error';
export type { FeatureInput } from './prepare-row';
export { importGeoJSON, type ImportOptions, type ImportResult } from './import-geojson';
export { projectSummary, type ProjectSummary, type LinkageProjectSummary, type AreaTally } from './project-summary';
export { readMeta, setMeta, META_KEYS } from './project-meta';
export { SCHEMA_VERSION } from './migrations';
export { validateProject, type ProjectProblem } from './validate-project';
