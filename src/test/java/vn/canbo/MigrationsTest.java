package vn.canbo;

import vn.canbo.shared.db.PostgresJdbcTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flyway owns the schema: every migration applied in order and validated against its
 * checksum, each module's tables present, and the database-level guarantees the code
 * relies on hold. A slice: the database and Flyway only.
 */
@PostgresJdbcTest
class MigrationsTest {

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyMigrationIsAppliedAndValid() {
		MigrationInfo[] all = flyway.info().all();
		assertThat(all).isNotEmpty();
		assertThat(Arrays.stream(all).map(MigrationInfo::getState)).allMatch(s -> s == MigrationState.SUCCESS,
				"every migration succeeded");
		assertThat(flyway.info().pending()).isEmpty();
		flyway.validate(); // checksums of the files equal what was applied
	}

	@Test
	void eachModuleOwnsItsTables() {
		List<String> tables = jdbc.sql("select table_name from information_schema.tables where table_schema = 'public'")
			.query(String.class)
			.list();
		assertThat(tables).contains("catalog_item", "org_unit", "org_unit_version", "org_restructuring",
				"org_restructuring_link", "org_staffing_quota", "person", "person_position", "person_salary",
				"person_qualification", "person_training", "person_family", "app_user", "audit_event");
	}

	@Test
	@Transactional
	void overlappingVersionsOfAUnitAreRefusedByTheDatabase() {
		long unit = jdbc.sql("insert into org_unit (code) values ('MIG-' || gen_random_uuid()) returning id")
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into org_unit_version (unit_id, name, type_code, admin_level, valid_from, valid_to)
				values (?, 'Xã A', 'DIA_BAN', 'COMMUNE', date '2020-01-01', date '2025-07-01')""").param(unit).update();
		assertThatThrownBy(() -> jdbc.sql("""
				insert into org_unit_version (unit_id, name, type_code, admin_level, valid_from)
				values (?, 'Xã A mới', 'DIA_BAN', 'COMMUNE', date '2025-06-01')""").param(unit).update())
			.isInstanceOf(DataIntegrityViolationException.class);
	}

}
