// Labels of stored codes (parcel status, repayment method, …) from the schema's value lists, in the UI language,
// so the ledger says the same words as the attribute table and the forms.
import { enumLabel } from '../../../shared/domain/labels';
import type { EnumName } from '../../../shared/domain/enums';
import type { AppLanguage } from '../i18n/i18n';

export function enumText(enumName: EnumName, code: string, language: AppLanguage): string {
  try {
    return enumLabel(enumName, code, language === 'en' ? 'en' : 'zh');
  } catch {
    return code;
  }
}
