import type { TableSchema } from '../schema-types';
import { codeColumn, column } from './column';

// A Related Tables media table: `id`, `data` and `content_type` are the extension's required columns.
export const photos: TableSchema = {
  name: 'photos',
  kind: 'media',
  primaryKey: 'id',
  codePrefix: 'ZP',
  label: { zh: '照片', en: 'Photos' },
  description: 'Geotagged field photos (Related Tables media), related to verifications',
  columns: [
    column('data', 'blob', '照片数据', 'Photo data', { required: true }),
    column('content_type', 'text', '类型', 'Content type', { required: true }),
    codeColumn('照片编号'),
    column('file_name', 'text', '文件名', 'File name'),
    column('taken_at', 'datetime', '拍摄时间', 'Taken at'),
    column('longitude', 'real', '经度', 'Longitude', { min: -180, max: 180 }),
    column('latitude', 'real', '纬度', 'Latitude', { min: -90, max: 90 }),
    column('azimuth_deg', 'real', '拍摄方位角', 'Azimuth', { min: 0, max: 360, unit: '°' }),
    column('accuracy_m', 'real', '定位精度', 'Position accuracy', { min: 0, unit: 'm' }),
    column('operator', 'text', '拍摄人', 'Operator'),
    column('device', 'text', '设备', 'Device'),
    column('sha256', 'text', 'SHA-256 校验值', 'SHA-256'),
  ],
};
