// A refused backup's issues as translated sentences naming the table, record and field.
import type { TFunction } from 'i18next';
import type { BackupIssue } from '@shared/backup/format';
import { tableNames, type TableName } from '@shared/model/tables';

const isTable = (name: string | undefined): name is TableName => name !== undefined && (tableNames as string[]).includes(name);

export function backupIssueText(t: TFunction, issue: BackupIssue): string {
  const table = isTable(issue.table) ? t(`deleteRecord.kind.${issue.table}`) : (issue.table ?? '');
  const where =
    issue.field && issue.recordId
      ? t('backup.where', { table, record: issue.recordId, field: issue.field })
      : issue.recordId
        ? t('backup.whereRecord', { table, record: issue.recordId })
        : t('backup.whereTable', { table });
  return t(`backup.issue.${issue.code}`, { where, table, field: issue.field ?? '', detail: issue.detail });
}
