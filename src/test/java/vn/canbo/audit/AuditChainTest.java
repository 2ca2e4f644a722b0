package vn.canbo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hash chain: appends verify, tampering is found at the exact row, the trigger
 * forbids changes.
 */
@SpringBootTest
@org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc
class AuditChainTest {

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager txm;

	static String uid() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void appendsAreChainedAndVerify() {
		String id = uid();
		long a = audit.record(AuditAction.CREATE, "test_entity", id, 42L, null, Map.of("name", "Nguyễn Văn A", "n", 1));
		long b = audit.record(AuditAction.UPDATE, "test_entity", id, 42L, Map.of("name", "Nguyễn Văn A"),
				Map.of("name", "Nguyễn Văn B"));
		long c = audit.recordView("test_entity", id, 42L, "nationalId");
		assertThat(b).isGreaterThan(a);
		assertThat(jdbc.sql("select prev_hash from audit_event where id = ?").param(b).query(String.class).single())
			.isEqualTo(jdbc.sql("select hash from audit_event where id = ?").param(a).query(String.class).single());
		var page = audit.search(new AuditFilter(null, null, "test_entity", id, null, null, null), 0, 10);
		assertThat(page.items()).extracting(AuditEntry::id).containsExactly(c, b, a);
		assertThat(page.items().get(0).action()).isEqualTo(AuditAction.VIEW_SENSITIVE);
		assertThat(page.items().get(0).username()).isEqualTo("system");
		assertThat(page.items().get(2).after()).contains("Nguyễn Văn A");
		AuditVerifier.Result r = verifier.verify();
		assertThat(r.intact()).as(r.toString()).isTrue();
		assertThat(r.checked()).isGreaterThanOrEqualTo(3);
	}

	@Test
	void triggerForbidsUpdateDeleteAndTruncate() {
		long id = audit.record(AuditAction.CREATE, "test_entity", uid(), null, null, Map.of("x", 1));
		assertThatThrownBy(
				() -> jdbc.sql("update audit_event set username = 'mallory' where id = ?").param(id).update())
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(id).update())
			.hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).hasStackTraceContaining("append-only");
		assertThat(jdbc.sql("select username from audit_event where id = ?").param(id).query(String.class).single())
			.isEqualTo("system");
	}

	@Test
	void tamperingIsDetectedAtTheExactRow() {
		TransactionTemplate tx = new TransactionTemplate(txm);
		tx.executeWithoutResult(s -> {
			s.setRollbackOnly(); // the tampering never leaves this test
			audit.record(AuditAction.CREATE, "test_entity", uid(), null, null, Map.of("v", 1));
			long victim = audit.record(AuditAction.UPDATE, "test_entity", uid(), 7L, Map.of("v", 1), Map.of("v", 2));
			audit.record(AuditAction.DELETE, "test_entity", uid(), null, Map.of("v", 2), null);
			assertThat(verifier.verify().intact()).isTrue();

			jdbc.sql("alter table audit_event disable trigger audit_event_append_only").update();
			jdbc.sql("update audit_event set after = '{\"v\": 3}'::jsonb where id = ?").param(victim).update();
			jdbc.sql("alter table audit_event enable trigger audit_event_append_only").update();

			AuditVerifier.Result r = verifier.verify();
			assertThat(r.intact()).isFalse();
			assertThat(r.problems()).containsExactly(new AuditVerifier.Problem(victim, AuditVerifier.Kind.ALTERED));
			assertThat(verifier.broken()).isTrue();
			// administrators and auditors see a red banner on every page; others do not
			String banner = "nhật ký hệ thống đã bị can thiệp";
			try {
				mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/account")
					.with(vn.canbo.security.TestUsers.admin()))
					.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(org.hamcrest.Matchers.containsString(banner)));
				mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/audit")
					.with(vn.canbo.security.TestUsers.as(vn.canbo.security.Role.AUDITOR)))
					.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(org.hamcrest.Matchers.containsString("#" + victim)));
				mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/account")
					.with(vn.canbo.security.TestUsers.as(vn.canbo.security.Role.CLERK)))
					.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
						.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(banner))));
			}
			catch (Exception e) {
				throw new AssertionError(e);
			}
		});
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void removedRowIsDetectedAtTheFollowingRow() {
		TransactionTemplate tx = new TransactionTemplate(txm);
		tx.executeWithoutResult(s -> {
			s.setRollbackOnly();
			long first = audit.record(AuditAction.CREATE, "test_entity", uid(), null, null, null);
			long removed = audit.record(AuditAction.CREATE, "test_entity", uid(), null, null, null);
			long next = audit.record(AuditAction.CREATE, "test_entity", uid(), null, null, null);
			jdbc.sql("alter table audit_event disable trigger audit_event_append_only").update();
			jdbc.sql("delete from audit_event where id = ?").param(removed).update();
			jdbc.sql("alter table audit_event enable trigger audit_event_append_only").update();
			AuditVerifier.Result r = verifier.verify();
			assertThat(r.problems()).containsExactly(new AuditVerifier.Problem(next, AuditVerifier.Kind.GAP));
			assertThat(first).isLessThan(next);
		});
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void concurrentAppendsKeepOneChain() throws Exception {
		String type = "conc_" + uid();
		TransactionTemplate tx = new TransactionTemplate(txm);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Void>> jobs = new ArrayList<>();
			for (int t = 0; t < 2; t++) {
				int thread = t;
				jobs.add(() -> {
					for (int i = 0; i < 25; i++) {
						int n = i;
						tx.executeWithoutResult(s -> {
							audit.record(AuditAction.CREATE, type, thread + "-" + n, null, null, Map.of("i", n));
							audit.record(AuditAction.UPDATE, type, thread + "-" + n, null, Map.of("i", n),
									Map.of("i", n + 1));
						});
					}
					return null;
				});
			}
			for (Future<Void> f : pool.invokeAll(jobs)) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select count(*) from audit_event where entity_type = ?")
			.param(type)
			.query(Long.class)
			.single()).isEqualTo(100);
		AuditVerifier.Result r = verifier.verify();
		assertThat(r.intact()).as(r.toString()).isTrue();
	}

	@Test
	void writesJoinTheCallersTransaction() {
		String id = uid();
		TransactionTemplate tx = new TransactionTemplate(txm);
		assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
			audit.record(AuditAction.CREATE, "test_entity", id, null, null, null);
			throw new IllegalStateException("the change failed");
		})).isInstanceOf(IllegalStateException.class);
		assertThat(audit.search(new AuditFilter(null, null, "test_entity", id, null, null, null), 0, 10).items())
			.isEmpty();
		assertThat(verifier.verify().intact()).isTrue();
	}

}
