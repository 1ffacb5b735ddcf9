import type { TableSchema } from '../schema-types';
import { areaColumn, codeColumn, column, remarksColumn } from './column';

export const resettlementSites: TableSchema = {
  name: 'resettlement_sites',
  kind: 'features',
  geometryType: 'MULTIPOLYGON',
  primaryKey: 'fid',
  codePrefix: 'AZ',
  label: { zh: '安置区', en: 'Resettlement sites' },
  description: 'Centralized resettlement sites: who lives there, their jobs, facilities and industrial support',
  columns: [
    codeColumn('安置区编号'),
    column('name', 'text', '名称', 'Name', { required: true }),
    column('township', 'text', '乡镇', 'Township'),
    column('village', 'text', '村', 'Village'),
    column('site_type', 'enum', '安置类型', 'Site type', { enum: 'site_type' }),
    column('households', 'integer', '安置户数', 'Households', { min: 0, unit: '户' }),
    column('persons', 'integer', '安置人数', 'Persons', { min: 0, unit: '人' }),
    column('registered_poor', 'integer', '建档立卡贫困人口', 'Registered poor persons', { min: 0, unit: '人' }),
    column('laborers', 'integer', '劳动力', 'Laborers', { min: 0, unit: '人' }),
    column('laborers_employed', 'integer', '已就业劳动力', 'Laborers employed', { min: 0, unit: '人' }),
    column('facilities', 'json', '配套设施', 'Facilities'),
    column('industrial_park', 'text', '配套产业园区/车间', 'Industrial park or workshops'),
    column('jobs', 'integer', '提供就业岗位', 'Jobs offered', { min: 0, unit: '个' }),
    column('completion_date', 'date', '建成日期', 'Completion date'),
    areaColumn,
    remarksColumn,
  ],
};
