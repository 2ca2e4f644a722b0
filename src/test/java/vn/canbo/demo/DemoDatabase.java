package vn.canbo.demo;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import vn.canbo.shared.db.TestDatabases;

/**
 * Gives a {@link WithDemoLocality} context a database of its own, beside the one the
 * other tests share, so that the demo locality can be committed once and read by several
 * test classes. On the embedded server: the database {@code canbo_demo} (the server's
 * data directory is fresh in every test JVM). On an external server
 * ({@code CANBO_DB_URL}): the database {@code <name>_demo} next to the configured one,
 * created afresh and dropped at the end ({@link TestDatabases}).
 */
class DemoDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String SUFFIX = "_demo";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		if (context.getEnvironment().getProperty("spring.datasource.url", "").isBlank()) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("demoDatabase", Map.of("canbo.embedded.database", "canbo" + SUFFIX)));
		}
		else {
			TestDatabases.useBeside(context, SUFFIX);
		}
	}

}
