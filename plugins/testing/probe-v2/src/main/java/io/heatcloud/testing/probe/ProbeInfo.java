package io.heatcloud.testing.probe;

/** The probe's version as its code knows it (each probe version has its own copy of this class). */
public final class ProbeInfo {

  private ProbeInfo() {}

  /**
   * The version (a method, not a constant, so that callers compiled against 1.0.0 read 2.0.0's).
   *
   * @return the version
   */
  public static String version() {
    return "2.0.0";
  }
}
