// Whether the learner's work is saved, and what to tell them when that changes: a failed save is said
// once with its real reason; the saves after it retry everything since the last good one.
import { storageFailureReason } from './storage-errors.ts';

/** Tracks save failures across commands. */
export class SaveStatus {
  private failing: string | undefined;

  /** Runs a save; returns the line to show (empty when there is nothing new to say). */
  async attempt(save: () => Promise<void>): Promise<string> {
    try {
      await save();
    } catch (error) {
      const reason = storageFailureReason(error);
      const fresh = this.failing !== reason;
      this.failing = reason;
      return fresh ? `workbook: your work could not be saved in this browser: ${reason}. It stays here, and each command tries again.` : '';
    }
    if (this.failing === undefined) return '';
    this.failing = undefined;
    return 'workbook: saving works again; everything since the failure is saved.';
  }

  /** Whether the last save failed. */
  get failed(): boolean {
    return this.failing !== undefined;
  }
}
