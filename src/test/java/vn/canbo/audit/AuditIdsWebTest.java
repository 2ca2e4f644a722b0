package vn.canbo.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import vn.canbo.security.Role;
import vn.canbo.security.TestUsers;

/**
 * Issue 20 (pickers, remainder point 4): the auditor, who may not read persons, gets no
 * person picker; the numeric filters say they take a number and where to find it, and a
 * number in the table filters the log by it, so that nothing has to be typed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditIdsWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog audit;

	@Test
	void theAuditorFiltersByANumberOfTheTableWithoutTypingIt() throws Exception {
		String type = "t_" + UUID.randomUUID().toString().substring(0, 8);
		long person = 7_000_000L + (long) (Math.random() * 1_000_000);
		audit.record(AuditAction.UPDATE, type, "e42", person, Map.of("name", "A"), Map.of("name", "B"));
		String html = mvc.perform(get("/audit").param("entityType", type).with(TestUsers.as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("href=\"/audit?personId=" + person + "\"")
			.contains("href=\"/audit?entityType=" + type + "&amp;entityId=e42\"")
			.contains(">Mã số cán bộ<")
			.contains(">Mã số đối tượng<")
			.contains("aria-describedby=\"audit-ids-help\"")
			.contains("Bấm vào một mã số trong bảng để lọc theo mã đó.")
			// no person picker for who may not read persons
			.doesNotContain("data-picker-url");
		// the link's filter finds the event
		String filtered = mvc
			.perform(get("/audit").param("personId", String.valueOf(person)).with(TestUsers.as(Role.AUDITOR)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(filtered).contains(">e42<");
	}

}
