// The changes the ledger checks before they are made: one object per user action, so the map, the tables and the
// CLI go through the same rules.
import type { ConstructionPlotRow, ParcelRow, QuotaPaymentRow, QuotaSaleRow } from './ledger-rows';

export type LedgerEdit =
  | { readonly kind: 'set-parcel-status'; readonly parcelCode: string; readonly status: string }
  /** Insert or replace a parcel (e.g. after a geometry edit changed its area, or it moved to another project). */
  | { readonly kind: 'put-parcel'; readonly parcel: ParcelRow }
  | { readonly kind: 'remove-parcel'; readonly parcelCode: string }
  | { readonly kind: 'put-plot'; readonly plot: ConstructionPlotRow }
  | { readonly kind: 'remove-plot'; readonly plotCode: string }
  /** Insert or replace a sale. */
  | { readonly kind: 'put-sale'; readonly sale: QuotaSaleRow }
  | { readonly kind: 'remove-sale'; readonly saleCode: string }
  | { readonly kind: 'put-payment'; readonly payment: QuotaPaymentRow }
  | { readonly kind: 'remove-payment'; readonly paymentCode: string };
