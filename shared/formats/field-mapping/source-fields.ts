// Field names county data arrives with, and the Landlink column each one fills, per target table. 三调 land-parcel
// layers (DLTB) use fixed pinyin-initial names (BSM, TBBH, DLBM, DLMC, QSDWMC, ZLDWDM, ZLDWMC, TBMJ, KCMJ, TBDLMJ);
// tables made by hand use Chinese headers (地块编号, 村, 乡镇, 状态, 地类…). Every column's own name and its Chinese
// and English labels (shared/domain/tables) match too, so a table Landlink exported comes back in unchanged.

/** Source names (compared after headerKey normalisation) → column, for every table that has the column. */
export const COMMON_FIELD_NAMES: Readonly<Record<string, readonly string[]>> = {
  code: ['编号', '地块编号', '宗地编号', '地块号', '宗地号', '宗地代码', '旧房编号', '房屋编号', '安置区编号', '安置点编号', '区划代码', '行政区代码', 'dkbh', 'zdbh', 'zddm', 'fwbh', 'xzqdm'],
  project_code: ['项目编号', '挂钩项目编号', '项目代码', '项目号', 'xmbh', 'xmdm'],
  township: ['乡镇', '乡镇名称', '乡', '镇', '所属乡镇', '乡镇街道', 'xzmc', 'xiangzhen'],
  village: ['村', '村名', '村庄', '行政村', '所在村', '所属村', '村委会', '村名称', 'cm', 'cmc', 'cun'],
  status: ['状态', '进度', '当前状态', '实施状态', '拆除状态', 'zt'],
  original_class: ['原地类', '地类', '地类编码', '现状地类', '原地类编码', 'ydl', 'xzdl'],
  target_class: ['复垦方向', '复垦地类', '规划地类', '目标地类', '复垦后地类', 'fkfx', 'mbdl'],
  contractor: ['施工单位', '施工方', 'sgdw'],
  start_date: ['开工日期', '开工时间'],
  completion_date: ['竣工日期', '竣工时间', '完工日期', '建成日期', '建成时间'],
  acceptance_doc: ['验收文号', '验收文件', '验收批文'],
  household: ['户主', '户主姓名', '姓名', '户名', 'hzxm', 'hz'],
  floor_area_m2: ['建筑面积', '房屋面积', 'jzmj'],
  homestead_area_m2: ['宅基地面积', '占地面积', 'zjdmj'],
  structure: ['结构', '房屋结构', '建筑结构', 'fwjg'],
  reuse_plan: ['保留利用方案', '利用方案'],
  demolition_date: ['拆除日期', '拆除时间', 'ccrq'],
  agreement_no: ['腾退协议编号', '协议编号', '腾退协议号', '协议号'],
  parcel_code: ['复垦地块编号', '对应地块编号', '关联地块'],
  name: ['名称', '安置区名称', '安置点名称', '行政区名称', 'mc', 'xzqmc'],
  site_type: ['安置类型', '安置方式'],
  households: ['安置户数', '户数'],
  persons: ['安置人数', '人数'],
  level: ['级别', '行政级别'],
  parent_code: ['上级代码', '上级区划代码'],
  site_code: ['安置区编号'],
  approval_date: ['批准日期', '批复日期'],
  remarks: ['备注', 'bz'],
};

/** 三调 DLTB fields, per column; `code` is decided from the data (TBBH when unique in the file, else BSM). */
export const DLTB_FIELD_NAMES: Readonly<Record<string, readonly string[]>> = {
  original_class: ['dlbm', 'dlmc'],
  village: ['zldwmc', 'qsdwmc', 'zldwdm'],
};
export const DLTB_CODE_FIELDS = ['tbbh', 'bsm'] as const;

/** Areas a source file carries: reported next to Landlink's ellipsoidal area, never stored as the area. */
export const SOURCE_AREA_FIELDS: Readonly<Record<string, { readonly unit: 'm2' | 'mu' | 'ha'; readonly what: string }>> = {
  tbmj: { unit: 'm2', what: '图斑面积 TBMJ' },
  tbdlmj: { unit: 'm2', what: '图斑地类面积 TBDLMJ' },
  kcmj: { unit: 'm2', what: '扣除面积 KCMJ' },
  mj: { unit: 'm2', what: '面积 MJ' },
  面积: { unit: 'm2', what: '面积' },
  图斑面积: { unit: 'm2', what: '图斑面积' },
  地块面积: { unit: 'm2', what: '地块面积' },
  面积亩: { unit: 'mu', what: '面积（亩）' },
  亩: { unit: 'mu', what: '亩' },
  面积公顷: { unit: 'ha', what: '面积（公顷）' },
  shapearea: { unit: 'm2', what: 'Shape_Area (plane)' },
  area: { unit: 'm2', what: 'area' },
  aream2: { unit: 'm2', what: 'area_m2' },
  椭球面积: { unit: 'm2', what: '椭球面积' },
  areamu: { unit: 'mu', what: 'area_mu' },
};

/** TBMJ − KCMJ = TBDLMJ: the area that matches the geometry is TBMJ (the whole parcel). */
export const DLTB_AREA_FOR_GEOMETRY = 'tbmj';
