// Gentle craft checks on a brief: no more than three reasons to believe, and a single-minded proposition short enough to remember.

/** A brief that gives more reasons than this gives none: the creative team cannot hold them all. */
export const REASONS_TO_BELIEVE_LIMIT = 3;

/** Reasons that say something (blank rows do not count). */
export function countReasons(reasons: readonly string[]): number {
  return reasons.filter((reason) => reason.trim().length > 0).length;
}

export function tooManyReasons(reasons: readonly string[]): boolean {
  return countReasons(reasons) > REASONS_TO_BELIEVE_LIMIT;
}

/**
 * A proposition's length in "units": a Chinese character is one, a Latin-script word two (a word carries about as
 * much as two characters). 30 units is a line of about 30 characters or 15 words — what fits on a card on the wall.
 */
export const PROPOSITION_UNIT_LIMIT = 30;

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/gu;
const LATIN_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
// A sentence ends at 。！？!? or a full stop followed by a space; a final mark ends nothing more.
const SENTENCE_END = /[。！？!?]+|\.(?=\s)/gu;

export type PropositionMeasure = {
  /** Chinese (and other CJK) characters. */
  characters: number;
  /** Latin-script words (CJK characters are not counted as words). */
  words: number;
  units: number;
  sentences: number;
  tooLong: boolean;
  moreThanOneSentence: boolean;
};

export function measureProposition(text: string): PropositionMeasure {
  const trimmed = text.trim();
  const characters = (trimmed.match(CJK) ?? []).length;
  const words = (trimmed.replace(CJK, ' ').match(LATIN_WORD) ?? []).length;
  const units = characters + words * 2;
  const pieces = trimmed.split(SENTENCE_END).filter((piece) => piece.trim().length > 0);
  const sentences = trimmed.length === 0 ? 0 : Math.max(1, pieces.length);
  return { characters, words, units, sentences, tooLong: units > PROPOSITION_UNIT_LIMIT, moreThanOneSentence: sentences > 1 };
}
