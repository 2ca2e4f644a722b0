package vn.canbo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canbo.security.TestUsers;

/**
 * Issue 12, point 10: the chain is keyed with a key the database does not hold, anchored
 * by signed checkpoints outside the database, its ids are gapless, and it is verified on
 * a schedule that raises the banner. A superuser who deletes the newest events, or
 * changes a row and recomputes every later hash, or leaves a hole in the ids, is found.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditAnchorTest {

	static final String BANNER = "nhật ký hệ thống đã bị can thiệp";

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	AuditKey key;

	@Autowired
	AuditCheckpoints checkpoints;

	@Autowired
	AuditSettings settings;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager txm;

	@Autowired
	ScheduledTaskHolder scheduled;

	@TempDir
	Path dir;

	static String uid() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** A verifier of the same database with its own checkpoint file. */
	AuditVerifier verifierWith(Path checkpointFile) {
		return new AuditVerifier(dataSource, txm, settings, key, new AuditCheckpoints(checkpointFile, key));
	}

	String hash(long id) {
		return jdbc.sql("select hash from audit_event where id = ?").param(id).query(String.class).single();
	}

	void superuser(String sql, Object... params) {
		jdbc.sql("alter table audit_event disable trigger audit_event_append_only").update();
		jdbc.sql(sql).params(List.of(params)).update();
		jdbc.sql("alter table audit_event enable trigger audit_event_append_only").update();
	}

	AuditEntry entry(long id) {
		return jdbc.sql("select " + AuditLog.COLUMNS + " from audit_event where id = ?")
			.param(id)
			.query(AuditLog::row)
			.single();
	}

	@Test
	void newRowsAreKeyedAndTheirIdsFollowEachOther() {
		long a = audit.record(AuditAction.CREATE, "anchor_test", uid(), null, null, Map.of("v", 1));
		long b = audit.record(AuditAction.UPDATE, "anchor_test", uid(), null, Map.of("v", 1), Map.of("v", 2));
		assertThat(b).isEqualTo(a + 1);
		assertThat(jdbc.sql("select hash_version from audit_event where id = ?").param(b).query(Integer.class).single())
			.isEqualTo(AuditHashes.KEYED);
		// the stored hash is not the unkeyed SHA-256 anyone with the database can compute
		String prev = jdbc.sql("select prev_hash from audit_event where id = ?").param(b).query(String.class).single();
		assertThat(hash(b)).isNotEqualTo(AuditHashes.unkeyed(prev, entry(b)))
			.isEqualTo(AuditHashes.keyed(key, prev, entry(b), null));
		// a rolled-back transaction burns no id
		TransactionTemplate tx = new TransactionTemplate(txm);
		tx.executeWithoutResult(s -> {
			s.setRollbackOnly();
			audit.record(AuditAction.CREATE, "anchor_test", uid(), null, null, null);
		});
		long c = audit.record(AuditAction.CREATE, "anchor_test", uid(), null, null, null);
		assertThat(c).isEqualTo(b + 1);
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void deletingTheNewestEventsIsDetectedByTheCheckpoint() {
		AuditVerifier own = verifierWith(dir.resolve("checkpoints.log"));
		AuditCheckpoints file = new AuditCheckpoints(dir.resolve("checkpoints.log"), key);
		new TransactionTemplate(txm).executeWithoutResult(s -> {
			s.setRollbackOnly(); // the tampering never leaves this test
			long a = audit.record(AuditAction.CREATE, "anchor_test", uid(), null, null, null);
			long b = audit.record(AuditAction.CREATE, "anchor_test", uid(), null, null, null);
			file.append(b, hash(b));
			assertThat(own.verify().intact()).isTrue();

			superuser("delete from audit_event where id = ?", b);
			AuditVerifier.Result r = own.verify();
			assertThat(r.intact()).isFalse();
			assertThat(r.problems()).containsExactly(new AuditVerifier.Problem(b, AuditVerifier.Kind.ANCHOR));
			superuser("delete from audit_event where id = ?", a);
			assertThat(own.verify().problems())
				.containsExactly(new AuditVerifier.Problem(b, AuditVerifier.Kind.ANCHOR));
		});
	}

	@Test
	void aForgedOrChangedCheckpointIsDetected() throws Exception {
		Path path = dir.resolve("forged.log");
		AuditVerifier own = verifierWith(path);
		long a = audit.record(AuditAction.CREATE, "anchor_test", uid(), null, null, null);
		// signed with another key
		new AuditCheckpoints(path, new AuditKey("another-key-the-attacker-made-up-0123456789", null)).append(a,
				hash(a));
		assertThat(own.verify().problems()).containsExactly(new AuditVerifier.Problem(a, AuditVerifier.Kind.ANCHOR));
		// rightly signed, but the row's hash differs
		new AuditCheckpoints(path, key).append(a, "f".repeat(64));
		assertThat(own.verify().problems()).containsExactly(new AuditVerifier.Problem(a, AuditVerifier.Kind.ANCHOR));
		// garbage
		Files.writeString(path, "not a checkpoint\n");
		assertThat(own.verify().intact()).isFalse();
		new AuditCheckpoints(path, key).append(a, hash(a));
		assertThat(own.verify().intact()).isTrue();
	}

	@Test
	void changingARowAndRecomputingEveryLaterHashIsDetected() {
		new TransactionTemplate(txm).executeWithoutResult(s -> {
			s.setRollbackOnly();
			audit.record(AuditAction.CREATE, "anchor_test", uid(), null, null, Map.of("v", 1));
			long victim = audit.record(AuditAction.UPDATE, "anchor_test", uid(), null, Map.of("v", 1), Map.of("v", 2));
			long after = audit.record(AuditAction.DELETE, "anchor_test", uid(), null, Map.of("v", 2), null);
			assertThat(verifier.verify().intact()).isTrue();

			// the old scheme: SHA-256 recomputed from the victim on, marked unkeyed
			superuser("update audit_event set after = '{\"v\": 3}'::jsonb where id = ?", victim);
			String prev = jdbc.sql("select prev_hash from audit_event where id = ?")
				.param(victim)
				.query(String.class)
				.single();
			for (long id = victim; id <= after; id++) {
				String h = AuditHashes.unkeyed(prev, entry(id));
				superuser("update audit_event set prev_hash = ?, hash = ?, hash_version = 1 where id = ?", prev, h, id);
				prev = h;
			}
			assertThat(verifier.verify().problems()).contains(
					new AuditVerifier.Problem(victim, AuditVerifier.Kind.ALTERED),
					new AuditVerifier.Problem(after, AuditVerifier.Kind.ALTERED));

			// the keyed scheme with a key of the attacker's own
			AuditKey guessed = new AuditKey("a-key-guessed-by-the-attacker-0123456789", null);
			prev = jdbc.sql("select prev_hash from audit_event where id = ?")
				.param(victim)
				.query(String.class)
				.single();
			for (long id = victim; id <= after; id++) {
				String h = AuditHashes.keyed(guessed, prev, entry(id), null);
				superuser("update audit_event set prev_hash = ?, hash = ?, hash_version = 2 where id = ?", prev, h, id);
				prev = h;
			}
			assertThat(verifier.verify().problems()).contains(
					new AuditVerifier.Problem(victim, AuditVerifier.Kind.ALTERED),
					new AuditVerifier.Problem(after, AuditVerifier.Kind.ALTERED));
		});
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void aGapInTheIdsIsDetected() {
		new TransactionTemplate(txm).executeWithoutResult(s -> {
			s.setRollbackOnly();
			long a = audit.record(AuditAction.CREATE, "anchor_test", uid(), null, null, null);
			long b = audit.record(AuditAction.CREATE, "anchor_test", uid(), null, null, null);
			// b moved to b + 1 with a correct keyed hash: only the missing id betrays it
			AuditEntry moved = entry(b);
			AuditEntry renumbered = new AuditEntry(b + 1, moved.at(), moved.username(), moved.ip(), moved.userAgent(),
					moved.action(), moved.entityType(), moved.entityId(), moved.personId(), moved.before(),
					moved.after());
			String h = AuditHashes.keyed(key, hash(a), renumbered, null);
			superuser("update audit_event set id = ?, hash = ? where id = ?", b + 1, h, b);
			AuditVerifier.Result r = verifier.verify();
			assertThat(r.problems()).containsExactly(new AuditVerifier.Problem(b + 1, AuditVerifier.Kind.MISSING));
		});
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void rowsOfTheOldUnkeyedSchemeKeepVerifyingAndKeyedRowsFollowThem() {
		AuditVerifier own = verifierWith(dir.resolve("upgrade.log"));
		new TransactionTemplate(txm).executeWithoutResult(s -> {
			s.setRollbackOnly();
			// the database as before issue 12: every row unkeyed, ids with holes (burnt
			// sequence values)
			audit.record(AuditAction.CREATE, "anchor_test", uid(), null, null, null);
			List<Long> ids = jdbc.sql("select id from audit_event order by id").query(Long.class).list();
			jdbc.sql("alter table audit_event disable trigger audit_event_append_only").update();
			String prev = AuditLog.GENESIS;
			List<Object[]> updates = new java.util.ArrayList<>();
			for (long id : ids) {
				AuditEntry e = entry(id);
				AuditEntry moved = new AuditEntry(id * 2, e.at(), e.username(), e.ip(), e.userAgent(), e.action(),
						e.entityType(), e.entityId(), e.personId(), e.before(), e.after());
				String h = AuditHashes.unkeyed(prev, moved);
				updates.add(new Object[] { id * 2, prev, h, id });
				prev = h;
			}
			java.util.Collections.reverse(updates); // the highest id first: no collision
			for (Object[] u : updates) {
				jdbc.sql("update audit_event set id = ?, prev_hash = ?, hash = ?, hash_version = 1 where id = ?")
					.params(u)
					.update();
			}
			jdbc.sql("alter table audit_event enable trigger audit_event_append_only").update();
			AuditVerifier.Result old = own.verify();
			assertThat(old.intact()).as(old.toString()).isTrue();
			// the upgraded application appends keyed rows after them
			long last = ids.get(ids.size() - 1) * 2;
			long a = audit.record(AuditAction.CREATE, "anchor_test", uid(), null, null, null);
			long b = audit.record(AuditAction.CREATE, "anchor_test", uid(), null, null, null);
			assertThat(a).isEqualTo(last + 1);
			assertThat(b).isEqualTo(a + 1);
			assertThat(own.verify().intact()).isTrue();
			// but an unkeyed row after a keyed one is a rewrite
			superuser("update audit_event set hash_version = 1, hash = ? where id = ?",
					AuditHashes.unkeyed(hash(a), entry(b)), b);
			assertThat(own.verify().problems())
				.containsExactly(new AuditVerifier.Problem(b, AuditVerifier.Kind.ALTERED));
		});
	}

	@Test
	void theScheduledCheckWritesCheckpointsAndRaisesTheBanner() throws Exception {
		assertThat(scheduled.getScheduledTasks())
			.anySatisfy(t -> assertThat(t.getTask().getRunnable().toString()).contains("AuditVerifier.check"));
		long a = audit.record(AuditAction.CREATE, "anchor_test", uid(), null, null, null);
		assertThat(verifier.check().intact()).isTrue();
		assertThat(checkpoints.latest()).hasValueSatisfying(cp -> {
			assertThat(cp.signed()).isTrue();
			assertThat(cp.id()).isGreaterThanOrEqualTo(a);
		});
		Path file = checkpoints.file();
		String before = Files.readString(file);
		try {
			// as if the newest events had been deleted: the checkpoint names a later id
			checkpoints.append(a + 1_000_000, "e".repeat(64));
			AuditVerifier.Result r = verifier.check();
			assertThat(r.problems())
				.containsExactly(new AuditVerifier.Problem(a + 1_000_000, AuditVerifier.Kind.ANCHOR));
			assertThat(verifier.broken()).isTrue();
			mvc.perform(get("/account").with(TestUsers.admin())).andExpect(content().string(containsString(BANNER)));
		}
		finally {
			Files.writeString(file, before);
		}
		assertThat(verifier.check().intact()).isTrue();
		mvc.perform(get("/account").with(TestUsers.admin())).andExpect(content().string(not(containsString(BANNER))));
		mvc.perform(get("/audit").with(TestUsers.admin()))
			.andExpect(content().string(containsString("Chuỗi băm toàn vẹn")))
			.andExpect(content().string(containsString("kiểm tra lần cuối lúc")));
	}

	@Test
	void theKeyFileIsGeneratedPrivateAndReused() throws Exception {
		Path file = dir.resolve("data/audit.key");
		AuditKey first = new AuditKey(null, file);
		assertThat(Files.readString(file).strip()).matches("[0-9a-f]{64}");
		if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
		assertThat(new AuditKey(null, file).hmac("x")).isEqualTo(first.hmac("x"));
		assertThat(new AuditKey("  ", file).hmac("x")).isEqualTo(first.hmac("x"));
		assertThat(new AuditKey("a-configured-key-of-enough-length-0123", file).hmac("x"))
			.isNotEqualTo(first.hmac("x"));
		assertThatThrownBy(() -> new AuditKey("short", file)).isInstanceOf(IllegalStateException.class);
		Files.writeString(dir.resolve("empty.key"), "\n");
		assertThatThrownBy(() -> new AuditKey(null, dir.resolve("empty.key")))
			.isInstanceOf(IllegalStateException.class);
	}

}
