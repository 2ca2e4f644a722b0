package vn.canbo.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canbo.audit.AuditLog;
import vn.canbo.security.CurrentUser;

/**
 * Issue 15: the rule parameters are read once per transaction from an in-memory copy of
 * the table ({@link ParameterCache}), never stale after an edit: committed by this
 * instance, by another one (another JVM), or by hand in SQL; rolled back; or made earlier
 * in the reading transaction itself. The edits here are committed (that is the point), so
 * each test removes its version again.
 */
@SpringBootTest
class ParameterCacheTest {

	static final String KEY = "eval.level.excellent_min";

	static final LocalDate FROM = LocalDate.of(2031, 1, 1);

	static final LocalDate ON = LocalDate.of(2031, 6, 1);

	@Autowired
	RuleParameters params;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager txManager;

	@Autowired
	AuditLog audit;

	@Autowired
	CurrentUser currentUser;

	@Autowired
	Holidays holidays;

	<T> T inTransaction(Supplier<T> work) {
		return new TransactionTemplate(txManager).execute(s -> work.get());
	}

	String value(RuleParameters p) {
		return inTransaction(() -> p.get(KEY, ON).value());
	}

	void change(String value) {
		inTransaction(() -> params.change(KEY,
				new RuleParameters.Change(value, RuleMode.BLOCK, "Văn bản thử nghiệm", FROM, null)));
	}

	/** Removes the versions from FROM (by hand: the application never deletes one). */
	@AfterEach
	void removeTestVersions() {
		inTransaction(() -> {
			jdbc.sql("delete from rule_parameter where key = ? and effective_from >= ?").params(KEY, FROM).update();
			return jdbc.sql("update rule_parameter set effective_to = null where key = ? and effective_to >= ?")
				.params(KEY, FROM)
				.update();
		});
	}

	@Test
	void anEditIsServedToTheNextTransaction() {
		assertThat(value(params)).isEqualTo("90");
		assertThat(value(params)).isEqualTo("90");
		change("91");
		assertThat(value(params)).isEqualTo("91");
		// the date still chooses the version
		assertThat(inTransaction(() -> params.get(KEY, FROM.minusDays(1)).value())).isEqualTo("90");
		// removed by hand in SQL: the copy follows
		removeTestVersions();
		assertThat(value(params)).isEqualTo("90");
	}

	@Test
	void anEditByAnotherInstanceIsServedToo() {
		RuleParameters other = new RuleParameters(jdbc, audit, currentUser, holidays);
		assertThat(value(other)).isEqualTo("90");
		change("92");
		assertThat(value(other)).isEqualTo("92");
		// a value changed in place by hand (no new row): the fingerprint covers every
		// column
		inTransaction(() -> jdbc.sql("update rule_parameter set value = '93' where key = ? and effective_from = ?")
			.params(KEY, FROM)
			.update());
		assertThat(value(other)).isEqualTo("93");
		assertThat(value(params)).isEqualTo("93");
	}

	@Test
	void theChangingTransactionSeesItsChangeAndARollbackLeavesNoTrace() {
		TransactionTemplate tx = new TransactionTemplate(txManager);
		tx.executeWithoutResult(s -> {
			assertThat(params.get(KEY, ON).value()).isEqualTo("90");
			params.change(KEY, new RuleParameters.Change("94", RuleMode.BLOCK, "Văn bản thử nghiệm", FROM, null));
			assertThat(params.get(KEY, ON).value()).isEqualTo("94");
			assertThat(params.find(KEY, ON)).hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("94"));
			// another transaction meanwhile: the committed value
			TransactionTemplate other = new TransactionTemplate(txManager);
			other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
			String committed = other.execute(o -> params.get(KEY, ON).value());
			assertThat(committed).isEqualTo("90");
			s.setRollbackOnly();
		});
		assertThat(value(params)).isEqualTo("90");
	}

	@Test
	void aTransactionKeepsTheParametersItStartedWith() {
		TransactionTemplate tx = new TransactionTemplate(txManager);
		tx.executeWithoutResult(s -> {
			assertThat(params.get(KEY, ON).value()).isEqualTo("90");
			TransactionTemplate other = new TransactionTemplate(txManager);
			other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
			other.executeWithoutResult(o -> params.change(KEY,
					new RuleParameters.Change("95", RuleMode.BLOCK, "Văn bản thử nghiệm", FROM, null)));
			// one import, one set of rules: the edit applies from the next transaction
			assertThat(params.get(KEY, ON).value()).isEqualTo("90");
		});
		assertThat(value(params)).isEqualTo("95");
		// outside a transaction nothing is cached
		assertThat(params.get(KEY, ON).value()).isEqualTo("95");
	}

	@Test
	void missingKeysAndDatesBeforeTheFirstVersion() {
		assertThat(inTransaction(() -> params.find("no.such.key", ON))).isEmpty();
		assertThat(inTransaction(() -> params.find(KEY, LocalDate.of(2019, 12, 31)))).isEmpty();
		// get: the earliest version before the first one
		assertThat(inTransaction(() -> params.get(KEY, LocalDate.of(2019, 12, 31)).effectiveFrom()))
			.isEqualTo(LocalDate.of(2020, 1, 1));
	}

}
