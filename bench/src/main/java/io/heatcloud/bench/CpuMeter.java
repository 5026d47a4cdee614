package io.heatcloud.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent by the server's JVM and by PostgreSQL's processes between two readings, from
 * {@code /proc} (Linux): what a unit of work costs, whatever the machine's other load.
 */
final class CpuMeter {

  /** Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux). */
  private static final double TICKS = 100.0;

  private final long pid;
  private final double jvmStart;
  private final double postgresStart;

  CpuMeter(long pid) {
    this.pid = pid;
    this.jvmStart = seconds(Path.of("/proc", Long.toString(pid), "stat"));
    this.postgresStart = postgres();
  }

  /**
   * CPU seconds since the meter started.
   *
   * @param jvm the server JVM's
   * @param postgres all PostgreSQL processes'
   */
  record Used(double jvm, double postgres) {}

  Used used() {
    return new Used(seconds(Path.of("/proc", Long.toString(pid), "stat")) - jvmStart, postgres() - postgresStart);
  }

  /** Whether /proc can be read here (Linux). */
  static boolean available() {
    return Files.isReadable(Path.of("/proc/self/stat"));
  }

  private static double postgres() {
    double total = 0;
    try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString()
        .chars().allMatch(Character::isDigit))) {
      for (Path process : processes) {
        Path stat = process.resolve("stat");
        String line = read(stat);
        if (line != null && line.contains("(postgres)")) {
          total += seconds(line);
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return total;
  }

  private static double seconds(Path stat) {
    String line = read(stat);
    return line == null ? 0 : seconds(line);
  }

  /** utime + stime of a /proc/[pid]/stat line (fields 14 and 15, after the command in parentheses). */
  private static double seconds(String line) {
    String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS;
  }

  private static String read(Path stat) {
    try {
      return Files.readString(stat);
    } catch (IOException e) {
      return null; // the process ended meanwhile
    }
  }
}
