// Invoice (账单) with the receipts collected against it: the source of billed, collected and 回款率.
import { z } from 'zod';
import { amountSchema, baseRecordShape, currencySchema, dateSchema, idSchema, longText, shortText } from './common';

export const receiptSchema = z.object({
  id: idSchema,
  amount: amountSchema,
  receivedOn: dateSchema,
  note: shortText.default(''),
});

export const invoiceSchema = z.object({
  ...baseRecordShape,
  accountId: idSchema,
  number: shortText.trim().min(1),
  amount: amountSchema,
  currency: currencySchema.default('CNY'),
  issuedOn: dateSchema,
  dueOn: dateSchema,
  receipts: z.array(receiptSchema).max(500).default([]),
  notes: longText.default(''),
});

export type Invoice = z.infer<typeof invoiceSchema>;
export type Receipt = z.infer<typeof receiptSchema>;
