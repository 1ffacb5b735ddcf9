import type { TableSchema } from '../schema-types';
import { codeColumn, column, remarksColumn } from './column';

export const verifications: TableSchema = {
  name: 'verifications',
  kind: 'attributes',
  primaryKey: 'fid',
  codePrefix: 'HC',
  label: { zh: '核查记录', en: 'Verifications' },
  description: 'Field verification records of houses and parcels; photos are related through the Related Tables extension',
  columns: [
    codeColumn('核查编号'),
    column('entity_table', 'text', '核查对象图层', 'Entity layer', { required: true }),
    column('entity_code', 'code', '核查对象编号', 'Entity code', { required: true }),
    column('verified_at', 'datetime', '核查时间', 'Verified at'),
    column('inspectors', 'text', '核查人员', 'Inspectors'),
    column('longitude', 'real', '经度', 'Longitude', { min: -180, max: 180 }),
    column('latitude', 'real', '纬度', 'Latitude', { min: -90, max: 90 }),
    column('accuracy_m', 'real', '定位精度', 'Position accuracy', { min: 0, unit: 'm' }),
    column('finding', 'enum', '核查结论', 'Finding', { enum: 'verification_finding' }),
    column('measured_area_m2', 'real', '实测面积', 'Measured area', { min: 0, unit: 'm²' }),
    column('land_class', 'enum', '实际地类', 'Land class found', { enum: 'land_class' }),
    column('checklist', 'json', '核查清单', 'Checklist'),
    remarksColumn,
  ],
};
