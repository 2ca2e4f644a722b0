package vn.canbo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
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
import org.springframework.transaction.annotation.Transactional;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;

/**
 * The auditor's page, REST and Excel export: AUDIT_READ only, filters, formula escaping,
 * exports audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Transactional
class AuditWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	String type;

	long created;

	long updated;

	@BeforeEach
	void events() {
		type = "t_" + UUID.randomUUID().toString().substring(0, 8);
		created = audit.record(AuditAction.CREATE, type, "=HYPERLINK(\"http://evil\")", 501L, null,
				Map.of("name", "Nguyễn Văn A", "note", "+1"));
		updated = audit.record(AuditAction.UPDATE, type, "p1", 501L, Map.of("name", "Nguyễn Văn A", "rank", "01.003"),
				Map.of("name", "Nguyễn Văn B", "rank", "01.003"));
		audit.recordAs("@attacker", AuditAction.LOGIN_FAILED, type, "-2", Map.of("reason", "x"));
		audit.recordView(type, "p2", 502L, "dossier");
	}

	@Test
	void onlyAuditorsRead() throws Exception {
		for (Role r : new Role[] { Role.ORG_OFFICER, Role.LEADER, Role.CLERK }) {
			mvc.perform(get("/api/v1/audit").with(TestUsers.as(r))).andExpect(status().isForbidden());
			mvc.perform(get("/audit").with(TestUsers.as(r))).andExpect(status().isForbidden());
			mvc.perform(get("/audit/export.xlsx").with(TestUsers.as(r))).andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/audit/export.xlsx").with(TestUsers.as(r))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/api/v1/audit")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/audit").with(TestUsers.as(Role.AUDITOR))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/audit").with(TestUsers.admin())).andExpect(status().isOk());
	}

	@Test
	void restFilters() throws Exception {
		mvc.perform(get("/api/v1/audit").param("entityType", type).with(TestUsers.as(Role.AUDITOR)))
			.andExpect(jsonPath("$.total").value(4))
			.andExpect(jsonPath("$.items[0].action").value("VIEW"));
		mvc.perform(get("/api/v1/audit").param("entityType", type)
			.param("personId", "501")
			.with(TestUsers.as(Role.AUDITOR))).andExpect(jsonPath("$.total").value(2));
		mvc.perform(get("/api/v1/audit").param("entityType", type)
			.param("action", "UPDATE")
			.with(TestUsers.as(Role.AUDITOR)))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].id").value(updated))
			.andExpect(jsonPath("$.items[0].before").value(containsString("Nguyễn Văn A")));
		mvc.perform(get("/api/v1/audit").param("entityType", type)
			.param("username", "@attacker")
			.with(TestUsers.as(Role.AUDITOR))).andExpect(jsonPath("$.total").value(1));
		String today = LocalDate.now(AuditLog.VIETNAM).toString();
		mvc.perform(get("/api/v1/audit").param("entityType", type)
			.param("from", today)
			.param("to", today)
			.with(TestUsers.as(Role.AUDITOR))).andExpect(jsonPath("$.total").value(4));
		mvc.perform(get("/api/v1/audit").param("entityType", type)
			.param("to", LocalDate.now(AuditLog.VIETNAM).minusDays(1).toString())
			.with(TestUsers.as(Role.AUDITOR))).andExpect(jsonPath("$.total").value(0));
		mvc.perform(get("/api/v1/audit").param("entityType", type)
			.param("size", "2")
			.param("page", "1")
			.with(TestUsers.as(Role.AUDITOR)))
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[1].id").value(created));
		mvc.perform(get("/api/v1/audit").param("action", "NOPE").with(TestUsers.as(Role.AUDITOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("action"));
	}

	@Test
	void pageShowsRowsWithTheirDifference() throws Exception {
		mvc.perform(get("/audit").param("entityType", type).param("action", "UPDATE").with(TestUsers.as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhật ký hệ thống")))
			.andExpect(content().string(containsString("Nguyễn Văn B")))
			.andExpect(content().string(containsString("table-warning")))
			.andExpect(content().string(containsString("Cập nhật")))
			.andExpect(
					content().string(containsString("/audit/export.xlsx?entityType=" + type + "&amp;action=UPDATE")));
	}

	@Test
	void exportIsEscapedAndAudited() throws Exception {
		byte[] xlsx = mvc.perform(get("/audit/export.xlsx").param("entityType", type).with(TestUsers.as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = wb.getFirstSheet().read();
			assertThat(rows).hasSize(5);
			assertThat(rows.get(0).getCellText(0)).isEqualTo("Mã");
			assertThat(rows.get(0).getCellText(5)).isEqualTo("Hành động");
			Row login = rows.get(2);
			assertThat(login.getCellText(2)).isEqualTo("'@attacker");
			assertThat(login.getCellText(7)).isEqualTo("'-2");
			Row create = rows.get(4);
			assertThat(create.getCellText(7)).isEqualTo("'=HYPERLINK(\"http://evil\")");
			assertThat(create.getCellText(8)).isEqualTo("501");
			assertThat(create.getCellText(10)).contains("Nguyễn Văn A");
		}
		// the export itself is in the log, with the filter used
		String after = jdbc.sql("""
				select after::text from audit_event
				where action = 'EXPORT' and entity_type = 'audit_event' and username = 'auditor-test'
				order by id desc limit 1""").query(String.class).single();
		assertThat(after).contains(type);
	}

}
