package vn.canbo.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time used by the benchmark's JVM and by its embedded PostgreSQL (the postmaster's
 * live child processes: the pooled connections' backends, the writers), for figures that
 * depend less on the load of a shared machine than elapsed times do: a step waiting for a
 * busy core takes longer, not more CPU. Linux only (/proc); -1 elsewhere.
 */
final class ProcessCpu {

	private ProcessCpu() {
	}

	/** Milliseconds of CPU of this JVM so far. */
	static long jvmMs() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime() / 1_000_000;
		}
		return -1;
	}

	/**
	 * Milliseconds of CPU of the PostgreSQL whose data directory is given, so far (its
	 * live processes).
	 */
	static long databaseMs(String dataDir) {
		try {
			Path pidFile = Path.of(dataDir, "postmaster.pid");
			if (!Files.exists(pidFile)) {
				return -1;
			}
			String postmaster = Files.readAllLines(pidFile).get(0).strip();
			long ticks = 0;
			try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
				for (Path p : procs) {
					String[] f = stat(p);
					if (f != null && (p.getFileName().toString().equals(postmaster) || f[1].equals(postmaster))) {
						ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
					}
				}
			}
			return ticks * 10; // USER_HZ = 100
		}
		catch (IOException | RuntimeException e) {
			return -1;
		}
	}

	/** The fields of /proc/pid/stat after the command: [0] state, [1] ppid… */
	private static String[] stat(Path proc) {
		try {
			String s = Files.readString(proc.resolve("stat"));
			return s.substring(s.lastIndexOf(')') + 2).split(" ");
		}
		catch (IOException | RuntimeException e) {
			return null;
		}
	}

}
