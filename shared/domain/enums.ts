// Value lists with their labels. Stored codes are English (other tools and the CLI rely on them); the UI shows the
// Chinese label by default and the English one when asked.
import type { Label } from './schema-types';

export const ENUMS = {
  house_status: {
    pending: { zh: '待拆除', en: 'Pending' },
    demolished: { zh: '已拆除', en: 'Demolished' },
    retained: { zh: '保留利用', en: 'Retained for reuse' },
  },
  parcel_status: {
    planned: { zh: '规划', en: 'Planned' },
    in_progress: { zh: '施工中', en: 'In progress' },
    completed: { zh: '已完工（初验）', en: 'Completed (initial check)' },
    accepted: { zh: '已验收', en: 'Accepted' },
    filed: { zh: '已备案', en: 'Filed' },
  },
  construction_status: {
    planned: { zh: '规划', en: 'Planned' },
    approved: { zh: '已批准', en: 'Approved' },
    built: { zh: '已建成', en: 'Built' },
  },
  admin_level: {
    county: { zh: '县', en: 'County' },
    township: { zh: '乡镇', en: 'Township' },
    village: { zh: '行政村', en: 'Village' },
  },
  site_type: {
    county_town: { zh: '县城安置区', en: 'County-town site' },
    market_town: { zh: '集镇安置区', en: 'Market-town site' },
    central_village: { zh: '中心村安置点', en: 'Central-village site' },
  },
  house_structure: {
    earth_wood: { zh: '土木', en: 'Earth and wood' },
    brick_wood: { zh: '砖木', en: 'Brick and wood' },
    brick_concrete: { zh: '砖混', en: 'Brick and concrete' },
    stone: { zh: '石砌', en: 'Stone' },
    other: { zh: '其他', en: 'Other' },
  },
  // 三调 work classification: the classes reclaimed land comes from and goes to.
  land_class: {
    '0101': { zh: '水田', en: 'Paddy field' },
    '0102': { zh: '水浇地', en: 'Irrigated land' },
    '0103': { zh: '旱地', en: 'Dry land' },
    '0201': { zh: '果园', en: 'Orchard' },
    '0202': { zh: '茶园', en: 'Tea garden' },
    '0204': { zh: '其他园地', en: 'Other plantation' },
    '0301': { zh: '乔木林地', en: 'Arbor forest' },
    '0305': { zh: '灌木林地', en: 'Shrub forest' },
    '0307': { zh: '其他林地', en: 'Other forest' },
    '0401': { zh: '天然牧草地', en: 'Natural pasture' },
    '0403': { zh: '人工牧草地', en: 'Artificial pasture' },
    '0404': { zh: '其他草地', en: 'Other grassland' },
    '0601': { zh: '工业用地', en: 'Industrial land' },
    '0702': { zh: '农村宅基地', en: 'Rural homestead' },
    '1006': { zh: '农村道路', en: 'Rural road' },
    '1201': { zh: '空闲地', en: 'Idle land' },
  },
  transaction_scope: {
    intra_province: { zh: '省域内流转', en: 'Within the province' },
    cross_province: { zh: '跨省域调剂', en: 'Across provinces' },
  },
  quota_quality: {
    cultivated: { zh: '耕地', en: 'Cultivated land' },
    high_standard: { zh: '高标准农田', en: 'High-standard farmland' },
  },
  loan_kind: {
    policy_loan: { zh: '政策性长期贷款', en: 'Policy-bank long-term loan' },
    local_bond: { zh: '地方政府债券', en: 'Local government bond' },
    special_fund: { zh: '专项建设基金', en: 'Special construction fund' },
  },
  repayment_method: {
    equal_principal: { zh: '等额本金', en: 'Equal principal' },
    annuity: { zh: '等额本息', en: 'Equal instalments' },
  },
  payment_frequency: {
    annual: { zh: '每年', en: 'Annual' },
    semiannual: { zh: '每半年', en: 'Semiannual' },
    quarterly: { zh: '每季度', en: 'Quarterly' },
    monthly: { zh: '每月', en: 'Monthly' },
  },
  verification_finding: {
    pass: { zh: '合格', en: 'Pass' },
    fail: { zh: '不合格', en: 'Fail' },
    doubtful: { zh: '存疑', en: 'Doubtful' },
  },
  context_line_kind: {
    road: { zh: '道路', en: 'Road' },
    river: { zh: '河流', en: 'River' },
  },
  audit_action: {
    insert: { zh: '新增', en: 'Insert' },
    update: { zh: '修改', en: 'Update' },
    delete: { zh: '删除', en: 'Delete' },
    import: { zh: '导入', en: 'Import' },
    migrate: { zh: '升级', en: 'Migrate' },
    merge: { zh: '外业合并', en: 'Field merge' },
    ledger_warning: { zh: '确认超售警告', en: 'Ledger warning accepted' },
  },
} as const satisfies Record<string, Record<string, Label>>;

export type EnumName = keyof typeof ENUMS;
export type EnumValue<N extends EnumName> = keyof (typeof ENUMS)[N] & string;

export function enumValues<N extends EnumName>(name: N): EnumValue<N>[] {
  return Object.keys(ENUMS[name]) as EnumValue<N>[];
}

export function isEnumValue(name: EnumName, value: unknown): boolean {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ENUMS[name], value);
}

export type HouseStatus = EnumValue<'house_status'>;
export type ParcelStatus = EnumValue<'parcel_status'>;
export type AdminLevel = EnumValue<'admin_level'>;
/** Parcel statuses whose area produces quota (DOMAIN.md: only accepted or filed area counts). */
export const QUOTA_PRODUCING_STATUSES: readonly ParcelStatus[] = ['accepted', 'filed'];
