package vn.canbo.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Zero-setup database: when no external PostgreSQL URL is configured
 * ({@code CANBO_DB_URL}), start an embedded PostgreSQL (real server binaries from Maven
 * Central) whose data stays under {@code canbo.embedded.data-dir} (default
 * {@code ./data/pg}). One server per JVM, shared by every Spring context (tests start
 * several).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
public class EmbeddedPostgresConfig {

	@ConfigurationProperties("canbo.embedded")
	public record Settings(String dataDir, Integer port, boolean clean, String database, Integer poolSize,
			java.util.Map<String, String> serverConfig) {
		public Settings {
			serverConfig = serverConfig == null ? java.util.Map.of() : java.util.Map.copyOf(serverConfig);
			dataDir = dataDir == null ? "data/pg" : dataDir;
			database = database == null ? "canbo" : database;
			poolSize = poolSize == null ? 10 : poolSize;
		}
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(Settings settings) {
		EmbeddedPostgres pg = Server.get(settings);
		createDatabaseIfMissing(pg, settings.database());
		HikariConfig cfg = new HikariConfig();
		cfg.setJdbcUrl(pg.getJdbcUrl("postgres", settings.database()));
		cfg.setUsername("postgres");
		cfg.setMaximumPoolSize(settings.poolSize());
		cfg.setPoolName("canbo-embedded");
		return new HikariDataSource(cfg);
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres pg, String database) {
		try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
			try (ResultSet rs = st
				.executeQuery("select 1 from pg_database where datname = '" + database.replace("'", "''") + "'")) {
				if (rs.next()) {
					return;
				}
			}
			st.execute("create database \"" + database.replace("\"", "") + "\" encoding 'UTF8' template template0");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot create database " + database, e);
		}
	}

	/** The JVM-wide embedded server, started on first use and stopped at JVM exit. */
	static final class Server {

		private static final Logger log = LoggerFactory.getLogger(Server.class);

		private static EmbeddedPostgres instance;

		static synchronized EmbeddedPostgres get(Settings s) {
			if (instance == null) {
				try {
					Path dir = Path.of(s.dataDir()).toAbsolutePath();
					Files.createDirectories(dir);
					EmbeddedPostgres.Builder b = EmbeddedPostgres.builder()
						.setDataDirectory(dir)
						.setCleanDataDirectory(s.clean())
						.setServerConfig("max_connections", "100")
						.setLocaleConfig("encoding", "UTF8");
					s.serverConfig().forEach(b::setServerConfig); // e.g. shared_buffers
																	// for the benchmarks
					if (s.port() != null && s.port() > 0) {
						b.setPort(s.port());
					}
					instance = b.start();
					log.info("Embedded PostgreSQL started on port {} with data in {}", instance.getPort(), dir);
					EmbeddedPostgres started = instance;
					Runtime.getRuntime().addShutdownHook(new Thread(() -> {
						try {
							started.close();
						}
						catch (IOException ignored) {
							// the JVM is exiting
						}
					}));
				}
				catch (IOException e) {
					throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
				}
			}
			return instance;
		}

	}

}
