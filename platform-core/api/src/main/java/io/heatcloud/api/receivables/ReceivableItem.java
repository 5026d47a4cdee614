package io.heatcloud.api.receivables;

/** The parts of what an account owes for a season. */
public enum ReceivableItem {
  /** Heating charges, base charges, suspension fees and their adjustments. */
  PRINCIPAL,
  /** Late fees accrued on overdue principal. */
  LATE_FEE
}
