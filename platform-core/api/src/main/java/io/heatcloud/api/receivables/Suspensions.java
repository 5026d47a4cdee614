package io.heatcloud.api.receivables;

import java.time.LocalDate;
import java.util.List;

/**
 * Applications to stop heating for a season, as customers make them on the portal; offered by the
 * billing module, which applies its deadline and its rules (one application per room and season).
 */
public interface Suspensions {

  /**
   * A season an account may still apply for.
   *
   * @param seasonId the season
   * @param seasonName its name
   * @param applyBy the last day to apply
   */
  record Window(long seasonId, String seasonName, LocalDate applyBy) {}

  /**
   * An application.
   *
   * @param id the application
   * @param seasonName the season
   * @param appliedOn when
   * @param status APPLIED, APPROVED, REJECTED or RESUMED
   * @param reason the reason given
   */
  record Application(long id, String seasonName, LocalDate appliedOn, String status, String reason) {}

  /**
   * The seasons whose application deadline has not passed.
   *
   * @return the windows, soonest deadline first
   */
  List<Window> openWindows();

  /**
   * Applies for an account's single room.
   *
   * @param accountId the account
   * @param seasonId the season
   * @param reason the reason
   * @param applicant who applies (for the record)
   * @return the application
   * @throws io.heatcloud.api.errors.UnprocessableException after the deadline
   * @throws io.heatcloud.api.errors.ConflictException when the room has an application already
   */
  Application apply(long accountId, long seasonId, String reason, String applicant);

  /**
   * An account's applications, newest first.
   *
   * @param accountId the account
   * @return the applications
   */
  List<Application> ofAccount(long accountId);
}
