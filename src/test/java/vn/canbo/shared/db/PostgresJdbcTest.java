package vn.canbo.shared.db;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.context.annotation.Import;

/**
 * A slice test of SQL: the data source, JdbcClient, transactions (each test rolled back)
 * and Flyway's migrations, without the rest of the application, on the same real
 * PostgreSQL as every other test — the embedded server, or the external one of
 * {@code CANBO_DB_URL} (never an in-memory replacement). Add the few beans a test needs
 * with {@code @Import}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(EmbeddedPostgresConfig.class)
@EnableConfigurationProperties(EmbeddedPostgresConfig.Settings.class)
public @interface PostgresJdbcTest {

}
