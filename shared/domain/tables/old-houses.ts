import type { TableSchema } from '../schema-types';
import { codeColumn, column, remarksColumn } from './column';

export const oldHouses: TableSchema = {
  name: 'old_houses',
  kind: 'features',
  geometryType: 'POINT',
  primaryKey: 'fid',
  codePrefix: 'JF',
  label: { zh: '旧房', en: 'Old houses' },
  description: 'Homes people left: demolished, retained for reuse, or pending',
  columns: [
    codeColumn('旧房编号'),
    column('household', 'text', '户主', 'Household head'),
    column('township', 'text', '乡镇', 'Township'),
    column('village', 'text', '村', 'Village'),
    column('floor_area_m2', 'real', '建筑面积', 'Floor area', { min: 0, unit: 'm²' }),
    column('homestead_area_m2', 'real', '宅基地面积', 'Homestead area', { min: 0, unit: 'm²' }),
    column('structure', 'enum', '结构', 'Structure', { enum: 'house_structure' }),
    column('status', 'enum', '状态', 'Status', { enum: 'house_status', required: true }),
    column('reuse_plan', 'text', '保留利用方案', 'Reuse plan'),
    column('demolition_date', 'date', '拆除日期', 'Demolition date'),
    column('agreement_no', 'text', '腾退协议编号', 'Vacating agreement no.'),
    column('parcel_code', 'code', '复垦地块编号', 'Reclaimed parcel code'),
    remarksColumn,
  ],
};
