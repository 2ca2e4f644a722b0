package vn.canbo.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives a {@link WithDemoLocality} context a database of its own, beside the one the
 * other tests share, so that the demo locality can be committed once and read by several
 * test classes. On the embedded server: the database {@code canbo_demo} (the server's
 * data directory is fresh in every test JVM). On an external server
 * ({@code CANBO_DB_URL}): the database {@code <name>_demo} next to the configured one,
 * created afresh on the same server and dropped when the context closes.
 */
class DemoDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String SUFFIX = "_demo";

	private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]*/)([^?]+)(.*)");

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment env = context.getEnvironment();
		String url = env.getProperty("spring.datasource.url", "");
		Map<String, Object> props;
		if (url.isBlank()) {
			props = Map.of("canbo.embedded.database", "canbo" + SUFFIX);
		}
		else {
			Matcher m = URL.matcher(url);
			if (!m.matches()) {
				throw new IllegalStateException("Cannot name a demo database beside " + url);
			}
			String name = m.group(2) + SUFFIX;
			String user = env.getProperty("spring.datasource.username");
			String password = env.getProperty("spring.datasource.password");
			execute(url, user, password, "drop database if exists \"" + name + "\" with (force)",
					"create database \"" + name + "\" encoding 'UTF8' template template0");
			// dropped after every bean of the context (the pool included) is destroyed:
			// registered before any of them
			((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("demoDatabaseDrop",
					() -> execute(url, user, password, "drop database if exists \"" + name + "\" with (force)"));
			props = Map.of("spring.datasource.url", m.group(1) + name + m.group(3));
		}
		env.getPropertySources().addFirst(new MapPropertySource("demoDatabase", props));
	}

	private static void execute(String url, String user, String password, String... statements) {
		try (Connection c = DriverManager.getConnection(url, user, password); Statement st = c.createStatement()) {
			for (String sql : statements) {
				st.execute(sql);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot prepare the demo database: " + e.getMessage(), e);
		}
	}

}
