package vn.canbo.shared.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.flywaydb.core.api.callback.Callback;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Zero-setup database: when no external PostgreSQL URL is configured
 * ({@code CANBO_DB_URL}), start an embedded PostgreSQL (real server binaries from Maven
 * Central) whose data stays under {@code canbo.embedded.data-dir} (default
 * {@code ./data/pg}). One server per JVM, shared by every Spring context (tests start
 * several). The application connects as the role {@code canbo}, never as the superuser
 * ({@link EmbeddedRole}).
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
		EmbeddedRole.prepare(pg, settings.database());
		HikariConfig cfg = new HikariConfig();
		cfg.setJdbcUrl(pg.getJdbcUrl(EmbeddedRole.NAME, settings.database()));
		cfg.setUsername(EmbeddedRole.NAME);
		cfg.setMaximumPoolSize(settings.poolSize());
		cfg.setPoolName("canbo-embedded");
		return new HikariDataSource(cfg);
	}

	/**
	 * Keeps {@code audit_event} out of the application role's reach between migrations
	 * ({@code canbo.embedded.protect-audit}, off in the tests, which tamper with it on
	 * purpose).
	 */
	@Bean
	@ConditionalOnProperty(name = "canbo.embedded.protect-audit", havingValue = "true", matchIfMissing = true)
	Callback auditOwnership(Settings settings) {
		return new AuditOwnership(Server.get(settings).getDatabase("postgres", settings.database()), EmbeddedRole.NAME);
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
