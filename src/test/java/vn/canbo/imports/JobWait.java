package vn.canbo.imports;

import java.util.function.LongFunction;

/** Waiting for an import job, as the tests that start one through the service do. */
public final class JobWait {

	private JobWait() {
	}

	/**
	 * Polls the job every 50 ms until it is no longer running (2 minutes at most).
	 * @param job how to read the job, e.g. {@code imports::job}
	 */
	public static ImportJob await(LongFunction<ImportJob> job, long id) {
		long end = System.currentTimeMillis() + 120_000;
		while (System.currentTimeMillis() < end) {
			ImportJob j = job.apply(id);
			if (!j.status().running()) {
				return j;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
		throw new IllegalStateException("import job " + id + " did not finish");
	}

}
