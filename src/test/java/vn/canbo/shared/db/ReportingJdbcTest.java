package vn.canbo.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report aggregate runs with hashing plans made for its values, and leaves a caller's
 * transaction as it was.
 */
@SpringBootTest
class ReportingJdbcTest {

	static final String SETTINGS = "select current_setting('enable_sort'), current_setting('enable_mergejoin'),"
			+ " current_setting('plan_cache_mode'), current_setting('transaction_read_only')";

	@Autowired
	ReportingJdbc reporting;

	@Autowired
	JdbcClient jdbc;

	private static List<String> settings(JdbcClient c) {
		return c.sql(SETTINGS)
			.query((rs, i) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.single();
	}

	@Test
	void aggregatesRunReadOnlyWithHashingCustomPlans() {
		assertThat(reporting.hashing(ReportingJdbcTest::settings)).containsExactly("off", "off", "force_custom_plan",
				"on");
		assertThat(settings(jdbc)).containsExactly("on", "on", "auto", "off");
	}

	@Test
	@Transactional
	void aCallersTransactionKeepsItsSettings() {
		jdbc.sql("set local plan_cache_mode = force_generic_plan").update();
		reporting.hashing(ReportingJdbcTest::settings);
		assertThat(settings(jdbc)).containsExactly("on", "on", "force_generic_plan", "off");
	}

}
