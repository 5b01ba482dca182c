// Pitches: per account, owner and stage, and the open pipeline.
import type { DeskDatabase } from './database';
import { openPitchStages, type Pitch, type PitchStage } from '@shared/model/pitch';
import { Repository } from './repository';

export class PitchesRepository extends Repository<'pitches'> {
  constructor(db: DeskDatabase) {
    super(db, 'pitches');
  }

  listByAccount(accountId: string): Promise<Pitch[]> {
    return this.listBy('accountId', accountId);
  }

  listByOwner(memberId: string): Promise<Pitch[]> {
    return this.listBy('ownerId', memberId);
  }

  listByStage(...stages: PitchStage[]): Promise<Pitch[]> {
    return this.listByAny('stage', stages);
  }

  /** Pitches not yet decided (lead to decision). */
  listOpen(): Promise<Pitch[]> {
    return this.listByAny('stage', [...openPitchStages]);
  }
}
