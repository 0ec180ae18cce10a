// The three figures of the work standard (accurate, complete, current) an office puts in its Form 3 report.

/** One figure: `percent` = round(100 × good / total, 1 decimal); 100 when there is nothing to measure (total 0). */
export interface QualityFigure {
  percent: number;
  /** Records measured. */
  total: number;
  /** Records that pass (total − problems). */
  good: number;
  problems: number;
}

export interface DataQualityFigures {
  /** When the figures were computed (ISO) and the พ.ศ. year that is "this cycle" (Bangkok calendar year). */
  asOf: string;
  buddhistYear: number;
  /**
   * ถูกต้อง: registered profiles, schools and active networks that are not duplicates of another record.
   * `validationFailures` (saves refused by validation this พ.ศ. year) is reported beside it, not in the percent:
   * a refused save never reached the records.
   */
  accurate: QualityFigure & {
    validationFailures: number;
    duplicates: {
      /** Registered members beyond the first with the same name + school. */
      membersSameNameSchool: number;
      /** Registered members beyond the first with the same phone (one person registered from two LINE accounts). */
      samePhone: number;
      /** Schools beyond the first with the same name. */
      schoolsSameName: number;
      /** Active networks beyond the first with the same name. */
      networksSameName: number;
    };
  };
  /** ครบถ้วน: members with a full profile, plus the responses expected in the current Form 1/Form 2 rounds that came in. */
  complete: QualityFigure & {
    missingProfiles: number;
    expectedResponses: number;
    missingResponses: number;
  };
  /** เป็นปัจจุบัน: registered profiles confirmed within the office's stale days, and active networks updated this พ.ศ. year. */
  current: QualityFigure & {
    staleProfiles: number;
    networksNotUpdated: number;
  };
}
