// Small coloured status labels; the colour only repeats what the text says.
import type { ReactNode } from 'react';

export type BadgeTone = 'ok' | 'warn' | 'danger' | 'info' | 'muted' | 'plain';

export function Badge({ tone = 'plain', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}

export const accountStatusTone = { prospect: 'info', active: 'ok', paused: 'warn', lost: 'muted' } as const satisfies Record<string, BadgeTone>;
export const briefStatusTone = {
  draft: 'muted',
  'internal-review': 'info',
  approved: 'warn',
  'client-approved': 'ok',
  superseded: 'muted',
  archived: 'muted',
} as const satisfies Record<string, BadgeTone>;
export const pitchStageTone = (stage: string): BadgeTone =>
  stage === 'won' ? 'ok' : stage === 'lost' ? 'danger' : stage === 'withdrawn' || stage === 'declined' ? 'muted' : stage === 'final' || stage === 'decision' ? 'warn' : 'info';
export const reportStatusTone = { draft: 'muted', final: 'ok' } as const satisfies Record<string, BadgeTone>;
