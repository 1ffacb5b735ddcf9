// Payments can't exceed the contract total (mu × unit price) of their sale.
import type { LedgerIssue } from '../ledger-issue';
import { mu, yuan } from '../ledger-format';
import type { QuotaPaymentRow, QuotaSaleRow } from '../ledger-rows';
import { contractTotalFen } from '../contract-total';
import { yuanToFen } from '../../finance/money';

export function checkPaymentsWithinContract(sale: QuotaSaleRow, payments: readonly QuotaPaymentRow[]): LedgerIssue[] {
  const invalid = payments.find((p) => !(Number.isFinite(p.amount_yuan) && p.amount_yuan >= 0));
  if (invalid) {
    return [{ rule: 'invalid-payment', severity: 'error', projectCode: sale.project_code, transactionCodes: [sale.code],
      message: `Payment ${invalid.code} of sale ${sale.code} has an amount of ${invalid.amount_yuan} yuan; enter an amount of 0 or more.`,
      messageZh: `交易 ${sale.code} 的回款 ${invalid.code} 金额为 ${invalid.amount_yuan} 元；请填写不小于 0 的金额。` }];
  }
  const total = contractTotalFen(sale);
  const paid = payments.reduce((sum, p) => sum + yuanToFen(p.amount_yuan), 0);
  if (paid <= total) return [];
  const price = sale.unit_price_yuan ?? 0;
  return [{
    rule: 'payments-exceed-contract', severity: 'error', projectCode: sale.project_code, transactionCodes: [sale.code],
    message: `Payments of sale ${sale.code} add up to ${yuan(paid)} yuan, ${yuan(paid - total)} more than its contract total of ${yuan(total)} yuan (${mu(sale.mu)} mu × ${yuan(yuanToFen(price))} yuan/mu); correct the payment amounts, or the sale's mu or unit price.`,
    messageZh: `交易 ${sale.code} 的回款合计 ${yuan(paid)} 元，超出合同总额 ${yuan(total)} 元（${mu(sale.mu)} 亩 × ${yuan(yuanToFen(price))} 元/亩）${yuan(paid - total)} 元；请核对回款金额，或交易面积、单价。`,
  }];
}
