package vn.canbo.shared.db;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Surefire runs the tests in several JVMs ({@code forkCount} in pom.xml), each with a
 * database of its own: on the embedded server a data directory per JVM
 * ({@code canbo.embedded.data-dir}, set by surefire); on an external server
 * ({@code CANBO_DB_URL}) the database {@code <name>_fork<n>} beside the configured one
 * ({@link TestDatabases}). Applied to every test context (META-INF/spring.factories of
 * the tests); without {@code canbo.test.fork} (a test run from an IDE) it does nothing.
 */
public class ForkDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String fork = System.getProperty("canbo.test.fork", "");
		if (fork.matches("fork\\d+") && !context.getEnvironment().getProperty("spring.datasource.url", "").isBlank()) {
			TestDatabases.useBeside(context, "_" + fork);
		}
	}

	/** Before any other initializer that reads {@code spring.datasource.url}. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
