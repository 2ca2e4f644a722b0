package vn.canbo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.canbo.org.UnitService;
import vn.canbo.people.PersonService;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;
import vn.canbo.security.scope.TwoCommunes;

/**
 * Issue 12, point 4: the audit log is read within the reader's scope. An auditor of
 * commune A sees the events of A's person and unit, none of B's (page, API, export); the
 * province's auditor sees both; events without a unit (logins, catalogs, users) only a
 * whole-tree reader. An event keeps the units of the moment it was written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditScopeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	UnitService units;

	@Autowired
	PersonService people;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	PlatformTransactionManager txm;

	TwoCommunes f;

	RequestPostProcessor auditorA;

	RequestPostProcessor auditorProvince;

	@BeforeEach
	void fixture() {
		f = TwoCommunes.create(units, people);
		auditorA = TestUsers.as(Role.AUDITOR, f.unitA());
		auditorProvince = TestUsers.as(Role.AUDITOR, f.province());
	}

	long total(RequestPostProcessor who, String param, Object value) throws Exception {
		String body = mvc.perform(get("/api/v1/audit").param(param, String.valueOf(value)).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(body.replaceAll("(?s).*\"total\":(\\d+).*", "$1"));
	}

	@Test
	void aCommuneAuditorReadsOnlyTheEventsOfItsCommune() throws Exception {
		// B's dossier, award and family member were recorded; A's auditor sees none of it
		assertThat(total(auditorProvince, "personId", f.personB())).isGreaterThanOrEqualTo(3);
		assertThat(total(auditorA, "personId", f.personB())).isZero();
		assertThat(total(auditorA, "personId", f.personA())).isGreaterThanOrEqualTo(1);
		assertThat(total(auditorProvince, "personId", f.personA())).isGreaterThanOrEqualTo(1);
		// B's unit and its creation
		assertThat(total(auditorA, "entityId", f.unitB())).isZero();
		assertThat(total(auditorProvince, "entityId", f.unitB())).isEqualTo(1);
		assertThat(total(auditorA, "entityId", f.unitA())).isEqualTo(1);

		// the newest page, unfiltered: nothing of B
		for (String url : List.of("/api/v1/audit", "/audit")) {
			mvc.perform(get(url).param("size", "200").with(auditorA))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString(f.personBName()))))
				.andExpect(content().string(not(containsString("Trịnh Văn Cha"))))
				.andExpect(content().string(not(containsString("Hoàn thành xuất sắc nhiệm vụ"))))
				.andExpect(content().string(not(containsString(f.unitBName()))));
		}
		mvc.perform(get("/audit").param("personId", String.valueOf(f.personB())).with(auditorProvince))
			.andExpect(content().string(containsString(f.personBName())));

		// the export
		assertThat(exportCells(auditorA, f.personB())).hasSize(1); // the header only
		assertThat(exportCells(auditorProvince, f.personB())).hasSizeGreaterThan(3);
		for (String url : List.of("/audit/export.xlsx", "/api/v1/audit/export.xlsx")) {
			byte[] xlsx = mvc.perform(get(url).with(auditorA)).andReturn().getResponse().getContentAsByteArray();
			String all = String.join("|", cells(xlsx));
			assertThat(all).doesNotContain(f.personBName()).doesNotContain("Trịnh Văn Cha");
		}
	}

	@Test
	void eventsWithoutAUnitAreForWholeTreeReadersOnly() throws Exception {
		String type = "t_" + UUID.randomUUID().toString().substring(0, 8);
		audit.recordAs("someone", AuditAction.LOGIN_FAILED, type, null, Map.of("reason", "x"));
		audit.record(AuditAction.UPDATE, type, "k", null, Map.of("v", 1), Map.of("v", 2));
		// a person without any position: no unit either
		audit.record(AuditAction.UPDATE, type, "p", 987_654_321L, null, Map.of("v", 1));
		assertThat(total(auditorA, "entityType", type)).isZero();
		assertThat(total(auditorProvince, "entityType", type)).isZero();
		assertThat(total(TestUsers.as(Role.AUDITOR), "entityType", type)).isEqualTo(3);
		assertThat(total(TestUsers.admin(), "entityType", type)).isEqualTo(3);
		// an administrator restricted to a commune is scoped too
		assertThat(total(TestUsers.as(Role.ADMIN, f.unitA()), "entityType", type)).isZero();
		assertThat(total(TestUsers.as(Role.ADMIN, f.unitA()), "personId", f.personB())).isZero();
		assertThat(total(TestUsers.as(Role.ADMIN, f.unitA()), "personId", f.personA())).isPositive();
	}

	@Test
	void anEventKeepsTheUnitsOfTheMomentItWasWritten() {
		long id = audit.record(AuditAction.UPDATE, "person", String.valueOf(f.personB()), f.personB(), null,
				Map.of("v", 1));
		String units = jdbc.sql("select unit_ids::text from audit_event where id = ?")
			.param(id)
			.query(String.class)
			.single();
		assertThat(units)
			.isEqualTo("{" + Math.min(f.province(), f.unitB()) + "," + Math.max(f.province(), f.unitB()) + "}");
		// a scope covering every root of today's tree is the whole tree
		List<Long> roots = jdbc.sql("""
				select distinct v.unit_id from org_unit_version v
				where v.parent_id is null and v.valid_from <= current_date
				  and (v.valid_to is null or v.valid_to > current_date)""").query(Long.class).list();
		assertThat(audit.search(AuditFilter.none(), vn.canbo.shared.Scope.of(roots), 0, 1).total())
			.isEqualTo(audit.search(AuditFilter.none(), 0, 1).total());
	}

	@Test
	void afterATransferEachCommuneKeepsTheEventsOfItsTime() throws Exception {
		long before = total(auditorA, "personId", f.personB());
		assertThat(before).isZero();
		// B's person moves to commune A today: the old position ends, a new one starts
		java.time.LocalDate today = java.time.LocalDate.now();
		people.endEntry(f.personB(), vn.canbo.people.HistoryKind.POSITION, f.positionB(), today,
				vn.canbo.shared.Scope.all());
		people.add(f.personB(), vn.canbo.people.HistoryKind.POSITION,
				vn.canbo.people.Position.main(f.unitA(), "CHUYEN_VIEN", "Chuyên viên", today),
				vn.canbo.shared.Scope.all());
		long moved = audit.record(AuditAction.UPDATE, "person", String.valueOf(f.personB()), f.personB(), null,
				Map.of("note", "sau khi chuyển"));
		RequestPostProcessor auditorB = TestUsers.as(Role.AUDITOR, f.unitB());
		// A sees the events written since the person is in A (the new position's and
		// later), none of the award and family recorded while in B
		String a = mvc.perform(
				get("/api/v1/audit").param("personId", String.valueOf(f.personB())).param("size", "200").with(auditorA))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(a).contains("\"id\":" + moved)
			.doesNotContain("Hoàn thành xuất sắc nhiệm vụ")
			.doesNotContain("Trịnh Văn Cha");
		// B keeps what happened while the person was in B, not what came after
		String b = mvc.perform(
				get("/api/v1/audit").param("personId", String.valueOf(f.personB())).param("size", "200").with(auditorB))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(b).contains("Hoàn thành xuất sắc nhiệm vụ")
			.contains("Trịnh Văn Cha")
			.doesNotContain("\"id\":" + moved);
	}

	List<String> exportCells(RequestPostProcessor who, long personId) throws Exception {
		byte[] xlsx = mvc.perform(get("/audit/export.xlsx").param("personId", String.valueOf(personId)).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			return wb.getFirstSheet().read().stream().map(r -> r.getCellText(0)).toList();
		}
	}

	static List<String> cells(byte[] xlsx) throws Exception {
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			return wb.getFirstSheet()
				.read()
				.stream()
				.flatMap(Row::stream)
				.filter(java.util.Objects::nonNull)
				.map(c -> c.getText())
				.toList();
		}
	}

	@Test
	void aCommuneAuditorLearnsTheChainsVerdictButNotTheIdsOfItsProblems() throws Exception {
		long outside = audit.record(AuditAction.CREATE, "scope_test", UUID.randomUUID().toString(), null, null,
				Map.of("v", 1));
		new TransactionTemplate(txm).executeWithoutResult(tx -> {
			tx.setRollbackOnly();
			jdbc.sql("alter table audit_event disable trigger audit_event_append_only").update();
			jdbc.sql("update audit_event set after = '{\"v\": 2}' where id = ?").param(outside).update();
			jdbc.sql("alter table audit_event enable trigger audit_event_append_only").update();
			try {
				mvc.perform(get("/api/v1/audit/verification").with(auditorA))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.intact").value(false))
					.andExpect(jsonPath("$.problemCount").value(1))
					.andExpect(jsonPath("$.problems").isEmpty());
				mvc.perform(get("/api/v1/audit/verification").with(TestUsers.as(Role.AUDITOR)))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.intact").value(false))
					.andExpect(jsonPath("$.problems[0].id").value(outside));
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		});
		// the tampering was rolled back: the chain is whole again (and the banner gone)
		assertThat(verifier.verify().intact()).isTrue();
	}

}
