package vn.canbo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Flyway applied every migration on PostgreSQL and the schema holds what the modules
 * expect.
 */
@SpringBootTest
class ApplicationStartsTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void migrationsRanOnPostgres() {
		assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
		assertThat(
				jdbc.sql("select count(*) from flyway_schema_history where success = false").query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("select count(*) from pg_extension where extname in ('pg_trgm','btree_gist')")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

}
