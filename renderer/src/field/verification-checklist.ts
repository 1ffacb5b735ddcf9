// The field checklist per entity kind (DOMAIN.md "Field verification" and the acceptance checks): what an inspector
// answers at an old house or a reclaimed parcel, the rules that make an answer a failure, and the finding the answers
// suggest. Answers are stored as JSON in verifications.checklist; the achieved land class has its own column.

export type EntityKind = 'house' | 'parcel';
export type YesNo = 'yes' | 'no';

export interface ChecklistItem {
  readonly key: string;
  readonly type: 'yes-no' | 'number' | 'text' | 'date';
  /** i18n key under field.checklist. */
  readonly labelKey: string;
  readonly unit?: string;
  /** Only asked when this returns true for the answers so far (terraces only on slopes over 15°). */
  readonly when?: (answers: ChecklistAnswers) => boolean;
}

export type ChecklistAnswers = Readonly<Record<string, string | number | null | undefined>>;

/** Minimum tillage layer of reclaimed farmland (DOMAIN.md acceptance checks). */
export const MIN_TILLAGE_CM = 30;
/** Slopes steeper than this must be terraced. */
export const TERRACE_SLOPE_DEG = 15;

export const CHECKLISTS: Readonly<Record<EntityKind, readonly ChecklistItem[]>> = {
  house: [
    { key: 'demolished', type: 'yes-no', labelKey: 'demolished' },
    { key: 'rubble_cleared', type: 'yes-no', labelKey: 'rubbleCleared', when: (a) => a.demolished === 'yes' },
    { key: 'demolition_date', type: 'date', labelKey: 'demolitionDate', when: (a) => a.demolished === 'yes' },
    { key: 'photo_before', type: 'yes-no', labelKey: 'photoBefore' },
    { key: 'photo_after', type: 'yes-no', labelKey: 'photoAfter' },
    { key: 'agreement_no', type: 'text', labelKey: 'agreementNo' },
  ],
  parcel: [
    { key: 'levelled', type: 'yes-no', labelKey: 'levelled' },
    { key: 'tillage_cm', type: 'number', labelKey: 'tillage', unit: 'cm' },
    { key: 'slope_deg', type: 'number', labelKey: 'slope', unit: '°' },
    { key: 'terraced', type: 'yes-no', labelKey: 'terraced', when: (a) => Number(a.slope_deg) > TERRACE_SLOPE_DEG },
    { key: 'roads_ditches', type: 'yes-no', labelKey: 'roadsDitches' },
    { key: 'crop', type: 'text', labelKey: 'crop' },
  ],
};

export function entityKindOfTable(table: string): EntityKind | null {
  return table === 'old_houses' ? 'house' : table === 'reclaim_parcels' ? 'parcel' : null;
}

/** The items to ask now (conditional ones only when their condition holds). */
export function visibleItems(kind: EntityKind, answers: ChecklistAnswers): ChecklistItem[] {
  return CHECKLISTS[kind].filter((item) => !item.when || item.when(answers));
}

export interface ChecklistIssue {
  readonly key: string;
  /** i18n key under field.issues. */
  readonly messageKey: string;
  readonly values?: Record<string, number>;
}

function blank(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** Answers that fail the standard (a failing finding unless the inspector explains otherwise). */
export function checklistFailures(kind: EntityKind, answers: ChecklistAnswers, landClass: string | null): ChecklistIssue[] {
  const failures: ChecklistIssue[] = [];
  if (kind === 'house') {
    if (answers.demolished === 'no') failures.push({ key: 'demolished', messageKey: 'notDemolished' });
    if (answers.demolished === 'yes' && answers.rubble_cleared === 'no') failures.push({ key: 'rubble_cleared', messageKey: 'rubbleLeft' });
    return failures;
  }
  if (answers.levelled === 'no') failures.push({ key: 'levelled', messageKey: 'notLevelled' });
  if (!blank(answers.tillage_cm) && Number(answers.tillage_cm) < MIN_TILLAGE_CM) failures.push({ key: 'tillage_cm', messageKey: 'tillageThin', values: { min: MIN_TILLAGE_CM } });
  if (Number(answers.slope_deg) > TERRACE_SLOPE_DEG && answers.terraced === 'no') failures.push({ key: 'terraced', messageKey: 'noTerraces', values: { slope: TERRACE_SLOPE_DEG } });
  if (answers.roads_ditches === 'no') failures.push({ key: 'roads_ditches', messageKey: 'noRoads' });
  if (landClass === '1201' || landClass === '0702') failures.push({ key: 'land_class', messageKey: 'notFarmland' });
  return failures;
}

/** Questions not answered yet (the finding stays doubtful while any is open). */
export function unansweredItems(kind: EntityKind, answers: ChecklistAnswers): string[] {
  return visibleItems(kind, answers)
    .filter((item) => item.type !== 'text' && item.type !== 'date')
    .filter((item) => blank(answers[item.key]))
    .map((item) => item.key);
}

export type Finding = 'pass' | 'fail' | 'doubtful';

/** The finding the answers point to: fail on any failure, doubtful while questions are open, else pass. */
export function suggestedFinding(kind: EntityKind, answers: ChecklistAnswers, landClass: string | null): Finding {
  if (checklistFailures(kind, answers, landClass).length > 0) return 'fail';
  if (unansweredItems(kind, answers).length > 0) return 'doubtful';
  return 'pass';
}

/** Only the answers to visible questions, numbers as numbers, blanks dropped: what is stored. */
export function checklistToStore(kind: EntityKind, answers: ChecklistAnswers): Record<string, string | number> {
  const stored: Record<string, string | number> = {};
  for (const item of visibleItems(kind, answers)) {
    const value = answers[item.key];
    if (blank(value)) continue;
    if (item.type === 'number') {
      const number = Number(value);
      if (Number.isFinite(number)) stored[item.key] = number;
    } else stored[item.key] = String(value);
  }
  return stored;
}
