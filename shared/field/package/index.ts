// Field packages: a part of the project for a laptop without network, with the base for the merge back.
export { exportFieldPackage, type FieldPackageOptions, type FieldPackageResult } from './export-field-package';
export { selectFieldArea, areaLabel, FieldAreaError, type FieldArea, type FieldSelection } from './field-area';
export { readFieldPackageInfo, type FieldPackageInfo } from './package-info';
export { readBase, type BaseSnapshot } from './base-rows';
export { BASE_TABLE, MERGED_TABLES, PACKAGE_META_KEY } from './package-tables';
