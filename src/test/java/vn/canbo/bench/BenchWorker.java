package vn.canbo.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.canbo.CanboApplication;

/**
 * What every benchmark worker (the *BenchmarkMain classes, run by {@link ForkedWorker})
 * does around its measures: starts canbo, prints "RESULT key=value" lines, times runs,
 * reads the heap's peak.
 */
final class BenchWorker {

	/** A worker's measures, given the started application. */
	interface Body {

		void run(ConfigurableApplicationContext ctx) throws Exception;

	}

	private BenchWorker() {
	}

	/**
	 * Starts canbo (servlet, on a free port: 8080 may be taken by another process), runs
	 * the body, keeps the database up {@code -Dbench.holdSeconds=N} (psql, EXPLAIN), then
	 * closes.
	 */
	static void run(Body body) throws Exception {
		System.setProperty("server.port", "0");
		ConfigurableApplicationContext ctx = new SpringApplicationBuilder(CanboApplication.class)
			.web(WebApplicationType.SERVLET)
			.properties("server.port=0")
			.run();
		try {
			body.run(ctx);
			Thread.sleep(1000L * Integer.getInteger("bench.holdSeconds", 0));
		}
		finally {
			ctx.close();
		}
	}

	/** The argument at {@code index}, else the default. */
	static int arg(String[] args, int index, int otherwise) {
		return args.length > index ? Integer.parseInt(args[index]) : otherwise;
	}

	static void result(String key, Object value) {
		System.out.println("RESULT " + key + "=" + value);
	}

	static long ms(long t0) {
		return (System.nanoTime() - t0) / 1_000_000;
	}

	/**
	 * Two warm-up runs, then {@code runs} timed ones: median, minimum and all (keys xMs,
	 * xMinMs, xAllMs).
	 */
	static void time(String key, Supplier<Long> what, int runs) {
		what.get();
		what.get();
		List<Long> times = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			long t0 = System.nanoTime();
			what.get();
			times.add(ms(t0));
		}
		Collections.sort(times);
		result(key, times.get(times.size() / 2));
		result(key.replace("Ms", "MinMs"), times.get(0));
		result(key.replace("Ms", "AllMs"), times);
	}

	static void resetPeaks() {
		for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
			p.resetPeakUsage();
		}
	}

	/** Sum of the heap pools' peaks (an upper bound of the heap ever in use). */
	static long peakHeap() {
		long sum = 0;
		for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
			if (p.getType() == MemoryType.HEAP) {
				sum += p.getPeakUsage().getUsed();
			}
		}
		return sum;
	}

}
