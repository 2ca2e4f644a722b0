package vn.canbo.shared.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Test databases beside the external one ({@code CANBO_DB_URL}), on the same server: one
 * per test JVM when surefire forks several ({@link ForkDatabase}), one for the demo
 * locality ({@code vn.canbo.demo.WithDemoLocality}). Each is created afresh (dropped
 * first if a killed run left it) the first time a context asks for it, and dropped when
 * the last context using it closes as the JVM exits, after its connection pool.
 */
public final class TestDatabases {

	private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]*/)([^?]+)(.*)");

	private static final Set<String> created = new HashSet<>();

	private static final Map<String, Integer> contexts = new HashMap<>();

	private TestDatabases() {
	}

	/**
	 * Points the context's {@code spring.datasource.url} at the database named like the
	 * configured one plus the suffix.
	 */
	public static synchronized void useBeside(ConfigurableApplicationContext context, String suffix) {
		ConfigurableEnvironment env = context.getEnvironment();
		String url = env.getProperty("spring.datasource.url", "");
		Matcher m = URL.matcher(url);
		if (!m.matches()) {
			throw new IllegalStateException("Cannot name a test database beside " + url);
		}
		String name = m.group(2) + suffix;
		String user = env.getProperty("spring.datasource.username");
		String password = env.getProperty("spring.datasource.password");
		if (created.add(name)) {
			execute(url, user, password, "drop database if exists \"" + name + "\" with (force)",
					"create database \"" + name + "\" encoding 'UTF8' template template0");
		}
		contexts.merge(name, 1, Integer::sum);
		// registered before any bean of the context, so destroyed after all of them (the
		// pool included)
		((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("testDatabase" + suffix,
				() -> closed(name, url, user, password));
		env.getPropertySources()
			.addFirst(new MapPropertySource("testDatabase" + suffix,
					Map.of("spring.datasource.url", m.group(1) + name + m.group(3))));
	}

	private static synchronized void closed(String name, String url, String user, String password) {
		// a context closed earlier (evicted from the test context cache) leaves the
		// database to the next one; only the last one at JVM exit drops it
		if (contexts.merge(name, -1, Integer::sum) == 0 && exiting()) {
			execute(url, user, password, "drop database if exists \"" + name + "\" with (force)");
		}
	}

	private static boolean exiting() {
		Thread probe = new Thread(() -> {
		});
		try {
			Runtime.getRuntime().addShutdownHook(probe);
			Runtime.getRuntime().removeShutdownHook(probe);
			return false;
		}
		catch (IllegalStateException shutdownInProgress) {
			return true;
		}
	}

	private static void execute(String url, String user, String password, String... statements) {
		try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
			for (String sql : statements) {
				st.execute(sql);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot prepare a test database: " + e.getMessage(), e);
		}
	}

}
